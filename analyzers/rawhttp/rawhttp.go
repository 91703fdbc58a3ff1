package rawhttp

import (
	_ "embed"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "rawhttp",
	Doc:      report.Doc(doc),
	URL:      report.URL("rawhttp"),
	Requires: append([]*analysis.Analyzer{syntax.Analyzer}, report.Requires...),
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	// A package that signs requests with the SDK's SigV4 signer calls AWS
	// over net/http on purpose (an API the SDK lacks, a signed proxy).
	if !sdk.Imports(pass.Pkg, "net/http") || sdk.ImportsSigV4Signer(pass.Pkg) {
		return nil, nil
	}
	r := report.New(pass)
	urls := sdk.NewURLs(pass.Fset, pass.TypesInfo, syntax.Of(pass).Files)
	ins := syntax.Of(pass).Inspector
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		req, ok := sdk.NetHTTPRequest(pass.TypesInfo, call)
		if !ok {
			continue
		}
		u, ok := urls.Static(req.URL)
		if !ok || !sdk.IsServiceEndpoint(u.Host) || sdk.IsPublicDocument(u) {
			continue
		}
		if sdk.IsS3Endpoint(u.Host) && (req.Method == "GET" || req.Method == "HEAD") {
			continue // reading public objects (open data sets) needs no signature
		}
		method := req.Method
		if method == "" {
			method = "HTTP"
		}
		r.Warnf(call, "raw HTTP %s request to the AWS endpoint %s without the SDK: it skips the SDK's retries with backoff and SigV4 signing; "+
			"call the service through its SDK client", method, u.Host)
	}
	return nil, nil
}
