// Package report is how every awsvet rule reports: it fixes the severity
// (carried in Diagnostic.Category, so every driver sees it), links the
// rule's documentation (Diagnostic.URL) and honours //awsvet:ignore
// suppressions before the diagnostic reaches the driver. Rules never call
// pass.Report directly.
package report

import (
	"bytes"
	"fmt"
	"go/token"
	"os"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/directives"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/redact"
)

// Severity levels, as written into Diagnostic.Category and SARIF levels.
const (
	Error   = "error"
	Warning = "warning"
)

// DocBase is where each rule's documentation (its doc.go) is published.
const DocBase = "https://pkg.go.dev/github.com/awsvet/awsvet/analyzers/"

// URL is the documentation link of a rule.
func URL(rule string) string { return DocBase + rule }

// Reporter reports the diagnostics of one pass.
type Reporter struct {
	pass *analysis.Pass
	ix   *directives.Index
	// dropGenerated is set for the rules that leave generated files
	// alone: all but those requiring syntax.WithGenerated.
	dropGenerated bool
	src           *syntax.Result
}

// New returns the reporter of a pass; the analyzer must require
// directives.Analyzer and syntax.Analyzer, as rule.New's rules do.
func New(pass *analysis.Pass) *Reporter {
	ix, _ := pass.ResultOf[directives.Analyzer].(*directives.Index)
	return &Reporter{pass: pass, ix: ix, dropGenerated: !syntax.ReadsGenerated(pass), src: syntax.Of(pass)}
}

// Range is anything with a position span: an ast.Node, or Span.
type Range interface {
	Pos() token.Pos
	End() token.Pos
}

// Span is a Range between two positions, for findings inside a literal.
type Span struct{ From, To token.Pos }

func (s Span) Pos() token.Pos { return s.From }
func (s Span) End() token.Pos { return s.To }

// Errorf reports an error-level diagnostic at rng.
func (r *Reporter) Errorf(rng Range, format string, args ...any) {
	r.Report(Error, rng, nil, format, args...)
}

// Warnf reports a warning-level diagnostic at rng.
func (r *Reporter) Warnf(rng Range, format string, args ...any) {
	r.Report(Warning, rng, nil, format, args...)
}

// Report reports a diagnostic of the given severity with optional
// suggested fixes, unless a directive suppresses it.
func (r *Reporter) Report(severity string, rng Range, fixes []analysis.SuggestedFix, format string, args ...any) {
	rule := r.pass.Analyzer.Name
	if r.ix.Suppressed(r.pass.Fset, rule, rng.Pos()) || r.dropGenerated && r.src.InGenerated(rng.Pos()) {
		return
	}
	if len(fixes) > 0 && r.editsSecretLine(fixes) {
		fixes = nil
	}
	msg := Message(rule, fmt.Sprintf(format, args...))
	r.pass.Report(analysis.Diagnostic{
		Pos:            rng.Pos(),
		End:            rng.End(),
		Category:       severity,
		Message:        msg,
		URL:            URL(rule),
		SuggestedFixes: fixes,
	})
}

// ruleInMessage is set by drivers whose output has no place for the rule.
var ruleInMessage atomic.Bool

// NameRuleInMessages makes every message end with its rule, "(rule)", as
// the standalone text output prints it. go vet and go fix print only
// "position: message", and a user needs the rule's name to suppress a
// finding or look the rule up; the standalone driver, JSON, SARIF and
// golangci-lint carry the rule apart and leave this off.
func NameRuleInMessages() { ruleInMessage.Store(true) }

// Message is the message a rule reports: msg, ending with "(rule)" for
// the drivers that print no rule (NameRuleInMessages).
func Message(rule, msg string) string {
	if ruleInMessage.Load() {
		return msg + " (" + rule + ")"
	}
	return msg
}

// editsSecretLine reports whether a fix edits a line that holds a secret
// (anything redact.Text masks). go fix -diff prints every line a fix
// changes, so such a fix would print the secret; it is not offered (the
// finding still is). An unreadable file counts as holding one.
func (r *Reporter) editsSecretLine(fixes []analysis.SuggestedFix) bool {
	for _, fix := range fixes {
		for _, e := range fix.TextEdits {
			f := r.pass.Fset.File(e.Pos)
			if f == nil {
				return true
			}
			read := r.pass.ReadFile
			if read == nil { // a driver that predates Pass.ReadFile
				read = os.ReadFile
			}
			src, err := read(f.Name())
			if err != nil || f.Size() != len(src) {
				return true
			}
			first := f.LineStart(f.Line(e.Pos))
			from, to := f.Offset(first), f.Offset(max(e.End, e.Pos))
			if i := bytes.IndexByte(src[to:], '\n'); i >= 0 {
				to += i
			} else {
				to = len(src)
			}
			if lines := string(src[from:to]); redact.Text(lines) != lines {
				return true
			}
		}
	}
	return false
}
