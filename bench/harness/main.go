// Command harness is awsvet's benchmark: for each module of a pinned
// corpus (bench/corpus.txt) it times, as whole processes, the type-check
// floor (bench/noop), awsvet with every rule and gosec with only G101, and
// prints the medians side by side with awsvet's ratios. bench/run.sh builds
// the binaries and calls it; see bench/README.md.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/awsvet/awsvet/internal/sdk"
)

func main() {
	corpus := flag.String("corpus", "bench/corpus.txt", "the corpus list")
	work := flag.String("work", "bench/corpus", "where writable copies of the modules live")
	out := flag.String("out", "bench/out", "where results are written")
	bin := flag.String("bin", "bench/out/bin", "directory holding the noop, awsvet and gosec binaries")
	runs := flag.Int("runs", 3, "timed runs of each tool per module (the median is reported)")
	only := flag.String("only", "", "comma-separated corpus names to run (default all)")
	prepareOnly := flag.Bool("prepare", false, "only fetch and prepare the corpus (warm the module cache)")
	flag.StringVar(&awsvetBuild, "awsvet-build", "", "what the awsvet binary was built from (default: git describe of the work tree)")
	flag.Parse()
	if err := run(*corpus, *work, *out, *bin, *runs, *only, *prepareOnly); err != nil {
		fmt.Fprintln(os.Stderr, "harness:", err)
		os.Exit(2)
	}
}

