package driver

import (
	"errors"
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

// ParseFlags parses args the way Go's own commands do: -h and -help print the
// usage on stdout and exit 0; a bad flag is one line of error, a
// suggestion when a flag is close, and where to find the usage, instead
// of the whole usage pushing the error off the screen. done reports
// whether the command ends here, with code and err.
func ParseFlags(fs *flag.FlagSet, args []string, stdout io.Writer, usage func(io.Writer)) (code int, err error, done bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err = fs.Parse(args)
	switch {
	case err == nil:
		return 0, nil, false
	case errors.Is(err, flag.ErrHelp):
		usage(stdout)
		return ExitClean, nil, true
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if near := nearest(strings.TrimPrefix(name, "-"), flagNames(fs)); near != "" {
			msg += fmt.Sprintf(" (did you mean -%s?)", near)
		}
	}
	return ExitFailure, fmt.Errorf("%s\nrun '%s -help' for the flags and rules", msg, fs.Name()), true
}

// flagNames lists the names of the flags defined on fs.
func flagNames(fs *flag.FlagSet) []string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// flagsOf lists an analyzer's own flags (its options), sorted by name.
func flagsOf(a *analysis.Analyzer) []*flag.Flag {
	var out []*flag.Flag
	a.Flags.VisitAll(func(f *flag.Flag) { out = append(out, f) })
	return out
}

// nearest returns the name closest to a misspelt one, within two edits,
// or "".
func nearest(name string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(name, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes (flag
// names are ASCII); long inputs are cut, so a hostile argument costs
// little.
func editDistance(a, b string) int {
	const max = 64
	a, b = a[:min(len(a), max)], b[:min(len(b), max)]
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
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
	writeRuleTable(w, helpRules())
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
