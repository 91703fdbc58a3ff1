// Package suppression defines an Analyzer that reports malformed
// //awsvet:ignore comments.
//
// # Analyzer suppression
//
// suppression: report //awsvet:ignore comments that name no rule, an unknown rule, or give no reason
//
// A finding is kept quiet with a comment on its line or the line above:
//
//	//awsvet:ignore <rule>[,<rule>] -- <reason>
//
// # What it flags (severity: error)
//
// A suppression is a decision, and the next reader needs to know why it was
// made, so the reason after "--" is required. A suppression that gives no
// reason, names no rule or names a rule awsvet does not have (a typo, or a
// rule that was renamed) suppresses nothing and is reported here, as an
// error: otherwise it would silently stop working.
//
// Scope: every //awsvet:ignore comment, in _test.go, test-support and
// generated files too, because a directive there suppresses the findings
// of the rules that read them.
//
// # How to fix
//
// Name the rule as the finding shows it in parentheses and say why the
// finding does not apply:
//
//	//awsvet:ignore retryconfig -- the queue consumer retries the whole message
package suppression

import (
	_ "embed" // doc is this file, the spec: rule.New makes Analyzer.Doc of it

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

//go:embed doc.go
var doc string

// Rule is the rule declared beside its spec: severity, CWE, the packages
// it applies to and the scope it leaves alone. Analyzer stays a
// package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{Name: "suppression", Doc: doc, Severity: report.Error, Run: run})
var Analyzer = Rule.Analyzer
