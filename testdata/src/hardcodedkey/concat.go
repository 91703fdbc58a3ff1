// Fixtures for hardcodedkey: keys that only a constant concatenation
// spells. The type checker knows the value; a text scanner sees two
// harmless halves. Random values made for these tests, not real keys.
package hardcodedkey

import (
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Positive: a key ID split in two literals, reported once, at the whole
// expression.
const deployKeyID = "AKIAW5Q" + "JXN3RLPM2TKAV" // want `hardcoded AWS access key ID AKIA…2TKAV: remove it and rotate the key in IAM`

// Positive: named constant halves, joined where they are used.
const (
	keyHead = "AKIAZ7"
	keyTail = "QM4XPW2NRB5TLK"
)

func joinedKeyID() string {
	return keyHead + keyTail // want `hardcoded AWS access key ID AKIA…B5TLK`
}

// Positive: a key ID across the parts of a longer string, reported once
// for the outermost expression, not for each inner sum.
const credentialURL = "https://bucket.s3.amazonaws.com/k?X-Amz-Credential=" + "AKIAHT6V" + "DPQ2WMXN4RZC" + "%2F20240101" // want `hardcoded AWS access key ID AKIA…N4RZC`

// Positive: a key ID beside a secret read at run time is not staticcreds'
// (see keyIDOnly), so the concatenation is reported here.
func concatKeyIDOnly() *credentials.StaticCredentialsProvider {
	p := credentials.NewStaticCredentialsProvider("AKIAR4NE"+"PZ6WXQ3TLKMV", os.Getenv("APP_SECRET"), "") // want `hardcoded AWS access key ID AKIA…TLKMV`
	return &p
}

// Negative: a hardcoded static provider is staticcreds' one finding, the
// concatenated key ID included.
func concatStatic() credentials.StaticCredentialsProvider {
	return credentials.NewStaticCredentialsProvider("AKIAT2VB"+"M6QXRNW4PLKJ", "Q9x2TmVb7RkLp4NzW8cYh3JdF6sGa1Ue5Ko0+Ri/", "")
}

// Negative: a key inside one literal is that literal's finding, not the
// concatenation's too; nor is a use of a constant that holds one.
const fullKeyID = "AKIAV3MQ7XKPN2WLZRT5" // want `hardcoded AWS access key ID AKIA…LZRT5`

const (
	keyedURL = "https://sts.amazonaws.com/?id=" + fullKeyID
	keyedIni = "aws_access_key_id = AKIAJ6RWQ2XN4PLTK7MZ" + "\n" // want `hardcoded AWS access key ID AKIA…TK7MZ`
)

// Negative: concatenations that are not keys.
const (
	keyPrefix       = "AKIA"
	placeholderKey  = "AKIA" + "XXXXXXXXXXXXXXXX"
	documentedKeyID = "AKIAIOSFODNN7" + "EXAMPLE"
	tooShort        = "AKIAW5Q" + "JXN3"
	lowerCase       = "AKIAw5q" + "jxn3rlpm2tkav"
)

func notKeys(userPart string) []string {
	return []string{
		keyPrefix + userPart,    // the prefix beside a run-time value
		"AKIA" + os.Getenv("K"), // likewise
		keyPrefix + "/" + deployRegion,
	}
}

const deployRegion = "us-east-1"

// Positive: a secret key split where Go code puts one, reported at the
// expression that spells it.
func concatSecret() aws.Credentials {
	return aws.Credentials{
		AccessKeyID:     os.Getenv("APP_KEY_ID"),
		SecretAccessKey: "Xq7vLm2RtZ9pWc4N" + "hB8kYd1Fs6GjUe3Ao5Ti/Kw+", // want `hardcoded AWS secret access key Xq…\(40 chars\)`
	}
}

// Positive: a constant whose name says secret key, built of halves.
const awsSecretKeyJoined = "Pe4wN9zQ2rLx7Vb1Ty5K" + "mHc8Js3Ud6Gf0Ao/Ri+E" // want `hardcoded AWS secret access key Pe…\(40 chars\)`

// Negative: concatenations that only have a secret key's length: hex (a
// digest), or a repeated placeholder.
const (
	awsSecretDigest = "9f86d081884c7d659a2feaa0" + "c55ad015a3bf4f1b"
	awsSecretFiller = "xxxxxxxxxxxxxxxxxxxx" + "xxxxxxxxxxxxxxxxxxxx"
)

func placeholderSecret() aws.Credentials {
	return aws.Credentials{SecretAccessKey: "YOUR_SECRET_" + "ACCESS_KEY_GOES_HERE_PLEASE!"}
}
