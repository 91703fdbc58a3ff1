// Package detecttest holds what the tests of the detector and of the
// secrets command both need: the default detector, and armored key blocks
// built at run time (so that no key-shaped literal sits in the source).
package detecttest

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
)

// Default is detect.Default for a test that uses the detector rather than
// tests how it is built.
func Default(tb testing.TB) *detect.Detector {
	tb.Helper()
	d, err := detect.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// Armored returns raw, base64-encoded in lines of 64 characters, between
// the BEGIN and END lines of kind ("RSA PRIVATE KEY", "PGP PRIVATE KEY
// BLOCK"). Give it random bytes: it is then shaped like a key and is none.
func Armored(kind string, raw []byte) string {
	body := base64.StdEncoding.EncodeToString(raw)
	var b strings.Builder
	b.WriteString("-----BEGIN " + kind + "-----\n")
	if strings.HasPrefix(kind, "PGP") {
		b.WriteString("\n") // armor headers end with a blank line
	}
	for len(body) > 64 {
		b.WriteString(body[:64] + "\n")
		body = body[64:]
	}
	b.WriteString(body + "\n-----END " + kind + "-----\n")
	return b.String()
}
