package sdk

import (
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
)

// IsIssuedCredentials reports whether t is (a pointer to) credentials an
// AWS call hands out, whose SecretAccessKey (and SessionToken, where
// there is one) are *string fields:
//   - STS's Credentials (AssumeRole, GetSessionToken...): v2
//     sts/types.Credentials, v1 sts.Credentials;
//   - IAM's AccessKey, the long-term key CreateAccessKey makes: v2
//     iam/types.AccessKey, v1 iam.AccessKey. Its secret is returned once,
//     at creation, which is when examples print it;
//   - IAM Identity Center's RoleCredentials (SSO GetRoleCredentials, what
//     an SSO login tool fetches): v2 sso/types.RoleCredentials, v1
//     sso.RoleCredentials.
//
// Printing the struct shows pointers (v2) or, through the v1 String
// method, hides the fields tagged sensitive (the secret key, not STS's
// session token); the secret leaks once a field is dereferenced.
func IsIssuedCredentials(t types.Type) bool {
	for _, c := range issuedCredentials {
		if gocode.IsNamed(t, c.path, c.name) {
			return true
		}
	}
	return false
}

// issuedCredentials are the types IsIssuedCredentials recognises.
var issuedCredentials = []struct{ path, name string }{
	{v2Service + "sts/types", "Credentials"}, {v1Service + "sts", "Credentials"},
	{v2Service + "iam/types", "AccessKey"}, {v1Service + "iam", "AccessKey"},
	{v2Service + "sso/types", "RoleCredentials"}, {v1Service + "sso", "RoleCredentials"},
}

// IsStringDeref reports whether fn turns a *string into its string: v2
// aws.ToString, v1 aws.StringValue.
func IsStringDeref(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2AWS, "ToString") || gocode.IsFunc(fn, V1AWS, "StringValue")
}

// PrintsV1STSToken reports whether printing a value of type t (value or
// pointer) writes an STS session token: v1 sts.Credentials, or a v1 STS
// output that holds one (AssumeRoleOutput, GetSessionTokenOutput...).
// Their String method, which fmt and the loggers call, writes every field
// but those tagged sensitive: the secret access key is hidden, the
// SessionToken field is not tagged. v2's structs print their *string
// fields as addresses.
func PrintsV1STSToken(t types.Type) bool {
	const sts = v1Service + "sts"
	if gocode.IsNamed(t, sts, "Credentials") {
		return true
	}
	n := gocode.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != sts {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Name() == "Credentials" && gocode.IsNamed(f.Type(), sts, "Credentials") {
			return true
		}
	}
	return false
}
