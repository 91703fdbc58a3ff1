// Package keys recognises AWS key material in a string: access key IDs
// (with gitleaks' aws-access-token rule, taken from internal/detect as
// data), secret access keys and session tokens (by shape and entropy,
// detect.Entropy; placeholders, as internal/placeholder defines them, are
// none of them), and names that say they hold a secret key. Key IDs and
// secret keys take their entropy floor from the caller: findings pass one,
// masking and the dummy-value test 0 to match every shape (a session token
// always needs TokenEntropy). It knows nothing of Go
// syntax; three callers decide where to look: hardcodedkey (literals and
// the names they are bound to), staticcreds (whether the constants given
// to a static provider are an emulator's dummies) and internal/redact
// (key material in any text awsvet prints). awsvet secrets does not use
// it: its AWS rules are detect's aws.toml.
package keys

import (
	"regexp"
	"strings"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/placeholder"
)

// Match is a piece of key material found in a string.
type Match struct {
	Start, End int // byte offsets in the scanned string
	Value      string
}

// KeyIDPrefixes are the prefixes an access key ID can start with; a string
// that contains none of them holds no key ID (the cheap prefilter).
var KeyIDPrefixes = []string{"AKIA", "ASIA", "ABIA", "ACCA", "A3T"}

// MayHoldKeyID is the prefilter: a case-sensitive search for the prefixes.
func MayHoldKeyID(s string) bool {
	for _, p := range KeyIDPrefixes {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// KeyIDs returns the access key IDs in s, as gitleaks' aws-access-token rule
// finds them (a whole token, its entropy at least the rule's), less
// placeholders (internal/placeholder: AWS's documented examples,
// AKIA + ABCDEFGHIJKLMNOP, ...) and values whose entropy is below
// minEntropy.
func KeyIDs(s string, minEntropy float64) []Match {
	if !MayHoldKeyID(s) {
		return nil
	}
	re, ruleEntropy := keyIDRule()
	if re == nil {
		return nil
	}
	var out []Match
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		start, end := loc[0], loc[1]
		if len(loc) >= 4 && loc[2] >= 0 {
			start, end = loc[2], loc[3]
		}
		v := s[start:end]
		if placeholder.Is(v) || detect.Entropy(v) < max(ruleEntropy, minEntropy) {
			continue
		}
		out = append(out, Match{Start: start, End: end, Value: v})
	}
	return out
}

// keyIDRule returns gitleaks' aws-access-token expression and entropy,
// compiled alone (the detector compiles rules on first use).
func keyIDRule() (*regexp.Regexp, float64) {
	d, err := detect.Default()
	if err != nil {
		return nil, 0
	}
	r := d.CompiledRule("aws-access-token")
	if r == nil || r.Regex == nil {
		return nil, 0
	}
	return r.Regex, r.Entropy
}

// Entropy thresholds. A random 40-character secret key scores about 4.9; a
// random 20-character key ID about 3.7.
const (
	SecretEntropy     = 4.0 // a secret key below this is a placeholder
	TestSecretEntropy = 4.5 // in tests, only keys that look really random
	TestKeyIDEntropy  = 3.4
	TokenEntropy      = 4.5
)

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '+' || c == '='
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// LooksLikeSecretKey reports whether v has the shape of an AWS secret access
// key: exactly 40 characters of the base64 alphabet, mixed case and digits,
// not hex (git SHAs and SHA-1 digests are 40 hex characters), not a
// placeholder, entropy at least minEntropy.
func LooksLikeSecretKey(v string, minEntropy float64) bool {
	return ShapedLikeSecretKey(v) && !placeholder.Is(v) && detect.Entropy(v) >= minEntropy
}

// ShapedLikeSecretKey reports whether v has a secret access key's shape
// (LooksLikeSecretKey without the placeholder and entropy tests): what
// the redaction masks, which would rather hide a placeholder than show
// a key.
func ShapedLikeSecretKey(v string) bool {
	if len(v) != 40 || isHex(v) {
		return false
	}
	var upper, lower, digit bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isB64(c) {
			return false
		}
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || c >= '0' && c <= '9'
	}
	return upper && lower && digit
}

// LooksLikeSessionToken reports whether v has the shape of an STS session
// token: a long (over 100 characters) base64 string of high entropy, not
// a placeholder.
func LooksLikeSessionToken(v string) bool {
	return ShapedLikeSessionToken(v) && !placeholder.Is(v)
}

// ShapedLikeSessionToken is LooksLikeSessionToken without the placeholder
// test: what the redaction masks.
func ShapedLikeSessionToken(v string) bool {
	if len(v) < 100 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isB64(v[i]) {
			return false
		}
	}
	return detect.Entropy(v) >= TokenEntropy
}

// secretName matches identifiers that say they hold a secret key:
// awsSecretAccessKey, SECRET_KEY, secretAccessKey, awsSecret, accessSecret.
var secretName = regexp.MustCompile(`(?i)secret.?(access)?.?key|(access|aws).?secret|^secret$`)

// IsSecretKeyName reports whether an identifier or key name says it holds a
// secret access key.
func IsSecretKeyName(name string) bool { return secretName.MatchString(name) }
