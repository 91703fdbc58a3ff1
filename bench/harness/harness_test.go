package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/modfile"
)

func TestParseCorpus(t *testing.T) {
	mods, err := ParseCorpus(strings.NewReader("# comment\n\ns3 github.com/aws/aws-sdk-go-v2/service/s3@v1.114.8\nx example.com/m@v0.1.0 ./a/... ./b # why\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 2 || mods[0].Patterns[0] != "./..." || mods[1].Version != "v0.1.0" || strings.Join(mods[1].Patterns, " ") != "./a/... ./b" {
		t.Fatalf("ParseCorpus = %+v", mods)
	}
	for _, bad := range []string{"lonely\n", "x example.com/m\n", "x example.com/m@latest\n", "x a.com/m@v1.0.0\nx b.com/m@v1.0.0\n"} {
		if _, err := ParseCorpus(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseCorpus(%q): no error", bad)
		}
	}
}

// TestCheckedInCorpus holds the corpus to issue 8's requirements: pinned
// versions, at least 6 SDK users besides the SDK's own S3 client.
func TestCheckedInCorpus(t *testing.T) {
	f, err := os.Open("../corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	mods, err := ParseCorpus(f)
	if err != nil {
		t.Fatal(err)
	}
	var s3, others int
	for _, m := range mods {
		if m.Path == "github.com/aws/aws-sdk-go-v2/service/s3" {
			s3++
		} else {
			others++
		}
	}
	if s3 != 1 || others < 6 {
		t.Fatalf("corpus has %d S3 entries and %d others; want the S3 client and at least 6 modules", s3, others)
	}
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []int64
		want int64
	}{{nil, 0}, {[]int64{5}, 5}, {[]int64{9, 1, 5}, 5}, {[]int64{4, 1, 3, 2}, 2}} {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %d, want %d", tt.in, got, tt.want)
		}
	}
	r := Result{Samples: map[string][]Sample{"a": {
		{Wall: 3 * time.Second, MaxRSS: 30, Success: true},
		{Wall: time.Second, MaxRSS: 10, Success: true},
		{Wall: time.Hour, MaxRSS: 1 << 30, Success: false}, // failed runs do not count
		{Wall: 2 * time.Second, MaxRSS: 20, Success: true},
	}}}
	if w, rss, n := r.Median("a"); w != 2*time.Second || rss != 20 || n != 3 {
		t.Fatalf("Median = %v %d %d", w, rss, n)
	}
}

func TestRatio(t *testing.T) {
	for _, tt := range []struct {
		a, b, target float64
		want         string
	}{{1.1, 1, 1.15, "1.10x"}, {1.2, 1, 1.15, "1.20x (over)"}, {1, 0, 1, "n/a"}, {2, 1, 0, "2.00x"}} {
		if got := ratio(tt.a, tt.b, tt.target); got != tt.want {
			t.Errorf("ratio(%v, %v, %v) = %q, want %q", tt.a, tt.b, tt.target, got, tt.want)
		}
	}
}

func TestFixGoMod(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "inner"), 0o755)
	os.WriteFile(filepath.Join(dir, "inner", "go.mod"), []byte("module example.com/m/inner\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte(`module example.com/m

go 1.21

require example.com/sib v1.0.0

replace example.com/sib => ../../sib/
replace example.com/m/inner => ./inner
replace example.com/gone => ./gone
replace example.com/other => example.com/fork v1.2.3
`), 0o644)
	if err := fixGoMod(dir, "example.com/m", &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, r := range f.Replace {
		kept = append(kept, r.Old.Path)
	}
	if strings.Join(kept, " ") != "example.com/m/inner example.com/other" {
		t.Fatalf("kept replaces %v, want the nested module and the module replace", kept)
	}

	empty := t.TempDir()
	if err := fixGoMod(empty, "example.com/nomod", &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(empty, "go.mod")); !strings.HasPrefix(string(data), "module example.com/nomod\n") {
		t.Fatalf("go.mod written for a module without one: %q", data)
	}
}

// TestRunMeasuresChild runs this test binary as a child that holds 64 MiB
// and exits 3: Run must see the memory and the exit code.
func TestRunMeasuresChild(t *testing.T) {
	if mb := os.Getenv("HARNESS_CHILD_MB"); mb != "" {
		n, _ := strconv.Atoi(mb)
		buf := make([]byte, n<<20)
		for i := range buf {
			buf[i] = byte(i)
		}
		time.Sleep(50 * time.Millisecond)
		os.Exit(3 + int(buf[len(buf)-1]&0)) // keeps buf alive to the end
	}
	env := append(os.Environ(), "HARNESS_CHILD_MB=64")
	s := Run("", env, "", []int{3}, os.Args[0], "-test.run=^TestRunMeasuresChild$")
	if !s.Success || s.Exit != 3 {
		t.Fatalf("child: %v, success %v, stderr %s", s, s.Success, s.Stderr)
	}
	if s.MaxRSS < 64<<10 {
		t.Fatalf("peak RSS %d KiB, want at least the 64 MiB the child touched", s.MaxRSS)
	}
	if s.Wall < 50*time.Millisecond {
		t.Fatalf("wall %v shorter than the child's sleep", s.Wall)
	}
	if s := Run("", env, "", []int{0}, os.Args[0], "-test.run=^TestRunMeasuresChild$"); s.Success {
		t.Fatal("exit 3 counted as success when only 0 is")
	}
}
