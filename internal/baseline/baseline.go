// Package baseline records known findings so that a legacy repository can
// adopt awsvet and fail only on new ones. It is shared by the Go analyzers
// (standalone mode) and the secrets scanner.
//
// An entry is keyed on the rule, the path and a salted SHA-256 of the text
// the finding covers (for secrets, the secret): never the secret itself, and
// no line number, so entries survive lines moving. The salt is random per
// baseline file, so a hash cannot be looked up in a table built for
// another repository.
package baseline

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/safeio"
)

// Version is the file format version.
const Version = 1

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
	Entries []Entry `json:"entries"`

	known map[Entry]int // entry -> how many findings it may still absorb
}

// New returns an empty baseline with a fresh random salt.
func New() *File {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return &File{Version: Version, Tool: "awsvet", Salt: hex.EncodeToString(b)}
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
	if b.Version != Version {
		return nil, fmt.Errorf("baseline %s: version %d, want %d (write it again with -write-baseline)", name, b.Version, Version)
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
	h := sha256.New()
	for _, s := range []string{b.Salt, f.Rule, f.Path, f.Match} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return Entry{Rule: f.Rule, Path: f.Path, Hash: hex.EncodeToString(h.Sum(nil))}
}

// Add records a finding.
func (b *File) Add(f output.Finding) {
	k := b.Key(f)
	b.Entries = append(b.Entries, k)
	if b.known != nil {
		b.known[k]++ // keep the index of a baseline that was read in step
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
	for _, f := range fs {
		k := b.Key(f)
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
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
