package rawhttp

// Fixtures for operations AWS documents as called without a signature
// (the caller has no credentials yet): still reported for the retries,
// with a message that does not claim a missing signature.

import (
	"bytes"
	"net/http"
	"net/url"
)

// Positive, unsigned-operation message: a web identity token traded for
// credentials with a hand-built form (google-api-go-client's BYOID test).
func assumeWithWebIdentity(token, role string) (*http.Response, error) {
	data := url.Values{}
	data.Set("Action", "AssumeRoleWithWebIdentity")
	data.Set("Version", "2011-06-15")
	data.Set("RoleArn", role)
	data.Set("WebIdentityToken", token)
	return http.PostForm("https://sts.amazonaws.com/", data) // want `raw HTTP POST to sts\.amazonaws\.com skips the SDK's retries \(AssumeRoleWithWebIdentity needs no SigV4 signature\): use the SDK client`
}

// Positive, unsigned-operation message: a user pool's refresh-token login
// by hand, the operation in the X-Amz-Target header.
func refreshLogin(c *http.Client, body []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://cognito-idp.us-east-1.amazonaws.com/", bytes.NewReader(body)) // want `raw HTTP POST to cognito-idp\.us-east-1\.amazonaws\.com skips the SDK's retries \(InitiateAuth needs no SigV4 signature\): use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	return c.Do(req)
}

// Positive, signing message: AssumeRole needs a signature, and its name
// only begins like the unsigned one's.
func assumeRole(role string) (*http.Response, error) {
	data := url.Values{"Action": {"AssumeRole"}, "RoleArn": {role}}
	return http.PostForm("https://sts.amazonaws.com/", data) // want `raw HTTP POST to sts\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}

// Positive, signing message: the unsigned operation's name is another
// service's (AssumeRoleWithWebIdentity means nothing to a user pool).
func wrongService(c *http.Client) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://cognito-idp.us-east-1.amazonaws.com/", nil) // want `raw HTTP POST to cognito-idp\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Amz-Target", "AssumeRoleWithWebIdentity")
	return c.Do(req)
}

// Positive, signing message: an admin operation of the user pool, which
// needs the developer's credentials.
func adminLogin(c *http.Client) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://cognito-idp.us-east-1.amazonaws.com/", nil) // want `raw HTTP POST to cognito-idp\.us-east-1\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Amz-Target", "AWSCognitoIdentityProviderService.AdminInitiateAuth")
	return c.Do(req)
}

// unsignedActionName is used by another function than the request's: the
// request's own function must name the operation.
const unsignedActionName = "AssumeRoleWithWebIdentity"

func actionName() string { return unsignedActionName }

// Positive, signing message: the operation is named elsewhere.
func elsewhere(form url.Values) (*http.Response, error) {
	return http.PostForm("https://sts.amazonaws.com/", form) // want `raw HTTP POST to sts\.amazonaws\.com skips SigV4 signing and retries: use the SDK client`
}
