package gocode

import (
	"go/ast"
	"go/types"
	"strings"
)

// Where package fmt and package os format and write text: what a rule
// that follows a value into output needs to know of the standard library.

// IsStdStream reports whether e is os.Stdout or os.Stderr.
func IsStdStream(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// IsSprint reports whether fn formats its arguments into a string:
// fmt.Sprint, fmt.Sprintf, fmt.Sprintln. What they return carries what
// they were given.
func IsSprint(fn *types.Func) bool {
	return fn != nil && (IsFunc(fn, "fmt", "Sprint") || IsFunc(fn, "fmt", "Sprintf") || IsFunc(fn, "fmt", "Sprintln"))
}

// FormatParam returns the index of fn's format-string parameter when fn is
// printf-like (named ...f, with a string parameter followed by ...any), as
// fmt.Printf, log.Printf, logrus' Infof, zap's sugared Infof and zerolog's
// Msgf are.
func FormatParam(fn *types.Func) (int, bool) {
	if fn == nil || !strings.HasSuffix(fn.Name(), "f") {
		return 0, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !sig.Variadic() || sig.Params().Len() < 2 {
		return 0, false
	}
	n := sig.Params().Len()
	if b, ok := sig.Params().At(n - 2).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return 0, false
	}
	last, _ := sig.Params().At(n - 1).Type().(*types.Slice)
	if last == nil {
		return 0, false
	}
	if it, ok := last.Elem().Underlying().(*types.Interface); !ok || !it.Empty() {
		return 0, false
	}
	return n - 2, true
}
