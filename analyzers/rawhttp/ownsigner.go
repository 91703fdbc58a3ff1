package rawhttp

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/sdk"
)

// signsOwnRequests reports whether the package's own code (tests left
// out) holds a SigV4 signer of its own, either of:
//   - it writes an Authorization header, or an X-Amz-Algorithm query
//     parameter, whose value names a SigV4 algorithm (AWS4-HMAC-SHA256,
//     AWS4-ECDSA-P256-SHA256, or AWS4-X509-..., signed with a
//     certificate's key), followed through constants, concatenations,
//     call arguments (fmt.Sprintf, strings.Join), slice literals and
//     variables written once;
//   - it derives a SigV4 signing key: it calls crypto/hmac.New and spells
//     the "aws4_request" scope.
//
// Such a package calls AWS over net/http on purpose, as one importing the
// SDK's signer does.
func signsOwnRequests(pass *analysis.Pass) bool {
	s := &signerSearch{pass: pass, seen: map[ast.Expr]bool{}}
	src := syntax.Of(pass)
	var scope, hmacKey bool
	for cur := range src.Inspector.Root().Preorder((*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		if src.InTest(cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			v, ok := gocode.ConstString(pass.TypesInfo, n)
			scope = scope || ok && strings.Contains(v, sdk.SigV4KeyScope)
		case *ast.CallExpr:
			fn := gocode.Callee(pass.TypesInfo, n)
			hmacKey = hmacKey || gocode.IsFunc(fn, "crypto/hmac", "New")
			if isHeaderOrQuerySet(fn) && len(n.Args) == 2 && s.signatureName(n.Args[0]) && s.namesAlgorithm(n.Args[1], 0) {
				return true
			}
		case *ast.AssignStmt: // req.Header["Authorization"] = []string{...}
			for i, lhs := range n.Lhs {
				ix, ok := lhs.(*ast.IndexExpr)
				if ok && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && isHeaderOrQuery(pass, ix.X) && s.signatureName(ix.Index) && s.namesAlgorithm(n.Rhs[i], 0) {
					return true
				}
			}
		}
		if scope && hmacKey {
			return true
		}
	}
	return false
}

type signerSearch struct {
	pass *analysis.Pass
	// seen holds the expressions already searched: a variable used many
	// times is searched once, so the cost stays linear in the code.
	seen map[ast.Expr]bool
}

// isHeaderOrQuerySet reports whether fn is Set or Add of http.Header or
// url.Values.
func isHeaderOrQuerySet(fn *types.Func) bool {
	for _, m := range []string{"Set", "Add"} {
		if gocode.IsMethod(fn, "net/http", "Header", m) || gocode.IsMethod(fn, "net/url", "Values", m) {
			return true
		}
	}
	return false
}

func isHeaderOrQuery(pass *analysis.Pass, e ast.Expr) bool {
	t := pass.TypesInfo.TypeOf(e)
	return gocode.IsNamed(t, "net/http", "Header") || gocode.IsNamed(t, "net/url", "Values")
}

// signatureName reports whether e is the constant name of where a SigV4
// signature goes: the Authorization header, or the X-Amz-Algorithm
// parameter of a pre-signed URL, in any case.
func (s *signerSearch) signatureName(e ast.Expr) bool {
	v, ok := gocode.ConstString(s.pass.TypesInfo, e)
	return ok && (strings.EqualFold(v, sdk.AuthorizationHeader) || strings.EqualFold(v, sdk.AlgorithmQueryParam))
}

// maxSignerDepth bounds how far a header value is followed.
const maxSignerDepth = 5

// namesAlgorithm reports whether a SigV4 algorithm name is among the
// constant parts e is built of.
func (s *signerSearch) namesAlgorithm(e ast.Expr, depth int) bool {
	e = ast.Unparen(e)
	if depth > maxSignerDepth || s.seen[e] {
		return false // searched before, without finding one
	}
	s.seen[e] = true
	if v, ok := gocode.ConstString(s.pass.TypesInfo, e); ok {
		return sdk.NamesSigV4Algorithm(v)
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		// The terms of a + chain are one step away, however long it is.
		for _, term := range gocode.AddTerms(e) {
			if s.namesAlgorithm(term, depth+1) {
				return true
			}
		}
	case *ast.CallExpr:
		for _, a := range e.Args {
			if s.namesAlgorithm(a, depth+1) {
				return true
			}
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if s.namesAlgorithm(elt, depth+1) {
				return true
			}
		}
	case *ast.Ident:
		if w, ok := syntax.Of(s.pass).Writes().Default(e); ok && w.Index < 0 {
			return s.namesAlgorithm(w.Rhs, depth+1)
		}
	}
	return false
}
