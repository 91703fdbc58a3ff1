package sdk_test

import (
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

func TestLoadConfig(t *testing.T) {
	if !sdk.IsV2LoadDefaultConfig(function(t, sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("LoadDefaultConfig not recognised")
	}
	for name, region := range map[string]bool{
		"WithRegion": true, "WithDefaultRegion": true, "WithEC2IMDSRegion": true,
		"WithSharedConfigProfile": false, "WithRetryMaxAttempts": false, "WithCredentialsProvider": false,
	} {
		f := function(t, sdk.V2Config, name)
		if got := sdk.IsV2RegionLoadOption(f); got != region {
			t.Errorf("IsV2RegionLoadOption(%s) = %v, want %v", name, got, region)
		}
		if !sdk.IsV2LoadOption(f) {
			t.Errorf("IsV2LoadOption(%s) = false", name)
		}
	}
	if sdk.IsV2LoadOption(function(t, sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("LoadDefaultConfig taken for an option")
	}
	if sdk.WithDefaultRegion != function(t, sdk.V2Config, sdk.WithDefaultRegion).Name() {
		t.Error("WithDefaultRegion misspelt")
	}
	// The structs that hold a region, and their region and endpoint fields.
	structs := map[string]types.Type{
		"config.LoadOptions": lookup(t, sdk.V2Config, "LoadOptions").Type(),
		"aws.Config (v2)":    lookup(t, sdk.V2AWS, "Config").Type(),
		"s3.Options (v2)":    lookup(t, sdk.V2S3, "Options").Type(),
		"sts.Options (v2)":   lookup(t, sdk.V2Root+"/service/sts", "Options").Type(),
	}
	for name, typ := range structs {
		if !sdk.IsV2ClientSettings(typ) || !sdk.IsV2ClientSettings(types.NewPointer(typ)) {
			t.Errorf("IsV2ClientSettings(%s) = false", name)
		}
		if f, _, _ := types.LookupFieldOrMethod(typ, false, nil, sdk.RegionField); f == nil {
			t.Errorf("%s has no field %s", name, sdk.RegionField)
		}
		endpoints := 0
		for field := range sdk.V2EndpointFields {
			if f, _, _ := types.LookupFieldOrMethod(typ, false, nil, field); f != nil {
				endpoints++
			}
		}
		if endpoints < 2 {
			t.Errorf("%s has %d of the endpoint fields %v", name, endpoints, sdk.V2EndpointFields)
		}
	}
	v1Config := lookup(t, sdk.V1AWS, "Config").Type()
	if sdk.IsV2ClientSettings(v1Config) || !sdk.IsV1Config(v1Config) || sdk.IsV2Config(v1Config) || sdk.IsV1Config(structs["aws.Config (v2)"]) {
		t.Error("v1 and v2 aws.Config misclassified")
	}
	// The v1 aws.Config fields the rules read or edit (IsV1Config).
	field(t, v1Config, sdk.RegionField)
	field(t, v1Config, sdk.V1CredentialsField)
	field(t, v1Config, sdk.FieldMaxRetries)
	field(t, v1Config, sdk.FieldEC2MetadataEnableFallback)
}

func TestV1Sessions(t *testing.T) {
	for name, want := range map[string]sdk.V1SessionKind{
		"NewSession": sdk.V1SessionConfigs, "New": sdk.V1SessionConfigs,
		"NewSessionWithOptions": sdk.V1SessionOptions, "Must": sdk.NotV1Session,
	} {
		if got := sdk.V1SessionConstructor(function(t, sdk.V1Session, name)); got != want {
			t.Errorf("V1SessionConstructor(%s) = %v, want %v", name, got, want)
		}
	}
	if !sdk.IsV1SessionMust(function(t, sdk.V1Session, "Must")) {
		t.Error("session.Must not recognised")
	}
	if !sdk.IsV1SharedConfigEnable(lookup(t, sdk.V1Session, "SharedConfigEnable")) || sdk.IsV1SharedConfigEnable(lookup(t, sdk.V1Session, "SharedConfigDisable")) {
		t.Error("SharedConfigEnable misclassified")
	}
	if !sdk.IsV1SessionOptions(lookup(t, sdk.V1Session, "Options").Type()) || !sdk.IsV1Session(lookup(t, sdk.V1Session, "Session").Type()) {
		t.Error("session types not recognised")
	}
	opts, sess := lookup(t, sdk.V1Session, "Options").Type(), lookup(t, sdk.V1Session, "Session").Type()
	field(t, opts, sdk.V1SharedConfigStateField)
	for _, typ := range []types.Type{opts, sess} {
		if !sdk.IsV1Config(field(t, typ, sdk.V1SessionConfigField).Type()) {
			t.Errorf("%s.%s is not a v1 aws.Config", typ, sdk.V1SessionConfigField)
		}
	}
	if !sdk.IsV1NewConfig(function(t, sdk.V1AWS, "NewConfig")) {
		t.Error("aws.NewConfig not recognised")
	}
	withRegion := method(t, sdk.V1AWS, "Config", "WithRegion")
	withRetries := method(t, sdk.V1AWS, "Config", "WithMaxRetries")
	if !sdk.IsV1WithRegion(withRegion) || sdk.IsV1WithRegion(withRetries) || !sdk.IsV1ConfigSetter(withRetries) {
		t.Error("v1 Config setters misclassified")
	}
}

func TestLambdaHandlerArg(t *testing.T) {
	pkg := real(t, sdk.LambdaRuntimePkg)
	for name, want := range map[string]int{"Start": 0, "StartWithOptions": 0, "StartHandlerFunc": 0, "NewHandler": 0, "NewHandlerWithOptions": 0, "StartWithContext": 1} {
		obj, ok := pkg.Scope().Lookup(name).(*types.Func)
		if !ok {
			t.Errorf("lambda.%s does not exist", name)
			continue
		}
		got, ok := sdk.LambdaHandlerArg(obj)
		if !ok || got != want {
			t.Errorf("LambdaHandlerArg(%s) = %d, %v; want %d", name, got, ok, want)
			continue
		}
		if params := obj.Type().(*types.Signature).Params(); params.Len() <= want {
			t.Errorf("lambda.%s has %d parameters", name, params.Len())
		}
	}
	if _, ok := sdk.LambdaHandlerArg(pkg.Scope().Lookup("StartHandler").(*types.Func)); ok {
		t.Error("StartHandler takes a Handler value, not a function")
	}
}
