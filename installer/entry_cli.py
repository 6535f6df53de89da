"""Frozen entry point of `madoguchi(.exe)`, the console program (= the `madoguchi` console script:
`desktop.cli:main`; with no subcommand it starts the GUI)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
