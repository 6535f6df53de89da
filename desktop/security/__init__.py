"""Staff accounts, roles and login (Qt-free): password hashing, the login rule, permission checks.

The staff table's SQL lives in `desktop.store.staff`; the audit trail in `desktop.store.audit`.
"""
