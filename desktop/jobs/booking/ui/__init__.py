"""The booking job's screens (one per file): the page and its tabs, the board, the call display,
the today panel and the settings pages."""
