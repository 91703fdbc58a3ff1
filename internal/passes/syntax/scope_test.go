package syntax_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/passes/syntax"
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
	if !syntax.IsTestSupportPackage(fset, pkg, []*ast.File{plain, helper}) {
		t.Error("a package whose non-test file imports testing is test support")
	}
	if syntax.IsTestSupportPackage(fset, pkg, []*ast.File{plain, test}) {
		t.Error("a package whose _test.go imports testing is not test support")
	}
}

func TestTestSupportPackage(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/hashicorp/aws-sdk-go-base/v2/mockdata": true,
		"gocloud.dev/internal/testing/setup":               true,
		"example.com/app/internal/testutil":                true,
		"example.com/app/awstest":                          true,
		"example.com/app/s3mock":                           true,
		"example.com/app/fakes3":                           true,
		"example.com/app/e2e/suite":                        true,
		"example.com/app/internal/storage/s3":              false,
		"example.com/app/cmd/latest":                       false,
		"example.com/app/attest":                           false,
		"awsvet.test/src/staticcreds":                      false, // a domain ending in "test"
		"github.com/99designs/aws-vault/v7/vault":          false,
		"github.com/grafana/loki/v3/pkg/storage/chunk/aws": false,
	} {
		if got := syntax.IsTestSupportPackage(nil, types.NewPackage(path, "p"), nil); got != want {
			t.Errorf("IsTestSupportPackage(%s) = %v, want %v", path, got, want)
		}
	}
}
