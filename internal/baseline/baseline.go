// Package baseline records known findings so that a legacy repository can
// adopt awsvet and fail only on new ones. It is shared by the Go analyzers
// (standalone mode) and the secrets scanner.
//
// An entry is keyed on the rule, the path and a salted, deliberately slow
// hash (argon2id) of the rule, the path and the text the finding covers
// (for secrets, the secret): never the secret itself, and no line number,
// so entries survive lines moving. The salt is random per baseline file,
// so a hash cannot be looked up in a table built for another repository.
//
// The salt sits beside the hashes in a committed file, so anyone can test
// guesses of a weak secret against an entry; the hash sets the price of
// each guess. It is the price awsvet pays per finding on every run with a
// baseline, so it is a trade-off: argon2id with one pass over 128 KiB
// costs about 0.3 ms per finding on the 2-core machine it was measured on
// (BenchmarkKey: about 3,000 guesses per second per core, against 2.9
// million for the salted SHA-256 of format 1), and a run with a baseline
// of 5,000 findings about 1.5 s (BenchmarkFilter5000). It slows guessing
// a thousandfold; it does not make a weak secret safe to keep. Rotate
// the secrets a baseline records.
package baseline

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"

	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/safeio"
)

// Version is the file format version. Format 1 hashed with a single
// salted SHA-256, fast to test guesses against; it is refused.
const Version = 2

// The hash of format 2: argon2id (RFC 9106) with these parameters, named
// in each file so that a change of parameters is a refusal, not a silent
// mismatch of every entry.
const (
	kdfTime    = 1
	kdfMemory  = 128 // KiB
	kdfThreads = 1
	kdfLen     = 32
	KDF        = "argon2id t=1 m=128KiB p=1"
)

// Entry is one known finding.
type Entry struct {
	Rule string `json:"rule"`
	Path string `json:"path"`
	Hash string `json:"hash"`
}

// File is a baseline file.
type File struct {
	Version int     `json:"version"`
	Tool    string  `json:"tool"`
	Salt    string  `json:"salt"`
	KDF     string  `json:"kdf"`
	Entries []Entry `json:"entries"`

	known map[Entry]int // entry -> how many findings it may still absorb
}

// New returns an empty baseline with a fresh random salt.
func New() *File {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return &File{Version: Version, Tool: "awsvet", Salt: hex.EncodeToString(b), KDF: KDF}
}

// MaxSize bounds what Read accepts: a baseline is small, and a huge or
// binary file given by mistake gets an error, not an allocation.
const MaxSize = 64 << 20

// Read parses a baseline file.
func Read(path string) (*File, error) {
	f, _, err := safeio.Open(path) // a regular file only: never a FIFO or device
	if err != nil {
		return nil, fmt.Errorf("baseline %w", err)
	}
	defer f.Close()
	return Parse(io.LimitReader(f, MaxSize+1), path)
}

// Parse parses a baseline from r; name is used in errors.
func Parse(r io.Reader, name string) (*File, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("baseline %s: larger than %d MB", name, MaxSize>>20)
	}
	var b File
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a baseline file: %v", name, err)
	}
	switch {
	case b.Version == 1:
		return nil, fmt.Errorf("baseline %s: format 1 hashed findings with a fast hash that lets anyone test guesses of a secret; re-create it with -write-baseline", name)
	case b.Version != Version:
		return nil, fmt.Errorf("baseline %s: version %d, want %d (write it again with -write-baseline)", name, b.Version, Version)
	case b.KDF != KDF:
		return nil, fmt.Errorf("baseline %s: hashed with %q, want %q; re-create it with -write-baseline", name, b.KDF, KDF)
	}
	if b.Salt == "" {
		return nil, errors.New("baseline " + name + ": no salt")
	}
	b.index()
	return &b, nil
}

func (b *File) index() {
	b.known = map[Entry]int{}
	for _, e := range b.Entries {
		b.known[e]++
	}
}

// Key returns the entry a finding maps to.
func (b *File) Key(f output.Finding) Entry {
	in := strings.Join([]string{f.Rule, f.Path, f.Match}, "\x00")
	h := argon2.IDKey([]byte(in), []byte(b.Salt), kdfTime, kdfMemory, kdfThreads, kdfLen)
	return Entry{Rule: f.Rule, Path: f.Path, Hash: hex.EncodeToString(h)}
}

// Keys returns the entry of each finding, hashing on every core: the hash
// is slow on purpose, and a run with a baseline hashes every finding.
func (b *File) Keys(fs []output.Finding) []Entry {
	out := make([]Entry, len(fs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(fs)) {
		wg.Go(func() {
			for i := range next {
				out[i] = b.Key(fs[i])
			}
		})
	}
	for i := range fs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Add records findings.
func (b *File) Add(fs ...output.Finding) {
	for _, k := range b.Keys(fs) {
		b.Entries = append(b.Entries, k)
		if b.known != nil {
			b.known[k]++ // keep the index of a baseline that was read in step
		}
	}
}

// Filter returns the findings not in the baseline. An entry absorbs one
// finding: the same secret pasted a second time in the same file is new.
func (b *File) Filter(fs []output.Finding) []output.Finding {
	if b.known == nil {
		b.index()
	}
	left := make(map[Entry]int, len(b.known))
	for k, v := range b.known {
		left[k] = v
	}
	var out []output.Finding
	for i, k := range b.Keys(fs) {
		f := fs[i]
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, f)
	}
	return out
}

// Write saves the baseline, entries sorted so that it diffs well.
func (b *File) Write(path string) error {
	slices.SortFunc(b.Entries, func(x, y Entry) int {
		return strings.Compare(x.Rule+"\x00"+x.Path+"\x00"+x.Hash, y.Rule+"\x00"+y.Path+"\x00"+y.Hash)
	})
	if b.Entries == nil {
		b.Entries = []Entry{}
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return safeio.WriteFile(path, append(data, '\n'))
}
