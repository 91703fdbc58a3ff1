package analyzers_test

import (
	"fmt"
	"maps"
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

// TestGeneratedFiles: every rule's fixtures again, each file behind a
// generated-code header (an overlay: no twin is written by hand, and a
// new rule is covered by its own fixtures). There the rules that read
// generated files (those requiring syntax.WithGenerated, and suppression,
// whose directives there still suppress) report everything they report
// in the hand-written files, and every other rule reports nothing. The
// readers may report more: a key that a rule which leaves generated files
// alone (staticcreds) takes in hand-written code falls back to
// hardcodedkey, within the lines of that rule's hand-written finding.
func TestGeneratedFiles(t *testing.T) {
	hand := fixtureFindings(t, nil)
	overlay := map[string][]byte{}
	for _, file := range hand.files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		overlay[file] = append([]byte(generatedHeader), src...)
	}
	gen := fixtureFindings(t, overlay)
	readers := []string{"suppression"}
	for _, a := range analyzers.All() {
		if slices.Contains(a.Requires, syntax.WithGenerated) {
			readers = append(readers, a.Name)
		}
		if a.Name != "suppression" && !slices.ContainsFunc(slices.Collect(maps.Keys(hand.found)), func(f genFinding) bool { return f.rule == a.Name }) {
			t.Errorf("%s: no finding in its fixtures: the generated twin proves nothing for it", a.Name)
		}
	}
	if want := []string{"suppression", "hardcodedkey", "hardcodedsecret"}; !slices.Equal(readers, want) {
		t.Errorf("rules reading generated files: %q, want %q", readers, want)
	}
	for f := range hand.found {
		if slices.Contains(readers, f.rule) && !gen.found[f] {
			t.Errorf("%s: %s: reported in the hand-written file, not in its generated twin", f.line, f.rule)
		}
	}
	for f := range gen.found {
		switch {
		case !slices.Contains(readers, f.rule):
			t.Errorf("%s: %s: reported in a generated file", f.line, f.rule)
		case !hand.found[f] && !hand.covers(f.line):
			t.Errorf("%s: %s: reported in a generated file only, on a line no finding covers in the hand-written one", f.line, f.rule)
		}
	}
}

// generatedHeader makes a fixture file generated; it adds two lines.
const generatedHeader = "// Code generated by awsvet's tests. DO NOT EDIT.\n\n"

// genFinding is a rule's finding on a line (file:line, counted in the
// hand-written file).
type genFinding struct{ rule, line string }

// fixtureRun is what every rule reports on every fixture package, and the
// fixture files it read.
type fixtureRun struct {
	found map[genFinding]bool
	lines map[string]bool // file:line for every line a finding spans
	files []string
}

// covers reports whether a finding of any rule spans the file:line.
func (r fixtureRun) covers(line string) bool { return r.lines[line] }

// fixtureFindings runs every rule on testdata/src/..., its files replaced
// by overlay where it has them (a generated header, whose lines are taken
// off the findings' line numbers).
func fixtureFindings(t *testing.T, overlay map[string][]byte) fixtureRun {
	t.Helper()
	testdata := ruletest.TestData(t)
	cfg := &packages.Config{
		Mode:    packages.LoadSyntax,
		Dir:     testdata,
		Env:     append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, "./src/...")
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
	shift := 0
	if overlay != nil {
		shift = strings.Count(generatedHeader, "\n")
	}
	run := fixtureRun{found: map[genFinding]bool{}, lines: map[string]bool{}}
	for _, pkg := range pkgs {
		run.files = append(run.files, pkg.GoFiles...)
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			rel, err := filepath.Rel(testdata, pos.Filename)
			if err != nil {
				t.Fatal(err)
			}
			run.found[genFinding{act.Analyzer.Name, fmt.Sprintf("%s:%d", rel, pos.Line-shift)}] = true
			for line := pos.Line; line <= max(pos.Line, act.Package.Fset.Position(d.End).Line); line++ {
				run.lines[fmt.Sprintf("%s:%d", rel, line-shift)] = true
			}
		}
	}
	return run
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
