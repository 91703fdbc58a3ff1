package retryloop

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// A protocol's polling looks like a retry loop: the OAuth device
// authorization grant (RFC 8628) calls SSO OIDC's CreateToken again while
// the answer is AuthorizationPending, that is until a person approves the
// sign-in, at the interval the server gave, 5 s longer after each
// SlowDown. It waits for a person, not for a throttled service, and backing
// off exponentially would only make the person wait.

// errorCodeSpelling matches a string that can be an error code
// ("AuthorizationPendingException", "authorization_pending"), not a
// sentence of a log message.
var errorCodeSpelling = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.:]*$`)

// mentionsNotYet reports whether the loop names an error that answers
// "not yet" (sdk.IsNotYetErrorName): an error type, a constant, or a
// string spelled like an error code.
func (c *checker) mentionsNotYet(loop ast.Stmt) bool {
	for name, obj := range c.errorNames(loop) {
		switch obj.(type) {
		case *types.Func:
			continue // a predicate tests for an error, it does not name one
		case nil:
			if !errorCodeSpelling.MatchString(name) {
				continue // a message, not a code
			}
		}
		if sdk.IsNotYetErrorName(name) {
			return true
		}
	}
	return false
}

// pacedByServer reports whether a wait in the loop lasts as long as the
// service said: its duration is computed, in the function around the
// loop, from a field of an SDK response or error (the Interval of
// StartDeviceAuthorization's output, a RetryAfterSeconds). The loop then
// goes at the service's pace, which is what the service asked for.
func (c *checker) pacedByServer(cur inspector.Cursor) bool {
	var body ast.Node
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = fn.Node() // the outermost: closures read the variables of the function around them
	}
	if body == nil {
		return false
	}
	writes := c.localWrites(body)
	paced := false
	ast.Inspect(cur.Node(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false
		case *ast.CallExpr:
			fn := gocode.Callee(c.pass.TypesInfo, n)
			if delay.Paces(fn) && len(n.Args) > 0 {
				paced = c.fromResponse(n.Args[0], writes, 0)
			}
		}
		return !paced
	})
	return paced
}

// localWrites returns, for each variable written in body, the values
// stored into it (for v, ok := f(), the call).
func (c *checker) localWrites(body ast.Node) map[types.Object][]ast.Expr {
	writes := map[types.Object][]ast.Expr{}
	add := func(lhs ast.Expr, rhs ast.Expr) {
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
			if obj := c.objectOf(id); obj != nil {
				writes[obj] = append(writes[obj], rhs)
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if len(n.Rhs) == len(n.Lhs) {
					add(lhs, n.Rhs[i])
				} else {
					add(lhs, n.Rhs[0])
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if len(n.Values) == len(n.Names) {
					add(name, n.Values[i])
				}
			}
		}
		return true
	})
	return writes
}

// fromResponse reports whether e reads a field of an SDK response or
// error, directly or through local variables (followed a few steps).
func (c *checker) fromResponse(e ast.Expr, writes map[types.Object][]ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = found || c.isResponseField(n)
		case *ast.Ident:
			for _, rhs := range writes[c.pass.TypesInfo.Uses[n]] {
				found = found || c.fromResponse(rhs, writes, depth+1)
			}
		}
		return !found
	})
	return found
}

// isResponseField reports whether sel selects a field of a struct that an
// SDK operation returns: an <Op>Output, or an error type (...Exception).
func (c *checker) isResponseField(sel *ast.SelectorExpr) bool {
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return false
	}
	named := gocode.NamedOf(s.Recv())
	if named == nil || named.Obj().Pkg() == nil || !sdk.IsSDK(named.Obj().Pkg().Path()) {
		return false
	}
	name := named.Obj().Name()
	return strings.HasSuffix(name, "Output") || strings.HasSuffix(name, "Exception")
}
