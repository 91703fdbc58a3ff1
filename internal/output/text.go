package output

import (
	"fmt"
	"io"
)

// WriteText writes one line per finding: "path:line:col: message (rule)".
// History findings name their commit.
func WriteText(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		where := ""
		if f.Commit != "" {
			where = fmt.Sprintf(" [commit %.12s %s]", f.Commit, f.Date)
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s (%s)%s\n", f.Path, f.Line, f.Col, f.Message, f.Rule, where); err != nil {
			return err
		}
	}
	return nil
}
