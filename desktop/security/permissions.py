"""Role checks. Roles are cumulative (`Role`): a supervisor may do counter work, an admin everything.

`require(actor, Role.SUPERVISOR)` raises `NotAllowed` whose message names the role needed, so the GUI
and the CLI show the same translated sentence. The store's own checks use the same function, so a
screen that forgot to hide a button still cannot do more than the role allows.
"""

from __future__ import annotations

from desktop.core.errors import NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.staff import Actor, Role

# One whole sentence per role (rather than a role name filled into a template) so each translates well.
_REFUSED = {
    Role.COUNTER: QT_TRANSLATE_NOOP("Errors", "Only logged-in counter staff may do this. Log in first."),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "Errors", "Only a supervisor or an administrator may do this. Ask one of them."
    ),
    Role.ADMIN: QT_TRANSLATE_NOOP("Errors", "Only an administrator may do this. Ask an administrator."),
}


def require(actor: Actor, needed: Role) -> None:
    """Raise NotAllowed unless `actor`'s role includes `needed`."""
    if not actor.may(needed):
        raise NotAllowed(_REFUSED[needed], role=needed.key)


def allowed(actor: Actor, needed: Role) -> bool:
    return actor.may(needed)
