package sdk_test

import (
	"go/types"
	"reflect"
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

// TestIssuedCredentials checks the credentials AWS calls hand out: each
// type is recognised, value and pointer, and its secret fields are the
// *string fields credlog follows once dereferenced.
func TestIssuedCredentials(t *testing.T) {
	for _, c := range []struct {
		path, typ string
		fields    []string
	}{
		{sdk.V2Root + "/service/sts/types", "Credentials", []string{sdk.SecretKeyField, sdk.SessionTokenField}},
		{sdk.V1Root + "/service/sts", "Credentials", []string{sdk.SecretKeyField, sdk.SessionTokenField}},
		{sdk.V2Root + "/service/iam/types", "AccessKey", []string{sdk.SecretKeyField}},
		{sdk.V1Root + "/service/iam", "AccessKey", []string{sdk.SecretKeyField}},
		{sdk.V2Root + "/service/sso/types", "RoleCredentials", []string{sdk.SecretKeyField, sdk.SessionTokenField}},
		{sdk.V1Root + "/service/sso", "RoleCredentials", []string{sdk.SecretKeyField, sdk.SessionTokenField}},
	} {
		typ := lookup(t, c.path, c.typ).Type()
		if !sdk.IsIssuedCredentials(typ) || !sdk.IsIssuedCredentials(types.NewPointer(typ)) {
			t.Errorf("%s.%s not recognised", c.path, c.typ)
		}
		for _, f := range c.fields {
			if ft := field(t, typ, f).Type(); !types.Identical(ft, types.NewPointer(types.Typ[types.String])) {
				t.Errorf("%s.%s.%s is %s, not *string", c.path, c.typ, f, ft)
			}
		}
	}
	// Look-alikes that are not issued credentials: the v2 credentials
	// value (credlog follows it as a whole) and the metadata IAM lists
	// about keys, which holds no secret.
	for _, c := range []struct{ path, typ string }{
		{sdk.V2AWS, "Credentials"},
		{sdk.V2Root + "/service/iam/types", "AccessKeyMetadata"},
		{sdk.V1Root + "/service/iam", "AccessKeyMetadata"},
	} {
		if sdk.IsIssuedCredentials(lookup(t, c.path, c.typ).Type()) {
			t.Errorf("%s.%s taken for issued credentials", c.path, c.typ)
		}
	}
	if !sdk.IsStringDeref(function(t, sdk.V2AWS, "ToString")) || !sdk.IsStringDeref(function(t, sdk.V1AWS, "StringValue")) {
		t.Error("string dereference helpers not recognised")
	}
}

// TestV1STSTokenPrinted checks the premise of PrintsV1STSToken against
// v1's STS package: SessionToken is not tagged sensitive, so the String
// method writes it, while SecretAccessKey is; and the types it picks.
func TestV1STSTokenPrinted(t *testing.T) {
	path := sdk.V1Root + "/service/sts"
	creds := lookup(t, path, "Credentials").Type()
	st := creds.Underlying().(*types.Struct)
	for i := range st.NumFields() {
		sensitive := reflect.StructTag(st.Tag(i)).Get("sensitive") == "true"
		switch name := st.Field(i).Name(); {
		case name == sdk.SessionTokenField && sensitive:
			t.Errorf("v1 sts.Credentials.%s is tagged sensitive: String hides it", name)
		case name == sdk.SecretKeyField && !sensitive:
			t.Errorf("v1 sts.Credentials.%s is not tagged sensitive: String writes it", name)
		}
	}
	for _, c := range []struct {
		path, typ string
		want      bool
	}{
		{path, "Credentials", true},
		{path, "AssumeRoleOutput", true},
		{path, "AssumeRoleWithWebIdentityOutput", true},
		{path, "GetSessionTokenOutput", true},
		{path, "AssumedRoleUser", false},
		{path, "GetCallerIdentityOutput", false},
		{sdk.V2Root + "/service/sts/types", "Credentials", false},
		{sdk.V2Root + "/service/sts", "AssumeRoleOutput", false},
		{sdk.V1Credentials, "Value", false},
	} {
		typ := lookup(t, c.path, c.typ).Type()
		if got := sdk.PrintsV1STSToken(typ); got != c.want {
			t.Errorf("PrintsV1STSToken(%s.%s) = %v, want %v", c.path, c.typ, got, c.want)
		}
		if got := sdk.PrintsV1STSToken(types.NewPointer(typ)); got != c.want {
			t.Errorf("PrintsV1STSToken(*%s.%s) = %v, want %v", c.path, c.typ, got, c.want)
		}
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
