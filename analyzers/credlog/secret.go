package credlog

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// leak describes the credential material an expression carries.
type leak struct {
	source string // the credential expression as written: creds, creds.SecretAccessKey
	what   string // what leaks: "secret access key and session token", "session token"
}

// maxDepth bounds how far a value is followed through variables and
// formatting calls.
const maxDepth = 4

// secretIn returns the credential material e carries, following simple
// flow inside a function: assignment to a local, a field read, string
// concatenation, conversion, fmt.Sprint*, composite literals (logrus.Fields,
// a map of attributes).
func (c *checker) secretIn(e ast.Expr, depth int) (leak, bool) {
	if depth > maxDepth || e == nil {
		return leak{}, false
	}
	info := c.pass.TypesInfo
	if t := info.TypeOf(e); t != nil && holdsCredentials(t) {
		return leak{source: types.ExprString(e), what: "secret access key and session token"}, true
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.secretIn(e.X, depth)
	case *ast.SelectorExpr:
		if c.isSecretField(e, holdsCredentials) {
			return leak{source: types.ExprString(e), what: fieldSecret(e.Sel.Name)}, true
		}
	case *ast.StarExpr: // *out.Credentials.SecretAccessKey
		if sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok && c.isSecretField(sel, sdk.IsSTSCredentials) {
			return leak{source: types.ExprString(e), what: fieldSecret(sel.Sel.Name)}, true
		}
	case *ast.Ident:
		if w, ok := c.assigns().Certain(e); ok && w.Index < 0 {
			return c.secretIn(w.Rhs, depth+1)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if l, ok := c.secretIn(e.X, depth+1); ok {
				return l, true
			}
			return c.secretIn(e.Y, depth+1)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.secretIn(e.Args[0], depth+1) // []byte(secret), string(b)
		}
		fn := gocode.Callee(info, e)
		if sdk.IsStringDeref(fn) && len(e.Args) == 1 { // aws.ToString(out.Credentials.SessionToken)
			if sel, ok := ast.Unparen(e.Args[0]).(*ast.SelectorExpr); ok && c.isSecretField(sel, sdk.IsSTSCredentials) {
				return leak{source: types.ExprString(e), what: fieldSecret(sel.Sel.Name)}, true
			}
		}
		if gocode.IsSprint(fn) {
			for _, i := range c.printedArgs(fn, e, 0) {
				if l, ok := c.secretIn(e.Args[i], depth+1); ok {
					return l, true
				}
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if l, ok := c.secretIn(elt, depth+1); ok {
				return l, true
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.secretIn(e.X, depth+1)
		}
	}
	return leak{}, false
}

// isSecretField reports whether sel reads the SecretAccessKey or
// SessionToken field of a value whose type satisfies owner.
func (c *checker) isSecretField(sel *ast.SelectorExpr, owner func(types.Type) bool) bool {
	t := c.pass.TypesInfo.TypeOf(sel.X)
	if !sdk.SecretFields[sel.Sel.Name] || t == nil || !owner(t) {
		return false
	}
	s, ok := c.pass.TypesInfo.Selections[sel]
	return ok && s.Kind() == types.FieldVal
}

func fieldSecret(field string) string {
	if field == sdk.SessionTokenField {
		return "session token"
	}
	return "secret access key"
}

// holdsCredentials reports whether printing a value of type t prints
// secret credential material: v2 aws.Credentials, v1 credentials.Value, or
// a static provider holding one (value or pointer).
func holdsCredentials(t types.Type) bool {
	return t != nil && (sdk.IsCredentialsValue(t) || sdk.IsStaticProviderType(t))
}

// printedArgs lists the indexes of call's arguments, from first on, whose
// content is written out: all of them, less those a printf format prints
// with %T or %p.
func (c *checker) printedArgs(fn *types.Func, call *ast.CallExpr, first int) []int {
	var skip map[int]bool
	if fi, ok := gocode.FormatParam(fn); ok && fi < len(call.Args) && !call.Ellipsis.IsValid() {
		if format, ok := gocode.ConstString(c.pass.TypesInfo, call.Args[fi]); ok {
			if vs, ok := verbs(format); ok {
				skip = map[int]bool{}
				for arg, verb := range vs {
					if !printsValue(verb) {
						skip[fi+1+arg] = true
					}
				}
			}
		}
	}
	var out []int
	for i := first; i < len(call.Args); i++ {
		if !skip[i] {
			out = append(out, i)
		}
	}
	return out
}
