package main

import (
	"log"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/ec2metadata"
	"github.com/aws/aws-sdk-go/aws/session"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// --- positives: v1 sessions that take the region from AWS_REGION alone ---

func mustSession() *s3v1.S3 {
	sess := session.Must(session.NewSession()) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
	return s3v1.New(sess)
}

func retriesOnly() (*session.Session, error) {
	return session.NewSession(&awsv1.Config{MaxRetries: awsv1.Int(3)}) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}

func setterChain() (*session.Session, error) {
	return session.NewSession(awsv1.NewConfig().WithMaxRetries(3).WithCredentialsChainVerboseErrors(true)) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}

// A profile is read from ~/.aws/credentials, which holds no region.
func profileOnly() (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{Profile: "prod"}) // want `session\.NewSessionWithOptions without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}

func sharedConfigOff() (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{ // want `session\.NewSessionWithOptions without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
		SharedConfigState: session.SharedConfigDisable,
		Config:            awsv1.Config{CredentialsChainVerboseErrors: awsv1.Bool(true)},
	})
}

func deprecatedNew() *s3v1.S3 {
	return s3v1.New(session.New()) // want `session\.New without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}

// A client config without a region does not help.
func clientWithoutRegion() *s3v1.S3 {
	sess, err := session.NewSession() // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
	if err != nil {
		log.Fatal(err)
	}
	return s3v1.New(sess, &awsv1.Config{MaxRetries: awsv1.Int(5)})
}

// --- negatives ---

func sessionRegion() (*session.Session, error) {
	return session.NewSession(&awsv1.Config{Region: awsv1.String("us-west-2")})
}

func setterRegion(region string) (*session.Session, error) {
	return session.NewSession(awsv1.NewConfig().WithMaxRetries(3).WithRegion(region))
}

// The documented way to read ~/.aws/config.
func sharedConfigOn() *session.Session {
	return session.Must(session.NewSessionWithOptions(session.Options{
		SharedConfigState: session.SharedConfigEnable,
	}))
}

func optionsRegion(region string) (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{Config: awsv1.Config{Region: awsv1.String(region)}, Profile: "prod"})
}

func sharedConfigVariable(state session.SharedConfigState) (*session.Session, error) {
	return session.NewSessionWithOptions(session.Options{SharedConfigState: state})
}

func optionsVariable1(opts session.Options) (*session.Session, error) {
	return session.NewSessionWithOptions(opts)
}

func forwardedConfigs(cfgs ...*awsv1.Config) (*session.Session, error) {
	return session.NewSession(cfgs...)
}

func configVariable1(cfg *awsv1.Config) (*session.Session, error) {
	return session.NewSession(cfg)
}

// The client gets the region (cluster-api-provider-aws, many CLIs).
func clientRegion1(region string) *s3v1.S3 {
	sess := session.Must(session.NewSession())
	return s3v1.New(sess, awsv1.NewConfig().WithRegion(region))
}

func sessionConfigRegion(region string) *s3v1.S3 {
	sess, err := session.NewSession()
	if err != nil {
		log.Fatal(err)
	}
	sess.Config.Region = awsv1.String(region)
	return s3v1.New(sess)
}

func copiedWithRegion(region string) *session.Session {
	sess := session.Must(session.NewSession())
	return sess.Copy(&awsv1.Config{Region: awsv1.String(region)})
}

// The session only builds the metadata client, which never reads the
// region.
func v1MetadataOnly() (string, error) {
	sess := session.Must(session.NewSession())
	return ec2metadata.New(sess).Region()
}

// The session is built in the metadata client's argument (hashicorp's
// go-getter): it only reaches the metadata service.
func v1MetadataInline(endpoint string) *ec2metadata.EC2Metadata {
	return ec2metadata.New(session.New(&awsv1.Config{Endpoint: awsv1.String(endpoint)}))
}

func v1MetadataInlineMust() *ec2metadata.EC2Metadata {
	return ec2metadata.New(session.Must(session.NewSession()))
}

// Positive: built in the argument of a regional client.
func v1S3Inline() *s3v1.S3 {
	return s3v1.New(session.Must(session.NewSession())) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}
