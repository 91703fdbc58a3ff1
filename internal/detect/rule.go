package detect

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zricethezav/gitleaks/v8/config"
)

// ruleKind says how much a rule's match alone tells.
type ruleKind int

const (
	// specific rules recognise a token by its own format (ghp_…, xoxb-…,
	// -----BEGIN … PRIVATE KEY-----, AKIA…): high confidence.
	specific ruleKind = iota
	// semiGeneric rules are gitleaks' "service name near a value" rules
	// (adafruit, asana, …): the value's format is loose, a keyword in the
	// name binds it.
	semiGeneric
	// generic rules (generic-api-key): any key-like name bound to any
	// secret-looking value.
	generic
)

// semiGenericTail is the name tail and operator that gitleaks'
// generateSemiGenericRegex puts after the service keyword of every
// semi-generic rule (and generic-api-key): the keyword is followed by up to
// 20 name characters, up to 3 quotes or spaces, and an operator.
const semiGenericTail = `(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)`

// meta is what the detector knows of a rule before compiling it.
type meta struct {
	id, description string
	keywords        []string // lowercase
	skipReport      bool
	required        []*config.Required
	regex           string // the expression's source, "" for none
}

type rule struct {
	meta
	index int // in the detector's rule order
	kind  ruleKind
	// operatorAfter: every match has a keyword followed by semiGenericTail,
	// so a keyword hit without an operator close after it cannot be part
	// of a match (prefilter.go).
	operatorAfter bool

	compile func() (*config.Rule, error)
	once    sync.Once
	cr      *config.Rule // nil when compiling failed

	spanOnce sync.Once
	sp       span
}

func newRule(m meta, compile func() (*config.Rule, error)) *rule {
	r := &rule{meta: m, compile: compile}
	if strings.Contains(m.regex, semiGenericTail) {
		r.kind = semiGeneric
		r.operatorAfter = true
	}
	if strings.Contains(strings.ToLower(m.id), "generic") {
		// gitleaks' own notion of generic (its filter() uses the same test).
		r.kind = generic
	}
	return r
}

// compiled returns the rule as gitleaks' Translate compiled it, compiling
// it on first use; nil if that failed (never for the default rules, which
// a test compiles).
func (r *rule) compiled() *config.Rule {
	r.once.Do(func() {
		cr, err := r.compile()
		if err == nil {
			r.cr = cr
		}
	})
	return r.cr
}

func lowerKeyword(k string) string { return strings.ToLower(k) }

// span bounds where a match can lie relative to a keyword hit, computed
// from the rule's regular expression (regexp/syntax).
type span struct {
	// lenBefore and lenAfter bound the bytes of a match before the hit's
	// start and after its end; nlBefore and nlAfter bound the newlines.
	// -1 is unbounded.
	lenBefore, lenAfter int
	nlBefore, nlAfter   int
	// boundaryBefore: the expression requires a word boundary (\b) right
	// before the keyword, so a hit preceded by a word character is not the
	// start of a match.
	boundaryBefore bool
	// startFree: nothing before the keyword asserts anything about the
	// text before the match (no \b, ^, \A), so a search may start at any
	// offset where a match could start (window.go).
	startFree bool
	// run: when the only thing before the keyword is a repeated character
	// class (generic-api-key's "[\w.-]{0,50}?"), that class and its most
	// repetitions: a match starts inside the run of such characters that
	// ends at the keyword (runMax characters at most; runStart counts
	// ASCII only, where characters are bytes).
	run    *syntax.Regexp
	runMax int
	// tail is the part of the expression after the keyword, anchored:
	// when the keyword element matches nothing but the keywords, a match
	// using a hit continues with a match of tail right at the hit's end.
	// tailMax bounds its length (unbounded: see maxTail).
	tail    *regexp.Regexp
	tailMax int
	// block: the tail is a header, a lazy body of any length and a
	// terminator (block.go), so the terminator bounds the match instead.
	block *blockTail
}

const unbounded = -1

// span returns the rule's span, computed once on first use (most rules
// never have a keyword hit, so the analysis is lazy).
func (r *rule) span() *span {
	r.spanOnce.Do(func() { r.sp = analyzeSpan(r.regex, r.keywords) })
	return &r.sp
}

