// Package fixturedeps keeps the analysistest fixtures loadable on a fresh
// machine. analysistest loads testdata/ (its own module) with GOPROXY=off,
// so every module the fixtures import must already be in the module cache.
// The test file of this package imports the same packages, which makes the
// root module require the same versions and "go test ./..." download them
// first; TestVersionsMatch fails when testdata/go.mod drifts from go.mod.
//
// Adding a fixture dependency: add it to testdata/go.mod (cd testdata && go
// get M@V && go mod tidy), add a blank import of the package to
// fixturedeps_test.go, then "go mod tidy" at the root.
package fixturedeps
