package sdk_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
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
`

func TestAssignments(t *testing.T) {
	_, f, info := typeCheck(t, flowSrc)
	a := sdk.NewAssignments(info, []*ast.File{f})

	// want: the source text of the followed value and its index, or "" when
	// the first argument of use() must not be followed.
	type flowWant struct {
		value string
		index int
	}
	wants := map[string]flowWant{
		"define": {`"v"`, -1}, "declare": {`"v"`, -1}, "tuple": {`os.LookupEnv("K")`, 0},
		"chain": {"a", -1}, "unexportedVar": {`"pkg"`, -1}, "zeroThenSet": {`"v"`, -1},
		"exportedVar": {}, "packageTwice": {}, "reassigned": {}, "opAssign": {},
		"addressTaken": {}, "fieldWritten": {}, "rangeVar": {}, "parameter": {},
	}
	eachFunc(t, f, wants, func(fd *ast.FuncDecl, want flowWant) {
		arg := firstCall(fd.Body, func(call *ast.CallExpr) bool {
			id, ok := call.Fun.(*ast.Ident)
			return ok && id.Name == "use"
		}).Args[0]
		w, ok := a.ValueOf(arg)
		switch {
		case want.value == "" && ok:
			t.Errorf("%s: followed to %s, want not followed", fd.Name.Name, types.ExprString(w.Rhs))
		case want.value != "" && !ok:
			t.Errorf("%s: not followed, want %s", fd.Name.Name, want.value)
		case ok && (types.ExprString(w.Rhs) != want.value || w.Index != want.index):
			t.Errorf("%s: followed to %s [%d], want %s [%d]", fd.Name.Name, types.ExprString(w.Rhs), w.Index, want.value, want.index)
		}
	}, "use", "init")
}
