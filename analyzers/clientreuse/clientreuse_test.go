package clientreuse_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/clientreuse"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestClientReuse(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), clientreuse.Analyzer, "./src/clientreuse", "./src/clientreuse/lambdafn", "./src/clientreuse/lambdav1")
}
