package output

import (
	"io"
	"path/filepath"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// ToolURI is awsvet's home page, SARIF's tool.driver.informationUri.
const ToolURI = "https://github.com/awsvet/awsvet"

// SARIF builds a SARIF 2.1.0 report: one run, one reportingDescriptor per
// rule, results with repo-relative URIs (relative to the %SRCROOT% base)
// and partialFingerprints that survive line moves.
func SARIF(version string, rules []Rule, fs []Finding) *sarif.Report {
	run := sarif.NewRunWithInformationURI("awsvet", ToolURI)
	run.Tool.Driver.WithVersion(version).WithSemanticVersion(version)
	index := map[string]int{}
	for _, r := range rules {
		props := sarif.NewPropertyBag().WithTags(append([]string{}, r.Tags...))
		if r.SecuritySeverity != "" {
			props.Add("security-severity", r.SecuritySeverity)
		}
		index[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.AddRule(sarif.NewRule(r.ID).
			WithName(r.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Short)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(r.Full)).
			WithHelpURI(r.HelpURI).
			WithHelp(sarif.NewMultiformatMessageString().WithText(r.Short + " See " + r.HelpURI)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(Level(r.Severity))).
			WithProperties(props))
	}
	fps := Fingerprints(fs)
	for i, f := range fs {
		region := sarif.NewRegion().WithStartLine(f.Line).WithStartColumn(max(f.Col, 1))
		if f.EndLine >= f.Line && f.EndLine > 0 {
			region.WithEndLine(f.EndLine).WithEndColumn(max(f.EndCol, 1))
		}
		loc := sarif.NewArtifactLocation().WithURI(URI(f.Path))
		if !filepath.IsAbs(f.Path) {
			loc.WithURIBaseID("%SRCROOT%")
		}
		res := sarif.NewRuleResult(f.Rule).
			WithLevel(Level(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(sarif.NewLocation().WithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(loc).WithRegion(region))).
			WithPartialFingerprints(map[string]string{"awsvet/v2": fps[i]})
		if idx, ok := index[f.Rule]; ok {
			res.WithRuleIndex(idx)
		}
		if f.Commit != "" {
			res.WithProperties(sarif.NewPropertyBag().Add("commit", f.Commit).Add("date", f.Date))
		}
		run.AddResult(res)
	}
	rep := sarif.NewReport()
	rep.AddRun(run)
	return rep
}

// WriteSARIF writes the report built by SARIF.
func WriteSARIF(w io.Writer, version string, rules []Rule, fs []Finding) error {
	return SARIF(version, rules, fs).PrettyWrite(w)
}

// Level maps a severity to a SARIF level.
func Level(severity string) string {
	switch severity {
	case "error", "warning", "note":
		return severity
	}
	return "warning"
}
