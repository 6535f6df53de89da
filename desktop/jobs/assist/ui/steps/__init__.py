"""The steps of the guided flow, one widget per step (one file each)."""
