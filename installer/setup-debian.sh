#!/usr/bin/env bash
# Sets up a development/run environment on Debian 12 (Python 3.11): Debian packages, then a
# virtualenv in .venv with Madoguchi installed in editable mode.
#   bash installer/setup-debian.sh          # what the application needs
#   bash installer/setup-debian.sh --test   # + what the test suite needs (Xvfb, poppler, pcscd/vpcd)
# As root (CI, containers) apt-get runs directly; otherwise the missing packages are listed with the
# command to install them (the stock image has no sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-app}"
APP_PKGS=(python3-venv python3-dev gcc libpcsclite-dev pcscd
          libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libpulse0)
TEST_PKGS=(xvfb xauth poppler-utils poppler-data vsmartcard-vpcd nsis)  # nsis: makensis for tests/installer
pkgs=("${APP_PKGS[@]}")
[ "$mode" = "--test" ] && pkgs+=("${TEST_PKGS[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "These Debian packages are missing: ${missing[*]}" >&2
    echo "Install them first:  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
echo "== installing Python packages"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
if [ "$mode" = "--test" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e . 2>&1 | grep -v '^WARNING: Location' || true
fi
.venv/bin/python -c "import desktop, PySide6, sqlite_utils, reportlab, smartcard" \
  || { echo "Python packages did not install; see the messages above" >&2; exit 1; }
