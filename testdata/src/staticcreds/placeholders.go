package staticcreds

// Fixtures for staticcreds and internal/placeholder: providers whose every
// constant is a placeholder are left alone, with or without an endpoint;
// a random key that merely holds TEST is a key. The key-shaped values are
// random strings made for these tests, not real credentials.

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
)

// Negative: keys typed along the alphabet after the prefix.
var alphabetProvider = credentials.NewStaticCredentialsProvider("AKIAABCDEFGHIJKLMNOP", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123", "")

// Negative: MinIO's default root credentials and moto's documented
// testing pair, published and the same everywhere.
var (
	minioDefault = credentials.NewStaticCredentialsProvider("minioadmin", "minioadmin", "")
	motoDefault  = v1creds.NewStaticCredentials("testing", "testing", "testing")
)

// Negative: AWS's documented example keys.
var documentedProvider = credentials.StaticCredentialsProvider{Value: aws.Credentials{
	AccessKeyID:     "AKIAIOSFODNN7EXAMPLE",
	SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
}}

// Positive: random keys that hold TEST by chance.
var testHolding = credentials.NewStaticCredentialsProvider("AKIA2TESTQ7ZK3M5VNRW", "B5Uvoad+/q5QTestD5vfX3r1HDY0hWokTpXtZVuR", "") // want `credentials\.NewStaticCredentialsProvider hardcodes AWS credentials AKIA…5VNRW, B5…\(40 chars\): rotate them and use the default chain`

// Positive: a placeholder key ID does not excuse a real-looking secret.
var halfTest = v1creds.NewStaticCredentials("test", "h7Fq2Lz9Xw4Kp1Vb8Nc3Rt6Ym0Ud5Se2Ja7Gi4Ho", "") // want `credentials\.NewStaticCredentials hardcodes AWS credentials \(4 chars\), h7…\(40 chars\): rotate them and use the default chain`
