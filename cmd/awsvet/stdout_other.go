//go:build !unix

package main

// stdoutClosed: only Unix runtimes put /dev/null in place of a closed
// standard output.
func stdoutClosed() bool { return false }