func run(corpusPath, work, out, bin string, runs int, only string, prepareOnly bool) error {
	f, err := os.Open(corpusPath)
	if err != nil {
		return err
	}
	mods, err := ParseCorpus(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %v", corpusPath, err)
	}
	mods = selectModules(mods, only)
	if len(mods) == 0 {
		return fmt.Errorf("no corpus module matches -only=%s", only)
	}
	for _, d := range []string{work, out, filepath.Join(out, "findings")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	work, _ = filepath.Abs(work)
	out, _ = filepath.Abs(out)
	bin, _ = filepath.Abs(bin)
	tools := toolsIn(bin, out)
	machine := describeMachine()
	fmt.Println(machine)

	var results []Result
	for _, m := range mods {
		r := Result{Module: m.Name, Version: m.Path + "@" + m.Version, Samples: map[string][]Sample{}}
		dir, err := Prepare(m, work, os.Stderr)
		if err == nil {
			r.Packages, r.SDKPkgs, err = countPackages(dir, m.Patterns)
		}
		if err != nil {
			r.Error = err.Error()
			fmt.Fprintf(os.Stderr, "%s: %v\n", m.Name, err)
		}
		if err == nil && !prepareOnly {
			measure(&r, m, dir, out, tools, runs)
		}
		results = append(results, r)
		if !prepareOnly {
			if err := save(out, machine, results); err != nil {
				return err
			}
		}
	}
	if prepareOnly {
		return nil
	}
	fmt.Println()
	WriteTable(os.Stdout, results)
	fmt.Printf("\nresults: %s\n", filepath.Join(out, "results.md"))
	return nil
}

func selectModules(mods []Module, only string) []Module {
	if only == "" {
		return mods
	}
	names := strings.Split(only, ",")
	var out []Module
	for _, m := range mods {
		if slices.Contains(names, m.Name) {
			out = append(out, m)
		}
	}
	return out
}

// toolsIn lists the commands compared, from binaries in bin; a missing
// binary drops its column (shown as n/a) rather than the whole run.
func toolsIn(bin, out string) []Tool {
	all := []Tool{
		{Name: "floor", Argv: []string{filepath.Join(bin, "noop")}, OKExit: []int{0}},
		{Name: "awsvet", Argv: []string{filepath.Join(bin, "awsvet")}, OKExit: []int{0, 1}},
		// gosec loads and type-checks every package as well, then runs
		// only G101 (hard-coded credentials). -tests because awsvet and
		// the floor analyze test files too; -no-fail so findings exit 0.
		{Name: "gosec", Argv: []string{filepath.Join(bin, "gosec"), "-quiet", "-include=G101", "-tests", "-no-fail", "-fmt=json", "-out=" + os.DevNull}, OKExit: []int{0}},
	}
	var tools []Tool
	for _, t := range all {
		if _, err := os.Stat(t.Argv[0]); err != nil {
			fmt.Fprintf(os.Stderr, "harness: %s not found, skipping %s\n", t.Argv[0], t.Name)
			continue
		}
		tools = append(tools, t)
	}
	return tools
}

// measure warms the caches with one untimed run of each tool (awsvet's
// findings of that run are kept for review), then times runs rounds,
// tools interleaved so that a burst of load elsewhere spreads across them.
func measure(r *Result, m Module, dir, out string, tools []Tool, runs int) {
	env := goEnv()
	for _, t := range tools {
		stdout := ""
		argv := append(slices.Clone(t.Argv), m.Patterns...)
		if t.Name == "awsvet" {
			stdout = filepath.Join(out, "findings", m.Name+".json")
			argv = append(append(slices.Clone(t.Argv), "-json"), m.Patterns...)
		}
		s := Run(dir, env, stdout, t.OKExit, argv...)
		fmt.Fprintf(os.Stderr, "%s: warm-up %s: %v\n", m.Name, t.Name, s)
		if !s.Success {
			r.Error = fmt.Sprintf("%s failed (exit %d): %s", t.Name, s.Exit, s.Stderr)
			return
		}
	}
	for i := 0; i < runs; i++ {
		for _, t := range tools {
			s := Run(dir, env, "", t.OKExit, append(slices.Clone(t.Argv), m.Patterns...)...)
			fmt.Fprintf(os.Stderr, "%s: run %d %s: %v\n", m.Name, i+1, t.Name, s)
			r.Samples[t.Name] = append(r.Samples[t.Name], s)
		}
	}
}

// countPackages counts the packages the patterns match and those among
// them whose files (tests included) import either SDK: the packages where
// awsvet's SDK rules do more than return.
func countPackages(dir string, patterns []string) (all, sdkPkgs int, err error) {
	args := append([]string{"list", "-e", "-f", "{{.ImportPath}} {{join .Imports \" \"}} {{join .TestImports \" \"}} {{join .XTestImports \" \"}}"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, goEnv()
	var errb bytes.Buffer
	cmd.Stderr = &errb
	outb, err := cmd.Output()
	if err != nil {
		return 0, 0, fmt.Errorf("go list: %v: %s", err, tail(errb.String(), 500))
	}
	for _, line := range strings.Split(strings.TrimSpace(string(outb)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		all++
		if slices.ContainsFunc(f[1:], sdk.IsSDK) {
			sdkPkgs++
		}
	}
	return all, sdkPkgs, nil
}

// awsvetBuild says what the awsvet binary was built from.
var awsvetBuild string

// describeMachine says what the figures were measured on, including the
// load average: figures taken on a busy machine are not final.
func describeMachine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		mem, _, _ = strings.Cut(string(data), "\n")
		mem = strings.Join(strings.Fields(mem), " ")
	}
	load, _ := os.ReadFile("/proc/loadavg")
	goVersion, _ := exec.Command("go", "version").Output()
	build := awsvetBuild
	if build == "" {
		out, _ := exec.Command("git", "describe", "--always", "--dirty").Output()
		build = "work tree " + strings.TrimSpace(string(out))
	}
	return fmt.Sprintf("machine: %d CPUs (%s), %s; %s; awsvet %s; load average at start %s; %s",
		runtime.NumCPU(), cpu, mem, strings.TrimSpace(string(goVersion)),
		build, strings.Join(strings.Fields(string(load))[:3], " "), time.Now().UTC().Format(time.RFC3339))
}

// save writes results.json (every sample) and results.md (the table).
func save(out, machine string, results []Result) error {
	data, err := json.MarshalIndent(struct {
		Machine string   `json:"machine"`
		Results []Result `json:"results"`
	}{machine, results}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "results.json"), data, 0o644); err != nil {
		return err
	}
	var md bytes.Buffer
	fmt.Fprintf(&md, "%s\n\n", machine)
	WriteTable(&md, results)
	return os.WriteFile(filepath.Join(out, "results.md"), md.Bytes(), 0o644)
}
