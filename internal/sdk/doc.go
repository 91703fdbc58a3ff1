// Package sdk is the one place that knows the AWS SDKs for Go: the import
// paths of aws-sdk-go-v2 and aws-sdk-go (v1), and the types and functions the
// rules look for (service clients, configs, credential providers, retryers,
// option functions, environment variables).
//
// Rules ask it questions ("is this a v2 service client method?", "is this
// call the v1 static credentials constructor?") instead of each spelling the
// import paths again. Every name it holds is checked against the pinned,
// real SDK modules by sdk_test.go, so a rename upstream fails the build
// here instead of silently blinding a rule.
//
// It holds SDK knowledge only: the Go plumbing its predicates are written
// with (which function a call invokes, named types, string constants,
// variable writes, the environment functions) is package gocode's.
//
// Files are split by topic (paths, funcs, clients, creds, ...); a rule family
// adds its own topic file. Each SDK type or function is recognised by one
// predicate only (IsV1Config, IsV2ClientSettings, IsV2LoadDefaultConfig, ...),
// which topic files share rather than spell again; names of v2-only or
// v1-only things carry the V2 or V1 prefix. The tests share their loader and
// lookups in helpers_test.go.
package sdk
