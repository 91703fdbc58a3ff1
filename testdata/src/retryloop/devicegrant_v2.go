// Fixtures for retryloop: the device authorization grant's token poll
// with aws-sdk-go-v2 (SSO OIDC's typed errors), and a look-alike.
package retryloop

import (
	"context"
	"errors"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ssooidc"
	oidctypes "github.com/aws/aws-sdk-go-v2/service/ssooidc/types"
)

// Negative: the device-flow token poll as CLIs that sign in to IAM
// Identity Center write it: the server's interval, "not yet" goes round,
// SlowDown adds 5 s, every other error returns.
func ssoToken(ctx context.Context, c *ssooidc.Client, reg *ssooidc.RegisterClientOutput, dev *ssooidc.StartDeviceAuthorizationOutput) (*ssooidc.CreateTokenOutput, error) {
	wait := time.Duration(dev.Interval) * time.Second
	if wait <= 0 {
		wait = 5 * time.Second
	}
	for {
		out, err := c.CreateToken(ctx, &ssooidc.CreateTokenInput{
			ClientId:     reg.ClientId,
			ClientSecret: reg.ClientSecret,
			DeviceCode:   dev.DeviceCode,
			GrantType:    aws.String("urn:ietf:params:oauth:grant-type:device_code"),
		})
		if err == nil {
			return out, nil
		}
		var slow *oidctypes.SlowDownException
		if errors.As(err, &slow) {
			wait += 5 * time.Second
			time.Sleep(wait)
			continue
		}
		var pending *oidctypes.AuthorizationPendingException
		if !errors.As(err, &pending) {
			return nil, err
		}
		time.Sleep(wait)
	}
}

// Positive: a look-alike that retries SlowDown alone, at a fixed pace of
// its own, with no "not yet" answer to wait for.
func registerSlowDown(ctx context.Context, c *ssooidc.Client, in *ssooidc.RegisterClientInput) (*ssooidc.RegisterClientOutput, error) {
	for { // want `loop retries ssooidc\.Client\.RegisterClient with a fixed delay: configure the SDK retryer or back off exponentially`
		out, err := c.RegisterClient(ctx, in)
		var slow *oidctypes.SlowDownException
		if errors.As(err, &slow) {
			time.Sleep(2 * time.Second)
			continue
		}
		return out, err
	}
}
