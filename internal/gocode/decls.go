package gocode

import (
	"go/ast"
	"go/types"
)

// FuncDecls indexes the function and method declarations of a package by
// their object, so that a rule can read the body of a function the
// package calls. Function values (var f = func() {...}) are not
// declarations: a call through one is not followed.
type FuncDecls map[*types.Func]*ast.FuncDecl

// NewFuncDecls indexes the declarations of files, whose types info has.
func NewFuncDecls(info *types.Info, files []*ast.File) FuncDecls {
	decls := FuncDecls{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
			}
		}
	}
	return decls
}

// Decl returns the declaration of fn, or nil when fn is not declared in
// the indexed files (another package's function, a nil fn).
func (d FuncDecls) Decl(fn *types.Func) *ast.FuncDecl { return d[fn] }
