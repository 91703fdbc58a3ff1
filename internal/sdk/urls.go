package sdk

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// What of a request URL is known before run time. A URL is read as a
// template: its constant parts, and a hole for each part known only at
// run time (a variable, a %s of fmt.Sprintf). A host whose labels are all
// constant but one whole label (sts.%s.amazonaws.com) is known up to that
// label, which IsServiceEndpoint accepts only where a region goes.

// RunTimeLabel stands in a StaticURL's Host for a label decided at run
// time: sts.*.amazonaws.com.
const RunTimeLabel = "*"

// hole marks a run-time part in a URL template.
const hole = "\x00"

// StaticURL is what is known of a request URL before run time.
type StaticURL struct {
	Text     string // the constant text: the whole URL, or its constant start
	Complete bool   // Text is the whole URL
	Host     string // lower case, without port, user info or IPv6 brackets; RunTimeLabel for a run-time label
	Path     string // the path in Text (only its start when !Complete)
}

// RunTimeHost reports whether a label of the host is decided at run time.
func (u StaticURL) RunTimeHost() bool {
	return u.Host == RunTimeLabel || strings.HasPrefix(u.Host, RunTimeLabel+".") ||
		strings.Contains(u.Host, "."+RunTimeLabel+".") || strings.HasSuffix(u.Host, "."+RunTimeLabel)
}

// URLs resolves the request URLs of one package: constants,
// concatenations, fmt.Sprintf, (*url.URL).String of a url.URL literal,
// and variables the package's own code gives one of those
// (gocode.Writes.Default: written once, not counting tests).
type URLs struct {
	info   *types.Info
	writes *gocode.Writes
	// done holds each expression's template once read: a variable used
	// many times (u := a + a + a, v := u + u) is read once, so the cost
	// stays linear in the code.
	done map[ast.Expr]string
	// params, when not nil, follows parameters to their calls
	// (urlparams.go).
	params *params
}

// NewURLs resolves URLs through the package's variable writes.
func NewURLs(info *types.Info, writes *gocode.Writes) *URLs {
	return &URLs{info: info, writes: writes, done: map[ast.Expr]string{}}
}

// maxURLDepth bounds how far a URL is followed through variables, calls
// and concatenations; beyond it a part is a hole.
const maxURLDepth = 8

// maxTemplate bounds a template's length: a scheme and a host fit many
// times over, and what follows is a hole.
const maxTemplate = 2048

// Static returns what is known of the URL e before run time, if that
// includes the scheme and the host, whole or but for whole labels.
func (u *URLs) Static(e ast.Expr) (StaticURL, bool) {
	return parseStaticURL(u.template(e, 0))
}

// template returns e's text with a hole for each run-time part.
func (u *URLs) template(e ast.Expr, depth int) string {
	if depth > maxURLDepth {
		return hole
	}
	e = ast.Unparen(e)
	if t, ok := u.done[e]; ok {
		return t
	}
	t := u.read(e, depth)
	if len(t) > maxTemplate {
		t = joinHoles(t[:maxTemplate], hole)
	}
	u.done[e] = t
	return t
}

// read returns the template of e, read for the first time.
func (u *URLs) read(e ast.Expr, depth int) string {
	if tv, ok := u.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return hole
		}
		return constant.StringVal(tv.Value)
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			// The terms of a + chain are one step away, however long it
			// is; a template long enough already stops the reading.
			var t string
			for _, term := range gocode.AddTerms(e) {
				if len(t) > maxTemplate {
					break
				}
				t = joinHoles(t, u.template(term, depth+1))
			}
			return t
		}
	case *ast.CallExpr:
		fn := gocode.Callee(u.info, e)
		switch {
		case gocode.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) > 0:
			return u.sprintf(e, depth)
		case gocode.IsMethod(fn, "net/url", "URL", "String"):
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return u.urlLiteral(sel.X, depth+1)
			}
		}
	case *ast.Ident:
		if w, ok := u.writes.Default(e); ok && w.Index < 0 {
			return u.template(w.Rhs, depth+1)
		}
		if u.params != nil {
			if t, ok := u.params.template(e, u.info); ok {
				return t
			}
		}
	}
	return hole
}

