package secrets

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/awsvet/awsvet/internal/detect"
)

// checkLengths holds the secrets command to the analyzers' budget: each
// text line "message (rule)" at most 200 characters, the median at most 120.
func checkLengths(t *testing.T, hits []hit) {
	t.Helper()
	if len(hits) == 0 {
		t.Fatal("no findings to measure")
	}
	var lens []int
	for _, h := range hits {
		line := h.Message + " (" + h.Rule + ")"
		n := utf8.RuneCountInString(line)
		lens = append(lens, n)
		if n > 200 {
			t.Errorf("%s:%d: %d characters, over 200: %s", h.Path, h.Line, n, line)
		}
	}
	slices.Sort(lens)
	t.Logf("finding lines: %d, median %d characters, max %d", len(lens), lens[len(lens)/2], lens[len(lens)-1])
	if m := lens[len(lens)/2]; m > 120 {
		t.Errorf("median finding line is %d characters, over 120", m)
	}
}

func TestMessageSpeaksAwsvetsWords(t *testing.T) {
	f := detect.Finding{RuleID: "aws-secret-access-key", Secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		Description: "Identified a pattern that may indicate AWS credentials"}
	got := message(f, "")
	want := "aws secret access key wJ…(40 chars): remove it, rotate it, and load it at run time"
	if got != want {
		t.Errorf("message = %q\nwant      %q", got, want)
	}
	if strings.Contains(got, "pattern") {
		t.Errorf("message quotes the rule's description: %q", got)
	}
	f = detect.Finding{RuleID: "aws-access-token", Secret: strings.Join([]string{"AKIA", "GMXGEDN73U55XTPL"}, "")}
	if got := message(f, ""); !strings.HasPrefix(got, "aws access key id AKIA…5XTPL: ") {
		t.Errorf("message = %q", got)
	}
}

func TestLineListStaysShort(t *testing.T) {
	for want, lines := range map[string][]int{
		"line 7":                     {7},
		"lines 7 and 9":              {7, 9},
		"lines 7, 9 and 12":          {7, 9, 12},
		"lines 7, 9, 12 and 40 more": append([]int{7, 9, 12}, make([]int, 40)...),
	} {
		if got := lineList(lines); got != want {
			t.Errorf("lineList(%d lines) = %q, want %q", len(lines), got, want)
		}
	}
}
