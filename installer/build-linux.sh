#!/usr/bin/env bash
# The Windows build's check on Debian: freeze the Linux one-folder bundle with the SAME spec the
# Windows build uses, smoke-test it (installer/smoke-test.sh), then compile the Windows installer
# script with makensis against that bundle's file list, which catches NSIS script errors here.
#   bash installer/build-linux.sh            # about 1.5 minutes; not part of .ci/run (kept fast)
# Results: dist/madoguchi/ (the bundle, runnable on this Linux) and build/nsis/ (the generated NSIS
# includes and a setup .exe that only proves the script compiles: it holds Linux files).
# A Windows executable cannot be built here: the real installer comes from .github/workflows/windows.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/setup-debian.sh
if ! command -v makensis >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian package: nsis"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis >/dev/null; }
  else
    echo "makensis is missing. Install it first:  sudo apt-get install nsis" >&2
    exit 1
  fi
fi
echo "== installing the build extra (PyInstaller)"
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[build]' 2>&1 | grep -v '^WARNING: Location' || true

start=$SECONDS
echo "== freezing: pyinstaller installer/madoguchi.spec"
rm -rf build/madoguchi dist/madoguchi
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN installer/madoguchi.spec
echo "   bundle: $(du -sh dist/madoguchi | cut -f1), $(find dist/madoguchi -type f | wc -l) files, $((SECONDS - start)) s"

echo "== smoke test"
bash installer/smoke-test.sh dist/madoguchi

echo "== compiling the installer script against the bundle's file list"
rm -rf build/nsis
QT_QPA_PLATFORM=offscreen .venv/bin/python installer/bundle.py nsis-include dist/madoguchi build/nsis \
  "$PWD/build/nsis/linux-check-setup.exe" >/dev/null
makensis -WX -V2 -DNOCOMPRESS -DGENERATED="$PWD/build/nsis" installer/windows/madoguchi.nsi
echo "build-linux: bundle frozen, smoke test passed, installer script compiles ($((SECONDS - start)) s)"
