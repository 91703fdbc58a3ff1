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
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
	"github.com/awsvet/awsvet/internal/baseline"
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/redact"
)

// Exit codes.
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitFailure  = 2
)

// Main runs the standalone driver with the arguments after the program name.
func Main(args []string, stdout, stderr io.Writer) int {
	code, err := run(args, stdout, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			// The loader's and type checker's messages quote the source,
			// keys included: every error goes out through the redaction.
			fmt.Fprintf(stderr, "awsvet: %s\n", redact.Text(err.Error()))
		}
		return ExitFailure
	}
	return code
}

type options struct {
	json, test      bool
	format          string
	baseline, write string
	version         bool
}

func run(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("awsvet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.json, "json", false, "write findings as JSON (the golang.org/x/tools shape); same as -format=json")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.BoolVar(&o.test, "test", true, "also analyze test files")
	fs.StringVar(&o.baseline, "baseline", "", "ignore the findings recorded in this baseline `file`")
	fs.StringVar(&o.write, "write-baseline", "", "record the current findings in this baseline `file` and exit 0")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	sel := registerAnalyzerFlags(fs)
	fs.Usage = func() { usage(fs, stderr) }
	if err := fs.Parse(args); err != nil {
		return ExitFailure, err
	}
	if o.version {
		fmt.Fprintln(stdout, "awsvet", Version())
		return ExitClean, nil
	}
	if o.json {
		o.format = "json"
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return ExitFailure, fmt.Errorf("unknown -format %q: want text, json or sarif", o.format)
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}

	enabled := sel.Enabled()
	if slices.Contains(enabled, hardcodedsecret.Analyzer) {
		// The process waits for go list while packages load: ready the
		// secret rules meanwhile.
		go hardcodedsecret.Prewarm()
	}
	pkgs, err := load(patterns, o.test)
	if err != nil {
		return ExitFailure, err
	}
	graph, err := checker.Analyze(enabled, analysisRoots(pkgs), nil)
	if err != nil {
		return ExitFailure, err
	}
	root := RepoRoot()
	var findings []output.Finding
	var runErrs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			runErrs = append(runErrs, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			findings = append(findings, toFinding(root, act, d))
		}
	}
	if len(runErrs) > 0 {
		return ExitFailure, errors.New("analysis failed:\n\t" + strings.Join(runErrs, "\n\t"))
	}
	findings = output.Sort(findings)
	return Emit(stdout, o.format, o.baseline, o.write, analyzers.SARIFRules(), findings)
}

// Emit applies the baseline options and writes findings; it is shared with
// the secrets command so that both gate the same way.
func Emit(w io.Writer, format, baselinePath, writeBaseline string, rules []output.Rule, findings []output.Finding) (int, error) {
	if writeBaseline != "" {
		b := baseline.New()
		b.Add(findings...)
		if err := b.Write(writeBaseline); err != nil {
			return ExitFailure, err
		}
		return ExitClean, nil
	}
	if baselinePath != "" {
		b, err := baseline.Read(baselinePath)
		if err != nil {
			return ExitFailure, err
		}
		findings = b.Filter(findings)
	}
	var err error
	switch format {
	case "json":
		err = output.WriteJSON(w, findings)
	case "sarif":
		err = output.WriteSARIF(w, Version(), rules, findings)
	default:
		err = output.WriteText(w, findings)
	}
	if err != nil {
		return ExitFailure, err
	}
	if len(findings) > 0 {
		return ExitFindings, nil
	}
	return ExitClean, nil
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, `awsvet: a linter for AWS credential and retry misuse in Go code.

Usage:
	awsvet [flags] [packages]          analyze Go packages (default ./...)
	awsvet secrets [flags] [paths]     scan non-Go files for secrets
	go vet -vettool=$(which awsvet) ./...

Exit codes: 0 no findings, 1 findings, 2 failure.

Flags:
`)
	fs.PrintDefaults()
}
