package detect

// Cheap necessary conditions on a keyword hit, checked before a window is
// opened around it. Each is derived from the rule's expression (rule.go),
// not typed per rule: a hit that fails one cannot be the keyword occurrence
// of any match, so dropping it loses nothing.

// maxTail bounds the text an unbounded tail is tried on (4 KiB).
const maxTail = 4 << 10

// relevant reports whether the keyword hit [start, end) can belong to a
// match of r and, when the rule's tail (rule.go) tells, where such a match
// ends at the latest (-1: unknown). blocks holds a block rule's
// terminator searches (block.go); nil for other rules.
func (r *rule) relevant(text string, start, end int, blocks *blockSearches) (bool, int) {
	if r.operatorAfter && !operatorFollows(text, end) {
		return false, -1
	}
	sp := r.span()
	if sp.boundaryBefore && start > 0 && isWord(text[start]) && isWord(text[start-1]) {
		return false, -1
	}
	if sp.block != nil {
		return sp.block.relevant(blocks, text, end)
	}
	if sp.tail == nil {
		return true, -1
	}
	lim := len(text)
	if sp.tailMax != unbounded {
		lim = min(lim, end+sp.tailMax)
	} else {
		lim = min(lim, end+maxTail)
	}
	// A tail that fails on the bounded text fails on any longer text too:
	// every attempt died before the bound (a lazy body waiting for its
	// terminator would not have: block rules are judged above). One that reaches the bound may
	// owe it to "$" there, or go on: its end is unknown.
	m := sp.tail.FindStringIndex(text[end:lim])
	switch {
	case m == nil:
		return false, -1
	case lim < len(text) && end+m[1] == lim:
		return true, -1
	}
	return true, end + m[1]
}

func isWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// operatorFollows checks the semi-generic tail after a keyword: the rest of
// the name ([ \t\w.-], at most 20 characters after the name group, which
// may itself run on past the keyword: 32 more allowed), at most 3 quotes or
// white space, then an operator (=, >, :, |, ?, ,).
func operatorFollows(text string, end int) bool {
	const nameRun, quotes = 20 + 32, 3
	i, n := end, 0
	for ; i < len(text) && n < nameRun; i, n = i+1, n+1 {
		c := text[i]
		if !(isWord(c) || c == ' ' || c == '\t' || c == '.' || c == '-') {
			break
		}
	}
	for n = 0; i < len(text) && n <= quotes; i, n = i+1, n+1 {
		switch text[i] {
		case '=', '>', ':', '|', '?', ',':
			return true
		case ' ', '\t', '\n', '\r', '\v', '\f', '\'', '"':
		default:
			return false
		}
	}
	return false
}
