package secrets

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// fillerLines is about n bytes of ordinary lines.
func fillerLines(n int) string {
	const line = "# nothing to see here, just a long dump of notes\n"
	return strings.Repeat(line, max(n/len(line), 1))
}

// TestBlockAcrossTheDefaultChunkBoundary: a 100 kB armored PGP private key
// block that starts 30 kB before the boundary where a large file's first
// 4 MiB chunk stops reporting ends past that chunk (64 KiB of overlap):
// it is found once, whole, at its line.
func TestBlockAcrossTheDefaultChunkBoundary(t *testing.T) {
	k := newKeygen(31)
	dir := t.TempDir()
	before := fillerLines(defaultChunking.size - defaultChunking.overlap - 30_000)
	pgp := armoredBlock(k, "PGP PRIVATE KEY BLOCK", 100_000)
	writeFile(t, dir, "backup/keys.txt", before+pgp+fillerLines(200_000))
	code, stdout, stderr := runMain(t, dir, "backup")
	noSecrets(t, "output", stdout+stderr, pgp[60:120])
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 1 || len(lines) != 1 {
		t.Fatalf("exit %d, %d findings, want 1 and 1:\n%s%s", code, len(lines), stdout, stderr)
	}
	want := fmt.Sprintf("backup/keys.txt:%d:1: private key --…(%d chars)", strings.Count(before, "\n")+1, len(pgp)-1)
	if !strings.HasPrefix(lines[0], want) {
		t.Errorf("finding %s\nwant it to start %s", lines[0], want)
	}
}

// blockCase is a block put across a chunk boundary, and whether it is a
// finding.
type blockCase struct {
	name  string
	block func(k *keygen) string
	found bool
	count int // blocks in the file; 0 for 6
}

var blockCases = []blockCase{
	// An RSA-8192 private key: 6.3 kB of base64, longer than the test
	// chunking's overlap, as a 64 kB PGP key block is longer than the
	// default one.
	{"rsa-8192", func(k *keygen) string { return armoredBlock(k, "RSA PRIVATE KEY", 6300) }, true, 0},
	{"pkcs8", func(k *keygen) string { return armoredBlock(k, "PRIVATE KEY", 5000) }, true, 0},
	{"pgp", func(k *keygen) string { return armoredBlock(k, "PGP PRIVATE KEY BLOCK", 12_000) }, true, 0},
	{"certificate", func(k *keygen) string { return armoredBlock(k, "CERTIFICATE", 6300) }, false, 0},
	{"public key", func(k *keygen) string { return armoredBlock(k, "PUBLIC KEY", 6300) }, false, 0},
	// A key cut short, the last in its file (a block without its END line
	// ends at the next block's "KEY-----", as in gitleaks).
	{"no END line", func(k *keygen) string {
		b := armoredBlock(k, "RSA PRIVATE KEY", 6300)
		return b[:strings.Index(b, "-----END")]
	}, false, 1},
	{"filler body", func(*keygen) string {
		return "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat(strings.Repeat("x", 64)+"\n", 100) + "-----END RSA PRIVATE KEY-----\n"
	}, false, 0},
}

// TestBlocksAcrossSmallChunkBoundaries puts each case at several offsets
// around the boundaries of a small chunking (8 kB of overlap, 64 kB
// chunks) and checks the findings against the expectation and against a
// scan of the whole text in one chunk.
func TestBlocksAcrossSmallChunkBoundaries(t *testing.T) {
	small := chunking{size: 64 << 10, overlap: 2 << 10, behind: 512}
	for _, bc := range blockCases {
		t.Run(bc.name, func(t *testing.T) {
			k := newKeygen(41)
			var b strings.Builder
			var blocks []string
			count := cmp.Or(bc.count, 6)
			for i := range count {
				// Boundaries fall near each multiple of the chunk's own
				// length; the blocks start 1 to 6 kB before one.
				target := (i+1)*(small.size-small.overlap) - (i+1)*1000
				b.WriteString(fillerLines(target - b.Len()))
				blk := bc.block(k)
				blocks = append(blocks, blk)
				b.WriteString(blk)
			}
			b.WriteString(fillerLines(small.size))
			text := []byte(b.String())

			whole, _ := testScanner(t)
			chunked, _ := testScanner(t)
			chunked.chunks = small
			wantHits, _ := whole.scanItem(&item{path: "notes.txt", data: text})
			got, _ := chunked.scanItem(&item{path: "notes.txt", data: text})
			want := 0
			if bc.found {
				want = len(blocks)
			}
			if len(wantHits) != want {
				t.Fatalf("whole text: %d findings, want %d (the fixture is wrong)", len(wantHits), want)
			}
			if len(got) != want {
				t.Errorf("chunked: %d findings, want %d", len(got), want)
			}
			for i, h := range got {
				if i < len(wantHits) && (h.Line != wantHits[i].Line || len(h.Match) != len(wantHits[i].Match)) {
					t.Errorf("chunked: finding at line %d (%d chars), whole text: line %d (%d chars)", h.Line, len(h.Match), wantHits[i].Line, len(wantHits[i].Match))
				}
			}
		})
	}
}

// countingDetector counts the bytes handed to the detector.
type countingDetector struct {
	Detector
	scanned int
}

func (c *countingDetector) ScanFragment(f detect.Fragment) []detect.Finding {
	c.scanned += len(f.Text)
	return c.Detector.ScanFragment(f)
}

// TestBlocksKeepChunkingLinear: moving a chunk's boundary back to a block
// it does not end scans some text twice, never more: on blocks of every
// length up to 3 overlaps put anywhere, and on a BEGIN line that nothing
// ends, the detector reads less than twice the file (once without blocks).
func TestBlocksKeepChunkingLinear(t *testing.T) {
	small := chunking{size: 64 << 10, overlap: 2 << 10, behind: 512}
	k := newKeygen(51)
	var many strings.Builder
	for many.Len() < 2<<20 {
		many.WriteString(fillerLines(k.r.IntN(8000)))
		many.WriteString(armoredBlock(k, "PGP PRIVATE KEY BLOCK", 500+k.r.IntN(3*small.overlap)))
	}
	never := fillerLines(1000) + "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat(k.pick(base64chars, 64)+"\n", 2<<20/65)
	for name, text := range map[string]string{"many blocks": many.String(), "no END": never} {
		c := &countingDetector{Detector: detecttest.Default(t)}
		s := &scanner{det: c, chunks: small, log: &logger{w: io.Discard}}
		s.scanItem(&item{path: "dump.txt", data: []byte(text)})
		if ratio := float64(c.scanned) / float64(len(text)); ratio > 2 {
			t.Errorf("%s: the detector read %.2f times the file, want under 2", name, ratio)
		}
	}
}
