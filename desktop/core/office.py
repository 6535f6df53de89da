"""The office model (Qt-free): the office profile, sites, and the keys of dated settings.

- `OfficeProfile`: who the office is (municipality, 市民課, 地方公共団体コード), its opening hours per
  weekday, its named counters (窓口), handover terminals (統合端末) and the tablets used for online
  applications (each with its own mail address). Stored as one JSON setting by `desktop.store.office`.
- `Site`: where work happens — the office itself, or a pop-up venue (出張申請の会場).
- Dated settings (`DATED_KEYS`): values that change over time, each valid from a date: population on
  1 January per year, staffing and terminals per month, postage by date and delivery method, the
  national target rates per month. `DatedKey` describes each so that the store and the settings page
  handle them generically; `Staffing` and `TargetRate` are their typed values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, Literal

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP

Hours = tuple[time, time]
SiteKind = Literal["office", "venue"]
OfficeKind = Literal["real", "demo"]

MONDAY, SATURDAY, SUNDAY = 0, 5, 6
DEFAULT_DEPARTMENT = "市民課"

_WEIGHTS = (6, 5, 4, 3, 2)
_MAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_POSTAL = re.compile(r"^\d{3}-?\d{4}$")
_PHONE = re.compile(r"^[0-9()\- ]+$")

WEEKDAY_LABELS = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)


def local_gov_check_digit(first_five: str) -> int:
    """The check digit of a 地方公共団体コード: (11 - Σ(digit × 6,5,4,3,2) mod 11) mod 10."""
    if len(first_five) != 5 or not first_five.isascii() or not first_five.isdigit():
        raise ValueError("five ASCII digits expected")
    total = sum(int(c) * w for c, w in zip(first_five, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def validate_local_gov_code(code: str) -> bool:
    """True for a 6-digit 地方公共団体コード whose last digit is the right check digit (e.g. 131016)."""
    code = code.strip()
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return False
    return local_gov_check_digit(code[:5]) == int(code[5])


def valid_mail(address: str) -> bool:
    """A plain ASCII mail address (local@domain.tld), as the online application accepts."""
    return len(address) <= 254 and bool(_MAIL.match(address))


def default_hours() -> dict[int, Hours | None]:
    """Mon–Fri 8:30–17:15; Saturday and Sunday closed (opened only by weekend sessions)."""
    weekday: Hours = (time(8, 30), time(17, 15))
    return {d: (weekday if d < SATURDAY else None) for d in range(7)}


@dataclass(frozen=True)
class Tablet:
    """A tablet for online applications (申請サポート): its number and its own mail address."""

    number: str
    mail: str


@dataclass
class OfficeProfile:
    """The office profile entered by the setup wizard and edited in 設定 › 窓口."""

    municipality: str = ""  # e.g. みどり市
    department: str = DEFAULT_DEPARTMENT
    local_gov_code: str = ""  # 地方公共団体コード, 6 digits incl. the check digit
    phone: str = ""
    postal_code: str = ""
    address: str = ""
    hours: dict[int, Hours | None] = field(default_factory=default_hours)  # 0 = Monday
    counters: list[str] = field(default_factory=lambda: ["窓口1"])
    terminals: list[str] = field(default_factory=lambda: ["統合端末1"])
    tablets: list[Tablet] = field(default_factory=list)

    @property
    def office_name(self) -> str:
        """The name of the office site and of document headers: 「みどり市 市民課」."""
        return " ".join(p for p in (self.municipality.strip(), self.department.strip()) if p)

    def hours_on(self, weekday: int) -> Hours | None:
        return self.hours.get(weekday)

    def validate(self) -> list[DomainError]:
        """Every problem of the profile, as translatable errors (empty when it may be saved)."""
        errors: list[DomainError] = []
        if not self.municipality.strip():
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the municipality name.")))
        if not self.department.strip():
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the department name.")))
        if not validate_local_gov_code(self.local_gov_code):
            errors.append(
                DomainError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The local government code must be 6 digits with a correct check digit "
                        "(for example 131016). Check the code.",
                    )
                )
            )
        if self.phone.strip() and not _valid_phone(self.phone):
            errors.append(
                DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the phone number as 10 or 11 digits."))
            )
        if self.postal_code.strip() and not _POSTAL.match(self.postal_code.strip()):
            errors.append(
                DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the postal code as 7 digits (123-4567)."))
            )
        errors.extend(self._hours_errors())
        errors.extend(
            _names_errors(
                self.counters,
                QT_TRANSLATE_NOOP("Errors", "Add at least one counter."),
                QT_TRANSLATE_NOOP("Errors", "Enter a name for every counter."),
                QT_TRANSLATE_NOOP("Errors", "Two counters have the same name."),
            )
        )
        errors.extend(
            _names_errors(
                self.terminals,
                QT_TRANSLATE_NOOP("Errors", "Add at least one handover terminal."),
                QT_TRANSLATE_NOOP("Errors", "Enter a name for every handover terminal."),
                QT_TRANSLATE_NOOP("Errors", "Two handover terminals have the same name."),
            )
        )
        errors.extend(self._tablet_errors())
        return errors

    def _hours_errors(self) -> list[DomainError]:
        errors: list[DomainError] = []
        if any(span is not None and not span[0] < span[1] for span in self.hours.values()):
            errors.append(
                DomainError(QT_TRANSLATE_NOOP("Errors", "Opening hours must end after they start."))
            )
        if all(self.hours.get(d) is None for d in range(7)):
            errors.append(
                DomainError(QT_TRANSLATE_NOOP("Errors", "Enter opening hours for at least one day."))
            )
        return errors

    def _tablet_errors(self) -> list[DomainError]:
        errors: list[DomainError] = []
        numbers = [t.number.strip() for t in self.tablets]
        mails = [t.mail.strip().lower() for t in self.tablets]
        if any(not n for n in numbers):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter a number for every tablet.")))
        if len({n for n in numbers if n}) != len([n for n in numbers if n]):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Two tablets have the same number.")))
        for tablet in self.tablets:
            if not valid_mail(tablet.mail.strip()):
                errors.append(
                    DomainError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The mail address of tablet {number} is not valid (name@example.jp)."
                        ),
                        number=tablet.number.strip() or "?",
                    )
                )
        if len(set(mails)) != len(mails):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Each tablet needs its own mail address.")))
        return errors

    def ensure_valid(self) -> None:
        """Raise the first problem (store functions call this before writing)."""
        errors = self.validate()
        if errors:
            raise errors[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "municipality": self.municipality,
            "department": self.department,
            "local_gov_code": self.local_gov_code,
            "phone": self.phone,
            "postal_code": self.postal_code,
            "address": self.address,
            "hours": {
                str(d): (None if span is None else [_hm(span[0]), _hm(span[1])])
                for d, span in sorted(self.hours.items())
            },
            "counters": list(self.counters),
            "terminals": list(self.terminals),
            "tablets": [{"number": t.number, "mail": t.mail} for t in self.tablets],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OfficeProfile:
        raw_hours = data.get("hours")
        hours = default_hours()
        if isinstance(raw_hours, dict):
            hours = {d: None for d in range(7)}
            for key, span in raw_hours.items():
                hours[int(key)] = None if span is None else (parse_hm(span[0]), parse_hm(span[1]))
        return cls(
            municipality=str(data.get("municipality", "")),
            department=str(data.get("department", DEFAULT_DEPARTMENT)),
            local_gov_code=str(data.get("local_gov_code", "")),
            phone=str(data.get("phone", "")),
            postal_code=str(data.get("postal_code", "")),
            address=str(data.get("address", "")),
            hours=hours,
            counters=[str(c) for c in data.get("counters", [])],
            terminals=[str(t) for t in data.get("terminals", [])],
            tablets=[Tablet(str(t["number"]), str(t["mail"])) for t in data.get("tablets", [])],
        )


def default_profile() -> OfficeProfile:
    """A profile to start the setup wizard from: 市民課, Mon–Fri 8:30–17:15, 窓口1, 統合端末1."""
    return OfficeProfile()


def _valid_phone(phone: str) -> bool:
    digits = [c for c in phone if c.isdigit()]
    return bool(_PHONE.match(phone.strip())) and 10 <= len(digits) <= 11


def _names_errors(names: list[str], none: str, blank: str, twice: str) -> list[DomainError]:
    cleaned = [n.strip() for n in names]
    if not cleaned:
        return [DomainError(none)]
    if any(not n for n in cleaned):
        return [DomainError(blank)]
    if len(set(cleaned)) != len(cleaned):
        return [DomainError(twice)]
    return []


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


def parse_hm(text: str) -> time:
    """'08:30' -> time(8, 30)."""
    return time.fromisoformat(text)


@dataclass(frozen=True)
class Site:
    """Where work happens: the office (one) or a pop-up venue (出張申請の会場)."""

    id: str
    kind: SiteKind
    name: str
    address: str = ""
    active: bool = True


# --- dated settings -------------------------------------------------------------------------------

POPULATION = "population"  # int, valid from 1 January of each year (人口: 1月1日現在)
STAFFING = "staffing"  # {"regular": n, "temporary": n}, valid from the 1st of a month (職員配置数)
TERMINALS_IN_SERVICE = "terminals_in_service"  # int, from the 1st of a month (統合端末台数)
COUNTERS_OPEN = "counters_open"  # int, from the 1st of a month (窓口数; unset: the profile's counters)
TARGET_RATE = "target_rate"  # {"lower": %, "upper": %}, from the 1st of a month (国の目標交付率)
POSTAGE_PREFIX = "postage."  # + method: yen per item, valid from any date (郵便料金)

TOKUREI = "tokurei"  # 本人限定受取郵便（特例型）
KAN_I_KAKITOME = "kan_i_kakitome"  # 簡易書留
DELIVERY_METHODS = (TOKUREI, KAN_I_KAKITOME)
DELIVERY_METHOD_LABELS = {
    TOKUREI: QT_TRANSLATE_NOOP("Office", "Restricted-recipient post (special type)"),
    KAN_I_KAKITOME: QT_TRANSLATE_NOOP("Office", "Simple registered mail"),
}


def postage_key(method: str) -> str:
    if method not in DELIVERY_METHODS:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown delivery method {method}."), method=method)
    return POSTAGE_PREFIX + method


@dataclass(frozen=True)
class Staffing:
    """職員配置数: regular (正規) and temporary (臨時) staff at the counter in a month."""

    regular: int
    temporary: int

    @property
    def total(self) -> int:
        return self.regular + self.temporary


@dataclass(frozen=True)
class TargetRate:
    """The national lower and upper target rates for a month, in percent of the population."""

    lower: float
    upper: float


@dataclass(frozen=True)
class DatedPart:
    """One number of a dated value: its JSON name, English label, and allowed range."""

    name: str
    label: str
    maximum: float
    decimals: int = 0  # 0 = an integer


@dataclass(frozen=True)
class DatedKey:
    """A dated setting: `period` says which dates a value may start on ('year' = 1 January,
    'month' = the 1st of a month, 'day' = any date). A single-part value is stored as the bare
    number, a multi-part value as an object of its parts."""

    key: str
    label: str
    period: Literal["year", "month", "day"]
    parts: tuple[DatedPart, ...]

    def check_valid_from(self, valid_from: date) -> None:
        if self.period == "year" and (valid_from.month, valid_from.day) != (1, 1):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This value starts on 1 January of a year."))
        if self.period == "month" and valid_from.day != 1:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This value starts on the first day of a month."))

    def encode(self, parts: dict[str, float]) -> Any:
        """The JSON value for these numbers, validated against each part's range."""
        out: dict[str, int | float] = {}
        for part in self.parts:
            if part.name not in parts:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter every number of the value."))
            number = parts[part.name]
            if not 0 <= number <= part.maximum:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Errors", "Enter a number between 0 and {maximum}."),
                    maximum=_num(part.maximum),
                )
            out[part.name] = round(float(number), part.decimals) if part.decimals else int(number)
        if self.key == TARGET_RATE and out["lower"] > out["upper"]:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "The lower target rate must not exceed the upper one.")
            )
        if len(self.parts) == 1:
            return out[self.parts[0].name]
        return out

    def decode(self, value: Any) -> dict[str, float]:
        if len(self.parts) == 1:
            return {self.parts[0].name: float(value)}
        return {p.name: float(value[p.name]) for p in self.parts}


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


