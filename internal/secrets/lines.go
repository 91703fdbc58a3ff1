package secrets

import (
	"sort"
	"strings"
)

// lineIndex maps byte offsets of one text to lines. It is built only for
// texts that have findings: most chunks have none, and counting their lines
// is a single bytes.Count.
type lineIndex struct {
	text   string
	starts []int // byte offset where each line begins; starts[0] == 0
}

func newLineIndex(text string) *lineIndex {
	x := &lineIndex{text: text, starts: []int{0}}
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		x.starts = append(x.starts, off)
	}
	return x
}

// line returns the 0-based index of the line holding byte offset off.
func (x *lineIndex) line(off int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
}

// col returns the 0-based byte column of off on line i.
func (x *lineIndex) col(i, off int) int { return off - x.starts[i] }

// lineText returns line i without its line ending ("\n" or "\r\n"), or ""
// when i is out of range.
func (x *lineIndex) lineText(i int) string {
	if i < 0 || i >= len(x.starts) {
		return ""
	}
	end := len(x.text)
	if i+1 < len(x.starts) {
		end = x.starts[i+1] - 1
	}
	return strings.TrimSuffix(x.text[x.starts[i]:end], "\r")
}

// lineRange is an inclusive range of 1-based lines.
type lineRange struct{ from, to int }

// touches reports whether any range intersects lines [from, to]. ranges are
// sorted and disjoint.
func touches(ranges []lineRange, from, to int) bool {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i].to >= from })
	return i < len(ranges) && ranges[i].from <= to
}
