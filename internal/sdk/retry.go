package sdk

import (
	"go/types"
	"regexp"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// Retry settings of both SDKs, and the backoff helpers that hand-rolled
// retry loops use instead of sleeping a fixed time.

// V1UseServiceDefaultRetries is v1 aws.UseServiceDefaultRetries: a
// MaxRetries of -1 means "the service client's default".
const V1UseServiceDefaultRetries = -1

// V2DefaultMaxAttempts and V1DefaultMaxRetries are what the clients do when
// nothing is configured: v2 retry.DefaultMaxAttempts (attempts, including
// the first) and v1 client.DefaultRetryerMaxNumRetries (retries, after the first).
const (
	V2DefaultMaxAttempts = 3
	V1DefaultMaxRetries  = 3
)

// IsV2NopRetryer reports whether t is v2 aws.NopRetryer, the retryer that
// makes one attempt.
func IsV2NopRetryer(t types.Type) bool { return gocode.IsNamed(t, V2AWS, "NopRetryer") }

// The settings structs themselves are recognised by config.go:
// IsV2ClientSettings (RetryMaxAttempts, RetryMode), IsV2ServiceOptions and
// IsV1Config (MaxRetries).

// IsV2ServiceOptionFunc reports whether sig is the signature of a v2
// service client option function, func(*<svc>.Options), the optFns of
// <svc>.New, <svc>.NewFromConfig and of every operation.
func IsV2ServiceOptionFunc(sig *types.Signature) bool {
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return false
	}
	_, ptr := types.Unalias(sig.Params().At(0).Type()).(*types.Pointer)
	return ptr && IsV2ServiceOptions(sig.Params().At(0).Type())
}

// IsV2StandardOptions reports whether t is (a pointer to) v2 retry.StandardOptions.
func IsV2StandardOptions(t types.Type) bool { return gocode.IsNamed(t, V2Retry, "StandardOptions") }

// HoldsV2RetryerFactory reports whether t is a v2 settings struct whose
// Retryer field is a factory (func() aws.Retryer): aws.Config and
// config.LoadOptions, not a service's Options (where it is an aws.Retryer).
func HoldsV2RetryerFactory(t types.Type) bool { return IsV2Config(t) || IsV2LoadOptions(t) }

// HoldsV2RetryQuota reports whether a v2 retryer of type t may hold a retry
// token bucket: the SDK's retry.Standard and retry.AdaptiveMode, or an
// aws.Retryer or aws.RetryerV2 of unknown kind.
func HoldsV2RetryQuota(t types.Type) bool {
	return gocode.IsNamed(t, V2Retry, "Standard") || gocode.IsNamed(t, V2Retry, "AdaptiveMode") ||
		gocode.IsNamed(t, V2AWS, "Retryer") || gocode.IsNamed(t, V2AWS, "RetryerV2")
}

// IsV2WithRetryer reports whether fn is config.WithRetryer(func() aws.Retryer).
func IsV2WithRetryer(fn *types.Func) bool { return gocode.IsFunc(fn, V2Config, "WithRetryer") }

// IsV2WithRetryMaxAttempts reports whether fn is config.WithRetryMaxAttempts(int).
func IsV2WithRetryMaxAttempts(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2Config, "WithRetryMaxAttempts")
}

// IsV2AddWithMaxAttempts reports whether fn is retry.AddWithMaxAttempts(r, max).
func IsV2AddWithMaxAttempts(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2Retry, "AddWithMaxAttempts")
}

// IsV2AddWithMaxBackoffDelay reports whether fn is retry.AddWithMaxBackoffDelay(r, delay).
func IsV2AddWithMaxBackoffDelay(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2Retry, "AddWithMaxBackoffDelay")
}

// IsV1WithMaxRetries reports whether fn is (*aws.Config).WithMaxRetries(int) of v1.
func IsV1WithMaxRetries(fn *types.Func) bool {
	return gocode.IsMethod(fn, V1AWS, "Config", "WithMaxRetries")
}

// IsV1Int reports whether fn is v1 aws.Int, how a *int setting is spelled.
func IsV1Int(fn *types.Func) bool { return gocode.IsFunc(fn, V1AWS, "Int") }

// IsV1Bool reports whether fn is v1 aws.Bool.
func IsV1Bool(fn *types.Func) bool { return gocode.IsFunc(fn, V1AWS, "Bool") }

// IsV1DefaultRetryer reports whether t is (a pointer to) v1 client.DefaultRetryer,
// whose NumMaxRetries is 0 (no retry) unless set.
func IsV1DefaultRetryer(t types.Type) bool { return gocode.IsNamed(t, V1Client, "DefaultRetryer") }

