// Package presignsigner pre-signs URLs itself: the X-Amz-Algorithm query
// parameter names SigV4's algorithm, and the signature is computed
// elsewhere (a KMS or HSM key, here a function value). Its raw requests
// are on purpose.
package presignsigner

import (
	"net/http"
	"net/url"
)

const algorithm = "AWS4-ECDSA-P256-SHA256"

// Negative: a query signed by the package.
func presignedGet(credential string, sign func(string) string) (*http.Response, error) {
	q := url.Values{}
	q.Set("X-Amz-Algorithm", algorithm)
	q.Set("X-Amz-Credential", credential)
	q.Set("X-Amz-Signature", sign(q.Encode()))
	return http.Get("https://s3.us-east-1.amazonaws.com/bucket/key?" + q.Encode())
}

// Negative: a PUT, which S3 needs signed, through the same signer.
func presignedPut(credential string, sign func(string) string) (*http.Request, error) {
	q := url.Values{}
	q.Set("X-Amz-Algorithm", algorithm)
	q.Set("X-Amz-Credential", credential)
	q.Set("X-Amz-Signature", sign(q.Encode()))
	return http.NewRequest(http.MethodPut, "https://s3.us-east-1.amazonaws.com/bucket/key?"+q.Encode(), nil)
}