// sprintf fills a constant format: %s and %v print their argument's
// template, other verbs are holes. A format with explicit argument
// indexes or star widths is a hole after its first verb.
func (u *URLs) sprintf(call *ast.CallExpr, depth int) string {
	format, ok := gocode.ConstString(u.info, call.Args[0])
	if !ok {
		return hole
	}
	var b strings.Builder
	arg := 1
	for i := 0; i < len(format); i++ {
		if b.Len() > maxTemplate {
			b.WriteString(hole) // long enough: template cuts it here
			break
		}
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j >= len(format) || format[j] == '[' || format[j] == '*' {
			b.WriteString(hole)
			return b.String()
		}
		switch verb := format[j]; {
		case verb == '%':
			b.WriteByte('%')
		case (verb == 's' || verb == 'v') && arg < len(call.Args):
			b.WriteString(u.template(call.Args[arg], depth+1))
			arg++
		default:
			b.WriteString(hole)
			arg++
		}
		i = j
	}
	return b.String()
}

// urlLiteral returns the template of the URL a url.URL literal spells
// (value or address, or a variable the package gives one): its scheme,
// host, path and query.
func (u *URLs) urlLiteral(e ast.Expr, depth int) string {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		w, ok := u.writes.Default(id)
		if !ok || w.Index >= 0 {
			return hole
		}
		e = ast.Unparen(w.Rhs)
	}
	if un, ok := e.(*ast.UnaryExpr); ok && un.Op == token.AND {
		e = ast.Unparen(un.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !gocode.IsNamed(u.info.TypeOf(lit), "net/url", "URL") {
		return hole
	}
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return hole // positional: not how url.URL is written
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			fields[id.Name] = kv.Value
		}
	}
	if fields["Scheme"] == nil || fields["Host"] == nil || fields["Opaque"] != nil {
		return hole
	}
	part := func(name string) string {
		if fields[name] == nil {
			return ""
		}
		return u.template(fields[name], depth+1)
	}
	s := part("Scheme") + "://" + part("Host") + part("Path")
	if q := part("RawQuery"); q != "" {
		s += "?" + q
	}
	return s
}

// joinHoles concatenates two templates, one hole for two in a row.
func joinHoles(a, b string) string {
	if strings.HasSuffix(a, hole) && strings.HasPrefix(b, hole) {
		b = b[len(hole):]
	}
	return a + b
}

// parseStaticURL splits a URL template. The scheme must be constant, and
// the host whole: followed by a port, a path, a query or the end, with
// each label constant or wholly a hole (sts.%s.amazonaws.com, not
// sts.amazonaws.com%s).
func parseStaticURL(tmpl string) (StaticURL, bool) {
	text, _, incomplete := strings.Cut(tmpl, hole)
	scheme, rest, ok := strings.Cut(tmpl, "://")
	if !ok || (!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https")) {
		return StaticURL{}, false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		if strings.HasSuffix(rest, hole) {
			return StaticURL{}, false // "https://sts." + rest: the host may go on
		}
		end = len(rest)
	}
	hostport := rest[:end]
	if at := strings.LastIndexByte(hostport, '@'); at >= 0 {
		hostport = hostport[at+1:]
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" || !wholeLabels(host) {
		return StaticURL{}, false
	}
	path := rest[end:]
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path, _, _ = strings.Cut(path, hole)
	host = strings.ReplaceAll(host, hole, RunTimeLabel)
	return StaticURL{Text: text, Complete: !incomplete, Host: host, Path: path}, true
}

// wholeLabels reports whether every hole in host is a whole label.
func wholeLabels(host string) bool {
	for _, l := range strings.Split(host, ".") {
		if strings.Contains(l, hole) && l != hole {
			return false
		}
	}
	return true
}
