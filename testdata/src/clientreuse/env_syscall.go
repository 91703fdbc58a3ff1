package clientreuse

import (
	"context"
	"os"
	"syscall"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// package syscall's environment functions are those of package os (one
// list, in gocode): a read does not vary, a change does.

// --- positives ---

// The same region on every iteration, read through syscall.Getenv.
func perItemSyscallRead(ctx context.Context, keys []string) {
	for range keys {
		region, _ := syscall.Getenv("REGION")
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // want `config\.LoadDefaultConfig runs on every loop iteration: load the config once and reuse it`
		if err == nil {
			_ = cfg
		}
	}
}

// --- negatives ---

// The loop changes the environment through syscall.Setenv.
func perProfileSyscall(ctx context.Context, profiles []string) {
	for _, p := range profiles {
		syscall.Setenv("AWS_PROFILE", p)
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			_, _ = s3.NewFromConfig(cfg).ListBuckets(ctx, nil)
		}
	}
}

// The loop clears a variable the config reads on some iterations.
func perProfileUnset(ctx context.Context, profiles []string) {
	for _, p := range profiles {
		if p == "" {
			syscall.Unsetenv("AWS_PROFILE")
		}
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			_, _ = s3.NewFromConfig(cfg).ListBuckets(ctx, nil)
		}
	}
}

// The loop clears the whole environment.
func perRunClear(ctx context.Context, runs []string) {
	for range runs {
		os.Clearenv()
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			_ = cfg
		}
	}
}
