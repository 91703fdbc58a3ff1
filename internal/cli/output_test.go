package cli_test

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
)

// TestOutputCheck: contradicting output flags are refused, -json becomes
// -format=json.
func TestOutputCheck(t *testing.T) {
	for _, c := range []struct {
		args       []string
		wantFormat string
		wantErr    string
	}{
		{nil, "text", ""},
		{[]string{"-json"}, "json", ""},
		{[]string{"-json", "-format=json"}, "json", ""},
		{[]string{"-format=sarif"}, "sarif", ""},
		{[]string{"-json", "-format=sarif"}, "", "contradict"},
		{[]string{"-format=xml"}, "", `unknown -format "xml"`},
		{[]string{"-baseline=a", "-write-baseline=b"}, "", "contradict"},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var o cli.Output
		o.Register(fs)
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		err := o.Check(fs)
		switch {
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%q: error %v, want one containing %q", c.args, err, c.wantErr)
		case c.wantErr == "" && err != nil:
			t.Errorf("%q: %v", c.args, err)
		case c.wantErr == "" && o.Format != c.wantFormat:
			t.Errorf("%q: format %q, want %q", c.args, o.Format, c.wantFormat)
		}
	}
}

// TestParseFlagsSuggests: a misspelt flag is one line naming the closest
// flag, exit 2; -help prints the usage and exits 0.
func TestParseFlagsSuggests(t *testing.T) {
	fs := flag.NewFlagSet("awsvet", flag.ContinueOnError)
	new(cli.Output).Register(fs)
	code, err, done := cli.ParseFlags(fs, []string{"-formt=json"}, io.Discard, func(io.Writer) {})
	if !done || code != cli.ExitFailure || err == nil || !strings.Contains(err.Error(), "did you mean -format?") {
		t.Errorf("-formt: code %d, done %v, error %v", code, done, err)
	}
	var usage strings.Builder
	code, err, done = cli.ParseFlags(fs, []string{"-help"}, &usage, func(w io.Writer) { io.WriteString(w, "usage") })
	if !done || code != cli.ExitClean || err != nil || usage.String() != "usage" {
		t.Errorf("-help: code %d, done %v, error %v, usage %q", code, done, err, usage.String())
	}
}
