// Package placeholder decides, once for every credential rule and for
// `awsvet secrets`, whether a value stands for a secret rather than being
// one: a documented example, a template or an elided value, a value typed
// by counting or by holding a key down, a value that says it is fake, or
// the published credentials of a local emulator. It knows nothing of where
// the value was found; the callers (internal/keys for AWS key shapes,
// internal/detect for the scanner's rules, the analyzers through both, and
// staticcreds for provider constants) ask it about the value alone.
//
// Precision the other way matters as much: a random key that merely
// contains a marker (TEST in a base32 key ID, FAKE in a base64 secret) is
// still a key. Long markers (EXAMPLE, PLACEHOLDER) written as people
// write words and template syntax count anywhere, because a random value
// spells them that way once in millions or never; short markers (TEST,
// FAKE) count only where, with the runs, repeats and filler words around
// them, they make up most of the value.
package placeholder

import "strings"

// Is reports whether v is a placeholder, not a secret.
func Is(v string) bool {
	if v == "" {
		return false
	}
	l := lowerASCII(v)
	if wellKnown(l) || hasAnywhereMarker(v, l) {
		return true
	}
	if len(v) > maxTyped {
		return false
	}
	if Sequential(v) || dominated(l) {
		return true
	}
	// An access key ID is a four-letter type prefix (AKIA, ASIA, ...) and
	// sixteen characters: judge the sixteen alone, or AKIA + ABCDEFGHIJKLMNOP
	// would have four characters too many against it.
	return (keyIDShaped(v) || shortKeyID(v)) && dominated(l[4:])
}

// shortKeyID reports a value that starts like an access key ID of the
// kinds dummies imitate (AKIA long-term, ASIA temporary) but is too short
// to be one: AKIAFAKE, ASIA_TEST_KEY. No real key ID has fewer than
// twenty characters, so its body decides alone, as for a whole key ID.
func shortKeyID(v string) bool {
	return len(v) > 4 && len(v) < 20 && (strings.HasPrefix(v, "AKIA") || strings.HasPrefix(v, "ASIA"))
}

// maxTyped bounds the values judged by their structure (counting, runs,
// repeats, markers that make up the value): people type keys and
// passwords, not pages, and the bound keeps hostile input cheap. Longer
// values are judged by markers and elisions alone.
const maxTyped = 4096

// anywhereMarkers are parts of values that stand for a secret rather than
// being one, wherever they occur: documentation, templates, elisions. Each
// is five characters or more (six for x: XXXX turns up in random keys),
// or syntax a key's alphabet never holds.
var anywhereMarkers = []string{
	"example", "placeholder", "redacted", "changeme", "change_me", "change-me",
	"replace", "insert", "dummy", "sample", "your_", "your-", "yourkey", "yourtoken",
	"yoursecret", "unused", "not_used", "not-used", "notused", "no-op", "no_op", "anonymous", "ignored",
	"xxxxxx", "****", "...", ". . .", "…", // elided: "MIIEvQ…", "ghp_xxxxxx", "wJal..."
	"<", ">", "${", "{{", "%s", "%v", "%d", "%q", // templates: <your-key>, ${VAR}, {{ .Token }}
}

// hasAnywhereMarker reports a marker in v (l is v in lower case) written
// as people write words: lower case, upper case or capitalised (dummy,
// DUMMY, Dummy; not DummY, which random base64 spells now and then).
func hasAnywhereMarker(v, l string) bool {
	for _, w := range anywhereMarkers {
		for at := 0; ; {
			i := strings.Index(l[at:], w)
			if i < 0 {
				break
			}
			if start := at + i; writtenAsAWord(v[start : start+len(w)]) {
				return true
			}
			at += i + 1
		}
	}
	return false
}

// writtenAsAWord reports whether the letters of s are all lower case, all
// upper case, or an upper-case letter then lower case.
func writtenAsAWord(s string) bool {
	lower, upperAfterFirst, first := false, false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLower(c):
			lower = true
		case isUpper(c):
			if !first {
				upperAfterFirst = true
			}
		default:
			continue
		}
		first = false
	}
	return !(lower && upperAfterFirst)
}

// wellKnownValues are published credentials of local emulators, which
// accept them and nothing else secret: LocalStack's and moto's
// documented test/testing pair, MinIO's default root user and password.
// Compared whole, in any case.
var wellKnownValues = map[string]bool{"test": true, "testing": true, "minioadmin": true}

// publishedEmulatorKeys are account keys that Microsoft's documentation
// publishes for its local emulators, the same in every installation (lower
// case): Azurite's (and the retired Azure Storage Emulator's)
// devstoreaccount1 key, and the Azure Cosmos DB emulator's key.
var publishedEmulatorKeys = []string{
	"eby8vdm02xnocqflquwjpllmetlcdxj1ouzft50usrz6ifsufq2uverc" +
		"z4i6tq/k1szfptotr/kbhbeksogmgw==",
	"c2y6ydjf5/r+ob0n8a7cgv30vrdjiwehlm+4qdu5de2nq9nduvtqobd4" +
		"b8mggypmbiznqymsecagqy67xiw/jw==",
}

// wellKnown reports a published emulator credential (l is lower case). The
// emulator keys are looked for inside the value too: they are usually
// quoted as part of a connection string.
func wellKnown(l string) bool {
	if wellKnownValues[strings.TrimSpace(l)] {
		return true
	}
	for _, key := range publishedEmulatorKeys {
		if strings.Contains(l, key) {
			return true
		}
	}
	return false
}

// keyIDShaped reports 20 upper-case letters and digits: the shape of an
// access key ID, whose first four characters are its type.
func keyIDShaped(v string) bool {
	if len(v) != 20 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// lowerASCII lowers A-Z alone, byte for byte, so that offsets in the
// result are offsets in v (strings.ToLower rewrites invalid UTF-8).
func lowerASCII(v string) string {
	b := []byte(v)
	for i, c := range b {
		if isUpper(c) {
			b[i] = c | 0x20
		}
	}
	return string(b)
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlnum(c byte) bool { return isLower(c|0x20) || isDigit(c) }
