package rawhttp

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// callsUnsigned: the package uses net/http without a SigV4 signer, the
// SDK's or a library's (aws4, go-aws-auth, a signing transport). A
// package that signs requests with one calls AWS over net/http on
// purpose (an API the SDK lacks, a signed proxy).
func callsUnsigned(pkg *types.Package) bool {
	return gocode.Imports(pkg, "net/http") && !sdk.ImportsSigV4Signer(pkg)
}

func run(pass *rule.Pass) error {
	// A package that signs requests with a signer of its own calls AWS
	// over net/http on purpose (a certificate-based signer, an API the
	// SDK lacks).
	if signsOwnRequests(pass.Pass) {
		return nil
	}
	urls := sdk.NewURLs(pass.TypesInfo, pass.Syntax.Writes())
	usesSDK := sdk.ImportsSDK(pass.Pkg)
	type raw struct {
		call         *ast.CallExpr
		method, host string
		bearer       bool   // the service takes an API key instead of a signature
		unsignedOp   string // an operation of the service that needs no signature, named in the function
	}
	var found []raw
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if sdk.IsSigV4SignCall(gocode.Callee(pass.TypesInfo, call)) {
			// Signed through a client's signer (amp.Client's
			// Options().HTTPSignerV4.SignHTTP in KEDA), or a signing
			// helper outside the SDK (signing.SignRequest(req)): on
			// purpose too.
			return nil
		}
		req, ok := sdk.NetHTTPRequest(pass.TypesInfo, call)
		if !ok {
			continue
		}
		if req.Builds && pass.Syntax.InTest(call.Pos()) && neverSent(pass.Pass, cur) {
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
		found = append(found, raw{call, method, strings.ReplaceAll(u.Host, sdk.RunTimeLabel, "<region>"),
			sdk.AcceptsBearerKey(u.Host), unsignedOperationIn(pass, cur, u.Host)})
	}
	r := pass.Reporter
	for _, f := range found {
		if f.bearer {
			// A Bedrock API key is a documented way in without SigV4: the
			// request may well be authorised, but it is still not retried.
			r.Warnf(f.call, "raw HTTP %s to %s skips the SDK's retries (an API key needs no SigV4 signature): use the SDK client, which reads the key from %s",
				f.method, f.host, sdk.BearerKeyEnvVar)
			continue
		}
		if f.unsignedOp != "" {
			// AssumeRoleWithWebIdentity, a user pool's InitiateAuth: the
			// caller has no credentials to sign with, by design.
			r.Warnf(f.call, "raw HTTP %s to %s skips the SDK's retries (%s needs no SigV4 signature): use the SDK client", f.method, f.host, f.unsignedOp)
			continue
		}
		r.Warnf(f.call, "raw HTTP %s to %s skips SigV4 signing and retries: use the SDK client", f.method, f.host)
	}
	return nil
}
