package hardcodedkey

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/credentials"
)

func TestKeys(t *testing.T) {
	// Positive: a real-looking key in a test is still a real key.
	_ = "AKIAZZG6ZDMEN4KHVDGA" // want `hardcoded AWS access key ID AKIA…HVDGA`

	// Negative: made-up keys of lower entropy are fixtures.
	_ = "AKIAABCDEFGHABCDEFGH"
	const awsSecretKey = "abcdefghijKLMNOPQRS1abcdefghijKLMNOPQRS1"
	_ = awsSecretKey
	t.Setenv("AWS_SECRET_ACCESS_KEY", "abcdefghijKLMNOPQRS1abcdefghijKLMNOPQRS1")
}

// Positive: a static provider in a test: staticcreds leaves tests alone,
// so a real-looking key there is reported here.
func TestStaticProvider(t *testing.T) {
	_ = credentials.NewStaticCredentialsProvider("AKIAWQ7ZRT5KXN3VBM2P", "", "") // want `hardcoded AWS access key ID AKIA…VBM2P`
}
