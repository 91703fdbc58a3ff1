package envcreds

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Rule is the rule, its severity and CWE beside its spec; Analyzer stays
// a package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{Name: "envcreds", Doc: doc, Severity: report.Error, CWE: "CWE-526", Run: run})
var Analyzer = Rule.Analyzer

const consequence = "environment credentials come first in the default credential chain, so they shadow the instance or task role for the whole process and leak into every child process"

const remedy = "pass credentials to the SDK config (config.WithCredentialsProvider, aws.Config.Credentials) or set them on the child's exec.Cmd.Env"

func run(pass *analysis.Pass) (any, error) {
	// Fast path: without os or syscall there is no Setenv to call.
	if !sdk.Imports(pass.Pkg, "os") && !sdk.Imports(pass.Pkg, "syscall") {
		return nil, nil
	}
	if syntax.Of(pass).TestSupportPackage() {
		return nil, nil
	}
	r := report.New(pass)
	ins := syntax.Of(pass).Inspector
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := sdk.Callee(pass.TypesInfo, call)
		if !sdk.IsSetenv(fn) || len(call.Args) != 2 || syntax.Of(pass).InTest(call.Pos()) {
			continue
		}
		name, ok := sdk.ConstString(pass.TypesInfo, call.Args[0])
		if !ok || !sdk.CredentialEnvVars[name] {
			continue
		}
		setenv := fn.Pkg().Name() + ".Setenv"
		value, isConst := sdk.ConstString(pass.TypesInfo, call.Args[1])
		switch {
		case isConst && value == "":
			// Clearing the variable: both SDKs treat "" as unset.
		case isConst:
			r.Errorf(call, "%s(%q) injects a hardcoded credential into the process environment: %s; remove it and %s", setenv, name, consequence, remedy)
		default:
			r.Warnf(call, "%s(%q) injects credentials into the process environment: %s; %s", setenv, name, consequence, remedy)
		}
	}
	return nil, nil
}
