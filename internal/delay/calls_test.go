package delay

import (
	"go/ast"
	"go/types"
	"testing"
)

const delayHelpers = `
func jitter(base time.Duration) time.Duration { return base }
func seconds(n int, unit string) time.Duration { return time.Duration(n) * time.Second }
func fromPointer(d *time.Duration) time.Duration { return *d }
func fromState(s *policy) time.Duration { return 0 }
func fromSlice(ds []time.Duration) time.Duration { return ds[0] }
func fromNothing() time.Duration { return time.Second }
func spread(ds ...time.Duration) time.Duration { return 0 }
func count(d time.Duration) int { return 0 }
func withErr(d time.Duration) (time.Duration, error) { return d, nil }
type policy struct{ base time.Duration }
func (p policy) Delay(d time.Duration) time.Duration { return p.base }
`

func TestComputesDelayOnlyForStatelessPackageFunctionsOfValues(t *testing.T) {
	cases := []struct {
		call string // the callee as spelled in run
		want bool
		bug  string // when set, why the package answers otherwise today
	}{
		{"jitter", true, ""},       // a duration argument
		{"seconds", true, ""},      // a number and a string
		{"fromPointer", false, ""}, // a pointer may carry state
		{"fromState", false, ""},
		{"fromSlice", false, ""},          // so may a slice
		{"fromNothing", false, ""},        // no argument: may read a package counter
		{"spread", false, ""},             // variadic
		{"count", false, ""},              // returns no duration
		{"withErr", false, ""},            // returns more than a duration
		{"p.Delay", false, ""},            // a method may keep state in its receiver
		{"time.Duration", false, ""},      // a conversion calls nothing
		{"time.ParseDuration", false, ""}, // two results
		{"rand.Int63n", false, ""},        // returns int64, not a duration
		{"time.Since", false, ""},         // a time.Time is a struct, not a basic value
	}
	f := load(t, "math/rand time", delayHelpers+`
func run(d time.Duration, p policy, t0 time.Time) {
	for {
		_ = jitter(d)
		_ = seconds(2, "s")
		_ = fromPointer(&d)
		_ = fromState(nil)
		_ = fromSlice([]time.Duration{d})
		_ = fromNothing()
		_ = spread(d, d)
		_ = count(d)
		_, _ = withErr(d)
		_ = p.Delay(d)
		_ = time.Duration(3)
		_, _ = time.ParseDuration("1s")
		_ = rand.Int63n(5)
		_ = time.Since(t0)
	}
}`)
	for _, c := range cases {
		if c.bug != "" {
			t.Logf("skipped %s: known bug: %s", c.call, c.bug)
			continue
		}
		if got := ComputesDelay(f.info, f.call(c.call)); got != c.want {
			t.Errorf("ComputesDelay(%s(...)) = %v, want %v", c.call, got, c.want)
		}
	}
}

func TestPacesNamesTheFunctionsOfTimeThatSetAWait(t *testing.T) {
	f := load(t, "time", "var _ time.Duration")
	timePkg := f.pkg.Imports()[0]
	member := func(typ, name string) *types.Func {
		t.Helper()
		if typ == "" {
			return timePkg.Scope().Lookup(name).(*types.Func)
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(timePkg.Scope().Lookup(typ).Type()), true, timePkg, name)
		return obj.(*types.Func)
	}
	cases := []struct {
		typ, name string
		want      bool
	}{
		{"", "Sleep", true},
		{"", "After", true},
		{"", "NewTimer", true},
		{"", "AfterFunc", true},
		{"Timer", "Reset", true},
		{"", "Tick", true},
		{"", "NewTicker", true},
		{"Ticker", "Reset", true},
		{"", "Now", false},
		{"", "Since", false},
		{"", "ParseDuration", false},
		{"Timer", "Stop", false},
		{"Ticker", "Stop", false},
		{"Time", "Add", false},
	}
	for _, c := range cases {
		if got := Paces(member(c.typ, c.name)); got != c.want {
			t.Errorf("Paces(%s.%s) = %v, want %v", c.typ, c.name, got, c.want)
		}
	}
}

func TestPacesIgnoresFunctionsOfOtherPackagesNamedLikeTime(t *testing.T) {
	f := load(t, "", "func Sleep(n int) {}\nfunc After(n int) {}\nfunc NewTicker(n int) {}")
	for _, name := range []string{"Sleep", "After", "NewTicker"} {
		if Paces(f.pkg.Scope().Lookup(name).(*types.Func)) {
			t.Errorf("Paces(p.%s) = true, want false: only package time's functions wait", name)
		}
	}
}

func TestMentionsFindsAUseOfOneOfTheObjects(t *testing.T) {
	f := load(t, "", `
func op(s string, n int) {}
func run(items []string, other int) {
	op(items[0], other)
	op("items", 1)
	op(func() string { return items[1] }(), 2)
}`)
	items := f.pkg.Scope().Lookup("run").(*types.Func).Type().(*types.Signature).Params().At(0)
	cases := []struct {
		stmt int
		objs map[types.Object]bool
		want bool
	}{
		{0, map[types.Object]bool{items: true}, true},
		{0, map[types.Object]bool{}, false},
		{1, map[types.Object]bool{items: true}, false}, // a string that spells the name is no use
		{2, map[types.Object]bool{items: true}, true},  // a use inside a closure counts
	}
	for _, c := range cases {
		stmt := f.funcDecl("run").Body.List[c.stmt]
		if got := Mentions(f.info, stmt, c.objs); got != c.want {
			t.Errorf("Mentions(%s, %d objects) = %v, want %v", types.ExprString(stmt.(*ast.ExprStmt).X), len(c.objs), got, c.want)
		}
	}
}

func TestABackoffLibraryMarksTheLoopAndComputesNoPlainDelay(t *testing.T) {
	cases := []struct {
		name, body string
		library    bool
	}{
		{"a library's backoff", `b := &backoff.Backoff{Min: d}; for { op(); time.Sleep(b.Duration()) }`, true},
		{"a library's function", `for { op(); time.Sleep(backoff.Jitter(d)) }`, true},
		{"a plain sleep", `for { op(); time.Sleep(d) }`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := load(t, "time github.com/jpillora/backoff", "var _ backoff.Backoff\nfunc op() {}\nfunc run(d time.Duration) {\n"+c.body+"\n}")
			loop := f.of()
			wait := loop.Wait()
			if loop.Library != c.library {
				t.Errorf("Library = %v, want %v\n%s", loop.Library, c.library, c.body)
			}
			if c.library && wait != Expo && wait != Unknown {
				t.Errorf("Wait() = %v, want expo or unknown: a library decides the pace\n%s", wait, c.body)
			}
		})
	}
	f := load(t, "time github.com/jpillora/backoff", "func run(d time.Duration) { _ = backoff.Jitter(d) }")
	if ComputesDelay(f.info, f.call("backoff.Jitter")) {
		t.Error("ComputesDelay(backoff.Jitter(d)) = true, want false: a backoff library's delays are the library's")
	}
}
