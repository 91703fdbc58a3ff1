package sdk_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

// TestTestSupportImports: a non-test file importing "testing" makes a
// test-support package; a _test.go file does not.
func TestTestSupportImports(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(name, src string) *ast.File {
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	pkg := types.NewPackage("example.com/app/storage", "storage")
	helper := parse("helper.go", `package storage; import "testing"`)
	plain := parse("storage.go", `package storage; import "os"`)
	test := parse("storage_test.go", `package storage; import "testing"`)
	if !sdk.IsTestSupportPackage(fset, pkg, []*ast.File{plain, helper}) {
		t.Error("a package whose non-test file imports testing is test support")
	}
	if sdk.IsTestSupportPackage(fset, pkg, []*ast.File{plain, test}) {
		t.Error("a package whose _test.go imports testing is not test support")
	}
}
