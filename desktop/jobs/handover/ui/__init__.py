"""The handover job's screens (Qt). One screen per file; the page composes them."""
