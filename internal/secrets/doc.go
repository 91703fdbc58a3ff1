// Package secrets is the "awsvet secrets" command: a secret scanner for
// the files go vet and golangci-lint cannot report on (YAML, JSON, .env,
// Terraform, Dockerfiles, shell, properties, XML, ...). Its rules are
// gitleaks' default rules plus awsvet's AWS rules (secret access keys and
// session tokens bound to their names), run by internal/detect.
//
// # Usage
//
//	awsvet secrets [flags] [PATH...]          files and directories (default .)
//	awsvet secrets -staged [PATHSPEC...]      the staged content: the pre-commit check
//	awsvet secrets -since REV [PATHSPEC...]   lines added since REV: pull-request gating
//	awsvet secrets -history[=RANGE] [RANGE]   every commit (default: all refs)
//
// Exit codes, as the analyzers: 0 no findings, 1 findings, 2 failure (bad
// flags, a PATH that does not exist or is not a regular file or
// directory, a git error, a bad -config, a closed standard output).
//
// Everything after "--" is a PATH (or PATHSPEC, or RANGE), never a flag: a
// file named "-write-baseline=x.json" is scanned as a file. The pre-commit
// hook passes the staged names that way.
//
// # What is scanned
//
// A directory is walked; inside a git work tree the walk is git's list of
// tracked files and untracked files that .gitignore does not exclude
// (git ls-files --cached --others --exclude-standard). A directory that
// git itself ignores (build/ or dist/ under .gitignore, or a directory
// below one), named as a PATH or being the current directory, would list
// nothing and pass unread as "no secrets": it is walked whole instead, as
// git add -f would take it, with a note on stderr. -staged and -since read
// git's index and commits, where an ignored file is only once added by
// force, and is then scanned. Left out, quietly:
//   - the directories .git, vendor and node_modules (third-party trees,
//     full of test keys, are their authors' to scan);
//   - .go files: the analyzers check them with type information (hardcodedkey,
//     hardcodedsecret); -include-go scans them here too;
//   - binary files: a NUL byte in the first 8000 bytes, git's test;
//   - symlinks (a link may leave the tree, or repeat a file scanned under its
//     own name), devices, FIFOs and sockets.
//
// Left out with a note on stderr: files larger than -max-size (default 8
// MB: generated data such as API models, not where keys are pasted; 0 for
// no limit), and files or directories that cannot be read. A PATH given
// explicitly is scanned even under vendor/ or when it is a symlink.
//
// Submodules: a checked-out submodule is walked as part of the tree, its
// files reported under the submodule's path (gitleaks "dir" reads them
// too); one not checked out is named in a note. -staged, -since and
// -history read this repository's index and commits, where a submodule is
// only a commit id: each submodule they meet is named in a note; scan it
// with a run of its own in its directory.
//
// # Special files, standard input, long lines
//
// A PATH given explicitly must be a regular file or a directory once
// symlinks are resolved. A symlink to a directory is walked as that
// directory (findings are reported where the files are). A FIFO, a device,
// a socket, or standard input as a pipe (/dev/stdin, the /dev/fd/N that a
// shell's <(...) passes) is an error naming it: reading it could block or
// never end, and skipping it quietly would pass text nobody scanned.
// Standard input is not read ("-" is refused with that message): save it
// to a file and scan the file. Inside a walked directory such files are
// left out quietly, and never opened.
//
// The files the command reads because a flag or the repository names
// them, -config and every [extend] path it follows, .gitleaksignore and
// -baseline, go through internal/safeio: each must be a regular file
// after symlinks are resolved (a .gitleaksignore committed as a link to
// /dev/urandom, a FIFO or a directory is an error naming it, exit 2), is
// opened without blocking, and is read up to a cap: 4 MB for a
// configuration, 16 MB for a .gitleaksignore, 64 MB for a baseline. A
// configuration that extends itself, directly or through another file, or
// that extends a file that is not TOML, is an error naming the file. Only
// the first 5 bad .gitleaksignore entries are named, then a count.
//
// Lines may be of any length: files are read in chunks, not lines, and
// .gitleaksignore and git's output are split without a line limit (a
// 70,000-character line is scanned like any other). A UTF-8 byte-order
// mark at the start of .gitleaksignore is not part of its first entry.
//
// File names come from the repository: in text output and in notes, a
// name holding a control character (a newline, an escape sequence) is
// printed quoted and escaped, so it cannot add an output line or drive
// the terminal; SARIF URIs are percent-encoded.
//
// The detector adds its own precision rules (internal/detect documents
// them, and how a -config turns them back off): lock and sum files (go.sum,
// *.lock, package-lock.json, pnpm-lock.yaml) get only the high-confidence
// rules; the generic rule needs a key name bound to a secret-shaped value
// and never fires on identifiers, hashes, UUIDs, URLs, paths or pagination
// tokens.
//
// A value repeated in one file (the same rule and secret) is reported
// once, at its first line; the message names the other lines. It is one
// secret to remove and rotate; gitleaks reports every copy.
//
// -staged scans the index blobs of the files added or modified in the index
// (git diff --cached --diff-filter=AM --no-renames: a renamed file is
// scanned whole), not the work tree, so what is checked is what will be
// committed. -since REV scans, for each file changed from the merge base of
// REV and HEAD to HEAD (git diff REV...HEAD), the file at HEAD, and keeps
// the findings that touch a line the change added: a rule still sees the
// context around a new line (in CI, fetch enough history for the merge
// base: a shallow clone makes git fail and the command exit 2). The same
// directory and .go rules apply; the optional PATHSPECs limit both modes.
//
// # History
//
// -history reads "git log -p" over all refs, or over the given range
// (-history=main..topic, or -history main..topic), oldest commit first,
// and scans the lines each commit added to each file, with 3 lines of
// context around them. Each secret (rule and value) is reported once, at
// the first commit that added it, with that commit's id and author date,
// even when a later commit removed it: a key that was ever pushed must be
// rotated. Merge commits are not diffed: their content comes from the
// commits they merge. A file's change larger than -max-size is skipped
// with a note. -history also runs in a bare repository (a CI or server
// mirror); -staged and -since need a work tree. Without git on PATH the
// git modes fail saying so.
//
// # Rules and output
//
// A finding's rule id is "secrets/" and the detector's rule id:
// gitleaks' own ("secrets/aws-access-token", "secrets/github-pat",
// "secrets/generic-api-key") or awsvet's ("secrets/aws-secret-access-key",
// "secrets/aws-secret-key-in-context", "secrets/aws-session-token",
// "secrets/aws-secret-access-key-app-settings" for a .NET appSettings
// entry, <add key="AWSSecretKey" value="…"/>, under any name the AWS
// rules take: AWS.SecretKey, AWS:SecretKey, SecretAccessKey,
// aws_secret_access_key; a bare SecretKey entry is reported, as
// aws-secret-key-in-context, only beside AWS settings). The
// same id is used in text, JSON and SARIF output, in baselines and in the
// suppression comments (awsvet:ignore). Findings of high-confidence rules (a distinctive
// prefix or format) are errors; those of name-bound generic rules,
// warnings.
//
// Text output is one line per finding:
//
//	path:line:col: message (secrets/rule-id)
//	deploy.sh:6:23: aws secret access key 7x…(40 chars): remove it, rotate it, and load it at run time (secrets/aws-secret-access-key)
//
// The message is the same sentence for every rule, in awsvet's words
// rather than the rule's description: the kind of secret (named from the
// rule id), the secret, and what to do. It names the secret only shortened beyond use: an access
// key ID as its first four and last five characters (AKIA…RHDSV), anything
// else as its first two characters and length (wJ…(40 chars)). No output,
// error, baseline or log holds a full secret. Paths are relative to the
// repository root (the git work tree holding the current directory, or the
// current directory). Lines are 1-based and columns 1-based byte offsets,
// as go vet's, right on every line whatever the line endings (CRLF), tabs
// or multi-byte characters; the end position is exclusive. -json writes
// golang.org/x/tools' JSON shape ({"secrets": {"secrets/rule-id": [...]}}),
// -format=sarif SARIF 2.1.0 with one rule descriptor per rule that found
// something, tagged external/cwe/cwe-798 with a GitHub security-severity
// (8.0 for high-confidence rules, 5.0 for generic ones). History findings
// carry their commit and date in every format.
//
// # Suppressing findings
//
//   - Inline: "gitleaks:allow" anywhere on the secret's line, as gitleaks;
//     or an awsvet:ignore comment on the line or the line above, naming the
//     rule (or "secrets" for all of them) and a reason:
//     # awsvet:ignore secrets/aws-access-token -- revoked key kept for the rotation test
//     A directive without a reason suppresses nothing and is reported.
//   - .gitleaksignore at the repository root, in gitleaks' format:
//     "path:rule-id:line" for a finding anywhere, "commit:path:rule-id:line"
//     for one history finding (rule ids with or without "secrets/").
//   - -baseline FILE ignores the findings recorded by -write-baseline FILE;
//     entries are keyed on rule, path and a salted hash of the secret, so
//     they survive lines moving.
//
// # Grading: test fixtures and documentation
//
// A secret in a test fixture or a document is reported at the lower level,
// SARIF's "note" (JSON's category "note"; text output marks the line
// "note:", and the message says "in a test fixture" or "in
// documentation"). internal/scope decides which files those are, for the
// analyzers too: test files and directories (testdata, test, fixtures,
// e2e, mocks, x_test.go, test_x.py, x.spec.ts, ...), documentation
// (*.md, *.rst, *.adoc, README*, CHANGELOG*, doc/ and docs/, sample files
// such as .env.example); examples/ is code. A walked file is also a test
// fixture by use when the nearest Go package above it names it, by its
// path from the package in quotes, in a _test.go file and nowhere else
// (no other mention of its name or directory, no go:embed): benthos'
// resources/ssh_keys/ keys of the Snowpipe tests (testref.go). -staged,
// -since and -history grade by path alone. -fixtures=full reports them
// as any other finding, -fixtures=off not at all. A note is still a
// finding (exit code 1), and the grade changes neither the rule id nor
// the fingerprint or the baseline entry (grade.go says why).
//
// # Speed and memory
//
// Files are scanned in parallel by GOMAXPROCS workers, each file read once.
// A file is handed to the detector in chunks of at most 4 MiB, each a
// fresh buffer; consecutive chunks overlap by 64 KiB (and the next chunk
// starts 4 KiB before the boundary) so that a secret across a boundary is
// found once, with the key name before it. A private key block is found
// at any length up to a chunk's: when a block starts in a chunk that does
// not end it (an armored PGP key block with subkeys passes 64 KiB), the
// chunk stops before the block's BEGIN line and the next chunk starts
// there (the detector tells where: detect.Detector.OpenBlock), which
// re-reads at most that stretch once. gitleaks reads 100 kB pieces
// without overlap, stretched by up to 25 kB to a blank line, so a block
// across one of its piece edges is found only when it ends within those
// 25 kB. Memory therefore stays bounded whatever the file sizes. The cost per file grows linearly with the
// findings too: a file with a key on each of 16,000 lines takes 8 times
// the CPU of one with 2,000 (detect's BenchmarkManyFindings).
//
// # pre-commit
//
// The repository's .pre-commit-hooks.yaml offers two hooks, awsvet (the
// analyzers) and awsvet-secrets (this command on the staged text files):
//
//	repos:
//	  - repo: https://github.com/awsvet/awsvet
//	    rev: <tag or commit>
//	    hooks:
//	      - id: awsvet
//	      - id: awsvet-secrets
//
// The awsvet-secrets hook runs "awsvet secrets --" followed by the staged
// file names. Without pre-commit, a plain git hook does the same:
// .git/hooks/pre-commit holding "exec awsvet secrets -staged".
package secrets
