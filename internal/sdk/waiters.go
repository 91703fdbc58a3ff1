package sdk

import (
	"go/types"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// This file knows the waiters each service ships: which operation a waiter
// polls. It reads them from the service package's own types, not from a
// hand list, so a waiter added upstream is known as soon as the module is.

// Waiter is one waiter the SDK ships for an operation.
type Waiter struct {
	Func  string // v2 "NewTableExistsWaiter" (package-level), v1 "WaitUntilTableExists" (client method)
	State string // what it waits for: "TableExists"
}

// Waiters maps an operation's name (DescribeTable) to the waiters that
// poll it, in name order.
type Waiters map[string][]Waiter

// V2Waiters reads the waiters of a v2 service package from its scope. A
// v2 waiter is built by New<State>Waiter(client <Op>APIClient, ...), and
// <Op>APIClient is an interface with the one method Op: the operation it
// polls. Paginators take the same interfaces but are New<Op>Paginator.
func V2Waiters(pkg *types.Package) Waiters {
	if pkg == nil || !IsV2ServicePackage(pkg.Path()) {
		return nil
	}
	ws := Waiters{}
	for _, name := range pkg.Scope().Names() { // sorted
		state, ok := strings.CutPrefix(name, "New")
		if state, ok = strings.CutSuffix(state, "Waiter"); !ok || state == "" {
			continue
		}
		fn, ok := pkg.Scope().Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		if op := polledOperation(fn); op != "" {
			ws[op] = append(ws[op], Waiter{Func: name, State: state})
		}
	}
	return ws
}

// polledOperation is the one method of the interface a v2 waiter
// constructor takes first.
func polledOperation(ctor *types.Func) string {
	sig := ctor.Type().(*types.Signature)
	if sig.Params().Len() == 0 {
		return ""
	}
	iface, ok := sig.Params().At(0).Type().Underlying().(*types.Interface)
	if !ok || iface.NumMethods() != 1 {
		return ""
	}
	return iface.Method(0).Name()
}

// V1Waiters reads the waiters of a v1 service client (*dynamodb.DynamoDB)
// from its methods: WaitUntil<State>(*<Op>Input) error polls Op.
func V1Waiters(client types.Type) Waiters {
	if !IsV1ServiceClient(client) {
		return nil
	}
	named := gocode.NamedOf(client)
	ws := Waiters{}
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		state, ok := strings.CutPrefix(m.Name(), "WaitUntil")
		if !ok || state == "" || strings.HasSuffix(state, "WithContext") {
			continue
		}
		sig := m.Type().(*types.Signature)
		if sig.Params().Len() != 1 {
			continue
		}
		in := gocode.NamedOf(sig.Params().At(0).Type())
		if in == nil {
			continue
		}
		if op, ok := strings.CutSuffix(in.Obj().Name(), "Input"); ok && op != "" {
			ws[op] = append(ws[op], Waiter{Func: m.Name(), State: state})
		}
	}
	for _, w := range ws {
		sort.Slice(w, func(i, j int) bool { return w[i].Func < w[j].Func })
	}
	return ws
}

// PolledOperation returns the operation a method sends, as waiters name
// it, and the service package it belongs to: a client's method (the v2
// method's name, the v1 method's without WithContext), or a method of an
// interface that wraps a client for tests (ecsiface.ECSAPI, a project's
// own "type api interface { DescribeServices(...) }"), recognised by its
// name and its *<Op>Input parameter of a service package. It returns ""
// for v1 ...Pages methods, which page rather than poll, and for anything
// that is not an operation.
func PolledOperation(fn *types.Func) (string, *types.Package) {
	switch {
	case fn == nil:
		return "", nil
	case IsV2ServiceClientMethod(fn):
		return fn.Name(), fn.Pkg()
	case IsV1ServiceClientMethod(fn):
		if op := v1Operation(fn.Name()); op != "" {
			return op, fn.Pkg()
		}
	case gocode.RecvType(fn) != nil && types.IsInterface(gocode.RecvType(fn)) && fn.Exported():
		return interfaceOperation(fn)
	}
	return "", nil
}

func v1Operation(method string) string {
	op := strings.TrimSuffix(method, "WithContext")
	if strings.HasSuffix(op, "Pages") {
		return ""
	}
	return op
}

// interfaceOperation reads an interface method as an operation when it
// takes the operation's input: DescribeTable(ctx, *dynamodb.DescribeTableInput, ...)
// or v1 DescribeTableWithContext(ctx, *dynamodb.DescribeTableInput, ...).
func interfaceOperation(fn *types.Func) (string, *types.Package) {
	op := v1Operation(fn.Name())
	if op == "" {
		return "", nil
	}
	params := fn.Type().(*types.Signature).Params()
	for i := 0; i < params.Len() && i < 2; i++ {
		in := gocode.NamedOf(params.At(i).Type())
		if in == nil || in.Obj().Pkg() == nil || in.Obj().Name() != op+"Input" {
			continue
		}
		if path := in.Obj().Pkg().Path(); IsV2ServicePackage(path) || IsV1ServicePackage(path) {
			return op, in.Obj().Pkg()
		}
	}
	return "", nil
}

// V1ClientOf returns the client type of a v1 service package
// (*dynamodb.DynamoDB), or nil.
func V1ClientOf(pkg *types.Package) types.Type {
	if pkg == nil || !IsV1ServicePackage(pkg.Path()) {
		return nil
	}
	for _, name := range pkg.Scope().Names() {
		if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok && IsV1ServiceClient(tn.Type()) {
			return tn.Type()
		}
	}
	return nil
}

// errorDecided are the operations, by service and name, whose every
// waiter in both SDKs decides on the error or the HTTP status alone: S3's
// HeadBucket and HeadObject (BucketExists, ObjectExists and their Not
// forms: 200 is there, 404 is not yet). A loop that leaves when their
// error clears waits as the waiter does. Other operations' waiters read
// the output (or mix: DescribeTable's TableExists reads the status,
// TableNotExists the error), and a loop on their error alone retries a
// failing call; the table stays this small for precision.
var errorDecided = map[string][]string{"s3": {"HeadBucket", "HeadObject"}}

// WaitsOnError reports whether every waiter of op, an operation of the
// service package svc (v1 or v2), decides on the error alone.
func WaitsOnError(svc *types.Package, op string) bool {
	return svc != nil && (IsV2ServicePackage(svc.Path()) || IsV1ServicePackage(svc.Path())) &&
		slices.Contains(errorDecided[path.Base(svc.Path())], op)
}

// ErrorDecided lists the table's entries as "service.Operation", for the
// test that checks them against the pinned SDKs.
func ErrorDecided() []string {
	var out []string
	for svc, ops := range errorDecided {
		for _, op := range ops {
			out = append(out, svc+"."+op)
		}
	}
	slices.Sort(out)
	return out
}
