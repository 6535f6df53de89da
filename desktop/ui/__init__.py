"""The shell: main window (composition only), login, first-run setup, settings, shared widgets."""
