package placeholder

import "strings"

// shortMarkers say a value is made up, but are short enough to turn up
// in a random key now and then (TEST in a base32 key ID about once in
// 60,000 keys): they count only towards dominated's share.
var shortMarkers = []string{"test", "fake", "mock", "demo", "noop"}

// fillerWords name what a made-up value stands for ("fake-secret-key",
// FAKEACCESSKEY): on their own they prove nothing, so they too only count
// towards the share, and only when something else marks the value.
// Two-letter words are too common in random text to count alone: "my"
// and "id" count only as part of mykey and keyid (DynamoDB Local's
// documented fakeMyKeyId).
var fillerWords = []string{"access", "secret", "token", "password", "key", "api", "aws", "value", "mykey", "keyid"}

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

// sequences are the orders a person types characters in: the alphabet,
// the digits (0 after 9 too), and the rows of a QWERTY keyboard; each is
// also typed backwards.
var sequences = func() []string {
	fwd := []string{"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"}
	out := fwd
	for _, s := range fwd {
		b := []byte(s)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		out = append(out, string(b))
	}
	return out
}()

// coverRuns marks runs of at least minRun characters typed in one of the
// sequences (abcd, 6789, qwerty, dcba); it reports whether it marked any.
// Each start is extended along each sequence at most the sequence's
// length, so the cost is linear in l.
func coverRuns(l string, covered []bool) bool {
	any := false
	for i := 0; i < len(l); {
		longest := 1
		for _, s := range sequences {
			k := strings.IndexByte(s, l[i])
			if k < 0 {
				continue
			}
			n := 1
			for i+n < len(l) && k+n < len(s) && l[i+n] == s[k+n] {
				n++
			}
			longest = max(longest, n)
		}
		if longest >= minRun {
			for k := i; k < i+longest; k++ {
				covered[k] = true
			}
			any = true
			i += longest
			continue
		}
		i++
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
