package region

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// effect is what an option does to the region, as far as the code at the
// call shows.
type effect int

const (
	noRegion   effect = iota // known, and it sets no region
	setsRegion               // it sets a region (or a fallback)
	unknown                  // built elsewhere or at run time: assume it may
)

// funcEffect is what an option function literal does to the struct it is given.
type funcEffect struct {
	region   bool // assigns the Region field
	endpoint bool // assigns a custom endpoint field
	opaque   bool // passes the struct on, or otherwise uses it beyond o.Field
}

func (e funcEffect) regionEffect() effect {
	switch {
	case e.region:
		return setsRegion
	case e.opaque:
		return unknown
	}
	return noRegion
}

// optionFuncEffect reads an option function literal such as
//
//	func(o *config.LoadOptions) error { o.Region = r; return nil }
//	func(o *s3.Options) { o.UsePathStyle = true }
//
// whose first parameter's type satisfies holder.
func (c *checker) optionFuncEffect(lit *ast.FuncLit, holder func(types.Type) bool) funcEffect {
	params := lit.Type.Params.List
	if len(params) == 0 || len(params[0].Names) == 0 {
		return funcEffect{opaque: true}
	}
	param := c.pass.TypesInfo.Defs[params[0].Names[0]]
	if param == nil || !holder(param.Type()) {
		return funcEffect{opaque: true}
	}
	var e funcEffect
	fieldUses := map[*ast.Ident]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if field, ok := c.paramField(lhs, param); ok {
					e.region = e.region || field == sdk.RegionField
					e.endpoint = e.endpoint || sdk.V2EndpointFields[field]
				}
			}
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == param {
				fieldUses[id] = true
			}
		case *ast.Ident:
			if c.pass.TypesInfo.Uses[n] == param && !fieldUses[n] {
				// Visited after its SelectorExpr parent, so a bare use
				// here is the parameter itself being passed on.
				e.opaque = true
			}
		}
		return true
	})
	return e
}

// paramField returns the field name of lhs when it is param.Field.
func (c *checker) paramField(lhs ast.Expr, param types.Object) (string, bool) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || c.pass.TypesInfo.Uses[id] != param {
		return "", false
	}
	return sel.Sel.Name, true
}

// v1ConfigEffect tells whether a v1 *aws.Config expression sets a region:
// &aws.Config{Region: ...}, aws.NewConfig().WithRegion(r), a chain of
// WithXxx setters, or something it cannot read.
func (c *checker) v1ConfigEffect(e ast.Expr) effect {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.v1ConfigEffect(e.X)
		}
	case *ast.StarExpr:
		return c.v1ConfigEffect(e.X)
	case *ast.CompositeLit:
		if !sdk.IsV1Config(c.pass.TypesInfo.TypeOf(e)) {
			return unknown
		}
		if !allKeyed(e) {
			return unknown
		}
		if _, ok := keyed(e, sdk.RegionField); ok {
			return setsRegion
		}
		return noRegion
	case *ast.CallExpr:
		fn := gocode.Callee(c.pass.TypesInfo, e)
		switch {
		case sdk.IsV1WithRegion(fn):
			return setsRegion
		case sdk.IsV1NewConfig(fn):
			return noRegion
		case sdk.IsV1ConfigSetter(fn):
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return c.v1ConfigEffect(sel.X)
			}
		}
	}
	return unknown
}

// keyed returns the value of field name in a keyed composite literal.
func keyed(lit *ast.CompositeLit, name string) (ast.Expr, bool) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == name {
				return kv.Value, true
			}
		}
	}
	return nil, false
}

func allKeyed(lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); !ok {
			return false
		}
	}
	return true
}
