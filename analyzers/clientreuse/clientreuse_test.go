package clientreuse_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/clientreuse"
)

func TestClientReuse(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, clientreuse.Analyzer, "./src/clientreuse", "./src/clientreuse/lambdafn", "./src/clientreuse/lambdav1")
}
