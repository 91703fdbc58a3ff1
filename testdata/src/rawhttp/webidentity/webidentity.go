// Package webidentity: the look-alikes of the unsigned-operation fixtures
// (../unsignedop.go), from how real code trades a web identity for AWS
// credentials without going around the SDK.
package webidentity

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// stsEndpoint names the operation in its query, but no request is sent to it.
const stsEndpoint = "https://sts.amazonaws.com/?Action=AssumeRoleWithWebIdentity"

// Negative: the SDK's client sends AssumeRoleWithWebIdentity, with retries.
func assumeWithSDK(ctx context.Context, c *sts.Client, role, token string) (*sts.AssumeRoleWithWebIdentityOutput, error) {
	return c.AssumeRoleWithWebIdentity(ctx, &sts.AssumeRoleWithWebIdentityInput{
		RoleArn:          aws.String(role),
		RoleSessionName:  aws.String("ci"),
		WebIdentityToken: aws.String(token),
	})
}

// Negative: fetching the web identity token itself from the CI provider's
// OIDC endpoint (GitHub Actions), before the SDK trades it.
func fetchIDToken(c *http.Client) ([]byte, error) {
	u := os.Getenv("ACTIONS_ID_TOKEN_REQUEST_URL") + "&audience=sts.amazonaws.com"
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("ACTIONS_ID_TOKEN_REQUEST_TOKEN"))
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Negative: a Cognito user pool's hosted UI token endpoint (OAuth 2.0 on
// the pool's own domain, not an AWS API endpoint), for InitiateAuth's
// browser-based twin.
func hostedUIToken(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "client_id": {"app"}}
	return http.PostForm("https://example-pool.auth.us-east-1.amazoncognito.com/oauth2/token", form)
}

// Negative: the endpoint is only logged, never requested.
func describe() {
	log.Printf("web identity exchange goes to %s", stsEndpoint)
}
