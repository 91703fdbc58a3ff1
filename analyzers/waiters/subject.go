package waiters

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"

	"github.com/awsvet/awsvet/internal/gocode"
)

// A waiter waits on the state of one resource, which its name starts
// with: TableExists reads the table's TableStatus, StackCreateComplete
// the stack's StackStatus, TargetInService each TargetHealth's State. A
// loop that tests another part of the same output waits for something
// the waiter does not know: terragrunt polls DescribeTable until
// Table.SSEDescription.Status is ENABLED, and no waiter reads a table's
// encryption. The fields a loop (or the wrappers it calls) tests are told
// by the struct that holds them: their subject.

// aboutWaitedResource reports whether the values the poll tests belong to
// the resource one of its waiters is named for: some field of a basic
// type (a status, a count) read from the output, in the loop or in the
// wrapper functions it polls through, sits in a struct whose type name
// holds the waiter's subject (TableDescription for Table). A loop that
// reads no such field (it tests a length, or the error) is not judged so.
func (c *checker) aboutWaitedResource(p *poll, st *state, body ast.Node) bool {
	var subjects []string
	for _, w := range p.waiters {
		subjects = append(subjects, subject(w.State))
	}
	leaves, about := 0, false
	visit := func(n ast.Node, fromState bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok || about {
				return !about
			}
			v := c.pass.TypesInfo.Selections[sel]
			if v == nil || v.Kind() != types.FieldVal || !basicOrPointer(v.Type()) {
				return true
			}
			if fromState && !st.mentions(sel.X, st.out) && !st.reads(sel.X) {
				return true
			}
			leaves++
			holder := gocode.NamedOf(v.Recv())
			for _, s := range subjects {
				if holder != nil && s != "" && strings.Contains(holder.Obj().Name(), s) {
					about = true
				}
			}
			return !about
		})
	}
	visit(body, true)
	if p.via != "" {
		for _, b := range c.chainBodies(p.call) {
			visit(b, false)
		}
	}
	return about || leaves == 0
}

// subject is the first word of a waiter's state, singular: Table of
// TableExists, Service of ServicesStable, DB of DBInstanceAvailable.
func subject(state string) string {
	end := len(state)
	for i := 1; i < len(state); i++ {
		prevLower := unicode.IsLower(rune(state[i-1]))
		nextLower := i+1 < len(state) && unicode.IsLower(rune(state[i+1]))
		if unicode.IsUpper(rune(state[i])) && (prevLower || nextLower) {
			end = i // a new word: Exists after Table, Instance after DB
			break
		}
	}
	return strings.TrimSuffix(state[:end], "s")
}

// chainBodies returns the bodies of the package's functions a wrapper
// call reaches, as far down as the wrapper is followed, each once.
func (c *checker) chainBodies(call *ast.CallExpr) []*ast.BlockStmt {
	var bodies []*ast.BlockStmt
	seen := map[*types.Func]bool{}
	var walk func(fn *types.Func, depth int)
	walk = func(fn *types.Func, depth int) {
		decl := c.pass.Syntax.Decl(fn)
		if seen[fn] || decl == nil || decl.Body == nil || depth >= maxWrapperDepth {
			return
		}
		seen[fn] = true
		bodies = append(bodies, decl.Body)
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			if ce, ok := n.(*ast.CallExpr); ok {
				if callee := gocode.Callee(c.pass.TypesInfo, ce); callee != nil && callee.Pkg() == c.pass.Pkg && !isOperation(callee) {
					walk(callee, depth+1)
				}
			}
			return true
		})
	}
	walk(gocode.Callee(c.pass.TypesInfo, call), 0)
	return bodies
}
