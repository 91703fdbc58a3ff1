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

	"github.com/awsvet/awsvet/internal/redact"
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
	// code with white space folded). It is never written out: the
	// baseline hashes it (slowly), the fingerprint only its redacted form.
	Match string `json:"-"`
	// Around is the code on the finding's lines outside Match (see
	// Around), for the fingerprint: it tells apart two findings whose
	// redacted matches are alike.
	Around string `json:"-"`
	// Commit and Date locate a finding of the history scan.
	Commit, Date string
}

// Fingerprint is stable when lines move: it hashes the rule, the path,
// the redacted form of the match (its first two characters and length:
// redact.Secret) and the code around it, with what the redaction
// recognises as secrets masked, plus an occurrence number that Number sets
// to tell alike findings in one file apart. It never depends on the
// secret beyond its redacted form: the fingerprint is published (SARIF,
// JSON), and a hash of the secret itself lets anyone test guesses
// offline.
func (f *Finding) Fingerprint(occurrence int) string {
	return fingerprint(f.fingerprinted(), occurrence)
}

// fingerprinted is what the fingerprint hashes, besides the occurrence.
func (f *Finding) fingerprinted() string {
	return strings.Join([]string{"awsvet-fp-v2", f.Rule, f.Path, redact.Secret(f.Match), redact.Text(f.Around)}, "\x00")
}

func fingerprint(fingerprinted string, occurrence int) string {
	h := sha256.New()
	h.Write([]byte(fingerprinted))
	h.Write([]byte{0, byte(occurrence), byte(occurrence >> 8)})
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// AroundMax bounds the code taken on each side of a match: a long line
// (minified data) must not make each finding cost its whole length.
const AroundMax = 80

// Around returns the code of the lines holding text[start:end] outside
// that span, up to AroundMax bytes on each side, white space folded: the
// code around a finding, for its fingerprint.
func Around(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	from := max(start-AroundMax, 0)
	if i := strings.LastIndexByte(text[from:start], '\n'); i >= 0 {
		from += i + 1
	}
	to := min(end+AroundMax, len(text))
	if i := strings.IndexByte(text[end:to], '\n'); i >= 0 {
		to = end + i
	}
	return strings.Join(strings.Fields(text[from:start]), " ") + "\x00" + strings.Join(strings.Fields(text[end:to]), " ")
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

// Fingerprints returns the fingerprint of each finding, numbering alike
// findings (same rule, path, redacted match and code around) in the same
// file in order of appearance.
func Fingerprints(fs []Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		k := fs[i].fingerprinted()
		out[i] = fingerprint(k, seen[k])
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
