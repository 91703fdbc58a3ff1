//go:build unix

package safeio

import (
	"os"
	"syscall"
)

// openNoBlock opens name with O_NONBLOCK: opening a FIFO for reading
// otherwise waits for a writer, forever in a pre-commit hook. Open refuses
// anything but a regular file right after, and on a regular file the flag
// changes nothing.
func openNoBlock(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
