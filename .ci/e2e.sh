#!/usr/bin/env bash
# End-to-end checks of every way users run awsvet, on the fixture module
# testdata/e2e (known mistakes, each marked "// e2e: rule" on its line):
#
#   1. golangci-lint v2 built with the awsvet module plugin (.ci/golangci.sh,
#      cached), run with .golangci-plugin.yml: the marked findings, the
#      plugin settings (disable, a rule option, bad names fail), and the
#      project itself is clean;
#   2. go vet -vettool: the marked findings; -hardcodedkey=false drops them,
#      -presign.max adds the option's;
#   3. go fix -fixtool: the region rule's fix on a copy, which still builds;
#   4. SARIF on real output, validated against SARIF 2.1.0 by
#      cmd/awsvet's TestSARIFFile (go-sarif's embedded schema);
#   5. the baseline flow: write once, then fail only on new findings.
#
# That text, -json, SARIF and go vet agree finding for finding is
# cmd/awsvet/e2e_test.go's job (go test ./...). Every check fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
e2e=testdata/e2e
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n-- e2e: %s\n' "$*"; }

# run EXPECTED-EXIT OUT-FILE CMD...: stdout to OUT-FILE, stderr to OUT-FILE.err.
run() {
  local want=$1 out=$2; shift 2
  set +e; "$@" >"$out" 2>"$out.err"; local got=$?; set -e
  if [ "$got" -ne "$want" ]; then
    { tail -c 6000 "$out"; echo; tail -c 6000 "$out.err"; echo; } >&2
    fail "$* exited $got, want $want"
  fi
}

go build -o "$tmp/awsvet" ./cmd/awsvet
awsvet=$tmp/awsvet

# The registered rules, as "awsvet help" lists them (one indented line
# each: name, severity, summary).
rules=$("$awsvet" help | sed -n 's/^  \([a-z0-9]*\)  *\(error\|warning\)  .*/\1/p' | LC_ALL=C sort -u)
[ -n "$rules" ] || fail "awsvet help lists no rule"
registered() { grep -qx "$1" <<<"$rules"; }

