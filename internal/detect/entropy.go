package detect

import (
	"math"
	"unicode/utf8"
)

// Entropy is the Shannon entropy of s as gitleaks v8 computes it, the one
// measure for the rules' entropy thresholds and awsvet's own: the
// frequency of each rune (an invalid byte counts as U+FFFD) over the
// length in bytes, so that a threshold means here what it means in a
// gitleaks configuration. On ASCII, which every key and token alphabet
// is, it is the plain per-character entropy.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var ascii [utf8.RuneSelf]int
	var others map[rune]int // allocated for the rare non-ASCII value only
	for _, r := range s {
		if r < utf8.RuneSelf {
			ascii[r]++
			continue
		}
		if others == nil {
			others = map[rune]int{}
		}
		others[r]++
	}
	inv := 1.0 / float64(len(s))
	e := 0.0
	add := func(n int) {
		if n > 0 {
			f := float64(n) * inv
			e -= f * math.Log2(f)
		}
	}
	for _, n := range ascii {
		add(n)
	}
	for _, n := range others {
		add(n)
	}
	return e
}
