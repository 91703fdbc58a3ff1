package secrets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/awsvet/awsvet/internal/detect"
)

// markerDetector finds "MARK" and six digits: a detector whose every
// finding is known in advance, to test the chunking alone.
type markerDetector struct{}

var markerRE = regexp.MustCompile(`MARK[0-9]{6}`)

func (markerDetector) ScanFragment(f detect.Fragment) []detect.Finding {
	text := f.Text
	var out []detect.Finding
	for _, m := range markerRE.FindAllStringIndex(text, -1) {
		s := text[m[0]:m[1]]
		out = append(out, detect.Finding{RuleID: "marker", Start: m[0], End: m[1], Secret: s, Match: s, HighConfidence: true})
	}
	return out
}

func (markerDetector) OpenBlock(string, int, int) int { return -1 }

// markerText builds a text of lines of every kind (tabs, CRLF, multi-byte
// UTF-8, empty lines, lines longer than a chunk) with n markers, and
// returns where each marker is (1-based line and byte column, found by
// counting, independently of the scanner).
func markerText(n int, seed uint64) (string, map[string][2]int) {
	k := newKeygen(seed)
	var b strings.Builder
	for i := range n {
		switch k.r.IntN(6) {
		case 0:
			b.WriteString("\t\tkey:\t")
		case 1:
			b.WriteString("日本語のテキスト — ")
		case 2:
			b.WriteString("\r\n\r\n")
		case 3:
			b.WriteString(strings.Repeat("x", 3000)) // longer than a test chunk: boundaries inside a line
		case 4:
			b.WriteString("\n")
		}
		b.WriteString(k.pick("abcdefgh ", k.r.IntN(120)))
		fmt.Fprintf(&b, "MARK%06d", i)
		b.WriteString(k.pick("ijklmnop ", k.r.IntN(80)))
		if k.r.IntN(3) > 0 {
			b.WriteString("\r\n")
		} else {
			b.WriteString("\n")
		}
	}
	text := b.String()
	want := map[string][2]int{}
	for _, m := range markerRE.FindAllStringIndex(text, -1) {
		line := 1 + strings.Count(text[:m[0]], "\n")
		col := m[0] - (strings.LastIndexByte(text[:m[0]], '\n') + 1) + 1
		want[text[m[0]:m[1]]] = [2]int{line, col}
	}
	return text, want
}

func TestChunkingFindsEverySecretOnceAtItsPosition(t *testing.T) {
	text, want := markerText(2000, 1)
	for _, c := range []chunking{
		{size: 1024, overlap: 128, behind: 32},
		{size: 4096, overlap: 256, behind: 64},
		{size: 700, overlap: 100, behind: 50},
		defaultChunking, // one chunk
	} {
		t.Run(fmt.Sprintf("%d/%d/%d", c.size, c.overlap, c.behind), func(t *testing.T) {
			if err := validChunking(c); err != nil {
				t.Fatal(err)
			}
			s := &scanner{det: markerDetector{}, chunks: c, log: &logger{w: io.Discard}}
			hits, n := s.scanItem(&item{path: "t.txt", data: []byte(text)})
			if n != int64(len(text)) {
				t.Errorf("scanned %d bytes, want %d", n, len(text))
			}
			got := map[string]int{}
			for _, h := range hits {
				got[h.Match]++
				w, ok := want[h.Match]
				if !ok {
					t.Errorf("unexpected finding %s", h.Match)
					continue
				}
				if h.Line != w[0] || h.Col != w[1] {
					t.Errorf("%s at %d:%d, want %d:%d", h.Match, h.Line, h.Col, w[0], w[1])
				}
				if h.EndLine != h.Line || h.EndCol != h.Col+len(h.Match) {
					t.Errorf("%s ends at %d:%d, want %d:%d", h.Match, h.EndLine, h.EndCol, h.Line, h.Col+len(h.Match))
				}
			}
			for m := range want {
				if got[m] != 1 {
					t.Errorf("%s found %d times, want once", m, got[m])
				}
			}
		})
	}
}

