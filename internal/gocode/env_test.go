package gocode_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// envSrc calls each environment function once, and a look-alike.
const envSrc = `package p

import (
	"os"
	"syscall"
)

type fakeOS struct{}

func (fakeOS) Setenv(k, v string) error { return nil }

func calls() {
	os.Getenv("A")
	os.LookupEnv("A")
	syscall.Getenv("A")
	os.Setenv("A", "v")
	syscall.Setenv("A", "v")
	os.Unsetenv("A")
	syscall.Unsetenv("A")
	os.Clearenv()
	syscall.Clearenv()
	os.ExpandEnv("$A")
	fakeOS{}.Setenv("A", "v")
}
`

func TestEnvUseOf(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": envSrc})
	wants := []gocode.EnvUse{
		gocode.EnvGet, gocode.EnvGet, gocode.EnvGet,
		gocode.EnvSet, gocode.EnvSet,
		gocode.EnvUnset, gocode.EnvUnset, gocode.EnvUnset, gocode.EnvUnset,
		gocode.NoEnvUse, gocode.NoEnvUse,
	}
	stmts := c.funcDecl(t, "calls").Body.List
	if len(stmts) != len(wants) {
		t.Fatalf("%d calls, %d expectations", len(stmts), len(wants))
	}
	for i, stmt := range stmts {
		call := stmt.(*ast.ExprStmt).X.(*ast.CallExpr)
		fn := gocode.Callee(c.info, call)
		if got := gocode.EnvUseOf(fn); got != wants[i] {
			t.Errorf("EnvUseOf(%s) = %d, want %d", types.ExprString(call.Fun), got, wants[i])
		}
		if got, want := gocode.IsSetenv(fn), wants[i] == gocode.EnvSet; got != want {
			t.Errorf("IsSetenv(%s) = %v, want %v", types.ExprString(call.Fun), got, want)
		}
		if got, want := gocode.ChangesEnv(fn), wants[i] == gocode.EnvSet || wants[i] == gocode.EnvUnset; got != want {
			t.Errorf("ChangesEnv(%s) = %v, want %v", types.ExprString(call.Fun), got, want)
		}
	}
}

// TestEnvRead: the value of a read is result 0, or the single result of
// os.Getenv; the found flag of os.LookupEnv and syscall.Getenv is not a
// value, and a name must be constant.
func TestEnvRead(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": `package p

import (
	"os"
	"syscall"
)

func reads(name string) {
	os.Getenv("A")
	os.LookupEnv("B")
	syscall.Getenv("C")
	os.Getenv(name)
	os.Setenv("D", "v")
}
`})
	type want struct {
		index int
		name  string // "" when not a read of a constant name
	}
	wants := [][]want{
		{{-1, "A"}, {0, "A"}, {1, ""}},
		{{-1, ""}, {0, "B"}, {1, ""}},
		{{-1, ""}, {0, "C"}, {1, ""}},
		{{-1, ""}, {0, ""}},
		{{-1, ""}, {0, ""}},
	}
	for i, stmt := range c.funcDecl(t, "reads").Body.List {
		call := stmt.(*ast.ExprStmt).X.(*ast.CallExpr)
		for _, w := range wants[i] {
			name, ok := gocode.EnvRead(c.info, call, w.index)
			if name != w.name || ok != (w.name != "") {
				t.Errorf("EnvRead(%s, %d) = %q %v, want %q", types.ExprString(call), w.index, name, ok, w.name)
			}
		}
	}
}
