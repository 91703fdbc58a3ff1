package secrets

import (
	"fmt"

	"github.com/awsvet/awsvet/internal/scope"
)

// Grading: a secret in a test fixture or a document (internal/scope
// decides which files are) is rightly found but rarely urgent: test PEM
// keys, example tokens in specifications, sample configurations. Hiding
// them would lose the real key someone pasted into a test; reporting them
// at the level of a production key buries the one that matters. By
// default they are reported at the lower level, SARIF's "note": the text
// output marks the line "note:" and the message says where the secret
// sits ("in a test fixture", "in documentation"); JSON's category is
// "note". -fixtures=full reports them as any other finding, -fixtures=off
// not at all.
//
// A note is still a finding: it makes the exit code 1, as an error does,
// so that a live key in a test file still fails a gate (-fixtures=off is
// the way to gate on code only). The grade changes neither the rule id
// nor the fingerprint or the baseline entry: a baseline written at one
// grade filters the same findings at another.
type grade int

const (
	gradeFull grade = iota // the scanner's zero value: no grading
	gradeNote
	gradeOff
)

// fixturesFlag is -fixtures.
type fixturesFlag struct{ g *grade }

func (f fixturesFlag) String() string {
	if f.g == nil {
		return "note"
	}
	switch *f.g {
	case gradeFull:
		return "full"
	case gradeOff:
		return "off"
	}
	return "note"
}

func (f fixturesFlag) Set(v string) error {
	switch v {
	case "note":
		*f.g = gradeNote
	case "full":
		*f.g = gradeFull
	case "off":
		*f.g = gradeOff
	default:
		return fmt.Errorf("want note, full or off")
	}
	return nil
}

// placeWords say, in a graded finding's message, where the secret sits.
var placeWords = map[scope.Kind]string{scope.Test: "in a test fixture", scope.Doc: "in documentation"}

// level grades a finding of severity sev in a file of the given kind: the
// level to report it at, the words naming its place for the message (""
// when it is not graded), and whether it is reported at all.
func (g grade) level(kind scope.Kind, sev string) (level, place string, report bool) {
	if kind == scope.Code || g == gradeFull {
		return sev, "", true
	}
	if g == gradeOff {
		return "", "", false
	}
	return "note", placeWords[kind], true
}
