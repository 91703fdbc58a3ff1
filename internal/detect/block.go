package detect

import (
	"regexp"
	"regexp/syntax"
	"strings"

	"github.com/awsvet/awsvet/internal/placeholder"
)

// A block rule's match is a header, then a body of any length, then a
// terminator: gitleaks' private-key ("-----BEGIN … PRIVATE KEY-----",
// "[\s\S-]{64,}?", "KEY-----"). Its tail (rule.go) cannot be tried on a
// bounded stretch of text after the keyword: an RSA-8192 key or an armored
// PGP key block is longer than any bound, and a bounded try that fails
// says nothing. What a block rule's tail does say: the lazy body ends at
// the first terminator it may reach. So the first terminator after the
// header decides whether a match can exist and where it ends at the
// latest, whatever the block's length.
//
// The form is derived from the expression, not typed per rule: a tail
// whose elements are a bounded header, one lazy repetition without an
// upper bound (the body), and a bounded terminator that starts with a
// literal.
type blockTail struct {
	head             *regexp.Regexp // anchored; nil when the header is empty
	headMin, headMax int            // bytes of the header
	bodyMin, bodyMax int            // bytes the body's least repetitions take
	term             *regexp.Regexp // anchored
	termLit          string         // the literal the terminator starts with
	termFold         bool           // matched ASCII case-insensitively
	termMax          int            // bytes of the terminator
}

// analyzeBlock returns the block form of a tail's elements, or nil.
func analyzeBlock(rest []*syntax.Regexp) *blockTail {
	for i, el := range rest {
		if !lazyUnbounded(el) {
			continue
		}
		head, term := rest[:i], rest[i+1:]
		if len(term) == 0 || term[0].Op != syntax.OpLiteral {
			return nil
		}
		b := &blockTail{}
		for _, p := range head {
			b.headMin += minLen(p)
			b.headMax = addBound(b.headMax, maxLen(p))
		}
		termRe := &syntax.Regexp{Op: syntax.OpConcat, Sub: term}
		b.termMax = maxLen(termRe)
		if b.headMax == unbounded || b.termMax == unbounded {
			return nil
		}
		if len(head) > 0 {
			h, err := regexp.Compile(`^(?:` + (&syntax.Regexp{Op: syntax.OpConcat, Sub: head}).String() + `)`)
			if err != nil {
				return nil
			}
			b.head = h
		}
		sub := el.Sub[0]
		least := 0
		if el.Op == syntax.OpPlus {
			least = 1
		} else if el.Op == syntax.OpRepeat {
			least = el.Min
		}
		b.bodyMin = least * minLen(sub)
		b.bodyMax = mulBound(maxLen(sub), least)
		if b.bodyMax == unbounded {
			return nil
		}
		t, err := regexp.Compile(`^(?:` + termRe.String() + `)`)
		if err != nil {
			return nil
		}
		b.term, b.termLit = t, string(term[0].Rune)
		b.termFold = term[0].Flags&syntax.FoldCase != 0
		if b.termFold {
			// Folded as the keyword matcher folds: ASCII only (the
			// Kelvin sign does not spell KEY here).
			b.termLit = strings.ToLower(b.termLit)
			if !isASCII(b.termLit) {
				return nil
			}
		}
		return b
	}
	return nil
}

// lazyUnbounded reports a non-greedy repetition without an upper bound.
func lazyUnbounded(el *syntax.Regexp) bool {
	if el.Flags&syntax.NonGreedy == 0 {
		return false
	}
	switch el.Op {
	case syntax.OpStar, syntax.OpPlus:
		return true
	case syntax.OpRepeat:
		return el.Max < 0
	}
	return false
}

// termSearch remembers, for one rule in one scan, the last search for a
// terminator: the first terminator starting at or after from starts at at
// (-1: none up to the text's end). Hits come in text order, so each search
// either reuses the last answer or starts past the last terminator found:
// the text is searched once per rule and per bound, however many headers
// it holds (a huge file of BEGIN lines and no END costs one pass).
type termSearch struct {
	from, at int
	searched int // bytes searched, for the scaling test
}

