package clientreuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// guarded reports whether the construction at cur only runs when a lookup
// missed, as lazy initialisation and per-key caches do:
//
//	if h.client == nil { h.client = s3.NewFromConfig(h.cfg) }
//
//	c, ok := clients[region]
//	if !ok { c = s3.NewFromConfig(cfg, ...); clients[region] = c }
//
//	if c, ok := cache.Load(key); ok { return c.(*s3.Client) }
//	c := s3.NewFromConfig(cfg)
//
// It looks at the ifs between the call and region (a loop or a handler):
// one enclosing the call, or one before it in an enclosing block whose
// body returns.
func (c *checker) guarded(cur inspector.Cursor, region ast.Node) bool {
	child := cur
	for anc := range cur.Parent().Enclosing() {
		if anc.Node() == region {
			return false
		}
		switch n := anc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() != n.Cond && child.Node() != n.Init && c.isLookup(n) {
				return true
			}
		case *ast.BlockStmt:
			for _, stmt := range n.List {
				if stmt == child.Node() {
					break
				}
				if ifs, ok := stmt.(*ast.IfStmt); ok && returns(ifs.Body) && c.isLookup(ifs) {
					return true
				}
			}
		}
		child = anc
	}
	return false
}

// returns reports whether a block ends in a return statement.
func returns(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// isLookup reports whether an if tests the result of a lookup: a
// comparison of a non-error value with nil, or the ok of a comma-ok
// lookup (v, ok := m[k]; v, ok := cache.Get(k)).
func (c *checker) isLookup(ifs *ast.IfStmt) bool {
	found := false
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = found || c.nilCheckOfValue(n.X, n.Y) || c.nilCheckOfValue(n.Y, n.X)
			}
		case *ast.Ident:
			found = found || c.isLookupOK(n)
		}
		return !found
	})
	return found
}

// nilCheckOfValue: x == nil where x may hold a cached client: an SDK
// client, session or config, or an interface of this package (a client
// interface such as S3API) or any. Input checks such as r.Body == nil or
// err != nil are not lookups.
func (c *checker) nilCheckOfValue(x, y ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[y]
	if !ok || !tv.IsNil() {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(x)
	switch {
	case t == nil || isError(t):
		return false
	case sdk.IsV2ServiceClient(t), sdk.IsV1ServiceClient(t), sdk.IsV1Session(t), sdk.IsV2Config(t), sdk.IsV1Config(t):
		return true
	}
	if _, ok := types.Unalias(t).Underlying().(*types.Interface); !ok {
		return false
	}
	n, named := types.Unalias(t).(*types.Named)
	return !named || n.Obj().Pkg() == c.pass.Pkg
}

func isError(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }

// isLookupOK reports whether id is the boolean of a comma-ok lookup: the
// second variable of "v, ok := m[k]" or of "v, ok := f(k)" where f returns
// (T, bool).
func (c *checker) isLookupOK(id *ast.Ident) bool {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !types.Identical(v.Type(), types.Typ[types.Bool]) {
		return false
	}
	def, ok := c.pass.Syntax.Inspector.Root().FindByPos(v.Pos(), v.Pos())
	if !ok {
		return false
	}
	as, ok := def.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || as.Lhs[1] != def.Node() {
		return false
	}
	switch rhs := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.IndexExpr:
		_, isMap := types.Unalias(c.pass.TypesInfo.TypeOf(rhs.X)).Underlying().(*types.Map)
		return isMap
	case *ast.CallExpr:
		return true // a two-result call whose second result is the bool
	}
	return false
}

// kept reports whether what the construction at cur builds outlives the
// loop iteration: returned, sent, handed to a goroutine, or stored in
// something declared outside the loop (directly or through a local
// variable). A loop that keeps what it builds is not rebuilding the same
// thing: it retries until it succeeds, or builds one per worker.
func (c *checker) kept(cur inspector.Cursor, loop ast.Node) bool {
	stmt, lhs := c.destination(cur)
	if c.keeps(stmt, lhs, loop) {
		return true
	}
	local, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.Defs[local]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[local]
	}
	if obj == nil || !within(obj.Pos(), loop) {
		return false
	}
	// The local variable holding it: one step further. A function literal
	// that captures it (a goroutine, a callback) keeps it too.
	for use := range c.pass.Preorder((*ast.Ident)(nil)) {
		id := use.Node().(*ast.Ident)
		if c.pass.TypesInfo.Uses[id] != obj || !within(id.Pos(), loop) {
			continue
		}
		if stmt, lhs := c.destination(use); c.keeps(stmt, lhs, loop) {
			return true
		}
		for lit := range use.Enclosing((*ast.FuncLit)(nil)) {
			if within(lit.Node().Pos(), loop) {
				return true
			}
		}
	}
	return false
}

// keeps reports whether a statement that receives a value keeps it beyond
// the loop iteration.
func (c *checker) keeps(stmt ast.Node, lhs ast.Expr, loop ast.Node) bool {
	switch stmt.(type) {
	case *ast.ReturnStmt, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
		return true
	case *ast.AssignStmt:
		if lhs == nil {
			return false
		}
		if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
			return false
		}
		root := gocode.RootVar(c.pass.TypesInfo, lhs)
		return root == nil || !within(root.Pos(), loop)
	}
	return false
}

// destination follows the value of the expression at cur up through the
// expressions that carry it (session.Must(...), &T{f: ...}, append(s, ...),
// a call that may store it) to the statement that receives it, and the
// assignment target if any. It stops, returning nil, where the value is
// only used: as the receiver of a method call, or as an argument of a call
// whose results cannot hold it (an error, a bool, nothing).
func (c *checker) destination(cur inspector.Cursor) (ast.Node, ast.Expr) {
	node := cur.Node()
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch parent := p.Node().(type) {
		case *ast.SelectorExpr:
			return nil, nil // x.Method(...) or x.Field: a use, not the value
		case *ast.CallExpr:
			if parent.Fun == node {
				return nil, nil
			}
			if gs, ok := p.Parent().Node().(*ast.GoStmt); ok {
				return gs, nil // an argument of a goroutine lives as long as it
			}
			if !c.canHold(parent) {
				return nil, nil
			}
		case *ast.AssignStmt:
			for i, rhs := range parent.Rhs {
				if rhs == node {
					if len(parent.Lhs) == len(parent.Rhs) {
						return parent, parent.Lhs[i]
					}
					return parent, parent.Lhs[0]
				}
			}
			return parent, nil
		case *ast.ValueSpec:
			for i, v := range parent.Values {
				if v == node && i < len(parent.Names) {
					return parent, parent.Names[i]
				}
			}
			if len(parent.Values) == 1 && len(parent.Names) > 0 {
				return parent, parent.Names[0]
			}
			return parent, nil
		case ast.Stmt:
			return parent, nil
		case ast.Expr, *ast.KeyValueExpr:
			// carried along: &x, (x), T{x}, k: x, x.(T)...
		default:
			return nil, nil
		}
		node = p.Node()
	}
	return nil, nil
}

// canHold reports whether the results of call may carry one of its
// arguments: not when it returns nothing, or only errors and basic values.
func (c *checker) canHold(call *ast.CallExpr) bool {
	t := c.pass.TypesInfo.TypeOf(call)
	if t == nil {
		return false
	}
	var results []types.Type
	if tuple, ok := t.(*types.Tuple); ok {
		for v := range tuple.Variables() {
			results = append(results, v.Type())
		}
	} else {
		results = []types.Type{t}
	}
	for _, r := range results {
		if _, basic := types.Unalias(r).Underlying().(*types.Basic); !basic && !isError(r) {
			return true
		}
	}
	return false
}
