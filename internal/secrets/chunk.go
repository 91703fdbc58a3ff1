package secrets

import (
	"bytes"
	"errors"
	"io"
)

// chunking bounds memory: a file larger than one chunk is handed to the
// detector in pieces, each read once into a buffer of its own. Consecutive
// chunks overlap so that no secret is lost on a boundary:
//
//	chunk k     [.......................own........|....overlap....]
//	chunk k+1                          [..behind...|own.......  ...]
//	                                               ^ boundary (a line start)
//
// Chunk k reports the findings that start before the boundary; it still
// sees overlap bytes past it, so a secret that starts there ends inside
// the chunk. The one secret longer than any overlap is a block (a private
// key from its BEGIN line to its END line: an armored PGP key block with
// subkeys passes 64 KiB): when a block starts in chunk k's own range and
// does not end inside the chunk, the boundary moves back to the line of
// its BEGIN, so that chunk k+1 holds it whole (up to a chunk's length).
// Chunk k+1
// starts behind bytes before the boundary, so the key name a rule wants
// to see before a secret (aws_secret_access_key = ...) and the line above
// (an awsvet:ignore comment) are there, and reports from the boundary on.
type chunking struct {
	size    int // bytes per chunk
	overlap int // bytes past the boundary that chunk k still scans
	behind  int // bytes before the boundary that chunk k+1 scans again
}

// defaultChunking: 4 MiB chunks, so that nearly every file is one chunk
// (one detector call); 64 KiB of overlap, far above any secret's length.
var defaultChunking = chunking{size: 4 << 20, overlap: 64 << 10, behind: 4 << 10}

// sniffLen is how much of a file's start is looked at for a NUL byte, as
// git does to tell binary files from text.
const sniffLen = 8000

var errBinary = errors.New("binary")

// position is where a chunk starts in its file.
type position struct {
	line int // 1-based line of the chunk's first byte
	col  int // bytes of that line before the chunk (0 when it starts a line)
}

// openBlock returns where, in text[from:to], the first block starts that
// text does not end, -1 if none (detect.Detector.OpenBlock).
type openBlock func(text []byte, from, to int) int

// stream reads r chunk by chunk and calls scan on each chunk with the
// range [own, end) of offsets whose findings the chunk reports; open, when
// not nil, keeps blocks whole. It returns errBinary when the first bytes
// hold a NUL.
func (c chunking) stream(r io.Reader, sizeHint int64, open openBlock, scan func(text []byte, own, end int, at position)) error {
	at := position{line: 1}
	var carry []byte
	own := 0
	for first := true; ; first = false {
		capacity := c.size
		if first && sizeHint >= 0 && sizeHint < int64(c.size) {
			capacity = int(sizeHint) + 1 // one read reaches EOF
		}
		buf := make([]byte, capacity)
		n := copy(buf, carry)
		m, err := io.ReadFull(r, buf[n:])
		buf = buf[:n+m]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			return err
		}
		if first && bytes.IndexByte(buf[:min(len(buf), sniffLen)], 0) >= 0 {
			return errBinary
		}
		if eof {
			scan(buf, own, len(buf), at)
			return nil
		}
		if len(buf) < c.size { // the file grew after its size was taken: read on
			carry = buf
			continue
		}
		end, next := c.boundaries(buf, own, open)
		scan(buf, own, end, at)

		skipped := buf[:next]
		if nl := bytes.Count(skipped, []byte{'\n'}); nl > 0 {
			at.line += nl
			at.col = next - (bytes.LastIndexByte(skipped, '\n') + 1)
		} else {
			at.col += next
		}
		own = end - next
		carry = buf[next:]
	}
}

// boundaries picks, in a full chunk, the ownership boundary end (a line
// start when a line ends in the second half of the chunk's own range, or
// the line of a block the chunk does not end) and the start of the next
// chunk, behind bytes before it (a line start when one is near).
//
// Moving back to a block keeps the cost linear: the next chunk either
// ends that block, and then any block it leaves open starts past the
// block's end, so past this chunk's end; or it does not, and then that
// block starts its own range and it does not move back. Two chunks in a
// row advance at least a chunk's length.
func (c chunking) boundaries(buf []byte, own int, open openBlock) (end, next int) {
	end = len(buf) - c.overlap
	if i := bytes.LastIndexByte(buf[:end], '\n'); i >= 0 && i+1 > own+(end-own)/2 {
		end = i + 1
	}
	if open != nil {
		if b := open(buf, own, end); b >= 0 {
			if line := bytes.LastIndexByte(buf[:b], '\n') + 1; line > own && line > c.behind {
				end = line
			}
		}
	}
	next = end - c.behind
	if j := bytes.LastIndexByte(buf[:next], '\n'); j >= 0 && next-(j+1) <= c.behind {
		next = j + 1
	}
	return end, next
}
