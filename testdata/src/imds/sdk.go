// Fixtures for imds: the SDK clients and their IMDSv1 fallback settings.
package imds

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/ec2metadata"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Positive: v2 fallback forced on, in the literal and in an option function.
func v2Fallback(cfg aws.Config) []*imds.Client {
	return []*imds.Client{
		imds.New(imds.Options{EnableFallback: aws.TrueTernary}), // want `setting EnableFallback: aws\.TrueTernary allows IMDSv1 fallback: leave it unset or set it to false`
		imds.NewFromConfig(cfg, func(o *imds.Options) {
			o.EnableFallback = aws.TrueTernary // want `setting EnableFallback: aws\.TrueTernary allows IMDSv1 fallback: leave it unset or set it to false`
		}),
	}
}

// Positive: v1 fallback forced on, in the literal and with the setter.
func v1Fallback() *session.Session {
	cfg := awsv1.NewConfig().WithEC2MetadataEnableFallback(true) // want `setting WithEC2MetadataEnableFallback\(true\) allows IMDSv1 fallback: leave it unset or set it to false`
	_ = cfg
	return session.Must(session.NewSession(&awsv1.Config{
		EC2MetadataEnableFallback: awsv1.Bool(true), // want `setting EC2MetadataEnableFallback: aws\.Bool\(true\) allows IMDSv1 fallback: leave it unset or set it to false`
	}))
}

// Negative: the v2 client, with fallback left alone or turned off.
func v2Client(ctx context.Context, cfg aws.Config) (string, error) {
	c := imds.NewFromConfig(cfg, func(o *imds.Options) { o.EnableFallback = aws.FalseTernary })
	out, err := c.GetMetadata(ctx, &imds.GetMetadataInput{Path: "instance-id"})
	if err != nil {
		return "", err
	}
	defer out.Content.Close()
	_ = imds.New(imds.Options{})
	return "", nil
}

// Negative: the v1 client, with fallback turned off.
func v1Client(sess *session.Session) (string, error) {
	c := ec2metadata.New(sess, awsv1.NewConfig().WithEC2MetadataEnableFallback(false))
	_ = &awsv1.Config{EC2MetadataEnableFallback: awsv1.Bool(false)}
	return c.GetMetadata("instance-id")
}
