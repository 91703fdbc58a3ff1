package hardcodedkey

import (
	"syscall"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Negative: the v1 static constructor is staticcreds' one finding.
func staticV1() *session.Session {
	return session.Must(session.NewSession(&aws.Config{
		Region:      aws.String("us-west-2"),
		Credentials: credentials.NewStaticCredentials("ABIAEUVW75EFR6EDT4SY", "HkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3+", ""),
	}))
}

// Positive: a v1 credentials.Value literal.
var v1Value = credentials.Value{
	AccessKeyID:     "ACCAWB5WKH7DNSIPZZ7F",                     // want `hardcoded AWS access key ID ACCA…PZZ7F`
	SecretAccessKey: "YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxa", // want `hardcoded AWS secret access key YN…\(40 chars\)`
}

// Negative: a session token through syscall.Setenv is envcreds' finding.
func token() {
	syscall.Setenv("AWS_SESSION_TOKEN", "FwoGZXIvYXdzEJr//////////wEaDOrandomTokenBodyQk8JzFalHlsZfYcMMDktXPtKsf2rcDkdfrUnW5gcFHa6ili8GjHEAD6Wj9KfzjsQGMrb9hImBLK777pzNk8cL6j5IX")
}

// Positive: the same token through a constant: envcreds reports the call,
// and the literal, written elsewhere, is reported where it is written.
const tokenConst = "FwoGZXIvYXdzEJr//////////wEaDPtKsf2rcDkdfrUnW5gcFHa6ili8GjHEAD6Wj9KfzjsQGMrb9hImBLK777pzNk8cL6j5IXrandomTokenBodyQk8JzFalHlsZfYcMMDktX" // want `hardcoded AWS session token Fw…\(134 chars\)`

func tokenFromConst() { syscall.Setenv("AWS_SESSION_TOKEN", tokenConst) }

// Negative: the v1 dummies and the chain.
func chainV1() *credentials.Credentials {
	return credentials.NewChainCredentials([]credentials.Provider{
		&credentials.EnvProvider{},
		&credentials.StaticProvider{Value: credentials.Value{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}},
	})
}

// Negative: AKIDEXAMPLE from the SigV4 test suite.
var sigv4Example = credentials.NewStaticCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "")
