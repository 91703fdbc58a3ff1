// Package notsigner looks like a signer without being one: it reads
// SigV4 Authorization headers of incoming requests, names the algorithm
// in a message, and sends a bearer token of its own. Its raw requests to
// AWS are still unsigned.
package notsigner

import (
	"crypto/hmac"
	"crypto/sha256"
	"log"
	"net/http"
	"strings"
)

// isSigV4 tells signed incoming requests apart; it writes nothing.
func isSigV4(r *http.Request) bool {
	return strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 ")
}

// webhookMAC authenticates a webhook body: an HMAC, but not SigV4's.
func webhookMAC(secret, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return m.Sum(nil)
}

// Positive: an Authorization header without a SigV4 algorithm.
func bearer(token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://sqs.us-east-1.amazonaws.com/123456789012/q", nil) // want `raw HTTP POST to sqs\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// Positive: the algorithm only named in a message.
func unsigned() (*http.Response, error) {
	log.Printf("requests are not signed with %s", "AWS4-HMAC-SHA256")
	return http.Get("https://sts.amazonaws.com/?Action=GetCallerIdentity") // want `raw HTTP GET to sts\.amazonaws\.com skips SigV4 signing`
}
