package hardcodedsecret

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/passes/awskeys"
	"github.com/awsvet/awsvet/internal/passes/strlits"
	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
)

var (
	configPath string
	testKeys   bool
)

func init() {
	Analyzer.Flags.StringVar(&configPath, "config", "",
		"a gitleaks TOML configuration (as for awsvet secrets --config); [extend] useDefault = true keeps the default rules")
	Analyzer.Flags.BoolVar(&testKeys, "testkeys", false, "also report private keys and JWTs in test code")
}

const fix = "revoke it, remove it, and load it at run time"

// genericMinEntropy is the least entropy (bits per character) of a
// generic-api-key value in Go source; gitleaks' rule has 3.5, which lets
// short words and version strings through. A random 20-character key
// scores about 4.
const genericMinEntropy = 3.8

type checker struct {
	pass     *rule.Pass
	d        *detect.Detector
	ctx      *context
	testPkg  bool
	awsKeys  *awskeys.Result // reported by hardcodedkey, or by the rule that claims them
	reported map[[2]token.Pos]bool
}

func run(pass *rule.Pass) error {
	lits := pass.ResultOf[strlits.Analyzer].(*strlits.Result)
	ctx := readContext(pass.Pass)
	if configPath == "" && !mayMatch(pass.Pass, lits, ctx) {
		return nil // no keyword: no rule is compiled, nothing is scanned
	}
	d, err := detector(configPath)
	if err != nil {
		return err
	}
	c := &checker{
		pass: pass, d: d, ctx: ctx,
		testPkg:  pass.Syntax.TestSupportPackage(),
		awsKeys:  pass.ResultOf[awskeys.Analyzer].(*awskeys.Result),
		reported: map[[2]token.Pos]bool{},
	}
	for _, l := range lits.Lits {
		c.literal(l)
	}
	for _, cm := range lits.Comments {
		c.comment(cm)
	}
	for _, e := range ctx.concats {
		c.concat(e)
	}
	return nil
}

// mayMatch is the gate: does any literal, comment or concatenation, with
// its name, hold a keyword of the default rules? The default detector is
// built once per process and compiles a rule only when a scan meets its
// keyword, so a package without keywords costs a TOML parse (go vet runs
// one process per package).
func mayMatch(pass *analysis.Pass, lits *strlits.Result, ctx *context) bool {
	for _, l := range lits.Lits {
		if text, _ := bound(ctx.names[l.Node], l.Value); detect.MayMatchDefault(text) {
			return true
		}
	}
	for _, cm := range lits.Comments {
		if detect.MayMatchDefault(cm.Node.Text) {
			return true
		}
	}
	for _, e := range ctx.concats {
		if detect.MayMatchDefault(constant.StringVal(pass.TypesInfo.Types[e].Value)) {
			return true
		}
	}
	return false
}

// Prewarm readies the default rules that Go code meets most
// (generic-api-key's keywords are in most packages' strings and comments),
// unless a configuration replaces them. The standalone driver runs it
// while packages load.
func Prewarm() {
	if configPath == "" {
		detect.Prewarm("generic-api-key")
	}
}

// detector returns the detector for a configuration file, built once per
// process and path ("" is the default rules).
func detector(path string) (*detect.Detector, error) {
	v, _ := detectors.LoadOrStore(path, sync.OnceValues(func() (*detect.Detector, error) {
		d, err := detect.ForConfig(path)
		if err != nil {
			return nil, fmt.Errorf("hardcodedsecret: -hardcodedsecret.config %w", err)
		}
		return d, nil
	}))
	return v.(func() (*detect.Detector, error))()
}

var detectors sync.Map // path → func() (*detect.Detector, error)

// scan runs the detector on a text. Test code is marked as such, so that
// the detector runs only the rules wanted there (high-confidence ones, as
// wanted decides) instead of running generic-api-key over every test
// literal and dropping its findings after.
func (c *checker) scan(text string, testFile bool) []detect.Finding {
	return c.d.ScanFragment(detect.Fragment{Text: text, TestCode: testFile || c.testPkg})
}

