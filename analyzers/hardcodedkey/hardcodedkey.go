package hardcodedkey

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Rule is the rule, its severity and CWE beside its spec; Analyzer stays
// a package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{
	Name: "hardcodedkey", Doc: doc, Severity: report.Error, CWE: "CWE-798", Run: run,
	// Secrets are looked for in generated files too (see internal/passes/syntax).
	Requires: []*analysis.Analyzer{syntax.WithGenerated, strlits.Analyzer},
})
var Analyzer = Rule.Analyzer

const fix = "remove it, rotate the key in IAM, and let the default credential chain supply credentials"

type checker struct {
	pass     *analysis.Pass
	r        *report.Reporter
	reported map[*ast.BasicLit]bool
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, r: report.New(pass), reported: map[*ast.BasicLit]bool{}}
	lits := pass.ResultOf[strlits.Analyzer].(*strlits.Result)
	c.keyIDs(lits)
	c.secrets(lits)
	return nil, nil
}

// keyIDs reports access key IDs anywhere in string literals and comments.
func (c *checker) keyIDs(lits *strlits.Result) {
	for _, l := range lits.Lits {
		for _, m := range keys.KeyIDs(l.Value, keyIDEntropy(l.Test)) {
			c.reported[l.Node] = true
			c.r.Errorf(report.Span{From: l.Offset(m.Start), To: l.Offset(m.End)},
				"hardcoded AWS access key ID %s: %s", redact.KeyID(m.Value), fix)
		}
	}
	for _, cm := range lits.Comments {
		for _, m := range keys.KeyIDs(cm.Node.Text, keyIDEntropy(cm.Test)) {
			pos := cm.Node.Slash + token.Pos(m.Start)
			c.r.Errorf(report.Span{From: pos, To: pos + token.Pos(len(m.Value))},
				"comment holds AWS access key ID %s: %s", redact.KeyID(m.Value), fix)
		}
	}
}

func keyIDEntropy(test bool) float64 {
	if test {
		return keys.TestKeyIDEntropy
	}
	return 0 // gitleaks' own threshold applies
}

// secrets reports secret keys and session tokens by where they go.
func (c *checker) secrets(lits *strlits.Result) {
	src := syntax.Of(c.pass)
	usesSDK := sdk.ImportsSDK(c.pass.Pkg)
	filter := []ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}
	if usesSDK {
		filter = append(filter, (*ast.CompositeLit)(nil))
	}
	for cur := range src.Inspector.Root().Preorder(filter...) {
		c.node(cur.Node(), usesSDK)
	}
	// Generated files have no inspector: they are walked only when one of
	// their literals has a key's shape, which the generated code of the
	// SDKs never has.
	if !keyShapedIn(lits, true) {
		return
	}
	for _, f := range src.Generated {
		ast.Inspect(f, func(n ast.Node) bool {
			c.node(n, usesSDK)
			return true
		})
	}
}

// keyShapedIn reports whether a literal of a generated file (generated
// true) or not has the shape of a secret key or a session token.
func keyShapedIn(lits *strlits.Result, generated bool) bool {
	for _, l := range lits.Lits {
		if l.Generated == generated && (keys.LooksLikeSecretKey(l.Value, 0) || keys.LooksLikeSessionToken(l.Value)) {
			return true
		}
	}
	return false
}

func (c *checker) node(n ast.Node, usesSDK bool) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		if usesSDK {
			c.credentialsLiteral(n)
		}
	case *ast.CallExpr:
		c.call(n, usesSDK)
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) && keys.IsSecretKeyName(name.Name) {
				c.namedSecret(n.Values[i])
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			if name := assignedName(lhs); name != "" && keys.IsSecretKeyName(name) {
				c.namedSecret(n.Rhs[i])
			}
		}
	}
}

