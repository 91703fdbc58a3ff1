package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Tool is one command the harness compares.
type Tool struct {
	Name   string
	Argv   []string // the binary, then its arguments; the patterns are appended
	OKExit []int
}

// Result is one module's measurements.
type Result struct {
	Module   string              `json:"module"`
	Version  string              `json:"version"`
	Packages int                 `json:"packages"`
	SDKPkgs  int                 `json:"sdk_packages"` // packages that import either SDK directly
	Error    string              `json:"error,omitempty"`
	Samples  map[string][]Sample `json:"samples"`
}

// Median returns the median wall time and the median peak RSS (KiB) of the
// successful samples of tool, and how many there were.
func (r Result) Median(tool string) (time.Duration, int64, int) {
	var walls []time.Duration
	var rss []int64
	for _, s := range r.Samples[tool] {
		if s.Success {
			walls = append(walls, s.Wall)
			rss = append(rss, s.MaxRSS)
		}
	}
	return median(walls), median(rss), len(walls)
}

// median of a sample; for an even count, the mean of the middle two.
func median[T time.Duration | int64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Targets of issue 8.
const (
	targetVsFloor = 1.15
	targetVsGosec = 1.0
)

// ratio formats a/b with a verdict against the target, or "n/a".
func ratio(a, b float64, target float64) string {
	if a == 0 || b == 0 {
		return "n/a"
	}
	r := a / b
	verdict := ""
	if target > 0 && r > target {
		verdict = " (over)"
	}
	return fmt.Sprintf("%.2fx%s", r, verdict)
}

// WriteTable writes the results as a Markdown table: medians of wall time
// and peak RSS of the floor, awsvet and gosec G101, and awsvet's ratios.
func WriteTable(w io.Writer, results []Result) {
	fmt.Fprintln(w, "| module | pkgs | SDK pkgs | floor s | awsvet s | gosec G101 s | awsvet/floor | awsvet/gosec | floor MB | awsvet MB | gosec MB | awsvet/floor RSS | runs |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, r := range results {
		if r.Error != "" {
			fmt.Fprintf(w, "| %s | %d | %d | error: %s |\n", r.Module, r.Packages, r.SDKPkgs, oneLine(r.Error))
			continue
		}
		fw, fr, fn := r.Median("floor")
		aw, ar, an := r.Median("awsvet")
		gw, gr, gn := r.Median("gosec")
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d/%d/%d |\n",
			r.Module, r.Packages, r.SDKPkgs,
			secs(fw), secs(aw), secs(gw),
			ratio(aw.Seconds(), fw.Seconds(), targetVsFloor), ratio(aw.Seconds(), gw.Seconds(), targetVsGosec),
			mb(fr), mb(ar), mb(gr), ratio(float64(ar), float64(fr), 0), fn, an, gn)
	}
}

func secs(d time.Duration) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", d.Seconds())
}

func mb(kib int64) string {
	if kib == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d", kib>>10)
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return strings.ReplaceAll(s, "|", "/")
}
