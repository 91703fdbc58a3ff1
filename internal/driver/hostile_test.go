package driver_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/driver"
	"github.com/awsvet/awsvet/internal/redact"
)

// Hostile input for the standalone driver: code written to make awsvet
// leak, miss or stall. Key material is split so the tree holds none.
var (
	hostileKeyID  = "AKIA" + "UJZDEGXDNCF32EPF"
	hostileSecret = "wJalrXUtnFEMIK7MDENG" + "bPxRfiCYzq9a8b7c6d5e"
	hostilePAT    = "ghp_" + "WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"
)

// noSecretIn fails when out holds any of the secrets' hidden parts, and
// says so without printing them (the test log is output too).
func noSecretIn(t *testing.T, what, out string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(out, s[4:len(s)-5]) {
			t.Errorf("%s holds %s in full (%d bytes)", what, redact.Secret(s), len(out))
		}
	}
}

// TestTypeErrorsAreRedacted: go/types quotes the source in its messages;
// a type error on a line holding keys must not print them.
func TestTypeErrorsAreRedacted(t *testing.T) {
	writeModule(t, map[string]string{
		"bad/bad.go": "package bad\n\n" +
			"var ID int = \"" + hostileKeyID + "\"\n" +
			"var Pair = f(\"" + hostileKeyID + "\", \"" + hostileSecret + "\")\n" +
			"var Token bool = \"" + hostilePAT + "\"\n\n" +
			"func f(id string) string { return id }\n",
	})
	var stdout, stderr bytes.Buffer
	code := driver.Main([]string{"./..."}, &stdout, &stderr)
	if code != driver.ExitFailure {
		t.Errorf("exit code %d, want %d", code, driver.ExitFailure)
	}
	errOut := stderr.String()
	for _, want := range []string{"bad.go:3", "bad.go:4", "bad.go:5", "cannot use"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not mention %q: the errors were dropped, not redacted", want)
		}
	}
	noSecretIn(t, "stderr", errOut, hostileKeyID, hostileSecret, hostilePAT)
	noSecretIn(t, "stdout", stdout.String(), hostileKeyID, hostileSecret, hostilePAT)
}
