package secrets

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/suppress"
)

// gitleaksAllow is gitleaks' inline allow comment, honoured on any line of
// the secret as gitleaks does.
const gitleaksAllow = "gitleaks:allow"

// inlineAllowed reports whether a finding on chunk lines [first, last] is
// suppressed inline: "gitleaks:allow" on one of its lines, or a
// suppression comment (awsvet:ignore) naming the rule (or "secrets") on its first line or
// the line above. A malformed awsvet:ignore (no reason) suppresses nothing
// and is returned as bad.
func inlineAllowed(x *lineIndex, first, last int, rule string) (allowed bool, bad error) {
	for i := first; i <= last; i++ {
		if strings.Contains(x.lineText(i), gitleaksAllow) {
			return true, nil
		}
	}
	for _, i := range []int{first, first - 1} {
		d, ok, err := suppress.Find(x.lineText(i))
		switch {
		case !ok || !d.Covers(rule):
		case err != nil:
			bad = err
		default:
			return true, nil
		}
	}
	return false, bad
}

// gitleaksIgnore holds the fingerprints of a .gitleaksignore file, in
// gitleaks' format: "path:rule:line" ignores a finding wherever it is
// scanned from, "commit:path:rule:line" only the one of a history scan at
// that commit. Lines are 1-based, rule ids gitleaks' (with or without
// awsvet's "secrets/" prefix), paths repository-relative.
type gitleaksIgnore map[string]bool

// readGitleaksIgnore reads a .gitleaksignore file; a missing file is an
// empty set. Entries that are not fingerprints are skipped with a warning,
// as gitleaks does.
func readGitleaksIgnore(name string, log *logger) (gitleaksIgnore, error) {
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseGitleaksIgnore(f, name, log)
}

func parseGitleaksIgnore(r io.Reader, name string, log *logger) (gitleaksIgnore, error) {
	ig := gitleaksIgnore{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ":")
		if len(parts) != 3 && len(parts) != 4 {
			log.printf("%s:%d: not a fingerprint (want path:rule:line or commit:path:rule:line); ignored", name, n)
			continue
		}
		if _, err := strconv.Atoi(parts[len(parts)-1]); err != nil {
			log.printf("%s:%d: %q is not a line number; entry ignored", name, n, parts[len(parts)-1])
			continue
		}
		p := len(parts) - 3 // the path's index
		parts[p] = strings.TrimPrefix(strings.ReplaceAll(parts[p], `\`, "/"), "./")
		parts[p+1] = strings.TrimPrefix(parts[p+1], RulePrefix)
		ig[strings.Join(parts, ":")] = true
	}
	return ig, sc.Err()
}

// ignored reports whether a finding's fingerprint is listed. gitleaks
// numbers the line where its regular expression's match starts, which can
// be above the secret's own line: both are accepted.
func (ig gitleaksIgnore) ignored(f output.Finding, ruleID string, matchLine int) bool {
	if len(ig) == 0 {
		return false
	}
	for _, line := range []int{f.Line, matchLine} {
		key := fmt.Sprintf("%s:%s:%d", f.Path, ruleID, line)
		if ig[key] || (f.Commit != "" && ig[f.Commit+":"+key]) {
			return true
		}
	}
	return false
}
