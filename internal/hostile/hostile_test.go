package hostile_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/awsvet/awsvet/internal/hostile"
	"github.com/awsvet/awsvet/internal/keys"
)

// TestFiles: FIFO makes a named pipe and Symlink a link to its target,
// each at the path it returns.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		path string
		mode fs.FileMode
	}{
		{hostile.FIFO(t, filepath.Join(dir, "pipe")), fs.ModeNamedPipe},
		{hostile.Symlink(t, "/dev/null", filepath.Join(dir, "link")), fs.ModeSymlink},
	} {
		fi, err := os.Lstat(tc.path)
		if err != nil || fi.Mode().Type() != tc.mode {
			t.Errorf("%s: %v, %v; want a %v", filepath.Base(tc.path), fi, err, tc.mode)
		}
	}
	if target, err := os.Readlink(filepath.Join(dir, "link")); err != nil || target != "/dev/null" {
		t.Errorf("link points to %q, %v", target, err)
	}
}

// TestKeyMaterialIsKeyShaped: the key ID is one awsvet finds in text, so
// that the tests which plant it test something.
func TestKeyMaterialIsKeyShaped(t *testing.T) {
	if ids := keys.KeyIDs(hostile.KeyID, 0); len(ids) != 1 || ids[0].Value != hostile.KeyID {
		t.Errorf("the key ID is not found as one (%d matches)", len(ids))
	}
	if len(hostile.SecretKey) != 40 || len(hostile.GitHubPAT) != 40 {
		t.Errorf("secret key of %d bytes, GitHub token of %d; want 40 each", len(hostile.SecretKey), len(hostile.GitHubPAT))
	}
}
