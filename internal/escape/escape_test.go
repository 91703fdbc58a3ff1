package escape_test

import (
	"testing"

	"github.com/awsvet/awsvet/internal/escape"
)

func TestControl(t *testing.T) {
	for in, want := range map[string]string{
		"config/app.yaml":          "config/app.yaml",
		"sp ace#frag?.yaml":        "sp ace#frag?.yaml",
		"données/clé.env":          "données/clé.env",
		"a\nx.yaml:1:1: all clear": `"a\nx.yaml:1:1: all clear"`,
		"\x1b[31mred.env":          `"\x1b[31mred.env"`,
		"tab\there":                `"tab\there"`,
		"bad\xffutf8":              `"bad\xffutf8"`,
		"evil\u202etxt.exe":        `"evil\u202etxt.exe"`,
		`"quoted".env`:             `"\"quoted\".env"`,
		"c1\u009bcontrol":          `"c1\u009bcontrol"`,
		"cr\rline.yaml":            `"cr\rline.yaml"`,
		"ok…(40 chars) (rule)":     "ok…(40 chars) (rule)",
	} {
		if got := escape.Control(in); got != want {
			t.Errorf("Control(%q) = %s, want %s", in, got, want)
		}
	}
}
