package awskeys

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/sdk"
)

// The rules that report AWS keys, most specific first.
const (
	OwnerStaticCreds  = "staticcreds"  // a key pair handed to a static provider: one finding for the call
	OwnerEnvCreds     = "envcreds"     // a key put into the environment: one finding for the Setenv
	OwnerHardcodedKey = "hardcodedkey" // a key anywhere else
)

// claims decides, for one package, which literals (and constant
// concatenations) a rule more specific than hardcodedkey reports: the
// values written straight into a call or literal that staticcreds or
// envcreds reports as hardcoded. Their finding is at the call and names
// the values' fingerprints, so hardcodedkey leaves these values to them.
//
// So are the literals of a credentials value that a provider function or
// Retrieve method returns (staticcreds reports that literal), written in
// the return statement or in a local variable it returns.
//
// The decision mirrors those rules' own conditions, from the syntax alone
// (no facts, and without running them): not in test code, and hardcoded
// by constants. It holds whichever rules are enabled: under go vet the
// rules cannot see the selection, and a precedence that depended on it
// would give different findings under different drivers. A key written in
// a variable first is not claimed: hardcodedkey reports it where it is
// written, staticcreds where it is used.
func claims(pass *analysis.Pass) map[ast.Expr]string {
	out := map[ast.Expr]string{}
	if syntax.Of(pass).TestSupportPackage() {
		return out // both rules leave test-support packages alone
	}
	info := pass.TypesInfo
	ins := syntax.Of(pass).Inspector
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.FuncDecl)(nil)) {
		n := cur.Node()
		if syntax.Of(pass).InTest(n.Pos()) {
			continue
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if f, _ := info.Defs[n.Name].(*types.Func); f != nil && n.Recv != nil && n.Body != nil && sdk.IsRetrieveMethod(f) {
				claimReturned(info, syntax.Of(pass).Writes(), out, n.Body)
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() && sdk.IsV2CredentialsProviderFunc(tv.Type) && len(n.Args) == 1 {
				if fl, ok := ast.Unparen(n.Args[0]).(*ast.FuncLit); ok {
					claimReturned(info, syntax.Of(pass).Writes(), out, fl.Body)
				}
				continue
			}
			fn := gocode.Callee(info, n)
			if fn == nil {
				continue
			}
			if args, ok := sdk.StaticCredsConstructor(fn); ok && len(n.Args) > args.Token {
				claimHardcoded(info, out, n.Args[args.KeyID], n.Args[args.Secret], n.Args[args.Token])
			}
			if sdk.IsV1StaticCredsFromCreds(fn) && len(n.Args) == 1 {
				claimCredentialsLiteral(info, out, n.Args[0])
			}
			if gocode.IsSetenv(fn) && len(n.Args) == 2 {
				name, _ := gocode.ConstString(info, n.Args[0])
				if v, ok := gocode.ConstString(info, n.Args[1]); ok && v != "" && sdk.CredentialEnvVars[name] {
					claim(out, n.Args[1], OwnerEnvCreds)
				}
			}
		case *ast.CompositeLit:
			if t := info.TypeOf(n); t != nil && sdk.IsStaticProviderType(t) {
				if v, ok := field(info, n, sdk.StaticProviderValueField); ok {
					claimCredentialsLiteral(info, out, v)
				}
			}
		}
	}
	return out
}

// claimCredentialsLiteral claims the fields of a credentials value
// literal (v2 aws.Credentials, v1 credentials.Value) given to a static
// provider.
func claimCredentialsLiteral(info *types.Info, out map[ast.Expr]string, e ast.Expr) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || !sdk.IsCredentialsValue(info.TypeOf(lit)) {
		return
	}
	key, _ := field(info, lit, sdk.KeyIDField)
	secret, _ := field(info, lit, sdk.SecretKeyField)
	token, _ := field(info, lit, sdk.SessionTokenField)
	claimHardcoded(info, out, key, secret, token)
}

// claimReturned claims the credentials literals a provider function
// returns: in the return statement, or in a variable written once and
// returned, followed as staticcreds follows it (gocode.Writes.Resolve).
func claimReturned(info *types.Info, writes *gocode.Writes, out map[ast.Expr]string, body *ast.BlockStmt) {
	for _, e := range sdk.ProviderResults(body) {
		claimCredentialsLiteral(info, out, writes.Resolve(e))
	}
}

// claimHardcoded claims the literal values of a static provider that
// staticcreds grades hardcoded: a constant secret key or session token,
// or a constant key ID without a secret.
func claimHardcoded(info *types.Info, out map[ast.Expr]string, key, secret, token ast.Expr) {
	set := func(e ast.Expr) bool {
		v, ok := gocode.ConstString(info, e)
		return e != nil && ok && v != ""
	}
	absent := func(e ast.Expr) bool {
		v, ok := gocode.ConstString(info, e)
		return e == nil || ok && v == ""
	}
	if !set(secret) && !set(token) && !(set(key) && absent(secret)) {
		return
	}
	for _, e := range []ast.Expr{key, secret, token} {
		claim(out, e, OwnerStaticCreds)
	}
}

func claim(out map[ast.Expr]string, e ast.Expr, rule string) {
	if e == nil {
		return
	}
	// A literal, or a constant concatenation that spells the key
	// (concatKeyIDs reports it at this expression).
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		out[e] = rule
	case *ast.BinaryExpr:
		out[e] = rule
	}
}

// field returns the value of a struct literal's field, keyed or positional.
func field(info *types.Info, lit *ast.CompositeLit, name string) (ast.Expr, bool) {
	st, _ := info.TypeOf(lit).Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value, true
			}
			continue
		}
		if st != nil && i < st.NumFields() && st.Field(i).Name() == name {
			return elt, true
		}
	}
	return nil, false
}
