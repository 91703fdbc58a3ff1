package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

type tool struct {
	name         string
	args         func(path, report string, profile bool) []string
	counts       func(report []byte) (map[string]int, error)
	stdoutReport bool // the report is the standard output
}

type result struct {
	name            string
	wall, cpu       time.Duration // medians
	maxRSS          int64         // bytes, the largest of the runs
	bytes           int64
	byRule          map[string]int
	oneWall, oneCPU time.Duration
}

// measure runs a tool on the tree runs times (after one warm-up run that
// fills the page cache) and keeps the medians.
func measure(t tool, dir, report string, runs int) (result, error) {
	r := result{name: t.name}
	var walls, cpus []time.Duration
	for i := 0; i <= runs; i++ {
		wall, cpu, rss, stdout, err := timed(t.args(dir, report, i == runs))
		if err != nil {
			return r, err
		}
		if i == 0 {
			continue // warm-up
		}
		walls, cpus = append(walls, wall), append(cpus, cpu)
		r.maxRSS = max(r.maxRSS, rss)
		data := stdout
		if t.stdoutReport { // kept for review: awsvet's report names no secret
			err = os.WriteFile(report, stdout, 0o644)
		} else {
			data, err = os.ReadFile(report)
		}
		if err != nil {
			return r, err
		}
		if r.byRule, err = t.counts(data); err != nil {
			return r, err
		}
	}
	r.wall, r.cpu = median(walls), median(cpus)
	return r, nil
}

// measureOne times the tool on a one-file tree: a pre-commit run.
func measureOne(t tool, file, out string, runs int) (wall, cpu time.Duration, err error) {
	var walls, cpus []time.Duration
	report := filepath.Join(out, "one-report.json")
	for range runs {
		w, c, _, _, err := timed(t.args(file, report, false))
		if err != nil {
			return 0, 0, err
		}
		walls, cpus = append(walls, w), append(cpus, c)
	}
	return median(walls), median(cpus), nil
}

// timed runs a command and returns its wall and CPU (user+system) time,
// peak RSS and standard output. Exit codes 0 and 1 (findings) are success.
func timed(argv []string) (wall, cpu time.Duration, rss int64, stdout []byte, err error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return 0, 0, 0, nil, fmt.Errorf("%v: %v\n%s", argv, err, tail(errb.Bytes()))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss * 1024
	}
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return wall, cpu, rss, out.Bytes(), nil
}

func tail(b []byte) []byte {
	if len(b) > 2000 {
		return b[len(b)-2000:]
	}
	return b
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// oneFile writes the file of the one-file run: a typical .env of a
// service, with no secret, alone in its directory (outside any git tree).
func oneFile(out string) (string, error) {
	dir, err := os.MkdirTemp("", "awsvet-one-")
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	for i := range 40 {
		fmt.Fprintf(&b, "SERVICE_SETTING_%02d=value-%d\n", i, i*7)
	}
	b.WriteString("AWS_REGION=us-east-1\nAWS_PROFILE=deploy\n")
	p := filepath.Join(dir, "app.env")
	return p, os.WriteFile(p, b.Bytes(), 0o644)
}

func gitleaksCounts(report []byte) (map[string]int, error) {
	var fs []struct{ RuleID string }
	if err := json.Unmarshal(report, &fs); err != nil {
		return nil, fmt.Errorf("gitleaks report: %v", err)
	}
	n := map[string]int{}
	for _, f := range fs {
		n[f.RuleID]++
	}
	return n, nil
}

func awsvetCounts(report []byte) (map[string]int, error) {
	var tree map[string]map[string][]json.RawMessage
	if err := json.Unmarshal(report, &tree); err != nil {
		return nil, fmt.Errorf("awsvet report: %v", err)
	}
	n := map[string]int{}
	for rule, ds := range tree["secrets"] {
		n[rule[len("secrets/"):]] += len(ds)
	}
	return n, nil
}
