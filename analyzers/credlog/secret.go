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
// concatenation, conversion, fmt.Sprint*, a helper that returns text,
// composite literals (logrus.Fields, a map of attributes).
func (c *checker) secretIn(e ast.Expr, depth int) (leak, bool) {
	if depth > maxDepth || e == nil {
		return leak{}, false
	}
	// Each expression is followed once per depth: a local used many
	// times (x1 := join(x0, x0, ...), x2 := join(x1, x1, ...)) would
	// otherwise be followed once per path to it, uses^depth times.
	at := followAt{e, depth}
	if r, ok := c.followed[at]; ok {
		return r.leak, r.ok
	}
	l, ok := c.follow(e, depth)
	if c.followed == nil {
		c.followed = map[followAt]followed{}
	}
	c.followed[at] = followed{l, ok}
	return l, ok
}

// followAt is an expression reached at a depth.
type followAt struct {
	e     ast.Expr
	depth int
}

// followed is what secretIn found there.
type followed struct {
	leak leak
	ok   bool
}

// follow is secretIn for an expression not followed before.
func (c *checker) follow(e ast.Expr, depth int) (leak, bool) {
	if t := c.pass.TypesInfo.TypeOf(e); t != nil && holdsCredentials(t) {
		return leak{source: types.ExprString(e), what: "secret access key and session token"}, true
	} else if t != nil && sdk.PrintsV1STSToken(t) {
		return leak{source: types.ExprString(e), what: "session token"}, true
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.secretIn(e.X, depth)
	case *ast.SelectorExpr:
		return c.secretField(e, e, holdsCredentials)
	case *ast.StarExpr: // *out.Credentials.SecretAccessKey
		return c.secretField(e, e.X, sdk.IsIssuedCredentials)
	case *ast.Ident:
		if w, ok := c.assigns().Certain(e); ok && w.Index < 0 {
			return c.secretIn(w.Rhs, depth+1)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return c.firstSecretIn([]ast.Expr{e.X, e.Y}, depth)
		}
	case *ast.CallExpr:
		return c.secretInCall(e, depth)
	case *ast.CompositeLit:
		return c.firstSecretIn(elementValues(e), depth)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.secretIn(e.X, depth+1)
		}
	}
	return leak{}, false
}

// secretField reports e, whose value is field, when field reads a secret
// field of a value whose type satisfies owner.
func (c *checker) secretField(e, field ast.Expr, owner func(types.Type) bool) (leak, bool) {
	sel, ok := ast.Unparen(field).(*ast.SelectorExpr)
	if !ok || !c.isSecretField(sel, owner) {
		return leak{}, false
	}
	return leak{source: types.ExprString(e), what: fieldSecret(sel.Sel.Name)}, true
}

// secretInCall follows a conversion ([]byte(secret), string(b)), a string
// dereference of an issued secret field (aws.ToString(out.Credentials.SessionToken)),
// the arguments fmt.Sprint* prints, and the arguments of any other helper
// that returns text without hiding it (helpers.go).
func (c *checker) secretInCall(call *ast.CallExpr, depth int) (leak, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.secretIn(call.Args[0], depth+1)
	}
	fn := gocode.Callee(info, call)
	switch {
	case sdk.IsStringDeref(fn) && len(call.Args) == 1:
		return c.secretField(call, call.Args[0], sdk.IsIssuedCredentials)
	case gocode.IsSprint(fn):
		var printed []ast.Expr
		for _, i := range c.printedArgs(sdk.NotOutput, fn, call, 0) {
			printed = append(printed, call.Args[i])
		}
		return c.firstSecretIn(printed, depth)
	case passesTextThrough(info, call):
		return c.firstSecretIn(call.Args, depth)
	}
	return leak{}, false
}

// firstSecretIn returns the credential material of the first of es that
// carries some, each followed one step deeper.
func (c *checker) firstSecretIn(es []ast.Expr, depth int) (leak, bool) {
	for _, e := range es {
		if l, ok := c.secretIn(e, depth+1); ok {
			return l, true
		}
	}
	return leak{}, false
}

// elementValues lists a composite literal's element values, keys left out.
func elementValues(lit *ast.CompositeLit) []ast.Expr {
	values := make([]ast.Expr, len(lit.Elts))
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		values[i] = elt
	}
	return values
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
func (c *checker) printedArgs(kind sdk.OutputKind, fn *types.Func, call *ast.CallExpr, first int) []int {
	skip := map[int]bool{}
	if fi, ok := gocode.FormatParam(fn); ok && fi < len(call.Args) && !call.Ellipsis.IsValid() {
		if format, ok := gocode.ConstString(c.pass.TypesInfo, call.Args[fi]); ok {
			if vs, starts, ok := parseVerbs(format); ok {
				for arg, verb := range vs {
					// "export AWS_SECRET_ACCESS_KEY=%s" on the console:
					// an export command printing for eval, the user's
					// choice.
					exported := kind == sdk.ConsoleOutput && exportAssignment.MatchString(format[:starts[arg]])
					if !printsValue(verb) || exported {
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
