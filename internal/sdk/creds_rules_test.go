package sdk_test

import (
	"go/types"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	v2config "github.com/aws/aws-sdk-go-v2/config"
	v1credentials "github.com/aws/aws-sdk-go/aws/credentials"

	"github.com/awsvet/awsvet/internal/sdk"
)

// credsPkgs loads, once, the packages the credential rules' names live in
// beyond those sdk_test.go loads: STS types and the logging libraries.
var credsPkgs = sync.OnceValues(func() (map[string]*types.Package, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes},
		sdk.V2Root+"/service/sts/types", sdk.V1Root+"/service/sts", sdk.V2AWS, sdk.V1AWS,
		"fmt", "log", "log/slog", "errors", "os", "syscall",
		"github.com/sirupsen/logrus", "go.uber.org/zap", "go.uber.org/zap/zapcore",
		"github.com/rs/zerolog", "github.com/rs/zerolog/log")
	if err != nil {
		return nil, err
	}
	out := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return nil, p.Errors[0]
		}
		out[p.PkgPath] = p.Types
	}
	return out, nil
})

func credsPkg(t *testing.T, path string) *types.Package {
	t.Helper()
	pkgs, err := credsPkgs()
	if err != nil {
		t.Fatal(err)
	}
	if pkgs[path] == nil {
		t.Fatalf("package %s not loaded", path)
	}
	return pkgs[path]
}

func credsObj(t *testing.T, path, name string) types.Object {
	t.Helper()
	obj := credsPkg(t, path).Scope().Lookup(name)
	if obj == nil {
		t.Fatalf("%s.%s does not exist", path, name)
	}
	return obj
}

func credsMethod(t *testing.T, pkg *types.Package, typ types.Type, name string) *types.Func {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(typ, true, pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("%s has no method %s", typ, name)
	}
	return fn
}

// credsField returns the field name of struct type typ, failing if absent.
func credsField(t *testing.T, typ types.Type, name string) *types.Var {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, name)
	if obj == nil {
		// Unexported lookups need the package; exported ones do not.
		t.Fatalf("%s has no field %s", typ, name)
	}
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		t.Fatalf("%s.%s is not a field", typ, name)
	}
	return v
}

func TestProviderNames(t *testing.T) {
	fn := func(path, name string) *types.Func { return lookup(t, path, name).(*types.Func) }
	if !sdk.IsProviderWrapper(fn(sdk.V2AWS, "NewCredentialsCache")) || !sdk.IsProviderWrapper(fn(sdk.V1Credentials, "NewCredentials")) {
		t.Error("provider wrappers not recognised")
	}
	if sdk.IsProviderWrapper(fn(sdk.V2Credentials, "NewStaticCredentialsProvider")) {
		t.Error("a static constructor taken for a wrapper")
	}
	if !sdk.IsV2CredentialsProviderFunc(lookup(t, sdk.V2AWS, "CredentialsProviderFunc").Type()) {
		t.Error("aws.CredentialsProviderFunc not recognised")
	}
	if !sdk.IsV2WithCredentialsProvider(fn(sdk.V2Config, "WithCredentialsProvider")) || !sdk.IsV2LoadDefaultConfig(fn(sdk.V2Config, "LoadDefaultConfig")) {
		t.Error("v2 config functions not recognised")
	}
	if !sdk.IsV1SessionConstructor(fn(sdk.V1Session, "New")) || !sdk.IsV1SessionConstructor(fn(sdk.V1Session, "NewSession")) ||
		sdk.IsV1SessionConstructor(fn(sdk.V1Session, "NewSessionWithOptions")) {
		t.Error("v1 session constructors misclassified")
	}

	// The fields the suggested fix removes or looks through.
	v1Config := lookup(t, sdk.V1AWS, "Config").Type()
	if !sdk.HoldsV1Credentials(v1Config) || !sdk.IsNamed(credsField(t, v1Config, "Credentials").Type(), sdk.V1Credentials, "Credentials") {
		t.Error("v1 aws.Config.Credentials")
	}
	opts := lookup(t, sdk.V1Session, "Options").Type()
	if !sdk.HoldsV1SessionConfig(opts) || !sdk.HoldsV1Credentials(credsField(t, opts, "Config").Type()) {
		t.Error("v1 session.Options.Config")
	}
	for _, p := range []types.Type{lookup(t, sdk.V2Credentials, "StaticCredentialsProvider").Type(), lookup(t, sdk.V1Credentials, "StaticProvider").Type()} {
		if !sdk.IsCredentialsValue(credsField(t, p, sdk.StaticProviderValueField).Type()) {
			t.Errorf("%s.%s does not hold a credentials value", p, sdk.StaticProviderValueField)
		}
	}
	for _, v := range []types.Type{lookup(t, sdk.V2AWS, "Credentials").Type(), lookup(t, sdk.V1Credentials, "Value").Type()} {
		for _, f := range []string{sdk.KeyIDField, sdk.SecretKeyField, sdk.SessionTokenField} {
			credsField(t, v, f)
		}
	}
}

