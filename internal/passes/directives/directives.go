// Package directives is a helper analysis pass: it finds every
// //awsvet:ignore comment of a package once, so that each rule can honour
// suppressions without scanning the comments again.
package directives

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/suppress"
)

// Directive is a suppression comment found in the package.
type Directive struct {
	suppress.Directive
	Pos  token.Pos // the comment
	Line int
	Err  error // non-nil when malformed (a malformed directive suppresses nothing)
}

// Index holds the package's directives by file name and line.
type Index struct {
	All    []*Directive
	byLine map[string]map[int][]*Directive
}

// Suppressed reports whether a diagnostic of rule at pos is covered by a
// well-formed directive on its line or the line above.
func (ix *Index) Suppressed(fset *token.FileSet, rule string, pos token.Pos) bool {
	if ix == nil || len(ix.All) == 0 || !pos.IsValid() {
		return false
	}
	p := fset.Position(pos)
	lines := ix.byLine[p.Filename]
	for _, l := range []int{p.Line, p.Line - 1} {
		for _, d := range lines[l] {
			// A malformed directive, or one naming an unknown rule,
			// suppresses nothing (the suppression rule reports it).
			if d.Err == nil && d.Covers(rule) && len(d.Unknown()) == 0 {
				return true
			}
		}
	}
	return false
}

var Analyzer = &analysis.Analyzer{
	Name:       "awsvetdirectives",
	Doc:        "collects //awsvet:ignore suppression comments (helper pass, reports nothing)",
	Requires:   []*analysis.Analyzer{syntax.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Index](),
}

func run(pass *analysis.Pass) (any, error) {
	// Generated files are read too: the rules that read them (see
	// internal/passes/syntax) honour directives there like anywhere.
	src := syntax.Of(pass)
	ix := &Index{}
	for _, f := range slices.Concat(src.Files, src.Generated) {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				add(pass.Fset, ix, c)
			}
		}
	}
	return ix, nil
}

func add(fset *token.FileSet, ix *Index, c *ast.Comment) {
	d, ok, err := suppress.FindGo(c.Text)
	if !ok {
		return
	}
	p := fset.Position(c.Slash)
	dir := &Directive{Directive: d, Pos: c.Slash, Line: p.Line, Err: err}
	ix.All = append(ix.All, dir)
	if ix.byLine == nil {
		ix.byLine = map[string]map[int][]*Directive{}
	}
	if ix.byLine[p.Filename] == nil {
		ix.byLine[p.Filename] = map[int][]*Directive{}
	}
	ix.byLine[p.Filename][p.Line] = append(ix.byLine[p.Filename][p.Line], dir)
}
