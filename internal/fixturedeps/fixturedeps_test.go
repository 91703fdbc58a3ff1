package fixturedeps_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/mod/modfile"

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
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/aws/aws-sdk-go/aws"
	_ "github.com/aws/aws-sdk-go/aws/client"
	_ "github.com/aws/aws-sdk-go/aws/credentials"
	_ "github.com/aws/aws-sdk-go/aws/ec2metadata"
	_ "github.com/aws/aws-sdk-go/aws/request"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/cloudfront/sign"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/s3"
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
	_ "go.uber.org/zap"
	_ "k8s.io/klog/v2"
)

func parse(t *testing.T, path string) *modfile.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestVersionsMatch: every module testdata/go.mod requires is required by
// the root go.mod at the same version, so it is in the module cache when
// analysistest runs offline.
func TestVersionsMatch(t *testing.T) {
	root := parse(t, filepath.Join("..", "..", "go.mod"))
	fixtures := parse(t, filepath.Join("..", "..", "testdata", "go.mod"))
	have := map[string]string{}
	for _, r := range root.Require {
		have[r.Mod.Path] = r.Mod.Version
	}
	for _, r := range fixtures.Require {
		if r.Indirect {
			continue // only needed for its go.mod, which the module graph brings
		}
		if v, ok := have[r.Mod.Path]; !ok {
			t.Errorf("testdata requires %s %s, the root module does not: import one of its packages in fixturedeps_test.go", r.Mod.Path, r.Mod.Version)
		} else if v != r.Mod.Version {
			t.Errorf("testdata requires %s %s, the root module %s: pin the same version in both", r.Mod.Path, r.Mod.Version, v)
		}
	}
}
