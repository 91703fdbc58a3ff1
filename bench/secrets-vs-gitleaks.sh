#!/usr/bin/env bash
# Benchmark of "awsvet secrets" against "gitleaks dir" of the same gitleaks
# version, side by side on one corpus: public modules that use the AWS SDK
# (bench/secrets/main.go pins them), fetched through the Go module proxy
# and copied into one tree of about 490 MB. Prints throughput (wall and
# CPU), peak RSS, the one-file (pre-commit) time and the findings by rule
# of each tool, and writes them to bench/out/secrets/results.md, with a
# CPU profile of awsvet's last tree run (awsvet.cpu.pprof).
#
# gitleaks is installed with "go install" into /tmp/gl (never committed).
#
# Usage: bench/secrets-vs-gitleaks.sh [flags of bench/secrets, e.g. -runs 5]
# Environment: CORPUS (tree location, outside any git work tree; default
# $TMPDIR/awsvet-secrets-corpus), GITLEAKS (binary; default /tmp/gl/gitleaks).
set -euo pipefail

cd "$(dirname "$0")/.."
gitleaks_version=v8.30.1
gitleaks=${GITLEAKS:-/tmp/gl/gitleaks}
out=bench/out/secrets
corpus=${CORPUS:-${TMPDIR:-/tmp}/awsvet-secrets-corpus}
mkdir -p "$out"

if [ ! -x "$gitleaks" ]; then
	echo "installing gitleaks $gitleaks_version into $(dirname "$gitleaks")" >&2
	GOBIN=$(dirname "$gitleaks") go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version"
fi
# A go-installed gitleaks does not know its version ("version is set by
# build process"): read the module version from the binary's build info.
have=$(go version -m "$gitleaks" | awk '$1 == "mod" {print $3}')
if [ "$have" != "$gitleaks_version" ]; then
	echo "$gitleaks is gitleaks $have, want $gitleaks_version" >&2
	exit 2
fi

go build -o "$out/awsvet" ./cmd/awsvet
go build -o "$out/secrets-bench" ./bench/secrets
echo "awsvet $(git rev-parse --short HEAD 2>/dev/null || echo '?') (work tree as built), gitleaks $have, $(go version | cut -d' ' -f3)"
exec "$out/secrets-bench" -corpus "$corpus" -awsvet "$out/awsvet" -gitleaks "$gitleaks" -out "$out" "$@"
