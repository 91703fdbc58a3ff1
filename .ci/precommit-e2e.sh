#!/usr/bin/env bash
# End-to-end test of awsvet's pre-commit hooks with the real pre-commit
# (Debian's package: PyPI is not reachable here).
#
# In a temporary git repository: "pre-commit try-repo <checkout>
# awsvet-secrets" fails on a staged file that holds a key and names the
# finding without printing the key; with the hook installed, "git commit"
# of that file fails and a clean file commits; the awsvet (Go analyzers)
# hook installs and passes on a clean Go module; a staged file named
# "-write-baseline=.x.json" holding a key is scanned, not read as a flag.
#
# The checkout is snapshotted first (tracked and untracked files that
# .gitignore does not exclude, as they are on disk) into a repository of
# its own: try-repo's own shadow commit of a dirty tree leaves untracked
# files out. pre-commit's "language: golang" then runs "go install ./..."
# in a clone of the snapshot with GOPATH set to the hook environment;
# GOMODCACHE is pointed at the machine's module cache so that the build
# needs no network (or only the Go module proxy on a cold cache).
#
# Usage: .ci/precommit-e2e.sh [checkout]   (default: this script's repository)
set -euo pipefail

checkout=$(cd "${1:-$(dirname "$0")/..}" && pwd)

if ! command -v pre-commit >/dev/null 2>&1; then
	echo "precommit-e2e: installing Debian's pre-commit" >&2
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
fi
for tool in git go pre-commit; do
	command -v "$tool" >/dev/null || { echo "precommit-e2e: $tool not found" >&2; exit 2; }
done
echo "precommit-e2e: $(pre-commit --version), $(go version | cut -d' ' -f3), $(git --version)"

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-home"
export GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=e2e GIT_AUTHOR_EMAIL=e2e@example.com GIT_COMMITTER_NAME=e2e GIT_COMMITTER_EMAIL=e2e@example.com

fail() { echo "precommit-e2e: FAIL: $*" >&2; exit 1; }

# 1. Snapshot the checkout.
snap="$work/awsvet"
git init -q "$snap"
(
	cd "$checkout"
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			[ -f "$f" ] && printf '%s\0' "$f"
		done |
		tar --null -T - -cf -
) | tar -xf - -C "$snap"
git -C "$snap" add -A
git -C "$snap" commit -q -m snapshot
rev=$(git -C "$snap" rev-parse HEAD)
[ -f "$snap/.pre-commit-hooks.yaml" ] || fail "no .pre-commit-hooks.yaml in $checkout"

# 2. A repository to commit into, with a synthetic key: random characters
# of the shape of an access key ID and a secret access key.
repo="$work/repo"
git init -q -b main "$repo"
cd "$repo"
random() { (set +o pipefail; LC_ALL=C tr -dc "$1" </dev/urandom | head -c "$2"); }
key_id="AKIA$(random 'A-Z2-7' 16)"
secret="$(random 'A-Za-z0-9' 36)Ab1/"
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $snap
    rev: $rev
    hooks:
      - id: awsvet-secrets
      - id: awsvet
YAML
printf 'module example.com/e2e\n\ngo 1.22\n' >go.mod
printf 'package main\n\nfunc main() { println("hello") }\n' >main.go
git add .pre-commit-config.yaml go.mod main.go
git commit -q -m init

printf '# deploy settings\nAWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n' "$key_id" "$secret" >deploy.env
git add deploy.env

# 3. try-repo on the staged key: fails, names the finding, hides the key.
start=$(date +%s)
if pre-commit try-repo "$snap" awsvet-secrets --ref "$rev" >"$work/try.out" 2>&1; then
	cat "$work/try.out"
	fail "try-repo passed on a staged key"
fi
echo "precommit-e2e: try-repo (hook install and run) took $(($(date +%s) - start))s"
grep -q 'deploy.env:3:19: .*secrets/aws-access-token' "$work/try.out" || { cat "$work/try.out"; fail "try-repo output lacks the access key finding"; }
grep -q 'deploy.env:4:23: .*secrets/aws-secret-access-key' "$work/try.out" || { cat "$work/try.out"; fail "try-repo output lacks the secret key finding"; }
if grep -qF -e "$key_id" -e "$secret" "$work/try.out"; then fail "try-repo output holds the full key"; fi
echo "precommit-e2e: ok: try-repo awsvet-secrets fails on the staged key"

# 4. The installed hook: the commit of the key fails, a clean file commits.
pre-commit install >/dev/null
if git commit -q -m "add deploy settings" >"$work/commit.out" 2>&1; then
	fail "git commit of a key succeeded"
fi
grep -q 'secrets/aws-access-token' "$work/commit.out" || { cat "$work/commit.out"; fail "the failed commit does not name the finding"; }
if grep -qF -e "$key_id" -e "$secret" "$work/commit.out"; then fail "commit output holds the full key"; fi
[ "$(git rev-list --count HEAD)" = 1 ] || fail "a commit was made"
echo "precommit-e2e: ok: git commit of the key fails"

git rm -q --cached deploy.env
rm deploy.env
printf '# deploy settings\nAWS_REGION=us-east-1\nAWS_PROFILE=deploy\n' >deploy.env
printf 'package main\n\nfunc greet() string { return "hi" }\n' >greet.go
git add deploy.env greet.go
git commit -q -m "add deploy settings" >"$work/clean.out" 2>&1 || { cat "$work/clean.out"; fail "a clean commit failed"; }
grep -q 'awsvet secrets.*Passed' "$work/clean.out" || { cat "$work/clean.out"; fail "the awsvet-secrets hook did not run on the clean commit"; }
grep -q 'awsvet (AWS.*Passed' "$work/clean.out" || { cat "$work/clean.out"; fail "the awsvet hook did not run on the clean commit"; }
[ "$(git rev-list --count HEAD)" = 2 ] || fail "the clean commit is missing"
echo "precommit-e2e: ok: a clean commit passes both hooks"

# 5. A staged file whose name is a flag: the hook passes names after "--",
# so it is scanned as a file (the commit fails) and never read as
# -write-baseline (which would record the key and pass).
flagfile='-write-baseline=.x.json'
printf 'AWS_ACCESS_KEY_ID=%s\n' "$key_id" >"./$flagfile"
git add -- "./$flagfile"
if git commit -q -m "a file named like a flag" >"$work/flag.out" 2>&1; then
	cat "$work/flag.out"
	fail "the commit of a key in a file named $flagfile succeeded"
fi
[ ! -e .x.json ] || fail "the staged file name was read as a flag: .x.json was written"
grep -qF -- "$flagfile:1:19: " "$work/flag.out" || { cat "$work/flag.out"; fail "the hook does not report the key in $flagfile"; }
if grep -qF -e "$key_id" "$work/flag.out"; then fail "flag-named file: output holds the full key"; fi
[ "$(git rev-list --count HEAD)" = 2 ] || fail "a commit was made"
echo "precommit-e2e: ok: a staged file named $flagfile is scanned, not read as a flag"
echo "precommit-e2e: PASS"
