"""写真撮影: tablet photo capture checked against the official photo rules (issue 6).

The camera screen (Qt Multimedia) takes at least two shots, the resident picks one, and the chosen
shot is cropped to 35:45 around the detected face and checked (`domain.analysis`, OpenCV, off the
GUI thread). The accepted photo is stored in the data folder and hung on the resident's card case
(`desktop.store.cases.attach_photo`; the ref is the JPEG's path relative to the data folder, e.g.
`photos/2026/11/<id>.jpg` — other jobs read it with `desktop.jobs.photo.store.current_photo` and
`read_photo`). Export of the JPEG for the online application and the 4.5 × 3.5 cm photo sheet for
paper applications are audited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.counts import CountKind
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.retention import RetentionRule, setting_key_for
from desktop.jobs.registry import Job, Registry

KEY = "photo"


def _page(shell: Any) -> Any:
    from desktop.jobs.photo.ui.page import PhotoPage

    return PhotoPage(shell)


def _today(shell: Any) -> Any:
    from desktop.jobs.photo.ui.today import PhotoTodayPanel

    return PhotoTodayPanel(shell)


def _settings(shell: Any) -> Any:
    from desktop.jobs.photo.ui.settings_page import PhotoSettingsPage

    return PhotoSettingsPage(shell)


def _cli(sub: Any) -> None:
    from desktop.jobs.photo.cli import add_subcommands

    add_subcommands(sub)


def _demo(ctx: Any, rng: Any, start: Any, end: Any) -> None:
    from desktop.jobs.photo.demo import generate

    generate(ctx, rng, start, end)


def _purge(ctx: Any, cutoff: Any) -> int:
    from desktop.jobs.photo.store import purge_photos

    return purge_photos(ctx, cutoff)


def _selftest_cascades(ctx: Any) -> Any:
    from desktop.jobs.photo.selftest import cascades

    return cascades(ctx)


def register(reg: Registry) -> None:
    reg.add(
        Job(
            KEY,
            title=QT_TRANSLATE_NOOP("Jobs", "Photo"),
            order=20,
            migrations=Path(__file__).with_name("migrations"),
            page=_page,
            today_panel=_today,
            settings_pages=[(QT_TRANSLATE_NOOP("Jobs", "Photo"), _settings)],
            cli=_cli,
            demo=_demo,
            selftest=[_selftest_cascades],
            count_kinds=[CountKind("photo", QT_TRANSLATE_NOOP("CountKind", "Application photos taken"))],
            retention=[
                RetentionRule(
                    "photos",
                    QT_TRANSLATE_NOOP("Retention", "Application photos (JPEG files)"),
                    setting_key_for("photos"),
                    183,
                    _purge,
                )
            ],
        )
    )
