#!/usr/bin/env bash
# Build the Linux bundle and try it as a user would: start the window (offscreen) and quit,
# then use the bundled command line to make, export, import and (once it exists) print a plan.
#   bash installer/smoke-test.sh           (SKIP_BUILD=1 reuses installer/dist/PlanTogether)
# Slow (a PyInstaller build), so not part of the pytest run. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE="$PWD/installer/dist/PlanTogether"
APP="$BUNDLE/PlanTogether"
CLI="$BUNDLE/plan-together"

# Qt's X11 plugin needs these at build time, so that PyInstaller puts them in the bundle;
# xvfb lets the test start the bundle on a real (virtual) X display as well as offscreen.
needed=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 xvfb xauth)
missing=()
for package in "${needed[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; }
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
  python -m pip install -q 'pyinstaller>=6.10'
  python installer/build.py
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"  # nothing may depend on the source tree: run from elsewhere
export PYTHONPATH=  # and no source on the path

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

step "the window starts offscreen, shows home, and quits"
started=$(date +%s%N)
out=$(QT_QPA_PLATFORM=offscreen PLAN_TOGETHER_QUIT_WHEN_READY=1 timeout 120 "$APP" --demo 2>&1)
ended=$(date +%s%N)
echo "$out" | grep -v propagateSizeHints || true
echo "$out" | grep -q "ready: home lists 13 people" || fail "the window did not show the demo people"
echo "start to home ready, making a 13-person demo book first: $(((ended - started) / 1000000)) ms"

if command -v xvfb-run >/dev/null; then
  step "the window starts on an X display too (Qt's xcb plugin and its libraries are bundled)"
  out=$(PLAN_TOGETHER_QUIT_WHEN_READY=1 timeout 120 xvfb-run -a "$APP" --demo 2>&1)
  echo "$out" | grep -q "ready: home lists 13 people" || fail "on X: $out"
  echo "ready on X"
fi

step "the command line: version, demo, people"
"$CLI" --version
"$CLI" demo --db made.db --people 3
"$CLI" people --db made.db | tee people.txt
person=$(head -1 people.txt | cut -f1)
name=$(head -1 people.txt | cut -f2)

step "export a person, import them into a new encrypted plan book (twice: the second adds nothing)"
"$CLI" export --db made.db --person "$person" --out plan.json
if "$CLI" new --help >/dev/null 2>&1; then  # plan books are encrypted: set one up, sign in
  export PLAN_TOGETHER_STAFF="Sam Carter" PLAN_TOGETHER_PASSWORD="smoke-test passphrase 7"
  "$CLI" new --db new.db --organisation "Smoke test" >/dev/null
fi
"$CLI" import --db new.db plan.json | tee first.txt
grep -q "versions added" first.txt || fail "import added nothing"
"$CLI" import --db new.db plan.json | tee second.txt
grep -q "Nothing was added" second.txt || fail "a second import changed something"
"$CLI" people --db new.db | grep -q "$name" || fail "$name is not in the new plan book"
if [ -n "${PLAN_TOGETHER_PASSWORD:-}" ]; then
  ! grep -q "$name" new.db new.db-wal 2>/dev/null || fail "$name can be read in the file on disk"
  echo "encrypted: $name cannot be read in new.db"
fi

step "print an easy-read PDF"
if "$CLI" print --help >/dev/null 2>&1; then
  read -r plan version < <(python3 -c "import json,sys; d=json.load(open('plan.json')); \
p=d['plans'][0]; print(p['id'], p['versions'][-1]['id'])")
  "$CLI" print --db new.db --plan "$plan" --style easy-read --out plan.pdf \
    || "$CLI" print --db new.db --plan "$version" --style easy-read --out plan.pdf
  head -c 5 plan.pdf | grep -q '%PDF-' || fail "plan.pdf is not a PDF"
  if command -v pdftotext >/dev/null; then
    # Read it all first: with pipefail, grep -q leaving early would fail pdftotext (SIGPIPE).
    printed=$(pdftotext plan.pdf -)
    grep -q "$name" <<<"$printed" || fail "$name is not in the printed plan"
  fi
  echo "plan.pdf: $(stat -c %s plan.pdf) bytes, $(pdfinfo plan.pdf 2>/dev/null | grep Pages || true)"
else
  echo "not built yet: this bundle has no print command"
fi

step "size"
du -sh "$BUNDLE"
echo "smoke test passed"
