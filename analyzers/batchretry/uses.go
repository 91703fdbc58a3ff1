package batchretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// looker decides, in one walk of the package, which kept variables are
// looked at: a failure field read, or the value handed on.
type looker struct {
	info     *types.Info
	outputs  map[types.Object]sdk.BatchOp // output variables, with their operation
	requests map[types.Object]bool        // v1 request variables
	looked   map[types.Object]bool
	// walked are the outputs whose entry list is ranged over or indexed:
	// looked at when the same function reads an entry's error field.
	walked []walkedEntries
	// errorReads are the entry error fields read, by outermost function.
	errorReads map[ast.Node]map[*types.Var]bool
}

type walkedEntries struct {
	out types.Object
	fn  ast.Node
}

// entryErrorNames are the EntryError field names of every operation: the
// selectors worth recording.
var entryErrorNames = func() map[string]bool {
	m := map[string]bool{}
	for _, op := range sdk.BatchOps {
		for _, f := range op.EntryError {
			m[f] = true
		}
	}
	return m
}()

// lookedAt returns the output and request variables of calls that the
// package looks at.
func lookedAt(info *types.Info, ins *inspector.Inspector, calls []*kept) map[types.Object]bool {
	l := &looker{
		info: info, outputs: map[types.Object]sdk.BatchOp{}, requests: map[types.Object]bool{},
		looked: map[types.Object]bool{}, errorReads: map[ast.Node]map[*types.Var]bool{},
	}
	fnOf := map[types.Object]ast.Node{}
	for _, k := range calls {
		if k.out != nil {
			l.outputs[k.out] = k.bc.Op
			fnOf[k.out] = k.fn
		}
		if k.request != nil {
			l.requests[k.request] = true
		}
	}
	for cur := range ins.Root().Preorder((*ast.Ident)(nil), (*ast.SelectorExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.Ident:
			obj := info.Uses[n]
			if op, ok := l.outputs[obj]; ok {
				l.outputUse(cur, obj, op, fnOf[obj])
			} else if l.requests[obj] && !l.requestMethodCall(cur) {
				l.looked[obj] = true
			}
		case *ast.SelectorExpr:
			l.errorRead(cur, n)
		}
	}
	for _, w := range l.walked {
		if l.readsEntryError(w) {
			l.looked[w.out] = true
		}
	}
	return l.looked
}

// outputUse classifies one use of an output variable.
func (l *looker) outputUse(cur inspector.Cursor, obj types.Object, op sdk.BatchOp, fn ast.Node) {
	id := cur.Node().(*ast.Ident)
	switch p := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		switch {
		case slices.Contains(op.Failure, p.Sel.Name):
			l.looked[obj] = true
		case p.Sel.Name == op.Entries && op.Entries != "":
			if walksEntries(l.info, cur.Parent()) {
				l.walked = append(l.walked, walkedEntries{out: obj, fn: fn})
			} else {
				l.looked[obj] = true // the list handed on: returned, passed, stored
			}
		}
		// Other fields (Successful, Deleted, ConsumedCapacity) say
		// nothing of the failures.
	case *ast.BinaryExpr:
		if !comparesWithNil(l.info, p) {
			l.looked[obj] = true
		}
	case *ast.AssignStmt:
		if !assignedOrBlanked(p, id) {
			l.looked[obj] = true
		}
	default:
		l.looked[obj] = true // returned, passed, stored, captured by a literal
	}
}

// walksEntries reports whether the entry list sel is ranged over,
// indexed or measured, rather than handed on.
func walksEntries(info *types.Info, sel inspector.Cursor) bool {
	e := sel.Node()
	switch p := sel.Parent().Node().(type) {
	case *ast.RangeStmt:
		return p.X == e
	case *ast.IndexExpr:
		return p.X == e
	case *ast.CallExpr:
		id, ok := ast.Unparen(p.Fun).(*ast.Ident)
		_, builtin := info.Uses[id].(*types.Builtin)
		return ok && builtin && id.Name == "len"
	}
	return false
}

// comparesWithNil reports whether b is out == nil or out != nil.
func comparesWithNil(info *types.Info, b *ast.BinaryExpr) bool {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	return info.Types[b.X].IsNil() || info.Types[b.Y].IsNil()
}

// assignedOrBlanked reports whether the assignment writes id (out, err
// = c.Op(...) again) or hands it to the blank identifier (_ = out).
func assignedOrBlanked(as *ast.AssignStmt, id *ast.Ident) bool {
	if slices.Contains(as.Lhs, ast.Expr(id)) {
		return true
	}
	for lhs, rhs := range gocode.Pairs(as) {
		if blank, ok := lhs.(*ast.Ident); ok && rhs == id && blank.Name == "_" {
			return true
		}
	}
	return false
}

// requestMethodCall reports whether the use of a v1 request variable is
// the receiver of a method call (req.Send(), req.SetContext(ctx)), which
// does not read the output; a field read (req.Data) or the request
// handed on may.
func (l *looker) requestMethodCall(cur inspector.Cursor) bool {
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if s := l.info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
		return false
	}
	call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
	return ok && call.Fun == sel
}

// errorRead records a read of a field named like an entry error field.
func (l *looker) errorRead(cur inspector.Cursor, sel *ast.SelectorExpr) {
	if !entryErrorNames[sel.Sel.Name] {
		return
	}
	s := l.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return
	}
	fn := outermostFunc(cur)
	if l.errorReads[fn] == nil {
		l.errorReads[fn] = map[*types.Var]bool{}
	}
	l.errorReads[fn][asVar(s.Obj())] = true
}

func asVar(obj types.Object) *types.Var {
	v, _ := obj.(*types.Var)
	return v
}

// readsEntryError reports whether the function of w reads an error field
// of the entries of w's output.
func (l *looker) readsEntryError(w walkedEntries) bool {
	op := l.outputs[w.out]
	entries, _, _ := types.LookupFieldOrMethod(w.out.Type(), true, nil, op.Entries)
	list, ok := entries.(*types.Var)
	if !ok {
		return false
	}
	slice, ok := list.Type().Underlying().(*types.Slice)
	if !ok {
		return false
	}
	for _, name := range op.EntryError {
		if f, _, _ := types.LookupFieldOrMethod(slice.Elem(), true, nil, name); f != nil && l.errorReads[w.fn][asVar(f)] {
			return true
		}
	}
	return false
}
