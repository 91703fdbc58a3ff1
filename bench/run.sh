#!/usr/bin/env bash
# The benchmark's single entry point. From the repository root:
#
#	bash bench/run.sh                 # every corpus module, 3 timed runs each
#	bash bench/run.sh -only=s3,xray   # some modules
#	bash bench/run.sh -runs=5         # more runs (the median is reported)
#	bash bench/run.sh -prepare        # only fetch the corpus
#	AWSVET_REV=HEAD bash bench/run.sh # awsvet as committed, not the work tree
#	SECRETS=0 bash bench/run.sh       # skip the secrets-vs-gitleaks part
#
# It builds awsvet and the no-op driver from this checkout, installs gosec
# at a pinned version, then runs bench/harness (flags are passed to it),
# then the secrets-vs-gitleaks comparison when that script exists. Results
# go to bench/out/ (gitignored). Everything comes through the Go module
# proxy; nothing is cloned.
set -euo pipefail
cd "$(dirname "$0")/.."

GOSEC_VERSION=v2.28.0
BIN=bench/out/bin
mkdir -p "$BIN"
export GOTOOLCHAIN=local GOWORK=off

# AWSVET_REV=<commit> benchmarks awsvet as committed at that revision (built
# from git archive, the work tree untouched) instead of the work tree.
if [[ -n "${AWSVET_REV:-}" ]]; then
	src="$(mktemp -d)"
	trap 'rm -rf "$src"' EXIT
	git archive "$AWSVET_REV" | tar -x -C "$src"
	echo "building awsvet from $AWSVET_REV"
	abs_bin="$(cd "$BIN" && pwd)"
	(cd "$src" && go build -o "$abs_bin/awsvet" ./cmd/awsvet)
	build="commit $(git rev-parse --short "$AWSVET_REV")"
else
	echo "building awsvet from the work tree ($(git describe --always --dirty 2>/dev/null || echo no git))"
	go build -o "$BIN/awsvet" ./cmd/awsvet
	build="work tree $(git describe --always --dirty 2>/dev/null || echo '')"
fi
go build -o "$BIN/noop" ./bench/noop
go build -o "$BIN/harness" ./bench/harness

# go install leaves gosec's version unstamped ("dev"): a stamp file
# records which version the binary is.
if [[ ! -x "$BIN/gosec" || "$(cat "$BIN/gosec.version" 2>/dev/null)" != "$GOSEC_VERSION" ]]; then
	echo "installing gosec $GOSEC_VERSION"
	abs_bin="$(cd "$BIN" && pwd)"
	# Outside this module, so that its go.mod does not constrain gosec's.
	(cd "${TMPDIR:-/tmp}" && GOBIN="$abs_bin" GOFLAGS= go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION")
	echo "$GOSEC_VERSION" >"$BIN/gosec.version"
fi

"$BIN/harness" -bin="$BIN" -awsvet-build="$build" "$@"

# The secret scanner's comparison (awsvet secrets beside gitleaks dir)
# belongs to its own script; run it when it is there, unless SECRETS=0.
if [[ -f bench/secrets-vs-gitleaks.sh && "${SECRETS:-1}" != 0 ]]; then
	bash bench/secrets-vs-gitleaks.sh
fi
