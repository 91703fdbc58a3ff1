package staticcreds

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

const fixMessage = "Drop the static provider and let the default credential chain read the environment"

// dropProvider returns the fix that removes an env-grade provider, offered
// only where removing it leaves the default chain in charge:
//   - v2: the config.WithCredentialsProvider(p) option of config.LoadDefaultConfig;
//   - v1: the Credentials: p field of an aws.Config literal handed to
//     session.New / session.NewSession, or the Config of session.Options.
//
// Elsewhere (an aws.Config or client Options literal, an assignment) the
// provider has no default to fall back to, and no fix is offered.
//
// Nor when the provider reads local variables: they would be left unused,
// which does not compile.
func (c *checker) dropProvider(cur inspector.Cursor) []analysis.SuggestedFix {
	if c.readsLocals(cur.Node()) {
		return nil
	}
	cur = c.throughWrappers(cur)
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if !sdk.IsV2WithCredentialsProvider(gocode.Callee(c.pass.TypesInfo, p)) {
			return nil
		}
		load, ok := parent.Parent().Node().(*ast.CallExpr)
		if !ok || load.Ellipsis.IsValid() || !sdk.IsV2LoadDefaultConfig(gocode.Callee(c.pass.TypesInfo, load)) {
			return nil
		}
		if i := indexOf(load.Args, p); i > 0 {
			return fix(removeElem(load.Args, i, load.Lparen, load.Rparen))
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); !ok || id.Name != sdk.V1CredentialsField || p.Value != cur.Node() {
			return nil
		}
		litCur := parent.Parent()
		lit, ok := litCur.Node().(*ast.CompositeLit)
		if !ok || !sdk.IsV1Config(c.pass.TypesInfo.TypeOf(lit)) || !c.goesToSession(litCur) {
			return nil
		}
		if i := indexOf(lit.Elts, p); i >= 0 {
			return fix(removeElem(lit.Elts, i, lit.Lbrace, lit.Rbrace))
		}
	}
	return nil
}

// throughWrappers climbs from a provider to the outermost expression that
// still is that provider: (p), &p, aws.NewCredentialsCache(p),
// credentials.NewCredentials(p).
func (c *checker) throughWrappers(cur inspector.Cursor) inspector.Cursor {
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				return cur
			}
		case *ast.CallExpr:
			if len(p.Args) == 0 || p.Args[0] != cur.Node() || !sdk.IsProviderWrapper(gocode.Callee(c.pass.TypesInfo, p)) {
				return cur
			}
		default:
			return cur
		}
		cur = parent
	}
}

// goesToSession reports whether the v1 aws.Config literal at cur is handed
// straight to a session constructor, which resolves the default chain when
// it has no Credentials.
func (c *checker) goesToSession(cur inspector.Cursor) bool {
	parent := cur.Parent()
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		cur, parent = parent, parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		return sdk.V1SessionConstructor(gocode.Callee(c.pass.TypesInfo, p)) == sdk.V1SessionConfigs && indexOf(p.Args, cur.Node()) >= 0
	case *ast.KeyValueExpr:
		id, ok := p.Key.(*ast.Ident)
		opts, isLit := parent.Parent().Node().(*ast.CompositeLit)
		return ok && id.Name == sdk.V1SessionConfigField && p.Value == cur.Node() && isLit && sdk.IsV1SessionOptions(c.pass.TypesInfo.TypeOf(opts))
	}
	return false
}

func (c *checker) readsLocals(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && !v.IsField() && v.Parent() != c.pass.Pkg.Scope() {
				found = true
			}
		}
		return !found
	})
	return found
}

func indexOf(list []ast.Expr, n ast.Node) int {
	for i, e := range list {
		if e == n {
			return i
		}
	}
	return -1
}

// removeElem deletes list[i] with one of its separating commas, so that
// what is left stays well formed on one line or many; open and close are
// the list's brackets.
func removeElem(list []ast.Expr, i int, open, close token.Pos) analysis.TextEdit {
	switch {
	case i > 0: // from the end of the previous element: its comma stays
		return analysis.TextEdit{Pos: list[i-1].End(), End: list[i].End()}
	case len(list) > 1: // up to the next element
		return analysis.TextEdit{Pos: list[0].Pos(), End: list[1].Pos()}
	}
	return analysis.TextEdit{Pos: open + 1, End: close} // the only element, with a trailing comma if any
}

func fix(e analysis.TextEdit) []analysis.SuggestedFix {
	return []analysis.SuggestedFix{{Message: fixMessage, TextEdits: []analysis.TextEdit{e}}}
}
