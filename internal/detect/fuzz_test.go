package detect_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range caseTexts() {
		f.Add(s)
	}
	f.Add("")
	f.Add("\x00\x00api_key=\x00" + genericVal)
	f.Add("key=\xff\xfe" + genericVal + "\xc3")
	f.Add(strings.Repeat("ey", 5000))
	f.Add(strings.Repeat("a", 70000) + " api_key = " + genericVal)
	f.Add("-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat("QUJD", 40) + "\n-----END RSA PRIVATE KEY-----")
}

// FuzzScan: any bytes (invalid UTF-8, NUL bytes, long lines) scan without a
// panic, and every finding's offsets hold its secret inside its match.
func FuzzScan(f *testing.F) {
	fuzzSeeds(f)
	d := detecttest.Default(f)
	whole := detect.WholeText(d)
	f.Fuzz(func(t *testing.T, text string) {
		for _, dd := range []*detect.Detector{d, whole} {
			for _, fd := range dd.Scan("fuzz.txt", text) {
				if fd.Start < 0 || fd.End > len(text) || fd.Start > fd.End ||
					fd.MatchStart > fd.Start || fd.End > fd.MatchEnd || fd.MatchEnd > len(text) {
					t.Fatalf("%s: bad offsets %d-%d in match %d-%d of %d bytes", fd.RuleID, fd.Start, fd.End, fd.MatchStart, fd.MatchEnd, len(text))
				}
				if text[fd.Start:fd.End] != fd.Secret || text[fd.MatchStart:fd.MatchEnd] != fd.Match {
					t.Fatalf("%s: secret or match not at its offsets", fd.RuleID)
				}
			}
		}
	})
}

// FuzzKeywords: the Aho–Corasick matcher finds exactly the keyword
// occurrences a naive ASCII case-insensitive search finds.
func FuzzKeywords(f *testing.F) {
	fuzzSeeds(f)
	f.Add("KEY kEy ToKeN s.S. eyEY")
	d := detecttest.Default(f)
	keywords := d.Keywords()
	f.Fuzz(func(t *testing.T, text string) {
		got := detect.KeywordHits(d, text)
		lower := asciiLower(text)
		want := 0
		for i, k := range keywords {
			for at := 0; ; {
				j := strings.Index(lower[at:], k)
				if j < 0 {
					break
				}
				want++
				if !got[[2]int{i, at + j + len(k)}] {
					t.Fatalf("keyword %q at %d not found", k, at+j)
				}
				at += j + 1
			}
		}
		if len(got) != want {
			t.Fatalf("matcher found %d occurrences, naive search %d", len(got), want)
		}
	})
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// FuzzWithConfig: any configuration text loads or fails with an error,
// never a panic (gitleaks' Translate panics on a bad regular expression).
func FuzzWithConfig(f *testing.F) {
	f.Add("[extend]\nuseDefault = true\n")
	f.Add("[[rules]]\nid = \"x\"\nregex = '''([a-z'''\n")
	f.Add("[[rules]]\nid = \"x\"\nregex = '''x'''\nkeywords = [\"x\"]\n[[rules.allowlists]]\nregexTarget = \"line\"\nregexes = ['''y''']\n")
	f.Fuzz(func(t *testing.T, cfg string) {
		d, err := detect.WithConfig(cfg)
		if err == nil {
			d.Scan("x.txt", cfg)
		}
	})
}
