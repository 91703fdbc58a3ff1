package secrets

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"github.com/awsvet/awsvet/internal/progress"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/escape"
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/safeio"
	"github.com/awsvet/awsvet/internal/scope"
)

// Detector is what the scanner needs of internal/detect's Detector.
type Detector interface {
	ScanFragment(detect.Fragment) []detect.Finding
	// OpenBlock: where the first block (a private key) starts in
	// text[from:to] that text does not end, -1 if none (chunk.go).
	OpenBlock(text string, from, to int) int
}

// item is one text to scan: a file on disk, a blob from the git index or
// history, or the hunks of one file in one commit.
type item struct {
	path  string // as reported: repository-relative, forward slashes
	file  string // the file to read, or "" when data holds the text
	lstat bool   // skip file quietly unless it is a regular file, not a symlink
	data  []byte

	// lines maps the text's lines to the file's when the text is not the
	// whole file (history hunks): text line i+1 is file line lines[i].
	lines []int
	// added, when not nil, keeps only the findings on these file lines
	// (--since, --history).
	added []lineRange

	commit, date string
	seq          int // order of the commit in history mode, oldest first

	kind scope.Kind // what the file is, by its path (set by scanItem)
	// usedChecked: kind has been refined by the file's use (testref.go),
	// once, at its first finding.
	usedChecked bool
}

// hit is a finding of the scan, with what dedup and SARIF need.
type hit struct {
	output.Finding
	ruleID string // the detector's rule id, without "secrets/"
	high   bool
	seq    int
}

// scanner scans items in parallel with one detector.
type scanner struct {
	det     Detector
	chunks  chunking
	maxSize int64 // bytes; 0 means no limit
	ignore  gitleaksIgnore
	grade   grade     // of findings in test fixtures and documentation
	refs    *testRefs // grades files only tests name as fixtures; nil: by path alone
	workers int
	log     *logger
	scanned atomic.Int64 // bytes, for the benchmark
}

// run scans the items produce sends, with GOMAXPROCS workers, and returns
// the hits in no particular order. produce's error is returned after the
// workers finish.
func (s *scanner) run(produce func(chan<- item) error) ([]hit, error) {
	workers := s.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	items := make(chan item, workers)
	results := make([][]hit, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var n int64
			for it := range items {
				hs, size := s.scanItem(&it)
				results[w] = append(results[w], hs...)
				n += size
				s.log.line.Add(1)
			}
			s.scanned.Add(n)
		}()
	}
	err := produce(items)
	close(items)
	wg.Wait()
	var all []hit
	for _, r := range results {
		all = append(all, r...)
	}
	return all, err
}

// scanItem scans one item; problems (unreadable, too large) are logged and
// the item skipped. It returns the hits and the bytes scanned.
func (s *scanner) scanItem(it *item) ([]hit, int64) {
	it.kind = scope.Path(it.path)
	var r io.Reader
	size := int64(len(it.data))
	if it.file != "" {
		if it.lstat {
			if st, err := os.Lstat(it.file); err != nil || !st.Mode().IsRegular() {
				return nil, 0 // a symlink, a submodule, or deleted since git listed it
			}
		}
		// safeio: a file swapped for a FIFO or device since it was listed
		// is refused, not waited on.
		f, st, err := safeio.Open(it.file)
		if err != nil {
			s.log.skip(it.path, errText(err))
			return nil, 0
		}
		defer f.Close()
		switch {
		case s.tooLarge(st.Size()):
			s.log.skip(it.path, fmt.Sprintf("larger than the -max-size limit (%d MB)", s.maxSize>>20))
			return nil, 0
		}
		r, size = f, st.Size()
	} else {
		if s.tooLarge(size) {
			s.log.skip(it.path, fmt.Sprintf("larger than the -max-size limit (%d MB)", s.maxSize>>20))
			return nil, 0
		}
		r = bytes.NewReader(it.data)
	}
	var hits []hit
	var n int64
	open := func(buf []byte, from, to int) int {
		return s.det.OpenBlock(unsafe.String(unsafe.SliceData(buf), len(buf)), from, to)
	}
	err := s.chunks.stream(r, size, open, func(text []byte, own, end int, at position) {
		n += int64(end - own)
		hits = s.scanChunk(it, text, own, end, at, hits)
	})
	switch {
	case errors.Is(err, errBinary):
		return nil, 0
	case err != nil:
		s.log.skip(it.path, errText(err))
		return nil, n
	}
	return oncePerFile(hits), n
}

// oncePerFile keeps one hit per secret (rule and value) of a file, the
// first, and says on which other lines the value repeats. A value pasted
// three times into one document is one secret to remove and rotate, and
// three findings for it are noise (the KMS API examples repeat one sample
// key on three operations). gitleaks reports each copy.
func oncePerFile(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	first := map[string]int{} // rule and value -> index in out
	var more [][]int          // per kept hit, the other lines
	out := hits[:0]
	for _, h := range hits {
		k := h.ruleID + "\x00" + h.Match
		if i, ok := first[k]; ok {
			more[i] = append(more[i], h.Line)
			continue
		}
		first[k] = len(out)
		out = append(out, h)
		more = append(more, nil)
	}
	for i, lines := range more {
		if len(lines) > 0 {
			out[i].Message += "; the same value is also on " + lineList(lines)
		}
	}
	return out
}

