package imds

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
	// fetches memoises fetchesToken: 0 unknown, 1 yes, 2 no.
	fetches int
}

// mayCallMetadata: the metadata service is called through net/http or the
// SDK.
func mayCallMetadata(pkg *types.Package) bool {
	return gocode.Imports(pkg, "net/http") || sdk.ImportsSDK(pkg)
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	if gocode.Imports(pass.Pkg, "net/http") {
		c.rawCalls(c.sendsToken())
	}
	if sdk.ImportsSDK(pass.Pkg) {
		c.fallbackSettings()
	}
	return nil
}

// sendsToken reports whether the package spells the IMDSv2 token header
// (X-aws-ec2-metadata-token, or its -ttl-seconds form for the PUT): it
// then implements IMDSv2 itself, unless the function that sends a request
// adds the header only under a condition (tokenUse).
func (c *checker) sendsToken() bool {
	for cur := range c.pass.Preorder((*ast.BasicLit)(nil)) {
		if lit := cur.Node().(*ast.BasicLit); lit.Kind == token.STRING && c.spellsHeader(lit, true) {
			return true
		}
	}
	return false
}

// fetchesToken reports whether the package spells the header of the
// token PUT (X-aws-ec2-metadata-token-ttl-seconds, in any constant
// expression): it fetches IMDSv2 tokens itself.
func (c *checker) fetchesToken() bool {
	if c.fetches == 0 {
		c.fetches = 2
		for cur := range c.pass.Preorder((*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil)) {
			if v, ok := gocode.ConstString(c.pass.TypesInfo, cur.Node().(ast.Expr)); ok && strings.Contains(strings.ToLower(v), tokenHeader+"-ttl-seconds") {
				c.fetches = 1
				break
			}
		}
	}
	return c.fetches == 1
}

// spellsHeader reports whether e is a constant string that holds the token
// header; ttl counts the PUT's -ttl-seconds form too.
func (c *checker) spellsHeader(e ast.Expr, ttl bool) bool {
	v, ok := gocode.ConstString(c.pass.TypesInfo, e)
	v = strings.ToLower(v)
	return ok && strings.Contains(v, tokenHeader) && (ttl || !strings.Contains(v, "-ttl-seconds"))
}

// tokenHeader is the IMDSv2 token header in lower case, as headers are
// compared.
var tokenHeader = strings.ToLower(sdk.IMDSTokenHeader)

// How a function uses the token header on the requests it sends.
type tokenUse int

const (
	noToken     tokenUse = iota // the function never spells the header
	always                      // spelled outside any if statement
	conditional                 // spelled only inside if statements: sent when there is one
)

// tokenUse tells how the function body uses the token header on its
// requests (the PUT's -ttl-seconds header does not count). A header added
// only under a condition (if token != "") means the request goes without
// it when the token fetch failed: a hand-rolled IMDSv1 fallback.
func (c *checker) tokenUse(body *ast.BlockStmt) tokenUse {
	use := noToken
	var walk func(n ast.Node, inIf bool)
	walk = func(n ast.Node, inIf bool) {
		// A function literal's requests are another function's.
		gocode.InspectSkippingFuncLits(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IfStmt:
				walk(n.Body, true)
				if n.Else != nil {
					walk(n.Else, true)
				}
				return false
			case ast.Expr:
				// A constant is judged whole: tokenHeader + "-ttl-seconds"
				// is the PUT's header, whatever its parts spell.
				if tv, ok := c.pass.TypesInfo.Types[n]; ok && tv.Value != nil {
					if c.spellsHeader(n, false) {
						if !inIf {
							use = always
						} else if use == noToken {
							use = conditional
						}
					}
					return false
				}
			}
			return true
		})
	}
	walk(body, false)
	return use
}

