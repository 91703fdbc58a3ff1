package gocode

import (
	"go/ast"
	"go/types"
)

// EnvUse is what a standard library function does with the process
// environment.
type EnvUse int

const (
	NoEnvUse EnvUse = iota
	EnvGet          // reads one variable: its name is argument 0, its value result 0
	EnvSet          // sets one variable: (name, value)
	EnvUnset        // removes one variable (name), or every one (Clearenv)
)

// envFuncs is the one list of the functions that touch the environment.
// package syscall's are listed beside package os's: they are the same
// environment (os calls them), and code that calls syscall.Setenv
// directly changes what the SDKs read just as os.Setenv does.
var envFuncs = map[string]map[string]EnvUse{
	"os": {
		"Getenv": EnvGet, "LookupEnv": EnvGet,
		"Setenv":   EnvSet,
		"Unsetenv": EnvUnset, "Clearenv": EnvUnset,
	},
	"syscall": {
		"Getenv":   EnvGet, // (value string, found bool), like os.LookupEnv
		"Setenv":   EnvSet,
		"Unsetenv": EnvUnset, "Clearenv": EnvUnset,
	},
}

// EnvUseOf tells what fn does with the process environment.
func EnvUseOf(fn *types.Func) EnvUse {
	if fn == nil || fn.Pkg() == nil {
		return NoEnvUse
	}
	use := envFuncs[fn.Pkg().Path()][fn.Name()]
	if use == NoEnvUse || !IsFunc(fn, fn.Pkg().Path(), fn.Name()) {
		return NoEnvUse
	}
	return use
}

// IsSetenv reports whether fn sets a variable of the process environment
// (os.Setenv, syscall.Setenv: both take name, value).
func IsSetenv(fn *types.Func) bool { return EnvUseOf(fn) == EnvSet }

// ChangesEnv reports whether fn sets or removes variables of the process
// environment.
func ChangesEnv(fn *types.Func) bool {
	use := EnvUseOf(fn)
	return use == EnvSet || use == EnvUnset
}

// EnvRead returns the name of the environment variable whose value result
// index of call is: index -1 (the call's single value) or 0 of
// os.Getenv(name), index 0 of os.LookupEnv(name) or syscall.Getenv(name)
// (their second result says whether it is set). The name must be a
// constant.
func EnvRead(info *types.Info, call *ast.CallExpr, index int) (string, bool) {
	fn := Callee(info, call)
	if EnvUseOf(fn) != EnvGet || len(call.Args) == 0 || index > 0 {
		return "", false
	}
	if single := fn.Type().(*types.Signature).Results().Len() == 1; index < 0 && !single {
		return "", false
	}
	return ConstString(info, call.Args[0])
}