// lineList: "line 7", "lines 7 and 9", "lines 7, 9 and 12"; past
// maxListedLines, "lines 7, 9, 12 and 40 more", so that a value pasted
// all over a file still makes a one-line message.
func lineList(lines []int) string {
	s := make([]string, 0, maxListedLines+1)
	for _, l := range lines[:min(len(lines), maxListedLines)] {
		s = append(s, strconv.Itoa(l))
	}
	if len(lines) > maxListedLines {
		s = append(s, strconv.Itoa(len(lines)-maxListedLines)+" more")
	}
	if len(s) == 1 {
		return "line " + s[0]
	}
	return "lines " + strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

const maxListedLines = 3

// gradeByUse makes a walked file that its path calls code a test fixture
// when only the tests of its Go package name it (testref.go). Asked at a
// file's first finding: files without findings cost nothing.
func (s *scanner) gradeByUse(it *item) {
	if it.usedChecked {
		return
	}
	it.usedChecked = true
	if s.refs != nil && it.kind == scope.Code && it.file != "" && s.refs.onlyTests(it.file) {
		it.kind = scope.Test
	}
}

func (s *scanner) tooLarge(n int64) bool { return s.maxSize > 0 && n > s.maxSize }

// scanChunk runs the detector on one chunk and keeps the findings that
// start in [own, end), are not suppressed inline or by .gitleaksignore,
// and, when the item says so, touch an added line.
func (s *scanner) scanChunk(it *item, buf []byte, own, end int, at position, hits []hit) []hit {
	if len(buf) == 0 {
		return hits
	}
	// The detector gets the chunk as a string without a copy: buf is never
	// written again (the next chunk copies what it keeps).
	text := unsafe.String(unsafe.SliceData(buf), len(buf))
	found := s.det.ScanFragment(detect.Fragment{Path: it.path, Commit: it.commit, Text: text})
	if len(found) == 0 {
		return hits
	}
	var x *lineIndex
	for _, f := range found {
		if f.Start < own || f.Start >= end || f.End < f.Start || f.End > len(text) {
			continue
		}
		if x == nil {
			x = newLineIndex(text)
		}
		first, last := x.line(f.Start), x.line(max(f.End-1, f.Start))
		rule := RulePrefix + f.RuleID
		if allowed, bad := inlineAllowed(x, first, last, rule); allowed {
			continue
		} else if bad != nil {
			s.log.printf("%s:%d: awsvet:ignore comment %v", escape.Control(it.path), s.fileLine(it, at, first), bad)
		}
		s.gradeByUse(it)
		level, place, report := s.grade.level(it.kind, severity(f.HighConfidence))
		if !report {
			continue
		}
		endLine := x.line(f.End)
		h := hit{
			Finding: output.Finding{
				Rule:     rule,
				Severity: level,
				Path:     it.path,
				Line:     s.fileLine(it, at, first),
				Col:      column(x, at, first, f.Start),
				EndLine:  s.fileLine(it, at, endLine),
				EndCol:   column(x, at, endLine, f.End),
				Message:  message(f, place),
				URL:      DocURL,
				Match:    strings.Clone(f.Secret),
				Around:   output.Around(text, f.Start, f.End),
				Commit:   it.commit,
				Date:     it.date,
			},
			ruleID: f.RuleID,
			high:   f.HighConfidence,
			seq:    it.seq,
		}
		if it.added != nil && !touches(it.added, h.Line, s.fileLine(it, at, last)) {
			continue
		}
		matchLine := h.Line // gitleaks fingerprints the line where the whole match starts
		if k := strings.Index(f.Match, f.Secret); k > 0 && f.Start-k >= 0 {
			matchLine = s.fileLine(it, at, x.line(f.Start-k))
		}
		if s.ignore.ignored(h.Finding, f.RuleID, matchLine) {
			continue
		}
		hits = append(hits, h)
	}
	return hits
}

// fileLine turns the 0-based line i of a chunk into the file's 1-based line.
func (s *scanner) fileLine(it *item, at position, i int) int {
	n := at.line + i
	if it.lines != nil && n >= 1 && n <= len(it.lines) {
		return it.lines[n-1]
	}
	return n
}

// column is the 1-based byte column of off, on line i of the chunk.
func column(x *lineIndex, at position, i, off int) int {
	c := x.col(i, off) + 1
	if i == 0 {
		c += at.col
	}
	return c
}

// errText is an error without the file name (*PathError's, with its
// "open " prefix, or safeio's): the caller names the file as reported.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var se *safeio.Error
	if errors.As(err, &se) {
		return se.Err.Error()
	}
	return err.Error()
}

// logger writes the scanner's notes (skipped files, malformed
// suppressions) to stderr, one line each, never a secret.
type logger struct {
	mu   sync.Mutex
	w    io.Writer
	line *progress.Line // the progress line on the same stderr, or nil
}

func (l *logger) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.line.Print(func() { fmt.Fprintf(l.w, "awsvet secrets: "+format+"\n", args...) })
}

func (l *logger) skip(path, why string) { l.printf("skipped %s: %s", escape.Control(path), why) }
