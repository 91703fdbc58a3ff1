// Fixtures for retryloop: a protocol's polling is not a retry loop. The
// OAuth device authorization grant (RFC 8628, SSO OIDC's
// StartDeviceAuthorization and CreateToken) polls the token endpoint
// while a person approves the sign-in in a browser: AuthorizationPending
// means "not yet", SlowDown asks for 5 more seconds between polls, and
// the interval comes from the server.
package retryloop

import (
	"context"
	"errors"
	"log"
	"time"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/aws-sdk-go/service/ssooidc"
)

const deviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code"

// Negative: the device-flow token poll, with the server's interval,
// going round on AuthorizationPending and adding 5 s on SlowDown.
func deviceToken(ctx context.Context, c *ssooidc.SSOOIDC, client *ssooidc.RegisterClientOutput, device *ssooidc.StartDeviceAuthorizationOutput) (*ssooidc.CreateTokenOutput, error) {
	interval := 5 * time.Second
	if i := awsv1.Int64Value(device.Interval); i > 0 {
		interval = time.Duration(i) * time.Second
	}
	for {
		token, err := c.CreateTokenWithContext(ctx, &ssooidc.CreateTokenInput{
			ClientId:     client.ClientId,
			ClientSecret: client.ClientSecret,
			DeviceCode:   device.DeviceCode,
			GrantType:    awsv1.String(deviceCodeGrant),
		})
		if err != nil {
			var slow *ssooidc.SlowDownException
			if errors.As(err, &slow) {
				interval += 5 * time.Second
			}
			var pending *ssooidc.AuthorizationPendingException
			if errors.As(err, &pending) || errors.As(err, &slow) {
				time.Sleep(interval)
				continue
			}
			return nil, err
		}
		return token, nil
	}
}

// Negative: the same poll by error code, with the RFC's default interval:
// the loop goes round only while the answer is "not yet".
func deviceTokenByCode(ctx context.Context, c *ssooidc.SSOOIDC, in *ssooidc.CreateTokenInput) (*ssooidc.CreateTokenOutput, error) {
	interval := 5 * time.Second
	for {
		out, err := c.CreateTokenWithContext(ctx, in)
		if err != nil {
			if aerr, ok := err.(awserr.Error); ok {
				switch aerr.Code() {
				case ssooidc.ErrCodeSlowDownException:
					interval += 5 * time.Second
					time.Sleep(interval)
					continue
				case ssooidc.ErrCodeAuthorizationPendingException:
					time.Sleep(interval)
					continue
				}
			}
			return nil, err
		}
		return out, nil
	}
}

// Negative: any error goes round, but at the pace the server set.
func devicePollServerPaced(ctx context.Context, c *ssooidc.SSOOIDC, in *ssooidc.CreateTokenInput, device *ssooidc.StartDeviceAuthorizationOutput) *ssooidc.CreateTokenOutput {
	interval := time.Duration(*device.Interval) * time.Second
	for {
		out, err := c.CreateTokenWithContext(ctx, in)
		if err == nil {
			return out
		}
		time.Sleep(interval)
	}
}

// Positive: a look-alike that goes round on every error at a pace of its
// own: an expired device code or a denied sign-in is polled forever.
type tokenPoller struct {
	oidc         *ssooidc.SSOOIDC
	pollInterval time.Duration
}

func (p *tokenPoller) token(ctx context.Context, in *ssooidc.CreateTokenInput) *ssooidc.CreateTokenOutput {
	for { // want `loop retries ssooidc\.SSOOIDC\.CreateTokenWithContext with a fixed delay and no attempt limit or deadline`
		out, err := p.oidc.CreateTokenWithContext(ctx, in)
		if err == nil {
			return out
		}
		time.Sleep(p.pollInterval)
	}
}

// Positive: "pending" in a log message is not a "not yet" answer: the
// loop retries throttling at a fixed pace.
func registerThrottled(ctx context.Context, c *ssooidc.SSOOIDC, in *ssooidc.RegisterClientInput) (*ssooidc.RegisterClientOutput, error) {
	for { // want `loop retries ssooidc\.SSOOIDC\.RegisterClientWithContext with a fixed delay: raise aws\.Config\.MaxRetries or back off exponentially`
		out, err := c.RegisterClientWithContext(ctx, in)
		if err == nil {
			return out, nil
		}
		if aerr, ok := err.(awserr.Error); ok && aerr.Code() == "ThrottlingException" {
			log.Print("registration pending, throttled")
			time.Sleep(time.Second)
			continue
		}
		return nil, err
	}
}
