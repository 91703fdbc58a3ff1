package gocode

import "go/ast"

// InspectSkippingFuncLits is ast.Inspect that does not enter function
// literals: the code of a literal runs when the literal is called (later,
// in another goroutine, or never), not where it is written, so what it
// does is not what the code around it does. f is not called for the
// literal itself either, nor for n when n is one.
func InspectSkippingFuncLits(n ast.Node, f func(ast.Node) bool) {
	ast.Walk(skippingFuncLits(f), n)
}

// skippingFuncLits is an ast.Visitor: a func type, like ast.Inspect's
// own, so that the walk allocates nothing more than ast.Inspect does.
type skippingFuncLits func(ast.Node) bool

func (f skippingFuncLits) Visit(n ast.Node) ast.Visitor {
	if _, ok := n.(*ast.FuncLit); ok {
		return nil
	}
	if f(n) {
		return f
	}
	return nil
}
