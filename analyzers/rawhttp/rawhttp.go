package rawhttp

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Rule is the rule, its severity and CWE beside its spec; Analyzer stays
// a package-level variable, as nogo needs.
var Rule = rule.New(rule.Spec{Name: "rawhttp", Doc: doc, Severity: report.Warning, Run: run})
var Analyzer = Rule.Analyzer

func run(pass *analysis.Pass) (any, error) {
	// A package that signs requests with the SDK's SigV4 signer, or with
	// one of its own, calls AWS over net/http on purpose (an API the SDK
	// lacks, a signed proxy, a certificate-based signer).
	if !gocode.Imports(pass.Pkg, "net/http") || sdk.ImportsSigV4Signer(pass.Pkg) || signsOwnRequests(pass) {
		return nil, nil
	}
	urls := sdk.NewURLs(pass.TypesInfo, syntax.Of(pass).Writes())
	usesSDK := sdk.ImportsSDK(pass.Pkg)
	type raw struct {
		call         *ast.CallExpr
		method, host string
	}
	var found []raw
	for cur := range syntax.Of(pass).Inspector.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if sdk.IsSigV4SignCall(gocode.Callee(pass.TypesInfo, call)) {
			// Signed through a client's signer (amp.Client's
			// Options().HTTPSignerV4.SignHTTP in KEDA): on purpose too.
			return nil, nil
		}
		req, ok := sdk.NetHTTPRequest(pass.TypesInfo, call)
		if !ok {
			continue
		}
		if req.Builds && syntax.Of(pass).InTest(call.Pos()) && neverSent(pass, cur) {
			continue // a test reading the headers its signer wrote
		}
		u, ok := urls.Static(req.URL)
		if !ok || !sdk.IsServiceEndpoint(u.Host) || sdk.IsPublicDocument(u) {
			continue
		}
		if u.RunTimeHost() && !usesSDK {
			// sts.<region>.amazonaws.com with the region from a variable:
			// where the SDK is at hand its client is the fix; elsewhere
			// the package may not be AWS's client at all.
			continue
		}
		if sdk.IsS3Endpoint(u.Host) && (req.Method == "GET" || req.Method == "HEAD") {
			continue // reading public objects (open data sets) needs no signature
		}
		method := req.Method
		if method == "" {
			method = "HTTP"
		}
		found = append(found, raw{call, method, strings.ReplaceAll(u.Host, sdk.RunTimeLabel, "<region>")})
	}
	r := report.New(pass)
	for _, f := range found {
		r.Warnf(f.call, "raw HTTP %s to %s skips SigV4 signing and retries: use the SDK client", f.method, f.host)
	}
	return nil, nil
}
