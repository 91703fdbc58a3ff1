package secrets

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/awsvet/awsvet/internal/escape"
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/safeio"
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

// maxIgnoreSize bounds a .gitleaksignore: a file of fingerprints of about
// 100 bytes each, so 16 MB is over 100,000 entries.
const maxIgnoreSize = 16 << 20

// readGitleaksIgnore reads a .gitleaksignore file; a missing file is an
// empty set. The repository names the file, so it is read as any such
// file (internal/safeio): a symlink to a device, a FIFO or an oversized
// file is an error naming it. Entries that are not fingerprints are
// skipped with a warning, as gitleaks does.
func readGitleaksIgnore(name string, log *logger) (gitleaksIgnore, error) {
	data, err := safeio.ReadFile(name, maxIgnoreSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return parseGitleaksIgnore(data, name, log), nil
}

// parseGitleaksIgnore splits the file itself rather than with a
// bufio.Scanner, whose 64 KB line limit made a long line an error; a
// UTF-8 byte-order mark (Windows editors write one) is not part of the
// first entry.
func parseGitleaksIgnore(data []byte, name string, log *logger) gitleaksIgnore {
	ig := gitleaksIgnore{}
	bad := 0
	warn := func(format string, args ...any) {
		if bad++; bad <= maxIgnoreWarnings {
			log.printf(format, args...)
		}
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	for n, line := range strings.Split(text, "\n") {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ":")
		if len(parts) != 3 && len(parts) != 4 {
			warn("%s:%d: not a fingerprint (want path:rule:line or commit:path:rule:line); ignored", escape.Control(name), n)
			continue
		}
		if last := parts[len(parts)-1]; !isLineNumber(last) {
			warn("%s:%d: %s is not a line number; entry ignored", escape.Control(name), n, strconv.QuoteToASCII(truncate(last, 20)))
			continue
		}
		p := len(parts) - 3 // the path's index
		parts[p] = strings.TrimPrefix(strings.ReplaceAll(parts[p], `\`, "/"), "./")
		parts[p+1] = strings.TrimPrefix(parts[p+1], RulePrefix)
		ig[strings.Join(parts, ":")] = true
	}
	if bad > maxIgnoreWarnings {
		log.printf("%s: %d more entries that are not fingerprints; ignored", escape.Control(name), bad-maxIgnoreWarnings)
	}
	return ig
}

// maxIgnoreWarnings is how many bad .gitleaksignore entries are named one
// by one: a file of garbage gets a few lines and a count, not a line per
// entry.
const maxIgnoreWarnings = 5

func isLineNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// truncate keeps the first n bytes of s for a message.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
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
