package rule

import "strings"

// MustExtractDoc turns a rule's doc.go (embedded as text) into its
// Analyzer.Doc, as x/tools' analysisinternal.MustExtractDoc does: the
// package comment without its comment markers, from the line after the
// "# Analyzer <name>" heading on. That text must start with the
// "name: summary" line go vet's help shows. It panics when the heading or
// the summary line is missing: a rule with a wrong description must not
// start.
func MustExtractDoc(src, name string) string {
	text := packageComment(src)
	heading := "# Analyzer " + name
	i := strings.Index(text, heading+"\n")
	if i < 0 || i > 0 && text[i-1] != '\n' {
		panic("rule " + name + ": doc.go has no \"" + heading + "\" heading")
	}
	doc := strings.TrimSpace(text[i+len(heading):])
	if summary, _, _ := strings.Cut(doc, "\n"); !strings.HasPrefix(summary, name+": ") || len(summary) == len(name+": ") {
		panic("rule " + name + ": doc.go's \"" + heading + "\" heading is not followed by a \"" + name + ": summary\" line")
	}
	return doc
}

// packageComment returns the // comment lines before the package clause,
// without their markers.
func packageComment(src string) string {
	var lines []string
	for l := range strings.Lines(src) {
		l = strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(l, "package ") {
			break
		}
		if c, ok := strings.CutPrefix(l, "//"); ok {
			lines = append(lines, strings.TrimPrefix(c, " "))
		}
	}
	return strings.Join(lines, "\n")
}
