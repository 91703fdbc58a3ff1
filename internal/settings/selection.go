package settings

import (
	"flag"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Selection holds the per-rule enable flags, with go vet's semantics: if
// any rule is enabled explicitly (-hardcodedkey), only the enabled ones
// run; otherwise every rule runs but the disabled ones
// (-hardcodedkey=false).
type Selection struct {
	all   []*analysis.Analyzer
	flags map[*analysis.Analyzer]*triState
}

// Register defines on fs, for each analyzer, its enable flag -<name> and
// its options -<name>.<option>. The option flags share the analyzer's own
// flag.Values, so the CLI, go vet and the golangci-lint plugin set the
// same variables.
func Register(fs *flag.FlagSet, all []*analysis.Analyzer) *Selection {
	s := &Selection{all: all, flags: map[*analysis.Analyzer]*triState{}}
	for _, a := range all {
		t := new(triState)
		s.flags[a] = t
		fs.Var(t, a.Name, summary(a)+" (on by default; -"+a.Name+" alone runs only the rules named so, -"+a.Name+"=false turns it off)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return s
}

// Enabled returns the analyzers the flags select, in registration order.
func (s *Selection) Enabled() []*analysis.Analyzer {
	anyTrue := false
	for _, t := range s.flags {
		anyTrue = anyTrue || *t == setTrue
	}
	var out []*analysis.Analyzer
	for _, a := range s.all {
		switch t := *s.flags[a]; {
		case anyTrue && t == setTrue, !anyTrue && t != setFalse:
			out = append(out, a)
		}
	}
	return out
}

// summary is the first line of an analyzer's Doc without "name: ".
func summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimPrefix(first, a.Name+": ")
}

// triState is a bool flag that remembers whether it was set at all.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}

func (t *triState) Set(v string) error {
	switch v {
	case "true", "1", "t", "T", "TRUE", "True":
		*t = setTrue
	case "false", "0", "f", "F", "FALSE", "False":
		*t = setFalse
	default:
		return errBool
	}
	return nil
}

var errBool = flagError("want true or false")

type flagError string

func (e flagError) Error() string { return string(e) }
