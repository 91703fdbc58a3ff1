package secrets

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzMain runs the whole command on a fuzzed command line over a
// temporary tree holding one fuzzed file (name and content) and a fuzzed
// .gitleaksignore. Arguments are the fuzzed string split at NUL bytes; the
// file's name is appended, after "--" when dashdash is set. It checks that
// the command returns within a deadline (no hang on any input), with
// exit 0, 1 or 2, says why on stderr when it fails, and never prints the
// full key the seeds plant.
//
// Arguments that could make the command write outside the temporary
// directory (an absolute or parent path given to -write-baseline or
// -cpuprofile) are not run.
func FuzzMain(f *testing.F) {
	k := newKeygen(41)
	id, secret := k.keyID(), k.secret()
	creds := "aws_access_key_id = " + id + "\naws_secret_access_key = " + secret + "\n"
	f.Add("", "creds.ini", []byte(creds), []byte(""), true)
	f.Add("-write-baseline=.x.json", "-write-baseline=.x.json", []byte(creds), []byte(""), true)
	f.Add("-json", "a\nb.yaml:1:1: all clear", []byte(creds), []byte("\ufeffa.yaml:aws-access-token:1\n"), false)
	f.Add("-format=sarif", "sp ace#frag?.yaml", []byte(creds), []byte(""), true)
	f.Add("-max-size=0\x00-include-go", "x.go", []byte(strings.Repeat("k", 70000)+" "+id+"\n"), []byte(strings.Repeat("z", 70000)), true)
	f.Add("-since\x00", "\x1b[2Jterm.env", []byte(creds), []byte(""), true)
	f.Add("-history=-x", "h.env", []byte(creds), []byte("not:a:fingerprint:x\n"), false)
	f.Add("-config\x00cfg.toml", "cfg.toml", []byte("[extend]\npath = \"cfg.toml\"\n"), []byte(""), false)
	f.Add("-baseline\x00b.json", "b.json", []byte(`{"version":1,"salt":"00","entries":[]}`), []byte(""), true)
	f.Fuzz(func(t *testing.T, argv, name string, content, ignore []byte, dashdash bool) {
		if !safeFuzzName(name) {
			return
		}
		var args []string
		if argv != "" {
			args = strings.Split(argv, "\x00")
		}
		for _, a := range args {
			if writesOutside(a) {
				return
			}
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			return // a name this file system refuses
		}
		if err := os.WriteFile(filepath.Join(dir, ".gitleaksignore"), ignore, 0o644); err != nil {
			t.Fatal(err)
		}
		if dashdash {
			args = append(args, "--")
		}
		args = append(args, name)
		t.Chdir(dir)
		var stdout, stderr bytes.Buffer
		done := make(chan int, 1)
		go func() { done <- Main(args, &stdout, &stderr) }()
		var code int
		select {
		case code = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("awsvet secrets %q: still running after 20s", args)
		}
		if code < 0 || code > 2 {
			t.Fatalf("awsvet secrets %q: exit %d", args, code)
		}
		if code == 2 && stderr.Len() == 0 {
			t.Fatalf("awsvet secrets %q: exit 2 with nothing on stderr", args)
		}
		out := stdout.String() + stderr.String()
		for _, s := range []string{id, secret} {
			if strings.Contains(out, s) {
				t.Fatalf("awsvet secrets %q: the output holds a full planted key (%.4s…)", args, s)
			}
		}
		for _, w := range []string{".x.json", "b.json"} {
			if w == name {
				continue // the scanned file itself
			}
			if data, err := os.ReadFile(filepath.Join(dir, w)); err == nil && (bytes.Contains(data, []byte(id)) || bytes.Contains(data, []byte(secret))) {
				t.Fatalf("awsvet secrets %q: %s holds a full planted key", args, w)
			}
		}
	})
}

// safeFuzzName: one path element, not . or .., no NUL, not the ignore file.
func safeFuzzName(name string) bool {
	return name != "" && name != "." && name != ".." && name != ".gitleaksignore" &&
		!strings.ContainsAny(name, "/\x00") && len(name) < 200
}

// writesOutside reports whether an argument could name a file to write
// outside the fuzz's temporary directory.
func writesOutside(arg string) bool {
	return strings.Contains(arg, "/") || strings.Contains(arg, "..")
}
