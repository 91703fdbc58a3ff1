package rule_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

const goodDoc = `// Package demo defines an Analyzer that reports demos.
//
// # Analyzer demo
//
// demo: report demos
//
// Details.
//
//	code
package demo
`

func TestMustExtractDoc(t *testing.T) {
	got := rule.MustExtractDoc(goodDoc, "demo")
	if want := "demo: report demos\n\nDetails.\n\n\tcode"; got != want {
		t.Errorf("MustExtractDoc = %q, want %q", got, want)
	}
}

// TestMustExtractDocPanics: a doc.go without its heading, with another
// rule's heading or without the summary line stops the program.
func TestMustExtractDocPanics(t *testing.T) {
	for name, src := range map[string]string{
		"no heading":                       strings.Replace(goodDoc, "# Analyzer demo", "# Demo", 1),
		"another rule":                     strings.Replace(goodDoc, "# Analyzer demo", "# Analyzer demos", 1),
		"heading in a line":                strings.Replace(goodDoc, "# Analyzer demo", "see # Analyzer demo", 1),
		"no summary":                       strings.Replace(goodDoc, "demo: report demos", "Reports demos.", 1),
		"empty summary":                    strings.Replace(goodDoc, "demo: report demos", "demo: ", 1),
		"heading after the package clause": "package demo\n\n// # Analyzer demo\n//\n// demo: report demos\n",
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			rule.MustExtractDoc(src, "demo")
		})
	}
}

func TestNew(t *testing.T) {
	r := rule.New(rule.Spec{
		Name: "demo", Doc: goodDoc, Severity: report.Warning, CWE: "CWE-1",
		Run:      func(*rule.Pass) error { return nil },
		Requires: []*analysis.Analyzer{strlits.Analyzer, rule.Common[0]},
	})
	if r.Name != "demo" || r.URL != report.URL("demo") || !strings.HasPrefix(r.Doc, "demo: ") || r.Severity != report.Warning || r.CWE != "CWE-1" {
		t.Errorf("New = %+v", r)
	}
	want := append([]*analysis.Analyzer{strlits.Analyzer}, rule.Common...)
	if !slices.Equal(r.Requires, want) {
		t.Errorf("Requires = %v, want the rule's own then Common, each once: %v", r.Requires, want)
	}
	if err := analysis.Validate([]*analysis.Analyzer{r.Analyzer}); err != nil {
		t.Error(err)
	}
}

// TestNewReadsGenerated: a rule that reads generated files requires
// syntax.WithGenerated, the declaration the reporter reads; others do not.
func TestNewReadsGenerated(t *testing.T) {
	for _, reads := range []bool{false, true} {
		r := rule.New(rule.Spec{Name: "demo", Doc: goodDoc, Severity: report.Warning, ReadsGenerated: reads})
		if got := slices.Contains(r.Requires, syntax.WithGenerated); got != reads {
			t.Errorf("ReadsGenerated %v: requires syntax.WithGenerated: %v", reads, got)
		}
	}
}

func TestNewPanicsOnUnknownSeverity(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	rule.New(rule.Spec{Name: "demo", Doc: goodDoc, Severity: "info"})
}
