package region

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
	// envAware: the package reads or sets the region variables itself, so
	// a configuration that leaves the region to the environment is deliberate.
	envAware bool
	// v1LoadConfig: the package sets AWS_SDK_LOAD_CONFIG, so v1 sessions
	// read ~/.aws/config.
	v1LoadConfig bool
	// lambda: a Lambda function, whose runtime always sets AWS_REGION.
	lambda bool
	// program: package main. A library leaves the region to the
	// environment of the programs that use it.
	program bool
}

func run(pass *rule.Pass) error {
	c := &checker{
		pass:    pass,
		lambda:  gocode.Imports(pass.Pkg, sdk.LambdaRuntimePkg),
		program: pass.Pkg.Name() == "main",
	}
	c.scanEnv()
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if pass.Syntax.InTest(call.Pos()) {
			continue
		}
		fn := gocode.Callee(pass.TypesInfo, call)
		switch {
		case sdk.IsV2LoadDefaultConfig(fn):
			c.loadDefaultConfig(cur, call)
		case sdk.V1SessionConstructor(fn) != sdk.NotV1Session:
			c.session(cur, call, fn)
		case sdk.IsV2ClientConstructor(fn):
			c.clientLiteral(call, fn)
		}
	}
	return nil
}

// scanEnv notes whether the package's own code reads or sets the region
// variables or AWS_SDK_LOAD_CONFIG.
func (c *checker) scanEnv() {
	for cur := range c.pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) == 0 || c.pass.Syntax.InTest(call.Pos()) {
			continue
		}
		if use := gocode.EnvUseOf(gocode.Callee(c.pass.TypesInfo, call)); use != gocode.EnvGet && use != gocode.EnvSet {
			continue
		}
		name, ok := gocode.ConstString(c.pass.TypesInfo, call.Args[0])
		switch {
		case !ok:
		case sdk.RegionEnvVars[name]:
			c.envAware = true
		case name == sdk.V1LoadConfigEnvVar:
			c.v1LoadConfig = true
		}
	}
}

// loadDefaultConfig checks config.LoadDefaultConfig(ctx, opts...).
func (c *checker) loadDefaultConfig(cur inspector.Cursor, call *ast.CallExpr) {
	if call.Ellipsis.IsValid() || c.lambda || c.envAware || !c.program {
		return
	}
	for _, arg := range call.Args[1:] {
		if c.loadOptionEffect(arg) != noRegion {
			return
		}
	}
	if c.regionGivenLater(cur, call, v2) || c.onlyForRegionlessClients(cur, v2) {
		return
	}
	c.pass.Reporter.Report(report.Warning, call, c.defaultRegionFix(call),
		"config.LoadDefaultConfig without a region fallback: add config.WithDefaultRegion(%q)", defaultRegion)
}

// loadOptionEffect tells what one option of LoadDefaultConfig does to the region.
func (c *checker) loadOptionEffect(arg ast.Expr) effect {
	switch e := ast.Unparen(arg).(type) {
	case *ast.CallExpr:
		fn := gocode.Callee(c.pass.TypesInfo, e)
		switch {
		case sdk.IsV2RegionLoadOption(fn):
			return setsRegion
		case sdk.IsV2LoadOption(fn):
			return noRegion
		}
	case *ast.FuncLit:
		return c.optionFuncEffect(e, sdk.IsV2LoadOptions).regionEffect()
	}
	return unknown
}

// clientLiteral checks <svc>.New(<svc>.Options{...}, fns...) and
// <svc>.NewFromConfig(aws.Config{...}, fns...).
func (c *checker) clientLiteral(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok || !sdk.IsV2ClientSettings(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return // unkeyed: not worth guessing
		}
		if key, ok := kv.Key.(*ast.Ident); ok && (key.Name == sdk.RegionField || sdk.V2EndpointFields[key.Name]) {
			return
		}
	}
	for _, arg := range call.Args[1:] {
		lit, ok := ast.Unparen(arg).(*ast.FuncLit)
		if !ok {
			return // an option function we cannot read
		}
		if e := c.optionFuncEffect(lit, sdk.IsV2ServiceOptions); e.regionEffect() != noRegion || e.endpoint {
			return
		}
	}
	svc := fn.Pkg().Name()
	typ := types.TypeString(c.pass.TypesInfo.TypeOf(lit), func(p *types.Package) string { return p.Name() })
	c.pass.Reporter.Warnf(call, "%s.%s(%s{...}) sets no Region: set it, or build the client from config.LoadDefaultConfig",
		svc, fn.Name(), typ)
}
