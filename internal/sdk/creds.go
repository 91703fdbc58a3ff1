package sdk

import (
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
)

// CredentialEnvVars are the environment variables the default credential
// chains of both SDKs read credentials from (KeyIDEnvVars, SecretKeyEnvVars
// and SessionTokenEnvVar, in creds_env.go).
var CredentialEnvVars = union(KeyIDEnvVars, SecretKeyEnvVars, map[string]bool{SessionTokenEnvVar: true})

// SecretEnvVars are the credential variables whose value is secret (not the key ID).
var SecretEnvVars = union(SecretKeyEnvVars, map[string]bool{SessionTokenEnvVar: true})

func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}

// IsCredentialsValue reports whether t is (a pointer to) a credentials value
// that holds secret material: v2 aws.Credentials or v1 credentials.Value.
func IsCredentialsValue(t types.Type) bool { return IsV2CredentialsValue(t) || IsV1CredentialsValue(t) }

// IsV2CredentialsValue reports whether t is (a pointer to) v2 aws.Credentials.
func IsV2CredentialsValue(t types.Type) bool { return gocode.IsNamed(t, V2AWS, "Credentials") }

// IsV1CredentialsValue reports whether t is (a pointer to) v1 credentials.Value.
func IsV1CredentialsValue(t types.Type) bool { return gocode.IsNamed(t, V1Credentials, "Value") }

// SecretFields are the fields of a credentials value that hold secrets.
var SecretFields = map[string]bool{SecretKeyField: true, SessionTokenField: true}

// StaticCredsArgs describes a static-credentials constructor: which argument
// holds the key ID, the secret and the session token (-1 when absent).
type StaticCredsArgs struct{ KeyID, Secret, Token int }

// StaticCredsConstructor returns the argument layout if fn is one of the
// static-credentials constructors of either SDK:
//   - v2 credentials.NewStaticCredentialsProvider(key, secret, session)
//   - v1 credentials.NewStaticCredentials(id, secret, token)
func StaticCredsConstructor(fn *types.Func) (StaticCredsArgs, bool) {
	switch {
	case gocode.IsFunc(fn, V2Credentials, "NewStaticCredentialsProvider"),
		gocode.IsFunc(fn, V1Credentials, "NewStaticCredentials"):
		return StaticCredsArgs{KeyID: 0, Secret: 1, Token: 2}, true
	}
	return StaticCredsArgs{}, false
}

// IsV1StaticCredsFromCreds reports whether fn is v1
// credentials.NewStaticCredentialsFromCreds(credentials.Value{...}).
func IsV1StaticCredsFromCreds(fn *types.Func) bool {
	return gocode.IsFunc(fn, V1Credentials, "NewStaticCredentialsFromCreds")
}

// IsStaticProviderType reports whether t is (a pointer to) a static provider
// struct: v2 credentials.StaticCredentialsProvider or v1 credentials.StaticProvider.
func IsStaticProviderType(t types.Type) bool {
	return gocode.IsNamed(t, V2Credentials, "StaticCredentialsProvider") || gocode.IsNamed(t, V1Credentials, "StaticProvider")
}
