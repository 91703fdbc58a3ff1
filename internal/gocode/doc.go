// Package gocode holds the go/types and go/ast plumbing the rules share
// and that knows nothing of AWS: which function a call invokes, whether a
// type is a given named type, a constant's string value, which variables
// are written once and to what, where a function of the package is
// declared, a walk that leaves function literals alone, and which
// standard functions read or change the process environment.
//
// It stands to package sdk as x/tools' internal/typesinternal and
// staticcheck's analysis/code stand to their knowledge packages: sdk
// answers questions about the two AWS SDKs in terms of these helpers, and
// a rule asks sdk about the SDKs and gocode about Go.
package gocode
