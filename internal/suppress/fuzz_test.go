package suppress_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/suppress"
)

// FuzzFind checks the directive parser on arbitrary lines: no panic, the
// documented contract of its results, and that a well-formed directive
// written back out parses to the same rules and reason.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"//awsvet:ignore hardcodedkey -- example key from the docs",
		"# awsvet:ignore secrets/aws-access-token,secrets -- fixture",
		"/* awsvet:ignore presign -- internal bucket */",
		"<!-- awsvet:ignore secrets -- doc sample -->",
		"//awsvet:ignore", "//awsvet:ignore --", "//awsvet:ignore ,,, -- x",
		"//awsvet:ignore a -- b -- c", "//awsvet:ignore\x00a -- b",
		"//awsvet:ignore \xff\xfe -- \xc3", "awsvet:ignore a -- b",
		"x := 1 //awsvet:ignore region -- " + strings.Repeat("why ", 5000),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok, err := suppress.Find(text)
		if !ok {
			if err != nil || d.Rules != nil || d.Reason != "" {
				t.Fatalf("no directive, yet %+v, %v", d, err)
			}
			return
		}
		if !strings.Contains(text, suppress.Marker) {
			t.Fatalf("a directive in a line without the marker")
		}
		for _, r := range d.Rules {
			if r == "" || r != strings.TrimSpace(r) || strings.Contains(r, ",") {
				t.Fatalf("rule %q is empty, padded or holds a comma", r)
			}
		}
		if err != nil {
			return
		}
		if len(d.Rules) == 0 || d.Reason == "" {
			t.Fatalf("well-formed directive without rule or reason: %+v", d)
		}
		for _, r := range d.Rules {
			if !d.Covers(r) {
				t.Fatalf("directive does not cover its own rule %q", r)
			}
		}
		if strings.HasSuffix(d.Reason, "*/") {
			return // "reason */ */": each parse trims one closing marker
		}
		again := "//" + suppress.Marker + " " + strings.Join(d.Rules, ",") + " -- " + d.Reason
		d2, ok2, err2 := suppress.Find(again)
		if !ok2 || err2 != nil || strings.Join(d2.Rules, ",") != strings.Join(d.Rules, ",") || d2.Reason != d.Reason {
			t.Fatalf("round trip of %q: %+v %v %v, want %+v", again, d2, ok2, err2, d)
		}
	})
}

// FuzzFindGo checks the Go-comment entry point: it never finds what Find
// would not, and only in comments that open with the marker.
func FuzzFindGo(f *testing.F) {
	for _, s := range []string{
		"//awsvet:ignore hardcodedkey -- x", "// awsvet:ignore a -- b", "/*awsvet:ignore a -- b*/",
		"// reports malformed //awsvet:ignore comments", "//\t//awsvet:ignore a -- b", "/", "//", "/*",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		d, ok, err := suppress.FindGo(comment)
		if !ok {
			if err != nil {
				t.Fatalf("no directive, yet error %v", err)
			}
			return
		}
		if !strings.HasPrefix(strings.TrimLeft(comment[2:], " \t"), suppress.Marker) {
			t.Fatalf("directive in a comment that does not open with the marker: %q", comment)
		}
		d2, ok2, err2 := suppress.Find(comment)
		if !ok2 || (err == nil) != (err2 == nil) || d2.Reason != d.Reason || len(d2.Rules) != len(d.Rules) {
			t.Fatalf("FindGo and Find disagree: %+v %v vs %+v %v %v", d, err, d2, ok2, err2)
		}
	})
}
