package detect

import "github.com/zricethezav/gitleaks/v8/config"

// withRequired keeps the findings of a composite rule (gitleaks'
// [[rules.required]]) that have, for every required rule, a finding of it
// within the given lines and columns. Required rules run over the whole
// text, as in gitleaks, and also when they are skipReport helpers.
func (s *scan) withRequired(r *rule, primaries []found) []found {
	req := make(map[string][]found, len(r.required))
	for _, rr := range r.required {
		if _, done := req[rr.RuleID]; !done {
			req[rr.RuleID] = s.runInto(nil, s.d.byID[rr.RuleID], nil, true)
		}
	}
	var out []found
	for _, p := range primaries {
		ok := true
		for _, rr := range r.required {
			near := false
			for _, q := range req[rr.RuleID] {
				if s.within(p, q, rr) {
					near = true
					break
				}
			}
			ok = ok && near
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

// within is gitleaks' proximity test: the distance between the lines (and
// the columns) where the two matches start.
func (s *scan) within(p, q found, rr *config.Required) bool {
	pl, ql := s.lineOf(p.MatchStart), s.lineOf(q.MatchStart)
	if rr.WithinLines != nil && abs(pl-ql) > *rr.WithinLines {
		return false
	}
	if rr.WithinColumns != nil {
		pc := p.MatchStart - s.lineStartAt(pl)
		qc := q.MatchStart - s.lineStartAt(ql)
		if abs(pc-qc) > *rr.WithinColumns {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
