// Package signerlookalikes signs, but not its requests to AWS: it imports
// a package whose path ends in "signer" (libs/signer, which MACs webhook
// payloads), calls a Sign that takes bytes, and a SignUp that takes the
// request. Its raw requests to AWS are still unsigned.
package signerlookalikes

import (
	"net/http"
	"strings"

	"awsvet.test/src/rawhttp/libs/signer"
)

// SignUp registers the request's caller: a verb, not a signer.
func SignUp(req *http.Request) error {
	req.Header.Set("X-Registration", "1")
	return nil
}

// Positive: the payload is MACed for the receiver, the request itself
// goes unsigned.
func notify(key []byte, body string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://sns.us-east-1.amazonaws.com/", strings.NewReader(body)) // want `raw HTTP POST to sns\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Payload-Signature", string(signer.Sign(key, []byte(body))))
	return http.DefaultClient.Do(req)
}

// Positive: SignUp takes the request but does not sign it.
func register(body string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://sqs.us-east-1.amazonaws.com/", strings.NewReader(body)) // want `raw HTTP POST to sqs\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	if err := SignUp(req); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
