package rawhttp

import (
	"go/ast"
	"go/constant"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// unsignedOperationIn returns the operation of host's service that needs
// no SigV4 signature (STS AssumeRoleWithWebIdentity, a user pool's
// InitiateAuth) when a constant string of the function around the request
// names it: the form's Action, the X-Amz-Target header. The request is
// still reported, for the retries; only its message changes.
func unsignedOperationIn(pass *rule.Pass, cur inspector.Cursor, host string) string {
	var body *ast.BlockStmt
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch fn := c.Node().(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		break
	}
	if body == nil {
		return ""
	}
	op := ""
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || op != "" {
			return op == ""
		}
		if tv, ok := pass.TypesInfo.Types[lit]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			op = sdk.UnsignedOperation(host, constant.StringVal(tv.Value))
		}
		return true
	})
	return op
}
