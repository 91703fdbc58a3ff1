package keys_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
)

// fuzzKeyID is key-shaped but built at run time, so that no literal in this
// file is one (see keys_test.go).
func fuzzKeyID() string { return "AKIA" + strings.ToUpper("q3egrhdsvzb7xy2m") }

// FuzzKeyIDs checks the key ID matcher on arbitrary strings: no panic,
// offsets within the string and matching the value, and every match
// passing the prefilter. The seeds cover the hard inputs the matcher meets
// in files and literals: invalid UTF-8, NUL bytes, long lines, keys at
// the edges and in URLs.
func FuzzKeyIDs(f *testing.F) {
	id := fuzzKeyID()
	for _, s := range []string{
		"", id, "id=" + id, id + "\x00" + id, "\xff\xfe" + id + "\xc3",
		"X-Amz-Credential=" + id + "%2F20240101%2Fus-east-1",
		strings.Repeat("A", 4096) + id, strings.Repeat("AKIA", 2000),
		"ASIA" + id[4:], "A3T" + id[4:] + "Z", id[:19],
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := keys.KeyIDs(s, 0)
		if len(ms) > 0 && !keys.MayHoldKeyID(s) {
			t.Fatalf("%d matches in a string the prefilter rejects", len(ms))
		}
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd || m.Start >= m.End || m.End > len(s) {
				t.Fatalf("match [%d,%d) out of order or out of bounds (len %d, previous end %d)", m.Start, m.End, len(s), prevEnd)
			}
			if s[m.Start:m.End] != m.Value {
				t.Fatalf("Value %s is not s[%d:%d]", redact.KeyID(m.Value), m.Start, m.End)
			}
			if !keys.MayHoldKeyID(m.Value) || placeholder.Is(m.Value) {
				t.Fatalf("match %s has no key ID prefix or is a placeholder", redact.KeyID(m.Value))
			}
			prevEnd = m.End
		}
	})
}

// FuzzShapes checks the shape tests on arbitrary strings: no panic, and
// what each accepts has the shape its doc promises.
func FuzzShapes(f *testing.F) {
	for _, s := range []string{
		"", realSecret, realSecret[:39] + "\x00", "\xff" + realSecret[1:],
		strings.Repeat("aB1/", 10), strings.Repeat("Zq9+", 40), strings.Repeat("\xff", 40),
		"awsSecretAccessKey", "SECRET_KEY", "secret", "é" + realSecret[2:],
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := detect.Entropy(s)
		if e < 0 || e > 8.000001 {
			t.Fatalf("Entropy = %v, outside [0, 8] bits per byte", e)
		}
		if keys.LooksLikeSecretKey(s, 0) {
			if len(s) != 40 || !utf8.ValidString(s) || placeholder.Is(s) {
				t.Fatalf("LooksLikeSecretKey accepted %s", redact.Secret(s))
			}
			if keys.LooksLikeSecretKey(s, keys.SecretEntropy) != (e >= keys.SecretEntropy) {
				t.Fatalf("LooksLikeSecretKey disagrees with Entropy = %v", e)
			}
		}
		if keys.LooksLikeSessionToken(s) && (len(s) < 100 || e < keys.TokenEntropy || !utf8.ValidString(s)) {
			t.Fatalf("LooksLikeSessionToken accepted %d bytes of entropy %v", len(s), e)
		}
		keys.IsSecretKeyName(s)
	})
}
