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
// flags, a PATH that does not exist, a git error, a bad -config).
//
// # What is scanned
//
// A directory is walked; inside a git work tree the walk is git's list of
// tracked files and untracked files that .gitignore does not exclude
// (git ls-files --cached --others --exclude-standard). Left out, quietly:
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
// with a note.
//
// # Rules and output
//
// A finding's rule id is "secrets/" and the detector's rule id:
// gitleaks' own ("secrets/aws-access-token", "secrets/github-pat",
// "secrets/generic-api-key") or awsvet's ("secrets/aws-secret-access-key",
// "secrets/aws-secret-key-in-context", "secrets/aws-session-token"). The
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
// # Speed and memory
//
// Files are scanned in parallel by GOMAXPROCS workers, each file read once.
// A file is handed to the detector in chunks of at most 4 MiB, each a
// fresh buffer; consecutive chunks overlap by 64 KiB (and the next chunk
// starts 4 KiB before the boundary) so that a secret across a boundary is
// found once, with the key name before it. Memory therefore stays bounded
// whatever the file sizes.
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
// Without pre-commit, a plain git hook does the same: .git/hooks/pre-commit
// holding "exec awsvet secrets -staged".
package secrets
