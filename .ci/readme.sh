#!/usr/bin/env bash
# Checks that README.md's shell blocks say what the binary does: every
# ```sh block is preceded by a marker line that says how CI checks it,
# and a block without one fails this script.
#
#   <!-- ci: setup -->      the two set-up commands; .ci/run runs them
#                           itself, first, on an empty module cache
#                           (this script only prints them: --setup)
#   <!-- ci: run -->        run here, line by line, in a scratch clone of
#                           this checkout with the awsvet just built first
#                           on PATH; a line's comment "exits N" gives its
#                           expected exit code (default 0)
#   <!-- ci: synopsis -->   usage lines with placeholders: every flag they
#                           name must be one "awsvet ... -help" lists
#   <!-- ci: skip REASON --> not runnable offline (a published release,
#                           GitHub); the reason is required
#
# Usage: .ci/readme.sh           check every block
#        .ci/readme.sh --setup   print the set-up block's commands
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
readme=$root/README.md
fail() { echo "readme.sh: FAIL: $*" >&2; exit 1; }

# blocks: "N<TAB>MARKER" per ```sh block (N: its first line), then the
# block's lines, each as "N<TAB>>line", in one stream.
blocks() {
  awk '
    /^[ \t]*```sh[ \t]*$/ { inblock = 1; start = NR + 1; print start "\t" marker; next }
    inblock && /^[ \t]*```[ \t]*$/ { inblock = 0; marker = ""; next }
    inblock { sub(/^[ \t]+/, ""); print NR "\t>" $0; next }
    /^[ \t]*$/ { next }
    { sub(/^[ \t]+/, ""); marker = ($0 ~ /^<!-- ci: .* -->$/) ? $0 : "" }
  ' "$readme"
}

if [ "${1:-}" = "--setup" ]; then
  blocks | awk -F'\t' '$2 ~ /^<!--/ { on = ($2 == "<!-- ci: setup -->") } on && $2 ~ /^>/ { print substr($2, 2) }'
  exit 0
fi

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
go build -o "$tmp/bin/awsvet" ./cmd/awsvet
export PATH="$tmp/bin:$PATH" GOBIN="$tmp/bin"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com
git clone -q "$root" "$tmp/clone"
secrets_help=$(awsvet secrets -help)
main_help=$(awsvet -help)

n_run=0 n_setup=0 n_synopsis=0 n_skip=0
mode=""
while IFS=$'\t' read -r line text; do
  if [[ "$text" != ">"* ]]; then
    case "$text" in
      "<!-- ci: setup -->") mode=setup; n_setup=$((n_setup + 1)) ;;
      "<!-- ci: run -->") mode=run; n_run=$((n_run + 1)) ;;
      "<!-- ci: synopsis -->") mode=synopsis; n_synopsis=$((n_synopsis + 1)) ;;
      "<!-- ci: skip "?*" -->") mode=skip; n_skip=$((n_skip + 1)) ;;
      *) fail "README.md:$line: a sh block with no '<!-- ci: ... -->' marker line before it" ;;
    esac
    continue
  fi
  cmd=${text#>}
  [ -n "$cmd" ] || continue
  case $mode in
  run)
    want=0
    if [[ "$cmd" =~ \#.*exits\ ([0-9]+) ]]; then want=${BASH_REMATCH[1]}; fi
    echo "readme.sh: README.md:$line: $cmd"
    set +e
    (cd "$tmp/clone" && bash -c "$cmd") >"$tmp/out" 2>&1
    got=$?
    set -e
    if [ "$got" -ne "$want" ]; then
      tail -c 4000 "$tmp/out" >&2
      fail "README.md:$line: '$cmd' exited $got, want $want"
    fi
    ;;
  synopsis)
    # "awsvet secrets -staged ..." -> each -flag must be in the help.
    help=$main_help
    [[ "$cmd" == "awsvet secrets"* ]] && help=$secrets_help
    for f in $(grep -o -- ' -[a-z][a-z-]*' <<<"${cmd%%#*}" || true); do
      grep -q -- "^  ${f}\b" <<<"$help" || fail "README.md:$line: $f is not a flag of '${cmd%% -*}' (see its -help)"
    done
    ;;
  esac
done < <(blocks)
[ "$n_setup" -eq 1 ] || fail "README.md has $n_setup set-up blocks, want 1"
echo "readme.sh: README.md's sh blocks: $n_run run, $n_synopsis synopsis checked, $n_skip skipped with a reason, 1 set-up (run by .ci/run)"
