package envcreds

import (
	_ "embed"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "envcreds",
	Doc:      report.Doc(doc),
	URL:      report.URL("envcreds"),
	Requires: append([]*analysis.Analyzer{syntax.Analyzer}, report.Requires...),
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	// Fast path: without os or syscall there is no Setenv to call.
	if !gocode.Imports(pass.Pkg, "os") && !gocode.Imports(pass.Pkg, "syscall") {
		return nil, nil
	}
	if sdk.IsTestSupportPackage(pass.Fset, pass.Pkg, pass.Files) {
		return nil, nil
	}
	r := report.New(pass)
	ins := syntax.Of(pass).Inspector
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.Callee(pass.TypesInfo, call)
		if !gocode.IsSetenv(fn) || len(call.Args) != 2 || report.IsTestFile(pass, call.Pos()) {
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
		case isConst:
			r.Errorf(call, "%s(%q, %s) hardcodes a credential: remove and rotate it", setenv, name, fingerprint(name, value))
		default:
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
