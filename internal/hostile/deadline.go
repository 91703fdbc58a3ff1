package hostile

import (
	"testing"
	"time"
)

// Within is for tests of code that must not block on hostile input
// (FIFOs, devices, endless files): such a test fails, naming what
// blocked, instead of hanging until the test binary's own timeout.
//
// Within runs f and returns its error, failing the test if f has not
// returned after d. f keeps running in the background then: the test
// has failed, and the process ends with it.
func Within(t testing.TB, d time.Duration, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		t.Fatalf("%s: still running after %v", what, d)
		return nil
	}
}
