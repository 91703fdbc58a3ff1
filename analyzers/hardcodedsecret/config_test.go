package hardcodedsecret

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/hostile"
)

// TestConfigIsReadSafely: -hardcodedsecret.config naming a device (here
// a symlink to /dev/zero, which os.ReadFile read until memory ran out) is
// refused at once with an error naming it.
func TestConfigIsReadSafely(t *testing.T) {
	zero := hostile.Symlink(t, "/dev/zero", filepath.Join(t.TempDir(), "rules.toml"))
	err := hostile.Within(t, 10*time.Second, "reading a /dev/zero configuration", func() error {
		_, err := detector(zero)
		return err
	})
	want := "hardcodedsecret: -hardcodedsecret.config " + zero + ": not a regular file (a device)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}
