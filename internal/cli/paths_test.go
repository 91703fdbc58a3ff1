package cli_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
)

// TestRel: paths under the root become relative with forward slashes,
// through a symlinked root too; paths outside it stay absolute.
func TestRel(t *testing.T) {
	root := t.TempDir()
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	if err := os.MkdirAll(filepath.Join(root, "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(root, link); err != nil {
		t.Skip(err)
	}
	outside := filepath.Dir(root)
	for _, c := range []struct{ path, want string }{
		{filepath.Join(root, "a", "b", "c.txt"), "a/b/c.txt"},
		{filepath.Join(link, "a", "b"), "a/b"},
		{outside, filepath.ToSlash(outside)},
	} {
		if got := cli.Rel(root, c.path); got != c.want {
			t.Errorf("Rel(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}