// IsV1NoOpRetryer reports whether t is (a pointer to) v1 client.NoOpRetryer,
// the retryer that retries nothing.
func IsV1NoOpRetryer(t types.Type) bool { return gocode.IsNamed(t, V1Client, "NoOpRetryer") }

// IsV1WithRetryer reports whether fn is v1 request.WithRetryer(cfg, retryer);
// a nil retryer disables retries.
func IsV1WithRetryer(fn *types.Func) bool { return gocode.IsFunc(fn, V1Request, "WithRetryer") }

// Field names of the retry settings.
const (
	FieldRetryMaxAttempts = "RetryMaxAttempts" // v2 aws.Config, LoadOptions, <svc>.Options
	FieldRetryMode        = "RetryMode"        // v2 aws.Config, LoadOptions, <svc>.Options
	FieldRetryer          = "Retryer"          // v2 factory or retryer; v1 request.Retryer
	FieldMaxAttempts      = "MaxAttempts"      // v2 retry.StandardOptions
	FieldMaxBackoff       = "MaxBackoff"       // v2 retry.StandardOptions
	FieldMaxRetries       = "MaxRetries"       // v1 aws.Config (*int): the retries of the default retryer
	FieldNumMaxRetries    = "NumMaxRetries"    // v1 client.DefaultRetryer
)

// backoffPackages are libraries whose calls inside a retry loop mean the
// loop backs off exponentially (or leaves the decision to the library).
// They are recognised by import path, so fixtures need not import them all.
var backoffPackages = []string{
	"github.com/cenkalti/backoff",
	"k8s.io/apimachinery/pkg/util/wait",
	"k8s.io/client-go/util/retry",
	"github.com/avast/retry-go",
	"github.com/grafana/dskit/backoff",
	"github.com/jpillora/backoff",
	"github.com/sethvargo/go-retry",
	"github.com/hashicorp/go-retryablehttp",
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/retry",
	"github.com/hashicorp/terraform-plugin-sdk/helper/resource",
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/resource",
	"github.com/hashicorp/aws-sdk-go-base/v2/tfawserr",
	"github.com/hashicorp/terraform-provider-aws/internal/tfresource",
	"github.com/hashicorp/terraform-provider-aws/internal/retry",
	"github.com/lestrrat-go/backoff",
	"github.com/Rican7/retry",
	"github.com/eapache/go-resiliency/retrier",
	"github.com/failsafe-go/failsafe-go",
	"github.com/matryer/try",
}

// IsBackoffPackage reports whether path is (a major version or a package
// below) one of the known backoff and retry libraries. The SDKs' own
// backoff is IsSDKBackoff.
func IsBackoffPackage(path string) bool {
	for _, p := range backoffPackages {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// IsSDKBackoff reports whether fn computes a retry delay with the SDK's
// capped exponential backoff: v2 BackoffDelay (retry.BackoffDelayer,
// ExponentialJitterBackoff) and RetryDelay (aws.Retryer, retry.Standard),
// v1 RetryRules (request.Retryer, client.DefaultRetryer).
func IsSDKBackoff(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Name() {
	case "BackoffDelay", "RetryDelay":
		return IsV2(fn.Pkg().Path())
	case "RetryRules":
		return IsV1(fn.Pkg().Path())
	}
	return false
}

// transientName matches the names of throttling and transient errors, of
// the predicates that test for them, and of their error codes: the errors
// the SDK retryers already retry (retry.DefaultThrottleErrorCodes,
// DefaultRetryableErrorCodes, 5xx). A hand-rolled loop that retries only
// errors of another kind (ResourceNotFoundException while a resource is
// created, a conditional check) waits for a state instead.
var transientName = regexp.MustCompile(`(?i)throttl|throughputexceeded|toomanyrequests|limitexceeded|slowdown|ratelimit|` +
	`retryable|transient|temporar|timeout|internalerror|internalfailure|serviceunavailable|unavailable|priorrequestnotcomplete|ec2throttled`)

// notYetName matches the names of errors that answer "not yet": the state
// a protocol polls for has not been reached, as RFC 8628's
// authorization_pending while a person approves a device sign-in (SSO
// OIDC's AuthorizationPendingException). A loop that goes round on them
// waits for that state; a throttling error in the same loop (RFC 8628's
// slow_down, SSO OIDC's SlowDownException) is the protocol asking it to
// poll less often, not a service failing.
var notYetName = regexp.MustCompile(`(?i)pending`)

// IsNotYetErrorName reports whether name (an error code or type) says the
// awaited state is pending.
func IsNotYetErrorName(name string) bool { return notYetName.MatchString(name) }

// IsTransientErrorName reports whether name (an error code, an error type,
// a predicate such as isThrottle or IsErrorRetryable) is about throttling
// or transient errors.
func IsTransientErrorName(name string) bool { return transientName.MatchString(name) }
