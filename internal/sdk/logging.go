package sdk

import (
	"go/ast"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
)

// Where a Go program writes text out: loggers, error messages and the
// console. credlog asks these questions of every call that might receive
// a credential.

// OutputKind classifies a call that writes its arguments out.
type OutputKind int

const (
	NotOutput     OutputKind = iota
	LogOutput                // a logger (log, log/slog, logrus, zap, zerolog, ...)
	ErrorMessage             // the message of an error: fmt.Errorf, errors.New, pkg/errors
	ConsoleOutput            // fmt.Print*, or fmt.Fprint* to os.Stdout or os.Stderr
)

// loggingPackages are packages whose every function and method either
// writes log output or builds a piece of it (slog.Any, zap.String, a
// zerolog event's Str): an argument given to any of them ends up in a log.
var loggingPackages = map[string]bool{
	"log":                           true,
	"log/slog":                      true,
	"github.com/sirupsen/logrus":    true,
	"go.uber.org/zap":               true,
	"go.uber.org/zap/zapcore":       true,
	"github.com/rs/zerolog":         true,
	"github.com/rs/zerolog/log":     true,
	"github.com/go-kit/log":         true,
	"github.com/go-kit/log/level":   true,
	"github.com/go-kit/kit/log":     true,
	"github.com/go-logr/logr":       true,
	"k8s.io/klog":                   true,
	"k8s.io/klog/v2":                true,
	"github.com/hashicorp/go-hclog": true,
	"github.com/hashicorp/terraform-plugin-log/tflog": true,
}

// IsLoggingPackage reports whether path is one of the logging packages.
func IsLoggingPackage(path string) bool { return loggingPackages[path] }

// errorMessageFuncs are the functions whose arguments become an error's message.
var errorMessageFuncs = map[string]map[string]bool{
	"fmt":                   {"Errorf": true},
	"errors":                {"New": true},
	"github.com/pkg/errors": {"New": true, "Errorf": true, "Wrap": true, "Wrapf": true, "WithMessage": true, "WithMessagef": true},
}

var consolePrints = map[string]bool{"Print": true, "Printf": true, "Println": true}
var writerPrints = map[string]bool{"Fprint": true, "Fprintf": true, "Fprintln": true}

// OutputOf tells whether call writes its arguments out, and from which
// argument on (fmt.Fprintf's writer is not output).
func OutputOf(info *types.Info, call *ast.CallExpr) (kind OutputKind, first int) {
	fn := gocode.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return NotOutput, 0
	}
	path, name := fn.Pkg().Path(), fn.Name()
	isFunc := gocode.IsFunc(fn, path, name)
	switch {
	case IsLoggingPackage(path):
		return LogOutput, 0
	case isFunc && errorMessageFuncs[path][name]:
		return ErrorMessage, 0
	case isFunc && path == "fmt" && consolePrints[name]:
		return ConsoleOutput, 0
	case isFunc && path == "fmt" && writerPrints[name] && len(call.Args) > 0 && gocode.IsStdStream(info, call.Args[0]):
		return ConsoleOutput, 1
	}
	return NotOutput, 0
}
