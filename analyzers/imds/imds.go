package imds

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
}

// mayCallMetadata: the metadata service is called through net/http or the
// SDK.
func mayCallMetadata(pkg *types.Package) bool {
	return gocode.Imports(pkg, "net/http") || sdk.ImportsSDK(pkg)
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	if gocode.Imports(pass.Pkg, "net/http") && !c.sendsToken() {
		c.rawCalls()
	}
	if sdk.ImportsSDK(pass.Pkg) {
		c.fallbackSettings()
	}
	return nil
}

// sendsToken reports whether the package spells the IMDSv2 token header
// (X-aws-ec2-metadata-token, or its -ttl-seconds form for the PUT): it
// then implements IMDSv2 itself.
func (c *checker) sendsToken() bool {
	header := strings.ToLower(sdk.IMDSTokenHeader)
	for cur := range c.pass.Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if tv, ok := c.pass.TypesInfo.Types[lit]; ok && lit.Kind == token.STRING && tv.Value != nil &&
			strings.Contains(strings.ToLower(constant.StringVal(tv.Value)), header) {
			return true
		}
	}
	return false
}

// rawCalls reports net/http requests to the metadata service.
func (c *checker) rawCalls() {
	urls := sdk.NewURLs(c.pass.TypesInfo, c.pass.Syntax.Writes())
	for cur := range c.pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		req, ok := sdk.NetHTTPRequest(c.pass.TypesInfo, call)
		if !ok {
			continue
		}
		u, ok := urls.Static(req.URL)
		if !ok || !sdk.IsIMDS(u) || strings.HasPrefix(u.Path, sdk.IMDSTokenPath) {
			continue
		}
		what := "metadata"
		if strings.Contains(u.Path, "/iam/security-credentials") {
			what = "instance role credentials"
		}
		c.pass.Reporter.Warnf(call, "raw IMDSv1 request for %s to %s: use feature/ec2/imds (v2) or ec2metadata (v1)", what, u.Host)
	}
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
