package redact_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/hostile"
	"github.com/awsvet/awsvet/internal/redact"
)

// A session token, split so the tree holds no key-shaped literal; the
// other key material is hostile's.
var token = strings.Repeat("IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD"+"k9Zq7x2Lm4Np8Rt6Vy1Wb3", 3)

// exampleHolding is a random secret-key-shaped value with "Example" in
// it, which internal/placeholder calls a placeholder.
var exampleHolding = strings.Join([]string{"q7Vd2Lk9", "Example", "Rt4Wz8Nb1Xc6Pm3Jh5Gs0FyQa"}, "")

// TestTextMasksSecrets: a type checker's message that quotes each kind of
// secret keeps its words but none of the secret.
func TestTextMasksSecrets(t *testing.T) {
	for _, tt := range []struct{ name, secret, msg string }{
		{"key id", hostile.KeyID, `cannot use aws.String("` + hostile.KeyID + `") (value of type *string) as string value`},
		{"secret key without a name", hostile.SecretKey, `cannot use "` + hostile.SecretKey + `" (untyped string constant) as int value`},
		{"key pair", hostile.SecretKey, `too many arguments in call to f\n\thave ("` + hostile.KeyID + `", "` + hostile.SecretKey + `")`},
		{"github token", hostile.GitHubPAT, `undefined: x (in "token := \"` + hostile.GitHubPAT + `\"")`},
		{"session token", token, `cannot use "` + token + `" as int`},
		{"key id of low entropy", "AKIA" + "AAAAAAAABBBBBBBB", `cannot use "AKIA` + "AAAAAAAABBBBBBBB" + `" as int`},
		// A random key that holds a placeholder's word by chance: the
		// redaction masks by shape, and would rather hide a placeholder
		// than show a key.
		{"secret key holding a placeholder word", exampleHolding, `cannot use "` + exampleHolding + `" as int`},
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
