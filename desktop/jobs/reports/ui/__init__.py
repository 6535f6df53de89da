"""The reports job's screens: the 集計 page (tabs), the dashboard and the settings page."""
