package analyzers_test

import (
	"fmt"
	"go/token"
	"maps"
	"os"
	"slices"
	"testing"
	"unicode/utf8"
)

// The budget of a finding's text line, "message (rule)": one sentence that
// says what is wrong and what to do; the why is in `awsvet help RULE`.
const (
	maxLineLen    = 200
	medianLineLen = 120
)

// finding is one diagnostic as the house-style test sees it. Messages hold
// fingerprints only (internal/redact), so printing them is safe.
type finding struct {
	pos, end token.Position
	rule     string
	message  string
}

// line is the finding as the text output prints it after the position.
func (f finding) line() string { return fmt.Sprintf("%s (%s)", f.message, f.rule) }

// checkLengths fails on any line over maxLineLen and on a median over
// medianLineLen, and logs the distribution.
func checkLengths(t *testing.T, all []finding) {
	t.Helper()
	var lens []int
	byRule := map[string][]int{}
	for _, f := range all {
		n := utf8.RuneCountInString(f.line())
		lens = append(lens, n)
		byRule[f.rule] = append(byRule[f.rule], n)
		if os.Getenv("AWSVET_DUMP_MESSAGES") != "" {
			t.Logf("%d %s", n, f.line())
		}
		if n > maxLineLen {
			t.Errorf("%s: %d characters, over %d: %s", f.pos, n, maxLineLen, f.line())
		}
	}
	for _, rule := range slices.Sorted(maps.Keys(byRule)) {
		l := byRule[rule]
		slices.Sort(l)
		t.Logf("%s: %d findings, median %d, max %d", rule, len(l), l[len(l)/2], l[len(l)-1])
	}
	slices.Sort(lens)
	median := lens[len(lens)/2]
	t.Logf("finding lines: %d, median %d characters, max %d", len(lens), median, lens[len(lens)-1])
	if median > medianLineLen {
		t.Errorf("median finding line is %d characters, over %d", median, medianLineLen)
	}
}

// valueRules report a value (a literal, a credential) rather than a call
// or a setting; two of them must never report the same value.
var valueRules = map[string]bool{
	"hardcodedkey": true, "hardcodedsecret": true, "staticcreds": true, "envcreds": true, "credlog": true,
}

// twoMistakes are the pairs of rules that may report one call because
// they report two mistakes, each with its own fix: a session built in a
// loop (clientreuse) without a region (region).
var twoMistakes = map[[2]string]bool{{"clientreuse", "region"}: true}

// checkOneRulePerValue fails when two rules report at one position (but
// twoMistakes), or when the span of one value rule's finding holds another
// value rule's (a key literal inside a static provider call reported
// twice).
func checkOneRulePerValue(t *testing.T, all []finding) {
	t.Helper()
	at := map[token.Position]string{}
	for _, f := range all {
		r, ok := at[f.pos]
		pair := [2]string{min(r, f.rule), max(r, f.rule)}
		if ok && r != f.rule && !twoMistakes[pair] {
			t.Errorf("%s: reported by both %s and %s: %s", f.pos, r, f.rule, f.line())
		}
		at[f.pos] = f.rule
	}
	for _, outer := range all {
		for _, inner := range all {
			if outer.rule == inner.rule || !valueRules[outer.rule] || !valueRules[inner.rule] || outer.pos.Filename != inner.pos.Filename {
				continue
			}
			if outer.pos.Offset <= inner.pos.Offset && inner.end.Offset <= outer.end.Offset && outer.pos != inner.pos {
				t.Errorf("%s: %s reports a value inside the %s finding at %s: %s", inner.pos, inner.rule, outer.rule, outer.pos, inner.line())
			}
		}
	}
}
