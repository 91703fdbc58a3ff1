package detect

import "sync"

// A reader that hands the detector a large file in chunks (internal/secrets)
// must not cut a block (block.go) in two: a private key block is one match
// from its BEGIN line to its END line, however long (an armored PGP key
// block with its subkeys runs past 64 KiB). The detector knows which rules
// are blocks and what ends them, so it tells the reader where the first
// block of a chunk starts that the chunk does not end; the reader starts
// its next chunk there.

// blockIndex is the detector's block rules by keyword, built on first use
// (only files larger than a chunk need it).
type blockIndex struct {
	kw      *matcher
	rules   [][]*rule // keyword index → the block rules that list it
	longest int       // bytes of the longest keyword
}

// blocks returns the block index, nil when no rule is a block.
func (d *Detector) blocks() *blockIndex {
	d.blockRules.once.Do(func() {
		var words []string
		var rules [][]*rule
		longest := 0
		for i, k := range d.keywords {
			var rs []*rule
			for _, r := range d.kwRules[i] {
				if r.span().block != nil {
					rs = append(rs, r)
				}
			}
			if rs != nil {
				words, rules = append(words, k), append(rules, rs)
				longest = max(longest, len(k))
			}
		}
		if words != nil {
			d.blockRules.idx = &blockIndex{kw: newMatcher(words), rules: rules, longest: longest}
		}
	})
	return d.blockRules.idx
}

// OpenBlock returns where the first block header that starts in
// text[from:to] and has no terminator after it in text starts, -1 if
// none. A header that is not followed by a block's header form
// ("-----BEGIN CERTIFICATE-----") is not one. The terminator searches are
// remembered per rule (termSearch), so the text is read once per rule
// however many headers it holds: the cost is linear in the text.
func (d *Detector) OpenBlock(text string, from, to int) int {
	at, _ := d.openBlock(text, from, to)
	return at
}

// openBlock is OpenBlock, also returning the bytes the terminator
// searches read (for the scaling test).
func (d *Detector) openBlock(text string, from, to int) (at, searched int) {
	bi := d.blocks()
	if bi == nil || from < 0 || from >= to || to > len(text) {
		return -1, 0
	}
	searches := map[*rule]*termSearch{}
	window := text[from:min(len(text), to+bi.longest-1)]
	for _, h := range bi.kw.find(window, nil) {
		start, end := from+h.end-bi.kw.lengths[h.kw], from+h.end
		if start >= to {
			break
		}
		for _, r := range bi.rules[h.kw] {
			b := r.span().block
			if b.head != nil && !b.head.MatchString(text[end:]) {
				continue
			}
			c := searches[r]
			if c == nil {
				c = &termSearch{from: -1}
				searches[r] = c
			}
			if c.first(b, text, end+b.headMin+b.bodyMin) < 0 {
				return start, searchedBy(searches)
			}
		}
	}
	return -1, searchedBy(searches)
}

func searchedBy(searches map[*rule]*termSearch) int {
	n := 0
	for _, c := range searches {
		n += c.searched
	}
	return n
}

// lazyBlocks is the block index, built once (a pointer in the Detector,
// which tests copy).
type lazyBlocks struct {
	once sync.Once
	idx  *blockIndex
}
