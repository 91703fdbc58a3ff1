package detect

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"sort"
	"sync"

	"github.com/zricethezav/gitleaks/v8/config"

	"github.com/awsvet/awsvet/internal/escape"
	"github.com/awsvet/awsvet/internal/safeio"
)

// awsTOML holds the AWS rules gitleaks lacks (secret access keys and
// session tokens bound to their names), in gitleaks' own format. It extends
// gitleaks' defaults, so it also works as a config for gitleaks itself.
//
//go:embed aws.toml
var awsTOML string

// maxExtendDepth is how many [extend] path links are followed, as gitleaks.
const maxExtendDepth = 2

// Default returns the detector on gitleaks' default rules plus awsvet's AWS
// rules, built once per process.
//
// Its rules are compiled on first use: a scan of one file (a pre-commit
// hook) or of one package's literals (go vet runs a process per package)
// meets a handful of the 220 rules, and compiling them all, with gitleaks'
// Translate, is most of the cost of such a run.
func Default() (*Detector, error) {
	detectorOnce.Do(func() { defaultDetector, detectorErr = lazyDefault() })
	return defaultDetector, detectorErr
}

// Prewarm builds the default detector and compiles the named rules ahead
// of their first use, for a caller with time to spare (the standalone
// driver while go list runs in a child process). Compiling
// generic-api-key and analysing its windows take 10 to 20 ms, the largest
// one-time cost of scanning Go source. Errors are left for the first real use to report.
func Prewarm(ids ...string) {
	d, err := Default()
	if err != nil {
		return
	}
	for _, id := range ids {
		if r := d.byID[id]; r != nil {
			r.span() // the keyword windows' extent, analysed from the expression
			r.compiled()
		}
	}
}

var (
	detectorOnce    sync.Once
	defaultDetector *Detector
	detectorErr     error
)

// lazyDefault builds the default detector from the parsed (not compiled)
// configurations: gitleaks' and aws.toml's rules side by side (aws.toml
// only adds rules, which is all its [extend] does).
func lazyDefault() (*Detector, error) {
	gl, _, err := parseConfig(config.DefaultConfig)
	if err != nil {
		return nil, err
	}
	aws, _, err := parseConfig(awsTOML)
	if err != nil {
		return nil, err
	}
	vc := *gl
	vc.Rules = append(slices.Clip(gl.Rules), aws.Rules...)
	rules, global, err := lazyRules(&vc)
	if err != nil {
		return nil, err
	}
	return newDetector(rules, global, options{})
}

// defaults is gitleaks' default configuration extended by aws.toml, fully
// compiled: what a user configuration's [extend] useDefault = true refers
// to.
func defaults() (*config.Config, error) {
	awsOnce.Do(func() {
		base, err := Gitleaks()
		if err != nil {
			awsErr = err
			return
		}
		vc, _, err := parseConfig(awsTOML)
		if err != nil {
			awsErr = err
			return
		}
		awsCfg, awsErr = extend(vc, base, nil)
	})
	return awsCfg, awsErr
}

var (
	awsOnce sync.Once
	awsCfg  *config.Config
	awsErr  error
)

// WithConfig returns a detector on a gitleaks TOML configuration, with
// gitleaks' [extend] semantics: useDefault = true extends awsvet's defaults
// (gitleaks' rules and the AWS rules), path = "file" extends that file;
// disabledRules drops base rules; a rule with the id of a base rule is
// merged into it (its allowlists, keywords and tags added, its regex,
// entropy, secretGroup and description replacing the base's when set);
// allowlists are added to the base's. Without [extend] the configuration
// stands alone, as in gitleaks. Every rule is compiled here, so that a
// configuration error is reported at once.
//
// An optional [awsvet] table is awsvet's own: rawRules lists rule ids
// ("*" for all) whose findings skip awsvet's precision filters and the
// lock-file and test-code restriction (see doc.go), i.e. are reported as
// gitleaks reports them. gitleaks ignores the table.
func WithConfig(toml string) (*Detector, error) {
	return withConfig(toml, nil)
}

// MaxConfigSize bounds a configuration file and each file it extends:
// gitleaks' whole default configuration is about 100 KB.
const MaxConfigSize = 4 << 20

// ReadConfig returns a detector on the configuration in file, as
// WithConfig. The file, like every file it extends, must be a regular
// file (symlinks followed) of at most MaxConfigSize bytes (internal/safeio);
// errors name it.
func ReadConfig(file string) (*Detector, error) {
	data, err := safeio.ReadFile(file, MaxConfigSize)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	d, err := withConfig(string(data), []fs.FileInfo{st})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", escape.Control(file), err)
	}
	return d, nil
}

