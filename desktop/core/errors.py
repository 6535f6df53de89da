"""Errors that staff read. Each carries an English source message (translated where shown) and params.

Raise `DomainError(QT_TRANSLATE_NOOP("Errors", "Slot {time} is already full."), time="10:30")`; the UI and
CLI translate the template in context "Errors" and then format it with the params. Never put a
resident's personal data into a message that may reach a log.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule said no. The message is a translatable template; `params` fill it in."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class NotAllowed(DomainError):
    """The staff member's role does not allow this."""


class NotFound(DomainError):
    """The record asked for does not exist (or was purged)."""


class Conflict(DomainError):
    """A business rule of uniqueness said no (double booking, duplicate number...)."""


class InvalidTransition(DomainError):
    """A card case or visit may not move that way."""
