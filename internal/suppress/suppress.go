// Package suppress parses awsvet's suppression comments, shared by the Go
// analyzers and the secrets scanner:
//
//	//awsvet:ignore rule[,rule...] -- reason
//
// (also "# awsvet:ignore ..." and other comment leaders in non-Go files).
// A suppression applies to its own line and to the line below it, so it can
// stand at the end of the offending line or on a line of its own above it.
// The reason is mandatory: a suppression is a decision someone made, and the
// next reader needs to know why.
package suppress

import (
	"errors"
	"strings"
)

// Marker is the directive keyword.
const Marker = "awsvet:ignore"

// Directive is one parsed suppression comment.
type Directive struct {
	Rules  []string // rule names as written (e.g. "hardcodedkey", "secrets/generic-api-key")
	Reason string
}

// Covers reports whether the directive suppresses rule. A directive naming
// "secrets" covers every secrets/... rule.
func (d Directive) Covers(rule string) bool {
	for _, r := range d.Rules {
		if r == rule || (r == "secrets" && strings.HasPrefix(rule, "secrets/")) {
			return true
		}
	}
	return false
}

// knownRules are RuleNames (rulenames.go, written from analyzers.go's
// list by go generate ./analyzers) and "secrets": the suppression check
// and the index that applies directives agree on what is unknown, and
// neither imports the rules.
var knownRules = func() map[string]bool {
	m := map[string]bool{"secrets": true}
	for _, r := range RuleNames {
		m[r] = true
	}
	return m
}()

// Unknown returns the names of the directive that are neither a Go rule,
// "secrets", nor a secrets/<id> rule of awsvet secrets. A directive that
// names any unknown rule suppresses nothing: a typo ("regoin") would
// otherwise go unnoticed while its neighbour still hid findings.
func (d Directive) Unknown() []string {
	var unknown []string
	for _, r := range d.Rules {
		if !knownRules[r] && !strings.HasPrefix(r, "secrets/") {
			unknown = append(unknown, r)
		}
	}
	return unknown
}

// Errors a malformed directive reports.
var (
	ErrNoRule   = errors.New("names no rule: write //awsvet:ignore <rule>[,<rule>] -- <reason>")
	ErrNoReason = errors.New("gives no reason: add \" -- <why this is safe>\" so the next reader knows")
)

// Find looks for the directive in a line or comment of text. It returns
// ok=false when there is none. When the directive is malformed, err says
// how; the returned Directive then holds what could be parsed.
func Find(text string) (d Directive, ok bool, err error) {
	i := strings.Index(text, Marker)
	if i < 0 {
		return Directive{}, false, nil
	}
	// The marker must start a comment: preceded only by a comment leader
	// and spaces, so "awsvet:ignore" inside a string or a sentence is not a
	// directive.
	lead := strings.TrimRight(text[:i], " \t")
	if !endsWithCommentLeader(lead) {
		return Directive{}, false, nil
	}
	rest := text[i+len(Marker):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return Directive{}, false, nil // e.g. "awsvet:ignored"
	}
	names, reason, hasSep := strings.Cut(rest, "--")
	for _, n := range strings.Split(names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			d.Rules = append(d.Rules, n)
		}
	}
	d.Reason = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(reason), "*/"))
	switch {
	case len(d.Rules) == 0:
		return d, true, ErrNoRule
	case !hasSep || d.Reason == "":
		return d, true, ErrNoReason
	}
	return d, true, nil
}

// FindGo is Find for one Go comment (ast.Comment.Text): the marker must
// open the comment ("//awsvet:ignore", "// awsvet:ignore",
// "/* awsvet:ignore"), so prose that mentions a directive is not one.
func FindGo(comment string) (d Directive, ok bool, err error) {
	var body string
	switch {
	case strings.HasPrefix(comment, "//"):
		body = comment[2:]
	case strings.HasPrefix(comment, "/*"):
		body = comment[2:]
	default:
		return Directive{}, false, nil
	}
	if !strings.HasPrefix(strings.TrimLeft(body, " \t"), Marker) {
		return Directive{}, false, nil
	}
	return Find(comment)
}

func endsWithCommentLeader(s string) bool {
	for _, l := range []string{"//", "/*", "#", ";", "--", "<!--", "%", "'", "REM", "rem"} {
		if strings.HasSuffix(s, l) {
			return true
		}
	}
	return false
}
