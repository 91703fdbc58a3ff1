package detect_test

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// BenchmarkScan measures the windowed engine and gitleaks' whole-text way
// on the same rules and corpus (MB/s is the corpus size over the time of
// one pass). Run with AWSVET_CORPUS=<dir> for a large tree:
//
//	go test -run XXX -bench Scan -benchtime 3x ./internal/detect
func BenchmarkScan(b *testing.B) {
	files, total := loadCorpus(b, 1<<30)
	d := detecttest.Default(b)
	for _, c := range []struct {
		name string
		d    *detect.Detector
	}{{"windows", d}, {"wholetext", detect.WholeText(d)}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			n := 0
			cpu0 := cpuTime()
			for b.Loop() {
				n = 0
				for _, f := range files {
					n += len(c.d.Scan(f.path, f.text))
				}
			}
			reportCPU(b, total, cpu0)
			b.ReportMetric(float64(n), "findings")
		})
		b.Run(c.name+"-parallel", func(b *testing.B) {
			b.SetBytes(int64(total))
			cpu0 := cpuTime()
			defer reportCPU(b, total, cpu0)
			for b.Loop() {
				var next atomic.Int64
				done := make(chan struct{})
				for range runtime.GOMAXPROCS(0) {
					go func() {
						for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
							c.d.Scan(files[i].path, files[i].text)
						}
						done <- struct{}{}
					}()
				}
				for range runtime.GOMAXPROCS(0) {
					<-done
				}
			}
		})
	}
}

// reportCPU reports MB per CPU second: on a loaded machine wall time
// says little, CPU time still compares the two ways.
func reportCPU(b *testing.B, total int, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkScanSmall is the per-call cost on a Go string literal.
func BenchmarkScanSmall(b *testing.B) {
	d := detecttest.Default(b)
	for b.Loop() {
		d.Scan("", "the key to the bucket is in the configuration file")
	}
}

// BenchmarkDefault is the default detector's build, what a one-file scan
// pays before scanning (rules compiled on first use).
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := detect.NewDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstScan is the build plus a first scan of a small file that
// meets a few rules (their compilation included).
func BenchmarkFirstScan(b *testing.B) {
	text := "db:\n  host: db.internal\n  password: " + genericVal + "\ntoken: " + ghToken + "\n"
	for b.Loop() {
		d, err := detect.NewDefault()
		if err != nil {
			b.Fatal(err)
		}
		d.Scan("config.yaml", text)
	}
}

// BenchmarkWithConfig builds a detector on a configuration that extends
// the defaults (every rule compiled).
func BenchmarkWithConfig(b *testing.B) {
	detect.Default()
	for b.Loop() {
		if _, err := detect.WithConfig("[extend]\nuseDefault = true\n"); err != nil {
			b.Fatal(err)
		}
	}
}
