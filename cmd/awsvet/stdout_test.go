package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestClosedStdout: with standard output closed, "awsvet secrets" exits 2
// and says why (it exited 1 or 0 with nothing written anywhere); sent to
// /dev/null on purpose, it runs as usual.
func TestClosedStdout(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.yaml"), []byte("name: app\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		redirect string
		code     int
		stderr   string
	}{
		{">&-", 2, "awsvet secrets: standard output is closed"},
		{">/dev/null", 0, ""},
	} {
		cmd := exec.Command(sh, "-c", `"$0" secrets app.yaml `+tc.redirect, awsvetBin)
		cmd.Dir = dir
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code != tc.code || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("awsvet secrets %s: exit %d (%v), stderr %q; want %d and %q", tc.redirect, code, err, stderr.String(), tc.code, tc.stderr)
		}
	}
}
