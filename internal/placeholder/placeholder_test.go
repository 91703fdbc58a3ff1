package placeholder_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
)

// Key-shaped values that are not placeholders are assembled at run time
// (strings.Join), so that this file holds nothing awsvet's own rules
// would flag. They are random strings, not credentials.
func join(parts ...string) string { return strings.Join(parts, "") }

func TestIs(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    string
		want bool
	}{
		// Placeholders.
		{"documented key id", "AKIAIOSFODNN7EXAMPLE", true},
		{"documented secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", true},
		{"sigv4 test suite id", "AKIDEXAMPLE", true},
		{"alphabet after prefix", "AKIA" + "ABCDEFGHIJKLMNOP", true},
		{"digits after prefix", "AKIA" + "1234567890123456", true},
		{"keyboard row", "AKIA" + "QWERTYUIOPASDFGH", true},
		{"backwards alphabet", "AKIA" + "ZYXWVUTSRQPONMLK", true},
		{"repeated x", "AKIA" + strings.Repeat("X", 16), true},
		{"repeated zero", strings.Repeat("0", 40), true},
		{"repeated unit", "AKIA" + strings.Repeat("AB12", 4), true},
		{"test words", "AKIA" + strings.Repeat("TEST", 4), true},
		{"fake key words", "AKIA" + "FAKEACCESSKEY123", true},
		{"dynamodb local", "fakeMyKeyId", true},
		{"fake secret", "fake-secret-access-key", true},
		{"mock token", "mock_token_value", true},
		{"fake session token", "fake-session-token", true},
		{"test password", "test1234", true},
		{"counting", "A1B2C3D4E5F6G7H8I9J0", true},
		{"marker changeme", "changemechangemechangemechangemechangeme", true},
		{"your key", "YOUR_ACCESS_KEY_ID", true},
		{"angle", "<your-secret-access-key>", true},
		{"template", "${AWS_SECRET_ACCESS_KEY}", true},
		{"go template", "{{ .Values.secretKey }}", true},
		{"format verb", "key-%s", true},
		{"elided dots", join("wJalrXUtnF", "..."), true},
		{"elided ellipsis", join("eyJ", "…"), true},
		{"stars", "****************", true},
		{"redacted", "[REDACTED]", true},
		{"localstack", "test", true},
		{"moto", "testing", true},
		{"minio", "minioadmin", true},
		{"minio upper", "MINIOADMIN", true},
		{"azurite", join("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw=="), true},
		{"azurite in a connection string", join("AccountName=devstoreaccount1;AccountKey=", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw==;"), true},
		{"cosmos db emulator", join("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyP", "MbIZnqyMsEcaGQy67XIw/Jw=="), true},
		{"cosmos db emulator in a connection string", join("AccountEndpoint=https://localhost:8081/;AccountKey=", "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyP", "MbIZnqyMsEcaGQy67XIw/Jw==;"), true},
		{"noop provider", "NoOpAccessKey", true},
		{"dummy capitalised", "DummyAccessKey", true},
		{"unused", "unused", true},
		{"metasyntactic", "foobar_new", true},
		{"short fake key id", "AKIAFAKE", true},
		{"short temporary key id", "ASIA_TEST_KEY", true},
		{"short key id with fillers", "AKIAFAKEKEY", true},

		// Secrets, or values nothing here can call placeholders.
		{"random key id", join("AKIA", "Q3EGRHDSVZB7XY2M"), false},
		{"random key id holding TEST", join("AKIA", "2TESTQ7ZK3M5VNRW"), false},
		{"random key id holding FAKE", join("AKIA", "W5QJXFAKEN3RLPM2"), false},
		{"random key id with a short run", join("AKIA", "ABCDQ7ZK3M5VNRWT"), false},
		{"random secret", join("h7Fq2Lz9Xw4Kp1Vb8Nc3", "Rt6Ym0Ud5Se2Ja7Gi4Ho"), false},
		{"random account key shaped like the emulators'", join("q9Xv3T0bLr8w/Zk1NcYp4Hs7eUm2Jd6Rf5Ga0Qi8Wt3Ko1Eh9", "Sl4Bn7Cx2Vy5Dz0Pu6Mj3Ar8Tg1Ow4Fe9Lk", "=="), false},
		{"a random password after a foobar user", join("foobar:", "Hq7Zt2mXw9LbN4vYc8Hs"), false},
		{"random secret holding Test", join("B5Uvoad+/q5QTestD5vfX", "3r1HDY0hWokTpXtZVuRT")[:40], false},
		{"stripe test key", join("sk_test_", "4eC39HqLyjWDarjtT1zdp7dc"), false},
		{"test prefixed token", join("test-", "4vmuGMGKAuWfpTbmRsHdRXfr"), false},
		{"repeat inside random", join("h7Fq2Lz9Xw4Kp1Vb8", "0000", "Rt6Ym0Ud5Se2Ja7Gi4H"), false},
		{"github token", join("ghp", "_", "WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"), false},
		{"random secret holding fooBAR", join("ZcTjk/ISJF0wkick", "fooBARkqyiiJLJkT3kvXTcVa5"), false},
		{"random secret holding DummY", join("ZcTjk/ISJF0wkick", "DummYkqyiiJLJkT3kvXTcVa5"), false},
		{"random key id with runs and filler", join("AKIA", "VCXZEPKMHMYRTYU5"), false},
		{"password", "Tr0ub4dor&3", false},
		{"short random key id body", join("AKIA", "Q7ZK3M5V"), false},
		{"short random key id holding FAKE", join("AKIA", "W5QJXFAKEN3RLP"), false},
		{"words after another prefix", "PROD1234", false},      // only key id prefixes are set aside
		{"marker short of most", "ADMINTEST", false},           // TEST is under 70% of it
		{"a page of x", strings.Repeat("x", 5000), true},       // a marker: xxxxxx
		{"a page of abc", strings.Repeat("abcd", 1250), false}, // structure is judged on typed lengths only
		{"testify", "testify", false},                          // an emulator value is compared whole
		{"empty", "", false},
	} {
		if got := placeholder.Is(tt.v); got != tt.want {
			t.Errorf("%s: Is(%s) = %v, want %v", tt.name, redact.Secret(tt.v), got, tt.want)
		}
	}
}

// randomRate returns how many of n random values of the given alphabet
// and lengths, with an optional marker written at a random place, Is calls
// placeholders.
func randomRate(seed uint64, n int, alphabet, prefix string, minLen, maxLen int, marker string) int {
	rng := rand.New(rand.NewPCG(seed, 7))
	hits := 0
	for range n {
		b := make([]byte, minLen+rng.IntN(maxLen-minLen+1))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if marker != "" {
			copy(b[rng.IntN(len(b)-len(marker)+1):], marker)
		}
		if placeholder.Is(prefix + string(b)) {
			hits++
		}
	}
	return hits
}

// TestRandomValuesAreNotPlaceholders: random keys, also with a short
// marker written into them, are secrets. Key IDs (base32 after AKIA) and
// secret keys (base64, 40) may never be called placeholders in 20,000;
// generic values (letters and digits, 20 to 40) at most once in 1,000, as
// the counting test allows.
func TestRandomValuesAreNotPlaceholders(t *testing.T) {
	const (
		base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
		base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
		alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	)
	const n = 20000
	for _, c := range []struct {
		name             string
		alphabet, prefix string
		minLen, maxLen   int
		marker           string
		allowed          int
	}{
		{"key ids", base32, "AKIA", 16, 16, "", 0},
		{"key ids holding TEST", base32, "AKIA", 16, 16, "TEST", 0},
		{"key ids holding FAKE", base32, "ASIA", 16, 16, "FAKE", 0},
		{"secret keys", base64, "", 40, 40, "", 0},
		{"secret keys holding test", base64, "", 40, 40, "test", 0},
		{"generic values", alnum, "", 20, 40, "", n / 1000},
	} {
		if hits := randomRate(uint64(len(c.name)), n, c.alphabet, c.prefix, c.minLen, c.maxLen, c.marker); hits > c.allowed {
			t.Errorf("%s: %d of %d random values called placeholders, want at most %d", c.name, hits, n, c.allowed)
		}
	}
}

// TestSequentialRandom: the counting test must not call random values
// placeholders. Of 20,000 random values of 20 to 40 characters (letters
// and digits, as API keys are), at most 0.1% may be.
func TestSequentialRandom(t *testing.T) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	rng := rand.New(rand.NewPCG(1, 2))
	n, hits := 20000, 0
	for range n {
		b := make([]byte, 20+rng.IntN(21))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if placeholder.Sequential(string(b)) {
			hits++
		}
	}
	if hits*1000 > n {
		t.Errorf("%d of %d random values called counting placeholders", hits, n)
	}
	for _, v := range []string{"A1B2C3D4E5F6G7H8I9J0", "1234abcd-12ab-34cd-56ef-1234567890ab", "abcdefgh12345678"} {
		if !placeholder.Sequential(v) {
			t.Errorf("Sequential(%q) = false", v)
		}
	}
}

// TestCostIsLinear: hostile input (a long value of one character, of a
// run, of a repeated unit, of a marker spelled in odd case) costs time in
// proportion to its length. A megabyte takes milliseconds; a walk
// quadratic in the length would take minutes, so a second is a bound no
// shared machine's noise reaches and no quadratic walk meets.
func TestCostIsLinear(t *testing.T) {
	for _, unit := range []string{"a", "abcdefghijklmnopqrstuvwxyz", "ab", "DummY", "x.", "qwertyuiop1234567890", "test"} {
		v := strings.Repeat(unit, (1<<20)/len(unit))
		start := time.Now()
		placeholder.Is(v)
		if d := time.Since(start); d > time.Second {
			t.Errorf("unit %q: %v for 1 MiB: not linear", unit, d)
		}
	}
}
