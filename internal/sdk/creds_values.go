package sdk

import (
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
)

// IsSTSCredentials reports whether t is (a pointer to) the credentials an
// STS call returns: v2 sts/types.Credentials or v1 sts.Credentials. Their
// SecretAccessKey and SessionToken fields are *string: printing the struct
// shows pointers (v2) or, through the v1 String method, hides the secret
// key but not the session token; the secret leaks once a field is
// dereferenced.
func IsSTSCredentials(t types.Type) bool {
	return gocode.IsNamed(t, V2Root+"/service/sts/types", "Credentials") || gocode.IsNamed(t, v1Service+"sts", "Credentials")
}

// IsStringDeref reports whether fn turns a *string into its string: v2
// aws.ToString, v1 aws.StringValue.
func IsStringDeref(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2AWS, "ToString") || gocode.IsFunc(fn, V1AWS, "StringValue")
}
