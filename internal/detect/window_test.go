package detect_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
)

type key struct {
	rule                     string
	start, end, mstart, mend int
}

func findingSet(fs []detect.Finding) map[key]bool {
	m := map[key]bool{}
	for _, f := range fs {
		m[key{f.RuleID, f.Start, f.End, f.MatchStart, f.MatchEnd}] = true
	}
	return m
}

func holdsKeyword(match string, keywords []string) bool {
	match = strings.ToLower(match)
	for _, k := range keywords {
		if strings.Contains(match, k) {
			return true
		}
	}
	return false
}

// TestWindowsMatchWholeText checks the engine's central claim: running each
// rule only on the windows around its keyword hits finds what running it
// over the whole text finds (gitleaks' way), on real files and on the
// synthetic texts of the rule tests. AWSVET_CORPUS=<dir> runs it on a large
// tree.
func TestWindowsMatchWholeText(t *testing.T) {
	limit := 2 << 20
	if os.Getenv("AWSVET_CORPUS") != "" {
		limit = 1 << 30
	}
	files, _ := loadCorpus(t, limit)
	for i, s := range caseTexts() {
		files = append(files, corpusFile{path: fmt.Sprintf("synthetic-%d.txt", i), text: s})
	}
	// Without awsvet's filters, so that every match gitleaks' rules make
	// is compared, not only those that pass the filters.
	d, err := detect.WithConfig("[extend]\nuseDefault = true\n[awsvet]\nrawRules = [\"*\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	whole := detect.WholeText(d)
	type result struct {
		f         corpusFile
		got, want map[key]bool
	}
	results := make(chan result)
	next := make(chan corpusFile)
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for f := range next {
				results <- result{f, findingSet(d.Scan(f.path, f.text)), findingSet(whole.Scan(f.path, f.text))}
			}
		}()
	}
	go func() {
		for _, f := range files {
			next <- f
		}
		close(next)
	}()
	var n, farFromKeyword int
	for range files {
		r := <-results
		n += len(r.want)
		for k := range r.want {
			if r.got[k] {
				continue
			}
			if !holdsKeyword(r.f.text[k.mstart:k.mend], detect.RuleKeywords(d, k.rule)) {
				// gitleaks runs a rule on a whole file when its keyword
				// occurs anywhere in it, so a match that holds no keyword
				// (sourcegraph-access-token's bare 40 hex digits in a file
				// that mentions sourcegraph) counts; windows find matches
				// around their keywords only, by design.
				farFromKeyword++
				continue
			}
			t.Errorf("%s: windows missed %s at %d: %q", r.f.path, k.rule, k.start, excerpt(r.f.text, k.start, k.end))
		}
		for k := range r.got {
			if !r.want[k] {
				t.Errorf("%s: windows found %s at %d that the whole text does not: %q", r.f.path, k.rule, k.start, excerpt(r.f.text, k.start, k.end))
			}
		}
	}
	t.Logf("%d files, %d findings compared, %d whole-text findings without a keyword in their match", len(files), n, farFromKeyword)
}

// excerpt shows where a finding is without printing the secret.
func excerpt(text string, start, end int) string {
	from := strings.LastIndexByte(text[:start], '\n') + 1
	return text[max(from, start-40):start] + "<" + fmt.Sprint(end-start) + " bytes>"
}
