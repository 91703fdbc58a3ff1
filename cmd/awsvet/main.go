// Command awsvet finds AWS credential and retry misuse in Go code.
//
// One binary serves every driver:
//
//	awsvet [flags] [packages]              standalone (text, -json, -format=sarif)
//	awsvet secrets [flags] [paths]         secrets in non-Go files
//	awsvet help [RULE]                     the rules, or one rule's spec
//	awsvet version                         the version
//	go vet -vettool=$(which awsvet) ./...  the go vet protocol (unitchecker)
//	go fix -fixtool=$(which awsvet) ./...  apply suggested fixes (Go 1.26+)
//
// Exit codes of the standalone and secrets modes: 0 no findings, 1
// findings, 2 failure.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/driver"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/secrets"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) > 0 && args[0] == "secrets":
		refuseClosedStdout("awsvet secrets")
		os.Exit(secrets.Main(args[1:], os.Stdout, os.Stderr))
	case len(args) > 0 && args[0] == "help":
		os.Exit(driver.Help(args[1:], os.Stdout, os.Stderr))
	case len(args) == 1 && args[0] == "version":
		fmt.Println("awsvet", cli.Version())
	case isVetProtocol(args):
		if strings.HasSuffix(args[len(args)-1], ".cfg") && os.Getenv(vetChildEnv) == "" {
			if code := vetRedacted(args); code >= 0 {
				os.Exit(code)
			}
			// The child could not be started: serve the request here.
		}
		// go vet and go fix print "position: message" alone (since Go
		// 1.26 they always ask the tool for JSON and print it so).
		report.NameRuleInMessages()
		unitchecker.Main(analyzers.All()...) // exits
	default:
		refuseClosedStdout("awsvet")
		os.Exit(driver.Main(args, os.Stdout, os.Stderr))
	}
}

// refuseClosedStdout exits 2 when standard output is closed: the findings
// would go nowhere and the exit code alone would read as a finished run.
func refuseClosedStdout(command string) {
	if stdoutClosed() {
		fmt.Fprintln(os.Stderr, command+": standard output is closed: nowhere to write the findings")
		os.Exit(cli.ExitFailure)
	}
}

// isVetProtocol reports whether the go command is driving awsvet as a vet
// or fix tool: it first asks "-V=full" and "-flags", then passes flags and
// one *.cfg file describing a package.
func isVetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if len(args) == 1 && (args[0] == "-V=full" || args[0] == "-flags") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}
