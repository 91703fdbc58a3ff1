package sdk_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// TestLoggingPackagesExist: the logging packages the fixtures can load
// exist under the paths the rule knows them by.
func TestLoggingPackagesExist(t *testing.T) {
	for _, path := range []string{"log", "log/slog", "github.com/sirupsen/logrus", "go.uber.org/zap", "go.uber.org/zap/zapcore", "github.com/rs/zerolog", "github.com/rs/zerolog/log"} {
		if real(t, path) == nil || !sdk.IsLoggingPackage(path) {
			t.Errorf("%s: not a known logging package", path)
		}
	}
	for _, path := range []string{"fmt", "errors", "os"} {
		if sdk.IsLoggingPackage(path) {
			t.Errorf("%s taken for a logging package", path)
		}
	}
}

func TestFormatParam(t *testing.T) {
	fn := func(path, name string) *types.Func { return function(t, path, name) }
	meth := func(path, typ, name string) *types.Func { return method(t, path, typ, name) }
	for _, c := range []struct {
		fn   *types.Func
		want int // -1: not printf-like
	}{
		{fn("fmt", "Printf"), 0}, {fn("fmt", "Fprintf"), 1}, {fn("fmt", "Errorf"), 0}, {fn("fmt", "Sprintf"), 0},
		{fn("log", "Printf"), 0}, {meth("log", "Logger", "Fatalf"), 0},
		{fn("github.com/sirupsen/logrus", "Infof"), 0}, {meth("github.com/rs/zerolog", "Event", "Msgf"), 0},
		{meth("go.uber.org/zap", "SugaredLogger", "Infof"), 0},
		{fn("fmt", "Println"), -1}, {fn("log/slog", "Info"), -1}, {fn("errors", "New"), -1},
		{meth("go.uber.org/zap", "SugaredLogger", "Infow"), -1}, {meth("github.com/rs/zerolog", "Event", "Str"), -1},
	} {
		got, ok := gocode.FormatParam(c.fn)
		if !ok {
			got = -1
		}
		if got != c.want {
			t.Errorf("FormatParam(%s) = %d, want %d", c.fn.FullName(), got, c.want)
		}
	}
}

// outputSrc: one call per function; the name says what OutputOf returns.
const outputSrc = `package p

import (
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
)

func logPrint()       { log.Println("x") }
func loggerMethod(l *log.Logger) { l.Printf("%s", "x") }
func slogAttr()       { _ = slog.String("k", "v") }
func errorf()         { _ = fmt.Errorf("x %d", 1) }
func errorsNew()      { _ = errors.New("x") }
func printf()         { fmt.Printf("x") }
func stdout()         { fmt.Fprintln(os.Stdout, "x") }
func stderr()         { fmt.Fprintf(os.Stderr, "%s", "x") }
func writer(w io.Writer) { fmt.Fprintln(w, "x") }
func sprintf()        { _ = fmt.Sprintf("x") }
func errorMethod(err error) { _ = err.Error() }
`

func TestOutputOf(t *testing.T) {
	_, f, info := typeCheck(t, outputSrc)
	type want struct {
		kind  sdk.OutputKind
		first int
	}
	wants := map[string]want{
		"logPrint": {sdk.LogOutput, 0}, "loggerMethod": {sdk.LogOutput, 0}, "slogAttr": {sdk.LogOutput, 0},
		"errorf": {sdk.ErrorMessage, 0}, "errorsNew": {sdk.ErrorMessage, 0},
		"printf": {sdk.ConsoleOutput, 0}, "stdout": {sdk.ConsoleOutput, 1}, "stderr": {sdk.ConsoleOutput, 1},
		"writer": {sdk.NotOutput, 0}, "sprintf": {sdk.NotOutput, 0}, "errorMethod": {sdk.NotOutput, 0},
	}
	eachFunc(t, f, wants, func(fd *ast.FuncDecl, w want) {
		call := firstCall(fd.Body, func(*ast.CallExpr) bool { return true })
		if kind, first := sdk.OutputOf(info, call); kind != w.kind || first != w.first {
			t.Errorf("%s: OutputOf = %d, %d; want %d, %d", fd.Name.Name, kind, first, w.kind, w.first)
		}
	})
}
