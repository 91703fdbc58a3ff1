package detect

import "github.com/zricethezav/gitleaks/v8/config"

// gitleaks' allowlist semantics (its detect package's
// checkCommitOrPathAllowed and checkFindingAllowed), on config.Allowlist's
// own exported checks.

// pathOrCommitAllowed reports whether an allowlist skips the whole fragment
// by its path or commit: an OR allowlist whose path or commit matches, or
// an AND allowlist with only path and commit conditions, all matching.
func pathOrCommitAllowed(f Fragment, lists []*config.Allowlist) bool {
	if f.Path == "" && f.Commit == "" {
		return false
	}
	for _, a := range lists {
		commit, _ := a.CommitAllowed(f.Commit)
		path := a.PathAllowed(f.Path)
		if a.MatchCondition == config.AllowlistMatchAnd {
			if len(a.Regexes) > 0 || len(a.StopWords) > 0 {
				continue // decided per finding
			}
			if holdsAll(a, commit, path, false, false) {
				return true
			}
			continue
		}
		if commit || path {
			return true
		}
	}
	return false
}

// findingAllowed reports whether an allowlist skips a finding: for OR
// allowlists, a regex (on the secret, the match or the line, per
// regexTarget) or a stopword in the secret; for AND allowlists, every
// condition it has.
func findingAllowed(f Fragment, fd *Finding, line string, lists []*config.Allowlist) bool {
	for _, a := range lists {
		target := fd.Secret
		switch a.RegexTarget {
		case "match":
			target = fd.Match
		case "line":
			target = line
		}
		regex := a.RegexAllowed(target)
		stop, _ := a.ContainsStopWord(fd.Secret)
		if a.MatchCondition != config.AllowlistMatchAnd {
			if regex || stop {
				return true
			}
			continue
		}
		commit, _ := a.CommitAllowed(f.Commit)
		if holdsAll(a, commit, a.PathAllowed(f.Path), regex, stop) {
			return true
		}
	}
	return false
}

// holdsAll reports whether an AND allowlist holds: each condition it has
// (commits, paths, regexes, stopwords) matched; one it lacks does not count.
func holdsAll(a *config.Allowlist, commit, path, regex, stop bool) bool {
	return (len(a.Commits) == 0 || commit) &&
		(len(a.Paths) == 0 || path) &&
		(len(a.Regexes) == 0 || regex) &&
		(len(a.StopWords) == 0 || stop)
}
