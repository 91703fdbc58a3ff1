package secrets

import (
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// BenchmarkScanTree scans a tree of mixed text, Go's own source for a few
// standard packages (Go, assembly, JSON, text and binary test data), with
// every rule and -include-go, and reports MB/s. bench/secrets-vs-gitleaks.sh
// measures the command against gitleaks on a larger corpus.
func BenchmarkScanTree(b *testing.B) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skip("no go command")
	}
	src := filepath.Join(strings.TrimSpace(string(out)), "src")
	var dirs []string
	for _, d := range []string{"crypto", "net", "encoding", "text", "go", "image", "archive"} {
		dirs = append(dirs, filepath.Join(src, d))
	}
	det := detecttest.Default(b)
	scan := func() (int64, int) {
		s := &scanner{det: det, chunks: defaultChunking, log: &logger{w: io.Discard}}
		w := &walker{root: src, includeGo: true, log: s.log}
		hits, err := s.run(w.produce(dirs))
		if err != nil {
			b.Fatal(err)
		}
		return s.scanned.Load(), len(hits)
	}
	size, _ := scan()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		scan()
	}
}

// BenchmarkOneFile is the pre-commit case in process: one small file, the
// whole command (flags, repository root, .gitleaksignore, walk, scan,
// text output). The process start and the detector's one-time build are
// measured by the bench script.
func BenchmarkOneFile(b *testing.B) {
	k := newKeygen(30)
	dir := b.TempDir()
	var text strings.Builder
	for i := range 60 {
		text.WriteString("SETTING_" + strings.Repeat("X", i%7) + "=value\n")
	}
	text.WriteString("AWS_ACCESS_KEY_ID=" + k.keyID() + "\n")
	writeFile(b, dir, "app.env", text.String())
	b.Chdir(dir)
	detecttest.Default(b)
	for b.Loop() {
		if code := Main([]string{"app.env"}, io.Discard, io.Discard); code != 1 {
			b.Fatalf("exit %d", code)
		}
	}
}
