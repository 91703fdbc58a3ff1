package driver

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// load loads and type-checks the packages; any package that does not load
// or type-check is an error that names it (no silent partial success).
// tags are the -tags of go build.
func load(patterns []string, tests bool, tags string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: tests,
	}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("loading packages: %v", err)
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	if errs := loadErrors(pkgs); len(errs) > 0 {
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Sprintf("... and %d more errors", len(errs)-20))
		}
		return nil, errors.New("packages do not load or type-check:\n\t" + strings.Join(errs, "\n\t"))
	}
	return pkgs, nil
}

// loadErrors lists the errors of pkgs and their dependencies, each once.
// The same mistake reaches go/packages several times: from the compiler
// that go list runs for export data ("# p" and the compiler's lines), from
// the type checker, and once more for each test variant of the package.
// The parser's and type checker's errors are kept (they have positions);
// the compiler's copy is dropped when the package has such errors.
func loadErrors(pkgs []*packages.Package) []string {
	var errs []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		positioned := false // parse or type errors of its own
		for _, e := range p.Errors {
			positioned = positioned || e.Kind == packages.TypeError || e.Kind == packages.ParseError
		}
		for _, e := range p.Errors {
			if positioned && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				continue // the compiler's report of the errors listed anyway
			}
			key := e.Pos + "\x00" + e.Msg
			if e.Pos == "" || e.Pos == "-" {
				key = p.PkgPath + "\x00" + e.Msg
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			if e.Pos == "" || e.Pos == "-" {
				errs = append(errs, fmt.Sprintf("package %s: %s", p.PkgPath, e.Msg))
			} else {
				errs = append(errs, fmt.Sprintf("%s: %s (package %s)", e.Pos, e.Msg, p.PkgPath))
			}
		}
	})
	return errs
}
