package rule_test

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

// demoRule reports "ran" at the package clause of each file it runs on,
// after the gates of its spec.
func demoRule(skipsTestSupport bool) rule.Rule {
	return rule.New(rule.Spec{
		Name: "demo", Doc: goodDoc, Severity: report.Warning,
		Applies:          func(pkg *types.Package) bool { return gocode.Imports(pkg, "strings") },
		SkipsTestSupport: skipsTestSupport,
		Run: func(pass *rule.Pass) error {
			for _, f := range pass.Syntax.Files {
				pass.Reporter.Warnf(f.Name, "ran in %s", pass.Pkg.Name())
			}
			return nil
		},
	})
}

// importsStrings is a package the demo rule applies to.
func importsStrings(name, want string) string {
	return "package " + name + want + "\n\nimport \"strings\"\n\nvar _ = strings.ToUpper\n"
}

// TestRunGates: Applies leaves out the packages it refuses before the
// rule runs, SkipsTestSupport the test-support packages; the rule runs
// on the others with its reporter and syntax set.
func TestRunGates(t *testing.T) {
	for _, tc := range []struct {
		name             string
		skipsTestSupport bool
		files            map[string]string
	}{
		{"skips test support", true, map[string]string{
			"app/a.go":      importsStrings("app", ` // want "ran in app"`),
			"plain/a.go":    "package plain\n",
			"testutil/a.go": importsStrings("testutil", ""),
		}},
		{"reads test support", false, map[string]string{
			"app/a.go":      importsStrings("app", ` // want "ran in app"`),
			"plain/a.go":    "package plain\n",
			"testutil/a.go": importsStrings("testutil", ` // want "ran in testutil"`),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, cleanup, err := analysistest.WriteFiles(tc.files)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(cleanup)
			analysistest.Run(t, dir, demoRule(tc.skipsTestSupport).Analyzer, "app", "plain", "testutil")
		})
	}
}

// TestStrict: a spec's Strict gives the rule a -strict flag with that
// help, whose value each run reads as Pass.Strict; a rule without one has
// no such flag.
func TestStrict(t *testing.T) {
	if rule.New(rule.Spec{Name: "demo", Doc: goodDoc, Severity: report.Warning}).Flags.Lookup("strict") != nil {
		t.Error("a rule without Strict has a -strict flag")
	}
	r := rule.New(rule.Spec{
		Name: "demo", Doc: goodDoc, Severity: report.Warning, Strict: "also report demos at run time",
		Run: func(pass *rule.Pass) error {
			for _, f := range pass.Syntax.Files {
				pass.Reporter.Warnf(f.Name, "strict=%v", pass.Strict)
			}
			return nil
		},
	})
	flag := r.Flags.Lookup("strict")
	if flag == nil || flag.Usage != "also report demos at run time" {
		t.Fatalf("-strict flag %+v", flag)
	}
	for _, value := range []string{"false", "true"} {
		dir, cleanup, err := analysistest.WriteFiles(map[string]string{"app/a.go": `package app // want "strict=` + value + `"` + "\n"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(cleanup)
		if err := flag.Value.Set(value); err != nil {
			t.Fatal(err)
		}
		analysistest.Run(t, dir, r.Analyzer, "app")
	}
}
