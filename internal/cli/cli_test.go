package cli_test

import (
	"errors"
	"flag"
	"go/build"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/redact"
)

// module is where the packages TestLayering reads live.
const module = "github.com/awsvet/awsvet/"

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

// TestRel: paths under the root become relative with forward slashes,
// through a symlinked root too; paths outside it stay absolute.
func TestRel(t *testing.T) {
	root := t.TempDir()
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	if err := os.MkdirAll(filepath.Join(root, "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(root, link); err != nil {
		t.Skip(err)
	}
	outside := filepath.Dir(root)
	for _, c := range []struct{ path, want string }{
		{filepath.Join(root, "a", "b", "c.txt"), "a/b/c.txt"},
		{filepath.Join(link, "a", "b"), "a/b"},
		{outside, filepath.ToSlash(outside)},
	} {
		if got := cli.Rel(root, c.path); got != c.want {
			t.Errorf("Rel(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

// TestSARIFRules: GitHub's security-severity follows the CWE first, then
// the severity; a CWE is tagged in lower case.
func TestSARIFRules(t *testing.T) {
	got := cli.SARIFRules([]cli.Rule{
		{ID: "a", Summary: "s", Doc: "d", URL: "u", Severity: "error", CWE: "CWE-798"},
		{ID: "b", Severity: "error"},
		{ID: "c", Severity: "warning"},
	})
	for i, want := range []struct {
		sev  string
		tags []string
	}{
		{"8.0", []string{"security", "aws", "external/cwe/cwe-798"}},
		{"7.5", []string{"security", "aws"}},
		{"5.0", []string{"security", "aws"}},
	} {
		if got[i].SecuritySeverity != want.sev || !slices.Equal(got[i].Tags, want.tags) {
			t.Errorf("%s: security-severity %s, tags %q; want %s, %q", got[i].ID, got[i].SecuritySeverity, got[i].Tags, want.sev, want.tags)
		}
	}
	if r := got[0]; r.Short != "s" || r.Full != "d" || r.HelpURI != "u" || r.Severity != "error" {
		t.Errorf("descriptor %+v does not carry the rule's summary, doc, URL and severity", r)
	}
}

// TestLayering: the two commands share this front instead of leaning on
// each other, a rule's warm-up comes through the rule list rather than a
// driver that knows the rule, and the rule list does not build output.
func TestLayering(t *testing.T) {
	for _, c := range []struct{ pkg, mustNotImport string }{
		{"internal/secrets", "internal/driver"},
		{"internal/driver", "analyzers/hardcodedsecret"},
		{"analyzers", "internal/output"},
	} {
		imports := importsOf(t, c.pkg)
		if slices.Contains(imports, module+c.mustNotImport) {
			t.Errorf("%s imports %s", c.pkg, c.mustNotImport)
		}
	}
}

// TestLayeringSeesImports keeps TestLayering honest: the way it reads a
// package's imports finds the ones that are there.
func TestLayeringSeesImports(t *testing.T) {
	for _, c := range []struct{ pkg, imports string }{
		{"internal/secrets", "internal/cli"},
		{"internal/driver", "analyzers"},
		{"analyzers", "analyzers/hardcodedsecret"},
	} {
		if !slices.Contains(importsOf(t, c.pkg), module+c.imports) {
			t.Errorf("%s: %s not seen among its imports", c.pkg, c.imports)
		}
	}
}

// importsOf lists what a package of this module imports, its test files
// included (a test that reached into a sibling command would couple them
// too).
func importsOf(t *testing.T, pkg string) []string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", filepath.FromSlash(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	p, err := build.ImportDir(dir, build.IgnoreVendor)
	if err != nil {
		t.Fatalf("%s: %v", pkg, err)
	}
	return slices.Concat(p.Imports, p.TestImports, p.XTestImports)
}

// TestFinish: an error is one line after the command's name with key
// material masked; no error writes nothing. The code passes through.
func TestFinish(t *testing.T) {
	keyID := strings.Join([]string{"AKIA", "Q3EGRHDSVZB7XY2M"}, "") // assembled, so that no scanner flags this file
	var stderr strings.Builder
	if code := cli.Finish(&stderr, "awsvet secrets", cli.ExitFailure, errors.New("bad.toml: key "+keyID)); code != cli.ExitFailure {
		t.Errorf("code %d, want %d", code, cli.ExitFailure)
	}
	got := stderr.String()
	if strings.Contains(got, keyID) || !strings.HasPrefix(got, "awsvet secrets: bad.toml: key ") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr %q (key shown: %v), want one line naming the file with the key masked", redact.Text(got), strings.Contains(got, keyID))
	}
	stderr.Reset()
	if code := cli.Finish(&stderr, "awsvet", cli.ExitFindings, nil); code != cli.ExitFindings || stderr.Len() != 0 {
		t.Errorf("no error: code %d, stderr %q", code, stderr.String())
	}
}