func (c *checker) literal(l strlits.Lit) {
	if c.ctx.skip[l.Node] {
		return
	}
	text, off := bound(c.ctx.names[l.Node], l.Value)
	for _, f := range c.scan(text, l.Test) {
		start, end := f.Start-off, f.End-off
		if start < 0 || end > len(l.Value) {
			continue // the secret is not in the literal
		}
		embedded := f.MatchStart >= off && f.MatchEnd <= off+len(l.Value) && end-start < len(l.Value)
		if !c.wanted(f, l.Test, embedded) {
			continue
		}
		at := report.Span{From: l.Offset(start), To: l.Offset(end)}
		if c.awsKeys.Covers(l.Node, at.From, at.To) {
			continue // an AWS key: one finding, by the more specific rule
		}
		c.report(at, "hardcoded", f)
	}
}

func (c *checker) comment(cm strlits.Comment) {
	for _, f := range c.scan(cm.Node.Text, cm.Test) {
		if !c.wanted(f, cm.Test, true) {
			continue
		}
		pos := cm.Node.Slash + token.Pos(f.Start)
		c.report(report.Span{From: pos, To: pos + token.Pos(f.End-f.Start)}, "comment holds", f)
	}
}

// concat reports secrets that only a constant concatenation spells: those
// inside one of its literals are the literal's findings.
func (c *checker) concat(e *ast.BinaryExpr) {
	value := constant.StringVal(c.pass.TypesInfo.Types[e].Value)
	parts := c.literalParts(e)
	text, off := bound(c.ctx.names[e], value)
	test := c.pass.Syntax.InTest(e.Pos())
	for _, f := range c.scan(text, test) {
		start, end := f.Start-off, f.End-off
		if start < 0 || end > len(value) || insideOne(parts, start, end) {
			continue
		}
		if !c.wanted(f, test, false) || c.awsKeys.CoversConcat(e, start, end) {
			continue // not wanted, or an AWS key: one finding, by the more specific rule
		}
		c.report(e, "constant expression spells", f)
	}
}

// literalParts returns the offsets of the value of each string literal
// operand of a concatenation; other operands (named constants) only
// advance the offset.
func (c *checker) literalParts(e ast.Expr) [][2]int {
	var parts [][2]int
	at := 0
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		e = ast.Unparen(e)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			walk(b.X)
			walk(b.Y)
			return
		}
		tv := c.pass.TypesInfo.Types[e]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return
		}
		n := len(constant.StringVal(tv.Value))
		if _, ok := e.(*ast.BasicLit); ok {
			parts = append(parts, [2]int{at, at + n})
		}
		at += n
	}
	walk(e)
	return parts
}

func insideOne(parts [][2]int, start, end int) bool {
	for _, p := range parts {
		if p[0] <= start && end <= p[1] {
			return true
		}
	}
	return false
}

// wanted applies the rule's choices to a finding of the detector.
func (c *checker) wanted(f detect.Finding, testFile, embedded bool) bool {
	test := testFile || c.testPkg
	switch {
	case detect.AWSKeyRule(f.RuleID):
		// hardcodedkey reports key IDs everywhere, and secret keys and
		// session tokens where Go code puts them; only those written
		// inside a literal's text (an embedded credentials file) are
		// left to this rule, outside tests.
		if f.RuleID == "aws-access-token" || !embedded || test {
			return false
		}
	case test && !f.HighConfidence:
		return false // fixtures bind made-up values to names
	case test && testFixtureRules[f.RuleID] && !testKeys:
		return false // test certificates and signed test tokens
	case f.RuleID == "generic-api-key" && detect.Entropy(f.Secret) < genericMinEntropy:
		return false
	}
	return !placeholder.Is(f.Secret)
}

func (c *checker) report(rng report.Range, what string, f detect.Finding) {
	key := [2]token.Pos{rng.Pos(), rng.End()}
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.pass.Reporter.Errorf(rng, "%s %s %s: %s", what, detect.Kind(f.RuleID), redact.Secret(f.Secret), fix)
}

// testFixtureRules are the rules whose matches in test code are fixtures
// far more often than leaks: test certificates' private keys, and JWTs
// signed by test keys (session cookies and bearer tokens of test servers,
// as in saml2aws' provider tests). -hardcodedsecret.testkeys reports them.
var testFixtureRules = map[string]bool{"private-key": true, "jwt": true, "jwt-base64": true}
