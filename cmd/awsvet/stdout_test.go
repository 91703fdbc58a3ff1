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
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module closed\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args, redirect string
		code           int
		stderr         string
	}{
		{"secrets app.yaml", ">&-", 2, "awsvet secrets: standard output is closed"},
		{"secrets app.yaml", ">/dev/null", 0, ""},
		{"./...", ">&-", 2, "awsvet: standard output is closed"},
		{"./...", ">/dev/null", 0, ""},
	} {
		cmd := exec.Command(sh, "-c", `"$0" `+tc.args+` `+tc.redirect, awsvetBin)
		cmd.Dir = dir
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code != tc.code || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("awsvet %s %s: exit %d (%v), stderr %q; want %d and %q", tc.args, tc.redirect, code, err, stderr.String(), tc.code, tc.stderr)
		}
	}
}
