"""What can go wrong with the reader or the card, as plain messages that say what to do.

Every outcome is a `CardError` (a `DomainError`, so the GUI and the CLI show it translated) with a
stable `code` for exit codes, logs and the audit trail. Messages never contain the card's data.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class CardError(DomainError):
    code = "card_error"

    def __init__(self, template: str | None = None, **params: Any) -> None:
        super().__init__(template or self.default_template(), **params)

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card answered in a way Madoguchi does not understand ({status}). Take the card off "
            "the reader, put it back and try again; if it happens again the card may be damaged.",
        )


class NoService(CardError):
    """pcscd (Linux) or the Windows smart-card service is not running."""

    code = "no_service"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The smart-card service is not running. Plug the card reader in (Windows starts its "
            "smart-card service when a reader is connected) and try again; if that does not help, "
            "ask the administrator to start the “Smart Card” service (pcscd on Linux).",
        )


class NoReader(CardError):
    code = "no_reader"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors", "No card reader is connected. Plug the card reader in and try again."
        )


class ReaderNotFound(NoReader):
    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors", "There is no card reader named “{name}”. Check the name with “madoguchi card status”."
        )


class NoCard(CardError):
    code = "no_card"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors", "There is no card on the reader. Put the card on the reader and try again."
        )


class NotMyNumberCard(CardError):
    code = "not_my_number_card"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card on the reader is not a My Number Card ({kind}). Ask the resident for their "
            "My Number Card.",
        )


class InvalidPin(CardError):
    """The PIN typed is not exactly 4 digits: nothing was sent to the card."""

    code = "invalid_pin"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors", "The PIN must be exactly 4 digits. Nothing was sent to the card."
        )


class WrongPin(CardError):
    code = "wrong_pin"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The PIN was wrong. Tries left: {tries}. Ask the resident to check the PIN and read the "
            "card again.",
        )


class PinBlocked(CardError):
    code = "pin_blocked"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The PIN of this card is blocked (too many wrong tries), so the card cannot be read. The "
            "resident needs a PIN reset (暗証番号の再設定) at the counter; type the details by hand.",
        )


class LastTryRefused(CardError):
    """One try is left and staff did not confirm spending it: nothing was sent."""

    code = "last_try"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Only one PIN try is left. If that PIN is wrong the card is blocked and the resident "
            "needs a PIN reset at the counter. Nothing was sent; confirm the last try explicitly to "
            "use it.",
        )


class CardChanged(CardError):
    """Between asking the PIN and sending it, the card's tries left changed (another card?)."""

    code = "card_changed"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card on the reader changed while the PIN was asked. Nothing was sent; read the "
            "card again.",
        )


class CardRemoved(CardError):
    code = "card_removed"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card was taken off the reader during the read. Put it back on the reader, leave it "
            "there and read it again.",
        )


class ReaderGone(CardError):
    code = "reader_gone"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card reader was unplugged (or the smart-card service stopped) during the read. Plug "
            "the reader in again and read the card again.",
        )


class CardNotResponding(CardError):
    code = "not_responding"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The card did not answer within {seconds} seconds. Take the card off the reader, put it "
            "back and try again; if it happens again, try another reader.",
        )


class CardBusy(CardError):
    code = "card_busy"

    @classmethod
    def default_template(cls) -> str:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Another program is using the card reader. Close that program and try again.",
        )
