#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (Qt's lupdate; no line numbers, so the file
# only changes when a message changes). Then translate the new messages with Qt Linguist
# (`.venv/bin/pyside6-linguist resources/translations/madoguchi_ja.ts`) or by editing the XML.
# tests/unit/test_translations.py fails while a .ts is stale or a message lacks its Japanese text.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m desktop.i18n_tools update "$@"
