// Package awskeys is a helper analysis pass: it finds the AWS key material
// written in a package's string literals (access key IDs anywhere; secret
// keys and session tokens where Go code puts them) and says, for each,
// which rule reports it (claims.go). hardcodedkey reports the keys it
// owns; hardcodedsecret leaves every key found here alone; staticcreds
// and envcreds report the calls whose keys they own. So one key is one
// finding, and the detection runs once per package whichever rules run.
package awskeys

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Kind is what a key is.
type Kind int

const (
	KeyID Kind = iota
	SecretKey
	SessionToken
)

// Key is one piece of AWS key material in a string literal, or spelled
// only by a constant concatenation (then Lit is nil).
type Key struct {
	Lit      *ast.BasicLit
	Concat   *ast.BinaryExpr // the outermost constant concatenation, when Lit is nil
	From, To token.Pos       // the key within the literal (the whole literal for secrets, the whole concatenation)
	Value    string
	Kind     Kind
	Owner    string // the rule that reports it (Owner* constants)
}

// Result holds the keys of a package, key IDs first, in file order.
type Result struct {
	Keys []Key
	held map[*ast.BasicLit][][2]token.Pos
	// spelled holds, per constant concatenation, the byte spans in its
	// value of the keys found there.
	spelled map[*ast.BinaryExpr][][2]int
}

// Covers reports whether [from, to) overlaps a key found in lit: a finding
// there is this key's, reported by its owner.
func (r *Result) Covers(lit *ast.BasicLit, from, to token.Pos) bool {
	for _, span := range r.held[lit] {
		if from < span[1] && span[0] < to {
			return true
		}
	}
	return false
}

// CoversConcat reports whether the bytes [start, end) of the value of the
// constant concatenation e overlap a key found there.
func (r *Result) CoversConcat(e *ast.BinaryExpr, start, end int) bool {
	// The spans are in order and do not overlap: the first that ends
	// after start is the only one that can.
	spans := r.spelled[e]
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > start })
	return i < len(spans) && spans[i][0] < end
}

var Analyzer = &analysis.Analyzer{
	Name:       "awsvetawskeys",
	Doc:        "finds AWS key material in string literals and the rule that reports it (helper pass, reports nothing)",
	Requires:   []*analysis.Analyzer{syntax.Analyzer, strlits.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

type finder struct {
	pass   *analysis.Pass
	res    *Result
	claims map[ast.Expr]string // literals and concatenations a more specific rule reports
	seen   map[ast.Expr]bool   // secrets already found, by the expression that spells them
}

func run(pass *analysis.Pass) (any, error) {
	f := &finder{
		pass:   pass,
		res:    &Result{held: map[*ast.BasicLit][][2]token.Pos{}, spelled: map[*ast.BinaryExpr][][2]int{}},
		claims: claims(pass),
		seen:   map[ast.Expr]bool{},
	}
	f.keyIDs(pass.ResultOf[strlits.Analyzer].(*strlits.Result))
	f.concatKeyIDs()
	f.secrets()
	return f.res, nil
}

func (f *finder) add(k Key) {
	k.Owner = OwnerHardcodedKey
	var at ast.Expr = k.Lit
	if k.Lit == nil {
		at = k.Concat
	}
	if rule, ok := f.claims[at]; ok {
		k.Owner = rule
	}
	f.res.Keys = append(f.res.Keys, k)
	if k.Lit != nil {
		f.res.held[k.Lit] = append(f.res.held[k.Lit], [2]token.Pos{k.From, k.To})
	}
}

// keyIDs finds access key IDs anywhere in string literals.
func (f *finder) keyIDs(lits *strlits.Result) {
	for _, l := range lits.Lits {
		for _, m := range keys.KeyIDs(l.Value, KeyIDEntropy(l.Test)) {
			f.add(Key{Lit: l.Node, From: l.Offset(m.Start), To: l.Offset(m.End), Value: m.Value, Kind: KeyID})
		}
	}
}

// KeyIDEntropy is the entropy an access key ID needs in test code or not.
func KeyIDEntropy(test bool) float64 {
	if test {
		return keys.TestKeyIDEntropy
	}
	return 0 // gitleaks' own threshold applies
}

// secrets finds secret keys and session tokens by where they go.
func (f *finder) secrets() {
	ins := syntax.Of(f.pass).Inspector
	usesSDK := sdk.ImportsSDK(f.pass.Pkg)
	filter := []ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil)}
	if usesSDK {
		filter = append(filter, (*ast.CompositeLit)(nil))
	}
	filter = append(filter, (*ast.CallExpr)(nil))
	for cur := range ins.Root().Preorder(filter...) {
		f.node(cur.Node(), usesSDK)
	}
	// Generated files have no inspector: they are walked only when one of
	// their literals has a key's shape, which the generated code of the
	// SDKs never has. A key there is hardcodedkey's (claims reads only
	// hand-written files): anyone can write the generated-file header.
	if !keyShapedIn(f.pass.ResultOf[strlits.Analyzer].(*strlits.Result), true) {
		return
	}
	for _, file := range syntax.Of(f.pass).Generated {
		ast.Inspect(file, func(n ast.Node) bool {
			f.node(n, usesSDK)
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

func (f *finder) node(n ast.Node, usesSDK bool) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		if usesSDK {
			f.credentialsLiteral(n)
		}
	case *ast.CallExpr:
		f.call(n, usesSDK)
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) && keys.IsSecretKeyName(name.Name) {
				f.namedSecret(n.Values[i])
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			if name := assignedName(lhs); name != "" && keys.IsSecretKeyName(name) {
				f.namedSecret(n.Rhs[i])
			}
		}
	}
}

// credentialsLiteral checks aws.Credentials{SecretAccessKey: ..., SessionToken: ...}
// and the v1 credentials.Value{...}.
func (f *finder) credentialsLiteral(lit *ast.CompositeLit) {
	tv, ok := f.pass.TypesInfo.Types[lit]
	if !ok || !sdk.IsCredentialsValue(tv.Type) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && sdk.SecretFields[id.Name] {
			f.secretValue(kv.Value, id.Name == sdk.SessionTokenField)
		}
	}
}

