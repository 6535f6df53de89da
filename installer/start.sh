#!/usr/bin/env bash
# Sets up (if needed) and starts Madoguchi on its embedded default: a local SQLite database in the
# user data folder. The first run shows the setup wizard (which also offers a demo office).
#   bash installer/start.sh [--data-dir DIR] [--lang ja|en]
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
exec .venv/bin/madoguchi "$@"
