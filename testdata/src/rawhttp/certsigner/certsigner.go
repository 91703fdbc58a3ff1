// Package certsigner signs its requests with a certificate, as IAM Roles
// Anywhere's CreateSession is signed: an AWS4-X509-RSA-SHA256
// Authorization header whose signature the private key makes. Its raw
// requests are on purpose.
package certsigner

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

const algorithm = "AWS4-X509-RSA-SHA256"

// Negative: a certificate-signed call, with no SDK signer in sight.
func createSession(key *rsa.PrivateKey, certSerial, scope string, body []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://rolesanywhere.us-east-1.amazonaws.com/sessions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	digest := sha256.Sum256(body)
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
	if err != nil {
		return nil, err
	}
	req.Header["Authorization"] = []string{algorithm + " Credential=" + certSerial + "/" + scope + ", SignedHeaders=host, Signature=" + hex.EncodeToString(sig)}
	return http.DefaultClient.Do(req)
}
