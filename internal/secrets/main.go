package secrets

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/progress"
)

// Main runs "awsvet secrets" with the arguments after "secrets" and
// returns the exit code: 0 no findings, 1 findings, 2 failure.
func Main(args []string, stdout, stderr io.Writer) int {
	code, err := run(args, stdout, stderr)
	return cli.Finish(stderr, "awsvet secrets", code, err)
}

type options struct {
	out        cli.Output
	config     string
	includeGo  bool
	maxSizeMB  int
	staged     bool
	since      string
	history    historyFlag
	cpuProfile string
	quiet      bool
	fixtures   grade
}

// DefaultMaxSizeMB is the default -max-size: larger files are generated
// data (API models, dumps), not where people paste keys, and are reported
// as skipped.
const DefaultMaxSizeMB = 8

func (o *options) register(fs *flag.FlagSet) {
	o.out.Register(fs)
	fs.StringVar(&o.config, "config", "", "gitleaks TOML configuration `file` extending the default rules ([extend] useDefault, disabledRules, [[rules]], [[allowlists]])")
	fs.BoolVar(&o.includeGo, "include-go", false, "scan .go files too (by default the analyzers check them, with type information)")
	fs.IntVar(&o.maxSizeMB, "max-size", DefaultMaxSizeMB, "skip, with a note, files larger than this many `MB` (0: no limit)")
	fs.BoolVar(&o.staged, "staged", false, "scan the staged content (the git index) of added and modified files: the pre-commit check")
	fs.StringVar(&o.since, "since", "", "report only lines added by the commits since `REV` (from the merge base of REV and HEAD to HEAD): pull-request gating")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on a terminal")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the scan to `file` (for the benchmark)")
	o.fixtures = gradeNote
	fs.Var(fixturesFlag{&o.fixtures}, "fixtures", "the `level` of findings in test fixtures and documentation (testdata, *_test.go, *.md, docs/, .env.example): note (the lower level, the default), full (as any other finding) or off (not reported)")
	fs.Var(&o.history, "history", "scan every commit (-history, all refs) or a range (-history=main..topic), each secret reported once at the commit that introduced it")
}

func run(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("awsvet secrets", flag.ContinueOnError)
	var o options
	o.register(fs)
	if code, err, done := cli.ParseFlags(fs, args, stdout, func(w io.Writer) { usage(fs, w) }); done {
		return code, err
	}
	if err := o.out.Check(fs); err != nil {
		return cli.ExitFailure, err
	}
	if flagGiven(fs, "since") && o.since == "" {
		// An empty revision would otherwise turn the mode off: a gate
		// scripted as -since "$BASE" must not scan nothing or everything
		// when $BASE is unset.
		return cli.ExitFailure, errors.New("-since needs a revision (a branch, tag or commit)")
	}
	modes := 0
	for _, on := range []bool{o.staged, o.since != "", o.history.on} {
		if on {
			modes++
		}
	}
	if modes > 1 {
		return cli.ExitFailure, errors.New("-staged, -since and -history exclude each other")
	}
	if o.maxSizeMB < 0 {
		return cli.ExitFailure, errors.New("-max-size must be 0 (no limit) or more")
	}

	// The detector's one-time build (gitleaks' configuration, tens of ms)
	// overlaps with finding the repository root (a git process).
	type built struct {
		det Detector
		err error
	}
	detector := make(chan built, 1)
	go func() {
		d, err := newDetector(o.config)
		detector <- built{d, err}
	}()

	line := progress.New(stderr, o.quiet)
	defer line.Done()
	line.Stage("scanning files", -1)
	log := &logger{w: stderr, line: line}
	var root string
	if modes > 0 {
		top, err := gitTop(".", o.history.on)
		if err != nil {
			return cli.ExitFailure, err
		}
		root = top
	} else {
		root = cli.RepoRoot()
	}
	ignore, err := readGitleaksIgnore(filepath.Join(root, ".gitleaksignore"), log)
	if err != nil {
		return cli.ExitFailure, err
	}
	b := <-detector
	if b.err != nil {
		return cli.ExitFailure, b.err
	}
	s := &scanner{
		det:     b.det,
		chunks:  defaultChunking,
		maxSize: int64(o.maxSizeMB) << 20,
		ignore:  ignore,
		grade:   o.fixtures,
		refs:    &testRefs{top: root},
		log:     log,
	}
	w := &walker{root: root, includeGo: o.includeGo, log: log}

	var produce func(chan<- item) error
	switch {
	case o.staged:
		produce = stagedItems(w, s, fs.Args())
	case o.since != "":
		produce = sinceItems(w, s, o.since, fs.Args())
	case o.history.on:
		revs := append(o.history.revs, fs.Args()...)
		for _, r := range revs {
			if strings.HasPrefix(r, "-") {
				return cli.ExitFailure, fmt.Errorf("-history: %q is not a revision range", r)
			}
		}
		produce = historyItems(w, s, revs)
	default:
		paths := fs.Args()
		if len(paths) == 0 {
			paths = []string{"."}
		}
		produce = w.produce(paths)
	}
	if o.cpuProfile != "" {
		stop, err := startCPUProfile(o.cpuProfile)
		if err != nil {
			return cli.ExitFailure, err
		}
		defer stop()
	}
	hits, err := s.run(produce)
	line.Done() // the findings follow on a clean terminal
	if err != nil {
		return cli.ExitFailure, err
	}
	if o.history.on {
		hits = firstIntroduced(hits)
	}
	findings := make([]output.Finding, len(hits))
	for i, h := range hits {
		findings[i] = h.Finding
	}
	return o.out.Emit(stdout, sarifRules(hits), output.Sort(findings))
}

// flagGiven reports whether the flag was on the command line, even with
// an empty value.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("-cpuprofile: %v", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("-cpuprofile: %v", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func newDetector(configFile string) (Detector, error) {
	d, err := detect.ForConfig(configFile)
	if err != nil {
		return nil, fmt.Errorf("-config %v", err)
	}
	return d, nil
}

// historyFlag is -history with an optional value: "-history" scans every
// ref, "-history=main..topic" a range.
type historyFlag struct {
	on   bool
	revs []string
}

func (h *historyFlag) IsBoolFlag() bool { return true }

func (h *historyFlag) String() string {
	if h == nil || !h.on {
		return ""
	}
	return strings.Join(h.revs, " ")
}

func (h *historyFlag) Set(v string) error {
	switch v {
	case "true":
		h.on = true
	case "false":
		h.on, h.revs = false, nil
	default:
		h.on = true
		h.revs = append(h.revs, v)
	}
	return nil
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fs.SetOutput(w)
	fmt.Fprint(w, `awsvet secrets: find secrets (AWS keys, tokens, private keys) in non-Go files.

Usage:
	awsvet secrets [flags] [PATH...]          files and directories (default .)
	awsvet secrets -staged [PATHSPEC...]      what is staged for the next commit
	awsvet secrets -since REV [PATHSPEC...]   lines added since REV
	awsvet secrets -history[=RANGE] [RANGE]   every commit (default all refs)

Rules are gitleaks' defaults plus awsvet's AWS rules; findings are named
secrets/<rule-id>. Findings in test fixtures and documentation are notes
(-fixtures). Exit codes: 0 no findings, 1 findings (notes included), 2
failure.

Flags:
`)
	fs.PrintDefaults()
}
