// Command secrets is the benchmark of "awsvet secrets" against gitleaks:
// on a corpus of public modules that use the AWS SDK (fetched through the
// Go module proxy at pinned versions, copied into one tree), it runs both
// tools side by side and prints, for each: throughput (MB/s of wall time
// and of CPU time), peak RSS, the one-file time of a pre-commit run, and
// the findings by rule. bench/secrets-vs-gitleaks.sh builds the binaries
// and calls it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// corpus is the pinned module list: the SDK trees (v1 with its API model
// JSON, a large v2 service), and projects that configure AWS in YAML,
// JSON, Terraform and docs (Loki, external-dns, external-secrets,
// Prometheus). external-dns is pinned below its go 1.27 releases, which
// the go 1.26 toolchain here refuses to download.
var corpus = []string{
	"github.com/aws/aws-sdk-go@v1.55.8",
	"github.com/aws/aws-sdk-go-v2@v1.47.7",
	"github.com/aws/aws-sdk-go-v2/service/ec2@v1.200.0",
	"github.com/grafana/loki/v3@v3.7.8",
	"sigs.k8s.io/external-dns@v0.18.0",
	"github.com/external-secrets/external-secrets@v1.3.2",
	"github.com/prometheus/prometheus@v0.316.0",
}

func main() {
	dir := flag.String("corpus", filepath.Join(os.TempDir(), "awsvet-secrets-corpus"), "where the corpus tree is built (outside any git work tree)")
	awsvet := flag.String("awsvet", "bench/out/secrets/awsvet", "the awsvet binary")
	gitleaks := flag.String("gitleaks", "/tmp/gl/gitleaks", "the gitleaks binary")
	out := flag.String("out", "bench/out/secrets", "where reports and profiles are written")
	runs := flag.Int("runs", 3, "timed runs of each tree scan (the median is reported)")
	oneRuns := flag.Int("one-runs", 21, "timed runs of the one-file scan (the median is reported)")
	flag.Parse()
	if err := run(*dir, *awsvet, *gitleaks, *out, *runs, *oneRuns); err != nil {
		fmt.Fprintln(os.Stderr, "bench/secrets:", err)
		os.Exit(2)
	}
}

func run(dir, awsvet, gitleaks, out string, runs, oneRuns int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	tree, err := prepare(dir, corpus)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %s: %d modules, %d files, %.0f MB\n", dir, len(corpus), tree.files, mb(tree.bytes))

	tools := []tool{
		{name: "gitleaks dir", args: func(p, report string, _ bool) []string {
			return []string{gitleaks, "dir", p, "--no-banner", "--log-level", "error", "--exit-code", "0", "--report-format", "json", "--report-path", report}
		}, counts: gitleaksCounts},
		{name: "awsvet secrets -include-go -max-size=0", args: func(p, report string, profile bool) []string {
			args := []string{awsvet, "secrets", "-include-go", "-max-size=0", "-json"}
			if profile {
				args = append(args, "-cpuprofile", filepath.Join(out, "awsvet.cpu.pprof"))
			}
			return append(args, p)
		}, counts: awsvetCounts, stdoutReport: true},
		{name: "awsvet secrets (default: no .go, 8 MB limit)", args: func(p, report string, _ bool) []string {
			return []string{awsvet, "secrets", "-json", p}
		}, counts: awsvetCounts, stdoutReport: true},
	}
	var results []result
	for i, t := range tools {
		r, err := measure(t, dir, filepath.Join(out, fmt.Sprintf("report-%d.json", i)), runs)
		if err != nil {
			return fmt.Errorf("%s: %v", t.name, err)
		}
		r.bytes = tree.bytes
		results = append(results, r)
	}
	one, err := oneFile(out)
	if err != nil {
		return err
	}
	for i := range results {
		if results[i].oneWall, results[i].oneCPU, err = measureOne(tools[i], one, out, oneRuns); err != nil {
			return fmt.Errorf("%s one file: %v", tools[i].name, err)
		}
	}
	return report(os.Stdout, filepath.Join(out, "results.md"), tree, results)
}