// first returns where the first terminator at or after from starts, -1
// if none does.
func (c *termSearch) first(b *blockTail, text string, from int) int {
	if c.from >= 0 && c.from <= from && (c.at < 0 || from <= c.at) {
		return c.at
	}
	at := b.nextTerm(text, max(from, 0))
	if at >= 0 {
		c.searched += at - from + len(b.termLit)
	} else {
		c.searched += max(len(text)-from, 0)
	}
	c.from, c.at = from, at
	return at
}

// nextTerm returns where the first terminator at or after from starts, -1
// if none does: candidates are found by the terminator's literal, each
// confirmed by the whole terminator (anchored, so it reads a few bytes).
func (b *blockTail) nextTerm(text string, from int) int {
	for i := from; i < len(text); i++ {
		j := b.indexLit(text[i:])
		if j < 0 {
			return -1
		}
		i += j
		if b.term.MatchString(text[i:]) {
			return i
		}
	}
	return -1
}

// indexLit is strings.Index of the terminator's literal, ASCII
// case-insensitively when the expression folds case.
func (b *blockTail) indexLit(s string) int {
	lit := b.termLit
	if !b.termFold {
		return strings.Index(s, lit)
	}
	lo, up := lit[0], lit[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := 0; i+len(lit) <= len(s); i++ {
		if c := s[i]; (c == lo || c == up) && strings.EqualFold(s[i:i+len(lit)], lit) {
			return i
		}
	}
	return -1
}

// blockSearches holds a rule's two searches: from the earliest and from
// the latest point where its body may end.
type blockSearches struct{ early, late termSearch }

func newBlockSearches() *blockSearches {
	return &blockSearches{early: termSearch{from: -1}, late: termSearch{from: -1}}
}

// relevant is the prefilter's relevant (prefilter.go) for a block rule:
// no header right after the keyword ("-----BEGIN CERTIFICATE-----"), or
// no terminator after the shortest header and body, no match; otherwise the
// match ends at the latest at the end of the first terminator after the
// longest header and body (the body stops at the first terminator it
// reaches); with none there, the terminator it uses starts before that
// point.
func (b *blockTail) relevant(c *blockSearches, text string, end int) (bool, int) {
	if b.head != nil && !b.head.MatchString(text[end:]) {
		return false, -1
	}
	if c.early.first(b, text, end+b.headMin+b.bodyMin) < 0 {
		return false, -1
	}
	late := end + b.headMax + b.bodyMax
	at := c.late.first(b, text, late)
	if at < 0 {
		at = late
	}
	return true, min(len(text), at+b.termMax)
}

// placeholderSecret reports whether a secret is a placeholder
// (placeholder.Is). A secret of several lines, a PEM or PGP block, is
// judged line by line: its base64 lines are data, where random bytes
// spell "xxxx" or "Insert" by chance (a 12 kB key about once in a hundred,
// a 300 kB PGP key block once in four), so such a line is a placeholder
// only when it is a filler (xxxxxxxx…, AAAA…: low entropy); the other
// lines (an elision ". . .", "<your key here>") are judged as values are.
func placeholderSecret(v string) bool {
	if !strings.Contains(v, "\n") {
		return placeholder.Is(v)
	}
	for line := range strings.Lines(v) {
		line = strings.TrimSpace(line)
		if isBase64Line(line) {
			if len(line) >= 16 && Entropy(line) < fillerEntropy {
				return true
			}
			continue
		}
		if placeholder.Is(line) {
			return true
		}
	}
	return false
}

// fillerEntropy: a base64 line of a key has about 5.5 bits per character;
// a line typed as filler ("xxxx…", "ABCABC…") under 3.
const fillerEntropy = 3.0

// isBase64Line reports a non-empty line of the base64 alphabet only.
func isBase64Line(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isUpper(c) || isLower(c) || isDigitByte(c) || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