_COUNT = QT_TRANSLATE_NOOP("Office", "Number")
_YEN = QT_TRANSLATE_NOOP("Office", "Yen per item")

DATED_KEYS: tuple[DatedKey, ...] = (
    DatedKey(
        POPULATION,
        QT_TRANSLATE_NOOP("Office", "Population on 1 January"),
        "year",
        (DatedPart("value", QT_TRANSLATE_NOOP("Office", "Population"), 100_000_000),),
    ),
    DatedKey(
        STAFFING,
        QT_TRANSLATE_NOOP("Office", "Staff at the counter"),
        "month",
        (
            DatedPart("regular", QT_TRANSLATE_NOOP("Office", "Regular staff"), 1000),
            DatedPart("temporary", QT_TRANSLATE_NOOP("Office", "Temporary staff"), 1000),
        ),
    ),
    DatedKey(
        TERMINALS_IN_SERVICE,
        QT_TRANSLATE_NOOP("Office", "Terminals in service"),
        "month",
        (DatedPart("value", _COUNT, 1000),),
    ),
    DatedKey(
        COUNTERS_OPEN,
        QT_TRANSLATE_NOOP("Office", "Counters open"),
        "month",
        (DatedPart("value", _COUNT, 1000),),
    ),
    DatedKey(
        POSTAGE_PREFIX + TOKUREI,
        QT_TRANSLATE_NOOP("Office", "Postage: restricted-recipient post (special type)"),
        "day",
        (DatedPart("value", _YEN, 100_000),),
    ),
    DatedKey(
        POSTAGE_PREFIX + KAN_I_KAKITOME,
        QT_TRANSLATE_NOOP("Office", "Postage: simple registered mail"),
        "day",
        (DatedPart("value", _YEN, 100_000),),
    ),
    DatedKey(
        TARGET_RATE,
        QT_TRANSLATE_NOOP("Office", "National target rate"),
        "month",
        (
            DatedPart("lower", QT_TRANSLATE_NOOP("Office", "Lower target (%)"), 100, 1),
            DatedPart("upper", QT_TRANSLATE_NOOP("Office", "Upper target (%)"), 100, 1),
        ),
    ),
)


def dated_key(key: str) -> DatedKey:
    for k in DATED_KEYS:
        if k.key == key:
            return k
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown dated setting {key}."), key=key)
