package staticcreds

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/sdk"
)

// endpointSettings name the options and fields that point a config,
// session or client at a custom endpoint, in both SDKs: v2
// config.WithEndpointResolver(WithOptions), config.WithBaseEndpoint,
// Options.BaseEndpoint and EndpointResolver(V2); v1 aws.Config.Endpoint and
// (*aws.Config).WithEndpoint(Resolver).
var endpointSettings = map[string]bool{
	"WithEndpointResolver": true, "WithEndpointResolverWithOptions": true, "WithBaseEndpoint": true,
	"WithEndpoint": true,
	"BaseEndpoint": true, "EndpointResolver": true, "EndpointResolverV2": true, "EndpointResolverWithOptions": true,
	"Endpoint": true,
}

// forEmulator reports a provider whose constants are emulator dummies:
// none is shaped like an AWS key, and the statement that builds the
// provider (the outermost one in its function) also points the config, session or client at a custom endpoint
// (Kinesalite, DynamoDB Local, LocalStack, MinIO):
//
//	cfg, err := config.LoadDefaultConfig(ctx,
//		config.WithEndpointResolver(local),
//		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("user", "pass", "token")))
//
// Emulators accept any credentials but the SDK insists on some; nothing
// secret ships, and pointed at AWS such a config fails at once. Without an
// endpoint in the same statement the dummies would be sent to AWS, and are
// still reported.
func (c *checker) forEmulator(s site, set credSet) bool {
	if s.cur.Inspector() == nil || !set.dummies() {
		return false
	}
	// The outermost statement of the function that holds the provider:
	// an option function literal (o.Credentials = ...) sits inside the
	// statement that builds the client and sets its endpoint.
	var stmt inspector.Cursor
	for cur := range s.cur.Enclosing() {
		if _, ok := cur.Node().(*ast.FuncDecl); ok {
			break
		}
		if _, ok := cur.Node().(ast.Stmt); ok {
			if _, block := cur.Node().(*ast.BlockStmt); !block {
				stmt = cur
			}
		}
	}
	if stmt.Inspector() == nil {
		return false
	}
	found := false
	for cur := range stmt.Preorder((*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if fn := gocode.Callee(c.pass.TypesInfo, n); fn != nil && fn.Pkg() != nil && sdk.IsSDK(fn.Pkg().Path()) && endpointSettings[fn.Name()] {
				found = true
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && endpointSettings[id.Name] && c.isSDKSettings(cur.Parent().Node()) {
				found = true
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && endpointSettings[sel.Sel.Name] && c.isSDKSettingsExpr(sel.X) {
					found = true // func(o *s3.Options) { o.BaseEndpoint = aws.String(url) }
				}
			}
		}
	}
	return found
}

// dummies: every constant of the set is not shaped like an AWS key ID,
// secret key or session token.
func (s credSet) dummies() bool {
	for _, v := range []value{s.key, s.secret, s.token} {
		if v.origin != constant {
			continue
		}
		if keys.MayHoldKeyID(v.text) && len(keys.KeyIDs(v.text, 0)) > 0 ||
			keys.LooksLikeSecretKey(v.text, 0) || keys.LooksLikeSessionToken(v.text) {
			return false
		}
	}
	return true
}

// isSDKSettings: a composite literal of an SDK settings struct (v1
// aws.Config, v2 aws.Config, a service's Options).
func (c *checker) isSDKSettings(n ast.Node) bool {
	lit, ok := n.(*ast.CompositeLit)
	return ok && c.isSDKSettingsExpr(lit)
}

func (c *checker) isSDKSettingsExpr(e ast.Expr) bool {
	n := gocode.NamedOf(c.pass.TypesInfo.TypeOf(e))
	return n != nil && n.Obj().Pkg() != nil && sdk.IsSDK(n.Obj().Pkg().Path())
}
