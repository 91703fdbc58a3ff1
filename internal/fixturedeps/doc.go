// Package fixturedeps keeps the test fixtures loadable on a fresh machine.
// analysistest loads testdata/ (its own module) with GOPROXY=off, and the
// end-to-end tests load testdata/e2e the same way, so every module the
// fixtures load must already be in the module cache when they run.
//
// The choice: the fixture modules' graphs are pinned to what the root
// module downloads, rather than the tests downloading the fixtures'
// requirements themselves (a test that reaches the network behaves
// differently offline, and a second download path can drift). The test
// file of this package imports the packages the fixtures import, which
// makes the root module load the same modules, so "go test ./..." fetches
// them before any test runs. TestFixturesLoadWhatTheRootDownloads lists
// every module the fixtures load (go list -deps -test, indirect ones
// included) offline and fails on any module that the root does not load at
// the same version, naming it.
//
// Adding a fixture dependency: add it to testdata/go.mod (cd testdata && go
// get M@V && go mod tidy), add a blank import of the package to
// fixturedeps_test.go, then "go mod tidy" at the root; where the two
// modules select different versions of a shared dependency, require the
// root's version in testdata/go.mod.
package fixturedeps
