package redact_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/redact"
)

// Key material, split so the tree holds no key-shaped literal.
var (
	keyID     = "AKIA" + "UJZDEGXDNCF32EPF"
	secretKey = "wJalrXUtnFEMIK7MDENG" + "bPxRfiCYzq9a8b7c6d5e"
	githubPAT = strings.Join([]string{"ghp_", "WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"}, "") // not a constant: awsvet reads those
	token     = strings.Repeat("IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD"+"k9Zq7x2Lm4Np8Rt6Vy1Wb3", 3)
)

// TestTextMasksSecrets: a type checker's message that quotes each kind of
// secret keeps its words but none of the secret.
func TestTextMasksSecrets(t *testing.T) {
	for _, tt := range []struct{ name, secret, msg string }{
		{"key id", keyID, `cannot use aws.String("` + keyID + `") (value of type *string) as string value`},
		{"secret key without a name", secretKey, `cannot use "` + secretKey + `" (untyped string constant) as int value`},
		{"key pair", secretKey, `too many arguments in call to f\n\thave ("` + keyID + `", "` + secretKey + `")`},
		{"github token", githubPAT, `undefined: x (in "token := \"` + githubPAT + `\"")`},
		{"session token", token, `cannot use "` + token + `" as int`},
		{"key id of low entropy", "AKIA" + "AAAAAAAABBBBBBBB", `cannot use "AKIA` + "AAAAAAAABBBBBBBB" + `" as int`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := redact.Text(tt.msg)
			if strings.Contains(got, tt.secret[4:len(tt.secret)-5]) {
				// Say so without printing the secret: the log is output too.
				t.Errorf("Text leaves %s in the message (%d bytes out)", redact.Secret(tt.secret), len(got))
			}
			if !strings.Contains(got, "cannot use") && !strings.Contains(got, "undefined") && !strings.Contains(got, "too many") {
				t.Errorf("Text lost the message's words: %d bytes left", len(got))
			}
		})
	}
}

// TestTextKeepsOrdinaryText: messages without secrets pass unchanged, so
// the redaction does not garble what users must read to fix their code.
func TestTextKeepsOrdinaryText(t *testing.T) {
	for _, msg := range []string{
		`/tmp/m/bad/bad.go:3:13: cannot use "not an int" (untyped string constant) as int value in variable declaration`,
		`could not import example.com/nowhere/pkg (no required module provides package "example.com/nowhere/pkg")`,
		`commit 3a32de0c9f1f0e2b7d1c4a5b6e7f8091a2b3c4d5 is a git SHA, not a key`,
		"",
	} {
		if got := redact.Text(msg); got != msg {
			t.Errorf("Text(%q) = %q, want it unchanged", msg, got)
		}
	}
}
