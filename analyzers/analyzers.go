// Package analyzers lists every awsvet rule: the one list used by the
// awsvet binary (standalone and go vet), the golangci-lint plugin and the
// tests. Every other list derives from it: flags (internal/settings),
// SARIF rule descriptors (SARIFRules), help, the README's rules table and
// the rule names a suppression may use (checked by analyzers_test.go).
//
// A new rule, step by step:
//
//  1. a package analyzers/<name> with doc.go, its spec under the
//     "# Analyzer <name>" heading, starting with the "<name>: summary"
//     line, its "# What it flags (severity: S)" and its "Scope:" sentence;
//  2. below doc.go's package clause, the rule's declaration beside its
//     spec: import _ "embed", //go:embed doc.go var doc string,
//     var Rule = rule.New(rule.Spec{Name: "<name>", Doc: doc,
//     Severity: S, CWE: ..., Run: run, ...}) and
//     var Analyzer = Rule.Analyzer; the spec also says which packages
//     the rule applies to (Applies), which scope it reads
//     (SkipsTestSupport, ReadsGenerated) and the help of its -strict
//     flag (Strict). run takes a *rule.Pass (the package, its syntax
//     and scope, the reporter, Strict) and each checker keeps it as its
//     pass field;
//  3. fixtures in testdata/src/<name>, with // want comments: TestRules
//     runs them (internal/ruletest.Run), those that need a flag from
//     testdata/src/<name>/flags/<dir>, with the flags its "flags" file
//     sets;
//  4. one line in rules below, then go generate ./analyzers: it writes
//     the lists that cannot import this one from it (the README's rules
//     table, from each doc.go's summary line and severity, and
//     internal/suppress's RuleNames), and TestGeneratedLists fails while
//     they are out of date.
package analyzers

//go:generate go test -run TestGeneratedLists -update .

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers/batchretry"
	"github.com/awsvet/awsvet/analyzers/clientreuse"
	"github.com/awsvet/awsvet/analyzers/credlog"
	"github.com/awsvet/awsvet/analyzers/envcreds"
	"github.com/awsvet/awsvet/analyzers/hardcodedkey"
	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
	"github.com/awsvet/awsvet/analyzers/imds"
	"github.com/awsvet/awsvet/analyzers/presign"
	"github.com/awsvet/awsvet/analyzers/rawhttp"
	"github.com/awsvet/awsvet/analyzers/region"
	"github.com/awsvet/awsvet/analyzers/retryconfig"
	"github.com/awsvet/awsvet/analyzers/retryloop"
	"github.com/awsvet/awsvet/analyzers/staticcreds"
	"github.com/awsvet/awsvet/analyzers/suppression"
	"github.com/awsvet/awsvet/analyzers/waiters"
	"github.com/awsvet/awsvet/internal/rule"
)

// Rule is an analyzer with what SARIF and the README say of it; each
// rule's package sets its severity and CWE (rule.New).
type Rule = rule.Rule

// rules are the analyzers whose names are awsvet's public contract (flags,
// suppressions, SARIF rule ids).
var rules = []Rule{
	hardcodedkey.Rule,
	hardcodedsecret.Rule,
	staticcreds.Rule,
	envcreds.Rule,
	credlog.Rule,
	retryconfig.Rule,
	retryloop.Rule,
	batchretry.Rule,
	rawhttp.Rule,
	region.Rule,
	clientreuse.Rule,
	imds.Rule,
	presign.Rule,
	waiters.Rule,
}

// Suppression reports malformed //awsvet:ignore comments.
var Suppression = suppression.Analyzer

// Rules returns the rules, without the suppression check.
func Rules() []Rule { return append([]Rule(nil), rules...) }

// WithSuppression returns the rules and the suppression check: every
// rule awsvet reports under.
func WithSuppression() []Rule { return append(Rules(), suppression.Rule) }

// All returns every analyzer awsvet runs: the rules and the suppression check.
func All() []*analysis.Analyzer { return analyzersOf(WithSuppression()) }

func analyzersOf(rs []Rule) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(rs))
	for i, r := range rs {
		out[i] = r.Analyzer
	}
	return out
}

// Summary is the first line of an analyzer's Doc without the "name: " prefix.
func Summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimPrefix(first, a.Name+": ")
}
