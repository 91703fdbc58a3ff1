package fixturedeps_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	// Every package the fixtures under testdata/src import, outside the
	// standard library.
	_ "github.com/avast/retry-go/v4"
	_ "github.com/aws/aws-lambda-go/events"
	_ "github.com/aws/aws-lambda-go/lambda"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/aws/retry"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	_ "github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	_ "github.com/aws/aws-sdk-go-v2/service/cloudformation"
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/eventbridge"
	_ "github.com/aws/aws-sdk-go-v2/service/firehose"
	_ "github.com/aws/aws-sdk-go-v2/service/iam"
	_ "github.com/aws/aws-sdk-go-v2/service/kinesis"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/sns"
	_ "github.com/aws/aws-sdk-go-v2/service/sqs"
	_ "github.com/aws/aws-sdk-go-v2/service/sso"
	_ "github.com/aws/aws-sdk-go-v2/service/ssooidc"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/aws/aws-sdk-go/aws"
	_ "github.com/aws/aws-sdk-go/aws/client"
	_ "github.com/aws/aws-sdk-go/aws/credentials"
	_ "github.com/aws/aws-sdk-go/aws/ec2metadata"
	_ "github.com/aws/aws-sdk-go/aws/request"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/cloudformation"
	_ "github.com/aws/aws-sdk-go/service/cloudfront/sign"
	_ "github.com/aws/aws-sdk-go/service/cloudwatch"
	_ "github.com/aws/aws-sdk-go/service/cloudwatchevents"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	_ "github.com/aws/aws-sdk-go/service/ec2"
	_ "github.com/aws/aws-sdk-go/service/ec2/ec2iface"
	_ "github.com/aws/aws-sdk-go/service/ecs"
	_ "github.com/aws/aws-sdk-go/service/elbv2"
	_ "github.com/aws/aws-sdk-go/service/firehose"
	_ "github.com/aws/aws-sdk-go/service/iam"
	_ "github.com/aws/aws-sdk-go/service/kinesis"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/s3/s3manager"
	_ "github.com/aws/aws-sdk-go/service/sns"
	_ "github.com/aws/aws-sdk-go/service/sqs"
	_ "github.com/aws/aws-sdk-go/service/sso"
	_ "github.com/aws/aws-sdk-go/service/sts"
	_ "github.com/aws/smithy-go"
	_ "github.com/cenkalti/backoff/v4"
	_ "github.com/go-kit/log"
	_ "github.com/go-kit/log/level"
	_ "github.com/go-logr/logr"
	_ "github.com/hashicorp/go-hclog"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/sirupsen/logrus"
	_ "github.com/smartystreets/go-aws-auth"
	_ "go.uber.org/zap"
	_ "k8s.io/klog/v2"
)

// fixtureModules are the modules whose packages tests load with
// GOPROXY=off: analysistest's fixtures and the end-to-end module.
var fixtureModules = []string{"testdata", "testdata/e2e"}

// TestFixturesLoadWhatTheRootDownloads: every module that a fixture
// package or its tests load, indirect ones included, is one that the root
// module's own packages and tests load, at the same version. "go test
// ./..." downloads exactly the latter before any test runs, so the
// fixtures then load offline from an empty module cache. The fixtures are
// listed with GOPROXY=off, as analysistest loads them: a module missing
// from the cache is a failure that names it, here, before any analyzer
// test meets it as a load error.
func TestFixturesLoadWhatTheRootDownloads(t *testing.T) {
	rootDir := filepath.Join("..", "..")
	root, rootErrs := listModules(t, rootDir, "./...", false)
	for _, e := range rootErrs {
		t.Errorf("root module: %s", e)
	}
	for _, dir := range fixtureModules {
		mods, errs := listModules(t, filepath.Join(rootDir, dir), "./...", true)
		for _, e := range errs {
			t.Errorf("%s does not load offline: %s", dir, e)
		}
		if len(mods) == 0 {
			t.Errorf("%s: no modules listed", dir)
		}
		for path, version := range mods {
			switch have, ok := root[path]; {
			case !ok:
				t.Errorf("%s loads %s %s, which the root module never downloads: import one of its packages in fixturedeps_test.go", dir, path, version)
			case have != version:
				t.Errorf("%s loads %s %s, the root module %s: require %s in %s/go.mod", dir, path, version, have, have, dir)
			}
		}
	}
}

// listModules lists the modules (other than the main one) that provide
// the packages matching pattern in dir, their dependencies and their
// tests' dependencies, and the errors met; offline, with the module cache
// alone, as analysistest loads. The root module is listed as "go test"
// loads it (it has downloaded what it needs by the time a test runs).
func listModules(t *testing.T, dir, pattern string, offline bool) (map[string]string, []string) {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-deps", "-test", "-json=ImportPath,Module,Error,DepsErrors", pattern)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	if offline {
		cmd.Env = append(cmd.Env, "GOPROXY=off")
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list in %s: %v\n%s", dir, err, stderr.String())
	}
	type module struct {
		Path, Version string
		Main          bool
	}
	type pkgError struct{ Err string }
	mods := map[string]string{}
	var errs []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath string
			Module     *module
			Error      *pkgError
			DepsErrors []*pkgError
		}
		err := dec.Decode(&p)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("go list in %s: %v", dir, err)
		}
		if p.Error != nil {
			errs = append(errs, p.ImportPath+": "+strings.TrimSpace(p.Error.Err))
		}
		if p.Module != nil && !p.Module.Main {
			mods[p.Module.Path] = p.Module.Version
		}
	}
	return mods, errs
}