// ForConfig returns the detector a configuration flag names (awsvet
// secrets -config, -hardcodedsecret.config): the default rules for "",
// the file's (ReadConfig) otherwise.
func ForConfig(file string) (*Detector, error) {
	if file == "" {
		return Default()
	}
	return ReadConfig(file)
}

func withConfig(toml string, chain []fs.FileInfo) (*Detector, error) {
	cfg, opts, err := loadConfig(toml, 0, chain)
	if err != nil {
		return nil, err
	}
	return newDetector(compiledRules(cfg), cfg.Allowlists, opts)
}

// loadConfig loads a configuration; chain holds the files it was read
// from and extended through (the first one, the file given, only when
// there is one), so that a file that extends itself, directly or not, is
// an error instead of a silent second copy of its rules.
func loadConfig(toml string, depth int, chain []fs.FileInfo) (*config.Config, options, error) {
	vc, own, err := parseConfig(toml)
	if err != nil {
		return nil, options{}, err
	}
	opts := options{raw: map[string]bool{}}
	for _, id := range own.Awsvet.RawRules {
		opts.raw[id] = true
	}
	ext := vc.Extend
	var base *config.Config
	switch {
	case ext.UseDefault && ext.Path != "":
		return nil, opts, errors.New("gitleaks config: extend.path and extend.useDefault are both set")
	case ext.UseDefault:
		if base, err = defaults(); err != nil {
			return nil, opts, err
		}
	case ext.Path != "" && depth < maxExtendDepth:
		if base, err = loadExtended(ext.Path, depth+1, chain); err != nil {
			return nil, opts, err
		}
	}
	cfg, err := extend(vc, base, ext.DisabledRules)
	return cfg, opts, err
}

// loadExtended loads the file an [extend] path names.
func loadExtended(file string, depth int, chain []fs.FileInfo) (*config.Config, error) {
	data, err := safeio.ReadFile(file, MaxConfigSize)
	if err != nil {
		return nil, fmt.Errorf("gitleaks config: extend.path %w", err)
	}
	st, err := os.Stat(file)
	if err != nil {
		return nil, fmt.Errorf("gitleaks config: extend.path %w", err)
	}
	for _, prev := range chain {
		if os.SameFile(prev, st) {
			return nil, fmt.Errorf("gitleaks config: extend.path %s: extends itself (a cycle of [extend] paths)", escape.Control(file))
		}
	}
	base, _, err := loadConfig(string(data), depth, append(chain[:len(chain):len(chain)], st))
	if err != nil {
		return nil, fmt.Errorf("gitleaks config: extend.path %s: %w", escape.Control(file), err)
	}
	return base, nil
}

// extend translates vc and merges base into it, as gitleaks' Config.extend
// does; base is not modified (the default configuration is shared).
func extend(vc *config.ViperConfig, base *config.Config, disabled []string) (*config.Config, error) {
	skip := map[string]bool{}
	for _, id := range disabled {
		skip[id] = true
	}
	if base != nil {
		// gitleaks validates rules and resolves allowlists' targetRules only
		// after extending; Translate on its own would reject a rule that
		// only adds an allowlist to a base rule (no regex) and an allowlist
		// that targets a base rule. Give such rules the base's pattern and
		// add a stub for targeted base rules: merged below, they leave the
		// base rule as it was plus the allowlists.
		prepareOverrides(vc, base, skip)
	}
	c, err := translate(vc)
	if err != nil || base == nil {
		return c, err
	}
	for id, b := range base.Rules {
		if skip[id] {
			continue
		}
		cur, ok := c.Rules[id]
		if !ok {
			c.Rules[id] = b
			c.OrderedRules = append(c.OrderedRules, id)
			continue
		}
		if cur.Description != "" {
			b.Description = cur.Description
		}
		if cur.Entropy != 0 {
			b.Entropy = cur.Entropy
		}
		if cur.SecretGroup != 0 {
			b.SecretGroup = cur.SecretGroup
		}
		if cur.Regex != nil {
			b.Regex = cur.Regex
		}
		if cur.Path != nil {
			b.Path = cur.Path
		}
		b.Tags = slices.Concat(b.Tags, cur.Tags)
		b.Keywords = slices.Concat(b.Keywords, cur.Keywords)
		b.Allowlists = slices.Concat(b.Allowlists, cur.Allowlists)
		b.RequiredRules = slices.Concat(b.RequiredRules, cur.RequiredRules)
		c.Rules[id] = b
	}
	c.Allowlists = slices.Concat(c.Allowlists, base.Allowlists)
	sort.Strings(c.OrderedRules)
	c.Keywords = map[string]struct{}{}
	for _, r := range c.Rules {
		for _, k := range r.Keywords {
			c.Keywords[k] = struct{}{}
		}
	}
	return c, nil
}

