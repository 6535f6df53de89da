"""The assistance job's screens (one per file)."""
