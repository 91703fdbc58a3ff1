// Fixtures for hardcodedkey and internal/placeholder: keys typed by hand
// to stand for a key (runs, repeats, markers that make up the value) are
// left alone; random keys that merely hold a marker are reported. The
// key-shaped values are random strings made for these tests, not real
// credentials.
package hardcodedkey

import "github.com/aws/aws-sdk-go-v2/aws"

// Negative: runs along the alphabet, the digits or a keyboard row, a
// repeated unit, and values that TEST or FAKE make up most of, after the
// key ID prefix.
var (
	alphabetKeyID  = "AKIAABCDEFGHIJKLMNOP"
	digitsKeyID    = "AKIA1234567890123456"
	keyboardKeyID  = "AKIAQWERTYUIOPASDFGH"
	backwardsKeyID = "ASIAZYXWVUTSRQPONMLK"
	repeatedKeyID  = "AKIAAB12AB12AB12AB12"
	testKeyID      = "AKIATESTTESTTESTTEST"
	fakeKeyID      = "AKIAFAKEACCESSKEY123"
)

// Negative: secret keys typed the same way, where a secret key goes.
func placeholderSecrets() []aws.Credentials {
	return []aws.Credentials{
		{AccessKeyID: alphabetKeyID, SecretAccessKey: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123"},
		{AccessKeyID: fakeKeyID, SecretAccessKey: "fakeSecretAccessKeyForLocalTesting12345A"},
	}
}

// Positive: random key IDs that hold TEST or FAKE by chance, and a random
// secret key that holds Test, are keys.
var (
	keyIDHoldingTest = "AKIA2TESTQ7ZK3M5VNRW" // want `hardcoded AWS access key ID AKIA…5VNRW`
	keyIDHoldingFake = "AKIAW5QJXFAKEN3RLPM2" // want `hardcoded AWS access key ID AKIA…RLPM2`
)

func secretHoldingTest() aws.Credentials {
	return aws.Credentials{SecretAccessKey: "B5Uvoad+/q5QTestD5vfX3r1HDY0hWokTpXtZVuR"} // want `hardcoded AWS secret access key B5…\(40 chars\)`
}