// prepareOverrides fills in the pattern of rules that override a base rule
// without one, and adds stub rules for base rules that a global allowlist
// targets. ViperConfig.Rules has an anonymous element type with an
// unexported field type, hence reflection to build a stub.
func prepareOverrides(vc *config.ViperConfig, base *config.Config, skip map[string]bool) {
	have := map[string]bool{}
	for i := range vc.Rules {
		r := &vc.Rules[i]
		have[r.ID] = true
		b, ok := base.Rules[r.ID]
		if !ok || r.Regex != "" || r.Path != "" {
			continue
		}
		if b.Regex != nil {
			r.Regex = b.Regex.String()
		}
		if b.Path != nil {
			r.Path = b.Path.String()
		}
	}
	var targets []string
	if vc.AllowList != nil {
		targets = append(targets, vc.AllowList.TargetRules...)
	}
	for _, a := range vc.Allowlists {
		if a != nil { // an empty [[allowlists]] table
			targets = append(targets, a.TargetRules...)
		}
	}
	rules := reflect.ValueOf(&vc.Rules).Elem()
	for _, id := range targets {
		b, ok := base.Rules[id]
		if have[id] || !ok || skip[id] {
			continue
		}
		have[id] = true
		stub := reflect.New(rules.Type().Elem()).Elem()
		stub.FieldByName("ID").SetString(id)
		if b.Regex != nil {
			stub.FieldByName("Regex").SetString(b.Regex.String())
		}
		if b.Path != nil {
			stub.FieldByName("Path").SetString(b.Path.String())
		}
		rules.Set(reflect.Append(rules, stub))
	}
}

// compiledRules lists a compiled configuration's rules in its order.
func compiledRules(cfg *config.Config) []*rule {
	ids := cfg.OrderedRules
	if len(ids) != len(cfg.Rules) {
		ids = ids[:0:0]
		for id := range cfg.Rules {
			ids = append(ids, id)
		}
		sort.Strings(ids)
	}
	var out []*rule
	seen := map[string]bool{}
	for _, id := range ids {
		cr, ok := cfg.Rules[id]
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, newRule(meta{
			id: cr.RuleID, description: cr.Description, keywords: cr.Keywords,
			skipReport: cr.SkipReport, required: cr.RequiredRules, regex: regexString(cr),
		}, func() (*config.Rule, error) { return &cr, nil }))
	}
	return out
}

func regexString(cr config.Rule) string {
	if cr.Regex == nil {
		return ""
	}
	return cr.Regex.String()
}

// lazyRules lists the rules of a parsed configuration, each compiled on
// first use by gitleaks' Translate of that rule alone, and compiles the
// global allowlists. Required rules are resolved by the detector, not by
// Translate (which would look for them in the one-rule configuration).
func lazyRules(vc *config.ViperConfig) ([]*rule, []*config.Allowlist, error) {
	globals := config.ViperConfig{AllowList: vc.AllowList, Allowlists: vc.Allowlists}
	g, err := translate(&globals)
	if err != nil {
		return nil, nil, err
	}
	order := make([]int, len(vc.Rules))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vc.Rules[order[i]].ID < vc.Rules[order[j]].ID })
	var out []*rule
	seen := map[string]bool{}
	for _, i := range order {
		vr := vc.Rules[i]
		if seen[vr.ID] {
			return nil, nil, fmt.Errorf("gitleaks config: rule %s defined twice", vr.ID)
		}
		seen[vr.ID] = true
		m := meta{id: vr.ID, description: vr.Description, skipReport: vr.SkipReport, regex: vr.Regex}
		for _, k := range vr.Keywords {
			m.keywords = append(m.keywords, lowerKeyword(k))
		}
		for _, rq := range vr.Required {
			m.required = append(m.required, &config.Required{RuleID: rq.ID, WithinLines: rq.WithinLines, WithinColumns: rq.WithinColumns})
		}
		one := config.ViperConfig{}
		one.Rules = append(one.Rules, vr)
		one.Rules[0].Required = nil
		out = append(out, newRule(m, func() (*config.Rule, error) {
			c, err := translate(&one)
			if err != nil {
				return nil, err
			}
			cr := c.Rules[m.id]
			return &cr, nil
		}))
	}
	return out, g.Allowlists, nil
}
