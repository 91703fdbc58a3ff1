package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/awsvet/awsvet/internal/baseline"
	"github.com/awsvet/awsvet/internal/output"
)

// Output holds the output and baseline flags both commands take.
type Output struct {
	Format        string // text, json or sarif
	JSON          bool   // -json, the same as -format=json
	Baseline      string // findings recorded here are not reported
	WriteBaseline string // record the findings here instead of reporting them
}

// Register defines -format, -json, -baseline and -write-baseline on fs.
func (o *Output) Register(fs *flag.FlagSet) {
	fs.StringVar(&o.Format, "format", "text", "output `format`: text, json or sarif")
	fs.BoolVar(&o.JSON, "json", false, "write findings as JSON (the golang.org/x/tools shape); same as -format=json")
	fs.StringVar(&o.Baseline, "baseline", "", "ignore the findings recorded in this baseline `file`")
	fs.StringVar(&o.WriteBaseline, "write-baseline", "", "record the current findings in this baseline `file` and exit 0")
}

// Check refuses flags that contradict each other, rather than letting one
// of them win silently: -format is text, json or sarif; -json agrees with
// an explicit -format; -baseline and -write-baseline exclude each other.
// After it, Format is "json" for -json. fs is the set Register defined
// the flags on, parsed.
func (o *Output) Check(fs *flag.FlagSet) error {
	formatSet := false
	fs.Visit(func(f *flag.Flag) { formatSet = formatSet || f.Name == "format" })
	switch o.Format {
	case "text", "json", "sarif":
	default:
		return fmt.Errorf("unknown -format %q: want text, json or sarif", o.Format)
	}
	if o.JSON {
		if formatSet && o.Format != "json" {
			return fmt.Errorf("-json and -format=%s contradict each other: give one", o.Format)
		}
		o.Format = "json"
	}
	if o.Baseline != "" && o.WriteBaseline != "" {
		return errors.New("-baseline and -write-baseline contradict each other: give one")
	}
	return nil
}

// Emit applies the baseline flags and writes the findings in the chosen
// format; rules describe, for SARIF, the rules the findings name. It
// returns the exit code, so that both commands gate the same way.
func (o *Output) Emit(w io.Writer, rules []output.Rule, findings []output.Finding) (int, error) {
	if o.WriteBaseline != "" {
		b := baseline.New()
		b.Add(findings...)
		if err := b.Write(o.WriteBaseline); err != nil {
			return ExitFailure, err
		}
		return ExitClean, nil
	}
	if o.Baseline != "" {
		b, err := baseline.Read(o.Baseline)
		if err != nil {
			return ExitFailure, err
		}
		findings = b.Filter(findings)
	}
	var err error
	switch o.Format {
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
