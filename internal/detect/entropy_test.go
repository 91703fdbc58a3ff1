package detect_test

import (
	"math"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
)

// TestEntropy: gitleaks' measure, runes counted and divided by the length
// in bytes ("éé" is one rune twice in four bytes: 0.5 bits, where a count
// of bytes would say 1).
func TestEntropy(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"", 0},
		{"aaaa", 0},
		{"aabb", 1},
		{"abcd", 2},
		{strings.Repeat("0123456789abcdef", 4), 4},
		{"éé", 0.5},
		{"\xff\xfe", 0}, // two invalid bytes are one rune, U+FFFD, twice (bytes would say 1)
		{"aé", -(1.0/3)*math.Log2(1.0/3) - (1.0/3)*math.Log2(1.0/3)},
	} {
		if got := detect.Entropy(c.s); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("Entropy(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
