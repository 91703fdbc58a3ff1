package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// --- positives: client literals that never get a region ---

func emptyOptions() *s3.Client {
	return s3.New(s3.Options{}) // want `s3\.New\(s3\.Options\{\.\.\.\}\) sets no Region: set it, or build the client from config\.LoadDefaultConfig`
}

func credentialsOnly(provider aws.CredentialsProvider) *s3.Client {
	return s3.New(s3.Options{Credentials: provider, UsePathStyle: true}) // want `s3\.New\(s3\.Options\{\.\.\.\}\) sets no Region`
}

func configLiteral(provider aws.CredentialsProvider) *s3.Client {
	return s3.NewFromConfig(aws.Config{Credentials: provider}) // want `s3\.NewFromConfig\(aws\.Config\{\.\.\.\}\) sets no Region`
}

func optionWithoutRegion() *sts.Client {
	return sts.New(sts.Options{}, func(o *sts.Options) { o.RetryMaxAttempts = 5 }) // want `sts\.New\(sts\.Options\{\.\.\.\}\) sets no Region`
}

func configLiteralWithOption() *s3.Client {
	return s3.NewFromConfig(aws.Config{RetryMaxAttempts: 3}, func(o *s3.Options) { // want `s3\.NewFromConfig\(aws\.Config\{\.\.\.\}\) sets no Region`
		o.UsePathStyle = true
	})
}

// --- negatives ---

func literalRegion() *s3.Client {
	return s3.New(s3.Options{Region: "us-east-1"})
}

func configRegion(region string, provider aws.CredentialsProvider) *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: region, Credentials: provider})
}

// MinIO or LocalStack: a custom endpoint.
func minio(provider aws.CredentialsProvider) *s3.Client {
	return s3.New(s3.Options{BaseEndpoint: aws.String("http://localhost:9000"), Credentials: provider, UsePathStyle: true})
}

func optionRegion(region string) *sts.Client {
	return sts.New(sts.Options{}, func(o *sts.Options) { o.Region = region })
}

func optionEndpoint() *s3.Client {
	return s3.NewFromConfig(aws.Config{}, func(o *s3.Options) { o.BaseEndpoint = aws.String("http://127.0.0.1:4566") })
}

func optionsVariable(opts s3.Options) *s3.Client {
	return s3.New(opts)
}

func forwardedOptions(optFns ...func(*s3.Options)) *s3.Client {
	return s3.New(s3.Options{}, optFns...)
}

func sdkOption() *s3.Client {
	return s3.New(s3.Options{}, s3.WithEndpointResolverV2(s3.NewDefaultEndpointResolverV2()))
}

func configVariable(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg)
}
