package secrets

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const fixtures = "../../testdata/secrets"

// scanDir scans a directory with the real detector as the command does,
// paths relative to it.
func scanDir(t *testing.T, dir string) []hit {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, log := testScanner(t)
	w := &walker{root: abs, log: s.log}
	hits, err := s.run(w.produce([]string{abs}))
	if err != nil {
		t.Fatal(err)
	}
	if log.Len() > 0 {
		t.Errorf("notes while scanning %s:\n%s", dir, log)
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		return fmt.Sprintf("%s:%09d:%09d", a.Path, a.Line, a.Col) < fmt.Sprintf("%s:%09d:%09d", b.Path, b.Line, b.Col)
	})
	return hits
}

// wantFindings reads want.txt: "file:line rule-id message" lines, keyed
// by "file:line rule-id".
func wantFindings(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtures, "want.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		where, rest, _ := strings.Cut(l, " ")
		rule, msg, _ := strings.Cut(rest, " ")
		if msg == "" {
			t.Fatalf("want.txt: %q has no message", l)
		}
		want[where+" "+rule] = msg
	}
	return want
}

// lineAt returns line n (1-based) of a file without its line ending.
func lineAt(t *testing.T, file string, n int) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

func TestPositiveFixtures(t *testing.T) {
	want := wantFindings(t)
	dir := filepath.Join(fixtures, "positive")
	hits := scanDir(t, dir)
	wantLines := map[string]bool{}
	for w := range want {
		wantLines[strings.Fields(w)[0]] = true
	}
	got := map[string]bool{}
	for _, h := range hits {
		where := fmt.Sprintf("%s:%d", h.Path, h.Line)
		key := where + " " + h.ruleID
		got[key] = true
		line := lineAt(t, filepath.Join(dir, h.Path), h.Line)
		if h.Col < 1 || h.Col > len(line) || !strings.HasPrefix(line[h.Col-1:], h.Match) {
			t.Errorf("%s:%d: %s: column %d does not point at the secret", h.Path, h.Line, h.Rule, h.Col)
		}
		msg, wanted := want[key]
		switch {
		case wanted && h.Message != msg:
			t.Errorf("%s: message\n%s\nwant\n%s", key, h.Message, msg)
		case wanted:
		case strings.HasPrefix(h.ruleID, "aws-"):
			t.Errorf("unexpected AWS finding %s", key)
		case !wantLines[where]:
			t.Errorf("unexpected finding %s (on a line with no expected finding)", key)
		}
	}
	checkLengths(t, hits)
	for w := range want {
		if !got[w] {
			t.Errorf("missing finding %s", w)
		}
	}
}

func TestNegativeFixtures(t *testing.T) {
	for _, h := range scanDir(t, filepath.Join(fixtures, "negative")) {
		t.Errorf("%s:%d:%d: unexpected finding %s", h.Path, h.Line, h.Col, h.Rule)
	}
}

// TestFixtureKinds checks that every file kind of issue 6 has positive and
// negative fixtures, and no fewer negatives than positives.
func TestFixtureKinds(t *testing.T) {
	kinds := map[string]func(string) bool{
		".env":        func(n string) bool { return strings.HasSuffix(n, ".env") },
		"YAML":        func(n string) bool { return strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml") },
		"JSON":        func(n string) bool { return strings.HasSuffix(n, ".json") },
		"INI":         func(n string) bool { return n == "credentials" || strings.HasSuffix(n, ".ini") },
		"Terraform":   func(n string) bool { return strings.HasSuffix(n, ".tf") },
		"Dockerfile":  func(n string) bool { return n == "Dockerfile" },
		"shell":       func(n string) bool { return strings.HasSuffix(n, ".sh") },
		".properties": func(n string) bool { return strings.HasSuffix(n, ".properties") },
		"XML":         func(n string) bool { return strings.HasSuffix(n, ".xml") },
		".NET config": func(n string) bool { return strings.HasSuffix(n, ".config") },
	}
	count := func(dir string) map[string]int {
		entries, err := os.ReadDir(filepath.Join(fixtures, dir))
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, e := range entries {
			for kind, is := range kinds {
				if is(path.Base(e.Name())) {
					n[kind]++
				}
			}
		}
		return n
	}
	pos, neg := count("positive"), count("negative")
	for kind := range kinds {
		if pos[kind] == 0 || neg[kind] < pos[kind] {
			t.Errorf("%s: %d positive and %d negative fixtures; want at least one positive and as many negatives", kind, pos[kind], neg[kind])
		}
	}
}
