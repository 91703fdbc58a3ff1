//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package progress

import (
	"os"

	"golang.org/x/sys/unix"
)

// isTerminal reports whether f is a terminal (a TTY, not /dev/null or a
// pipe: both of those fail the termios request).
func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), ioctlReadTermios)
	return err == nil
}
