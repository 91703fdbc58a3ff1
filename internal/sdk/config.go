package sdk

import (
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// This file knows how the SDKs load their configuration and where a region
// comes from: v2 config.LoadDefaultConfig and its option functions, v1
// sessions, and the Lambda runtime that sets AWS_REGION.

// LambdaRuntimePkg is aws-lambda-go's lambda package: a package that imports
// it is a Lambda function, whose runtime always sets AWS_REGION.
const LambdaRuntimePkg = "github.com/aws/aws-lambda-go/lambda"

// RegionEnvVars are the variables the v2 default configuration reads the
// region from (v1 reads AWS_DEFAULT_REGION only with AWS_SDK_LOAD_CONFIG).
var RegionEnvVars = map[string]bool{"AWS_REGION": true, "AWS_DEFAULT_REGION": true}

// V1LoadConfigEnvVar makes v1 sessions read ~/.aws/config (and its region).
const V1LoadConfigEnvVar = "AWS_SDK_LOAD_CONFIG"

// IsV2LoadDefaultConfig reports whether fn is v2 config.LoadDefaultConfig,
// which resolves the region and the default credential chain unless its
// options set them.
func IsV2LoadDefaultConfig(fn *types.Func) bool {
	return gocode.IsFunc(fn, V2Config, "LoadDefaultConfig")
}

// regionLoadOptions are the v2 config options that give the loaded config a
// region: an explicit one, a fallback, or the instance's own (from IMDS).
var regionLoadOptions = map[string]bool{"WithRegion": true, WithDefaultRegion: true, "WithEC2IMDSRegion": true}

// IsV2RegionLoadOption reports whether fn is config.WithRegion,
// config.WithDefaultRegion or config.WithEC2IMDSRegion.
func IsV2RegionLoadOption(fn *types.Func) bool {
	return fn != nil && regionLoadOptions[fn.Name()] && gocode.IsFunc(fn, V2Config, fn.Name())
}

// IsV2LoadOption reports whether fn is one of the SDK's own config.WithXxx
// functions (it returns a config.LoadOptionsFunc), whose effect is known.
func IsV2LoadOption(fn *types.Func) bool {
	if fn == nil || !gocode.IsFunc(fn, V2Config, fn.Name()) {
		return false
	}
	res := fn.Type().(*types.Signature).Results()
	return res.Len() == 1 && gocode.IsNamed(res.At(0).Type(), V2Config, "LoadOptionsFunc")
}

// WithDefaultRegion is the name of the v2 option that sets a fallback
// region, used only when the environment and shared config set none.
const WithDefaultRegion = "WithDefaultRegion"

// IsV2LoadOptions reports whether t is (a pointer to) v2 config.LoadOptions.
func IsV2LoadOptions(t types.Type) bool { return gocode.IsNamed(t, V2Config, "LoadOptions") }

// IsV2Config reports whether t is (a pointer to) v2 aws.Config.
func IsV2Config(t types.Type) bool { return gocode.IsNamed(t, V2AWS, "Config") }

// IsV2ServiceOptions reports whether t is (a pointer to) the Options struct
// of a v2 service package (s3.Options).
func IsV2ServiceOptions(t types.Type) bool {
	n := gocode.NamedOf(t)
	return n != nil && n.Obj().Name() == "Options" && n.Obj().Pkg() != nil && IsV2ServicePackage(n.Obj().Pkg().Path())
}

// IsV2ClientSettings reports whether t is (a pointer to) one of the v2
// structs a client's settings are given in, each overriding the one before:
// config.LoadOptions, aws.Config and a service's Options. All three hold
// Region, RetryMaxAttempts and RetryMode.
func IsV2ClientSettings(t types.Type) bool {
	return IsV2LoadOptions(t) || IsV2Config(t) || IsV2ServiceOptions(t)
}

// RegionField is the name of the region field of every config struct of
// both SDKs (v2 string, v1 *string).
const RegionField = "Region"

// V2EndpointFields are the fields of aws.Config, config.LoadOptions and a
// service's Options that point a client at a custom endpoint (a local
// emulator, a VPC endpoint). With one set, a missing region is not certain
// to fail, so the region rule stays quiet.
var V2EndpointFields = map[string]bool{
	"BaseEndpoint":                true,
	"EndpointResolver":            true,
	"EndpointResolverV2":          true,
	"EndpointResolverWithOptions": true,
}

// V1SessionKind tells the v1 session constructors apart by how they take
// their configuration. All of them resolve the default credential chain
// when the aws.Config they are given has no Credentials.
type V1SessionKind int

const (
	NotV1Session     V1SessionKind = iota
	V1SessionConfigs               // session.NewSession(cfgs ...*aws.Config), session.New(cfgs...)
	V1SessionOptions               // session.NewSessionWithOptions(session.Options{...})
)

// Fields of the v1 session and config structs the rules read or edit.
const (
	V1SessionConfigField     = "Config"            // the *aws.Config of session.Options and session.Session
	V1SharedConfigStateField = "SharedConfigState" // session.Options: whether ~/.aws/config is read
	V1CredentialsField       = "Credentials"       // aws.Config: the credential provider
)

// V1SessionConstructor reports how fn builds a v1 session, or NotV1Session.
func V1SessionConstructor(fn *types.Func) V1SessionKind {
	switch {
	case gocode.IsFunc(fn, V1Session, "NewSession"), gocode.IsFunc(fn, V1Session, "New"):
		return V1SessionConfigs
	case gocode.IsFunc(fn, V1Session, "NewSessionWithOptions"):
		return V1SessionOptions
	}
	return NotV1Session
}

// IsV1SessionMust reports whether fn is session.Must, which unwraps
// (session, error).
func IsV1SessionMust(fn *types.Func) bool { return gocode.IsFunc(fn, V1Session, "Must") }

// IsV1Config reports whether t is (a pointer to) v1 aws.Config, which holds
// Region, Credentials, MaxRetries and EC2MetadataEnableFallback.
func IsV1Config(t types.Type) bool { return gocode.IsNamed(t, V1AWS, "Config") }

// IsV1SessionOptions reports whether t is v1 session.Options, whose Config
// field session.NewSessionWithOptions treats like the aws.Config given to
// session.NewSession.
func IsV1SessionOptions(t types.Type) bool { return gocode.IsNamed(t, V1Session, "Options") }

// IsV1Session reports whether t is (a pointer to) v1 session.Session.
func IsV1Session(t types.Type) bool { return gocode.IsNamed(t, V1Session, "Session") }

// IsV1SharedConfigEnable reports whether obj is the constant
// session.SharedConfigEnable, which makes a session read ~/.aws/config.
func IsV1SharedConfigEnable(obj types.Object) bool {
	c, ok := obj.(*types.Const)
	return ok && c.Name() == "SharedConfigEnable" && c.Pkg() != nil && c.Pkg().Path() == V1Session
}

// IsV1NewConfig reports whether fn is v1 aws.NewConfig (an empty *aws.Config).
func IsV1NewConfig(fn *types.Func) bool { return gocode.IsFunc(fn, V1AWS, "NewConfig") }

// IsV1ConfigSetter reports whether fn is a (*aws.Config).WithXxx method of
// v1, the chainable setters; IsV1WithRegion is the one that sets the region.
func IsV1ConfigSetter(fn *types.Func) bool {
	return fn != nil && strings.HasPrefix(fn.Name(), "With") && gocode.IsMethod(fn, V1AWS, "Config", fn.Name())
}

// IsV1WithRegion reports whether fn is (*aws.Config).WithRegion of v1.
func IsV1WithRegion(fn *types.Func) bool { return gocode.IsMethod(fn, V1AWS, "Config", "WithRegion") }

// LambdaHandlerArg returns the index of the handler argument if fn is one
// of aws-lambda-go's entry points that take the function handling each
// invocation: lambda.Start(h), StartWithOptions(h, ...),
// StartWithContext(ctx, h), StartHandlerFunc(h, ...), NewHandler(h) and
// NewHandlerWithOptions(h, ...).
func LambdaHandlerArg(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != LambdaRuntimePkg || !gocode.IsFunc(fn, LambdaRuntimePkg, fn.Name()) {
		return 0, false
	}
	switch fn.Name() {
	case "Start", "StartWithOptions", "StartHandlerFunc", "NewHandler", "NewHandlerWithOptions":
		return 0, true
	case "StartWithContext":
		return 1, true
	}
	return 0, false
}
