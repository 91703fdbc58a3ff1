package credlog

import (
	"log"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Negative: tests print what they compare.
func TestCompare(t *testing.T) {
	got := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}
	log.Printf("got %+v", got)
	t.Logf("secret %s", got.SecretAccessKey)
}
