package sdk_test

import (
	"go/types"
	"testing"

	v2config "github.com/aws/aws-sdk-go-v2/config"
	v1credentials "github.com/aws/aws-sdk-go/aws/credentials"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

func TestProviderNames(t *testing.T) {
	if !sdk.IsProviderWrapper(function(t, sdk.V2AWS, "NewCredentialsCache")) || !sdk.IsProviderWrapper(function(t, sdk.V1Credentials, "NewCredentials")) {
		t.Error("provider wrappers not recognised")
	}
	if sdk.IsProviderWrapper(function(t, sdk.V2Credentials, "NewStaticCredentialsProvider")) {
		t.Error("a static constructor taken for a wrapper")
	}
	if !sdk.IsV2CredentialsProviderFunc(lookup(t, sdk.V2AWS, "CredentialsProviderFunc").Type()) {
		t.Error("aws.CredentialsProviderFunc not recognised")
	}
	if !sdk.IsV2WithCredentialsProvider(function(t, sdk.V2Config, "WithCredentialsProvider")) || !sdk.IsV2LoadDefaultConfig(function(t, sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("v2 config functions not recognised")
	}

	// The fields the suggested fix removes or looks through.
	v1Config := lookup(t, sdk.V1AWS, "Config").Type()
	if !sdk.IsV1Config(v1Config) || !gocode.IsNamed(field(t, v1Config, sdk.V1CredentialsField).Type(), sdk.V1Credentials, "Credentials") {
		t.Error("v1 aws.Config.Credentials")
	}
	opts := lookup(t, sdk.V1Session, "Options").Type()
	if !sdk.IsV1SessionOptions(opts) || !sdk.IsV1Config(field(t, opts, sdk.V1SessionConfigField).Type()) {
		t.Error("v1 session.Options.Config")
	}
	for _, p := range []types.Type{lookup(t, sdk.V2Credentials, "StaticCredentialsProvider").Type(), lookup(t, sdk.V1Credentials, "StaticProvider").Type()} {
		if !sdk.IsCredentialsValue(field(t, p, sdk.StaticProviderValueField).Type()) {
			t.Errorf("%s.%s does not hold a credentials value", p, sdk.StaticProviderValueField)
		}
	}
	for _, v := range []types.Type{lookup(t, sdk.V2AWS, "Credentials").Type(), lookup(t, sdk.V1Credentials, "Value").Type()} {
		for _, f := range []string{sdk.KeyIDField, sdk.SecretKeyField, sdk.SessionTokenField} {
			field(t, v, f)
		}
	}
}

func TestRetrieveMethods(t *testing.T) {
	for _, c := range []struct {
		path, typ, name string
		want            bool
	}{
		{sdk.V2Credentials, "StaticCredentialsProvider", "Retrieve", true},
		{sdk.V2AWS, "CredentialsCache", "Retrieve", true},
		{sdk.V1Credentials, "StaticProvider", "Retrieve", true},
		{sdk.V1Credentials, "Credentials", "Get", false},
		{sdk.V1Credentials, "Credentials", "GetWithContext", false},
		{sdk.V2AWS, "CredentialsCache", "Invalidate", false},
	} {
		if got := sdk.IsRetrieveMethod(method(t, c.path, c.typ, c.name)); got != c.want {
			t.Errorf("IsRetrieveMethod(%s.%s.%s) = %v, want %v", c.path, c.typ, c.name, got, c.want)
		}
	}
}

func TestSTSCredentials(t *testing.T) {
	for _, path := range []string{sdk.V2Root + "/service/sts/types", sdk.V1Root + "/service/sts"} {
		typ := lookup(t, path, "Credentials").Type()
		if !sdk.IsSTSCredentials(typ) || !sdk.IsSTSCredentials(types.NewPointer(typ)) {
			t.Errorf("%s.Credentials not recognised", path)
		}
		for f := range sdk.SecretFields {
			if ft := field(t, typ, f).Type(); !types.Identical(ft, types.NewPointer(types.Typ[types.String])) {
				t.Errorf("%s.Credentials.%s is %s, not *string", path, f, ft)
			}
		}
	}
	if sdk.IsSTSCredentials(lookup(t, sdk.V2AWS, "Credentials").Type()) {
		t.Error("aws.Credentials taken for STS credentials")
	}
	if !sdk.IsStringDeref(function(t, sdk.V2AWS, "ToString")) || !sdk.IsStringDeref(function(t, sdk.V1AWS, "StringValue")) {
		t.Error("string dereference helpers not recognised")
	}
}

// TestEnvVarNames checks the variable names against what the SDKs' own
// environment providers read.
func TestEnvVarNames(t *testing.T) {
	all := map[string]bool{sdk.SessionTokenEnvVar: true}
	for n := range sdk.KeyIDEnvVars {
		all[n] = true
	}
	for n := range sdk.SecretKeyEnvVars {
		all[n] = true
	}
	if len(all) != len(sdk.CredentialEnvVars) {
		t.Fatalf("key ID, secret and token variables %v are not CredentialEnvVars %v", all, sdk.CredentialEnvVars)
	}
	for n := range all {
		if !sdk.CredentialEnvVars[n] {
			t.Errorf("%s not in CredentialEnvVars", n)
		}
	}
	for id := range sdk.KeyIDEnvVars {
		for secret := range sdk.SecretKeyEnvVars {
			for _, n := range []string{"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "AWS_SESSION_TOKEN"} {
				t.Setenv(n, "")
			}
			t.Setenv(id, "key-"+id)
			t.Setenv(secret, "secret-"+secret)
			t.Setenv(sdk.SessionTokenEnvVar, "token")

			env, err := v2config.NewEnvConfig()
			if err != nil {
				t.Fatal(err)
			}
			if c := env.Credentials; c.AccessKeyID != "key-"+id || c.SecretAccessKey != "secret-"+secret || c.SessionToken != "token" {
				t.Errorf("v2 reads %+v from %s, %s, %s", c.AccessKeyID, id, secret, sdk.SessionTokenEnvVar)
			}
			v, err := v1credentials.NewEnvCredentials().Get()
			if err != nil {
				t.Fatal(err)
			}
			if v.AccessKeyID != "key-"+id || v.SecretAccessKey != "secret-"+secret || v.SessionToken != "token" {
				t.Errorf("v1 reads %s from %s, %s, %s", v.AccessKeyID, id, secret, sdk.SessionTokenEnvVar)
			}
		}
	}
}
