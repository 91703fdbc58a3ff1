package envcreds

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Rule is the rule, its severity and CWE beside its spec; Analyzer stays
// a package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{Name: "envcreds", Doc: doc, Severity: report.Error, CWE: "CWE-526", Run: run})
var Analyzer = Rule.Analyzer

func run(pass *analysis.Pass) (any, error) {
	// Fast path: without os or syscall there is no Setenv to call.
	if !gocode.Imports(pass.Pkg, "os") && !gocode.Imports(pass.Pkg, "syscall") {
		return nil, nil
	}
	if syntax.Of(pass).TestSupportPackage() {
		return nil, nil
	}
	r := report.New(pass)
	ins := syntax.Of(pass).Inspector
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.Callee(pass.TypesInfo, call)
		if !gocode.IsSetenv(fn) || len(call.Args) != 2 || syntax.Of(pass).InTest(call.Pos()) {
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
	return nil, nil
}

// fingerprint shortens a hardcoded value for the message: a key ID as
// AKIA…RHDSV, a secret key or token as its first characters and length.
func fingerprint(envVar, value string) string {
	if sdk.KeyIDEnvVars[envVar] {
		return redact.KeyID(value)
	}
	return redact.Secret(value)
}
