"""Printing failures staff can act on (Qt-free, so jobs and tests can catch them without Qt)."""

from __future__ import annotations

from desktop.core.errors import DomainError


class PrinterUnavailable(DomainError):
    """No printer, an unknown printer, or one that refused the job. The document is kept."""
