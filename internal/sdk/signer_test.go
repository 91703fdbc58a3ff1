package sdk_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// TestSigners: the signer import paths exist in the pinned SDKs.
func TestSigners(t *testing.T) {
	for _, path := range []string{sdk.V2SignerV4, sdk.V1SignerV4} {
		p := real(t, path)
		if p.Scope().Lookup("Signer") == nil {
			t.Errorf("%s has no Signer", path)
		}
		if !sdk.ImportsSigV4Signer(importing(p)) {
			t.Errorf("importing %s is not signing", path)
		}
	}
}

// importing is a package that imports p alone.
func importing(p *types.Package) *types.Package {
	user := types.NewPackage("example.com/user", "user")
	user.SetImports([]*types.Package{p})
	return user
}

// TestSigV4Libraries: the SigV4 libraries outside the SDK are known by
// their path's last elements, in every major version, fork and vendored
// copy; a package whose path only resembles one is not.
func TestSigV4Libraries(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/bmizerany/aws4":                                   true,
		"github.com/smartystreets/go-aws-auth":                        true,
		"github.com/smira/go-aws-auth":                                true,
		"github.com/sha1sum/aws_signing_client":                       true,
		"github.com/prometheus/sigv4":                                 true,
		"github.com/prometheus/common/sigv4":                          true,
		"github.com/aws/smithy-go/aws-http-auth/sigv4":                true,
		"github.com/aws/smithy-go/aws-http-auth/sigv4a":               true,
		"github.com/opensearch-project/opensearch-go/signer/aws":      true,
		"github.com/opensearch-project/opensearch-go/v2/signer/awsv2": true,
		"github.com/opensearch-project/opensearch-go/v4/signer/awsv2": true,
		"github.com/olivere/elastic/aws":                              true,
		"github.com/olivere/elastic/v7/aws/v4":                        true,
		"github.com/example/fork/sigv4/v3":                            true,
		"example.com/vendor/aws-sdk-go/private/signer/v4":             true,

		"github.com/example/notaws4":              false, // whole elements only
		"github.com/example/sigv4util":            false,
		"github.com/example/aws4/internal/cache":  false, // below the library, not the library
		"github.com/example/signer":               false, // a signer of something else
		"github.com/example/signer/v2":            false, // its major version, not SigV4
		"github.com/example/awsv2":                false,
		"github.com/example/aws":                  false, // elastic/aws names the library, aws alone does not
		"github.com/example/elastic":              false,
		"github.com/example/v4":                   false,
		"github.com/aws/aws-sdk-go-v2/aws":        false,
		"github.com/aws/aws-sdk-go-v2/service/s3": false,
		"aws4": true,
		"":     false,
	} {
		if got := sdk.IsSigV4Library(path); got != want {
			t.Errorf("IsSigV4Library(%q) = %v, want %v", path, got, want)
		}
		if got := sdk.ImportsSigV4Signer(importing(types.NewPackage(path, "p"))); got != want {
			t.Errorf("importing %q: ImportsSigV4Signer = %v, want %v", path, got, want)
		}
	}
}

// signCallsSrc calls one function per function; the name says whether
// IsSigV4SignCall must read the call as signing a request.
const signCallsSrc = `package p

import "net/http"

type signer struct{}

func (signer) SignRequest(r *http.Request) error { return nil }
func Sign4(r *http.Request) *http.Request     { return r }
func signV4(r http.Request) http.Request       { return r }
func Sign(payload []byte) []byte               { return payload }
func SignUp(r *http.Request) error             { return nil }
func Sign2(r *http.Request) *http.Request     { return r }
func signature(r *http.Request) string         { return "" }

func signsMethod(r *http.Request)        { signer{}.SignRequest(r) }
func signsFunc(r *http.Request)          { Sign4(r) }
func signsValue(r *http.Request)         { signV4(*r) }
func signsPayloadOnly(b []byte)          { Sign(b) }
func signsUp(r *http.Request)            { SignUp(r) }
func signsVersion2(r *http.Request)      { Sign2(r) }
func readsSignature(r *http.Request)     { signature(r) }
`

func TestIsSigV4SignCallByName(t *testing.T) {
	_, f, info := typeCheck(t, signCallsSrc)
	wants := map[string]bool{
		"signsMethod": true, "signsFunc": true, "signsValue": true,
		"signsPayloadOnly": false, "signsUp": false, "signsVersion2": false, "readsSignature": false,
	}
	helpers := []string{"SignRequest", "Sign4", "signV4", "Sign", "SignUp", "Sign2", "signature"}
	eachFunc(t, f, wants, func(fd *ast.FuncDecl, want bool) {
		call := firstCall(fd.Body, func(*ast.CallExpr) bool { return true })
		fn := gocode.Callee(info, call)
		if got := sdk.IsSigV4SignCall(fn); got != want {
			t.Errorf("%s: IsSigV4SignCall(%s) = %v, want %v", fd.Name.Name, fn.Name(), got, want)
		}
	}, helpers...)
}
