package sdk

import (
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// Who signs AWS requests built with net/http: the SDK's SigV4 signer, a
// SigV4 library outside the SDK, or a signer of the package's own. The
// rawhttp rule leaves packages that sign alone; this file is where it
// learns what signing looks like.

// SigV4 signer packages of both SDKs. A package that imports one signs
// the requests it builds with net/http itself.
const (
	V2SignerV4 = V2Root + "/aws/signer/v4"
	V1SignerV4 = V1Root + "/aws/signer/v4"
)

// sigV4Libraries are SigV4 signers outside the SDK, by the last elements
// of their packages' import paths, so that every version, fork and
// vendored copy matches (see IsSigV4Library). Each signs the requests it
// is given, or every request of the *http.Client or RoundTripper it
// builds.
var sigV4Libraries = []string{
	"aws4",               // github.com/bmizerany/aws4: aws4.Sign, and aws4.Client's Do, Post, ...
	"go-aws-auth",        // github.com/smartystreets/go-aws-auth (and forks): awsauth.Sign4, Sign
	"aws_signing_client", // github.com/sha1sum/aws_signing_client: New returns a signing *http.Client
	"sigv4",              // github.com/prometheus/sigv4, prometheus/common/sigv4, smithy-go's aws-http-auth/sigv4
	"sigv4a",             // smithy-go's aws-http-auth/sigv4a
	"signer/aws",         // github.com/opensearch-project/opensearch-go's signing transport (SDK v1)
	"signer/awsv2",       // the same for SDK v2: awsv2.NewSignerWithService
	"signer/v4",          // a copy of the SDK's signer under another path (vendored, forked, an old private/signer/v4)
	"elastic/aws",        // github.com/olivere/elastic: NewV4SigningClient on go-aws-auth
	"elastic/aws/v4",     // the same on the SDK's signer
}

// IsSigV4Library reports whether path is the package of a SigV4 signer
// outside the SDK: its last elements are one of sigV4Libraries, with a
// major version element (/v2, /v7) allowed anywhere among them, as in
// opensearch-go/v2/signer/awsv2 or elastic/v7/aws/v4. Whole elements
// only: "notaws4" or "sigv4util" are other packages.
func IsSigV4Library(path string) bool {
	elems := strings.Split(path, "/")
	for _, lib := range sigV4Libraries {
		if endsWithElements(elems, strings.Split(lib, "/")) {
			return true
		}
	}
	return false
}

// endsWithElements reports whether path's elements end in want's,
// skipping major version elements of path that want does not name.
func endsWithElements(path, want []string) bool {
	i := len(path) - 1
	for j := len(want) - 1; j >= 0; j-- {
		for i >= 0 && path[i] != want[j] && isMajorVersion(path[i]) {
			i--
		}
		if i < 0 || path[i] != want[j] {
			return false
		}
		i--
	}
	return true
}

// isMajorVersion reports whether elem is a module path's major version
// suffix: "v" and digits.
func isMajorVersion(elem string) bool {
	digits, ok := strings.CutPrefix(elem, "v")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// ImportsSigV4Signer reports whether pkg imports a SigV4 signer: either
// SDK's, or a SigV4 library outside the SDK (IsSigV4Library).
func ImportsSigV4Signer(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if p := imp.Path(); p == V2SignerV4 || p == V1SignerV4 || IsSigV4Library(p) {
			return true
		}
	}
	return false
}

// IsSigV4SignCall reports whether fn signs or pre-signs an HTTP request
// with SigV4 without its package importing a signer: the SignHTTP and
// PresignHTTP methods of the HTTPSignerV4 interface every v2 service
// package declares for its Options (c.Options().HTTPSignerV4.SignHTTP),
// or of the v2 signer itself; v1's (*v4.Signer).Sign and Presign; and,
// outside the SDK, a function named as a request signer is (see
// signerNames) that takes an http.Request: a signing helper of another
// package of the module, a library this file does not know.
func IsSigV4SignCall(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if IsSDK(fn.Pkg().Path()) {
		switch fn.Name() {
		case "SignHTTP", "PresignHTTP":
			return IsV2(fn.Pkg().Path())
		case "Sign", "Presign":
			return gocode.IsMethod(fn, V1SignerV4, "Signer", fn.Name())
		}
		return false
	}
	return isSignerName(fn.Name()) && takesHTTPRequest(fn)
}

// signerNames are the names, in lower case, of functions that sign the
// HTTP request they are given: Sign, Sign4, SignV4, SignRequest, ...
// Other names that start with "sign" are other verbs (SignUp, SignIn,
// SignOut), and Sign2 and Sign3 are older AWS signatures that no
// endpoint of this rule takes.
var signerNames = []string{"sign", "sign4", "signv4", "signsigv4", "signrequest", "signhttp", "signhttprequest", "presign", "presignhttp"}

func isSignerName(name string) bool {
	name = strings.ToLower(name)
	for _, n := range signerNames {
		if name == n {
			return true
		}
	}
	return false
}

// takesHTTPRequest reports whether one of fn's parameters is an
// http.Request or a pointer to one.
func takesHTTPRequest(fn *types.Func) bool {
	params := fn.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if gocode.IsNamed(params.At(i).Type(), "net/http", "Request") {
			return true
		}
	}
	return false
}

// What a SigV4 signer of a package's own writes: code that signs AWS
// requests without the SDK's signer (a certificate-based signer, a
// signer for an API the SDK lacks) names these constants.

// SigV4Algorithms are the algorithm names a SigV4 Authorization header or
// X-Amz-Algorithm parameter starts with: HMAC (access keys), SigV4a's
// ECDSA, and IAM Roles Anywhere's certificate algorithms (AWS4-X509-...).
var SigV4Algorithms = []string{"AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256", "AWS4-X509-"}

// SigV4KeyScope ends the credential scope whose HMAC chain derives a
// SigV4 signing key: HMAC(..., "aws4_request").
const SigV4KeyScope = "aws4_request"

// Where SigV4's algorithm name goes: the Authorization header, or the
// X-Amz-Algorithm parameter of a pre-signed URL's query.
const (
	AuthorizationHeader = "Authorization"
	AlgorithmQueryParam = "X-Amz-Algorithm"
)

// NamesSigV4Algorithm reports whether s holds a SigV4 algorithm name.
func NamesSigV4Algorithm(s string) bool {
	for _, a := range SigV4Algorithms {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}
