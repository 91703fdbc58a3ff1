package sdk_test

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/internal/sdk"

	// The pinned SDK modules. Importing them here makes the root module
	// require the same versions as testdata/go.mod, so "go test ./..."
	// downloads them before analysistest loads the fixtures with
	// GOPROXY=off.
	_ "github.com/aws/aws-lambda-go/lambda"
	_ "github.com/aws/aws-sdk-go-v2/aws/retry"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	_ "github.com/aws/aws-sdk-go-v2/service/cloudformation"
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/iam"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/sso"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/aws/aws-sdk-go/aws/ec2metadata"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/cloudformation"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/sts"
)

// Shared helpers of the sdk tests: one loader of the real packages the
// names of package sdk are checked against, lookups into them, and the
// type checker for the small sources some tests analyse.

// realPkgs are the packages the tests look names up in: the pinned SDKs,
// aws-lambda-go, and the standard and third-party packages the rules know
// by import path (logging, backoff).
var realPkgs = []string{
	sdk.V2AWS, sdk.V2Config, sdk.V2Credentials, sdk.V2Retry, sdk.V2IMDS, sdk.V2S3, sdk.V2SignerV4,
	sdk.V2Root + "/service/sts", sdk.V2Root + "/service/sts/types", sdk.V2Root + "/service/iam/types", sdk.V2Root + "/service/sso/types",
	sdk.V1AWS, sdk.V1Credentials, sdk.V1Session, sdk.V1Request, sdk.V1Client, sdk.V1EC2Metadata, sdk.V1SignerV4,
	sdk.V1Root + "/service/s3", sdk.V1Root + "/service/sts", sdk.V1Root + "/service/iam", sdk.V1Root + "/service/sso",
	sdk.V2Root + "/service/dynamodb", sdk.V2Root + "/service/cloudformation",
	sdk.V1Root + "/service/dynamodb", sdk.V1Root + "/service/dynamodb/dynamodbiface", sdk.V1Root + "/service/cloudformation",
	sdk.LambdaRuntimePkg,
	"fmt", "log", "log/slog", "errors", "os", "syscall",
	"github.com/sirupsen/logrus", "go.uber.org/zap", "go.uber.org/zap/zapcore",
	"github.com/rs/zerolog", "github.com/rs/zerolog/log",
	"github.com/cenkalti/backoff/v4", "github.com/avast/retry-go/v4",
}

type loaded struct {
	pkg *types.Package
	err error
}

// loadReal loads realPkgs once. A package that fails to load fails only
// the tests that look into it.
var loadReal = sync.OnceValues(func() (map[string]loaded, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, realPkgs...)
	if err != nil {
		return nil, err
	}
	out := map[string]loaded{}
	for _, p := range pkgs {
		l := loaded{pkg: p.Types}
		if len(p.Errors) > 0 {
			l.err = p.Errors[0]
		}
		out[p.PkgPath] = l
	}
	return out, nil
})

// real returns the type information of one of realPkgs.
func real(t *testing.T, path string) *types.Package {
	t.Helper()
	pkgs, err := loadReal()
	if err != nil {
		t.Fatal(err)
	}
	l, ok := pkgs[path]
	switch {
	case !ok:
		t.Fatalf("package %s not loaded (not in realPkgs?)", path)
	case l.err != nil:
		t.Fatal(l.err)
	}
	return l.pkg
}

// lookup returns the package-level object path.name.
func lookup(t *testing.T, path, name string) types.Object {
	t.Helper()
	obj := real(t, path).Scope().Lookup(name)
	if obj == nil {
		t.Fatalf("%s.%s does not exist", path, name)
	}
	return obj
}

// function returns the package-level function path.name.
func function(t *testing.T, path, name string) *types.Func {
	t.Helper()
	f, ok := lookup(t, path, name).(*types.Func)
	if !ok {
		t.Fatalf("%s.%s is not a function", path, name)
	}
	return f
}

// method returns the method name of the named type path.typ: of its
// pointer (value and pointer receivers), or of the interface.
func method(t *testing.T, path, typ, name string) *types.Func {
	t.Helper()
	recv := lookup(t, path, typ).Type()
	if !types.IsInterface(recv) {
		recv = types.NewPointer(recv)
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, false, real(t, path), name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("%s.%s has no method %s", path, typ, name)
	}
	return fn
}

// field returns the exported field name of the struct type typ (or the
// struct typ points to), embedded ones included.
func field(t *testing.T, typ types.Type, name string) *types.Var {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(typ, false, nil, name)
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		t.Fatalf("%s has no field %s", typ, name)
	}
	return v
}

// constInt returns the value of the integer constant path.name.
func constInt(t *testing.T, path, name string) int64 {
	t.Helper()
	c, ok := lookup(t, path, name).(*types.Const)
	if !ok {
		t.Fatalf("%s.%s is not a constant", path, name)
	}
	v, _ := constant.Int64Val(c.Val())
	return v
}

// typeCheck parses and type-checks src, a file of package p that imports
// only the standard library.
func typeCheck(t *testing.T, src string) (*token.FileSet, *ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return fset, f, info
}

// eachFunc calls check with each function declared in f and its
// expectation in wants. A function with no expectation fails the test
// unless it is one of helpers; so does an expectation with no function.
func eachFunc[W any](t *testing.T, f *ast.File, wants map[string]W, check func(fd *ast.FuncDecl, want W), helpers ...string) {
	t.Helper()
	seen := 0
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		want, ok := wants[fd.Name.Name]
		if !ok {
			if !slices.Contains(helpers, fd.Name.Name) {
				t.Fatalf("no expectation for %s", fd.Name.Name)
			}
			continue
		}
		seen++
		check(fd, want)
	}
	if seen != len(wants) {
		t.Errorf("checked %d functions, want %d", seen, len(wants))
	}
}

// firstCall returns the first call in n (in source order) that match
// accepts, or nil.
func firstCall(n ast.Node, match func(*ast.CallExpr) bool) *ast.CallExpr {
	var call *ast.CallExpr
	ast.Inspect(n, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && call == nil && match(c) {
			call = c
		}
		return call == nil
	})
	return call
}
