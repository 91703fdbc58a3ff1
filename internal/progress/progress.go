// Package progress tells a person at a terminal what a long run is doing:
// one line on stderr, rewritten in place, that appears only once the work
// has taken more than Delay and only when stderr is a terminal. Nothing is
// written otherwise (pipes, files, CI logs, -q), so scripts see no noise.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Delay is how long work runs before the line appears: a quick run stays
// silent.
const Delay = 2 * time.Second

// Line is the progress line of one run. The zero of *Line (nil) is a
// quiet line: every method does nothing.
type Line struct {
	mu      sync.Mutex
	w       io.Writer
	start   time.Time
	stage   string
	done    int // items of the stage finished, -1 when not counted
	total   int
	shown   bool // something is on the terminal line
	stopped bool
	stop    chan struct{}
	tick    time.Duration
}

// New returns the progress line of a run that writes to stderr, or nil
// (quiet) when quiet is set or stderr is not a terminal.
func New(stderr io.Writer, quiet bool) *Line {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !isTerminal(f) {
		return nil
	}
	return Start(stderr, Delay, 250*time.Millisecond)
}

// Start returns a line that writes to w after delay, refreshing every tick.
// New is what commands call; tests call Start with a plain writer.
func Start(w io.Writer, delay, tick time.Duration) *Line {
	l := &Line{w: w, start: time.Now(), done: -1, stop: make(chan struct{}), tick: tick}
	go l.loop(delay)
	return l
}

func (l *Line) loop(delay time.Duration) {
	select {
	case <-time.After(delay):
	case <-l.stop:
		return
	}
	t := time.NewTicker(l.tick)
	defer t.Stop()
	for {
		l.draw()
		select {
		case <-t.C:
		case <-l.stop:
			return
		}
	}
}

// Stage names what the run does now ("loading packages"); total > 0 makes
// it counted out of total, total < 0 counted with no known total (Add
// moves the count), 0 not counted.
func (l *Line) Stage(stage string, total int) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stage, l.total, l.done = stage, total, -1
	if total != 0 {
		l.done = 0
	}
}

// Add counts n more items of the current stage as done.
func (l *Line) Add(n int) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done >= 0 {
		l.done += n
	}
}

func (l *Line) draw() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return
	}
	text := fmt.Sprintf("awsvet: %s", l.stage)
	switch {
	case l.done >= 0 && l.total > 0:
		text += fmt.Sprintf(" %d/%d", l.done, l.total)
	case l.done >= 0:
		text += fmt.Sprintf(" %d", l.done)
	}
	text += fmt.Sprintf(" (%ds)", int(time.Since(l.start).Seconds()))
	// \r and erase-to-end-of-line rewrite the line in place.
	fmt.Fprintf(l.w, "\r%s\x1b[K", text)
	l.shown = true
}

// Print runs write, which writes whole lines to the same stderr (a note, a
// warning), on a cleared line; the progress line comes back at the next
// refresh. On a nil line it just runs write.
func (l *Line) Print(write func()) {
	if l == nil {
		write()
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown && !l.stopped {
		fmt.Fprint(l.w, "\r\x1b[K")
		l.shown = false
	}
	write()
}

// Done clears the line; the run's own output follows on a clean terminal.
func (l *Line) Done() {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return
	}
	l.stopped = true
	close(l.stop)
	if l.shown {
		fmt.Fprint(l.w, "\r\x1b[K")
	}
}
