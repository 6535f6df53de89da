"""SQLite storage. ALL SQL of the kernel lives here (jobs keep theirs in `desktop/jobs/<job>/store.py`)."""
