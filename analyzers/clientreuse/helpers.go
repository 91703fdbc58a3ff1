package clientreuse

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// handlerHelper is a function one call below handlers: every call of it
// in the package's non-test code is a statement of an HTTP or Lambda
// handler, so what it builds is built on every request or invocation.
type handlerHelper struct {
	kind string // the handlers' kind, as handlerKind names it
}

// findHandlerHelpers finds the unexported package-level functions (not
// methods: an interface may call those from anywhere) that are only ever
// called, never used as values, and only from the body of handlers of one
// kind: not from a function literal inside them (a callback, a goroutine:
// how often it runs is not visible), not from a sync.Once function, and
// not behind a cache lookup in the handler. One level down only: a helper
// of a helper is not followed, since every level makes "every request"
// less certain.
func (c *checker) findHandlerHelpers() map[*ast.FuncDecl]handlerHelper {
	kinds := map[*types.Func]string{}
	disqualified := map[*types.Func]bool{}
	for cur := range c.pass.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
		if !ok || disqualified[fn] || c.pass.Syntax.InTest(id.Pos()) {
			continue
		}
		if kinds[fn] == "" && !c.mayBeHelper(c.pass.Syntax.Decl(fn)) {
			disqualified[fn] = true // asked once per function
			continue
		}
		kind := c.callerKind(cur)
		if kind == "" || kinds[fn] != "" && kinds[fn] != kind {
			disqualified[fn] = true
			continue
		}
		kinds[fn] = kind
	}
	out := map[*ast.FuncDecl]handlerHelper{}
	for fn, kind := range kinds {
		if !disqualified[fn] {
			out[c.pass.Syntax.Decl(fn)] = handlerHelper{kind: kind}
		}
	}
	return out
}

// mayBeHelper reports whether fd, a declaration of the package or nil,
// has the shape of a handler helper: an unexported package-level
// function with a body, in a non-test file, neither main nor init nor a
// handler itself (reported as one).
func (c *checker) mayBeHelper(fd *ast.FuncDecl) bool {
	if fd == nil || fd.Recv != nil || fd.Body == nil || c.pass.Syntax.InTest(fd.Pos()) {
		return false
	}
	if ast.IsExported(fd.Name.Name) || fd.Name.Name == "main" || fd.Name.Name == "init" {
		return false
	}
	return c.handlerKind(fd, fd.Type) == ""
}

// callerKind returns the kind of handler whose body calls the function
// named by id, or "" when id is not the callee of a call made straight
// from a handler's body without a cache in front of it.
func (c *checker) callerKind(id inspector.Cursor) string {
	callCur := id.Parent()
	call, ok := callCur.Node().(*ast.CallExpr)
	if !ok || ast.Unparen(call.Fun) != id.Node() {
		return "" // used as a value: called from who knows where
	}
	for anc := range callCur.Parent().Enclosing() {
		switch n := anc.Node().(type) {
		case *ast.FuncLit:
			kind := c.handlerKind(n, n.Type)
			if kind == "" || c.guarded(callCur, n) {
				return ""
			}
			return kind
		case *ast.FuncDecl:
			kind := c.handlerKind(n, n.Type)
			if kind == "" || c.guarded(callCur, n) {
				return ""
			}
			return kind
		}
	}
	return "" // a package-level initialiser: it runs once
}
