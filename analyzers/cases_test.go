package analyzers_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/ruletest"
)

// TestRulesHaveMoreNegativeCases holds every rule to the team's rule of
// precision: at least as many negative cases (look-alikes the rule must
// leave alone) as positive ones. A case is a top-level declaration of the
// rule's fixtures (a function, a var or const block); it is positive when
// a "// want" comment stands on one of its lines.
func TestRulesHaveMoreNegativeCases(t *testing.T) {
	for _, a := range analyzers.All() {
		pos, neg := countCases(t, filepath.Join(ruletest.TestData(t), "src", a.Name))
		if pos == 0 || neg < pos {
			t.Errorf("%s: %d positive and %d negative cases in testdata/src/%s: want at least as many negative as positive", a.Name, pos, neg, a.Name)
		}
	}
}

// countCases counts the positive and negative declarations of the Go
// files below dir.
func countCases(t *testing.T, dir string) (pos, neg int) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		wants := map[int]bool{} // lines holding a // want comment
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.Contains(c.Text, "// want ") {
					wants[fset.Position(c.Pos()).Line] = true
				}
			}
		}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && (g.Tok == token.IMPORT || g.Tok == token.TYPE) {
				continue
			}
			positive := false
			for line := fset.Position(decl.Pos()).Line; line <= fset.Position(decl.End()).Line; line++ {
				positive = positive || wants[line]
			}
			if positive {
				pos++
			} else {
				neg++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pos, neg
}
