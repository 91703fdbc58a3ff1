package ruletest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestTestData(t *testing.T) {
	dir := ruletest.TestData(t)
	if !filepath.IsAbs(dir) {
		t.Errorf("TestData = %q, not absolute", dir)
	}
	for _, want := range []string{"go.mod", "src"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Errorf("TestData = %q: %v", dir, err)
		}
	}
}

func demo() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "demo"}
	a.Flags.Bool("strict", false, "")
	return a
}

// TestSetFlagRestores: the flag holds the value during the test and its
// old value after.
func TestSetFlagRestores(t *testing.T) {
	a := demo()
	t.Run("set", func(t *testing.T) {
		ruletest.SetFlag(t, a, "strict", "true")
		if got := a.Flags.Lookup("strict").Value.String(); got != "true" {
			t.Errorf("during the test: %s", got)
		}
	})
	if got := a.Flags.Lookup("strict").Value.String(); got != "false" {
		t.Errorf("after the test: %s, want the old value false", got)
	}
}

// fatalTB records Fatalf and stops the goroutine, as testing.T does.
type fatalTB struct {
	testing.TB
	msg string
}

func (f *fatalTB) Helper()        {}
func (f *fatalTB) Cleanup(func()) {}
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// TestSetFlagFails: an unknown flag or a bad value stops the test.
func TestSetFlagFails(t *testing.T) {
	for _, c := range [][2]string{{"strcit", "true"}, {"strict", "maybe"}} {
		tb := &fatalTB{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			ruletest.SetFlag(tb, demo(), c[0], c[1])
		}()
		<-done
		if tb.msg == "" {
			t.Errorf("SetFlag(%s=%s) did not fail", c[0], c[1])
		}
	}
}