# marks [RULE-TO-DROP [OPTION]]: the fixture's marks of registered rules,
# one "path:line rule" per name, paths relative to the fixture module;
# with OPTION (presign.max=10m), also the marks "// e2e(OPTION): rule".
marks() {
  local drop=${1:-} option=${2:-}
  { grep -rn --include='*.go' '// e2e:' "$e2e" || true
    if [ -n "$option" ]; then grep -rnF --include='*.go' "// e2e($option):" "$e2e" | sed 's#// e2e([^)]*):#// e2e:#'; fi
  } | while IFS=: read -r file line rest; do
    for r in ${rest##*// e2e:}; do
      if registered "$r" && [ "$r" != "$drop" ]; then echo "${file#"$e2e"/}:$line $r"; fi
    done
  done | LC_ALL=C sort
}
[ -n "$(marks)" ] || fail "testdata/e2e marks no finding of a registered rule"

# expect WHAT GOT-FILE [RULE-TO-DROP [OPTION]]: the findings are exactly
# the marks.
expect() {
  marks "${3:-}" "${4:-}" >"$tmp/want"
  LC_ALL=C sort "$2" >"$2.sorted"
  diff -u "$tmp/want" "$2.sorted" >&2 || fail "$1: findings differ from the // e2e: marks (-marked +reported)"
  echo "ok: $1 ($(wc -l <"$2") findings)"
}

# --- 1. golangci-lint with the module plugin -------------------------------
gcl_version=$(sed -n 's/^version: *\([^ #]*\).*/\1/p' .custom-gcl.yml)
step "golangci-lint $gcl_version with the awsvet module plugin"
gcl=$(bash .ci/golangci.sh)
"$gcl" version | grep -q "version $gcl_version-custom-gcl" || fail "$gcl is not golangci-lint $gcl_version with the plugin: $("$gcl" version)"

# gcl_run EXIT CONFIG OUT: golangci-lint on the fixture, findings as
# "path:line rule" in OUT (absolute paths, as configs may lie elsewhere).
gcl_run() {
  local code=$1 cfg=$2 out=$3
  run "$code" "$out.raw" bash -c 'cd "$1" && "$2" run -c "$3" --path-mode=abs --output.text.print-issued-lines=false --output.text.colors=false ./...' _ "$e2e" "$gcl" "$cfg"
  sed -n 's/^\(.*\):\([0-9]*\):[0-9]*: \([a-z0-9]*\): .* (awsvet)$/\1:\2 \3/p' "$out.raw" | sed "s#^$root/$e2e/##" >"$out"
}
gcl_run 1 "$root/.golangci-plugin.yml" "$tmp/gcl"
expect "golangci-lint" "$tmp/gcl"

# Settings reach the analyzers: disable drops a rule, a bad name fails the run.
sed 's/^\( *\)disable: \[\]/\1disable: [hardcodedkey]/' .golangci-plugin.yml >"$tmp/disable.yml"
grep -q 'disable: \[hardcodedkey\]' "$tmp/disable.yml" || fail ".golangci-plugin.yml has no 'disable: []' line to edit"
gcl_run 1 "$tmp/disable.yml" "$tmp/gcl-disable"
expect "golangci-lint with disable: [hardcodedkey]" "$tmp/gcl-disable" hardcodedkey
sed 's/^\( *\)disable: \[\]/\1disable: [hardcodedkeys]/' .golangci-plugin.yml >"$tmp/bad.yml"
gcl_run 3 "$tmp/bad.yml" "$tmp/gcl-bad"
grep -q 'unknown rule "hardcodedkeys"' "$tmp/gcl-bad.raw.err" || fail "golangci-lint with a misspelt rule: no clear error: $(cat "$tmp/gcl-bad.raw.err")"
echo "ok: a misspelt rule in the settings fails the run"
# A rule option: options.presign.max is -presign.max.
if registered presign; then
  sed 's/^\( *\)options: {}/\1options: {presign: {max: 10m}}/' .golangci-plugin.yml >"$tmp/option.yml"
  grep -q 'options: {presign: {max: 10m}}' "$tmp/option.yml" || fail ".golangci-plugin.yml has no 'options: {}' line to edit"
  gcl_run 1 "$tmp/option.yml" "$tmp/gcl-option"
  expect "golangci-lint with options: {presign: {max: 10m}}" "$tmp/gcl-option" "" presign.max=10m
else
  echo "skipped: the option check needs the presign rule (not registered)"
fi

# The project itself is clean (the config excludes examples/, the demo).
run 0 "$tmp/gcl-self" "$gcl" run -c .golangci-plugin.yml ./...
echo "ok: golangci-lint on the project: clean"

# --- 2. go vet -vettool --------------------------------------------------------
step "go vet -vettool"
# vet FLAGS...: findings of go vet -json in $tmp/vet, as "path:line rule".
# go vet -json prints a JSON tree per package ({"pkg": {"rule": [{"posn":
# ...}]}}); a package and its test variant may repeat a finding.
vet() {
  local out=$tmp/vet
  run 0 "$out.raw" bash -c 'cd "$1" && shift && go vet -json "$@" ./... 2>&1' _ "$e2e" -vettool="$awsvet" "$@"
  awk '/^\t\t"[a-z0-9]+": \[$/ { rule = $1; gsub(/[":]/, "", rule) }
       /"posn": / { posn = $2; gsub(/[",]/, "", posn); print posn, rule }' "$out.raw" |
    LC_ALL=C sort -u | sed -e "s#^$root/$e2e/##" -e 's#^\(.*:[0-9]*\):[0-9]* #\1 #' >"$out"
}
vet
expect "go vet -vettool" "$tmp/vet"
vet -hardcodedkey=false
expect "go vet -vettool -hardcodedkey=false" "$tmp/vet" hardcodedkey
if registered presign; then
  vet -presign.max=10m
  expect "go vet -vettool -presign.max=10m" "$tmp/vet" "" presign.max=10m
fi
run 1 "$tmp/vet-exit" bash -c 'cd "$1" && go vet -vettool="$2" ./keys/...' _ "$e2e" "$awsvet"
echo "ok: go vet fails on findings"

# --- 3. go fix -fixtool ----------------------------------------------------------
step "go fix -fixtool: the region rule's suggested fix"
registered region || fail "the region rule is not registered (analyzers/analyzers.go): the go fix check needs its suggested fix"
cp -r "$e2e" "$tmp/fix"
(
  cd "$tmp/fix"
  # Only the region rule: its fix is the one under test.
  run 1 "$tmp/fix-diff" go fix -fixtool="$awsvet" -region -diff ./...
  grep -q '^+.*config.LoadDefaultConfig(ctx, config.WithDefaultRegion("us-east-1"))' "$tmp/fix-diff" ||
    fail "go fix -diff does not add config.WithDefaultRegion: $(cat "$tmp/fix-diff")"
  run 0 "$tmp/fix-out" go fix -fixtool="$awsvet" -region ./...
  grep -q 'config.LoadDefaultConfig(ctx, config.WithDefaultRegion("us-east-1"))' fixregion/fixregion.go ||
    fail "go fix did not apply the region fix: $(cat fixregion/fixregion.go)"
  run 0 "$tmp/fix-build" go build ./...
  run 0 "$tmp/fix-vet" go vet ./fixregion/...
  run 0 "$tmp/fix-again" go fix -fixtool="$awsvet" -region -diff ./...
  run 0 "$tmp/fix-clean" "$awsvet" -region ./fixregion/...
)
echo "ok: go fix applied config.WithDefaultRegion, the module builds, nothing left to fix"

# --- 4. SARIF ------------------------------------------------------------------
step "SARIF 2.1.0 on real output"
(cd "$e2e" && run 1 "$tmp/e2e.sarif" "$awsvet" -format=sarif ./...)
AWSVET_SARIF=$tmp/e2e.sarif go test -count=1 -run '^TestSARIFFile$' -v ./cmd/awsvet >"$tmp/sarif-test" 2>&1 ||
  { cat "$tmp/sarif-test" >&2; fail "the fixture's SARIF is not valid"; }
grep -q -- '--- PASS: TestSARIFFile' "$tmp/sarif-test" || fail "TestSARIFFile did not run: $(cat "$tmp/sarif-test")"
grep -q '"external/cwe/cwe-798"' "$tmp/e2e.sarif" || fail "SARIF has no CWE-798 tag"
echo "ok: the fixture's SARIF validates, with helpUri, security-severity, CWE-798 and partialFingerprints"
# The SARIF the workflow uploads: the project itself, no results.
run 0 "$tmp/self.sarif" "$awsvet" -format=sarif $(go list ./... | grep -v '/examples/')
AWSVET_SARIF=$tmp/self.sarif AWSVET_SARIF_RESULTS=0 go test -count=1 -run '^TestSARIFFile$' -v ./cmd/awsvet >"$tmp/sarif-test" 2>&1 ||
  { cat "$tmp/sarif-test" >&2; fail "the project's SARIF is not valid"; }
echo "ok: the project's SARIF validates"

# --- 5. the baseline flow -------------------------------------------------------
step "baseline: record once, fail only on new findings"
cp -r "$e2e" "$tmp/legacy"
(
  cd "$tmp/legacy"
  run 0 "$tmp/bl-write" "$awsvet" -write-baseline=.awsvet-baseline.json ./...
  run 0 "$tmp/bl-old" "$awsvet" -baseline=.awsvet-baseline.json ./...
  # A new key, spelt in two parts so this script holds no key-shaped text.
  line=$(($(wc -l <keys/keys.go) + 2))
  printf '\nconst newKeyID = "%s"\n' "AKIA""N4B7QZ2XKD6PLM3T" >>keys/keys.go
  run 1 "$tmp/bl-new" "$awsvet" -baseline=.awsvet-baseline.json ./...
  [ "$(wc -l <"$tmp/bl-new")" -eq 1 ] && grep -q "^keys/keys.go:$line:.*(hardcodedkey)\$" "$tmp/bl-new" ||
    fail "with the baseline, want only the new finding at keys/keys.go:$line; got: $(cat "$tmp/bl-new")"
)
echo "ok: the baseline hides the recorded findings and reports the new one"

step "all integration checks passed"
