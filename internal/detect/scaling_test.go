package detect_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/detect/detecttest"
)

// manySecrets is a file of n lines "aws_secret_access_key = <value>",
// every value distinct and key-shaped: each line is a specific finding
// and a generic one that it shadows.
func manySecrets(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"
	var b strings.Builder
	v := make([]byte, 40)
	for range n {
		for i := range v {
			v[i] = alphabet[r.IntN(len(alphabet))]
		}
		copy(v, "Ab1") // a digit, a lower- and an upper-case letter
		b.WriteString("aws_secret_access_key = " + string(v) + "\n")
	}
	return b.String()
}

// TestShadowCheckScalesLinearly counts the bytes the "generic finding
// inside a specific one" check searches (not time, which a loaded machine
// distorts): 8 times the lines must cost at most about 8 times the bytes.
// The pairwise loop it replaced searched 64 times as much.
func TestShadowCheckScalesLinearly(t *testing.T) {
	d := detecttest.Default(t)
	n1, small := detect.ShadowCost(d, "secrets.txt", manySecrets(1000))
	n8, large := detect.ShadowCost(d, "secrets.txt", manySecrets(8000))
	if n1 < 990 || n8 < 7950 {
		t.Fatalf("findings %d and %d: want one per line at least (the input is not what the test needs)", n1, n8)
	}
	searchesGrowLinearly(t, "no generic finding was checked", small, large)
}

// TestUnterminatedBlocksScaleLinearly counts the bytes the terminator
// searches read (not time, which a loaded machine distorts) on a file
// that opens a private key block and never closes it, with n lines that
// start like another BEGIN ("-----BEGIN RSA PRIVATE KEY----", one dash
// short): 8 times the lines must cost about 8 times the bytes. Searching
// again from each BEGIN would read 64 times as much.
func TestUnterminatedBlocksScaleLinearly(t *testing.T) {
	d := detecttest.Default(t)
	unterminated := func(n int) string {
		line := "-----BEGIN RSA PRIVATE KEY----\n" + strings.Repeat("QUJD", 16) + "\n"
		return "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat(line, n)
	}
	f1, small := detect.BlockCost(d, "begins.txt", unterminated(1000))
	f8, large := detect.BlockCost(d, "begins.txt", unterminated(8000))
	if len(f1)+len(f8) != 0 {
		t.Fatalf("findings without an END: %v %v", ruleIDs(f1), ruleIDs(f8))
	}
	searchesGrowLinearly(t, "no terminator search ran", small, large)
}

// searchesGrowLinearly checks the bytes searched on 1x and 8x the lines:
// about 8x, not the 64x of a search repeated per finding. small is 0 when
// the input never reached the code measured (the test would prove nothing).
func searchesGrowLinearly(t *testing.T, notReached string, small, large int) {
	t.Helper()
	if small == 0 {
		t.Fatal(notReached + ": the input does not exercise the code measured")
	}
	if ratio := float64(large) / float64(small); ratio > 10 {
		t.Errorf("8x the lines searched %.1fx the bytes (%d -> %d), want about 8x", ratio, small, large)
	}
}

// TestOpenBlockScalesLinearly: the question a chunked reader asks, where
// the first block starts that the text does not end, costs about 8 times
// the bytes on 8 times the lines, on closed blocks followed by many BEGIN
// lines (each searching again from each BEGIN would read 64 times as
// much); the answer is the last BEGIN, every other one being ended by the
// "KEY-----" of the next, as in gitleaks.
func TestOpenBlockScalesLinearly(t *testing.T) {
	d, err := detect.Default()
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat(strings.Repeat("QUJD", 16)+"\n", 4)
	closed := "-----BEGIN RSA PRIVATE KEY-----\n" + body + "-----END RSA PRIVATE KEY-----\n"
	open := func(n int) (string, int) {
		begin := "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body
		text := strings.Repeat(closed, n) + strings.Repeat(begin, n)
		return text, len(text) - len(begin)
	}
	t1, want1 := open(1000)
	t8, want8 := open(8000)
	at1, small := detect.OpenBlockCost(d, t1)
	at8, large := detect.OpenBlockCost(d, t8)
	if at1 != want1 || at8 != want8 {
		t.Fatalf("open block at %d and %d, want %d and %d", at1, at8, want1, want8)
	}
	if small == 0 {
		t.Fatal("no terminator search ran: the input does not exercise the block rule")
	}
	if ratio := float64(large) / float64(small); ratio > 10 {
		t.Errorf("8x the lines searched %.1fx the bytes (%d -> %d), want about 8x", ratio, small, large)
	}
	if at, _ := detect.OpenBlockCost(d, strings.Repeat(closed, 10)+"-----BEGIN CERTIFICATE-----\n"+body); at != -1 {
		t.Errorf("closed blocks and a certificate: open block at %d, want none", at)
	}
}

// BenchmarkManyFindings scans one file with a finding on every line, at
// 1k to 16k lines: the time per op should grow about 2x per step.
func BenchmarkManyFindings(b *testing.B) {
	d := detecttest.Default(b)
	for _, n := range []int{1000, 2000, 4000, 8000, 16000} {
		text := manySecrets(n)
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			cpu0 := cpuTime()
			for b.Loop() {
				d.Scan("secrets.txt", text)
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}
