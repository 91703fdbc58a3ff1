package staticcreds

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/placeholder"
	"github.com/awsvet/awsvet/internal/redact"
	"github.com/awsvet/awsvet/internal/sdk"
)

// origin is where one credential value comes from.
type origin int

const (
	absent   origin = iota // not set, or ""
	constant               // a compile-time constant: a literal, a const, a constant expression
	env                    // an environment read (gocode.EnvRead) of a variable the default chain reads
	runtime                // anything else: flags, settings, a secrets store, a parameter
)

type value struct {
	origin origin
	envVar string // for env
	text   string // for constant
}

// credSet is the three values a static provider holds.
type credSet struct{ key, secret, token value }

// grade is how bad a static provider is, from its values.
type grade int

const (
	gradeNone    grade = iota // nothing pinned: an empty provider (the v1 SDK's own AnonymousCredentials is one)
	gradeRuntime              // run-time values: reported only with -strict
	gradeEnv                  // the standard environment variables, re-read
	gradeHard                 // hardcoded
)

func (s credSet) grade() grade {
	switch {
	case s.key.origin == absent && s.secret.origin == absent && s.token.origin == absent:
		return gradeNone
	case s.placeholder():
		return gradeNone
	case s.secret.origin == constant || s.token.origin == constant,
		s.key.origin == constant && s.secret.origin == absent:
		return gradeHard
	case s.key.origin == env && sdk.KeyIDEnvVars[s.key.envVar] &&
		s.secret.origin == env && sdk.SecretKeyEnvVars[s.secret.envVar] &&
		(s.token.origin == absent || s.token.origin == env && s.token.envVar == sdk.SessionTokenEnvVar):
		return gradeEnv
	}
	return gradeRuntime
}

// placeholder reports whether every constant in s is a placeholder (and
// nothing else is set), as internal/placeholder decides: a no-op provider
// that only satisfies the SDK's signer while authentication happens
// elsewhere ("NoOpAccessKey", "unused", "anonymous"), AWS's documented
// examples, an emulator's published credentials (LocalStack's "test",
// MinIO's "minioadmin"), AKIA + ABCDEFGHIJKLMNOP. Other dummies ("user",
// "pass") are left alone only beside a custom endpoint (emulator.go).
func (s credSet) placeholder() bool {
	n := 0
	for _, v := range []value{s.key, s.secret, s.token} {
		switch v.origin {
		case absent:
		case constant:
			if !placeholder.Is(v.text) {
				return false
			}
			n++
		default:
			return false
		}
	}
	return n > 0
}

// envVars lists, for messages, the variables an env-grade set reads.
func (s credSet) envVars() string {
	out := s.key.envVar + " and " + s.secret.envVar
	if s.token.origin == env {
		out = s.key.envVar + ", " + s.secret.envVar + " and " + s.token.envVar
	}
	return out
}

// fingerprints names the constants of s shortened beyond use, for the
// message: "AKIA…RHDSV, wJ…(40 chars)", so that one finding names every
// hardcoded value of the provider.
func (s credSet) fingerprints() string {
	var out []string
	for i, v := range []value{s.key, s.secret, s.token} {
		switch {
		case v.origin != constant:
		case i == 0:
			out = append(out, redact.KeyID(v.text))
		default:
			out = append(out, redact.Secret(v.text))
		}
	}
	return strings.Join(out, ", ")
}

// maxDepth bounds how many variables are followed from a use to a value,
// as far as credentialsOf follows them.
const maxDepth = gocode.MaxFollow

// classify tells where the string e comes from.
func (c *checker) classify(e ast.Expr) value {
	return c.classifyWrite(gocode.Write{Rhs: e, Index: -1}, 0)
}

func (c *checker) classifyWrite(w gocode.Write, depth int) value {
	info := c.pass.TypesInfo
	e := ast.Unparen(w.Rhs)
	if w.Index < 0 {
		if s, ok := gocode.ConstString(info, e); ok {
			if s == "" {
				return value{origin: absent}
			}
			return value{origin: constant, text: s}
		}
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if name, ok := gocode.EnvRead(info, e, w.Index); ok {
			if sdk.CredentialEnvVars[name] {
				return value{origin: env, envVar: name}
			}
		}
	case *ast.Ident:
		if next, ok := c.assigns().Certain(e); ok && depth < maxDepth && w.Index < 0 {
			return c.classifyWrite(next, depth+1)
		}
	}
	return value{origin: runtime}
}

// credentialsOf finds the credentials literal (aws.Credentials or
// credentials.Value) e evaluates to, directly or through variables, and
// returns its values. ok is false when e is not such a literal (the
// credentials come from elsewhere at run time).
func (c *checker) credentialsOf(e ast.Expr) (lit *ast.CompositeLit, set credSet, ok bool) {
	x, isLit := ast.Unparen(c.assigns().Resolve(e)).(*ast.CompositeLit)
	if !isLit || !sdk.IsCredentialsValue(c.pass.TypesInfo.TypeOf(x)) {
		return nil, credSet{}, false
	}
	f := c.fields(x)
	return x, credSet{
		key:    c.fieldValue(f, sdk.KeyIDField),
		secret: c.fieldValue(f, sdk.SecretKeyField),
		token:  c.fieldValue(f, sdk.SessionTokenField),
	}, true
}

func (c *checker) fieldValue(fields map[string]ast.Expr, name string) value {
	e, ok := fields[name]
	if !ok {
		return value{origin: absent}
	}
	return c.classify(e)
}

// fields maps the field names of a struct literal to their values, keyed
// or positional.
func (c *checker) fields(lit *ast.CompositeLit) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	st, _ := c.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				out[id.Name] = kv.Value
			}
			continue
		}
		if st != nil && i < st.NumFields() {
			out[st.Field(i).Name()] = elt
		}
	}
	return out
}
