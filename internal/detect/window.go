package detect

import (
	"regexp/syntax"
	"sort"
	"strings"
)

// maxReach bounds how far a window reaches from a keyword hit on a side
// where the rule's expression is unbounded in length and in newlines (the
// body of a private key, "{64,}"): 64 KiB, far more than any key, token
// or certificate. A match that needs more is not found.
const maxReach = 64 << 10

// maxLinesAfter bounds, for a rule whose match is unbounded in length after
// its keyword, how many lines after the keyword's line the match may reach
// (generic-api-key's value may follow its name on the next line, as in
// YAML; its expression allows up to 9 newlines of white space in between,
// which real files do not have). A match that needs more is not found.
const maxLinesAfter = 2

// windows calls fn on each window of text where a match of r that uses one
// of its keyword hits can lie, from the earliest start to the latest end
// the rule's span (rule.go) allows; overlapping windows are merged, so no
// text is searched twice.
//
// Window edges sit on white space (or the text's ends), so the
// expression's boundaries and anchors (\b, $, the "(?:[\x60'"\s;]|\\[nr]|$)"
// tail of gitleaks' rules) see what they would see in the whole text. The
// one exception is the start of a rule whose expression has no assertion
// before its keyword (generic-api-key's "[\w.-]{0,50}?" prefix): its window
// starts exactly where the longest match could, and a match found from
// there has the same secret.
//
// Small windows are also what makes the expressions fast: Go's regexp runs
// a backtracker instead of its NFA simulation on inputs of a few hundred
// bytes, several times faster on gitleaks' large expressions.
func (s *scan) windows(r *rule, hits []hit, fn func(r *rule, ws, we int)) {
	n := len(s.f.Text)
	sp := r.span()
	ws, we := -1, -1 // the window being grown
	s.fwdFrom, s.fwdAt = -1, -1
	for _, h := range hits {
		hs, he := h.end-s.d.kw.lengths[h.kw], h.end

		// Earliest start of a match around the hit.
		lo := 0
		if sp.lenBefore != unbounded {
			lo = max(lo, hs-sp.lenBefore)
		}
		if sp.nlBefore != unbounded {
			lo = max(lo, s.lineStartAt(s.lineOf(hs)-sp.nlBefore))
		}
		if sp.lenBefore == unbounded && sp.nlBefore == unbounded {
			lo = max(0, hs-maxReach)
		}
		// A match starts inside the run of prefix characters before the
		// keyword.
		if sp.run != nil {
			lo = max(lo, s.runStart(sp, hs))
		}
		// Latest end.
		hi := n
		switch {
		case h.tail >= 0:
			hi = h.tail
		case sp.lenAfter != unbounded:
			hi = min(hi, he+sp.lenAfter)
		case sp.nlAfter != unbounded:
			hi = s.lineEndAt(s.lineOf(max(he-1, 0)) + min(sp.nlAfter, maxLinesAfter))
		default:
			hi = min(n, he+maxReach)
		}

		if we >= 0 && lo <= we {
			we = max(we, s.spaceAfter(hi))
			continue
		}
		start := lo
		if !sp.startFree {
			start = s.spaceBefore(lo, max(we, 0))
		}
		if we >= 0 && start <= we {
			we = max(we, s.spaceAfter(hi))
			continue
		}
		if we >= 0 {
			fn(r, ws, we)
		}
		ws, we = start, s.spaceAfter(hi)
	}
	if we >= 0 {
		fn(r, ws, we)
	}
}

// runStart is where the run of characters of the rule's prefix class that
// ends at hs starts (at most runMax back).
func (s *scan) runStart(sp *span, hs int) int {
	text := s.f.Text
	i := hs
	for i > 0 && hs-i < sp.runMax && text[i-1] < 0x80 && inClass(sp.run, rune(text[i-1])) {
		i--
	}
	return i
}

// inClass reports whether r is in the character class cc.
func inClass(cc *syntax.Regexp, r rune) bool {
	for i := 0; i+1 < len(cc.Rune); i += 2 {
		if cc.Rune[i] <= r && r <= cc.Rune[i+1] {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// spaceBefore is the offset just after the last white space before p, not
// before floor.
func (s *scan) spaceBefore(p, floor int) int {
	text := s.f.Text
	for i := p - 1; i >= floor; i-- {
		if isSpace(text[i]) {
			return i + 1
		}
	}
	return floor
}

// spaceAfter is the offset just after the first white space at or after p
// (the text's end if none). Searches are remembered, so that the hits of a
// long line without white space do not each search it again.
func (s *scan) spaceAfter(p int) int {
	text := s.f.Text
	if p >= len(text) {
		return len(text)
	}
	if p > 0 && isSpace(text[p-1]) {
		return p
	}
	if s.fwdFrom >= 0 && s.fwdFrom <= p && p <= s.fwdAt {
		return s.fwdAt
	}
	at := len(text)
	for i := p; i < len(text); i++ {
		if isSpace(text[i]) {
			at = i + 1
			break
		}
	}
	s.fwdFrom, s.fwdAt = p, at
	return at
}

// newlines indexes the text's newlines, once per scan and only when a
// window or a finding needs line positions.
func (s *scan) newlines() []int {
	if s.nl == nil {
		text := s.f.Text
		s.nl = make([]int, 0, strings.Count(text, "\n"))
		for i := 0; ; {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				break
			}
			s.nl = append(s.nl, i+j)
			i += j + 1
		}
	}
	return s.nl
}

// lineOf is the 0-based line holding offset p.
func (s *scan) lineOf(p int) int { return sort.SearchInts(s.newlines(), p) }

// lineStartAt is the offset where line l starts (0 for l <= 0).
func (s *scan) lineStartAt(l int) int {
	nl := s.newlines()
	if l <= 0 {
		return 0
	}
	if l > len(nl) {
		return len(s.f.Text)
	}
	return nl[l-1] + 1
}

// lineEndAt is the offset just after line l's newline (the text's end for
// the last line).
func (s *scan) lineEndAt(l int) int {
	nl := s.newlines()
	if l < 0 {
		l = 0
	}
	if l >= len(nl) {
		return len(s.f.Text)
	}
	return nl[l] + 1
}
