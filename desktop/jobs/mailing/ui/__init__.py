"""Screens of the mailing job (PySide6): the page with its tabs, the today panel, the settings page."""
