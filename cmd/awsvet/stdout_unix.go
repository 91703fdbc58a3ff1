//go:build unix

package main

import (
	"os"
	"syscall"
)

// stdoutClosed reports whether awsvet was started with standard output
// closed ("awsvet secrets >&-"). The Go runtime then opens /dev/null
// read-write in its place before main runs, so writes succeed and go
// nowhere; a shell's "> /dev/null" opens it write-only, which is how the
// two are told apart.
func stdoutClosed() bool {
	var st, null syscall.Stat_t
	if syscall.Fstat(1, &st) != nil {
		return true
	}
	if syscall.Stat(os.DevNull, &null) != nil || st.Rdev != null.Rdev || st.Mode&syscall.S_IFMT != syscall.S_IFCHR {
		return false
	}
	flags, err := fcntlGetfl(1)
	return err == nil && flags&syscall.O_ACCMODE == syscall.O_RDWR
}

func fcntlGetfl(fd int) (int, error) {
	r, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if errno != 0 {
		return 0, errno
	}
	return int(r), nil
}
