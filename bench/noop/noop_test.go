package main

import (
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"strings"
	"testing"
)

// TestSameLoadModeAsDriver guards the floor's meaning: the no-op driver
// must load packages in the mode awsvet's driver does, or the harness
// compares two different amounts of work. Both expressions are read from
// the source, so a change to either side fails here until the other
// follows.
func TestSameLoadModeAsDriver(t *testing.T) {
	driverMode := modeExpr(t, "../../internal/driver/load.go", func(n ast.Node) ast.Expr {
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Mode" {
				return kv.Value
			}
		}
		return nil
	})
	noopMode := modeExpr(t, "main.go", func(n ast.Node) ast.Expr {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "loadMode" {
			return vs.Values[0]
		}
		return nil
	})
	if driverMode != noopMode {
		t.Fatalf("internal/driver loads with %s, the no-op driver with %s", driverMode, noopMode)
	}
}

func modeExpr(t *testing.T, file string, find func(ast.Node) ast.Expr) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	ast.Inspect(f, func(n ast.Node) bool {
		if e := find(n); e != nil {
			var b strings.Builder
			printer.Fprint(&b, fset, e)
			found = append(found, b.String())
		}
		return true
	})
	if len(found) != 1 {
		t.Fatalf("%s: found %d load modes %v, want exactly one", file, len(found), found)
	}
	return found[0]
}
