// Package fixregion loads a configuration with no region: every request
// fails where AWS_REGION is not set. go fix -fixtool=awsvet adds the
// region rule's fallback (config.WithDefaultRegion).
package fixregion

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Load loads the default configuration.
func Load(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx) // e2e: region
}
