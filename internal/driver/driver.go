// Package driver is awsvet's standalone mode: it loads packages with
// go/packages, runs the analyzers with x/tools' checker, and writes the
// findings in the chosen format. Exit codes, whatever the format:
// 0 no findings, 1 findings, 2 failure (bad flags, packages that do not
// load or type-check).
package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/progress"
)

// Main runs the standalone driver with the arguments after the program name.
func Main(args []string, stdout, stderr io.Writer) int {
	code, err := run(args, stdout, stderr)
	return cli.Finish(stderr, "awsvet", code, err)
}

type options struct {
	out         cli.Output
	test, quiet bool
	tags        string
	version     bool
}

func (o *options) register(fs *flag.FlagSet) {
	o.out.Register(fs)
	fs.BoolVar(&o.test, "test", true, "also analyze test files")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags` to consider satisfied while loading packages, as go build -tags")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on a terminal")
	fs.BoolVar(&o.version, "version", false, "print the version and exit (also: awsvet version)")
}

func run(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("awsvet", flag.ContinueOnError)
	var o options
	o.register(fs)
	general := cli.FlagNames(fs)
	sel := registerAnalyzerFlags(fs)
	if code, err, done := cli.ParseFlags(fs, args, stdout, func(w io.Writer) { usage(w, fs, general) }); done {
		return code, err
	}
	if o.version {
		fmt.Fprintln(stdout, "awsvet", cli.Version())
		return cli.ExitClean, nil
	}
	if err := o.out.Check(fs); err != nil {
		return cli.ExitFailure, err
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}

	enabled := sel.Enabled()
	// The process waits for go list while packages load: rules ready
	// themselves meanwhile.
	prewarm(enabled)
	line := progress.New(stderr, o.quiet)
	defer line.Done()
	line.Stage("loading packages (a first run compiles the dependencies, the AWS SDK included, once)", 0)
	pkgs, err := load(patterns, o.test, o.tags)
	if err != nil {
		return cli.ExitFailure, err
	}
	roots := analysisRoots(pkgs)
	line.Stage("analysing packages", len(roots))
	graph, err := checker.Analyze(withProgress(enabled, line), roots, nil)
	if err != nil {
		return cli.ExitFailure, err
	}
	line.Done()
	root := cli.RepoRoot()
	var findings []output.Finding
	var runErrs []string
	for _, act := range graph.Roots {
		if act.Analyzer.Name == progressName {
			continue // fails only when a rule did, which is reported
		}
		if act.Err != nil {
			runErrs = append(runErrs, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			findings = append(findings, toFinding(root, act, d))
		}
	}
	if len(runErrs) > 0 {
		return cli.ExitFailure, errors.New("analysis failed:\n\t" + strings.Join(runErrs, "\n\t"))
	}
	findings = output.Sort(findings)
	return o.out.Emit(stdout, sarifRules(), findings)
}
