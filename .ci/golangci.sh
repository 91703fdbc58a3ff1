#!/usr/bin/env bash
# Builds the custom golangci-lint that .custom-gcl.yml describes (awsvet as
# a module plugin) and prints the binary's path on stdout.
#
# "golangci-lint custom" clones golangci-lint from GitHub; CI reaches only
# the Go module proxy, so this does the same steps from the proxy's copy of
# the tagged source: copy it, add cmd/golangci-lint/plugins.go importing
# the plugin, replace the plugin module with this checkout, go mod tidy,
# go build. Users run "golangci-lint custom" with the same .custom-gcl.yml.
#
# The binary is cached under $AWSVET_CACHE (default ~/.cache/awsvet), keyed
# on the golangci-lint version, the Go version and a hash of this module's
# go.mod, go.sum and Go sources (and of this script and .custom-gcl.yml),
# so an unchanged plugin is not rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
log() { echo "golangci.sh: $*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# .custom-gcl.yml is the one place the version and plugin are named.
field() { sed -n "s/^ *-\{0,1\} *$1: *\([^ #]*\).*/\1/p" .custom-gcl.yml | head -1; }
version=$(field version)
module=$(field module)
import=$(field import)
path=$(field path)
[ -n "$version" ] && [ -n "$module" ] && [ -n "$import" ] || fail "cannot read version, module and import from .custom-gcl.yml"
[ "$path" = "." ] || fail ".custom-gcl.yml: plugin path is '$path', want '.' (this checkout)"
[ "$module" = "$(go list -m)" ] || fail ".custom-gcl.yml: module $module is not this module ($(go list -m))"

key=$( {
  echo "$version $(go env GOVERSION) $import"
  git ls-files --cached --others --exclude-standard -- go.mod go.sum '*.go' .custom-gcl.yml .ci/golangci.sh |
    grep -v -e '^testdata/' -e '/testdata/' -e '^examples/' | LC_ALL=C sort |
    while read -r f; do if [ -f "$f" ]; then sha256sum "$f"; fi; done
} | sha256sum | cut -c1-16)
cache=${AWSVET_CACHE:-$HOME/.cache/awsvet}/golangci-lint
bin=$cache/$version-$key/golangci-lint
if [ -x "$bin" ]; then
  log "cached: $bin"
  echo "$bin"
  exit 0
fi

log "building golangci-lint $version with $import (key $key)"
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$version" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || fail "go mod download github.com/golangci/golangci-lint/v2@$version gave no source directory"
cp -r "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
cd "$work/golangci-lint"
cat >cmd/golangci-lint/plugins.go <<GO
package main

// Module plugins, as "golangci-lint custom" writes them.
import _ "$import"
GO
go mod edit -replace "$module=$root"
go mod tidy >&2 || fail "go mod tidy of golangci-lint with the plugin failed"
# The version carries the key, as golangci-lint custom's carries a hash of
# the plugin: golangci-lint salts its result cache with it, so a changed
# rule never replays stale cached findings. main.date must be set for
# golangci-lint to use main.version.
go build -trimpath -ldflags "-s -w -X 'main.version=$version-custom-gcl-awsvet-$key' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" -o golangci-lint ./cmd/golangci-lint >&2 ||
  fail "go build of golangci-lint with the plugin failed"
mkdir -p "$(dirname "$bin")"
mv golangci-lint "$bin.tmp"
mv "$bin.tmp" "$bin"

# Keep the three newest builds.
ls -1dt "$cache"/*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
log "built: $bin"
echo "$bin"
