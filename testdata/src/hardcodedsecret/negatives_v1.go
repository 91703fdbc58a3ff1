package hardcodedsecret

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Negative (SDK v1): static credentials are hardcodedkey's, reported once
// there.
var v1Creds = credentials.NewStaticCredentials("AKIAPFT7V4SEH2KVJ7ZC", "YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxa", "")

// Negative (SDK v1): a session token in a credentials value, also
// hardcodedkey's.
var v1Value = credentials.Value{
	SessionToken: "FwoGZXIvYXdzEJr//////////wEaDOrandomTokenBodyQk8JzFalHlsZfYcMMDktXPtKsf2rcDkdfrUnW5gcFHa6ili8GjHEAD6Wj9KfzjsQGMrb9hImBLK777pzNk8cL6j5IX",
}

// Negative (SDK v1): pagination markers of a listing.
var v1List = &s3.ListObjectsInput{
	Bucket: aws.String("logs"),
	Marker: aws.String("AWSLogs/123456789012/CloudTrail/us-east-1/2024/01/02/x9Kq2Lm7Vb4N.json.gz"),
}

var v1Page = &s3.ListObjectVersionsInput{
	Bucket:          aws.String("logs"),
	KeyMarker:       aws.String("reports/2024/q1.csv"),
	VersionIdMarker: aws.String("3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nrjfkd"),
}
