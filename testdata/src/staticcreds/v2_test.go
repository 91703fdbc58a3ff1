package staticcreds

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/credentials"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
)

// Negative: tests pin dummy credentials on purpose.
func TestDummies(t *testing.T) {
	_ = credentials.NewStaticCredentialsProvider("AKID", "SECRET", "SESSION")
	_ = v1creds.NewStaticCredentials("AKID", "SECRET", "")
}
