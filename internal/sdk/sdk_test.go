package sdk_test

import (
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

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
	if !sdk.IsV2ClientConstructor(function(t, sdk.V2S3, "NewFromConfig")) || !sdk.IsV2ClientConstructor(function(t, sdk.V2S3, "New")) {
		t.Error("v2 s3.New/NewFromConfig not constructors")
	}
	if !sdk.IsV1ClientConstructor(function(t, sdk.V1Root+"/service/s3", "New")) {
		t.Error("v1 s3.New not a constructor")
	}
}

func TestCredentials(t *testing.T) {
	for _, c := range []struct{ path, name string }{
		{sdk.V2Credentials, "NewStaticCredentialsProvider"},
		{sdk.V1Credentials, "NewStaticCredentials"},
	} {
		fn := function(t, c.path, c.name)
		args, ok := sdk.StaticCredsConstructor(fn)
		if !ok {
			t.Errorf("%s.%s not a static constructor", c.path, c.name)
		}
		if sig := fn.Type().(*types.Signature); sig.Params().Len() <= args.Token {
			t.Errorf("%s.%s has %d parameters, layout says token is #%d", c.path, c.name, sig.Params().Len(), args.Token)
		}
	}
	if !sdk.IsV1StaticCredsFromCreds(function(t, sdk.V1Credentials, "NewStaticCredentialsFromCreds")) {
		t.Error("NewStaticCredentialsFromCreds not recognised")
	}
	v2Creds, v1Value := lookup(t, sdk.V2AWS, "Credentials").Type(), lookup(t, sdk.V1Credentials, "Value").Type()
	if !sdk.IsCredentialsValue(v2Creds) || !sdk.IsCredentialsValue(v1Value) {
		t.Error("credentials value types not recognised")
	}
	if !sdk.IsV2CredentialsValue(v2Creds) || sdk.IsV2CredentialsValue(v1Value) || !sdk.IsV1CredentialsValue(v1Value) || sdk.IsV1CredentialsValue(v2Creds) {
		t.Error("credentials value types misclassified by SDK generation")
	}
	if !sdk.IsStaticProviderType(lookup(t, sdk.V2Credentials, "StaticCredentialsProvider").Type()) || !sdk.IsStaticProviderType(lookup(t, sdk.V1Credentials, "StaticProvider").Type()) {
		t.Error("static provider types not recognised")
	}
	// The secret field names exist on both credentials types.
	for _, tn := range []types.Object{lookup(t, sdk.V2AWS, "Credentials"), lookup(t, sdk.V1Credentials, "Value")} {
		for f := range sdk.SecretFields {
			field(t, tn.Type(), f)
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
