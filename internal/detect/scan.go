package detect

import (
	"sort"

	"github.com/zricethezav/gitleaks/v8/config"
)

// scan is the state of one Scan call.
type scan struct {
	d        *Detector
	f        Fragment
	onlyHigh bool // a lock or sum file, or test code: high-confidence rules only
	found    []found
	shadows  *shadows // built by finish when there is a generic finding
	ruleHits map[*rule][]hit
	blocks   map[*rule]*blockSearches // block rules' terminator searches (block.go)
	order    []*rule
	nl       []int // newline offsets (window.go), built on first use
	// the last forward search for white space (window.go)
	fwdFrom, fwdAt int
}

// found is a finding with what the post-processing needs.
type found struct {
	Finding
	rule *rule
}

// byRule sorts the keyword hits to the rules that list the keyword,
// dropping hits that cannot be part of a match (prefilter.go), then runs
// each rule over the windows around its hits, in rule order.
func (s *scan) byRule(hits []hit) {
	if len(hits) == 0 {
		return
	}
	s.ruleHits = map[*rule][]hit{}
	for _, h := range hits {
		start := h.end - s.d.kw.lengths[h.kw]
		for _, r := range s.d.kwRules[h.kw] {
			if !s.wants(r) {
				continue
			}
			h.tail = -1
			if !s.d.opts.wholeText {
				var blocks *blockSearches
				if r.span().block != nil {
					blocks = s.blockSearches(r)
				}
				ok, tail := r.relevant(s.f.Text, start, h.end, blocks)
				if !ok {
					continue
				}
				h.tail = tail
			}
			if _, ok := s.ruleHits[r]; !ok {
				s.order = append(s.order, r)
			}
			s.ruleHits[r] = append(s.ruleHits[r], h)
		}
	}
	// Rule order keeps the output deterministic (gitleaks iterates a map).
	sort.Slice(s.order, func(i, j int) bool { return s.order[i].index < s.order[j].index })
	for _, r := range s.order {
		s.run(r, s.ruleHits[r], s.d.opts.wholeText)
	}
}

// blockSearches returns rule r's terminator searches in this scan.
func (s *scan) blockSearches(r *rule) *blockSearches {
	if s.blocks == nil {
		s.blocks = map[*rule]*blockSearches{}
	}
	b := s.blocks[r]
	if b == nil {
		b = newBlockSearches()
		s.blocks[r] = b
	}
	return b
}

// wants reports whether rule r runs on this fragment at all.
func (s *scan) wants(r *rule) bool {
	if s.onlyHigh && r.kind != specific && !s.d.raw(r.id) {
		return false
	}
	return true
}

// run runs rule r over the windows around its hits, or over the whole text
// when whole is set (rules without keywords), adding its findings.
func (s *scan) run(r *rule, hits []hit, whole bool) {
	before := len(s.found)
	s.found = s.runInto(s.found, r, hits, whole)
	if len(r.required) > 0 && len(s.found) > before {
		s.found = append(s.found[:before], s.withRequired(r, s.found[before:])...)
	}
}

// runInto appends r's findings to out.
func (s *scan) runInto(out []found, r *rule, hits []hit, whole bool) []found {
	text := s.f.Text
	cr := r.compiled()
	if cr == nil || pathOrCommitAllowed(s.f, cr.Allowlists) {
		return out
	}
	if cr.Path != nil {
		if !cr.Path.MatchString(s.f.Path) {
			return out
		}
		if cr.Regex == nil { // a path-only rule: the file itself is the finding
			return append(out, found{Finding: Finding{
				RuleID: r.id, Description: r.description,
				Match: "file detected: " + s.f.Path, HighConfidence: true,
			}, rule: r})
		}
	}
	if cr.Regex == nil || !s.wants(r) {
		return out
	}
	collect := func(r *rule, ws, we int) {
		for _, m := range cr.Regex.FindAllStringIndex(text[ws:we], -1) {
			if f, ok := s.finding(r, cr, ws+m[0], ws+m[1]); ok {
				out = append(out, f)
			}
		}
	}
	if whole {
		collect(r, 0, len(text))
	} else {
		s.windows(r, hits, collect)
	}
	return out
}

// finding turns a match into a finding as gitleaks does (newlines trimmed,
// secret group, entropy, allowlists), then applies awsvet's filters.
func (s *scan) finding(r *rule, cr *config.Rule, ms, me int) (found, bool) {
	text := s.f.Text
	for ms < me && text[ms] == '\n' {
		ms++
	}
	for me > ms && text[me-1] == '\n' {
		me--
	}
	match := text[ms:me]
	ss, se := ms, me
	// gitleaks takes the secret group from the expression run again over
	// the match alone; with no group set, the first non-empty group.
	if g := cr.Regex.FindStringSubmatchIndex(match); len(g) >= 4 {
		if sg := cr.SecretGroup; sg > 0 {
			if 2*sg+1 >= len(g) {
				return found{}, false
			}
			if g[2*sg] >= 0 {
				ss, se = ms+g[2*sg], ms+g[2*sg+1]
			} else {
				ss, se = ms, ms
			}
		} else {
			for i := 2; i+1 < len(g); i += 2 {
				if g[i] >= 0 && g[i+1] > g[i] {
					ss, se = ms+g[i], ms+g[i+1]
					break
				}
			}
		}
	}
	secret := text[ss:se]
	if cr.Entropy != 0 && Entropy(secret) <= cr.Entropy {
		return found{}, false
	}
	f := found{
		Finding: Finding{
			RuleID: r.id, Description: r.description,
			Start: ss, End: se, Secret: secret, Match: match,
			MatchStart: ms, MatchEnd: me,
			HighConfidence: r.kind == specific,
		},
		rule: r,
	}
	ls := s.lineStartAt(s.lineOf(ms))
	line := text[ls:max(ls, s.lineEndOf(max(me-1, ms)))] // an empty match has a line too
	if findingAllowed(s.f, &f.Finding, line, s.d.global) || findingAllowed(s.f, &f.Finding, line, cr.Allowlists) {
		return found{}, false
	}
	if !s.d.raw(r.id) && !keep(r, text, &f) {
		return found{}, false
	}
	if s.onlyHigh && !f.HighConfidence && !s.d.raw(r.id) {
		return found{}, false
	}
	return f, true
}

// finish drops generic findings that a specific rule also found, as
// gitleaks' filter() does, and orders the findings.
func (s *scan) finish() []Finding {
	if len(s.found) == 0 {
		return nil
	}
	out := make([]Finding, 0, len(s.found))
	for _, f := range s.found {
		if f.rule.kind == generic {
			if s.shadows == nil {
				s.shadows = s.shadowIndex()
			}
			if s.shadows.covers(s.lineOf(f.MatchStart), f.Secret) {
				continue
			}
		}
		out = append(out, f.Finding)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].RuleID < out[j].RuleID
	})
	return out
}

func (d *Detector) raw(id string) bool { return d.opts.raw[id] || d.opts.raw["*"] }

// lineEndOf is the end of the line holding offset p, before its newline.
func (s *scan) lineEndOf(p int) int {
	end := s.lineEndAt(s.lineOf(max(p, 0)))
	if end > 0 && s.f.Text[end-1] == '\n' {
		end--
	}
	return end
}
