package sdk

import "strings"

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
