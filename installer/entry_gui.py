"""Frozen entry point of `madoguchi-gui(.exe)`, the windowed launcher the shortcuts start (= the
`madoguchi-gui` GUI script: `desktop.__main__:main`). Windowed: no console, sys.stdout/stderr are None;
everything goes to the log in the data folder."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
