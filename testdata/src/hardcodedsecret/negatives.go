package hardcodedsecret

import (
	"context"
	"fmt"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Negative: AWS key material in a static provider is staticcreds' one
// finding (not hardcodedkey's, nor this rule's).
var awsCreds = credentials.NewStaticCredentialsProvider("AKIAQ3EGRHDSVZB7XY2M", "h7Fq2Lz9Xw4Kp1Vb8Nc3Rt6Ym0Ud5Se2Ja7Gi4Ho", "")

// Negative: a secret key bound to a secret name matches generic-api-key,
// but it is an AWS secret key: hardcodedkey reports it, this rule does not.
const prodSecretKey = "Zq4Wm8Tn2Rb6Yc1Xv9Lk3Hs7Jd5Gf0Pa8Ue2Io4M"

// Negative: a pattern for tokens, not a token.
var githubToken = regexp.MustCompile(`ghp_[0-9a-zA-Z]{36}`)

// Negative: a format string; the secret comes at run time.
func authHeader(token string) string { return fmt.Sprintf("api_key=%s", token) }

// Negative: placeholders and documentation.
const (
	tokenPlaceholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	apiKeyTemplate   = "${API_KEY}"
	passwordHint     = "<your-password-goes-here>"
	clientSecret     = "changeme-changeme-changeme"
)

// Negative: identifiers, names and paths bound to secret-sounding names.
const (
	authHeaderName = "X-Amz-Security-Token"
	tokenURL       = "https://oauth2.example.com/v1/token"
	secretName     = "prod/payments/stripe2024"
	apiKeyEnvVar   = "PAYMENTS_API_KEY_V2"
	keyPath        = "certs/prod/server2024.key"
	accessLogKey   = "logs/AWSLogs/123456789012/elasticloadbalancing"
)

// Negative: a content hash and a UUID bound to key names.
const (
	cacheKey    = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"
	requestKey  = "5b0b4b0e-3f1e-4c8b-9a7d-2f6e8c1d0a3b"
	sessionAuth = "q1w2e3r4t5y6" // low entropy for a generic value
)

// Negative: a pagination token from an API response, public by design.
func page(ctx context.Context, c *s3.Client) {
	c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{
		Bucket:            aws.String("logs"),
		ContinuationToken: aws.String("1ueGcxLPRx1Tr9XYExHnhbYLgveDs2J5wm36Hy4vbOwM"),
	})
}

// Negative: a Go selector is not a Vault token: see s.OutputNotebookS3Location.
var vaultLike = "s.OutputNotebookS3Location"

// Negative: AWS's documented example keys.
const docExample = `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`

// Negative: a finding kept with a reason.
//
//awsvet:ignore hardcodedsecret -- revoked token kept for the redaction test
const revoked = "ghp_R8b2Kq0ZcVx7LmN4pT6yW1sD3fH5jG9aE2uI"

// Negative: struct tags are not data.
type settingsFile struct {
	APIKey string `json:"api_key" yaml:"api_key,omitempty" env:"API_KEY=Tb6nM1qX8zL3wK9pR2vC"`
}
