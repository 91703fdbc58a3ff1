package gocode_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// flowSrc: in each function, the argument of use() is followed (or not) to
// a value; the function name says which.
const flowSrc = `package p

import (
	"flag"
	"os"
)

func use(...any) {}

var unexported = "pkg"
var Exported = "pkg"
var twice = "a"
var testSet = "code"
var testAddressed = "code"

func init() { twice = "b" }

type creds struct{ secret string }

func define()          { x := "v"; use(x) }
func declare()         { var x = "v"; use(x) }
func tuple()           { x, ok := os.LookupEnv("K"); use(x, ok) }
func chain()           { a := "v"; b := a; use(b) }
func unexportedVar()   { use(unexported) }
func exportedVar()     { use(Exported) }
func packageTwice()    { use(twice) }
func reassigned()      { x := "a"; if len(os.Args) > 1 { x = "b" }; use(x) }
func opAssign()        { x := "a"; x += "b"; use(x) }
func addressTaken()    { var x string; flag.StringVar(&x, "x", "", ""); use(x) }
func fieldWritten()    { c := creds{secret: "a"}; c.secret = "b"; use(c) }
func rangeVar()        { for _, x := range os.Args { use(x) } }
func parameter(x string) { use(x) }
func zeroThenSet()     { var x string; x = "v"; use(x) }
func setByTest()       { use(testSet) }
func addressedByTest() { use(testAddressed) }
`

// flowTestSrc is a _test.go file of the same package: its writes to the
// package's variables are left aside by Default, not by Certain; its own
// variables count whole.
const flowTestSrc = `package p

import "flag"

func init() { testSet = "local server"; flag.StringVar(&testAddressed, "u", "", "") }

func testOwn() { x := "a"; x = "b"; use(x) }
`

// flowWant: the source text of the followed value and its index, or ""
// when the first argument of use() must not be followed.
type flowWant struct {
	value string
	index int
}

func TestCertainAndDefault(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": flowSrc, "p_test.go": flowTestSrc})
	w := gocode.NewWrites(c.info, c.all(), c.inTest)
	certain := map[string]flowWant{
		"define": {`"v"`, -1}, "declare": {`"v"`, -1}, "tuple": {`os.LookupEnv("K")`, 0},
		"chain": {"a", -1}, "unexportedVar": {`"pkg"`, -1}, "zeroThenSet": {`"v"`, -1},
		"exportedVar": {}, "packageTwice": {}, "reassigned": {}, "opAssign": {},
		"addressTaken": {}, "fieldWritten": {}, "rangeVar": {}, "parameter": {},
		"setByTest": {}, "addressedByTest": {}, "testOwn": {},
	}
	// Default differs where an exported variable or a test's write is
	// concerned, and only there.
	deflt := map[string]flowWant{"exportedVar": {`"pkg"`, -1}, "setByTest": {`"code"`, -1}, "addressedByTest": {`"code"`, -1}}
	for name, want := range certain {
		arg := useArg(t, c.funcDecl(t, name))
		checkFollow(t, "Certain", name, want, w.Certain, arg)
		if d, ok := deflt[name]; ok {
			want = d
		}
		checkFollow(t, "Default", name, want, w.Default, arg)
	}
}

func checkFollow(t *testing.T, how, name string, want flowWant, follow func(ast.Expr) (gocode.Write, bool), arg ast.Expr) {
	t.Helper()
	got, ok := follow(arg)
	switch {
	case want.value == "" && ok:
		t.Errorf("%s %s: followed to %s, want not followed", how, name, types.ExprString(got.Rhs))
	case want.value != "" && !ok:
		t.Errorf("%s %s: not followed, want %s", how, name, want.value)
	case ok && (types.ExprString(got.Rhs) != want.value || got.Index != want.index):
		t.Errorf("%s %s: followed to %s [%d], want %s [%d]", how, name, types.ExprString(got.Rhs), got.Index, want.value, want.index)
	}
}

// regionSrc: each function's body writes the package variable v, or not.
const regionSrc = `package p

type T struct{ f string; m map[string]int }

var v T
var other T

func set(x *T) {}

func whole()    { v = T{} }
func field()    { v.f = "x" }
func index()    { v.m["k"] = 1 }
func address()  { set(&v) }
func incField() { v.m["k"]++ }
func rangeInto(xs []T) { for _, v = range xs {} }
func inClosure() { func() { v.f = "y" }() }
func readOnly() string { return v.f }
func writesOther() { other.f = "x" }
func shadowed() { v := T{}; v.f = "x"; _ = v }
`

func TestWrittenIn(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": regionSrc})
	w := gocode.NewWrites(c.info, c.all(), c.inTest)
	var v *types.Var
	for id, obj := range c.info.Defs {
		if id.Name == "v" && obj != nil && obj.Parent() == obj.Pkg().Scope() {
			v = obj.(*types.Var)
		}
	}
	wants := map[string]bool{
		"whole": true, "field": true, "index": true, "address": true, "incField": true,
		"rangeInto": true, "inClosure": true,
		"readOnly": false, "writesOther": false, "shadowed": false, "set": false,
	}
	for name, want := range wants {
		if got := w.WrittenIn(v, c.funcDecl(t, name).Body); got != want {
			t.Errorf("WrittenIn(v, %s) = %v, want %v", name, got, want)
		}
	}
}

func TestRootVar(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": `package p

import "os"

type T struct{ f []*T }

func f(x T, p *T) {
	_ = (x.f[0]).f
	_ = (*p).f
	_ = os.Args
	_ = g().f
}

func g() T { return T{} }
`})
	fd := c.funcDecl(t, "f")
	wants := []string{"x", "p", "", ""}
	for i, stmt := range fd.Body.List {
		rhs := stmt.(*ast.AssignStmt).Rhs[0]
		got := ""
		if v := gocode.RootVar(c.info, rhs); v != nil {
			got = v.Name()
		}
		if got != wants[i] {
			t.Errorf("RootVar(%s) = %q, want %q", types.ExprString(rhs), got, wants[i])
		}
	}
}

// TestResolve: Resolve follows single values through at most MaxFollow
// variables, and stops at a variable it cannot follow.
func TestResolve(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": `package p

import "os"

func use(...any) {}

func chain()    { a := "v"; b := a; c := b; d := c; use(d) }
func tooLong()  { a := "v"; b := a; c := b; d := c; e := d; use(e) }
func stops()    { a := "v"; a = "w"; b := a; use(b) }
func multi()    { a, _ := os.LookupEnv("K"); b := a; use(b) }
func literal()  { use("v") }
`})
	w := gocode.NewWrites(c.info, c.all(), c.inTest)
	wants := map[string]string{"chain": `"v"`, "tooLong": "a", "stops": "a", "multi": "a", "literal": `"v"`}
	for name, want := range wants {
		arg := useArg(t, c.funcDecl(t, name))
		if got := types.ExprString(w.Resolve(arg)); got != want {
			t.Errorf("Resolve in %s = %s, want %s", name, got, want)
		}
	}
}
