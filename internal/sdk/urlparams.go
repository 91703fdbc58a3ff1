package sdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// A request URL may reach the request through a parameter: a helper
// getMetadata(base string) builds base + "dynamic/instance-identity/document"
// and its caller passes a constant base (aws-xray-sdk-go's EC2 plugin).
// The URL is then known when every call of the helper passes the same URL
// known before run time. One call level only: the argument is read in the
// caller without following the caller's own parameters.
//
// Only unexported functions without a receiver, used only by direct
// calls: an importer may call an exported function with any URL, a method
// may be reached through an interface, and a function value may be
// called anywhere. A parameter the function writes is not followed. Calls
// in test code do not count for a function declared outside it (a test
// that passes a local server's URL leaves the URL the code uses), as in
// gocode.Writes.Default.

// param is a parameter of a followable function: the function and the
// parameter's position.
type param struct {
	fn    *types.Func
	index int
}

// params indexes the followable functions of a package and their calls.
type params struct {
	of    map[*types.Var]param
	calls map[*types.Func][]*ast.CallExpr
	// escapes: the function is used other than as the callee of a call.
	escapes map[*types.Func]bool
	flat    *URLs // reads arguments without following parameters
	known   map[*types.Var]known
}

// known is a parameter's template once read: each parameter's calls are
// read once however many times it is used.
type known struct {
	t  string
	ok bool
}

// FollowParams returns a URLs that also follows the parameters of the
// package's files (above); inTest tells test code.
func FollowParams(info *types.Info, writes *gocode.Writes, files []*ast.File, inTest func(token.Pos) bool) *URLs {
	u := NewURLs(info, writes)
	p := &params{of: map[*types.Var]param{}, calls: map[*types.Func][]*ast.CallExpr{}, escapes: map[*types.Func]bool{}, flat: NewURLs(info, writes), known: map[*types.Var]known{}}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || fd.Name.IsExported() {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Signature()
			for i := range sig.Params().Len() {
				v := sig.Params().At(i)
				if sig.Variadic() && i == sig.Params().Len()-1 || writes.WrittenIn(v, fd.Body) {
					continue
				}
				p.of[v] = param{fn: fn, index: i}
			}
		}
	}
	if len(p.of) == 0 {
		return u
	}
	tracked := map[*types.Func]bool{}
	for _, pr := range p.of {
		tracked[pr.fn] = true
	}
	callee := map[*ast.Ident]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if fn, _ := info.Uses[id].(*types.Func); tracked[fn] {
						callee[id] = true
						if !inTest(n.Pos()) || inTest(fn.Pos()) {
							p.calls[fn] = append(p.calls[fn], n)
						}
					}
				}
			case *ast.Ident:
				if fn, _ := info.Uses[n].(*types.Func); tracked[fn] && !callee[n] {
					p.escapes[fn] = true
				}
			}
			return true
		})
	}
	u.params = p
	return u
}

// template returns the one URL template every call passes for the
// parameter e names, without holes; ok false when e is no followable
// parameter or the calls pass anything else.
func (p *params) template(e *ast.Ident, info *types.Info) (string, bool) {
	v, _ := info.Uses[e].(*types.Var)
	pr, ok := p.of[v]
	if !ok {
		return "", false
	}
	if k, ok := p.known[v]; ok {
		return k.t, k.ok
	}
	t, ok := p.read(pr)
	p.known[v] = known{t, ok}
	return t, ok
}

// read reads the calls' arguments for pr.
func (p *params) read(pr param) (string, bool) {
	if p.escapes[pr.fn] || len(p.calls[pr.fn]) == 0 {
		return "", false
	}
	var t string
	for i, call := range p.calls[pr.fn] {
		if pr.index >= len(call.Args) {
			return "", false
		}
		a := p.flat.template(call.Args[pr.index], 0)
		if a == "" || strings.Contains(a, hole) || i > 0 && a != t {
			return "", false
		}
		t = a
	}
	return t, true
}
