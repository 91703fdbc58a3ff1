package delay

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// The standard library is type-checked from source once for every test:
// the source importer caches what it has read.
var (
	stdOnce sync.Once
	stdFset *token.FileSet
	stdImp  types.Importer
)

func stdImporter() (*token.FileSet, types.Importer) {
	stdOnce.Do(func() {
		stdFset = token.NewFileSet()
		stdImp = &withLibraries{std: importer.ForCompiler(stdFset, "source", nil), done: map[string]*types.Package{}}
	})
	return stdFset, stdImp
}

// libraries stand in for backoff libraries, which the package knows by
// import path alone: a few declarations are enough.
var libraries = map[string]string{
	"github.com/jpillora/backoff": `package backoff
import "time"
type Backoff struct{ Min, Max time.Duration }
func (b *Backoff) Duration() time.Duration { return b.Min }
func Jitter(d time.Duration) time.Duration { return d }
`,
}

// withLibraries imports the libraries from their sources above and the
// rest from the standard library.
type withLibraries struct {
	std  types.Importer
	done map[string]*types.Package
}

func (w *withLibraries) Import(path string) (*types.Package, error) {
	src, ok := libraries[path]
	if !ok {
		return w.std.Import(path)
	}
	if pkg := w.done[path]; pkg != nil {
		return pkg, nil
	}
	file, err := parser.ParseFile(stdFset, path+".go", src, 0)
	if err != nil {
		return nil, err
	}
	pkg, err := (&types.Config{Importer: w}).Check(path, stdFset, []*ast.File{file}, nil)
	if err != nil {
		return nil, err
	}
	w.done[path] = pkg
	return pkg, nil
}

// fixture is one small package type-checked in memory.
type fixture struct {
	t     *testing.T
	file  *ast.File
	info  *types.Info
	pkg   *types.Package
	decls gocode.FuncDecls
}

// load type-checks a file of package p made of the given imports and
// declarations.
func load(t *testing.T, imports, decls string) *fixture {
	t.Helper()
	var src strings.Builder
	src.WriteString("package p\n\n")
	for _, path := range strings.Fields(imports) {
		src.WriteString("import \"" + path + "\"\n")
	}
	src.WriteString("\n" + decls + "\n")
	fset, imp := stdImporter()
	file, err := parser.ParseFile(fset, "p.go", src.String(), 0)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src.String())
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	pkg, err := (&types.Config{Importer: imp}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatalf("type-check: %v\n%s", err, src.String())
	}
	return &fixture{t: t, file: file, info: info, pkg: pkg, decls: gocode.NewFuncDecls(info, []*ast.File{file})}
}

// funcDecl is the declaration of the package-level function name.
func (f *fixture) funcDecl(name string) *ast.FuncDecl {
	f.t.Helper()
	for _, d := range f.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
			return fd
		}
	}
	f.t.Fatalf("no function %s", name)
	return nil
}

// loop is the first for or range statement of function run.
func (f *fixture) loop() ast.Stmt {
	f.t.Helper()
	var loop ast.Stmt
	ast.Inspect(f.funcDecl("run").Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if loop == nil {
				loop = n.(ast.Stmt)
			}
		}
		return loop == nil
	})
	if loop == nil {
		f.t.Fatal("function run has no loop")
	}
	return loop
}

// of is the Loop of run's first loop.
func (f *fixture) of() *Loop { return Of(f.info, f.pkg, f.decls, f.loop()) }

// call is the first call in function run whose callee is spelled name
// (op, jitter, b.Next).
func (f *fixture) call(name string) *ast.CallExpr {
	f.t.Helper()
	var found *ast.CallExpr
	ast.Inspect(f.funcDecl("run").Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && found == nil && types.ExprString(c.Fun) == name {
			found = c
		}
		return found == nil
	})
	if found == nil {
		f.t.Fatalf("function run calls no %s", name)
	}
	return found
}

// branch is the first if statement directly in the body of run's loop.
func (f *fixture) branch() (*ast.BlockStmt, *ast.IfStmt) {
	f.t.Helper()
	var body *ast.BlockStmt
	switch l := f.loop().(type) {
	case *ast.ForStmt:
		body = l.Body
	case *ast.RangeStmt:
		body = l.Body
	}
	for _, s := range body.List {
		if s, ok := s.(*ast.IfStmt); ok {
			return body, s
		}
	}
	f.t.Fatal("the loop's body has no if statement")
	return nil, nil
}

func (g Growth) String() string {
	switch g {
	case selfG:
		return "self"
	case None:
		return "none"
	case Fixed:
		return "fixed"
	case Counter:
		return "counter"
	case Linear:
		return "linear"
	case Expo:
		return "expo"
	case Unknown:
		return "unknown"
	}
	return "growth(?)"
}
