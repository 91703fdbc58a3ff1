package settings

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Settings is awsvet's configuration in the golangci-lint plugin
// (linters.settings.custom.awsvet.settings), decoded from YAML through
// JSON by register.DecodeSettings. Each field is a spelling of CLI flags:
//
//	enable: [region]           -region            only the listed rules run
//	disable: [hardcodedkey]    -hardcodedkey=false
//	options:
//	  presign: {max: 15m}      -presign.max=15m
type Settings struct {
	// Enable lists the rules to run; when empty, every rule runs but those
	// in Disable.
	Enable []string `json:"enable,omitempty"`
	// Disable lists rules not to run.
	Disable []string `json:"disable,omitempty"`
	// Options sets rule options: rule name, then option name (the part of
	// the CLI flag after the dot), then its value. A list is passed as
	// comma-separated text, as on the command line.
	Options map[string]map[string]any `json:"options,omitempty"`
}

// Apply resets every analyzer flag to its default, sets the flags the
// settings spell, and returns the analyzers they select. all is the full
// rule list (analyzers.All()).
func Apply(all []*analysis.Analyzer, s Settings) ([]*analysis.Analyzer, error) {
	args, err := s.Args(all)
	if err != nil {
		return nil, err
	}
	if err := reset(all); err != nil {
		return nil, err
	}
	fs := flag.NewFlagSet("awsvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	sel := Register(fs, all)
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("awsvet settings: %v", err)
	}
	return sel.Enabled(), nil
}

// Args returns the settings as the command-line flags they stand for, in a
// fixed order (enabled rules, disabled rules, then options sorted by rule
// and option), after checking every name against all.
func (s Settings) Args(all []*analysis.Analyzer) ([]string, error) {
	byName := map[string]*analysis.Analyzer{}
	var names []string
	for _, a := range all {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	known := func(field, rule string) (*analysis.Analyzer, error) {
		a, ok := byName[rule]
		if !ok {
			return nil, fmt.Errorf("awsvet settings: unknown rule %q in %s; the rules are %s", rule, field, strings.Join(names, ", "))
		}
		return a, nil
	}
	var args []string
	for _, r := range s.Enable {
		if _, err := known("enable", r); err != nil {
			return nil, err
		}
		if slices.Contains(s.Disable, r) {
			return nil, fmt.Errorf("awsvet settings: rule %q is both enabled and disabled", r)
		}
		args = append(args, "-"+r+"=true")
	}
	for _, r := range s.Disable {
		if _, err := known("disable", r); err != nil {
			return nil, err
		}
		args = append(args, "-"+r+"=false")
	}
	for _, r := range sortedKeys(s.Options) {
		a, err := known("options", r)
		if err != nil {
			return nil, err
		}
		for _, name := range sortedKeys(s.Options[r]) {
			f, err := option(a, name)
			if err != nil {
				return nil, err
			}
			v, err := flagText(s.Options[r][name])
			if err != nil {
				return nil, fmt.Errorf("awsvet settings: options.%s.%s: %v", r, name, err)
			}
			args = append(args, "-"+r+"."+f.Name+"="+v)
		}
	}
	return args, nil
}

// option finds a rule's flag by name. golangci-lint reads its YAML with
// viper, which lowercases map keys, so a name that matches no flag exactly
// may match one case-insensitively.
func option(a *analysis.Analyzer, name string) (*flag.Flag, error) {
	if f := a.Flags.Lookup(name); f != nil {
		return f, nil
	}
	var match *flag.Flag
	var opts []string
	a.Flags.VisitAll(func(f *flag.Flag) {
		opts = append(opts, f.Name)
		if strings.EqualFold(f.Name, name) {
			match = f
		}
	})
	if match != nil {
		return match, nil
	}
	if len(opts) == 0 {
		return nil, fmt.Errorf("awsvet settings: rule %s has no options, options.%s.%s is not one", a.Name, a.Name, name)
	}
	return nil, fmt.Errorf("awsvet settings: rule %s has no option %q; its options are %s", a.Name, name, strings.Join(opts, ", "))
}

// flagText spells a decoded YAML value as flag text.
func flagText(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64: // every JSON number
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			if _, ok := e.([]any); ok {
				return "", fmt.Errorf("a list inside a list is not a flag value")
			}
			t, err := flagText(e)
			if err != nil {
				return "", err
			}
			parts[i] = t
		}
		return strings.Join(parts, ","), nil
	case nil:
		return "", fmt.Errorf("no value")
	}
	return "", fmt.Errorf("a %T is not a flag value; use a string, number, boolean or list", v)
}

// reset sets every analyzer flag back to its default value.
func reset(all []*analysis.Analyzer) error {
	var err error
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if e := f.Value.Set(f.DefValue); e != nil && err == nil {
				err = fmt.Errorf("awsvet settings: cannot reset -%s.%s to its default %q: %v", a.Name, f.Name, f.DefValue, e)
			}
		})
	}
	return err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