// rawCalls reports net/http requests to the metadata service: without the
// token header in a package that never spells it, or with the header added
// only under a condition in the function that sends the request.
// pkgToken: the package spells the header.
func (c *checker) rawCalls(pkgToken bool) {
	urls := sdk.FollowParams(c.pass.TypesInfo, c.pass.Syntax.Writes(), c.pass.Syntax.Files, c.pass.Syntax.InTest)
	uses := map[*ast.BlockStmt]tokenUse{}
	for cur := range c.pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		req, ok := sdk.NetHTTPRequest(c.pass.TypesInfo, call)
		if !ok {
			continue
		}
		u, known := urls.Static(req.URL)
		if known && (!sdk.IsIMDS(u) || strings.HasPrefix(u.Path, sdk.IMDSTokenPath)) || !known && !pkgToken {
			continue
		}
		use := noToken
		if body := enclosingBody(cur); body != nil && pkgToken {
			if _, ok := uses[body]; !ok {
				uses[body] = c.tokenUse(body)
			}
			use = uses[body]
		}
		if !known {
			// A URL known only at run time (a client's field, a flag):
			// the token header, added under a condition, says IMDS, in a
			// package that fetches its own token (a proxy that copies
			// the header from the request it serves fetches none).
			if use == conditional && c.fetchesToken() {
				c.pass.Reporter.Warnf(call, "raw metadata request goes without the IMDSv2 token when fetching one failed (IMDSv1 fallback): use feature/ec2/imds (v2) or ec2metadata (v1)")
			}
			continue
		}
		what := "metadata"
		if strings.Contains(u.Path, "/iam/security-credentials") {
			what = "instance role credentials"
		}
		switch {
		case use == conditional:
			c.pass.Reporter.Warnf(call, "raw request for %s to %s goes without the IMDSv2 token when fetching one failed (IMDSv1 fallback): use feature/ec2/imds (v2) or ec2metadata (v1)", what, u.Host)
		case !pkgToken:
			c.pass.Reporter.Warnf(call, "raw IMDSv1 request for %s to %s: use feature/ec2/imds (v2) or ec2metadata (v1)", what, u.Host)
		}
	}
}

// enclosingBody is the body of the function (declared or literal) the
// cursor is in, nil at package level.
func enclosingBody(cur inspector.Cursor) *ast.BlockStmt {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return gocode.Body(f.Node())
	}
	return nil
}

// fallbackSettings reports IMDSv1 fallback turned on explicitly: v2
// imds.Options.EnableFallback = aws.TrueTernary, v1
// aws.Config.EC2MetadataEnableFallback = aws.Bool(true) and
// (*aws.Config).WithEC2MetadataEnableFallback(true).
func (c *checker) fallbackSettings() {
	filter := []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}
	for cur := range c.pass.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			t := c.pass.TypesInfo.TypeOf(n)
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok {
						c.setting(t, key.Name, kv.Value, kv)
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
					c.setting(c.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name, n.Rhs[i], n)
				}
			}
		case *ast.CallExpr:
			if sdk.IsV1WithEC2MetadataEnableFallback(gocode.Callee(c.pass.TypesInfo, n)) && len(n.Args) == 1 && c.isTrue(n.Args[0]) {
				c.fallback(n, "WithEC2MetadataEnableFallback(true)")
			}
		}
	}
}

func (c *checker) setting(t types.Type, field string, value ast.Expr, at ast.Node) {
	switch {
	case t == nil:
	case field == sdk.FieldEnableFallback && sdk.IsV2IMDSOptions(t):
		if c.isTrueTernary(value) {
			c.fallback(at, "EnableFallback: aws.TrueTernary")
		}
	case field == sdk.FieldEC2MetadataEnableFallback && sdk.IsV1Config(t):
		call, ok := ast.Unparen(value).(*ast.CallExpr)
		if ok && len(call.Args) == 1 && sdk.IsV1Bool(gocode.Callee(c.pass.TypesInfo, call)) && c.isTrue(call.Args[0]) {
			c.fallback(at, "EC2MetadataEnableFallback: aws.Bool(true)")
		}
	}
}

func (c *checker) fallback(at ast.Node, what string) {
	c.pass.Reporter.Warnf(at, "setting %s allows IMDSv1 fallback: leave it unset or set it to false", what)
}

func (c *checker) isTrueTernary(e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	return sdk.IsV2TrueTernary(c.pass.TypesInfo.Uses[id])
}

func (c *checker) isTrue(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}
