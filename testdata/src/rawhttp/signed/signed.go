// Fixtures for rawhttp: a package that signs its requests with the SDK's
// SigV4 signer calls AWS over net/http on purpose.
package signed

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// Negative: signed with v4.Signer before it is sent.
func signedCall(ctx context.Context, creds aws.Credentials) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sts.amazonaws.com/", strings.NewReader(""))
	if err != nil {
		return nil, err
	}
	if err := v4.NewSigner().SignHTTP(ctx, creds, req, emptySHA256, "sts", "us-east-1", time.Now()); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
