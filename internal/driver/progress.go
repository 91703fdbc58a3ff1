package driver

import (
	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/progress"
)

// progressName names the driver's own pass that counts analysed packages.
const progressName = "awsvetprogress"

// withProgress returns the analyzers to run: the enabled ones and, when a
// progress line is shown, a pass that requires them all, so it runs once
// per package after every rule is done with it and moves the count.
func withProgress(enabled []*analysis.Analyzer, line *progress.Line) []*analysis.Analyzer {
	if line == nil {
		return enabled
	}
	counter := &analysis.Analyzer{
		Name:     progressName,
		Doc:      "counts the packages every rule is done with, for the progress line",
		Requires: enabled,
		Run: func(*analysis.Pass) (any, error) {
			line.Add(1)
			return nil, nil
		},
	}
	return append(append([]*analysis.Analyzer(nil), enabled...), counter)
}
