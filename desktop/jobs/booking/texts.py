"""Shown text of the booking job (Qt-free, translated through `desktop.i18n.translate`): rule
descriptions, resource and service names, times and days — shared by the screens, the CLI and paper."""

from __future__ import annotations

from datetime import date, time

from desktop.core.office import WEEKDAY_LABELS
from desktop.core.wareki import weekday_kanji
from desktop.i18n import tr_text, translate
from desktop.jobs.booking.domain.rules import SessionRule
from desktop.jobs.booking.domain.settings import RESOURCE_LABELS, RESOURCE_SHORT


def hm(t: time) -> str:
    return f"{t.hour}:{t.minute:02d}"


def span(start: time, end: time) -> str:
    return f"{hm(start)}–{hm(end)}"


def short_day(d: date) -> str:
    """11/25（水）"""
    return f"{d.month}/{d.day}（{weekday_kanji(d)}）"


def resource_label(resource: str) -> str:
    return tr_text(RESOURCE_LABELS.get(resource, resource))


def resource_short(resource: str) -> str:
    return tr_text(RESOURCE_SHORT.get(resource, resource))


def weekday_name(weekday: int) -> str:
    return translate("Weekday", WEEKDAY_LABELS[weekday])


def describe_rule(rule: SessionRule) -> str:
    """「Week 2 Saturday, 9:00–12:00, except April」 in the current language."""
    days = ", ".join(weekday_name(w) for w in rule.weekdays)
    when = span(rule.start, rule.end)
    if rule.kind == "nth_weekday":
        text = translate("Booking", "Week {n} {weekday} of each month, {span}").format(
            n=rule.nth, weekday=days, span=when)  # fmt: skip
    elif rule.kind == "last_weekday":
        text = translate("Booking", "Last {weekday} of each month, {span}").format(weekday=days, span=when)
    elif rule.kind == "weekly":
        text = translate("Booking", "Every {weekdays}, {span}").format(weekdays=days, span=when)
    elif rule.kind == "one_off":
        text = translate("Booking", "{day}, {span}").format(day=rule.day.isoformat() if rule.day else "", span=when)
    else:
        text = translate("Booking", "{day}: closed").format(day=rule.day.isoformat() if rule.day else "")
    if rule.except_months:
        months = ", ".join(str(m) for m in sorted(rule.except_months))
        text += translate("Booking", " (except months {months})").format(months=months)
    if not rule.one_off and not rule.skip_holidays:
        text += translate("Booking", " (also on holidays)")
    return text
