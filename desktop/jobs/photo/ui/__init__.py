"""The photo job's screens (Qt): the page, its panels, the frame feed, the settings page, the today panel."""
