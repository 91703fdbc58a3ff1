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
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, f := range c.pass.Files {
		if c.pass.Syntax.InTest(f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || ast.IsExported(fd.Name.Name) || fd.Name.Name == "main" || fd.Name.Name == "init" {
				continue
			}
			if c.handlerKind(fd, fd.Type) != "" {
				continue // a handler itself: reported as one
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				decls[fn] = fd
			}
		}
	}
	kinds := map[*types.Func]string{}
	disqualified := map[*types.Func]bool{}
	for cur := range c.pass.Syntax.Inspector.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
		if !ok || decls[fn] == nil || disqualified[fn] || c.pass.Syntax.InTest(id.Pos()) {
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
			out[decls[fn]] = handlerHelper{kind: kind}
		}
	}
	return out
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
