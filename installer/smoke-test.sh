#!/usr/bin/env bash
# Smoke test of a frozen one-folder bundle (Linux, or Windows under Git Bash in CI):
#   bash installer/smoke-test.sh [BUNDLE_DIR]        # default: dist/madoguchi
# With a temporary data folder (nothing of the user's is read or written) it runs
#   --version · demo · selftest (when the bundle has it) · card status · a monthly sheet as PDF
#   (the bundled font embedded) · the GUI offscreen for a few seconds, from both executables,
# and fails on a wrong exit code, on any stderr line that is not expected, on an ERROR or traceback in
# the log, and when the bundle wrote into its own folder (an installed copy is read-only).
# pyside6-lrelease is taken off PATH, so the GUI must use the .qm the bundle ships.
set -euo pipefail

bundle="${1:-dist/madoguchi}"
gui_seconds="${SMOKE_GUI_SECONDS:-6}"
suffix=""
[ -f "$bundle/madoguchi.exe" ] && suffix=".exe"
cli="$bundle/madoguchi$suffix"
gui="$bundle/madoguchi-gui$suffix"
for exe in "$cli" "$gui"; do
  [ -f "$exe" ] || { echo "smoke test: no $exe (freeze first: installer/README.md)" >&2; exit 1; }
done

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else printf '%s' "$1"; fi; }
data="$work/data"
mkdir -p "$data" "$work/home"
marker="$work/started"
touch "$marker"

# Nothing outside the temporary folder: data folder, caches and Qt settings (XDG on Linux).
export MADOGUCHI_DATA_DIR="$(native "$data")"
export XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
clean_path=""
IFS=':' read -r -a path_parts <<<"$PATH"
for dir in "${path_parts[@]}"; do
  compgen -G "$dir/pyside6-lrelease*" >/dev/null 2>&1 && continue
  clean_path="${clean_path:+$clean_path:}$dir"
done
export PATH="$clean_path"

# stderr lines that are expected: Qt's offscreen plugin on every shown window; the report's progress.
EXPECTED_STDERR='^(This plugin does not support propagateSizeHints\(\)|Counting .*|Writing .*)$'
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

check_stderr() {  # NAME FILE [MORE_EXPECTED_REGEX]
  local unexpected
  unexpected="$(tr -d '\r' <"$2" | grep -vE "$EXPECTED_STDERR" | grep -vE "${3:-^$}" | grep -v '^$' || true)"
  [ -z "$unexpected" ] || fail "$1: unexpected stderr:"$'\n'"$unexpected"
}

step() {  # NAME ALLOWED_EXIT_CODES(regex) STDIN MORE_EXPECTED_STDERR(regex) COMMAND...
  local name="$1" codes="$2" input="$3" expected="$4" rc=0
  shift 4
  printf '== %s\n' "$name"
  printf '%s' "$input" | "$@" >"$work/out" 2>"$work/err" || rc=$?
  sed 's/^/   /' "$work/out" | head -n 20
  [[ "$rc" =~ ^($codes)$ ]] || { fail "$name: exit code $rc"; sed 's/^/   /' "$work/err" >&2; }
  check_stderr "$name" "$work/err" "$expected"
}

gui_for_a_while() {  # NAME EXE: start it, require it alive after N seconds and "started" in the log
  local name="$1" exe="$2" pid before
  printf '== %s (offscreen, %ss)\n' "$name" "$gui_seconds"
  before="$(grep -c ' INFO desktop: started' "$data/logs/madoguchi.log" 2>/dev/null || true)"
  "$exe" --data-dir "$(native "$data")" >"$work/gui-out" 2>"$work/gui-err" &
  pid=$!
  pids+=("$pid")
  sleep "$gui_seconds"  # the GUI has no "quit after" switch: a few seconds of real running is the test
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  else
    local rc=0
    wait "$pid" || rc=$?
    fail "$name: ended by itself within ${gui_seconds}s (exit code $rc)"
  fi
  local after
  after="$(grep -c ' INFO desktop: started' "$data/logs/madoguchi.log" 2>/dev/null || true)"
  [ "${after:-0}" -gt "${before:-0}" ] || fail "$name: the log never says 'started'"
  check_stderr "$name" "$work/gui-err"
  rm -f "$data/madoguchi-gui.lock"  # killed, so the lock stays behind (Qt would also take it over)
}

dd=(--data-dir "$(native "$data")")
step "--version" 0 "" "" "$cli" --version
grep -q '^Madoguchi [0-9]' "$work/out" || fail "--version printed: $(cat "$work/out")"
step "demo" 0 "" "" "$cli" "${dd[@]}" --lang en demo --seed 1
grep -q 'demo-super' "$work/out" || fail "demo printed no logins"

if "$cli" --lang en --help 2>/dev/null | grep -qE '^ +selftest( |$)'; then
  step "selftest" 0 "" "" "$cli" "${dd[@]}" --lang en selftest
else
  echo "== selftest: not in this build's --help (skipped)"
fi

# pyscard loads: 0 with a reader, 20-29 for "no service" / "no reader" (desktop/jobs/cardreader/cli.py),
# which it says in one plain line on stderr
step "card status" '0|2[0-9]' "" '^[^:]*(smart-card service|card reader)[^:]*$' "$cli" "${dd[@]}" --lang en card status

month="$(date +%Y-%m)"
step "report monthly (PDF)" 0 $'demo-super-pass\n' "" "$cli" "${dd[@]}" --lang en report monthly \
  --month "$month" --format pdf --out "$(native "$work/monthly.pdf")" --user demo-super --password-stdin
if [ -f "$work/monthly.pdf" ]; then
  grep -aq 'BIZUDGothic' "$work/monthly.pdf" || fail "the monthly sheet does not embed the bundled font"
else
  fail "no monthly sheet written"
fi

gui_for_a_while "GUI from $(basename "$cli")" "$cli"
gui_for_a_while "GUI from $(basename "$gui")" "$gui"

echo "== log"
if grep -nE ' (ERROR|CRITICAL) |Traceback' "$data"/logs/*.log; then
  fail "the log has errors (above)"
fi
if [ -d "$XDG_CACHE_HOME/Madoguchi/translations" ]; then
  fail "the translation was compiled at run time: the bundle's .qm was not used"
fi
written="$(find "$bundle" -newer "$marker" -type f | head -n 5)"
[ -z "$written" ] || fail "the bundle wrote into its own folder:"$'\n'"$written"

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failure(s)" >&2
  exit 1
fi
echo "smoke test passed: $bundle"