// analyzeSpan finds the part of the expression that spells the keyword:
// the top-level concatenation is flattened (captures and nested
// concatenations opened), and the first element that, on its own, matches
// every keyword of the rule whole is the keyword's place. What comes before
// it bounds the match before the hit, what comes after bounds it after.
// When no element spells the keywords (the keyword is only a hint, or sits
// inside a larger construct) the whole expression's bounds apply on both
// sides.
func analyzeSpan(expr string, keywords []string) span {
	whole := span{lenBefore: unbounded, lenAfter: unbounded, nlBefore: unbounded, nlAfter: unbounded}
	if expr == "" {
		return whole
	}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return whole
	}
	// Not simplified: counted repetitions stay OpRepeat (Simplify would
	// unroll "[\w.-]{0,50}?" into 50 nested optional classes).
	l, n := maxLen(parsed), maxNewlines(parsed)
	whole = span{lenBefore: l, lenAfter: l, nlBefore: n, nlAfter: n}

	parts := flatten(parsed)
	at, atStart := -1, false
	for i, p := range parts {
		if ok, start := spells(p, keywords); ok {
			at, atStart = i, start
			break
		}
	}
	if at < 0 {
		return whole
	}
	sp := span{}
	for i, p := range parts {
		pl, pn := maxLen(p), maxNewlines(p)
		if i < at || (i == at && !atStart) {
			sp.lenBefore = addBound(sp.lenBefore, pl)
			sp.nlBefore = addBound(sp.nlBefore, pn)
		}
		if i >= at {
			sp.lenAfter = addBound(sp.lenAfter, pl)
			sp.nlAfter = addBound(sp.nlAfter, pn)
		}
	}
	sp.startFree = true
	for _, p := range parts[:at] {
		sp.startFree = sp.startFree && !hasAssertion(p)
	}
	if at == 1 && sp.startFree {
		if p := parts[0]; p.Op == syntax.OpRepeat && p.Max >= 0 && p.Sub[0].Op == syntax.OpCharClass {
			sp.run, sp.runMax = p.Sub[0], p.Max
		}
	}
	// Assertions that open the tail look at the keyword's last character,
	// which the tail's text does not hold: they are left out (a looser
	// tail is still a necessary condition).
	rest := parts[at+1:]
	for len(rest) > 0 && emptyWidth(rest[0]) {
		rest = rest[1:]
	}
	if len(rest) > 0 && exactKeyword(parts[at], keywords) {
		tail := &syntax.Regexp{Op: syntax.OpConcat, Sub: rest}
		if t, err := regexp.Compile(`^(?:` + tail.String() + `)`); err == nil {
			sp.tail, sp.tailMax = t, maxLen(tail)
		}
		sp.block = analyzeBlock(rest)
	}
	// \b right before a keyword that starts the element, nothing but
	// empty-width assertions in between: the keyword occurrence a match
	// uses is preceded by a non-word character (keywords that start with
	// a word character; prefilter.go checks that).
	for i := at - 1; atStart && i >= 0; i-- {
		if parts[i].Op == syntax.OpWordBoundary {
			sp.boundaryBefore = true
			break
		}
		if !emptyWidth(parts[i]) {
			break
		}
	}
	return sp
}

// spells reports whether the element re is where a match spells one of the
// keywords: it matches each keyword whole, or it is a literal that begins
// with a keyword, or an alternation whose every branch does. start reports that every match of
// the element begins with the keyword occurrence.
func spells(re *syntax.Regexp, keywords []string) (ok, start bool) {
	// A repetition (generic-api-key's "[\w.-]{0,50}?" prefix) can spell a
	// keyword too, but it is not where the keyword is: the element must be
	// no longer than the longest keyword.
	longest := 0
	for _, k := range keywords {
		longest = max(longest, len(k))
	}
	if spellsAll(re, keywords) && maxLen(re) <= longest {
		l := maxLen(re)
		start = true
		for _, k := range keywords {
			start = start && l == len(k)
		}
		return true, start
	}
	switch re.Op {
	case syntax.OpLiteral:
		return startsWithKeyword(re, keywords), true
	case syntax.OpAlternate:
		for _, b := range re.Sub {
			if !startsWithKeyword(flatten(b)[0], keywords) {
				return false, false
			}
		}
		return true, true
	}
	return false, false
}

// startsWithKeyword reports whether re is a literal that begins with one of
// the keywords.
func startsWithKeyword(re *syntax.Regexp, keywords []string) bool {
	if re.Op != syntax.OpLiteral {
		return false
	}
	s := strings.ToLower(string(re.Rune))
	for _, k := range keywords {
		if strings.HasPrefix(s, k) {
			return true
		}
	}
	return false
}

