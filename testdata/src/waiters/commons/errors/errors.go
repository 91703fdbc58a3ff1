// Package errors has the shape of gruntwork-io/go-commons/errors, for the
// waiters fixtures: building an error is not work.
package errors

import "fmt"

// WithStackTrace wraps err.
func WithStackTrace(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w (with stack)", err)
}
