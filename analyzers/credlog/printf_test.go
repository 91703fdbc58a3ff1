package credlog

import (
	"reflect"
	"testing"
)

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		format string
		want   map[int]rune // nil: malformed
	}{
		{"plain", map[int]rune{}},
		{"%s %v", map[int]rune{0: 's', 1: 'v'}},
		{"100%% %T", map[int]rune{0: 'T'}},
		{"%+v %#v %-8s %08.3f", map[int]rune{0: 'v', 1: 'v', 2: 's', 3: 'f'}},
		{"%*d %.*s", map[int]rune{0: '*', 1: 'd', 2: '*', 3: 's'}},
		{"%[2]s %[1]T", map[int]rune{1: 's', 0: 'T'}},
		{"%[2]s %v", map[int]rune{1: 's', 2: 'v'}},
		{"trailing %", nil},
		{"%[0]s", nil},
	} {
		got, _, ok := parseVerbs(c.format)
		if c.want == nil {
			if ok {
				t.Errorf("parseVerbs(%q) = %v, want malformed", c.format, got)
			}
			continue
		}
		if !ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseVerbs(%q) = %v, %v; want %v", c.format, got, ok, c.want)
		}
	}
}
