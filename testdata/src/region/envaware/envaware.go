// Command envaware reads AWS_REGION itself: leaving the region to the
// environment is deliberate.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go/aws/session"
)

func Validate() error {
	if os.Getenv("AWS_REGION") == "" {
		return fmt.Errorf("AWS_REGION must be set")
	}
	return nil
}

func Load(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx)
}

func Session() (*session.Session, error) {
	return session.NewSession()
}
