package sdk_test

import (
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/internal/sdk"
)

// field returns the named field of the struct type of obj.
func field(t *testing.T, obj types.Object, name string) *types.Var {
	t.Helper()
	f, _, _ := types.LookupFieldOrMethod(obj.Type(), false, obj.Pkg(), name)
	v, ok := f.(*types.Var)
	if !ok || !v.IsField() {
		t.Fatalf("%s has no field %s", obj.Name(), name)
	}
	return v
}

func constInt(t *testing.T, path, name string) int64 {
	t.Helper()
	c, ok := lookup(t, path, name).(*types.Const)
	if !ok {
		t.Fatalf("%s.%s is not a constant", path, name)
	}
	v, _ := constant.Int64Val(c.Val())
	return v
}

func TestRetrySettingsV2(t *testing.T) {
	if !sdk.IsV2NopRetryer(lookup(t, sdk.V2AWS, "NopRetryer").Type()) {
		t.Error("aws.NopRetryer not recognised")
	}
	awsConfig, loadOptions, s3Options := lookup(t, sdk.V2AWS, "Config"), lookup(t, sdk.V2Config, "LoadOptions"), lookup(t, sdk.V2S3, "Options")
	for _, obj := range []types.Object{awsConfig, loadOptions, s3Options} {
		if !sdk.HoldsV2RetryMaxAttempts(obj.Type()) {
			t.Errorf("%s.%s does not hold RetryMaxAttempts", obj.Pkg().Path(), obj.Name())
		}
		for _, f := range []string{sdk.FieldRetryMaxAttempts, sdk.FieldRetryMode, sdk.FieldRetryer} {
			field(t, obj, f)
		}
	}
	// The Retryer field is a factory on aws.Config and LoadOptions, a retryer on Options.
	for _, obj := range []types.Object{awsConfig, loadOptions} {
		if _, ok := field(t, obj, sdk.FieldRetryer).Type().Underlying().(*types.Signature); !ok || !sdk.HoldsV2RetryerFactory(obj.Type()) {
			t.Errorf("%s.Retryer is not a factory", obj.Name())
		}
	}
	if sdk.HoldsV2RetryerFactory(s3Options.Type()) || !sdk.IsNamed(field(t, s3Options, sdk.FieldRetryer).Type(), sdk.V2AWS, "Retryer") {
		t.Error("s3.Options.Retryer is an aws.Retryer, not a factory")
	}
	std := lookup(t, sdk.V2Retry, "StandardOptions")
	if !sdk.IsV2StandardOptions(std.Type()) {
		t.Error("retry.StandardOptions not recognised")
	}
	field(t, std, sdk.FieldMaxAttempts)
	field(t, std, sdk.FieldMaxBackoff)

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
		fn := lookup(t, c.path, c.name).(*types.Func)
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
	if !sdk.IsV2ServiceOptionFunc(optFn(types.NewPointer(s3Options.Type()))) {
		t.Error("func(*s3.Options) is an option function")
	}
	if sdk.IsV2ServiceOptionFunc(optFn(s3Options.Type())) || sdk.IsV2ServiceOptionFunc(optFn(types.NewPointer(loadOptions.Type()))) {
		t.Error("func(s3.Options) and func(*config.LoadOptions) are not client option functions")
	}
}

func TestRetrySettingsV1(t *testing.T) {
	cfg := lookup(t, sdk.V1AWS, "Config")
	if !sdk.HoldsV1MaxRetries(cfg.Type()) {
		t.Error("v1 aws.Config does not hold MaxRetries")
	}
	if _, ok := field(t, cfg, sdk.FieldMaxRetries).Type().(*types.Pointer); !ok {
		t.Error("v1 aws.Config.MaxRetries is not a *int")
	}
	if !sdk.IsV1WithMaxRetries(method(t, sdk.V1AWS, "Config", "WithMaxRetries")) {
		t.Error("WithMaxRetries not recognised")
	}
	if !sdk.IsV1Int(lookup(t, sdk.V1AWS, "Int").(*types.Func)) || !sdk.IsV1Bool(lookup(t, sdk.V1AWS, "Bool").(*types.Func)) {
		t.Error("aws.Int / aws.Bool not recognised")
	}
	dr := lookup(t, sdk.V1Client, "DefaultRetryer")
	if !sdk.IsV1DefaultRetryer(dr.Type()) {
		t.Error("client.DefaultRetryer not recognised")
	}
	field(t, dr, sdk.FieldNumMaxRetries)
	if !sdk.IsV1WithRetryer(lookup(t, sdk.V1Request, "WithRetryer").(*types.Func)) {
		t.Error("request.WithRetryer not recognised")
	}
	if got := constInt(t, sdk.V1AWS, "UseServiceDefaultRetries"); got != sdk.V1UseServiceDefaultRetries {
		t.Errorf("aws.UseServiceDefaultRetries = %d, sdk says %d", got, sdk.V1UseServiceDefaultRetries)
	}
	if got := constInt(t, sdk.V1Client, "DefaultRetryerMaxNumRetries"); got != sdk.V1DefaultMaxRetries {
		t.Errorf("client.DefaultRetryerMaxNumRetries = %d, sdk says %d", got, sdk.V1DefaultMaxRetries)
	}
}

// interfaceMethod returns the method name of the interface type path.typ.
func interfaceMethod(t *testing.T, path, typ, name string) *types.Func {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(lookup(t, path, typ).Type(), false, real(t, path), name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("%s.%s has no method %s", path, typ, name)
	}
	return fn
}

func TestBackoff(t *testing.T) {
	for _, fn := range []*types.Func{
		method(t, sdk.V2Retry, "ExponentialJitterBackoff", "BackoffDelay"),
		interfaceMethod(t, sdk.V2Retry, "BackoffDelayer", "BackoffDelay"),
		interfaceMethod(t, sdk.V2AWS, "Retryer", "RetryDelay"),
		method(t, sdk.V2Retry, "Standard", "RetryDelay"),
		method(t, sdk.V1Client, "DefaultRetryer", "RetryRules"),
		interfaceMethod(t, sdk.V1Request, "Retryer", "RetryRules"),
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
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName}, "github.com/cenkalti/backoff/v4", "github.com/avast/retry-go/v4")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatal(p.Errors[0])
		}
		if !sdk.IsBackoffPackage(p.PkgPath) {
			t.Errorf("%s not recognised as a backoff library", p.PkgPath)
		}
	}
}
