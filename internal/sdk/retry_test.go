package sdk_test

import (
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

func TestRetrySettingsV2(t *testing.T) {
	if !sdk.IsV2NopRetryer(lookup(t, sdk.V2AWS, "NopRetryer").Type()) {
		t.Error("aws.NopRetryer not recognised")
	}
	awsConfig, loadOptions, s3Options := lookup(t, sdk.V2AWS, "Config").Type(), lookup(t, sdk.V2Config, "LoadOptions").Type(), lookup(t, sdk.V2S3, "Options").Type()
	for _, typ := range []types.Type{awsConfig, loadOptions, s3Options} {
		if !sdk.IsV2ClientSettings(typ) {
			t.Errorf("%s is not a client settings struct", typ)
		}
		for _, f := range []string{sdk.FieldRetryMaxAttempts, sdk.FieldRetryMode, sdk.FieldRetryer} {
			field(t, typ, f)
		}
	}
	// The Retryer field is a factory on aws.Config and LoadOptions, a retryer on Options.
	for _, typ := range []types.Type{awsConfig, loadOptions} {
		if _, ok := field(t, typ, sdk.FieldRetryer).Type().Underlying().(*types.Signature); !ok || !sdk.HoldsV2RetryerFactory(typ) {
			t.Errorf("%s.Retryer is not a factory", typ)
		}
	}
	if sdk.HoldsV2RetryerFactory(s3Options) || !gocode.IsNamed(field(t, s3Options, sdk.FieldRetryer).Type(), sdk.V2AWS, "Retryer") {
		t.Error("s3.Options.Retryer is an aws.Retryer, not a factory")
	}
	std := lookup(t, sdk.V2Retry, "StandardOptions").Type()
	if !sdk.IsV2StandardOptions(std) {
		t.Error("retry.StandardOptions not recognised")
	}
	field(t, std, sdk.FieldMaxAttempts)
	field(t, std, sdk.FieldMaxBackoff)

	// The retryers that may hold a retry token bucket.
	for _, c := range []struct{ path, name string }{
		{sdk.V2Retry, "Standard"}, {sdk.V2Retry, "AdaptiveMode"}, {sdk.V2AWS, "Retryer"}, {sdk.V2AWS, "RetryerV2"},
	} {
		if typ := lookup(t, c.path, c.name).Type(); !sdk.HoldsV2RetryQuota(typ) || !sdk.HoldsV2RetryQuota(types.NewPointer(typ)) {
			t.Errorf("%s.%s may hold a retry quota", c.path, c.name)
		}
	}
	if sdk.HoldsV2RetryQuota(lookup(t, sdk.V2AWS, "NopRetryer").Type()) {
		t.Error("aws.NopRetryer holds no retry quota")
	}

	for _, c := range []struct {
		path, name string
		params     int
		is         func(*types.Func) bool
	}{
		{sdk.V2Config, "WithRetryer", 1, sdk.IsV2WithRetryer},
		{sdk.V2Config, "WithRetryMaxAttempts", 1, sdk.IsV2WithRetryMaxAttempts},
		{sdk.V2Retry, "AddWithMaxAttempts", 2, sdk.IsV2AddWithMaxAttempts},
		{sdk.V2Retry, "AddWithMaxBackoffDelay", 2, sdk.IsV2AddWithMaxBackoffDelay},
	} {
		fn := function(t, c.path, c.name)
		if !c.is(fn) {
			t.Errorf("%s.%s not recognised", c.path, c.name)
		}
		if n := fn.Type().(*types.Signature).Params().Len(); n != c.params {
			t.Errorf("%s.%s takes %d parameters, the rule reads %d", c.path, c.name, n, c.params)
		}
	}
	if got := constInt(t, sdk.V2Retry, "DefaultMaxAttempts"); got != sdk.V2DefaultMaxAttempts {
		t.Errorf("retry.DefaultMaxAttempts = %d, sdk says %d", got, sdk.V2DefaultMaxAttempts)
	}

	optFn := func(param types.Type) *types.Signature {
		return types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewParam(0, nil, "o", param)), nil, false)
	}
	if !sdk.IsV2ServiceOptionFunc(optFn(types.NewPointer(s3Options))) {
		t.Error("func(*s3.Options) is an option function")
	}
	if sdk.IsV2ServiceOptionFunc(optFn(s3Options)) || sdk.IsV2ServiceOptionFunc(optFn(types.NewPointer(loadOptions))) {
		t.Error("func(s3.Options) and func(*config.LoadOptions) are not client option functions")
	}
}

