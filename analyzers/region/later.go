package region

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

type generation int

const (
	v1 generation = iota
	v2
)

// regionGivenLater reports whether the function that loads a config or
// session gives it a region afterwards, as in
//
//	cfg, err := config.LoadDefaultConfig(ctx)
//	cfg.Region = region
//
//	sess := session.Must(session.NewSession())
//	svc := s3.New(sess, aws.NewConfig().WithRegion(region))
//
// or checks it (if cfg.Region == "" { ... }). Only the variable the call
// is assigned to is followed, within its function (or the package, for a
// package-level variable).
func (c *checker) regionGivenLater(cur inspector.Cursor, call *ast.CallExpr, gen generation) bool {
	for id := range c.resultUses(cur) {
		if c.useGivesRegion(id, gen) {
			return true
		}
	}
	return false
}

// resultUses yields the uses of the variable the call's result is stored
// in (resultVar), within its function (or the package, for a
// package-level variable); nothing when it is not stored in one.
func (c *checker) resultUses(cur inspector.Cursor) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		obj := c.resultVar(cur)
		if obj == nil {
			return
		}
		scope := c.pass.Syntax.Inspector.Root()
		for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			scope = fd
		}
		for id := range scope.Preorder((*ast.Ident)(nil)) {
			if c.pass.TypesInfo.Uses[id.Node().(*ast.Ident)] == obj && !yield(id) {
				return
			}
		}
	}
}

// onlyForRegionlessClients reports whether the config or session the call
// builds is used, and used only, to build clients that need no region:
// instance metadata clients (imds.NewFromConfig(cfg), ec2metadata.New(sess)),
// which never read it, and such code is often how a program finds its
// region; and, from a v1 session, clients of the services v1 sends to a
// global endpoint when the region is empty (iam.New(sess), sts.New(sess)).
// The session may also be built in the constructor's argument itself
// (ec2metadata.New(session.New(cfg))).
func (c *checker) onlyForRegionlessClients(cur inspector.Cursor, gen generation) bool {
	if call := c.builtInArgument(cur); call != nil {
		return c.buildsRegionlessClient(call, gen)
	}
	uses := 0
	for id := range c.resultUses(cur) {
		ident := id.Node().(*ast.Ident)
		call, ok := id.Parent().Node().(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || ast.Unparen(call.Args[0]) != ident || !c.buildsRegionlessClient(call, gen) {
			return false
		}
		uses++
	}
	return uses > 0
}

// builtInArgument returns the call whose first argument is the call at
// cur (or session.Must of it): ec2metadata.New in
// ec2metadata.New(session.New(cfg)); nil otherwise.
func (c *checker) builtInArgument(cur inspector.Cursor) *ast.CallExpr {
	node, parent := cur.Node(), cur.Parent()
	if p, ok := parent.Node().(*ast.CallExpr); ok && sdk.IsV1SessionMust(gocode.Callee(c.pass.TypesInfo, p)) {
		node, parent = p, parent.Parent()
	}
	if p, ok := parent.Node().(*ast.CallExpr); ok && len(p.Args) > 0 && p.Args[0] == node {
		return p
	}
	return nil
}

// buildsRegionlessClient reports whether call builds a client that needs
// no region from the config or session it is given first.
func (c *checker) buildsRegionlessClient(call *ast.CallExpr, gen generation) bool {
	fn := gocode.Callee(c.pass.TypesInfo, call)
	return sdk.IsIMDSClientConstructor(fn) || (gen == v1 && sdk.IsV1GlobalClientConstructor(fn))
}

// resultVar returns the variable the call's (first) result is stored in:
// cfg in "cfg, err := config.LoadDefaultConfig(ctx)", sess in
// "sess := session.Must(session.NewSession())".
func (c *checker) resultVar(cur inspector.Cursor) types.Object {
	node := cur.Node()
	parent := cur.Parent()
	if p, ok := parent.Node().(*ast.CallExpr); ok && sdk.IsV1SessionMust(gocode.Callee(c.pass.TypesInfo, p)) {
		node, parent = p, parent.Parent()
	}
	var id *ast.Ident
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && p.Rhs[0] == node {
			id, _ = p.Lhs[0].(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && p.Values[0] == node {
			id = p.Names[0]
		}
	}
	if id == nil || id.Name == "_" {
		return nil
	}
	if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
		return obj
	}
	return c.pass.TypesInfo.Uses[id]
}

// useGivesRegion reports whether one use of the config (v2) or session (v1)
// variable sets, checks or overrides its region.
func (c *checker) useGivesRegion(id inspector.Cursor, gen generation) bool {
	ident := id.Node().(*ast.Ident)
	parent := id.Parent()
	switch p := parent.Node().(type) {
	case *ast.UnaryExpr:
		return p.Op == token.AND // &cfg handed to code that may set the region
	case *ast.SelectorExpr:
		if gen == v2 {
			return p.Sel.Name == sdk.RegionField // cfg.Region = ..., cfg.Region == ""
		}
		if p.Sel.Name == sdk.V1SessionConfigField { // sess.Config.Region, sess.Config.WithRegion(r)
			if gp, ok := parent.Parent().Node().(*ast.SelectorExpr); ok {
				return gp.Sel.Name == sdk.RegionField || gp.Sel.Name == "WithRegion"
			}
		}
		if p.Sel.Name == "Copy" { // sess.Copy(&aws.Config{Region: ...})
			if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && call.Fun == p {
				return c.v1ConfigsGiveRegion(call, call.Args)
			}
		}
	case *ast.CallExpr:
		if len(p.Args) == 0 || ast.Unparen(p.Args[0]) != ident {
			return false
		}
		fn := gocode.Callee(c.pass.TypesInfo, p)
		switch {
		case gen == v2 && sdk.IsV2ClientConstructor(fn):
			return c.clientOptionsGiveRegion(p)
		case gen == v1 && sdk.IsV1ClientConstructor(fn):
			return c.v1ConfigsGiveRegion(p, p.Args[1:])
		}
	}
	return false
}

// clientOptionsGiveRegion: s3.NewFromConfig(cfg, fns...) with an option
// function that sets (or may set) the client's region.
func (c *checker) clientOptionsGiveRegion(call *ast.CallExpr) bool {
	if call.Ellipsis.IsValid() {
		return true
	}
	for _, arg := range call.Args[1:] {
		lit, ok := ast.Unparen(arg).(*ast.FuncLit)
		if !ok || c.optionFuncEffect(lit, sdk.IsV2ServiceOptions).regionEffect() != noRegion {
			return true
		}
	}
	return false
}

// v1ConfigsGiveRegion: s3.New(sess, cfgs...) or sess.Copy(cfgs...) with a
// config that sets (or may set) the region.
func (c *checker) v1ConfigsGiveRegion(call *ast.CallExpr, cfgs []ast.Expr) bool {
	if call.Ellipsis.IsValid() {
		return true
	}
	for _, cfg := range cfgs {
		if c.v1ConfigEffect(cfg) != noRegion {
			return true
		}
	}
	return false
}
