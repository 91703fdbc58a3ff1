package detect

import "github.com/zricethezav/gitleaks/v8/config"

func DefaultTOML() string { return config.DefaultConfig }

// WholeText returns a detector on d's rules that runs every rule whose
// keyword occurs over the whole text, as gitleaks does: the reference for
// the windowed engine.
func WholeText(d *Detector) *Detector {
	c := *d
	c.opts.wholeText = true
	return &c
}

// Spans exposes a rule's span for tests.
func Spans(d *Detector, id string) (lenBefore, lenAfter, nlBefore, nlAfter int, boundary bool) {
	sp := d.byID[id].span()
	return sp.lenBefore, sp.lenAfter, sp.nlBefore, sp.nlAfter, sp.boundaryBefore
}

// KeywordHits returns where each keyword occurrence the matcher finds ends,
// with the keyword.
func KeywordHits(d *Detector, text string) map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, h := range d.kw.find(text, nil) {
		out[[2]int{h.kw, h.end}] = true
	}
	return out
}

// RuleKeywords returns a rule's keywords.
func RuleKeywords(d *Detector, id string) []string { return d.byID[id].keywords }

// CompileAll compiles every rule of d, returning the first error.
func CompileAll(d *Detector) error {
	for _, r := range d.rules {
		if _, err := r.compile(); err != nil {
			return err
		}
	}
	return nil
}

// NewDefault builds a default detector afresh (Default builds one per
// process), for the build-time benchmark.
func NewDefault() (*Detector, error) { return lazyDefault() }

// ParseBoth parses a configuration directly and through viper.
func ParseBoth(src string) (direct, viaViper *config.ViperConfig, err error) {
	direct, _, err = parseConfig(src)
	if err != nil {
		return nil, nil, err
	}
	v, err := parseViper(src)
	if err != nil {
		return nil, nil, err
	}
	viaViper = &config.ViperConfig{}
	return direct, viaViper, v.Unmarshal(viaViper)
}

// AWSTOML is aws.toml.
func AWSTOML() string { return awsTOML }

// IsCompiled reports whether rule id of d has been compiled yet.
func IsCompiled(d *Detector, id string) bool {
	r := d.byID[id]
	return r != nil && r.cr != nil
}

// ShadowCost scans text and returns the findings and the bytes the
// generic-versus-specific check searched.
func ShadowCost(d *Detector, path, text string) (findings, searched int) {
	found, s := d.scan(Fragment{Path: path, Text: text})
	if s.shadows == nil {
		return len(found), 0
	}
	return len(found), s.shadows.searched
}

// Keywords returns, for tests, the detector's keywords (lowercase).
func (d *Detector) Keywords() []string { return append([]string(nil), d.keywords...) }

// Rule describes one rule of the detector, for tests.
type Rule struct {
	ID, Description string
	HighConfidence  bool
}

// Rules lists the detector's reportable rules in order.
func (d *Detector) Rules() []Rule {
	var out []Rule
	for _, r := range d.rules {
		if !r.skipReport {
			out = append(out, Rule{ID: r.id, Description: r.description, HighConfidence: r.kind == specific})
		}
	}
	return out
}

// Scan is ScanFragment on a path and a text, for tests.
func (d *Detector) Scan(path, text string) []Finding {
	return d.ScanFragment(Fragment{Path: path, Text: text})
}

// BlockCost scans text and returns the findings and the bytes the block
// rules' terminator searches read.
func BlockCost(d *Detector, path, text string) (findings []Finding, searched int) {
	found, s := d.scan(Fragment{Path: path, Text: text})
	for _, b := range s.blocks {
		searched += b.early.searched + b.late.searched
	}
	return found, searched
}

// BlockRules lists the rules whose tail has the block form (block.go).
func BlockRules(d *Detector) []string {
	var out []string
	for _, r := range d.rules {
		if r.span().block != nil {
			out = append(out, r.id)
		}
	}
	return out
}

// OpenBlockCost runs OpenBlock over the whole text and returns its answer
// and the bytes its terminator searches read.
func OpenBlockCost(d *Detector, text string) (at, searched int) {
	return d.openBlock(text, 0, len(text))
}
