"""Operations: backups and restore, the start-up integrity check, network-path refusal, selftest.

Qt-free except `scheduler` (the GUI's daily backup timer) and the GUI-lock probe in `restore`, which
uses QtCore's QLockFile (the same lock the GUI takes). All SQL stays in `desktop.store` (`backup`,
`audit`, `meta`); these modules orchestrate files, encryption and refusals. See docs/OPERATIONS.md.
"""
