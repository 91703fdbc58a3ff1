package delay

import "testing"

const opHelpers = `
func op(s string) error { return nil }
func settle() { time.Sleep(time.Second) }
func record() {}
var _ = strconv.Itoa
var _ time.Duration
var _ context.Context
`

func TestWalksItemsTellsAWalkFromARetryOfOneRequest(t *testing.T) {
	cases := []struct {
		name, body string
		want       bool
	}{
		{"the item of the pass", `for i := 0; i < 3; i++ { op(items[i]) }`, true},
		{"range key indexes the items", `for i := range items { op(items[i]) }`, true},
		{"a name built from the counter", `for i := 0; i < 3; i++ { name := "job-" + strconv.Itoa(i); op(name) }`, true},
		{"a name built from a copy of the counter", `for i := 0; i < 3; i++ { n := i; name := strconv.Itoa(n); op(name) }`, true},
		{"a hand-kept counter", `n := 0; for { op(items[n]); n++ }`, true},
		{"bounded by a length", `for i := 0; i < len(items); i += 10 { op(base) }`, true},
		{"a length on the right", `for i := 0; len(items) > i; i++ { op(base) }`, true},
		{"all but the last", `for i := 0; i < len(items)-1; i++ { op(base) }`, true},
		{"a variable reset each pass is no counter", `for { n := 0; op(items[n]); n++ }`, false},
		{"the same request each pass", `for i := 0; i < 3; i++ { op(base) }`, false},
		{"range over items, one request", `for i := range items { _ = i; op(base) }`, false},
		{"a length against a constant asks whether work is left", `for i := 0; len(items) > 0 && i < 5; i++ { op(items[0]) }`, false},
		{"a variable set once in the pass from an invariant", `for i := 0; i < 3; i++ { name := base; op(name) }`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := load(t, "context strconv time", opHelpers+"func run(items []string, base string) {\n"+c.body+"\n}")
			if got := f.of().WalksItems(f.call("op")); got != c.want {
				t.Errorf("WalksItems = %v, want %v\n%s", got, c.want, c.body)
			}
		})
	}
}

func TestDependsOnCounterIgnoresTheLoopBound(t *testing.T) {
	// WalksItems says yes for a loop up to a length; DependsOnCounter
	// looks only at the call.
	f := load(t, "context strconv time", opHelpers+`func run(items []string, base string) {
	for i := 0; i < len(items); i++ { op(base) }
}`)
	if f.of().DependsOnCounter(f.call("op")) {
		t.Error("DependsOnCounter(op(base)) = true, want false")
	}
	if !f.of().WalksItems(f.call("op")) {
		t.Error("WalksItems(op(base)) in a loop up to len(items) = false, want true")
	}
}

// The variables a loop derives from its counter are found by passes over
// a map: the answer must not depend on the order the map is walked in.
func TestDependsOnCounterFollowsDerivedVariablesWhateverTheMapOrder(t *testing.T) {
	cases := []struct {
		name, body string
		bug        string
	}{
		{"two links: name from the counter, input from name",
			`for i := 0; i < 3; i++ { name := strconv.Itoa(i); in := &name; op(*in) }`, ""},
		{"three links: a copy, a name, an input",
			`for i := 0; i < 3; i++ { n := i + 1; name := strconv.Itoa(n); in := &name; op(*in) }`, ""},
		{"four links", `for i := 0; i < 3; i++ { n := i + 1; m := n * 2; name := strconv.Itoa(m); in := &name; op(*in) }`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.bug != "" {
				t.Skip("known bug: " + c.bug)
			}
			f := load(t, "context strconv time", opHelpers+"func run(items []string, base string) {\n"+c.body+"\n}")
			for run := range 64 {
				if !f.of().DependsOnCounter(f.call("op")) {
					t.Fatalf("run %d: DependsOnCounter = false, want true\n%s", run, c.body)
				}
			}
		})
	}
}

func TestWaitsOnErrorPathLooksBeforeTheBranchEnds(t *testing.T) {
	cases := []struct {
		name, body string
		want       bool
	}{
		{"sleep in the branch", `for { if err := op(base); err != nil { time.Sleep(time.Second); continue }; return }`, true},
		{"sleep before the branch", `for { time.Sleep(time.Second); if err := op(base); err != nil { continue }; return }`, true},
		{"ticker at the top", `tk := time.NewTicker(time.Second); for { <-tk.C; if err := op(base); err != nil { continue }; return }`, true},
		{"sleep in the post statement", `for i := 0; i < 3; time.Sleep(time.Second) { if err := op(base); err != nil { continue }; i++ }`, true},
		{"a helper of the package that sleeps", `for { if err := op(base); err != nil { settle(); continue }; return }`, true},
		{"a channel send may block", `for { out <- 1; if err := op(base); err != nil { continue }; return }`, true},
		{"ctx.Done or time.After in the branch", `for { if err := op(base); err != nil { select { case <-ctx.Done(): return; case <-time.After(time.Second): }; continue }; return }`, true},
		{"sleep after the branch only", `for { if err := op(base); err != nil { continue }; time.Sleep(time.Second) }`, false},
		{"no wait", `for { if err := op(base); err != nil { record(); continue }; return }`, false},
		{"only a ctx.Done check", `for { if err := op(base); err != nil { select { case <-ctx.Done(): return; default: }; continue }; return }`, false},
		{"a sleep in another goroutine", `for { go func() { time.Sleep(time.Second) }(); if err := op(base); err != nil { continue }; return }`, false},
		{"a send after the branch", `for { if err := op(base); err != nil { continue }; out <- 1 }`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := load(t, "context strconv time", opHelpers+"func run(ctx context.Context, base string, out chan int) {\n"+c.body+"\n}")
			body, branch := f.branch()
			if got := f.of().WaitsOnErrorPath(f.loop(), body, branch); got != c.want {
				t.Errorf("WaitsOnErrorPath = %v, want %v\n%s", got, c.want, c.body)
			}
		})
	}
}
