package placeholder

import "strings"

// shortMarkers say a value is made up, but are short enough to turn up
// in a random key now and then (TEST in a base32 key ID about once in
// 60,000 keys): they count only towards dominated's share.
// foobar, the metasyntactic name, is one too: postgres-operator's sample
// role password "foobar_new" is made of it, a random password after
// "foobar:" is not.
var shortMarkers = []string{"test", "fake", "mock", "demo", "noop", "foobar"}

// fillerWords name what a made-up value stands for ("fake-secret-key",
// FAKEACCESSKEY): on their own they prove nothing, so they too only count
// towards the share, and only when something else marks the value.
// Two-letter words are too common in random text to count alone: "my"
// and "id" count only as part of mykey and keyid (DynamoDB Local's
// documented fakeMyKeyId).
var fillerWords = []string{"access", "secret", "session", "token", "password", "key", "api", "aws", "value", "mykey", "keyid", "new"}

// dominatedTenths is the part, in tenths, of a value's letters and digits
// that markers, runs, repeats and fillers must cover for it to be a
// placeholder. Over a random 16-character key ID body that takes twelve
// characters of structure; TestRandomValuesAreNotPlaceholders measures
// how rarely a random value has them.
const dominatedTenths = 7

// minRun is the shortest run or repeat that counts: ABCD, 1234, QWER,
// XXXX, 0000.
const minRun = 4

// dominated reports whether markers, fillers, runs and repeats cover most
// of l (lower case): AKIA + TESTTESTTESTTEST, fake-access-key-1234,
// AKIA + ABCDEFGHIJKLMNOP, QWERTYUIOP12345678. At least one short
// marker, run or repeat must be among them.
func dominated(l string) bool {
	alnum := 0
	for i := 0; i < len(l); i++ {
		if isAlnum(l[i]) {
			alnum++
		}
	}
	if alnum == 0 {
		return false
	}
	covered := make([]bool, len(l))
	marked := coverWords(l, shortMarkers, covered)
	marked = coverRuns(l, covered) || marked
	marked = coverRepeats(l, covered) || marked
	if !marked {
		return false
	}
	coverWords(l, fillerWords, covered)
	n := 0
	for i, c := range covered {
		if c && isAlnum(l[i]) {
			n++
		}
	}
	return n*10 >= dominatedTenths*alnum
}

// coverWords marks every occurrence of each word in l; it reports whether
// it marked any.
func coverWords(l string, words []string, covered []bool) bool {
	any := false
	for _, w := range words {
		for at := 0; ; {
			i := strings.Index(l[at:], w)
			if i < 0 {
				break
			}
			for j := at + i; j < at+i+len(w); j++ {
				covered[j] = true
			}
			any = true
			at += i + len(w)
		}
	}
	return any
}

// sequence is an order a person types characters in, as a table: a
// character's place in it, plus one (0: not in it).
type sequence struct {
	place  [256]int8
	last   int8
	cyclic bool // the digits: 0 comes after 9 (7890)
}

func (s *sequence) steps(a, b byte) bool {
	pa, pb := s.place[a], s.place[b]
	return pa != 0 && pb != 0 && (pb == pa+1 || s.cyclic && pa == s.last && pb == 1)
}

// sequences: the alphabet, the digits, and the rows of a QWERTY keyboard,
// each also typed backwards.
var sequences = func() []*sequence {
	var out []*sequence
	for _, s := range []string{"abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		fwd := &sequence{last: int8(len(s)), cyclic: s[0] == '0'}
		back := &sequence{last: int8(len(s)), cyclic: s[0] == '0'}
		for i := 0; i < len(s); i++ {
			fwd.place[s[i]] = int8(i + 1)
			back.place[s[len(s)-1-i]] = int8(i + 1)
		}
		out = append(out, fwd, back)
	}
	return out
}()

// coverRuns marks runs of at least minRun characters typed in one of the
// sequences (abcd, 6789, qwerty, dcba, 7890); it reports whether it marked
// any. One pass over l per sequence.
func coverRuns(l string, covered []bool) bool {
	any := false
	for _, seq := range sequences {
		start := 0
		for j := 1; j <= len(l); j++ {
			if j < len(l) && seq.steps(l[j-1], l[j]) {
				continue
			}
			if j-start >= minRun {
				for k := start; k < j; k++ {
					covered[k] = true
				}
				any = true
			}
			start = j
		}
	}
	return any
}

// coverRepeats marks a character repeated minRun times or more (xxxx,
// 0000) and a unit of two to four characters repeated three times or
// more (ababab, 123123123); it reports whether it marked any.
func coverRepeats(l string, covered []bool) bool {
	any := false
	for p := 1; p <= 4; p++ {
		need := max(minRun, 3*p) // the whole stretch, first unit included
		for i := p; i < len(l); {
			if l[i] != l[i-p] {
				i++
				continue
			}
			j := i
			for j < len(l) && l[j] == l[j-p] {
				j++
			}
			if start := i - p; j-start >= need {
				for k := start; k < j; k++ {
					covered[k] = true
				}
				any = true
			}
			i = j
		}
	}
	return any
}
