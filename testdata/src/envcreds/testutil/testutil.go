// Package testutil is a test-support package outside _test.go files.
package testutil

import "os"

// Negative: a helper that points the SDK at a local emulator.
func UseLocalStack() {
	os.Setenv("AWS_ACCESS_KEY_ID", "test")
	os.Setenv("AWS_SECRET_ACCESS_KEY", "test")
}
