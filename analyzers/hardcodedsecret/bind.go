package hardcodedsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
)

// context is what the Go code around the package's string expressions
// says about them.
type context struct {
	// names holds the name a string expression is bound to: the constant
	// or variable it initialises, the field, variable or map key it is
	// assigned to, the struct field or map key of a composite literal, or
	// the string argument before it in a call (os.Setenv("API_TOKEN", v),
	// Header.Set("X-Api-Key", v)). gitleaks' name-bound rules
	// (generic-api-key and the semi-generic ones) need the name: a file
	// scanner sees `apiKey := "…"` as text, a literal alone does not.
	names map[ast.Expr]string
	// skip holds literals that are not data: patterns passed to the
	// regexp package, struct field tags, import paths.
	skip map[ast.Expr]bool
	// concats are the outermost constant string concatenations ("ghp_" +
	// "…"), whose value no single literal holds.
	concats []*ast.BinaryExpr
}

func readContext(pass *analysis.Pass) *context {
	c := &context{names: map[ast.Expr]string{}, skip: map[ast.Expr]bool{}}
	src := syntax.Of(pass)
	var inConcat token.Pos // end of the concatenation being visited
	filter := []ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.Field)(nil), (*ast.ImportSpec)(nil)}
	for cur := range src.Inspector.Root().Preorder(filter...) {
		c.visit(pass, cur.Node(), &inConcat)
	}
	// Generated files, whose literals strlits collects too, have no
	// inspector: one plain walk each.
	for _, f := range src.Generated {
		inConcat = token.NoPos
		ast.Inspect(f, func(n ast.Node) bool {
			c.visit(pass, n, &inConcat)
			return true
		})
	}
	return c
}

// visit reads what one node says about the string expressions in it;
// inConcat is the end of the concatenation being visited.
func (c *context) visit(pass *analysis.Pass, n ast.Node, inConcat *token.Pos) {
	switch n := n.(type) {
	case *ast.ValueSpec:
		for i, id := range n.Names {
			if i < len(n.Values) {
				c.bind(n.Values[i], id.Name)
			}
		}
	case *ast.AssignStmt:
		for lhs, rhs := range gocode.Pairs(n) {
			c.bind(rhs, nameOf(pass, lhs))
		}
	case *ast.KeyValueExpr:
		c.bind(n.Value, nameOf(pass, n.Key))
	case *ast.CallExpr:
		c.call(pass, n)
	case *ast.Field:
		if n.Tag != nil {
			c.skip[n.Tag] = true
		}
	case *ast.ImportSpec:
		c.skip[n.Path] = true
	case *ast.BinaryExpr:
		// OpPos, not Pos: Pos walks down the left operands, and
		// "a" + "a" + ... nests them as deep as it has terms, so
		// asking each node for its Pos is quadratic. A node inside
		// the concatenation being visited has its operator inside it
		// too.
		if n.OpPos < *inConcat || n.Op != token.ADD || !isConstString(pass, n) {
			return
		}
		*inConcat = n.End()
		c.concats = append(c.concats, n)
	}
}

func (c *context) bind(e ast.Expr, name string) {
	if name != "" {
		c.names[ast.Unparen(e)] = name
	}
}

func (c *context) call(pass *analysis.Pass, call *ast.CallExpr) {
	if fn := gocode.Callee(pass.TypesInfo, call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "regexp" {
		for _, a := range call.Args {
			c.skip[ast.Unparen(a)] = true
		}
		return
	}
	for i := 1; i < len(call.Args); i++ {
		if tv, ok := pass.TypesInfo.Types[call.Args[i-1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			c.bind(call.Args[i], constant.StringVal(tv.Value))
		}
	}
}

// nameOf is the name an assignment or a composite literal element stores
// into: x, the field of x.f, the string key of m["k"] or of a map literal.
func nameOf(pass *analysis.Pass, e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		return nameOf(pass, e.Index)
	case *ast.BasicLit:
		if tv, ok := pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
	}
	return ""
}

func isConstString(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// bound renders a name and a value as the text a file scanner would see:
// `name = "value"`, so that gitleaks' name-bound expressions apply. off is
// where the value starts in it.
func bound(name, value string) (text string, off int) {
	if name == "" {
		return value, 0
	}
	// A name with spaces or quotes ("X-Api-Key" header names are fine) is
	// kept as it is: the expressions allow word characters, '.', '-' and
	// blanks in names.
	name = strings.TrimSpace(name)
	prefix := name + ` = "`
	return prefix + value + `"`, len(prefix)
}
