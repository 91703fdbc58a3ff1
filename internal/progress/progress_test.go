package progress

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the line's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls until the buffer holds want, or fails after a while.
func waitFor(t *testing.T, buf *syncBuffer, want string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if strings.Contains(buf.String(), want) {
			return
		}
	}
	t.Fatalf("progress line never showed %q; got %q", want, buf.String())
}

func TestLineCountsInPlaceAndClears(t *testing.T) {
	var buf syncBuffer
	l := Start(&buf, 0, time.Millisecond)
	l.Stage("analysing packages", 3)
	l.Add(1)
	l.Add(1)
	waitFor(t, &buf, "\rawsvet: analysing packages 2/3 (")
	l.Done()
	out := buf.String()
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("Done does not clear the line: %q", out)
	}
	if strings.Contains(out, "\n") {
		t.Errorf("the progress line wrote a newline (it must update in place): %q", out)
	}
	n := len(out)
	time.Sleep(20 * time.Millisecond)
	if len(buf.String()) != n {
		t.Errorf("the line kept writing after Done: %q", buf.String()[n:])
	}
}

func TestQuickRunsStaySilent(t *testing.T) {
	var buf syncBuffer
	l := Start(&buf, time.Hour, time.Millisecond)
	l.Stage("loading packages", 0)
	l.Done()
	if buf.String() != "" {
		t.Errorf("a run shorter than the delay wrote %q", buf.String())
	}
}

func TestNotATerminalIsQuiet(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	for name, f := range map[string]*os.File{"a pipe": w, os.DevNull: devnull} {
		if l := New(f, false); l != nil {
			l.Done()
			t.Errorf("New on %s returned a line; want nil (quiet)", name)
		}
	}
	var buf bytes.Buffer
	if New(&buf, false) != nil {
		t.Error("New on a buffer returned a line; want nil (quiet)")
	}
	var quiet *Line // the nil line's methods do nothing
	quiet.Stage("x", 1)
	quiet.Add(1)
	quiet.Done()
}

func TestUncountedTotalAndNotesOnAClearLine(t *testing.T) {
	var buf syncBuffer
	l := Start(&buf, 0, time.Millisecond)
	l.Stage("scanning files", -1)
	l.Add(7)
	waitFor(t, &buf, "\rawsvet: scanning files 7 (")
	l.Print(func() { buf.Write([]byte("awsvet secrets: skipped x\n")) })
	l.Done()
	out := buf.String()
	if !strings.Contains(out, "\r\x1b[Kawsvet secrets: skipped x\n") {
		t.Errorf("a note was not written on a cleared line: %q", out)
	}
}