func TestRetrySettingsV1(t *testing.T) {
	cfg := lookup(t, sdk.V1AWS, "Config").Type()
	if _, ok := field(t, cfg, sdk.FieldMaxRetries).Type().(*types.Pointer); !ok {
		t.Error("v1 aws.Config.MaxRetries is not a *int")
	}
	if !sdk.IsV1WithMaxRetries(method(t, sdk.V1AWS, "Config", "WithMaxRetries")) {
		t.Error("WithMaxRetries not recognised")
	}
	if !sdk.IsV1Int(function(t, sdk.V1AWS, "Int")) || !sdk.IsV1Bool(function(t, sdk.V1AWS, "Bool")) {
		t.Error("aws.Int / aws.Bool not recognised")
	}
	dr := lookup(t, sdk.V1Client, "DefaultRetryer").Type()
	if !sdk.IsV1DefaultRetryer(dr) {
		t.Error("client.DefaultRetryer not recognised")
	}
	field(t, dr, sdk.FieldNumMaxRetries)
	if !sdk.IsV1WithRetryer(function(t, sdk.V1Request, "WithRetryer")) {
		t.Error("request.WithRetryer not recognised")
	}
	if got := constInt(t, sdk.V1AWS, "UseServiceDefaultRetries"); got != sdk.V1UseServiceDefaultRetries {
		t.Errorf("aws.UseServiceDefaultRetries = %d, sdk says %d", got, sdk.V1UseServiceDefaultRetries)
	}
	if got := constInt(t, sdk.V1Client, "DefaultRetryerMaxNumRetries"); got != sdk.V1DefaultMaxRetries {
		t.Errorf("client.DefaultRetryerMaxNumRetries = %d, sdk says %d", got, sdk.V1DefaultMaxRetries)
	}
}

func TestBackoff(t *testing.T) {
	for _, fn := range []*types.Func{
		method(t, sdk.V2Retry, "ExponentialJitterBackoff", "BackoffDelay"),
		method(t, sdk.V2Retry, "BackoffDelayer", "BackoffDelay"),
		method(t, sdk.V2AWS, "Retryer", "RetryDelay"),
		method(t, sdk.V2Retry, "Standard", "RetryDelay"),
		method(t, sdk.V1Client, "DefaultRetryer", "RetryRules"),
		method(t, sdk.V1Request, "Retryer", "RetryRules"),
	} {
		if !sdk.IsSDKBackoff(fn) {
			t.Errorf("%s is the SDK's backoff", fn.FullName())
		}
	}
	if sdk.IsSDKBackoff(method(t, sdk.V2S3, "Client", "GetObject")) || sdk.IsSDKBackoff(method(t, sdk.V1Request, "Request", "Send")) {
		t.Error("operations taken for backoff")
	}
	for path, want := range map[string]bool{
		"github.com/cenkalti/backoff/v4":               true,
		"github.com/cenkalti/backoff/v5":               true,
		"k8s.io/apimachinery/pkg/util/wait":            true,
		"github.com/avast/retry-go/v4":                 true,
		"github.com/grafana/dskit/backoff":             true,
		"github.com/jpillora/backoff":                  true,
		"github.com/sethvargo/go-retry":                true,
		"github.com/cenkalti/backoffx":                 false,
		"k8s.io/apimachinery/pkg/util/sets":            false,
		sdk.V2Retry:                                    false, // AddWithMaxAttempts is no wait
		sdk.V1Request:                                  false, // Send is the operation
		"github.com/grafana/dskit/backoff/internal/x":  true,
		"github.com/hashicorp/go-retryablehttp":        true,
		"github.com/hashicorp/terraform-plugin-sdk/v2": false,
	} {
		if got := sdk.IsBackoffPackage(path); got != want {
			t.Errorf("IsBackoffPackage(%s) = %v, want %v", path, got, want)
		}
	}
}

// TestBackoffFixtures: the libraries the fixtures use are the ones
// recognised, at the import paths the module cache holds.
func TestBackoffFixtures(t *testing.T) {
	for _, path := range []string{"github.com/cenkalti/backoff/v4", "github.com/avast/retry-go/v4"} {
		if p := real(t, path); !sdk.IsBackoffPackage(p.Path()) {
			t.Errorf("%s not recognised as a backoff library", p.Path())
		}
	}
}