// credentialsLiteral checks aws.Credentials{SecretAccessKey: ..., SessionToken: ...}
// and the v1 credentials.Value{...}.
func (c *checker) credentialsLiteral(lit *ast.CompositeLit) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok || !sdk.IsCredentialsValue(tv.Type) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && sdk.SecretFields[id.Name] {
			c.secretValue(kv.Value, id.Name == sdk.SessionTokenField)
		}
	}
}

func (c *checker) call(call *ast.CallExpr, usesSDK bool) {
	fn := sdk.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	if usesSDK {
		if args, ok := sdk.StaticCredsConstructor(fn); ok && len(call.Args) > max(args.Secret, args.Token) {
			c.secretValue(call.Args[args.Secret], false)
			c.secretValue(call.Args[args.Token], true)
			return
		}
	}
	if sdk.IsSetenv(fn) && len(call.Args) == 2 {
		if name, ok := sdk.ConstString(c.pass.TypesInfo, call.Args[0]); ok && sdk.SecretEnvVars[name] {
			c.secretValue(call.Args[1], name == sdk.SessionTokenEnvVar)
		}
	}
}

// namedSecret checks a value held by a name that says "secret key".
func (c *checker) namedSecret(e ast.Expr) {
	lit := c.literalOf(e)
	if lit == nil || c.reported[lit] {
		return
	}
	v, _ := sdk.ConstString(c.pass.TypesInfo, e)
	if keys.LooksLikeSecretKey(v, c.secretEntropy(lit)) {
		c.reportSecret(lit, v, false)
	}
}

// secretValue checks a value that goes where a secret key or session token goes.
func (c *checker) secretValue(e ast.Expr, token bool) {
	lit := c.literalOf(e)
	if lit == nil || c.reported[lit] {
		return
	}
	v, _ := sdk.ConstString(c.pass.TypesInfo, e)
	switch {
	case keys.LooksLikeSecretKey(v, c.secretEntropy(lit)):
		c.reportSecret(lit, v, false)
	case token && keys.LooksLikeSessionToken(v):
		c.reportSecret(lit, v, true)
	}
}

func (c *checker) secretEntropy(lit *ast.BasicLit) float64 {
	if syntax.Of(c.pass).InTest(lit.Pos()) {
		return keys.TestSecretEntropy
	}
	return keys.SecretEntropy
}

func (c *checker) reportSecret(lit *ast.BasicLit, v string, token bool) {
	c.reported[lit] = true
	what := "secret access key"
	if token {
		what = "session token"
	}
	c.r.Errorf(lit, "hardcoded AWS %s %s: %s", what, redact.Secret(v), fix)
}

// literalOf returns the string literal that spells e's value: e itself, or,
// for a constant or a variable of this package initialised with a literal,
// the literal at its declaration (so a constant used in several places is
// reported once, where it is written).
func (c *checker) literalOf(e ast.Expr) *ast.BasicLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return e
		}
	case *ast.Ident:
		obj := c.pass.TypesInfo.Uses[e]
		if obj == nil || obj.Pkg() != c.pass.Pkg {
			return nil
		}
		switch obj.(type) {
		case *types.Const, *types.Var:
			return c.declLiteral(obj)
		}
	}
	return nil
}

// declLiteral finds the string literal a package-level constant or a
// variable is declared with, by its position.
func (c *checker) declLiteral(obj types.Object) *ast.BasicLit {
	for _, f := range c.pass.Files {
		if f.FileStart > obj.Pos() || obj.Pos() > f.FileEnd {
			continue
		}
		var found *ast.BasicLit
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if n != nil && (n.End() < obj.Pos() || n.Pos() > obj.Pos()) {
				return false
			}
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if name.Pos() == obj.Pos() && i < len(vs.Values) {
					if lit, ok := ast.Unparen(vs.Values[i]).(*ast.BasicLit); ok && lit.Kind == token.STRING {
						found = lit
					}
				}
			}
			return false
		})
		return found
	}
	return nil
}

// assignedName is the name an assignment stores into: x, or the field of x.f.
func assignedName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}
