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
	"github.com/awsvet/awsvet/internal/progress"
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
		// The loader's and type checker's messages quote the source,
		// keys included: every error goes out through the redaction.
		fmt.Fprintf(stderr, "awsvet: %s\n", redact.Text(err.Error()))
	}
	return code
}

type options struct {
	json, test, quiet bool
	format, tags      string
	baseline, write   string
	version           bool
}

func (o *options) register(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json or sarif")
	fs.BoolVar(&o.json, "json", false, "write findings as JSON (the golang.org/x/tools shape); same as -format=json")
	fs.BoolVar(&o.test, "test", true, "also analyze test files")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags` to consider satisfied while loading packages, as go build -tags")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on a terminal")
	fs.StringVar(&o.baseline, "baseline", "", "ignore the findings recorded in this baseline `file`")
	fs.StringVar(&o.write, "write-baseline", "", "record the current findings in this baseline `file` and exit 0")
	fs.BoolVar(&o.version, "version", false, "print the version and exit (also: awsvet version)")
}

func run(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("awsvet", flag.ContinueOnError)
	var o options
	o.register(fs)
	general := flagNames(fs)
	sel := registerAnalyzerFlags(fs)
	if code, err, done := ParseFlags(fs, args, stdout, func(w io.Writer) { usage(w, fs, general) }); done {
		return code, err
	}
	if o.version {
		fmt.Fprintln(stdout, "awsvet", Version())
		return ExitClean, nil
	}
	if err := o.check(fs); err != nil {
		return ExitFailure, err
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
	line := progress.New(stderr, o.quiet)
	defer line.Done()
	line.Stage("loading packages (a first run compiles the dependencies, the AWS SDK included, once)", 0)
	pkgs, err := load(patterns, o.test, o.tags)
	if err != nil {
		return ExitFailure, err
	}
	roots := analysisRoots(pkgs)
	line.Stage("analysing packages", len(roots))
	graph, err := checker.Analyze(withProgress(enabled, line), roots, nil)
	if err != nil {
		return ExitFailure, err
	}
	line.Done()
	root := RepoRoot()
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
		return ExitFailure, errors.New("analysis failed:\n\t" + strings.Join(runErrs, "\n\t"))
	}
	findings = output.Sort(findings)
	return Emit(stdout, o.format, o.baseline, o.write, analyzers.SARIFRules(), findings)
}

// check refuses flags that contradict each other, rather than letting one
// of them win silently.
func (o *options) check(fs *flag.FlagSet) error {
	return CheckOutputFlags(fs, &o.format, o.json, o.baseline, o.write)
}

// CheckOutputFlags validates the output and baseline flags that both
// commands share: -format is text, json or sarif; -json agrees with an
// explicit -format; -baseline and -write-baseline exclude each other.
// It sets *format to "json" for -json.
func CheckOutputFlags(fs *flag.FlagSet, format *string, json bool, baseline, write string) error {
	formatSet := false
	fs.Visit(func(f *flag.Flag) { formatSet = formatSet || f.Name == "format" })
	switch *format {
	case "text", "json", "sarif":
	default:
		return fmt.Errorf("unknown -format %q: want text, json or sarif", *format)
	}
	if json {
		if formatSet && *format != "json" {
			return fmt.Errorf("-json and -format=%s contradict each other: give one", *format)
		}
		*format = "json"
	}
	if baseline != "" && write != "" {
		return errors.New("-baseline and -write-baseline contradict each other: give one")
	}
	return nil
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
