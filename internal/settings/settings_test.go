package settings_test

import (
	"encoding/json"
	"flag"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/settings"
)

// fakeRules builds analyzers with options of the usual kinds; their
// variables are returned so a test sees what a run would read.
type fakeOpts struct {
	strict  *bool
	max     *time.Duration
	allow   *string
	retries *int
}

func fakeRules() ([]*analysis.Analyzer, fakeOpts) {
	var o fakeOpts
	a := &analysis.Analyzer{Name: "alpha", Doc: "alpha: first"}
	o.strict = a.Flags.Bool("strict", false, "be strict")
	o.retries = a.Flags.Int("maxRetries", 3, "retries")
	b := &analysis.Analyzer{Name: "beta", Doc: "beta: second"}
	o.max = b.Flags.Duration("max", time.Hour, "longest")
	o.allow = b.Flags.String("allow", "", "allowed names")
	c := &analysis.Analyzer{Name: "gamma", Doc: "gamma: third"}
	return []*analysis.Analyzer{a, b, c}, o
}

func names(as []*analysis.Analyzer) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return strings.Join(out, ",")
}

// decode reads settings the way the plugin does: YAML becomes generic
// values, which go through JSON into Settings.
func decode(t *testing.T, js string) settings.Settings {
	t.Helper()
	var s settings.Settings
	dec := json.NewDecoder(strings.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSelection(t *testing.T) {
	for _, tc := range []struct{ settings, want string }{
		{`{}`, "alpha,beta,gamma"},
		{`{"disable": ["beta"]}`, "alpha,gamma"},
		{`{"enable": ["gamma", "alpha"]}`, "alpha,gamma"},
		{`{"enable": ["beta"], "disable": ["gamma"]}`, "beta"},
	} {
		all, _ := fakeRules()
		got, err := settings.Apply(all, decode(t, tc.settings))
		if err != nil {
			t.Fatalf("%s: %v", tc.settings, err)
		}
		if names(got) != tc.want {
			t.Errorf("%s: runs %s, want %s", tc.settings, names(got), tc.want)
		}
	}
}

func TestOptions(t *testing.T) {
	all, o := fakeRules()
	// viper lowercases keys: maxretries must still find maxRetries.
	s := decode(t, `{"options": {"alpha": {"strict": true, "maxretries": 5}, "beta": {"max": "15m", "allow": ["a", "b"]}}}`)
	if _, err := settings.Apply(all, s); err != nil {
		t.Fatal(err)
	}
	if !*o.strict || *o.retries != 5 || *o.max != 15*time.Minute || *o.allow != "a,b" {
		t.Errorf("options not applied: strict=%v retries=%d max=%v allow=%q", *o.strict, *o.retries, *o.max, *o.allow)
	}
	args, err := s.Args(all)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"-alpha.maxRetries=5", "-alpha.strict=true", "-beta.allow=a,b", "-beta.max=15m"}
	if !slices.Equal(args, want) {
		t.Errorf("Args = %q, want %q (sorted, spelled as the CLI flags)", args, want)
	}
}

// TestDeterministic: analyzers are shared by the process, so a second
// Apply must not inherit the options of the first.
func TestDeterministic(t *testing.T) {
	all, o := fakeRules()
	if _, err := settings.Apply(all, decode(t, `{"options": {"alpha": {"strict": true}, "beta": {"max": "1m"}}}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := settings.Apply(all, decode(t, `{}`)); err != nil {
		t.Fatal(err)
	}
	if *o.strict || *o.max != time.Hour {
		t.Errorf("second Apply kept the first's options: strict=%v max=%v", *o.strict, *o.max)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct{ settings, want string }{
		{`{"enable": ["delta"]}`, `unknown rule "delta" in enable; the rules are alpha, beta, gamma`},
		{`{"disable": ["Alpha"]}`, `unknown rule "Alpha" in disable`},
		{`{"enable": ["alpha"], "disable": ["alpha"]}`, `both enabled and disabled`},
		{`{"options": {"alpha": {"strikt": true}}}`, `rule alpha has no option "strikt"; its options are maxRetries, strict`},
		{`{"options": {"gamma": {"x": 1}}}`, `rule gamma has no options`},
		{`{"options": {"alpha": {"strict": {"a": 1}}}}`, `options.alpha.strict: a map[string]interface {} is not a flag value`},
		{`{"options": {"alpha": {"maxRetries": "many"}}}`, `invalid value "many" for flag -alpha.maxRetries`},
		{`{"options": {"alpha": {"strict": null}}}`, `options.alpha.strict: no value`},
	} {
		all, _ := fakeRules()
		_, err := settings.Apply(all, decode(t, tc.settings))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.settings, err, tc.want)
		}
	}
}

// TestRealRules: every registered rule's options can be reset to their
// defaults (Apply's determinism depends on it), and empty settings run
// every analyzer.
func TestRealRules(t *testing.T) {
	all := analyzers.All()
	got, err := settings.Apply(all, settings.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if names(got) != names(all) {
		t.Errorf("empty settings run %s, want %s", names(got), names(all))
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	settings.Register(fs, all)
	for _, a := range all {
		if fs.Lookup(a.Name) == nil {
			t.Errorf("no -%s flag", a.Name)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if fs.Lookup(a.Name+"."+f.Name) == nil {
				t.Errorf("no -%s.%s flag", a.Name, f.Name)
			}
		})
	}
}
