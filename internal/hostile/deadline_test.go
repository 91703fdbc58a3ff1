package hostile_test

import (
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/hostile"
)

// TestWithin: f's error comes back when f returns in time; a blocked f
// fails the test with what blocked.
func TestWithin(t *testing.T) {
	want := errors.New("refused")
	if err := hostile.Within(t, time.Second, "quick", func() error { return want }); err != want {
		t.Errorf("Within returned %v, want %v", err, want)
	}
	rec := &recorder{TB: t}
	block := make(chan struct{})
	defer close(block)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		hostile.Within(rec, 10*time.Millisecond, "stuck", func() error { <-block; return nil })
	}()
	<-finished
	if rec.fatal != "stuck: still running after 10ms" {
		t.Errorf("fatal message %q", rec.fatal)
	}
}

// recorder records a Fatalf instead of failing the test.
type recorder struct {
	testing.TB
	fatal string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