// exactKeyword reports whether every match of el is one of the keywords,
// as far as lengths tell: a literal keyword, or an element that matches
// each keyword and nothing shorter or longer than they are (gitleaks'
// "(?:access|auth|…|token)" name groups).
func exactKeyword(el *syntax.Regexp, keywords []string) bool {
	if el.Op == syntax.OpLiteral {
		return isKeyword(strings.ToLower(string(el.Rune)), keywords)
	}
	if !spellsAll(el, keywords) {
		return false
	}
	lo, hi := len(keywords[0]), len(keywords[0])
	for _, k := range keywords {
		lo, hi = min(lo, len(k)), max(hi, len(k))
	}
	return minLen(el) >= lo && maxLen(el) <= hi
}

func isKeyword(s string, keywords []string) bool {
	for _, k := range keywords {
		if s == k {
			return true
		}
	}
	return false
}

// minLen is the fewest bytes re can match.
func minLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(string(re.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpPlus, syntax.OpCapture:
		return minLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minLen(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range re.Sub {
			if l := minLen(s); n < 0 || l < n {
				n = l
			}
		}
		return max(n, 0)
	}
	return 0
}

func flatten(re *syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpConcat:
		var out []*syntax.Regexp
		for _, s := range re.Sub {
			out = append(out, flatten(s)...)
		}
		return out
	case syntax.OpCapture:
		return flatten(re.Sub[0])
	}
	return []*syntax.Regexp{re}
}

func hasAssertion(re *syntax.Regexp) bool {
	if emptyWidth(re) && re.Op != syntax.OpEmptyMatch {
		return true
	}
	for _, s := range re.Sub {
		if hasAssertion(s) {
			return true
		}
	}
	return false
}

func emptyWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	return false
}

// spellsAll reports whether re matches each keyword whole, in lower or
// upper case (keywords are stored lowercase; a case-sensitive part such as
// AKIA spells the keyword "akia" in upper case).
func spellsAll(re *syntax.Regexp, keywords []string) bool {
	if len(keywords) == 0 {
		return false
	}
	full, err := regexp.Compile(`^(?:` + re.String() + `)$`)
	if err != nil {
		return false
	}
	for _, k := range keywords {
		if !full.MatchString(k) && !full.MatchString(strings.ToUpper(k)) {
			return false
		}
	}
	return true
}

func addBound(a, b int) int {
	if a == unbounded || b == unbounded {
		return unbounded
	}
	return a + b
}

func mulBound(a, n int) int {
	if a == unbounded || n == unbounded {
		if a == 0 {
			return 0
		}
		return unbounded
	}
	return a * n
}

// maxLen is the most bytes re can match, or unbounded.
func maxLen(re *syntax.Regexp) int {
	return maxOver(re, func(re *syntax.Regexp) int {
		switch re.Op {
		case syntax.OpLiteral:
			n := 0
			for _, r := range re.Rune {
				if re.Flags&syntax.FoldCase != 0 && r >= utf8.RuneSelf {
					n += utf8.UTFMax // a folded rune may encode longer
				} else {
					n += utf8.RuneLen(r)
				}
			}
			return n
		case syntax.OpCharClass:
			if len(re.Rune) == 0 {
				return 0
			}
			return max(1, utf8.RuneLen(min(re.Rune[len(re.Rune)-1], utf8.MaxRune)))
		case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
			return utf8.UTFMax
		}
		return 0 // empty-width
	})
}

// maxNewlines is the most newlines re can match, or unbounded.
func maxNewlines(re *syntax.Regexp) int {
	return maxOver(re, func(re *syntax.Regexp) int {
		switch re.Op {
		case syntax.OpLiteral:
			n := 0
			for _, r := range re.Rune {
				if r == '\n' {
					n++
				}
			}
			return n
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				if re.Rune[i] <= '\n' && '\n' <= re.Rune[i+1] {
					return 1
				}
			}
			return 0
		case syntax.OpAnyChar:
			return 1
		}
		return 0
	})
}

// maxOver is the most of some count (bytes, newlines) re can match, or
// unbounded: leaf gives the count of a single-character or literal node,
// and repetition, concatenation and alternation combine them.
func maxOver(re *syntax.Regexp, leaf func(*syntax.Regexp) int) int {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus:
		return mulBound(maxOver(re.Sub[0], leaf), unbounded)
	case syntax.OpQuest, syntax.OpCapture:
		return maxOver(re.Sub[0], leaf)
	case syntax.OpRepeat:
		if re.Max < 0 {
			return mulBound(maxOver(re.Sub[0], leaf), unbounded)
		}
		return mulBound(maxOver(re.Sub[0], leaf), re.Max)
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = addBound(n, maxOver(s, leaf))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			l := maxOver(s, leaf)
			if l == unbounded {
				return unbounded
			}
			n = max(n, l)
		}
		return n
	}
	return leaf(re)
}
