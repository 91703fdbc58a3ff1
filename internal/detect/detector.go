package detect

import (
	"fmt"
	"strings"

	"github.com/zricethezav/gitleaks/v8/config"

	"github.com/awsvet/awsvet/internal/scope"
)

// Detector matches gitleaks' rules (and awsvet's AWS additions) on text.
// Built once, safe for concurrent use.
type Detector struct {
	rules    []*rule // in gitleaks' rule order
	byID     map[string]*rule
	global   []*config.Allowlist
	kw       *matcher
	kwRules  [][]*rule // keyword index → the rules that list it
	keywords []string
	always   []*rule // rules without keywords: run on every text
	// textAlways: one of them has an expression, so any text may match
	textAlways bool
	opts       options
	blockRules *lazyBlocks // for chunked readers (openblock.go)
}

type options struct {
	raw map[string]bool // rule ids exempt from the precision filters ("*": all)
	// wholeText runs each rule whose keyword occurs anywhere over the whole
	// text, without the hit prefilters: gitleaks' way, kept as the
	// reference the tests compare the windows with.
	wholeText bool
}

// Finding is one secret found in a text.
type Finding struct {
	RuleID      string // gitleaks rule id, e.g. "github-pat", or awsvet's "aws-secret-access-key"
	Description string
	Start, End  int    // byte offsets of the secret in the scanned text
	Secret      string // the secret (never printed: redact it)
	Match       string // the whole regex match around it; never printed
	// MatchStart and MatchEnd are the match's offsets (the secret lies
	// within): the lines of an inline gitleaks:allow are the match's.
	MatchStart, MatchEnd int
	HighConfidence       bool // a rule with a distinctive prefix or format, not a name-bound generic one
}

// Fragment is a text to scan with where it comes from. Path is the file
// path (gitleaks' path rules and path allowlists; "" for Go string
// literals); Commit the commit it was read at ("" outside history scans),
// for allowlists' commits.
type Fragment struct {
	Path, Commit string
	Text         string
	// TestCode marks a text of test code whatever its path (a string
	// literal of a _test.go file or a test-support package): as for test
	// paths, only high-confidence rules run on it.
	TestCode bool
}

// newDetector indexes the rules by keyword and builds the matcher.
func newDetector(rules []*rule, global []*config.Allowlist, opts options) (*Detector, error) {
	d := &Detector{byID: map[string]*rule{}, global: global, opts: opts, blockRules: &lazyBlocks{}}
	kwIndex := map[string]int{}
	for _, r := range rules {
		r.index = len(d.rules)
		d.rules = append(d.rules, r)
		d.byID[r.id] = r
		if r.skipReport {
			continue // runs only as another rule's required rule
		}
		seen := map[string]bool{}
		for _, k := range r.keywords {
			k = strings.ToLower(k)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			i, ok := kwIndex[k]
			if !ok {
				i = len(d.keywords)
				kwIndex[k] = i
				d.keywords = append(d.keywords, k)
				d.kwRules = append(d.kwRules, nil)
			}
			d.kwRules[i] = append(d.kwRules[i], r)
		}
		if len(seen) == 0 {
			d.always = append(d.always, r)
			d.textAlways = d.textAlways || r.regex != ""
		}
	}
	d.kw = newMatcher(d.keywords)
	for _, r := range d.rules {
		for _, req := range r.required {
			if d.byID[req.RuleID] == nil {
				return nil, fmt.Errorf("gitleaks config: %s: required rule %s does not exist", r.id, req.RuleID)
			}
		}
	}
	return d, nil
}

// MayMatch reports whether text may hold a finding: it holds a keyword of
// the detector, or a rule without keywords runs on every text. The gate
// before a scan, for callers that would otherwise prepare text for
// nothing.
func (d *Detector) MayMatch(text string) bool { return d.textAlways || d.kw.any(text) }

// ScanFragment returns the findings in f.Text, in order; f.Path is the
// file path (for gitleaks' path rules and path allowlists; "" for Go
// string literals).
func (d *Detector) ScanFragment(f Fragment) []Finding {
	if pathOrCommitAllowed(f, d.global) {
		return nil
	}
	found, _ := d.scan(f)
	return found
}

// scan runs every rule over f and returns the findings and the scan's
// state (which tests inspect).
func (d *Detector) scan(f Fragment) ([]Finding, *scan) {
	s := &scan{d: d, f: f, onlyHigh: f.TestCode || isLockFile(f.Path) || scope.Path(f.Path) == scope.Test}
	hits := d.kw.find(f.Text, nil)
	s.byRule(hits)
	for _, r := range d.always {
		s.run(r, nil, true)
	}
	return s.finish(), s
}

// CompiledRule returns one rule as gitleaks compiled it (regex, entropy,
// allowlists), compiling only that rule on first use; nil if the detector
// has no such rule. hardcodedkey reuses aws-access-token this way without
// paying for the other rules.
func (d *Detector) CompiledRule(id string) *config.Rule {
	for _, r := range d.rules {
		if r.id == id {
			return r.compiled()
		}
	}
	return nil
}
