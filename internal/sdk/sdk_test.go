package sdk_test

import (
	"go/types"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/internal/sdk"

	// The pinned SDK modules. Importing them here makes the root module
	// require the same versions as testdata/go.mod, so "go test ./..."
	// downloads them before analysistest loads the fixtures with
	// GOPROXY=off.
	_ "github.com/aws/aws-lambda-go/lambda"
	_ "github.com/aws/aws-sdk-go-v2/aws/retry"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/aws/aws-sdk-go/aws/ec2metadata"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/sts"
)

var (
	loadOnce sync.Once
	loaded   map[string]*types.Package
	loadErr  error
)

// real loads the type information of the pinned SDK packages.
func real(t *testing.T, path string) *types.Package {
	t.Helper()
	loadOnce.Do(func() {
		pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes},
			sdk.V2AWS, sdk.V2Config, sdk.V2Credentials, sdk.V2Retry, sdk.V2IMDS, sdk.V2S3, sdk.V2Root+"/service/sts",
			sdk.V1AWS, sdk.V1Credentials, sdk.V1Session, sdk.V1Request, sdk.V1Client, sdk.V1EC2Metadata, sdk.V1Root+"/service/s3")
		if err != nil {
			loadErr = err
			return
		}
		loaded = map[string]*types.Package{}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				loadErr = p.Errors[0]
			}
			loaded[p.PkgPath] = p.Types
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	p := loaded[path]
	if p == nil {
		t.Fatalf("package %s not loaded", path)
	}
	return p
}

func lookup(t *testing.T, path, name string) types.Object {
	t.Helper()
	obj := real(t, path).Scope().Lookup(name)
	if obj == nil {
		t.Fatalf("%s.%s does not exist in the pinned SDK", path, name)
	}
	return obj
}

func method(t *testing.T, path, typ, name string) *types.Func {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(lookup(t, path, typ).Type()), true, real(t, path), name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("%s.%s has no method %s", path, typ, name)
	}
	return fn
}

func TestClients(t *testing.T) {
	s3v2 := lookup(t, sdk.V2S3, "Client").Type()
	s3v1 := lookup(t, sdk.V1Root+"/service/s3", "S3").Type()
	if !sdk.IsV2ServiceClient(types.NewPointer(s3v2)) || sdk.IsV1ServiceClient(s3v2) {
		t.Error("s3.Client (v2) misclassified")
	}
	if !sdk.IsV1ServiceClient(types.NewPointer(s3v1)) || sdk.IsV2ServiceClient(s3v1) {
		t.Error("s3.S3 (v1) misclassified")
	}
	if !sdk.IsV2ServiceClientMethod(method(t, sdk.V2S3, "Client", "GetObject")) {
		t.Error("v2 GetObject is not an operation")
	}
	if sdk.IsV2ServiceClientMethod(method(t, sdk.V2S3, "Client", "Options")) {
		t.Error("v2 Options() taken for an operation")
	}
	for name, want := range map[string]bool{"GetObject": true, "GetObjectWithContext": true, "ListObjectsV2Pages": true, "GetObjectRequest": false, "WaitUntilBucketExists": false} {
		if got := sdk.IsV1ServiceClientMethod(method(t, sdk.V1Root+"/service/s3", "S3", name)); got != want {
			t.Errorf("IsV1ServiceClientMethod(%s) = %v, want %v", name, got, want)
		}
	}
	if !sdk.IsV1RequestSend(method(t, sdk.V1Request, "Request", "Send")) {
		t.Error("v1 (*request.Request).Send not recognised")
	}
	if !sdk.IsV2ClientConstructor(lookup(t, sdk.V2S3, "NewFromConfig").(*types.Func)) || !sdk.IsV2ClientConstructor(lookup(t, sdk.V2S3, "New").(*types.Func)) {
		t.Error("v2 s3.New/NewFromConfig not constructors")
	}
	if !sdk.IsV1ClientConstructor(lookup(t, sdk.V1Root+"/service/s3", "New").(*types.Func)) {
		t.Error("v1 s3.New not a constructor")
	}
}

func TestCredentials(t *testing.T) {
	for _, c := range []struct{ path, name string }{
		{sdk.V2Credentials, "NewStaticCredentialsProvider"},
		{sdk.V1Credentials, "NewStaticCredentials"},
	} {
		fn := lookup(t, c.path, c.name).(*types.Func)
		args, ok := sdk.StaticCredsConstructor(fn)
		if !ok {
			t.Errorf("%s.%s not a static constructor", c.path, c.name)
		}
		if sig := fn.Type().(*types.Signature); sig.Params().Len() <= args.Token {
			t.Errorf("%s.%s has %d parameters, layout says token is #%d", c.path, c.name, sig.Params().Len(), args.Token)
		}
	}
	if !sdk.IsV1StaticCredsFromCreds(lookup(t, sdk.V1Credentials, "NewStaticCredentialsFromCreds").(*types.Func)) {
		t.Error("NewStaticCredentialsFromCreds not recognised")
	}
	if !sdk.IsCredentialsValue(lookup(t, sdk.V2AWS, "Credentials").Type()) || !sdk.IsCredentialsValue(lookup(t, sdk.V1Credentials, "Value").Type()) {
		t.Error("credentials value types not recognised")
	}
	if !sdk.IsStaticProviderType(lookup(t, sdk.V2Credentials, "StaticCredentialsProvider").Type()) || !sdk.IsStaticProviderType(lookup(t, sdk.V1Credentials, "StaticProvider").Type()) {
		t.Error("static provider types not recognised")
	}
	// The secret field names exist on both credentials types.
	for _, tn := range []types.Object{lookup(t, sdk.V2AWS, "Credentials"), lookup(t, sdk.V1Credentials, "Value")} {
		for f := range sdk.SecretFields {
			if obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, tn.Pkg(), f); obj == nil {
				t.Errorf("%s has no field %s", tn.Name(), f)
			}
		}
	}
}

func TestPaths(t *testing.T) {
	for path, want := range map[string]bool{
		sdk.V2S3: true, sdk.V2Root + "/service/s3/types": false, sdk.V2Root + "/service/internal": false, sdk.V2Config: false,
	} {
		if got := sdk.IsV2ServicePackage(path); got != want {
			t.Errorf("IsV2ServicePackage(%s) = %v", path, got)
		}
	}
	if !sdk.IsV1ServicePackage(sdk.V1Root+"/service/s3") || sdk.IsV1ServicePackage(sdk.V1Root+"/service/s3/s3manager") {
		t.Error("IsV1ServicePackage")
	}
	if !sdk.IsSDK(sdk.V2S3) || !sdk.IsSDK(sdk.V1Session) || sdk.IsSDK("github.com/aws/aws-sdk-go-v2x") || sdk.IsSDK("github.com/aws/smithy-go") {
		t.Error("IsSDK")
	}
}
