// Package ownsigner signs its requests with a SigV4 signer of its own: it
// derives the signing key with crypto/hmac and the aws4_request scope and
// writes an AWS4-HMAC-SHA256 Authorization header (made in a function of
// its own), as small clients that avoid the SDK's dependencies do. Its raw requests are on purpose.
package ownsigner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"time"
)

func hmacSHA256(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

// signingKey is SigV4's HMAC chain: date, region, service, aws4_request.
func signingKey(secret, date, region, service string) []byte {
	k := hmacSHA256([]byte("AWS4"+secret), date)
	k = hmacSHA256(k, region)
	k = hmacSHA256(k, service)
	return hmacSHA256(k, "aws4_request")
}

// sign writes the Authorization header of req.
func sign(req *http.Request, keyID, secret, region, service, payloadHash string, now time.Time) {
	date := now.UTC().Format("20060102")
	req.Header.Set("X-Amz-Date", now.UTC().Format("20060102T150405Z"))
	canonical := strings.Join([]string{req.Method, req.URL.EscapedPath(), req.URL.RawQuery, "host:" + req.Host + "\n", "host", payloadHash}, "\n")
	scope := strings.Join([]string{date, region, service, "aws4_request"}, "/")
	sum := sha256.Sum256([]byte(canonical))
	toSign := "AWS4-HMAC-SHA256\n" + req.Header.Get("X-Amz-Date") + "\n" + scope + "\n" + hex.EncodeToString(sum[:])
	sig := hex.EncodeToString(hmacSHA256(signingKey(secret, date, region, service), toSign))
	// The header's value comes from a function: the signing key's
	// derivation is what tells this signer apart.
	req.Header.Set("Authorization", authorization(keyID, scope, sig))
}

func authorization(keyID, scope, sig string) string {
	return fmt.Sprintf("AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=host, Signature=%s", keyID, scope, sig)
}

// Negative: signed by the package's own signer before it is sent.
func callerIdentity(keyID, secret string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15", nil)
	if err != nil {
		return nil, err
	}
	sign(req, keyID, secret, "us-east-1", "sts", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", time.Now())
	return http.DefaultClient.Do(req)
}
