package detect_test

import (
	"encoding/json"
	"os"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/detect/detecttest"
	"github.com/awsvet/awsvet/internal/redact"
)

// TestCorpusReport scans AWSVET_CORPUS and writes every finding (redacted,
// with the text before it) to AWSVET_CORPUS_REPORT as JSON lines, then
// logs the counts by rule and the CPU time: the precision review of issue
// 10. It does nothing without both variables.
func TestCorpusReport(t *testing.T) {
	out := os.Getenv("AWSVET_CORPUS_REPORT")
	if out == "" || os.Getenv("AWSVET_CORPUS") == "" {
		t.Skip("AWSVET_CORPUS and AWSVET_CORPUS_REPORT not set")
	}
	files, total := loadCorpus(t, 1<<40)
	d := detecttest.Default(t)
	type row struct {
		Rule, Path, Secret, Before string
		High                       bool
	}
	var (
		mu   sync.Mutex
		rows []row
		wg   sync.WaitGroup
		next = make(chan corpusFile)
	)
	cpu0, t0 := cpuTime(), time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				for _, fd := range d.Scan(f.path, f.text) {
					mu.Lock()
					rows = append(rows, row{fd.RuleID, f.path, redact.Secret(fd.Secret), excerpt(f.text, fd.Start, fd.End), fd.HighConfidence})
					mu.Unlock()
				}
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	cpu, wall := cpuTime()-cpu0, time.Since(t0)
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	counts := map[string]int{}
	for _, r := range rows {
		enc.Encode(r)
		counts[r.Rule]++
	}
	var ids []string
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t.Logf("%-40s %d", id, counts[id])
	}
	t.Logf("%d findings in %d files, %.0f MB; wall %v, CPU %v (%.1f MB per CPU second)",
		len(rows), len(files), float64(total)/1e6, wall, cpu, float64(total)/1e6/cpu.Seconds())
}
