package retryloop

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestFlowBranches: where each break, continue and goto of a pass that
// failed takes the loop labeled retry: round again, out, or on inside
// it (an inner loop, switch or select it leaves).
func TestFlowBranches(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       outcome
	}{
		{"continue to our label", `if err != nil { continue retry }; return`, next},
		{"break to our label", `if err != nil { break retry }`, exit},
		{"unlabeled continue", `if err != nil { continue }; return`, next},
		{"unlabeled break", `if err != nil { break }`, exit},
		{"unlabeled break of a switch", `switch { case err != nil: break }`, next},
		{"unlabeled break of a select", `select { default: if err != nil { break } }`, next},
		{"unlabeled break of an inner loop", `for j := 0; j < 2; j++ { if err != nil { break } }`, next},
		{"unlabeled continue of an inner loop", `for j := 0; j < 2; j++ { if err != nil { continue } }`, next},
		{"break of a labeled inner loop", `inner: for j := 0; j < 2; j++ { if err != nil { break inner } }`, next},
		{"continue of a labeled inner loop", `inner: for j := 0; j < 2; j++ { if err != nil { continue inner } }`, next},
		{"break of a labeled switch", `sw: switch { case err != nil: break sw }`, next},
		{"continue to a loop around ours", `if err != nil { continue outer }; return`, exit},
		{"break to a loop around ours", `if err != nil { break outer }; return`, exit},
		{"goto", `if err != nil { goto done }; return`, exit},
		{"fallthrough", `switch { case err != nil: fallthrough; default: }`, next},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "package p\nfunc op() error { return nil }\nfunc run() {\nouter:\n\tfor {\n\tretry:\n\t\tfor i := 0; i < 3; i++ {\n\t\t\terr := op()\n\t\t\t" +
				c.body + "\n\t\t}\n\t\tbreak outer\n\t}\ndone:\n}\n"
			loop, errVar, info := retryLoop(t, src)
			if got := newFlow(info, errVar, nil, failed, "retry").pass(loop); got != c.want {
				t.Errorf("failed pass ends %b, want %b\n%s", got, c.want, c.body)
			}
		})
	}
}

// retryLoop type-checks src and returns its loop labeled retry and the
// variable err declared in it.
func retryLoop(t *testing.T, src string) (ast.Stmt, types.Object, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	// Each case uses some of the labels only: an unused label is the one
	// error let pass.
	conf := &types.Config{Error: func(err error) {
		if !strings.Contains(err.Error(), "label") || !strings.Contains(err.Error(), "declared and not used") {
			t.Fatalf("type-check: %v\n%s", err, src)
		}
	}}
	_, _ = conf.Check("p", fset, []*ast.File{f}, info) // every error went to conf.Error
	var loop ast.Stmt
	var errVar types.Object
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			if n.Label.Name == "retry" {
				loop = n.Stmt
			}
		case *ast.Ident:
			if n.Name == "err" && info.Defs[n] != nil {
				errVar = info.Defs[n]
			}
		}
		return true
	})
	if loop == nil || errVar == nil {
		t.Fatalf("no loop labeled retry declaring err\n%s", src)
	}
	return loop, errVar, info
}
