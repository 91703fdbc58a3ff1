// Package cli is the command-line front shared by awsvet's two commands,
// the standalone analyzers (internal/driver) and awsvet secrets
// (internal/secrets): exit codes, the output and baseline flags, writing
// findings, paths relative to the repository, the version and the SARIF
// descriptions of the analyzers. Both commands lean on it, neither on the
// other, so they parse, gate and print the same way.
package cli

// Exit codes of both commands, whatever the output format.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings
	ExitFailure  = 2 // bad flags, unreadable input, a failed analysis
)
