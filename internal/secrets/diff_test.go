package secrets

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
)

// TestDiffParser feeds the parser a log with the cases that break naive
// diff parsing: added lines that look like headers, "\ No newline", quoted
// and spaced names, binary files, deletions, symlinks and submodules.
func TestDiffParser(t *testing.T) {
	log := strings.Join([]string{
		"\x00commit 1111111111111111111111111111111111111111 2024-01-01T00:00:00+00:00",
		"diff --git a/app.env b/app.env",
		"index 0000000..aaaaaaa 100644",
		"--- a/app.env",
		"+++ b/app.env",
		"@@ -1,3 +1,5 @@",
		" first",
		"+++ not a header",
		"+diff --git a/x b/x",
		" second",
		"-removed",
		" third",
		"\\ No newline at end of file",
		"diff --git \"a/ta\\tb.yaml\" \"b/ta\\tb.yaml\"",
		"new file mode 100644",
		"index 0000000..bbbbbbb",
		"--- /dev/null",
		"+++ \"b/ta\\tb.yaml\"",
		"@@ -0,0 +1 @@",
		"+key: value",
		"\x00commit 2222222222222222222222222222222222222222 2024-01-02T00:00:00+00:00",
		"diff --git a/sp ace.txt b/sp ace.txt",
		"index ccccccc..ddddddd 100644",
		"--- a/sp ace.txt\t",
		"+++ b/sp ace.txt\t",
		"@@ -10,0 +11,2 @@ func context()",
		"+eleven",
		"+twelve",
		"diff --git a/gone.env b/gone.env",
		"deleted file mode 100644",
		"index eeeeeee..0000000",
		"--- a/gone.env",
		"+++ /dev/null",
		"@@ -1 +0,0 @@",
		"-x",
		"diff --git a/logo.png b/logo.png",
		"index fffffff..1234567 100644",
		"Binary files a/logo.png and b/logo.png differ",
		"diff --git a/link b/link",
		"new file mode 120000",
		"index 0000000..7654321",
		"--- /dev/null",
		"+++ b/link",
		"@@ -0,0 +1 @@",
		"+target",
		"\\ No newline at end of file",
		"diff --git a/sub b/sub",
		"index 1111111..2222222 160000",
		"--- a/sub",
		"+++ b/sub",
		"@@ -1 +1 @@",
		"-Subproject commit 1111111",
		"+Subproject commit 2222222",
		"",
	}, "\n")
	var got []string
	commit := ""
	p := &diffParser{
		r:        bufio.NewReader(strings.NewReader(log)),
		keepText: true,
		onCommit: func(id, date string) { commit = id[:1] + " " + date[:10] },
		onFile: func(f *fileDiff) error {
			got = append(got, fmt.Sprintf("%s|%s|%s|%v|%v|%q", commit, f.path, f.blob, f.added, f.lines, f.text))
			return nil
		},
	}
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`1 2024-01-01|app.env|aaaaaaa|[{2 3}]|[1 2 3 4 5]|"first\n++ not a header\ndiff --git a/x b/x\nsecond\nthird\n"`,
		"1 2024-01-01|ta\tb.yaml|bbbbbbb|[{1 1}]|[1]|\"key: value\\n\"",
		`2 2024-01-02|sp ace.txt|ddddddd|[{11 12}]|[11 12]|"eleven\ntwelve\n"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseHunk(t *testing.T) {
	for _, tc := range []struct {
		in              string
		old, new, start int
		ok              bool
	}{
		{"@@ -1,3 +1,5 @@", 3, 5, 1, true},
		{"@@ -0,0 +1 @@", 0, 1, 1, true},
		{"@@ -7 +7,0 @@ ctx", 1, 0, 7, true},
		{"@@ bad @@", 0, 0, 0, false},
	} {
		o, n, s, ok := parseHunk(tc.in)
		if o != tc.old || n != tc.new || s != tc.start || ok != tc.ok {
			t.Errorf("parseHunk(%q) = %d %d %d %v", tc.in, o, n, s, ok)
		}
	}
}

// TestDiffParserEdges: hunk counts that run short resynchronise on the
// next header, an empty context line counts, merges' combined diffs and
// submodules are not scanned (submodules are named), an index line
// without ids is passed over, a file whose kept text passes the limit
// keeps none, and a bad hunk header is an error.
func TestDiffParserEdges(t *testing.T) {
	log := strings.Join([]string{
		"diff --git a/short.txt b/short.txt",
		"index 0000000..aaaaaaa 100644",
		"+++ b/short.txt",
		"@@ -1,9 +1,9 @@",
		"+one",
		"",
		"+three",
		"diff --git a/next.txt b/next.txt",
		"index ", // no blob ids: nothing to read, no panic
		"+++ b/next.txt",
		"@@ -0,0 +1,2 @@",
		"+a",
		"+b",
		"diff --cc merged.txt",
		"+++ b/merged.txt",
		"@@@ -1,1 -1,1 +1,1 @@@",
		"diff --git a/sub b/sub",
		"new file mode 160000",
		"+++ b/sub",
		"diff --git a/big.txt b/big.txt",
		"+++ b/big.txt",
		"@@ -0,0 +1,3 @@",
		"+0123456789",
		"+0123456789",
		"+x",
		"",
	}, "\n")
	var got, subs []string
	p := &diffParser{
		r:        bufio.NewReader(strings.NewReader(log)),
		keepText: true,
		limit:    16,
		onFile: func(f *fileDiff) error {
			got = append(got, fmt.Sprintf("%s|%v|%v|%q|%v", f.path, f.added, f.lines, f.text, f.tooLarge))
			return nil
		},
		onSubmodule: func(path string) { subs = append(subs, path) },
	}
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`short.txt|[{1 1} {3 3}]|[1 3]|"one\nthree\n"|false`,
		`next.txt|[{1 2}]|[1 2]|"a\nb\n"|false`,
		`big.txt|[{1 3}]|[]|""|true`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(subs) != 1 || subs[0] != "sub" {
		t.Errorf("submodules %q, want [sub]", subs)
	}

	bad := &diffParser{
		r:      bufio.NewReader(strings.NewReader("diff --git a/x b/x\n+++ b/x\n@@ -a +b @@\n")),
		onFile: func(*fileDiff) error { return nil },
	}
	if err := bad.run(); err == nil || !strings.Contains(err.Error(), "bad hunk header") {
		t.Errorf("bad hunk header: %v", err)
	}
}
