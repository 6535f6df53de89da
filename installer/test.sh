#!/usr/bin/env bash
# Sets up (if needed) and runs the whole test suite: lint (ruff), types (mypy), then pytest
# (unit, store, card on a real pcscd with an emulated card, GUI offscreen and under Xvfb, PDFs).
# Benchmarks are separate: see docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh --test
echo "== ruff"
.venv/bin/ruff check desktop tests
echo "== mypy"
.venv/bin/mypy desktop
echo "== pytest"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
