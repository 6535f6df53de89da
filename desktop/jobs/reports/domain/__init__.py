"""Qt-free rules of the reports job: periods, figures, the sheets, the follow-up table, the dashboard."""
