package driver

import (
	"go/token"
	"os"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/output"
)

// toFinding converts a diagnostic. Match, the text the diagnostic covers
// with white space folded, feeds the fingerprint and the baseline only.
func toFinding(root string, act *checker.Action, d analysis.Diagnostic) output.Finding {
	fset := act.Package.Fset
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	sev := d.Category
	if sev == "" {
		sev = "warning"
	}
	url := d.URL
	if url == "" {
		url = act.Analyzer.URL
	}
	match, around := sourceText(fset, d.Pos, d.End)
	return output.Finding{
		Rule:     act.Analyzer.Name,
		Severity: sev,
		Group:    act.Package.PkgPath,
		Path:     cli.Rel(root, start.Filename),
		Line:     start.Line,
		Col:      start.Column,
		EndLine:  end.Line,
		EndCol:   end.Column,
		Message:  d.Message,
		URL:      url,
		Match:    match,
		Around:   around,
	}
}

var (
	srcMu    sync.Mutex
	srcCache = map[string][]byte{}
)

// sourceText returns the source between two positions, white space
// folded, and the code around it on its lines (output.Around); "" when
// unavailable.
func sourceText(fset *token.FileSet, from, to token.Pos) (match, around string) {
	if !from.IsValid() || !to.IsValid() || to < from {
		return "", ""
	}
	f := fset.File(from)
	if f == nil || fset.File(to) != f {
		return "", ""
	}
	srcMu.Lock()
	data, ok := srcCache[f.Name()]
	if !ok {
		data, _ = os.ReadFile(f.Name())
		srcCache[f.Name()] = data
	}
	srcMu.Unlock()
	a, b := f.Offset(from), f.Offset(to)
	if b > len(data) || a > b {
		return "", ""
	}
	// Only the window Around can use is converted: a copy of the whole
	// file per finding would make many findings in one file quadratic.
	w0, w1 := max(a-output.AroundMax, 0), min(b+output.AroundMax, len(data))
	return strings.Join(strings.Fields(string(data[a:b])), " "), output.Around(string(data[w0:w1]), a-w0, b-w0)
}