func (f *finder) call(call *ast.CallExpr, usesSDK bool) {
	fn := gocode.Callee(f.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	if usesSDK {
		if args, ok := sdk.StaticCredsConstructor(fn); ok && len(call.Args) > max(args.Secret, args.Token) {
			f.secretValue(call.Args[args.Secret], false)
			f.secretValue(call.Args[args.Token], true)
			return
		}
	}
	if gocode.IsSetenv(fn) && len(call.Args) == 2 {
		if name, ok := gocode.ConstString(f.pass.TypesInfo, call.Args[0]); ok && sdk.SecretEnvVars[name] {
			f.secretValue(call.Args[1], name == sdk.SessionTokenEnvVar)
		}
	}
}

// namedSecret checks a value held by a name that says "secret key".
func (f *finder) namedSecret(e ast.Expr) {
	at := f.spelling(e)
	if at == nil || f.seen[at] || f.holdsKeyID(at) {
		return
	}
	v, _ := gocode.ConstString(f.pass.TypesInfo, e)
	if keys.LooksLikeSecretKey(v, f.secretEntropy(at)) {
		f.secret(at, v, SecretKey)
	}
}

// secretValue checks a value that goes where a secret key or session token goes.
func (f *finder) secretValue(e ast.Expr, token bool) {
	at := f.spelling(e)
	if at == nil || f.seen[at] || f.holdsKeyID(at) {
		return
	}
	v, _ := gocode.ConstString(f.pass.TypesInfo, e)
	switch {
	case keys.LooksLikeSecretKey(v, f.secretEntropy(at)):
		f.secret(at, v, SecretKey)
	case token && keys.LooksLikeSessionToken(v):
		f.secret(at, v, SessionToken)
	}
}

// holdsKeyID reports whether a literal holds a key ID already found.
func (f *finder) holdsKeyID(at ast.Expr) bool {
	lit, ok := at.(*ast.BasicLit)
	return ok && len(f.res.held[lit]) > 0
}

// secret adds the secret spelled by at, a literal or a constant
// concatenation.
func (f *finder) secret(at ast.Expr, v string, kind Kind) {
	f.seen[at] = true
	k := Key{From: at.Pos(), To: at.End(), Value: v, Kind: kind}
	switch at := at.(type) {
	case *ast.BasicLit:
		k.Lit = at
	case *ast.BinaryExpr:
		k.Concat = at
		f.res.spelled[at] = [][2]int{{0, len(v)}} // the whole value, which covers any other
	}
	f.add(k)
}

func (f *finder) secretEntropy(at ast.Expr) float64 {
	if syntax.Of(f.pass).InTest(at.Pos()) {
		return keys.TestSecretEntropy
	}
	return keys.SecretEntropy
}

// spelling returns the string literal or constant concatenation that
// spells e's value: e itself, or, for a constant or a variable of this
// package initialised with one, the one at its declaration (so a constant
// used in several places is reported once, where it is written).
func (f *finder) spelling(e ast.Expr) ast.Expr {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return e
		}
	case *ast.BinaryExpr:
		if f.isConstConcat(e) {
			return e
		}
	case *ast.Ident:
		obj := f.pass.TypesInfo.Uses[e]
		if obj == nil || obj.Pkg() != f.pass.Pkg {
			return nil
		}
		switch obj.(type) {
		case *types.Const, *types.Var:
			return f.declSpelling(obj)
		}
	}
	return nil
}

// isConstConcat reports whether e is a constant string concatenation.
func (f *finder) isConstConcat(e *ast.BinaryExpr) bool {
	tv := f.pass.TypesInfo.Types[e]
	return e.Op == token.ADD && tv.Value != nil && tv.Value.Kind() == constant.String
}

// declSpelling finds the string literal or constant concatenation a
// package-level constant or a variable is declared with, by its position.
func (f *finder) declSpelling(obj types.Object) ast.Expr {
	for _, file := range f.pass.Files {
		if file.FileStart > obj.Pos() || obj.Pos() > file.FileEnd {
			continue
		}
		var found ast.Expr
		ast.Inspect(file, func(n ast.Node) bool {
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
					switch v := ast.Unparen(vs.Values[i]).(type) {
					case *ast.BasicLit:
						if v.Kind == token.STRING {
							found = v
						}
					case *ast.BinaryExpr:
						if f.isConstConcat(v) {
							found = v
						}
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
