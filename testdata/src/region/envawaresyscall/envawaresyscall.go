// Command envawaresyscall reads AWS_REGION itself through syscall.Getenv
// (the same environment as os.Getenv): leaving the region to the
// environment is deliberate.
package main

import (
	"context"
	"fmt"
	"syscall"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

func Validate() error {
	if _, ok := syscall.Getenv("AWS_REGION"); !ok {
		return fmt.Errorf("AWS_REGION must be set")
	}
	return nil
}

func Load(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx)
}

func main() {}
