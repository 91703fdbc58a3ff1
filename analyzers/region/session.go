package region

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// session checks the v1 session constructors.
func (c *checker) session(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if c.lambda || c.envAware || c.v1LoadConfig {
		return
	}
	switch sdk.V1SessionConstructor(fn) {
	case sdk.V1SessionConfigs:
		if call.Ellipsis.IsValid() {
			return
		}
		for _, arg := range call.Args {
			if c.v1ConfigEffect(arg) != noRegion {
				return
			}
		}
	case sdk.V1SessionOptions:
		if len(call.Args) != 1 {
			return
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok || !sdk.IsV1SessionOptions(c.pass.TypesInfo.TypeOf(lit)) || !allKeyed(lit) {
			return
		}
		if v, ok := keyed(lit, sdk.V1SharedConfigStateField); ok && !c.sharedConfigOff(v) {
			return
		}
		if v, ok := keyed(lit, sdk.V1SessionConfigField); ok && c.v1ConfigEffect(v) != noRegion {
			return
		}
	}
	if c.regionGivenLater(cur, call, v1) || c.onlyForRegionlessClients(cur, v1) {
		return
	}
	c.pass.Reporter.Warnf(call, "session.%s without Region reads only AWS_REGION: set aws.Config.Region or enable the shared config", fn.Name())
}

// sharedConfigOff reports whether v, the SharedConfigState of a
// session.Options literal, is a constant other than SharedConfigEnable. A
// run-time value may be Enable.
func (c *checker) sharedConfigOff(v ast.Expr) bool {
	tv := c.pass.TypesInfo.Types[v]
	n := gocode.NamedOf(tv.Type)
	if tv.Value == nil || n == nil || n.Obj().Pkg() == nil {
		return false
	}
	enable, ok := n.Obj().Pkg().Scope().Lookup("SharedConfigEnable").(*types.Const)
	if !ok || !sdk.IsV1SharedConfigEnable(enable) {
		return false
	}
	return !constant.Compare(tv.Value, token.EQL, enable.Val())
}
