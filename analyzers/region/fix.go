package region

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/sdk"
)

// defaultRegion is the fallback the fix adds: the AWS CLI's own default.
const defaultRegion = "us-east-1"

// defaultRegionFix appends config.WithDefaultRegion("us-east-1") to the
// options of a LoadDefaultConfig call, spelling the config package as the
// call does. WithDefaultRegion is only used when the environment and the
// shared config set no region, so the fix never changes a working setup.
func (c *checker) defaultRegionFix(call *ast.CallExpr) []analysis.SuggestedFix {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, ok := c.pass.TypesInfo.Uses[pkg].(*types.PkgName); !ok {
		return nil
	}
	option := fmt.Sprintf("%s.%s(%q)", pkg.Name, sdk.WithDefaultRegion, defaultRegion)
	last := call.Args[len(call.Args)-1]
	return []analysis.SuggestedFix{{
		Message:   "Add " + option + " as a fallback region",
		TextEdits: []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte(", " + option)}},
	}}
}
