package envcreds

import (
	"go/ast"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// mayCallSetenv is the fast path: without os or syscall there is no
// Setenv to call.
func mayCallSetenv(pkg *types.Package) bool {
	return gocode.Imports(pkg, "os") || gocode.Imports(pkg, "syscall")
}

func run(pass *rule.Pass) error {
	r := pass.Reporter
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.Callee(pass.TypesInfo, call)
		if !gocode.IsSetenv(fn) || len(call.Args) != 2 || pass.Syntax.InTest(call.Pos()) {
			continue
		}
		name, ok := gocode.ConstString(pass.TypesInfo, call.Args[0])
		if !ok || !sdk.CredentialEnvVars[name] {
			continue
		}
		setenv := fn.Pkg().Name() + ".Setenv"
		value, isConst := gocode.ConstString(pass.TypesInfo, call.Args[1])
		switch {
		case isConst && value == "":
			// Clearing the variable: both SDKs treat "" as unset.
		case isConst && !placeholder.Is(value):
			r.Errorf(call, "%s(%q, %s) hardcodes a credential: remove and rotate it", setenv, name, fingerprint(name, value))
		default:
			// Computed at run time, or a placeholder constant (LocalStack's
			// "test"): no credential to rotate, but the role is still
			// shadowed process-wide.
			r.Warnf(call, "%s(%q) shadows the IAM role process-wide: set it on the SDK config or exec.Cmd.Env", setenv, name)
		}
	}
	return nil
}

// fingerprint shortens a hardcoded value for the message: a key ID as
// AKIA…RHDSV, a secret key or token as its first characters and length.
func fingerprint(envVar, value string) string {
	if sdk.KeyIDEnvVars[envVar] {
		return redact.KeyID(value)
	}
	return redact.Secret(value)
}