func TestRetrieveMethods(t *testing.T) {
	v2Static := lookup(t, sdk.V2Credentials, "StaticCredentialsProvider").Type()
	v1Static := types.NewPointer(lookup(t, sdk.V1Credentials, "StaticProvider").Type())
	v1Creds := types.NewPointer(lookup(t, sdk.V1Credentials, "Credentials").Type())
	v2Cache := types.NewPointer(lookup(t, sdk.V2AWS, "CredentialsCache").Type())
	for _, c := range []struct {
		pkg  *types.Package
		typ  types.Type
		name string
		want bool
	}{
		{real(t, sdk.V2Credentials), v2Static, "Retrieve", true},
		{real(t, sdk.V2AWS), v2Cache, "Retrieve", true},
		{real(t, sdk.V1Credentials), v1Static, "Retrieve", true},
		{real(t, sdk.V1Credentials), v1Creds, "Get", false},
		{real(t, sdk.V1Credentials), v1Creds, "GetWithContext", false},
		{real(t, sdk.V2AWS), v2Cache, "Invalidate", false},
	} {
		if got := sdk.IsRetrieveMethod(credsMethod(t, c.pkg, c.typ, c.name)); got != c.want {
			t.Errorf("IsRetrieveMethod(%s.%s) = %v, want %v", c.typ, c.name, got, c.want)
		}
	}
}

func TestSTSCredentials(t *testing.T) {
	for _, path := range []string{sdk.V2Root + "/service/sts/types", sdk.V1Root + "/service/sts"} {
		typ := credsObj(t, path, "Credentials").Type()
		if !sdk.IsSTSCredentials(typ) || !sdk.IsSTSCredentials(types.NewPointer(typ)) {
			t.Errorf("%s.Credentials not recognised", path)
		}
		for f := range sdk.SecretFields {
			if ft := credsField(t, typ, f).Type(); !types.Identical(ft, types.NewPointer(types.Typ[types.String])) {
				t.Errorf("%s.Credentials.%s is %s, not *string", path, f, ft)
			}
		}
	}
	if sdk.IsSTSCredentials(lookup(t, sdk.V2AWS, "Credentials").Type()) {
		t.Error("aws.Credentials taken for STS credentials")
	}
	if !sdk.IsStringDeref(credsObj(t, sdk.V2AWS, "ToString").(*types.Func)) || !sdk.IsStringDeref(credsObj(t, sdk.V1AWS, "StringValue").(*types.Func)) {
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

func TestSetenv(t *testing.T) {
	if !sdk.IsSetenv(credsObj(t, "os", "Setenv").(*types.Func)) || !sdk.IsSetenv(credsObj(t, "syscall", "Setenv").(*types.Func)) {
		t.Error("Setenv not recognised")
	}
	if sdk.IsSetenv(credsObj(t, "os", "Getenv").(*types.Func)) {
		t.Error("os.Getenv taken for Setenv")
	}
}

func TestTestSupportPackage(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/hashicorp/aws-sdk-go-base/v2/mockdata": true,
		"gocloud.dev/internal/testing/setup":               true,
		"example.com/app/internal/testutil":                true,
		"example.com/app/awstest":                          true,
		"example.com/app/s3mock":                           true,
		"example.com/app/fakes3":                           true,
		"example.com/app/e2e/suite":                        true,
		"example.com/app/internal/storage/s3":              false,
		"example.com/app/cmd/latest":                       false,
		"example.com/app/attest":                           false,
		"awsvet.test/src/staticcreds":                      false, // a domain ending in "test"
		"github.com/99designs/aws-vault/v7/vault":          false,
		"github.com/grafana/loki/v3/pkg/storage/chunk/aws": false,
	} {
		if got := sdk.IsTestSupportPackage(nil, types.NewPackage(path, "p"), nil); got != want {
			t.Errorf("IsTestSupportPackage(%s) = %v, want %v", path, got, want)
		}
	}
}
