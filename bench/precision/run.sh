#!/usr/bin/env bash
# Issue 17's precision run: every rule and `awsvet secrets` on each module
# of bench/precision/corpus.txt, findings kept per module for review. From
# the repository root:
#
#	bash bench/precision/run.sh              # every corpus module
#	bash bench/precision/run.sh -only=dax,yace
#
# Modules are fetched through the Go module proxy and copied to writable
# trees by bench/harness -prepare (the benchmark's own preparation, so the
# two corpora are built the same way), under bench/precision/out/src/. The
# awsvet binary is built from this checkout as it is. For each module NAME:
#
#	out/NAME.analyzers.json   awsvet -json (all rules, tests included) on its patterns
#	out/NAME.secrets.json     awsvet secrets -format=json on its source tree
#	out/NAME.stderr           what either run printed on stderr
#
# and out/findings.tsv (one line a finding), out/summary.txt (counts by
# rule). Needs jq. Exit status 1
# (findings) is expected; 2 (failure) is recorded and the run goes on.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=bench/precision/corpus.txt
out=bench/precision/out
only=""
for arg in "$@"; do
	case "$arg" in
	-only=*) only="${arg#-only=}" ;;
	*) echo "run.sh: unknown argument $arg (want -only=a,b)" >&2; exit 2 ;;
	esac
done
export GOTOOLCHAIN=local GOWORK=off
mkdir -p "$out/bin" "$out/src"

rev="$(git describe --always --dirty 2>/dev/null || echo 'no git')"
echo "building awsvet from the work tree ($rev)"
go build -o "$out/bin/awsvet" ./cmd/awsvet
go build -o "$out/bin/harness" ./bench/harness
echo "$rev" >"$out/awsvet.rev"

"$out/bin/harness" -prepare -corpus="$corpus" -work="$out/src" -out="$out/harness" ${only:+-only="$only"}

awsvet="$(pwd)/$out/bin/awsvet"
abs_out="$(pwd)/$out"
# name module@version patterns..., comments dropped (the corpus format).
sed -e 's/#.*//' "$corpus" | while read -r name modver patterns; do
	[[ -z "$name" ]] && continue
	if [[ -n "$only" && ",$only," != *",$name,"* ]]; then
		continue
	fi
	dir="$out/src/$name"
	if [[ ! -f "$dir/.awsvet-bench" ]]; then
		echo "$name: not prepared (see the harness's error above); skipped"
		continue
	fi
	echo "$name ($modver)"
	# shellcheck disable=SC2086 # the patterns are words by design
	(cd "$dir" && GOFLAGS=-mod=mod "$awsvet" -json ${patterns:-./...}) \
		>"$abs_out/$name.analyzers.json" 2>"$abs_out/$name.stderr" || status=$?
	[[ "${status:-0}" -ge 2 ]] && echo "  analyzers failed (exit ${status}): see $out/$name.stderr"
	status=0
	# The trees sit under this repository's bench/precision/out/, which its
	# .gitignore excludes: inside a git work tree the scanner walks git's
	# list of files, which then holds none of them (sessions 3 and 4 scanned
	# nothing). A ceiling at out/src keeps git from finding this repository,
	# so each tree is walked as a plain directory, as a fetched module is.
	(cd "$dir" && GIT_CEILING_DIRECTORIES="$abs_out/src" "$awsvet" secrets -format=json .) \
		>"$abs_out/$name.secrets.json" 2>>"$abs_out/$name.stderr" || status=$?
	[[ "${status:-0}" -ge 2 ]] && echo "  secrets failed (exit ${status}): see $out/$name.stderr"
	status=0
done

# One line per finding (module, rule, severity, position, message) for the
# review, and the counts by rule. Paths are relative to the module's root.
for f in "$out"/*.analyzers.json "$out"/*.secrets.json; do
	[[ -s "$f" ]] || continue
	name="$(basename "$f")"
	jq -r --arg m "${name%%.*}" \
		'to_entries[].value | to_entries[] | .key as $r | .value[] | [$m, $r, .category, .posn, .message] | @tsv' "$f"
done >"$out/findings.tsv"
echo "findings by rule (all modules):"
cut -f2 "$out/findings.tsv" | sort | uniq -c | sort -rn | tee "$out/summary.txt"
