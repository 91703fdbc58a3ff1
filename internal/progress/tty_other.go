//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package progress

import "os"

// isTerminal is false where awsvet does not ask the terminal: no progress.
func isTerminal(*os.File) bool { return false }
