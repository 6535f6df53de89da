"""The settings dialog's pages: kernel pages listed here, then each job's `settings_pages`."""

KERNEL_PAGES: tuple[str, ...] = (
    "desktop.ui.settings.general:GeneralPage",  # language, UI scale (everyone; stored per PC)
    "desktop.ui.settings.office:OfficePage",  # office profile, counters, terminals, tablets
    "desktop.ui.settings.calendar:CalendarPage",  # year-end days, overrides, sessions list
    "desktop.ui.settings.dated:DatedSettingsPage",  # population, staffing, postage, target rates
    "desktop.ui.settings.identity:IdentityPage",  # ID-document catalogue and the rules chosen
    "desktop.ui.settings.retention:RetentionPage",  # retention periods per kind of personal data
    "desktop.ui.settings.users:UsersPage",  # staff accounts (admin)
    "desktop.ui.settings.security:SecurityPage",  # idle lock, login protection, backups kept (admin)
)
