// Command fixregion loads a configuration with no region: every request
// fails where AWS_REGION is not set. go fix -fixtool=awsvet adds the
// region rule's fallback (config.WithDefaultRegion).
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

func main() {
	if _, err := load(context.Background()); err != nil {
		panic(err)
	}
}

func load(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx) // e2e: region
}
