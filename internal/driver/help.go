package driver

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/awsvet/awsvet/analyzers"
)

// Help is "awsvet help [RULE]": with no rule, the rules and their one-line
// summaries; with a rule, its spec (the rule's doc.go, as go vet's
// "awsvet help" hint and every finding's link lead to). It writes to
// stdout and returns the exit code.
func Help(args []string, stdout, stderr io.Writer) int {
	rules := helpRules()
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, `awsvet: a linter for AWS credential and retry misuse in Go code.

Usage:
	awsvet [flags] [packages]          analyze Go packages (default ./...)
	awsvet secrets [flags] [paths]     scan non-Go files for secrets
	awsvet help [RULE]                 the rules, or one rule's spec
	awsvet version                     the version
	go vet -vettool=$(which awsvet) ./...
	go fix -fixtool=$(which awsvet) ./...

Rules (all run by default):
`)
		writeRuleTable(stdout, rules)
		fmt.Fprint(stdout, `
Run 'awsvet help RULE' for what a rule flags, what it leaves alone and how
to fix it; 'awsvet -help' for every flag.
`)
		return ExitClean
	case 1:
		name := args[0]
		i := slices.IndexFunc(rules, func(r analyzers.Rule) bool { return r.Name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "awsvet help: unknown rule %q; the rules are %s\n", name, strings.Join(ruleNames(rules), ", "))
			return ExitFailure
		}
		r := rules[i]
		fmt.Fprintf(stdout, "%s (severity: %s)\n\n%s\n\nOnline: %s\n", r.Name, r.Severity, r.Doc, r.URL)
		if opts := ruleOptions(r); opts != "" {
			fmt.Fprintf(stdout, "\nOptions:\n%s", opts)
		}
		return ExitClean
	default:
		fmt.Fprintln(stderr, "awsvet help: name one rule at most; run 'awsvet help' for the list")
		return ExitFailure
	}
}

// helpRules is every rule awsvet reports under, the suppression check
// included.
func helpRules() []analyzers.Rule {
	return analyzers.WithSuppression()
}

func ruleNames(rules []analyzers.Rule) []string {
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.Name
	}
	return names
}

// writeRuleTable writes one line per rule: name, severity, summary.
func writeRuleTable(w io.Writer, rules []analyzers.Rule) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, r := range rules {
		fmt.Fprintf(tw, "\t%s\t%s\t%s\n", r.Name, r.Severity, analyzers.Summary(r.Analyzer))
	}
	tw.Flush()
}

// ruleOptions lists a rule's options as its flags spell them.
func ruleOptions(r analyzers.Rule) string {
	var b strings.Builder
	for _, f := range flagsOf(r.Analyzer) {
		fmt.Fprintf(&b, "\t-%s.%s\t%s\n", r.Name, f.Name, f.Usage)
	}
	return b.String()
}
