// Package strlits is a helper analysis pass: one walk over a package that
// collects its string literals (unquoted) and comments, shared by the
// literal rules (hardcodedkey, hardcodedsecret) so that no rule walks the
// syntax again just to find strings. It reads generated files too: the
// literal rules find credentials, which a generated-file header must not
// hide (see internal/passes/syntax).
package strlits

import (
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/syntax"
)

// Lit is a string literal with its value.
type Lit struct {
	Node      *ast.BasicLit
	Value     string // unquoted
	Test      bool   // in a _test.go file
	Generated bool   // in a generated file
}

// Comment is one comment (a // line or a /* */ block).
type Comment struct {
	Node *ast.Comment
	Test bool
}

// Result holds every string literal and comment of the package, in file order.
type Result struct {
	Lits     []Lit
	Comments []Comment
}

// Offset maps a byte offset within Lit.Value back to a position in the
// source. It is exact for raw strings and for interpreted strings without
// escapes, which is where keys are found; otherwise it returns the
// literal's start, still on the right line for single-line strings.
func (l Lit) Offset(i int) token.Pos {
	raw := l.Node.Value
	if strings.HasPrefix(raw, "`") || (len(raw) == len(l.Value)+2 && !strings.Contains(raw, `\`)) {
		return l.Node.ValuePos + token.Pos(1+i)
	}
	return l.Node.ValuePos
}

var Analyzer = &analysis.Analyzer{
	Name:       "awsvetstrlits",
	Doc:        "collects string literals and comments (helper pass, reports nothing)",
	Requires:   []*analysis.Analyzer{syntax.WithGenerated},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	src := syntax.Of(pass)
	for cur := range src.Inspector.Root().Preorder((*ast.File)(nil), (*ast.BasicLit)(nil)) {
		res.add(src, cur.Node(), false)
	}
	// Generated files have no inspector (building one is what their size
	// makes expensive): one plain walk collects their strings.
	for _, f := range src.Generated {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.File, *ast.BasicLit:
				res.add(src, n, true)
			}
			return true
		})
	}
	return res, nil
}

func (res *Result) add(src *syntax.Result, n ast.Node, generated bool) {
	switch n := n.(type) {
	case *ast.File:
		test := src.InTest(n.Pos())
		for _, cg := range n.Comments {
			for _, c := range cg.List {
				res.Comments = append(res.Comments, Comment{Node: c, Test: test})
			}
		}
	case *ast.BasicLit:
		if n.Kind != token.STRING || len(n.Value) < 3 {
			return
		}
		v, err := strconv.Unquote(n.Value)
		if err != nil {
			return
		}
		res.Lits = append(res.Lits, Lit{Node: n, Value: v, Test: src.InTest(n.Pos()), Generated: generated})
	}
}
