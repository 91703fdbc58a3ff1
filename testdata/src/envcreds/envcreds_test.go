package envcreds

import (
	"os"
	"testing"
)

// Negative: tests set credentials for the code under test.
func TestWithEnv(t *testing.T) {
	t.Setenv("AWS_ACCESS_KEY_ID", "AKID")
	os.Setenv("AWS_SECRET_ACCESS_KEY", "SECRET")
}
