package detect

import "strings"

// shadows answers gitleaks' filter() question, "is this generic secret
// inside the secret of a specific finding on the same line?", without
// comparing every finding with every other: a file with one key per line
// and 16,000 lines made that pairwise loop the scan's largest cost (44% of
// the CPU, quadratic). The specific secrets are grouped by line, each
// distinct one once, joined by NUL bytes, so one question is one substring
// search over its own line's secrets, and each answer is remembered.
type shadows struct {
	byLine map[int]string          // line -> its distinct specific secrets, NUL-separated
	seen   map[int]map[string]bool // line -> secrets already kept, while building
	memo   map[lineSecret]bool
	// searched counts the bytes the substring searches ran over: the
	// cost the scaling test holds to a linear bound.
	searched int
}

type lineSecret struct {
	line   int
	secret string
}

// shadowIndex groups the specific findings' secrets by the line where
// their match starts.
func (s *scan) shadowIndex() *shadows {
	sh := &shadows{byLine: map[int]string{}, seen: map[int]map[string]bool{}, memo: map[lineSecret]bool{}}
	for _, o := range s.found {
		if o.rule.kind == generic {
			continue
		}
		line := s.lineOf(o.MatchStart)
		if sh.seen[line] == nil {
			sh.seen[line] = map[string]bool{}
		}
		if sh.seen[line][o.Secret] {
			continue
		}
		sh.seen[line][o.Secret] = true
		sh.byLine[line] += o.Secret + "\x00"
	}
	sh.seen = nil
	return sh
}

// covers reports whether a specific finding's secret on line holds
// secret. Generic and specific rules have different ids by construction
// (a rule is one kind), so gitleaks' "other rule" condition holds here.
func (sh *shadows) covers(line int, secret string) bool {
	joined, ok := sh.byLine[line]
	if !ok {
		return false
	}
	k := lineSecret{line, secret}
	if v, ok := sh.memo[k]; ok {
		return v
	}
	sh.searched += len(joined)
	var v bool
	if strings.IndexByte(secret, 0) < 0 {
		v = strings.Contains(joined, secret) // NUL-free: a hit lies inside one secret
	} else {
		for _, o := range strings.Split(strings.TrimSuffix(joined, "\x00"), "\x00") {
			if strings.Contains(o, secret) {
				v = true
				break
			}
		}
	}
	sh.memo[k] = v
	return v
}
