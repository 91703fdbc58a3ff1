package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
)

func mb(n int64) float64 { return float64(n) / (1 << 20) }

func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return mb(n) / d.Seconds()
}

// report prints the side-by-side table and writes it to a Markdown file.
func report(w io.Writer, file string, tree treeStats, rs []result) error {
	var b strings.Builder
	host, _ := os.Hostname()
	fmt.Fprintf(&b, "Machine: %s, %d CPUs (GOMAXPROCS %d), %s/%s; load average at the end: %s\n",
		host, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, loadAvg())
	fmt.Fprintf(&b, "Corpus: %d files, %.0f MB (%d modules)\n\n", tree.files, mb(tree.bytes), len(corpus))
	fmt.Fprintf(&b, "| tool | wall | MB/s (wall) | CPU | MB/s per CPU-second | peak RSS | one file (wall / CPU) | findings |\n")
	fmt.Fprintf(&b, "|---|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		total := 0
		for _, n := range r.byRule {
			total += n
		}
		fmt.Fprintf(&b, "| %s | %.1fs | %.1f | %.1fs | %.1f | %.0f MB | %.0f ms / %.0f ms | %d |\n",
			r.name, r.wall.Seconds(), rate(r.bytes, r.wall), r.cpu.Seconds(), rate(r.bytes, r.cpu),
			mb(r.maxRSS), ms(r.oneWall), ms(r.oneCPU), total)
	}
	if len(rs) > 1 && rs[0].wall > 0 {
		fmt.Fprintf(&b, "\nawsvet -include-go vs gitleaks: %.2fx throughput (wall), %.2fx (CPU); one file %.2fx gitleaks' wall time\n",
			rs[0].wall.Seconds()/rs[1].wall.Seconds(), rs[0].cpu.Seconds()/rs[1].cpu.Seconds(), rs[1].oneWall.Seconds()/rs[0].oneWall.Seconds())
	}
	fmt.Fprintf(&b, "\nFindings by rule:\n\n| rule |")
	for _, r := range rs {
		fmt.Fprintf(&b, " %s |", r.name)
	}
	fmt.Fprintf(&b, "\n|---|%s\n", strings.Repeat("---|", len(rs)))
	rules := map[string]bool{}
	for _, r := range rs {
		for id := range r.byRule {
			rules[id] = true
		}
	}
	var ids []string
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(&b, "| %s |", id)
		for _, r := range rs {
			fmt.Fprintf(&b, " %d |", r.byRule[id])
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return os.WriteFile(file, []byte(b.String()), 0o644)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
