package hardcodedkey

import "testing"

func TestKeys(t *testing.T) {
	// Positive: a real-looking key in a test is still a real key.
	_ = "AKIAZZG6ZDMEN4KHVDGA" // want `hardcoded AWS access key ID AKIA…HVDGA`

	// Negative: made-up keys of lower entropy are fixtures.
	_ = "AKIAABCDEFGHABCDEFGH"
	const awsSecretKey = "abcdefghijKLMNOPQRS1abcdefghijKLMNOPQRS1"
	_ = awsSecretKey
	t.Setenv("AWS_SECRET_ACCESS_KEY", "abcdefghijKLMNOPQRS1abcdefghijKLMNOPQRS1")
}
