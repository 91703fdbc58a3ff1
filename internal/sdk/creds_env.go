package sdk

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// KeyIDEnvVars are the variables the default chains read the access key ID
// from; SecretKeyEnvVars the secret access key; SessionTokenEnvVar the
// session token. Together they are CredentialEnvVars.
var (
	KeyIDEnvVars       = map[string]bool{"AWS_ACCESS_KEY_ID": true, "AWS_ACCESS_KEY": true}
	SecretKeyEnvVars   = map[string]bool{"AWS_SECRET_ACCESS_KEY": true, "AWS_SECRET_KEY": true}
	SessionTokenEnvVar = "AWS_SESSION_TOKEN"
)

// EnvRead returns the name of the environment variable that result index of
// call reads: os.Getenv(name) (index -1 or 0) or the value of
// os.LookupEnv(name) (index 0). The name must be a constant.
func EnvRead(info *types.Info, call *ast.CallExpr, index int) (string, bool) {
	fn := Callee(info, call)
	switch {
	case IsFunc(fn, "os", "Getenv") && index <= 0,
		IsFunc(fn, "os", "LookupEnv") && index == 0:
		return ConstString(info, call.Args[0])
	}
	return "", false
}

// IsSetenv reports whether fn sets a variable of the process environment:
// os.Setenv or syscall.Setenv (both take name, value).
func IsSetenv(fn *types.Func) bool {
	return IsFunc(fn, "os", "Setenv") || IsFunc(fn, "syscall", "Setenv")
}

// ConstString returns the value of e when e is a string constant.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
