// Package syntax is the helper pass every awsvet rule walks the code
// through: the package's hand-written files and one shared inspector over
// them. It stands in for x/tools' inspect.Analyzer, which indexes every
// file, generated ones included.
//
// Generated files (those with the standard "// Code generated ... DO NOT
// EDIT." line, ast.IsGenerated) are left out. A finding there is not
// actionable: the fix belongs in the generator or its input, and the next
// run of the generator undoes an edit (golangci-lint drops issues in
// generated files by default for the same reason). They are also where
// the bulk of the syntax is in code that uses the AWS SDK: the generated
// service clients of aws-sdk-go are 98% of its bytes, and indexing them
// was most of awsvet's time and memory beyond type-checking. Keys pasted
// into a generated file's inputs (templates, models, YAML) are
// "awsvet secrets"' work.
package syntax

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Result is the package's hand-written syntax.
type Result struct {
	// Files are the package's files that are not generated, in
	// pass.Files order.
	Files []*ast.File
	// Inspector indexes Files.
	Inspector *inspector.Inspector
	// Generated holds the package's generated files, nil when none is.
	Generated map[*token.File]bool
}

var Analyzer = &analysis.Analyzer{
	Name:       "awsvetsyntax",
	Doc:        "indexes the package's hand-written (not generated) files once for every rule (helper pass, reports nothing)",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{Files: pass.Files}
	for i, f := range pass.Files {
		if !ast.IsGenerated(f) {
			if res.Generated != nil {
				res.Files = append(res.Files, f)
			}
			continue
		}
		if res.Generated == nil {
			// Copy on the first generated file only: most packages have none.
			res.Generated = map[*token.File]bool{}
			res.Files = slices.Clone(pass.Files[:i])
		}
		res.Generated[pass.Fset.File(f.FileStart)] = true
	}
	res.Inspector = inspector.New(res.Files)
	return res, nil
}

// Of returns the result of the pass; the analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }
