package detect_test

import (
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
)

func TestGitleaksDefault(t *testing.T) {
	cfg, err := detect.Gitleaks()
	if err != nil {
		t.Fatal(err)
	}
	r, ok := cfg.Rules["aws-access-token"]
	if !ok || r.Regex == nil || r.Entropy == 0 {
		t.Fatalf("aws-access-token rule missing or incomplete: %+v", r)
	}
	if len(cfg.Rules) < 100 {
		t.Fatalf("only %d default rules", len(cfg.Rules))
	}
}

func BenchmarkGitleaksLoad(b *testing.B) {
	cfg, _ := detect.Gitleaks()
	_ = cfg
	for b.Loop() {
		if _, err := detect.Load(detect.DefaultTOML()); err != nil {
			b.Fatal(err)
		}
	}
}
