package placeholder_test

import (
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/placeholder"
)

// FuzzIs: any string, valid UTF-8 or not, is judged without a panic, and
// template syntax is always a placeholder.
func FuzzIs(f *testing.F) {
	for _, s := range []string{"", "test", "AKIA" + "ABCDEFGHIJKLMNOP", "\xff\xfe…", "...", "9999", "0123456789" + "\x00", strings.Repeat("ab", 3000), "…" + "DummY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		placeholder.Is(s)
		placeholder.Sequential(s)
		if strings.Contains(s, "${") && !placeholder.Is(s) {
			t.Fatalf("a template marker was missed")
		}
	})
}
