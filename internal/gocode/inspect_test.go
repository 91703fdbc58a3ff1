package gocode_test

import (
	"go/ast"
	"go/parser"
	"slices"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// TestInspectSkippingFuncLits: the walk sees the calls around function
// literals, none inside them, and stops where f says, as ast.Inspect
// does; a literal at the root is not entered either.
func TestInspectSkippingFuncLits(t *testing.T) {
	body := `func() {
		before()
		go func() { inGoroutine() }()
		defer func() { nested(func() { deeper() }) }()
		run(func() { inCallback() })
		after(inArg())
	}`
	root, err := parser.ParseExpr(body)
	if err != nil {
		t.Fatal(err)
	}
	lit := root.(*ast.FuncLit)
	calls := func(n ast.Node, stopAt string) []string {
		var names []string
		gocode.InspectSkippingFuncLits(n, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok {
					names = append(names, id.Name)
					return id.Name != stopAt
				}
			}
			return true
		})
		return names
	}
	if got, want := calls(lit.Body, ""), []string{"before", "run", "after", "inArg"}; !slices.Equal(got, want) {
		t.Errorf("calls seen = %v, want %v", got, want)
	}
	if got, want := calls(lit.Body, "after"), []string{"before", "run", "after"}; !slices.Equal(got, want) {
		t.Errorf("calls seen when f stops at after = %v, want %v (its argument is not entered)", got, want)
	}
	if got := calls(lit, ""); len(got) != 0 {
		t.Errorf("calls seen from a literal at the root = %v, want none", got)
	}
}
