// Package output writes findings, of the Go analyzers and of the secrets
// scanner alike, as text, JSON or SARIF. It is the one place that knows the
// output formats; nothing else prints findings.
//
// A Finding carries no secret: messages are redacted by the rules that make
// them, and the text a finding covers (Match) is only ever hashed.
package output

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// Finding is one reported problem.
type Finding struct {
	Rule     string // rule id: "hardcodedkey", or "secrets/aws-access-token"
	Severity string // "error", "warning" or "note"
	Group    string // the package path for Go findings, "" for files
	Path     string // file path, relative to the root when under it
	Line     int    // 1-based
	Col      int    // 1-based, in bytes
	EndLine  int
	EndCol   int
	Message  string
	URL      string // the rule's documentation

	// Match is the text the finding covers (the secret, or the offending
	// code with white space folded). It is never written out: it feeds the
	// fingerprint and the baseline hash only.
	Match string `json:"-"`
	// Commit and Date locate a finding of the history scan.
	Commit, Date string
}

// Fingerprint is stable when lines move: it hashes the rule, the path and
// the matched text (never printed), plus an occurrence number that Number
// sets to tell identical matches in one file apart.
func (f *Finding) Fingerprint(occurrence int) string {
	h := sha256.New()
	for _, s := range []string{"awsvet-fp-v1", f.Rule, f.Path, f.Match} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write([]byte{byte(occurrence), byte(occurrence >> 8)})
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Sort orders findings by path, position and rule, and drops exact
// duplicates (a package and its test variant report the same finding).
func Sort(fs []Finding) []Finding {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col),
			strings.Compare(a.Rule, b.Rule), strings.Compare(a.Message, b.Message), strings.Compare(a.Commit, b.Commit))
	})
	return slices.CompactFunc(fs, func(a, b Finding) bool {
		return a.Path == b.Path && a.Line == b.Line && a.Col == b.Col && a.Rule == b.Rule && a.Message == b.Message && a.Commit == b.Commit
	})
}

// Fingerprints returns the fingerprint of each finding, numbering identical
// matches in the same file in order of appearance.
func Fingerprints(fs []Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		k := fs[i].Rule + "\x00" + fs[i].Path + "\x00" + fs[i].Match
		out[i] = fs[i].Fingerprint(seen[k])
		seen[k]++
	}
	return out
}

// Rule describes a rule for SARIF's tool.driver.rules.
type Rule struct {
	ID       string
	Short    string // one line
	Full     string // the rule's doc
	HelpURI  string
	Severity string   // default level
	Tags     []string // e.g. "security", "external/cwe/cwe-798"
	// SecuritySeverity is GitHub's 0.0–10.0 score ("" for none).
	SecuritySeverity string
}
