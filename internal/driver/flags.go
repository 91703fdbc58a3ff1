package driver

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
)

// selection holds the per-rule enable flags, with go vet's semantics: if
// any rule is enabled explicitly (-hardcodedkey), only those run; otherwise
// every rule runs but the ones disabled (-hardcodedkey=false).
type selection struct {
	all   []*analysis.Analyzer
	flags map[*analysis.Analyzer]*triState
}

func registerAnalyzerFlags(fs *flag.FlagSet) *selection {
	s := &selection{all: analyzers.All(), flags: map[*analysis.Analyzer]*triState{}}
	for _, a := range s.all {
		t := new(triState)
		s.flags[a] = t
		fs.Var(t, a.Name, "enable the "+a.Name+" rule: "+analyzers.Summary(a))
		// Each rule's own options, prefixed with its name as go vet does:
		// -staticcreds.strict. The flag values are the analyzer's own, so
		// the CLI, go vet and the golangci-lint plugin share one setting.
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return s
}

func (s *selection) enabled() []*analysis.Analyzer {
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
