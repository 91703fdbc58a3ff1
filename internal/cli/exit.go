// Package cli is the command-line front shared by awsvet's two commands,
// the standalone analyzers (internal/driver) and awsvet secrets
// (internal/secrets): exit codes, the output and baseline flags, writing
// findings, paths relative to the repository, the version and the SARIF
// descriptions of the analyzers. Both commands lean on it, neither on the
// other, so they parse, gate and print the same way.
package cli

import (
	"fmt"
	"io"

	"github.com/awsvet/awsvet/internal/redact"
)

// Exit codes of both commands, whatever the output format.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings
	ExitFailure  = 2 // bad flags, unreadable input, a failed analysis
)

// Finish writes err, if any, on stderr after the command's name, and
// returns code. Every error goes out through the redaction: the loader's
// and type checker's messages quote the source, keys included, and a
// configuration or file error can quote what it read.
func Finish(stderr io.Writer, command string, code int, err error) int {
	if err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", command, redact.Text(err.Error()))
	}
	return code
}
