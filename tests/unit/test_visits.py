"""Visit states and the service catalogue (pure, no database)."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.errors import DomainError, InvalidTransition
from desktop.core.services import CATALOGUE, SERVICE_KEYS, default_service, validate_override, with_overrides
from desktop.core.visits import VisitState, check_visit_transition

ALLOWED = {
    ("waiting", "serving"),
    ("serving", "waiting"),
    ("serving", "done"),
    ("waiting", "absent"),
    ("serving", "absent"),
}


@pytest.mark.parametrize(("src", "dst"), list(itertools.product([s.value for s in VisitState], repeat=2)))
def test_every_visit_move(src: str, dst: str) -> None:
    if (src, dst) in ALLOWED:
        check_visit_transition(src, dst)
    else:
        with pytest.raises(InvalidTransition):
            check_visit_transition(src, dst)


def test_state_labels_are_english_sources() -> None:
    assert [s.label for s in VisitState] == ["Waiting", "Being served", "Done", "Absent"]


def test_catalogue_defaults() -> None:
    assert SERVICE_KEYS == ("handover", "assist", "cert_renewal", "pin_reset", "pin_change", "card_update")
    minutes = {s.key: s.minutes for s in CATALOGUE}
    assert minutes["handover"] == 30 and minutes["assist"] == 15
    assert minutes["cert_renewal"] == 20 and minutes["pin_reset"] == 15
    assert [s.key for s in CATALOGUE if s.walk_in_only] == ["pin_reset"]
    with pytest.raises(DomainError, match="Unknown service"):
        default_service("haircut")


def test_overrides_apply_and_damaged_values_are_ignored() -> None:
    services = with_overrides(
        {
            "handover": {"minutes": 20},
            "pin_reset": {"walk_in_only": False},
            "assist": {"minutes": "ten", "walk_in_only": "yes"},
            "cert_renewal": {"minutes": True},
            "haircut": {"minutes": 5},
            "card_update": 7,
        }
    )
    assert list(services) == list(SERVICE_KEYS)
    assert services["handover"].minutes == 20 and not services["handover"].walk_in_only
    assert not services["pin_reset"].walk_in_only
    assert services["assist"].minutes == 15 and not services["assist"].walk_in_only
    assert services["cert_renewal"].minutes == 20
    assert with_overrides(None) == {s.key: s for s in CATALOGUE}


@pytest.mark.parametrize(("minutes", "walk_in"), [(0, None), (241, None), (True, None), (None, "yes")])
def test_validate_override_refuses(minutes: object, walk_in: object) -> None:
    with pytest.raises(DomainError):
        validate_override("handover", minutes, walk_in)


def test_validate_override_accepts() -> None:
    validate_override("handover", 45, True)
    validate_override("pin_reset", None, False)
