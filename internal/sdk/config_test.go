package sdk_test

import (
	"go/types"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/internal/sdk"
)

// lambdaPkg loads aws-lambda-go's lambda package, which the shared loader
// of sdk_test.go does not.
var lambdaPkg = sync.OnceValues(func() (*types.Package, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, sdk.LambdaRuntimePkg)
	if err != nil {
		return nil, err
	}
	if len(pkgs[0].Errors) > 0 {
		return nil, pkgs[0].Errors[0]
	}
	return pkgs[0].Types, nil
})

func sdkFunc(t *testing.T, path, name string) *types.Func {
	t.Helper()
	f, ok := lookup(t, path, name).(*types.Func)
	if !ok {
		t.Fatalf("%s.%s is not a function", path, name)
	}
	return f
}

func TestLoadConfig(t *testing.T) {
	if !sdk.IsLoadDefaultConfig(sdkFunc(t, sdk.V2Config, "LoadDefaultConfig")) || !sdk.IsConfigLoader(sdkFunc(t, sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("LoadDefaultConfig not recognised")
	}
	for name, region := range map[string]bool{
		"WithRegion": true, "WithDefaultRegion": true, "WithEC2IMDSRegion": true,
		"WithSharedConfigProfile": false, "WithRetryMaxAttempts": false, "WithCredentialsProvider": false,
	} {
		f := sdkFunc(t, sdk.V2Config, name)
		if got := sdk.IsRegionLoadOption(f); got != region {
			t.Errorf("IsRegionLoadOption(%s) = %v, want %v", name, got, region)
		}
		if !sdk.IsLoadOption(f) {
			t.Errorf("IsLoadOption(%s) = false", name)
		}
	}
	if sdk.IsLoadOption(sdkFunc(t, sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("LoadDefaultConfig taken for an option")
	}
	if sdk.WithDefaultRegion != sdkFunc(t, sdk.V2Config, sdk.WithDefaultRegion).Name() {
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
		if !sdk.HoldsV2Region(typ) || !sdk.HoldsV2Region(types.NewPointer(typ)) {
			t.Errorf("HoldsV2Region(%s) = false", name)
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
	if sdk.HoldsV2Region(lookup(t, sdk.V1AWS, "Config").Type()) || !sdk.IsV1Config(lookup(t, sdk.V1AWS, "Config").Type()) {
		t.Error("v1 aws.Config misclassified")
	}
	if f, _, _ := types.LookupFieldOrMethod(lookup(t, sdk.V1AWS, "Config").Type(), false, nil, sdk.RegionField); f == nil {
		t.Error("v1 aws.Config has no Region")
	}
}

func TestV1Sessions(t *testing.T) {
	for name, want := range map[string]sdk.V1SessionKind{
		"NewSession": sdk.V1SessionConfigs, "New": sdk.V1SessionConfigs,
		"NewSessionWithOptions": sdk.V1SessionOptions, "Must": sdk.NotV1Session,
	} {
		if got := sdk.V1SessionConstructor(sdkFunc(t, sdk.V1Session, name)); got != want {
			t.Errorf("V1SessionConstructor(%s) = %v, want %v", name, got, want)
		}
	}
	if !sdk.IsV1SessionMust(sdkFunc(t, sdk.V1Session, "Must")) {
		t.Error("session.Must not recognised")
	}
	if !sdk.IsV1SharedConfigEnable(lookup(t, sdk.V1Session, "SharedConfigEnable")) || sdk.IsV1SharedConfigEnable(lookup(t, sdk.V1Session, "SharedConfigDisable")) {
		t.Error("SharedConfigEnable misclassified")
	}
	if !sdk.IsV1SessionOptions(lookup(t, sdk.V1Session, "Options").Type()) || !sdk.IsV1Session(lookup(t, sdk.V1Session, "Session").Type()) {
		t.Error("session types not recognised")
	}
	for _, field := range []string{"Config", "SharedConfigState"} {
		if f, _, _ := types.LookupFieldOrMethod(lookup(t, sdk.V1Session, "Options").Type(), false, nil, field); f == nil {
			t.Errorf("session.Options has no field %s", field)
		}
	}
	if !sdk.IsV1NewConfig(sdkFunc(t, sdk.V1AWS, "NewConfig")) {
		t.Error("aws.NewConfig not recognised")
	}
	withRegion := method(t, sdk.V1AWS, "Config", "WithRegion")
	withRetries := method(t, sdk.V1AWS, "Config", "WithMaxRetries")
	if !sdk.IsV1WithRegion(withRegion) || sdk.IsV1WithRegion(withRetries) || !sdk.IsV1ConfigSetter(withRetries) {
		t.Error("v1 Config setters misclassified")
	}
}

func TestLambdaHandlerArg(t *testing.T) {
	pkg, err := lambdaPkg()
	if err != nil {
		t.Fatal(err)
	}
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
