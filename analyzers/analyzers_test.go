package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/passes/awskeys"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestValid(t *testing.T) {
	if err := analysis.Validate(analyzers.All()); err != nil {
		t.Fatal(err)
	}
}

// TestEveryRuleIsDocumented: each rule's Doc comes from its doc.go with the
// "name: summary" line, links its docs, has fixtures and a README row.
func TestEveryRuleIsDocumented(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All() {
		if !strings.HasPrefix(a.Doc, a.Name+": ") {
			t.Errorf("%s: Doc does not start with %q", a.Name, a.Name+": ")
		}
		if a.URL != report.URL(a.Name) {
			t.Errorf("%s: URL = %q", a.Name, a.URL)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "doc.go")); err != nil {
			t.Errorf("%s: no doc.go", a.Name)
		}
		if !strings.Contains(string(readme), "| ["+a.Name+"](analyzers/"+a.Name+"/doc.go) |") {
			t.Errorf("%s: no row in the README's rules table", a.Name)
		}
		if a == analyzers.Suppression {
			continue
		}
		if _, err := os.Stat(filepath.Join("..", "testdata", "src", a.Name)); err != nil {
			t.Errorf("%s: no fixtures in testdata/src/%s", a.Name, a.Name)
		}
	}
}

// TestDiagnosticsFollowTheHouseStyle runs every analyzer over every
// fixture and checks what each diagnostic looks like: a lowercase message,
// a severity, the rule's doc link, a short line, and one rule per
// position. Every fixture must load: a package with errors would drop
// out of the check unseen.
func TestDiagnosticsFollowTheHouseStyle(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every fixture")
	}
	testdata := ruletest.TestData(t)
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax,
		Dir:   testdata,
		Tests: true,
		Env:   append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./src/...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("fixture %s does not load: %v", p.ID, e)
		}
	})
	if t.Failed() {
		t.FailNow()
	}
	graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines []finding
	seen := map[finding]bool{} // a file of a package with in-package tests is analyzed twice
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			end := act.Package.Fset.Position(d.End)
			f := finding{pos: pos, end: end, rule: act.Analyzer.Name, message: d.Message}
			if seen[f] {
				continue
			}
			seen[f] = true
			lines = append(lines, f)
			if r := []rune(d.Message); len(r) == 0 || unicode.IsUpper(r[0]) {
				t.Errorf("%s: %s: message does not start lowercase: %q", pos, act.Analyzer.Name, d.Message)
			}
			if d.Category != report.Error && d.Category != report.Warning {
				t.Errorf("%s: %s: severity %q", pos, act.Analyzer.Name, d.Category)
			}
			if d.URL != report.URL(act.Analyzer.Name) {
				t.Errorf("%s: %s: URL %q", pos, act.Analyzer.Name, d.URL)
			}
		}
	}
	if len(lines) == 0 {
		t.Fatal("no diagnostics at all: the fixtures did not load")
	}
	checkLengths(t, lines)
	checkOneRulePerValue(t, lines)
}

// TestGeneratedFiles: testdata/src/generated/hand has a finding of every
// rule; generated/gen is the same code in a generated file. There the
// rules that find literal credentials (those requiring
// syntax.WithGenerated) report exactly what they report in hand, a key
// pair included, and every other rule reports nothing.
func TestGeneratedFiles(t *testing.T) {
	testdata := ruletest.TestData(t)
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  testdata,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./src/generated/...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixtures do not type-check")
	}
	graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]map[string]int{"hand": {}, "gen": {}} // package -> rule -> findings
	for _, act := range graph.Roots {
		for range act.Diagnostics {
			rules[act.Package.Name][act.Analyzer.Name]++
		}
	}
	var readers []string
	for _, a := range analyzers.All() {
		if a.Name != "suppression" && rules["hand"][a.Name] == 0 {
			t.Errorf("%s: no finding in generated/hand: the twin test proves nothing for it", a.Name)
		}
		if slices.Contains(a.Requires, syntax.WithGenerated) {
			readers = append(readers, a.Name)
			if got, want := rules["gen"][a.Name], rules["hand"][a.Name]; got != want {
				t.Errorf("%s: %d findings in a generated file, want %d as in the hand-written twin", a.Name, got, want)
			}
		} else if n := rules["gen"][a.Name]; n > 0 {
			t.Errorf("%s: %d findings in a generated file", a.Name, n)
		}
	}
	if want := []string{"hardcodedkey", "hardcodedsecret"}; !slices.Equal(readers, want) {
		t.Errorf("rules reading generated files: %q, want %q", readers, want)
	}
	// The key pair: its ID, and its secret key, which hardcodedkey finds
	// by the variable's name on a separate walk of the generated file.
	if n := rules["gen"]["hardcodedkey"]; n < 3 {
		t.Errorf("hardcodedkey: %d findings in generated/gen, want the key ID and the pair (3)", n)
	}
}

// TestKeyOwnersAreRules: awskeys hands each AWS key to a rule by name.
func TestKeyOwnersAreRules(t *testing.T) {
	names := map[string]bool{}
	for _, r := range analyzers.Rules() {
		names[r.Name] = true
	}
	for _, owner := range []string{awskeys.OwnerStaticCreds, awskeys.OwnerEnvCreds, awskeys.OwnerHardcodedKey} {
		if !names[owner] {
			t.Errorf("awskeys owner %q is not a rule", owner)
		}
	}
}

// TestEveryRuleStatesItsScope: each rule's doc says in one "Scope:"
// sentence which code it reads, and what it says of generated files is
// what it declares (syntax.WithGenerated).
func TestEveryRuleStatesItsScope(t *testing.T) {
	for _, a := range analyzers.All() {
		if n := strings.Count(a.Doc, "\nScope: "); n != 1 {
			t.Errorf("%s: %d \"Scope:\" paragraphs in its doc, want 1", a.Name, n)
			continue
		}
		_, scope, _ := strings.Cut(a.Doc, "\nScope: ")
		scope, _, _ = strings.Cut(scope, "\n\n")
		scope = strings.Join(strings.Fields(scope), " ")
		readsGenerated := slices.Contains(a.Requires, syntax.WithGenerated)
		saysRead := strings.Contains(scope, "generated files included") || strings.Contains(scope, "generated files too")
		if a.Name != "suppression" && readsGenerated != saysRead {
			t.Errorf("%s: reads generated files: %v, but its scope says %q", a.Name, readsGenerated, scope)
		}
	}
}

// TestDocSeverity: the severity a rule's doc.go states in its "# What it
// flags" heading is the one its package gives rule.New.
func TestDocSeverity(t *testing.T) {
	for _, r := range analyzers.WithSuppression() {
		if heading := "\n# What it flags (severity: " + r.Severity + ")\n"; strings.Count(r.Doc, heading) != 1 {
			t.Errorf("%s: its doc has no heading %q once (the severity is %s)", r.Name, strings.TrimSpace(heading), r.Severity)
		}
	}
}
