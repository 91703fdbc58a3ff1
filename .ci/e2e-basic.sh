#!/usr/bin/env bash
# End-to-end check of the awsvet binary on the bundled example: standalone
# (text, -json, -format=sarif) and go vet -vettool report the same finding,
# exit codes are right, and no output holds a full secret.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/awsvet" ./cmd/awsvet
fail() { echo "FAIL: $*"; exit 1; }

# The example's key, to prove no output holds it. Read from the source so
# this script does not hold it too.
secret=$(grep -o 'secretAccessKey = "[^"]*"' examples/uploader/main.go | cut -d'"' -f2)
[ ${#secret} -eq 40 ] || fail "could not read the example secret"

expect_exit() { # want cmd...
  local want=$1; shift
  set +e; "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "$* exited $got, want $want"; }
  ! grep -qF "$secret" "$tmp/out" "$tmp/err" || fail "$* printed the full secret"
}

expect_exit 1 "$tmp/awsvet" ./examples/...
grep -q '^examples/uploader/main.go:[0-9]*:[0-9]*: hardcoded AWS secret access key tq…(40 chars): .* (hardcodedkey)$' "$tmp/out" || fail "standalone text: finding missing"
for rule in hardcodedkey staticcreds region presign retryconfig retryloop; do
  grep -q "($rule)\$" "$tmp/out" || fail "standalone text: no $rule finding on the examples"
done
text_count=$(wc -l <"$tmp/out")
key_count=$(grep -c '(hardcodedkey)$' "$tmp/out")

expect_exit 1 "$tmp/awsvet" -json ./examples/...
json_count=$(grep -c '"posn"' "$tmp/out")
[ "$json_count" -eq "$text_count" ] || fail "-json has $json_count findings, text $text_count"

expect_exit 1 "$tmp/awsvet" -format=sarif ./examples/...
grep -q '"ruleId": "hardcodedkey"' "$tmp/out" || fail "sarif: no hardcodedkey result"
sarif_count=$(grep -c '"ruleId"' "$tmp/out")
[ "$sarif_count" -eq "$text_count" ] || fail "sarif has $sarif_count results, text $text_count"

expect_exit 1 "$tmp/awsvet" -hardcodedkey=false ./examples/...
! grep -q '(hardcodedkey)$' "$tmp/out" || fail "-hardcodedkey=false still reports hardcodedkey"
[ "$(wc -l <"$tmp/out")" -eq $((text_count - key_count)) ] || fail "-hardcodedkey=false dropped other rules too"
expect_exit 1 "$tmp/awsvet" -presign ./examples/...
[ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "-presign alone should run only presign"

expect_exit 2 "$tmp/awsvet" -format=xml ./examples/...
grep -q 'unknown -format' "$tmp/err" || fail "bad flag: no clear message"

# go vet drives the same analyzers through the unitchecker protocol.
expect_exit 1 go vet -vettool="$tmp/awsvet" ./examples/...
vet_count=$(grep -c '^examples/' "$tmp/err")
[ "$vet_count" -eq "$text_count" ] || fail "go vet reported $vet_count findings, standalone $text_count"
expect_exit 1 go vet -vettool="$tmp/awsvet" -hardcodedkey=false ./examples/...
[ "$(grep -c '^examples/' "$tmp/err")" -eq $((text_count - key_count)) ] || fail "go vet -hardcodedkey=false"

# The project itself is clean (examples/ holds deliberate mistakes).
expect_exit 0 "$tmp/awsvet" $(go list ./... | grep -v '/examples/')
echo "e2e-basic: ok ($text_count findings in each output)"
