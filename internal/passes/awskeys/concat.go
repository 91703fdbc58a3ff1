package awskeys

import (
	"go/ast"
	"go/constant"
	"go/token"
	"sort"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/keys"
	"github.com/awsvet/awsvet/internal/passes/syntax"
)

// concatKeyIDs finds the access key IDs that only a constant concatenation
// spells ("AKIAW5Q" + "JXN3RLPM2TKAV", or named constants joined): the type
// checker knows the value, which no text scanner reads. A key inside one
// operand is that operand's: keyIDs finds it in its literal, and a named
// constant's is found where the constant is declared. Each concatenation
// is read once, at its outermost expression, which is what is reported.
func (f *finder) concatKeyIDs() {
	var inConcat token.Pos // end of the concatenation being read
	visit := func(n ast.Node) {
		// OpPos, not Pos: Pos walks down the left operands, and a long
		// concatenation nests them as deep as it has terms. A node inside
		// the concatenation being read has its operator inside it too.
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.OpPos < inConcat || !f.isConstConcat(b) {
			return
		}
		inConcat = b.End()
		f.concatKeyID(b, constant.StringVal(f.pass.TypesInfo.Types[b].Value))
	}
	for cur := range syntax.Of(f.pass).Inspector.Root().Preorder((*ast.BinaryExpr)(nil)) {
		visit(cur.Node())
	}
	// Keys are looked for in generated files too, as in their literals.
	for _, file := range syntax.Of(f.pass).Generated {
		inConcat = token.NoPos
		ast.Inspect(file, func(n ast.Node) bool {
			visit(n)
			return true
		})
	}
}

func (f *finder) concatKeyID(b *ast.BinaryExpr, value string) {
	if !keys.MayHoldKeyID(value) {
		return
	}
	// Pos once: it walks down the left operands, as deep as the terms go.
	from := b.Pos()
	var operands [][2]int // computed only when a key is found
	for _, m := range keys.KeyIDs(value, KeyIDEntropy(syntax.Of(f.pass).InTest(from))) {
		if operands == nil {
			operands = f.operandSpans(b)
		}
		if insideOne(operands, m.Start, m.End) {
			continue
		}
		f.res.spelled[b] = append(f.res.spelled[b], [2]int{m.Start, m.End})
		f.add(Key{Concat: b, From: from, To: b.End(), Value: m.Value, Kind: KeyID})
	}
}

// operandSpans returns the byte span of each constant operand's value in
// the value of the concatenation e.
func (f *finder) operandSpans(e *ast.BinaryExpr) [][2]int {
	var spans [][2]int
	at := 0
	for _, term := range gocode.AddTerms(e) {
		n := 0
		if v, ok := gocode.ConstString(f.pass.TypesInfo, term); ok {
			n = len(v)
		}
		spans = append(spans, [2]int{at, at + n})
		at += n
	}
	return spans
}

// insideOne reports whether [start, end) lies inside one of spans, which
// are in order and do not overlap: a binary search, so that a concatenation
// of many keys costs n log n, not n².
func insideOne(spans [][2]int, start, end int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > start })
	for ; i < len(spans) && spans[i][0] <= start; i++ {
		if end <= spans[i][1] {
			return true
		}
	}
	return false
}
