"""What every store call needs: the database, the clock, this device, and who is acting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from desktop.core.clock import Clock, iso_utc
from desktop.core.staff import SYSTEM, Actor


@dataclass(frozen=True)
class Context:
    """An open office database seen by one actor. Cheap to copy with another actor (`as_actor`)."""

    db: Database
    clock: Clock
    device_id: str
    data_dir: Path
    actor: Actor = SYSTEM
    site_id: str | None = None  # the site (office or pop-up venue) work is done at; None = main office

    def as_actor(self, actor: Actor) -> Context:
        return replace(self, actor=actor)

    def at_site(self, site_id: str | None) -> Context:
        return replace(self, site_id=site_id)

    def now_text(self) -> str:
        return iso_utc(self.clock.now())
