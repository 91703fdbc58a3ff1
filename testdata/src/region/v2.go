// Command region holds the fixtures of the region rule: configurations and
// clients with and without a region, on the real SDKs, in a program
// (package main), where the config check applies; ./library is the same
// calls in a library.
package main

import (
	"context"
	"errors"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// --- positives: LoadDefaultConfig that leaves the region to the environment ---

// The shape of most getting-started code.
func listBuckets() {
	cfg, err := config.LoadDefaultConfig(context.TODO()) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
	if err != nil {
		log.Fatal(err)
	}
	client := s3.NewFromConfig(cfg)
	_, _ = client.ListBuckets(context.TODO(), &s3.ListBucketsInput{})
}

// A profile does not guarantee a region: the profile may have none.
func withProfile(ctx context.Context, profile string) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithSharedConfigProfile(profile)) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
}

// Options on several lines, with a trailing comma.
func withRetries(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
		config.WithRetryMaxAttempts(5),
		config.WithRetryMode(aws.RetryModeAdaptive),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

// An option function literal that sets other fields.
func withProfileFunc(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error { // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
		o.SharedConfigProfile = "ci"
		return nil
	})
}

// A package-level configuration.
var defaultConfig, defaultConfigErr = config.LoadDefaultConfig(context.Background()) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`

// A constructor: the config is built once, which is right, but has no region.
type Store struct{ s3 *s3.Client }

func NewStore(ctx context.Context) (*Store, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
	if err != nil {
		return nil, err
	}
	return &Store{s3: s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })}, nil
}

// --- negatives: a region, a fallback, or options built elsewhere ---

func explicitRegion(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
}

func fallbackRegion(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithSharedConfigProfile("prod"), config.WithDefaultRegion("eu-west-1"))
}

func instanceRegion(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithEC2IMDSRegion())
}

// Options forwarded from the caller (hashicorp/aws-sdk-go-base, external-dns).
func forwarded(ctx context.Context, opts ...func(*config.LoadOptions) error) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, opts...)
}

// Options built at run time.
func builtAtRunTime(ctx context.Context, region string) (aws.Config, error) {
	var opts []func(*config.LoadOptions) error
	if region != "" {
		opts = append(opts, config.WithRegion(region))
	}
	return config.LoadDefaultConfig(ctx, append(opts, config.WithRetryMaxAttempts(3))...)
}

// An option held in a variable, or made by a helper of our own.
func optionVariable(ctx context.Context, regionOpt config.LoadOptionsFunc) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, regionOpt)
}

func withRegionFrom(region string) config.LoadOptionsFunc {
	return func(o *config.LoadOptions) error { o.Region = region; return nil }
}

func ownHelper(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, withRegionFrom("ap-southeast-2"))
}

// An option function literal that sets the region.
func regionFunc(ctx context.Context, region string) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		o.Region = region
		return nil
	})
}

// An option function literal that hands the options to other code.
func applyDefaults(o *config.LoadOptions) { o.Region = "us-east-2" }

func opaqueFunc(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		applyDefaults(o)
		return nil
	})
}

// The region is set on the loaded config.
func setAfterwards(ctx context.Context, region string) *s3.Client {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	cfg.Region = region
	return s3.NewFromConfig(cfg)
}

// The loaded config's region is checked.
func checked(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return aws.Config{}, err
	}
	if cfg.Region == "" {
		return aws.Config{}, errors.New("no AWS region configured: set AWS_REGION")
	}
	return cfg, nil
}

// The client built from the config sets its region.
func clientRegion(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.Region = "us-east-1"
		o.UsePathStyle = true
	}), nil
}

// The config is handed by address to code that may set the region.
func applyRegion(cfg *aws.Config) { cfg.Region = "ca-central-1" }

func byAddress(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return cfg, err
	}
	applyRegion(&cfg)
	return cfg, nil
}

// The config only builds the metadata client, which never reads the
// region: it is how the program finds its region (amazon-vpc-cni-k8s).
func metadataOnly(ctx context.Context) (*imds.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return imds.NewFromConfig(cfg), nil
}

// Positive: the same config also builds an S3 client.
func metadataAndS3(ctx context.Context) (*imds.Client, *s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
	if err != nil {
		return nil, nil, err
	}
	return imds.NewFromConfig(cfg), s3.NewFromConfig(cfg), nil
}
