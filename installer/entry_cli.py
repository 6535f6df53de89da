"""Frozen entry point of `madoguchi(.exe)`, the console program (= the `madoguchi` console script:
`desktop.__main__:console`; with no subcommand it starts the GUI, otherwise it runs `desktop.cli`)."""

import sys

from desktop.__main__ import console

if __name__ == "__main__":
    sys.exit(console())