// TestChunkingKeepsRealFindings puts AWS keys around the chunk boundaries
// of a small chunking and checks that the real detector finds the same
// keys at the same places as on the whole text.
func TestChunkingKeepsRealFindings(t *testing.T) {
	k := newKeygen(2)
	var b strings.Builder
	for i := range 300 {
		b.WriteString(k.pick("abcdefghijklmnopqrstuvwxyz     \t", 40+k.r.IntN(400)))
		b.WriteString("\n")
		if i%7 == 0 {
			fmt.Fprintf(&b, "aws_access_key_id = %s\naws_secret_access_key = %s\n", k.keyID(), k.secret())
		}
	}
	text := []byte(b.String())
	key := func(h hit) string {
		return fmt.Sprintf("%d:%d-%d:%d %s %x", h.Line, h.Col, h.EndLine, h.EndCol, h.Rule, h.Match)
	}

	whole, _ := testScanner(t)
	wantHits, _ := whole.scanItem(&item{path: "credentials", data: text})
	if len(wantHits) < 80 {
		t.Fatalf("only %d findings on the whole text; the fixture is wrong", len(wantHits))
	}
	want := map[string]bool{}
	for _, h := range wantHits {
		want[key(h)] = true
	}
	chunked, _ := testScanner(t)
	chunked.chunks = chunking{size: 2048, overlap: 256, behind: 64}
	got, _ := chunked.scanItem(&item{path: "credentials", data: text})
	if len(got) != len(wantHits) {
		t.Errorf("chunked scan: %d findings, whole scan: %d", len(got), len(wantHits))
	}
	for _, h := range got {
		if !want[key(h)] {
			t.Errorf("chunked scan: finding %s:%d:%d %s not in the whole scan", h.Path, h.Line, h.Col, h.Rule)
		}
	}
}

func TestBinaryFilesAreSkipped(t *testing.T) {
	k := newKeygen(3)
	line := "aws_access_key_id = " + k.keyID() + "\n"
	s, _ := testScanner(t)
	if hits, _ := s.scanItem(&item{path: "a.bin", data: []byte("\x00\x01" + line)}); len(hits) != 0 {
		t.Errorf("a NUL in the first bytes: %d findings, want the file skipped", len(hits))
	}
	late := strings.Repeat("text\n", sniffLen/5+10) + "\x00" + line
	hits, _ := s.scanItem(&item{path: "a.txt", data: []byte(late)})
	if n := countRule(hits, "secrets/aws-access-token"); n != 1 {
		t.Errorf("a NUL after the first %d bytes: %d access key findings, want 1", sniffLen, n)
	}
}

func countRule(hits []hit, rule string) int {
	n := 0
	for _, h := range hits {
		if h.Rule == rule {
			n++
		}
	}
	return n
}

func TestReadErrorsSkipTheFile(t *testing.T) {
	c := chunking{size: 1024, overlap: 128, behind: 32}
	r := io.MultiReader(bytes.NewReader(bytes.Repeat([]byte("line\n"), 500)), iotest.ErrReader(errors.New("input/output error")))
	err := c.stream(r, -1, nil, func([]byte, int, int, position) {})
	if err == nil || !strings.Contains(err.Error(), "input/output error") {
		t.Fatalf("stream: %v, want the read error", err)
	}

	s, log := testScanner(t)
	dir := t.TempDir()
	if hits, _ := s.scanItem(&item{path: "missing.env", file: dir + "/missing.env"}); hits != nil {
		t.Error("a missing file has findings")
	}
	if !strings.Contains(log.String(), "skipped missing.env: no such file or directory") {
		t.Errorf("log = %q, want the skipped file named", log.String())
	}
	log.Reset()
	// A directory (or FIFO) where a regular file was listed: swapped in
	// since, skipped with a note rather than read.
	if hits, _ := s.scanItem(&item{path: "adir", file: dir}); hits != nil || log.String() != "awsvet secrets: skipped adir: not a regular file (a directory)\n" {
		t.Errorf("a directory: %d findings, log %q; want it skipped with a note", len(hits), log.String())
	}
}

// TestOncePerFile: a value repeated in one file is reported once, at its
// first line, naming the others; another value and another file still get
// their own findings.
func TestOncePerFile(t *testing.T) {
	k := newKeygen(11)
	id, other := k.keyID(), k.keyID()
	s, _ := testScanner(t)
	text := "a: " + id + "\nb: " + other + "\nc: " + id + "\nd: " + id + "\n"
	hits, _ := s.scanItem(&item{path: "notes.txt", data: []byte(text)})
	if len(hits) != 2 {
		t.Fatalf("%d findings, want 2 (one per value)", len(hits))
	}
	if hits[0].Line != 1 || !strings.HasSuffix(hits[0].Message, "; the same value is also on lines 3 and 4") {
		t.Errorf("first finding at line %d, message %q; want line 1 naming lines 3 and 4", hits[0].Line, hits[0].Message)
	}
	if hits[1].Line != 2 || strings.Contains(hits[1].Message, "also on") {
		t.Errorf("second finding at line %d, message %q; want line 2 alone", hits[1].Line, hits[1].Message)
	}
	again, _ := s.scanItem(&item{path: "other.txt", data: []byte(text)})
	if len(again) != 2 {
		t.Errorf("another file: %d findings, want its own 2", len(again))
	}
}

// validChunking checks what stream assumes of a chunking: some overlap and
// some bytes behind, and chunks large enough that a chunk's own part is
// not eaten by them.
func validChunking(c chunking) error {
	if c.overlap < 1 || c.behind < 1 || c.size <= 2*(c.overlap+2*c.behind) {
		return fmt.Errorf("bad chunking %+v", c)
	}
	return nil
}
