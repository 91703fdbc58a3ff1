package gocode_test

import (
	"go/ast"
	"slices"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// TestLoops: the body, the "for" keyword and whether a range counts, on
// each kind of loop and on the nodes that are not loops.
func TestLoops(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": `package p

type count int

func loops(items []string, m map[string]int, n count) {
	for i := 0; i < 3; i++ {
	}
	for range 5 {
	}
	for range n {
	}
	for range items {
	}
	for range m {
	}
	f := func() {}
	f()
}
`})
	fd := c.funcDecl(t, "loops")
	if gocode.Body(fd) != fd.Body {
		t.Error("Body(func declaration) is not its body")
	}
	var ranges []bool
	for _, s := range fd.Body.List {
		switch s := s.(type) {
		case *ast.ForStmt:
			if gocode.Body(s) != s.Body || gocode.ForKeyword(s) != s.For {
				t.Error("for statement: wrong body or keyword")
			}
		case *ast.RangeStmt:
			if gocode.Body(s) != s.Body || gocode.ForKeyword(s) != s.For {
				t.Error("range statement: wrong body or keyword")
			}
			ranges = append(ranges, gocode.RangesOverInt(c.info, s))
		case *ast.AssignStmt:
			lit := s.Rhs[0].(*ast.FuncLit)
			if gocode.Body(lit) != lit.Body || gocode.Body(s) != nil {
				t.Error("func literal: wrong body, or a body for an assignment")
			}
			if gocode.ForKeyword(s) != s.Pos() {
				t.Error("ForKeyword of a statement that is no loop is not its start")
			}
		}
	}
	// 5 and a named integer type count passes; a slice and a map are items.
	if want := []bool{true, true, false, false}; !slices.Equal(ranges, want) {
		t.Errorf("RangesOverInt = %v, want %v", ranges, want)
	}
}
