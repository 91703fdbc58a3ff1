package main

import (
	"context"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/credentials/stscreds"
	"github.com/aws/aws-sdk-go/aws/session"
	iamv1 "github.com/aws/aws-sdk-go/service/iam"
	"github.com/aws/aws-sdk-go/service/route53"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	stsv1 "github.com/aws/aws-sdk-go/service/sts"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// v1 sends IAM, STS, Route 53, CloudFront, Organizations and a few other
// services to their global endpoint when the session has no region: a
// session that builds only their clients never fails with MissingRegion.

// --- negatives: sessions that build only clients of global services ---

// The token check of a login CLI (saml2aws): a profile's session, STS only.
func callerIdentityOnly(profile string) error {
	sess, err := session.NewSessionWithOptions(session.Options{Profile: profile})
	if err != nil {
		return err
	}
	_, err = stsv1.New(sess).GetCallerIdentity(&stsv1.GetCallerIdentityInput{})
	return err
}

// An IAM request signed for a login exchange (consul-awsauth): the
// session only carries the caller's credentials.
func signedGetRole(creds *credentials.Credentials, role string) error {
	iamSession, err := session.NewSessionWithOptions(session.Options{
		Config: awsv1.Config{Credentials: creds},
	})
	if err != nil {
		return err
	}
	req, _ := iamv1.New(iamSession).GetRoleRequest(&iamv1.GetRoleInput{RoleName: &role})
	return req.Sign()
}

func iamAndSTS() (*iamv1.IAM, *stsv1.STS) {
	sess := session.Must(session.NewSession())
	return iamv1.New(sess), stsv1.New(sess)
}

func route53WithRetries() *route53.Route53 {
	sess := session.Must(session.NewSession())
	return route53.New(sess, awsv1.NewConfig().WithMaxRetries(5))
}

// --- positives ---

// The same session also builds a regional client.
func stsAndS3() (*stsv1.STS, *s3v1.S3) {
	sess := session.Must(session.NewSession()) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
	return stsv1.New(sess), s3v1.New(sess)
}

// Handed to a function that is not a client constructor: what it builds
// is not known here.
func assumedRole(arn string) *credentials.Credentials {
	sess := session.Must(session.NewSession()) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
	return stscreds.NewCredentials(sess, arn)
}

// v2 has no global fallback: an STS client of a config without a region
// fails with a missing-region error.
func v2CallerIdentity(ctx context.Context) (*sts.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
	if err != nil {
		return nil, err
	}
	return sts.NewFromConfig(cfg), nil
}

func stsInline() *stsv1.STS {
	return stsv1.New(session.Must(session.NewSession()))
}
