"""Command APDUs and status words of the My Number Card (see ../shared/CARD.md in the project notes).

Only the commands a counter needs are built here. There is deliberately no builder for EF 0001 (the
12-digit 個人番号): `select_ef` refuses it, so no code path of the application can select it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Applications, selected by DF name
AID_INPUT_SUPPORT = bytes.fromhex("D3921000310001010408")  # 券面事項入力補助AP
AID_JPKI = bytes.fromhex("D392F000260100000001")  # 公的個人認証AP

# Elementary files of 券面事項入力補助AP
EF_INPUT_SUPPORT_PIN = 0x0011  # 券面事項入力補助用暗証番号 (4 digits, 3 tries)
EF_INDIVIDUAL_NUMBER = 0x0001  # the 個人番号: NEVER selected (select_ef refuses it)
EF_BASIC_INFO = 0x0002  # 基本4情報 (after VERIFY)

# Elementary files of 公的個人認証AP
EF_JPKI_TOKEN = 0x0006  # 32-byte ASCII token
EF_AUTH_CERT = 0x000A  # 利用者証明用電子証明書 (DER), readable without a PIN

MAX_CHUNK = 255  # READ BINARY reads at most this much per command (short Le)

SW_OK = 0x9000


class ForbiddenFile(ValueError):
    """A programming error: something asked to select the 個人番号 file."""


def select_df(aid: bytes) -> bytes:
    """SELECT by DF name, no response data (P2 = 0C)."""
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid


def select_ef(file_id: int) -> bytes:
    """SELECT an EF of the current application by its 2-byte id, no response data."""
    if file_id == EF_INDIVIDUAL_NUMBER:
        raise ForbiddenFile("the individual-number file (EF 0001) is never selected")
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02, file_id >> 8, file_id & 0xFF])


def pin_tries_query() -> bytes:
    """VERIFY without data: asks the tries left of the current PIN file without spending one."""
    return bytes([0x00, 0x20, 0x00, 0x80])


def verify(pin: str) -> bytes:
    """VERIFY of the current PIN file. Never log or keep the result of this function."""
    if len(pin) != 4 or not pin.isascii() or not pin.isdigit():
        raise ValueError("the PIN must be 4 ASCII digits")
    return bytes([0x00, 0x20, 0x00, 0x80, 0x04]) + pin.encode("ascii")


def read_binary(offset: int, length: int) -> bytes:
    """READ BINARY of the current EF (offset < 32768, 1 ≤ length ≤ 255)."""
    if not 0 <= offset < 0x8000:
        raise ValueError("offset out of range")
    if not 1 <= length <= MAX_CHUNK:
        raise ValueError("length out of range")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length])


def describe_command(apdu: bytes) -> str:
    """A loggable name of a command: never its data (a VERIFY carries the PIN)."""
    if len(apdu) < 4:
        return "short APDU"
    ins = apdu[1]
    names = {0xA4: "SELECT", 0x20: "VERIFY", 0xB0: "READ BINARY"}
    return names.get(ins, f"INS {ins:02X}")


@dataclass(frozen=True)
class StatusWord:
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK or (self.sw >> 8) == 0x61

    @property
    def tries_left(self) -> int | None:
        """x of 63 Cx (wrong PIN or not yet verified), else None."""
        return self.sw & 0x0F if (self.sw & 0xFFF0) == 0x63C0 else None

    @property
    def blocked(self) -> bool:
        """63 C0 (the last try was just used), 69 83 (ISO) or 69 84 (what real cards send)."""
        return self.sw in (0x63C0, 0x6983, 0x6984)

    @property
    def not_found(self) -> bool:
        return self.sw == 0x6A82

    @property
    def wrong_length(self) -> int | None:
        """6C xx: the card says the exact length to ask for."""
        return self.sw & 0xFF if (self.sw >> 8) == 0x6C else None

    @property
    def end_of_file(self) -> bool:
        """62 82 (end reached before Le bytes) or 6B 00 (offset beyond the end)."""
        return self.sw in (0x6282, 0x6B00)

    def __str__(self) -> str:
        return f"{self.sw:04X}"
