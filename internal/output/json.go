package output

import (
	"encoding/json"
	"fmt"
	"io"
)

// jsonDiagnostic is one diagnostic in the shape of golang.org/x/tools'
// -json output ({"pkg": {"analyzer": [diagnostic...]}}), plus the fields
// awsvet adds: severity, url, fingerprint, end.
type jsonDiagnostic struct {
	Posn        string `json:"posn"`
	End         string `json:"end,omitempty"`
	Message     string `json:"message"`
	Category    string `json:"category,omitempty"` // the severity, as the analyzers set it
	URL         string `json:"url,omitempty"`
	Fingerprint string `json:"fingerprint"`
	Commit      string `json:"commit,omitempty"`
	Date        string `json:"date,omitempty"`
}

// WriteJSON writes findings grouped by package (Group; for the secrets
// scanner, "secrets") and rule, as golang.org/x/tools drivers do.
func WriteJSON(w io.Writer, fs []Finding) error {
	tree := map[string]map[string][]jsonDiagnostic{}
	fps := Fingerprints(fs)
	for i, f := range fs {
		g := f.Group
		if g == "" {
			g = "secrets"
		}
		if tree[g] == nil {
			tree[g] = map[string][]jsonDiagnostic{}
		}
		d := jsonDiagnostic{
			Posn:        fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Col),
			Message:     f.Message,
			Category:    f.Severity,
			URL:         f.URL,
			Fingerprint: fps[i],
			Commit:      f.Commit,
			Date:        f.Date,
		}
		if f.EndLine > 0 {
			d.End = fmt.Sprintf("%s:%d:%d", f.Path, f.EndLine, f.EndCol)
		}
		tree[g][f.Rule] = append(tree[g][f.Rule], d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	return enc.Encode(tree)
}
