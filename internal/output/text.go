package output

import (
	"fmt"
	"io"

	"github.com/awsvet/awsvet/internal/escape"
)

// WriteText writes one line per finding: "path:line:col: message (rule)",
// "path:line:col: note: message (rule)" for a finding at the lower level
// (the secrets scanner's test fixtures and documentation), as compilers
// mark their notes. History findings name their commit. Paths and messages hold text from
// the scanned repository: any control character in them is escaped
// (internal/escape), so that a file name cannot add a line of its own or
// reach the terminal as an escape sequence.
func WriteText(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		where := ""
		if f.Commit != "" {
			where = fmt.Sprintf(" [commit %.12s %s]", escape.Control(f.Commit), escape.Control(f.Date))
		}
		level := ""
		if f.Severity == "note" {
			level = "note: "
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s%s (%s)%s\n", escape.Control(f.Path), f.Line, f.Col, level, escape.Control(f.Message), escape.Control(f.Rule), where); err != nil {
			return err
		}
	}
	return nil
}
