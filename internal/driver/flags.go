package driver

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/settings"
)

// registerAnalyzerFlags defines -<rule> and -<rule>.<option> for every
// analyzer. The definitions and their go vet semantics live in
// internal/settings, the one settings path shared with the golangci-lint
// plugin.
func registerAnalyzerFlags(fs *flag.FlagSet) *settings.Selection {
	return settings.Register(fs, analyzers.All())
}

// flagsOf lists an analyzer's own flags (its options), sorted by name.
func flagsOf(a *analysis.Analyzer) []*flag.Flag {
	var out []*flag.Flag
	a.Flags.VisitAll(func(f *flag.Flag) { out = append(out, f) })
	return out
}

// usage writes awsvet -help: the general flags, then the rules (each one's
// switch) and the rules' options, as three groups rather than one
// alphabetical list.
func usage(w io.Writer, fs *flag.FlagSet, general []string) {
	fmt.Fprint(w, `awsvet: a linter for AWS credential and retry misuse in Go code.

Usage:
	awsvet [flags] [packages]          analyze Go packages (default ./...)
	awsvet secrets [flags] [paths]     scan non-Go files for secrets ('awsvet secrets -help')
	awsvet help [RULE]                 the rules, or one rule's spec
	awsvet version                     the version
	go vet -vettool=$(which awsvet) ./...   the same rules and flags under go vet

Exit codes: 0 no findings, 1 findings, 2 failure.

Flags:
`)
	printFlags(w, fs, func(f *flag.Flag) bool { return slices.Contains(general, f.Name) })
	fmt.Fprint(w, `
Rules: every rule runs by default. -RULE runs only the rules named so
(-region -imds runs those two and no other); -RULE=false turns one off.
`)
	writeRuleTable(w, everyRule())
	fmt.Fprint(w, "\nRule options (also under go vet):\n")
	printFlags(w, fs, func(f *flag.Flag) bool { return strings.Contains(f.Name, ".") })
	fmt.Fprint(w, "\nRun 'awsvet help RULE' for what a rule flags, leaves alone, and how to fix it.\n")
}

// printFlags prints the flags of fs that keep selects, as PrintDefaults does.
func printFlags(w io.Writer, fs *flag.FlagSet, keep func(*flag.Flag) bool) {
	sub := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	sub.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		if keep(f) {
			sub.Var(f.Value, f.Name, f.Usage)
			sub.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	sub.PrintDefaults()
}
