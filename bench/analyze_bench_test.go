// Package bench holds awsvet's in-process benchmarks: the cost of the rules
// on packages already loaded and type-checked, so that loading does not
// drown it. The whole-process comparison (floor, awsvet, gosec) is
// bench/run.sh; see README.md.
package bench

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/analyzers"
)

// Package sets, loaded from this module's own dependency graph so the
// benchmarks run offline. AWSVET_BENCH_DIR and AWSVET_BENCH_PATTERNS
// (space-separated) point them at a corpus module instead:
//
//	AWSVET_BENCH_DIR=$PWD/bench/corpus/xray AWSVET_BENCH_PATTERNS=./... go test ./bench -bench=Analyze/custom
var sets = map[string][]string{
	// Code that uses the SDK: its S3 client (generated), config and
	// credential chains (hand-written).
	"sdk": {"github.com/aws/aws-sdk-go-v2/service/s3", "github.com/aws/aws-sdk-go-v2/config", "github.com/aws/aws-sdk-go-v2/credentials/..."},
	// Code that imports no SDK package: every SDK rule must return at once
	// (the fast path), so "all" should cost about what "inspect" does.
	"nosdk": {"golang.org/x/tools/go/packages", "golang.org/x/tools/go/analysis/...", "golang.org/x/mod/modfile"},
}

var (
	loadMu sync.Mutex
	loaded = map[string][]*packages.Package{}
)

func load(b *testing.B, set string) []*packages.Package {
	b.Helper()
	loadMu.Lock()
	defer loadMu.Unlock()
	if pkgs, ok := loaded[set]; ok {
		return pkgs
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule}
	patterns := sets[set]
	if set == "custom" {
		cfg.Dir = os.Getenv("AWSVET_BENCH_DIR")
		cfg.Tests = true
		patterns = strings.Fields(os.Getenv("AWSVET_BENCH_PATTERNS"))
		if cfg.Dir == "" || len(patterns) == 0 {
			b.Skip("set AWSVET_BENCH_DIR and AWSVET_BENCH_PATTERNS")
		}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		b.Fatalf("%d errors loading %s", n, set)
	}
	loaded[set] = pkgs
	return pkgs
}

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: does nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

var withInspector = &analysis.Analyzer{
	Name:     "inspectonly",
	Doc:      "inspectonly: builds the shared inspector, as every rule requires, and does nothing else",
	Requires: []*analysis.Analyzer{syntax.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

// BenchmarkAnalyze times x/tools' checker on loaded packages: nothing
// (noop), the shared inspector alone, every rule, and each rule alone.
// "all" minus "inspect" is what the rules themselves cost.
func BenchmarkAnalyze(b *testing.B) {
	for _, set := range []string{"sdk", "nosdk", "custom"} {
		b.Run(set, func(b *testing.B) {
			pkgs := load(b, set)
			runs := []struct {
				name string
				as   []*analysis.Analyzer
			}{
				{"noop", []*analysis.Analyzer{noop}},
				{"inspect", []*analysis.Analyzer{withInspector}},
				{"all", analyzers.All()},
			}
			for _, a := range analyzers.All() {
				runs = append(runs, struct {
					name string
					as   []*analysis.Analyzer
				}{"rule=" + a.Name, []*analysis.Analyzer{a}})
			}
			for _, r := range runs {
				b.Run(r.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if _, err := checker.Analyze(r.as, pkgs, nil); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(pkgs)), "ns/pkg")
				})
			}
		})
	}
}
