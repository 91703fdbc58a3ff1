package staticcreds

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass    *rule.Pass
	visited map[*ast.CompositeLit]bool
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass, visited: map[*ast.CompositeLit]bool{}}
	for cur := range pass.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.FuncDecl)(nil)) {
		if pass.Syntax.InTest(cur.Node().Pos()) {
			continue // tests pin dummy credentials on purpose
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.CompositeLit:
			c.providerLiteral(cur, n)
		case *ast.FuncDecl:
			c.retrieveMethod(n)
		}
	}
	return nil
}

// assigns is the package's index of variable writes, shared by the rules.
func (c *checker) assigns() *gocode.Writes { return c.pass.Syntax.Writes() }

// call handles the static constructors of both SDKs and the conversion of a
// function literal to aws.CredentialsProviderFunc.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if sdk.IsV2CredentialsProviderFunc(tv.Type) && len(call.Args) == 1 {
			if fl, ok := ast.Unparen(call.Args[0]).(*ast.FuncLit); ok {
				c.providerFunc(fl.Body, "the aws.CredentialsProviderFunc", true)
			}
		}
		return
	}
	fn := gocode.Callee(info, call)
	if fn == nil || fn.Pkg() == nil { // fn.Pkg() is nil for error.Error
		return
	}
	name := "credentials." + fn.Name()
	v2 := sdk.IsV2(fn.Pkg().Path())
	if args, ok := sdk.StaticCredsConstructor(fn); ok && len(call.Args) > args.Token {
		set := credSet{
			key:    c.classify(call.Args[args.KeyID]),
			secret: c.classify(call.Args[args.Secret]),
			token:  c.classify(call.Args[args.Token]),
		}
		c.judge(site{node: call, cur: cur, what: name, v2: v2}, set)
		return
	}
	if sdk.IsV1StaticCredsFromCreds(fn) && len(call.Args) == 1 {
		_, set, ok := c.credentialsOf(call.Args[0])
		if !ok {
			set = credSet{key: value{origin: runtime}} // a credentials.Value made at run time
		}
		c.judge(site{node: call, cur: cur, what: name, v2: v2}, set)
	}
}

// providerLiteral handles credentials.StaticCredentialsProvider{...} (v2)
// and credentials.StaticProvider{...} (v1).
func (c *checker) providerLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil || !sdk.IsStaticProviderType(t) {
		return
	}
	n := gocode.NamedOf(t)
	what := "a credentials." + n.Obj().Name() + " literal"
	v2 := sdk.IsV2(n.Obj().Pkg().Path())
	valueExpr, ok := c.fields(lit)[sdk.StaticProviderValueField]
	if !ok {
		return // an empty provider: no credentials pinned
	}
	_, set, ok := c.credentialsOf(valueExpr)
	if !ok {
		set = credSet{key: value{origin: runtime}} // credentials made at run time
	}
	c.judge(site{node: lit, cur: cur, what: what, v2: v2}, set)
}

// retrieveMethod handles a provider type's own Retrieve method.
func (c *checker) retrieveMethod(decl *ast.FuncDecl) {
	if decl.Recv == nil || decl.Body == nil {
		return
	}
	f, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if f == nil || !sdk.IsRetrieveMethod(f) {
		return
	}
	v2 := sdk.IsV2CredentialsValue(f.Signature().Results().At(0).Type())
	recv := gocode.NamedOf(f.Signature().Recv().Type())
	what := "the " + f.Name() + " method"
	if recv != nil {
		what = "the " + f.Name() + " method of " + recv.Obj().Name()
	}
	c.providerFunc(decl.Body, what, v2)
}

// providerFunc checks the credentials a provider function returns. Only
// literals made of constants or of the standard environment variables are
// reported: a function that computes credentials at run time is a real
// provider, not a static one.
func (c *checker) providerFunc(body *ast.BlockStmt, what string, v2 bool) {
	for _, e := range sdk.ProviderResults(body) {
		if lit, set, ok := c.credentialsOf(e); ok && !c.visited[lit] {
			c.visited[lit] = true
			if g := set.grade(); g == gradeHard || g == gradeEnv {
				c.judge(site{node: lit, what: what, v2: v2, returned: true}, set)
			}
		}
	}
}
