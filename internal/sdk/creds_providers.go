package sdk

import (
	"go/ast"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
)

// Where credential providers are built and handed to the SDK. staticcreds
// uses these to find providers that pin credentials and to know when
// dropping one leaves the default credential chain in charge.

// StaticProviderValueField is the field of both static provider structs
// (v2 credentials.StaticCredentialsProvider, v1 credentials.StaticProvider,
// where it is the embedded credentials.Value) that holds the credentials.
const StaticProviderValueField = "Value"

// Credential fields of v2 aws.Credentials and v1 credentials.Value.
const (
	KeyIDField        = "AccessKeyID"
	SecretKeyField    = "SecretAccessKey"
	SessionTokenField = "SessionToken"
)

// IsV2CredentialsProviderFunc reports whether t is v2 aws.CredentialsProviderFunc.
func IsV2CredentialsProviderFunc(t types.Type) bool {
	return gocode.IsNamed(t, V2AWS, "CredentialsProviderFunc")
}

// IsProviderWrapper reports whether fn wraps a provider without changing
// the credentials it gives: v2 aws.NewCredentialsCache(provider) and v1
// credentials.NewCredentials(provider).
func IsProviderWrapper(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2AWS, "NewCredentialsCache") || gocode.IsFunc(fn, V1Credentials, "NewCredentials")
}

// IsRetrieveMethod reports whether fn is the Retrieve method of a credential
// provider type: v2 Retrieve(context.Context) (aws.Credentials, error), v1
// Retrieve() (credentials.Value, error) or RetrieveWithContext(aws.Context)
// (credentials.Value, error).
func IsRetrieveMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || sig.Results().Len() != 2 || !gocode.IsError(sig.Results().At(1).Type()) {
		return false
	}
	creds := sig.Results().At(0).Type()
	switch fn.Name() {
	case "Retrieve":
		if sig.Params().Len() == 1 && IsV2CredentialsValue(creds) && gocode.IsNamed(sig.Params().At(0).Type(), "context", "Context") {
			return true
		}
		return sig.Params().Len() == 0 && IsV1CredentialsValue(creds)
	case "RetrieveWithContext":
		return sig.Params().Len() == 1 && IsV1CredentialsValue(creds)
	}
	return false
}

// IsV2WithCredentialsProvider reports whether fn is v2 config.WithCredentialsProvider.
func IsV2WithCredentialsProvider(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2Config, "WithCredentialsProvider")
}

// ProviderResults returns the credentials a provider function's body
// returns: the first result of each two-result return statement (the
// Retrieve shape, credentials and an error), leaving function literals
// inside it alone (their returns are their own).
func ProviderResults(body *ast.BlockStmt) []ast.Expr {
	var out []ast.Expr
	gocode.InspectSkippingFuncLits(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if len(n.Results) == 2 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}
