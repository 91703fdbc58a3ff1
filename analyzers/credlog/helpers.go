package credlog

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// A helper that takes the secret and returns text (a colouring function,
// strings.TrimSpace, base64 encoding) returns the secret, or all of it
// that matters: real CLIs leak keys as fmt.Println(color(secret)). A
// helper whose name says it hides the value returns something else.

// hidingWords are the parts of a function's name that say its result does
// not reproduce its argument: a mask, a digest, a length, a shortened form.
var hidingWords = []string{
	"mask", "redact", "hash", "obfusc", "truncat", "len", "count", "censor",
	"sanitiz", "scrub", "hide", "hidden", "elide", "abbrev", "short",
	"digest", "fingerprint", "sum", "encrypt", "hmac", "sign", "last", "tail",
}

// hidingPackages compute digests and ciphers; nothing of theirs returns
// the secret.
var hidingPackages = []string{"crypto", "hash", "golang.org/x/crypto"}

// passesTextThrough reports whether call is a helper whose result holds
// what its arguments hold: it returns a string or a []byte (one result),
// and neither its name nor its package says it hides the value. Builtins
// (len, cap) and conversions are not helpers.
func passesTextThrough(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	if !isText(info.TypeOf(call)) {
		return false
	}
	name := calledName(call.Fun)
	if fn := gocode.Callee(info, call); fn != nil {
		name = fn.Name()
		if fn.Pkg() != nil && inAny(fn.Pkg().Path(), hidingPackages) {
			return false
		}
	}
	name = strings.ToLower(name)
	for _, w := range hidingWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	return name != ""
}

// isText reports whether t is a string or a byte slice.
func isText(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// calledName is the name a function value is called by: f, x.f.
func calledName(fun ast.Expr) string {
	switch fun := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return fun.Name
	case *ast.SelectorExpr:
		return fun.Sel.Name
	}
	return ""
}

// inAny reports whether path is one of roots or below one.
func inAny(path string, roots []string) bool {
	for _, r := range roots {
		if path == r || strings.HasPrefix(path, r+"/") {
			return true
		}
	}
	return false
}
