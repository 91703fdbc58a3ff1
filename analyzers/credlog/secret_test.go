package credlog

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/rule"
)

// secretInProbe reports, at each argument of a call to sink, the source
// secretIn finds in it: the flow credlog follows, apart from which calls
// it reports and how it words them.
var secretInProbe = &analysis.Analyzer{
	Name:     "secretinprobe",
	Doc:      "reports what secretIn finds in the arguments of sink",
	Requires: []*analysis.Analyzer{syntax.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		c := &checker{pass: &rule.Pass{Pass: pass, Syntax: syntax.Of(pass)}}
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "sink" {
					return true
				}
				for _, arg := range call.Args {
					if l, ok := c.secretIn(arg, 0); ok {
						pass.Reportf(arg.Pos(), "%s", l.source)
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestSecretIn: parentheses, &, conversions, concatenation, fmt.Sprint*
// (less %T), composite literals, STS pointer fields and string
// dereferences, whole credentials, and locals up to maxDepth.
func TestSecretIn(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, secretInProbe, "./src/credlog/flags/flow")
}
