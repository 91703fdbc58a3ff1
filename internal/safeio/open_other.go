//go:build !unix

package safeio

import (
	"fmt"
	"os"
)

// openNoBlock stats before opening where O_NONBLOCK does not exist, so
// that a named pipe is not opened at all; Open's fstat after opening
// catches a file swapped in between.
func openNoBlock(name string) (*os.File, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", kind(st.Mode()))
	}
	return os.Open(name)
}
