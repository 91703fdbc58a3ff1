package presign

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"time"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// maxExpiry is -presign.max: a team's own, shorter limit (0: none).
var maxExpiry time.Duration

func init() {
	Analyzer.Flags.DurationVar(&maxExpiry, "max", 0,
		"also report constant pre-signed URL expiries longer than this duration, e.g. 15m (0: only SigV4's 7-day limit)")
}

type checker struct {
	pass *rule.Pass
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)}
	for cur := range pass.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.AssignStmt:
			c.assign(n)
		case *ast.CompositeLit:
			c.literal(n)
		}
	}
	return nil
}

// call checks s3.WithPresignExpires(d) and v1 req.Presign(d), req.PresignRequest(d).
func (c *checker) call(call *ast.CallExpr) {
	fn := gocode.Callee(c.pass.TypesInfo, call)
	if len(call.Args) != 1 || !sdk.IsPresignExpiresOption(fn) && !sdk.IsV1Presign(fn) {
		return
	}
	name := "(*request.Request)." + fn.Name()
	if sdk.IsPresignExpiresOption(fn) {
		name = fn.Pkg().Name() + "." + fn.Name()
	}
	c.expiry(call, call.Args[0], sdk.PresignURLOptions, name)
}

// assign checks o.Expires = d on the v2 presign options.
func (c *checker) assign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != sdk.PresignExpiresField {
			continue
		}
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			if kind := sdk.PresignExpiresHolder(s.Recv()); kind != sdk.NotPresignOptions {
				c.expiry(as, as.Rhs[i], kind, typeName(s.Recv())+".Expires")
			}
		}
	}
}

// literal checks s3.PresignOptions{Expires: d}.
func (c *checker) literal(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	kind := sdk.PresignExpiresHolder(t)
	if kind == sdk.NotPresignOptions {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == sdk.PresignExpiresField {
			c.expiry(kv, kv.Value, kind, typeName(t)+".Expires")
		}
	}
}

// expiry reports a constant lifetime over SigV4's limit, or over -presign.max.
func (c *checker) expiry(at report.Range, e ast.Expr, kind sdk.PresignOptionsKind, where string) {
	d, ok := c.constDuration(e)
	if !ok {
		return
	}
	what, severity := "pre-signed URL", report.Error
	if kind == sdk.PresignPOSTOptions {
		what, severity = "pre-signed POST policy", report.Warning
	}
	switch {
	case d > sdk.MaxPresignExpiry:
		c.pass.Reporter.Report(severity, at, nil, "%s expiry of %s in %s is over SigV4's 7-day limit: use at most 7 days",
			what, human(d), where)
	case maxExpiry > 0 && d > maxExpiry:
		c.pass.Reporter.Warnf(at, "%s expiry of %s in %s is over the %s of -presign.max: shorten it", what, human(d), where, human(maxExpiry))
	}
}

// constDuration returns the value of e when it is an integer constant: a
// time.Duration, or an untyped constant converted to one.
func (c *checker) constDuration(e ast.Expr) (time.Duration, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	v, exact := constant.Int64Val(tv.Value)
	return time.Duration(v), exact
}

// human writes a duration in days when it is a whole number of them.
func human(d time.Duration) string {
	const day = 24 * time.Hour
	if d >= day && d%day == 0 {
		if d == day {
			return "1 day"
		}
		return fmt.Sprintf("%d days", d/day)
	}
	return d.String()
}

// typeName writes s3.PresignOptions for (a pointer to) the named type.
func typeName(t types.Type) string {
	if n := gocode.NamedOf(t); n != nil {
		t = n
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}
