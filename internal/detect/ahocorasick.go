package detect

// matcher finds every occurrence of a set of ASCII keywords in a text, ASCII
// case-insensitively, in one pass: an Aho–Corasick automaton compiled into a
// dense DFA over byte classes.
//
// gitleaks lowercases the whole text (a copy, with strings.ToLower) before
// its Aho–Corasick pass and only learns which keywords occur. This matcher
// folds case in its byte-class table, so the text is never copied, and it
// reports where each keyword ends, which is what the windows need.
type matcher struct {
	class   [256]uint8 // byte → class; 0 is "no keyword has this byte"
	nclass  int
	next    []int32 // next[state*nclass+class]
	outs    [][]int // keyword indices that end in a state
	lengths []int   // keyword lengths
}

// hit is one occurrence of keyword kw ending at byte end (exclusive).
type hit struct {
	kw  int
	end int
	// tail is where a match using this hit ends at the latest, when the
	// rule's tail tells (prefilter.go); -1 otherwise. Set per rule.
	tail int
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// newMatcher builds the automaton. Keywords are matched ASCII
// case-insensitively; non-ASCII bytes match only themselves.
func newMatcher(keywords []string) *matcher {
	m := &matcher{lengths: make([]int, len(keywords))}
	// Byte classes: one per distinct (lowercased) byte used by a keyword.
	m.nclass = 1
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			c := lowerASCII(k[i])
			if m.class[c] == 0 {
				if m.nclass == 256 {
					panic("detect: too many byte classes")
				}
				m.class[c] = uint8(m.nclass)
				m.nclass++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+'a'-'A']
	}

	// The trie, in goto-function form: children[state][class] (0 = none).
	children := [][]int32{make([]int32, m.nclass)}
	outs := [][]int{nil}
	for i, k := range keywords {
		m.lengths[i] = len(k)
		s := int32(0)
		for j := 0; j < len(k); j++ {
			c := m.class[k[j]]
			if children[s][c] == 0 {
				children = append(children, make([]int32, m.nclass))
				outs = append(outs, nil)
				children[s][c] = int32(len(children) - 1)
			}
			s = children[s][c]
		}
		if len(k) > 0 {
			outs[s] = append(outs[s], i)
		}
	}

	// Breadth-first: failure links, output inheritance, and the DFA rows
	// (a missing edge goes where the failure state's edge goes).
	n := len(children)
	m.next = make([]int32, n*m.nclass)
	fail := make([]int32, n)
	queue := make([]int32, 0, n)
	for c := 0; c < m.nclass; c++ {
		if t := children[0][c]; t != 0 {
			m.next[c] = t
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		outs[s] = append(outs[s], outs[fail[s]]...)
		for c := 0; c < m.nclass; c++ {
			t := children[s][c]
			if t == 0 {
				m.next[int(s)*m.nclass+c] = m.next[int(fail[s])*m.nclass+c]
				continue
			}
			fail[t] = m.next[int(fail[s])*m.nclass+c]
			m.next[int(s)*m.nclass+c] = t
			queue = append(queue, t)
		}
	}
	m.outs = outs
	return m
}

// find appends every keyword occurrence in text to hits, in order of their
// end, overlapping occurrences included.
func (m *matcher) find(text string, hits []hit) []hit {
	next, class, nclass := m.next, &m.class, int32(m.nclass)
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = next[s*nclass+int32(class[text[i]])]
		if out := m.outs[s]; len(out) > 0 {
			for _, kw := range out {
				hits = append(hits, hit{kw: kw, end: i + 1, tail: -1})
			}
		}
	}
	return hits
}

// any reports whether text holds at least one keyword.
func (m *matcher) any(text string) bool {
	next, class, nclass := m.next, &m.class, int32(m.nclass)
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = next[s*nclass+int32(class[text[i]])]
		if len(m.outs[s]) > 0 {
			return true
		}
	}
	return false
}
