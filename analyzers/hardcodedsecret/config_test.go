package hardcodedsecret

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestConfigIsReadSafely: -hardcodedsecret.config naming a device (here
// a symlink to /dev/zero, which os.ReadFile read until memory ran out) is
// refused at once with an error naming it.
func TestConfigIsReadSafely(t *testing.T) {
	zero := filepath.Join(t.TempDir(), "rules.toml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := detector(zero); done <- err }()
	select {
	case err := <-done:
		want := "hardcodedsecret: -hardcodedsecret.config " + zero + ": not a regular file (a device)"
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want %q", err, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a /dev/zero configuration still runs after 10s")
	}
}
