"""The job's registry contributions and selftest checks; the emulator's own guard on EF 0001."""

from __future__ import annotations

from desktop.card import apdu
from desktop.jobs.cardreader import READ_ACTION_KEY, register
from desktop.jobs.cardreader.selftest import check_reader, check_service
from desktop.jobs.registry import Registry
from desktop.store.context import Context
from tests.card.emulator import CardEmulator
from tests.card.stack import PcscStack


def test_registry_contributions_are_only_what_card_reading_needs() -> None:
    reg = Registry()
    register(reg)
    (job,) = reg.jobs()
    assert job.key == "cardreader" and job.page is None and job.today_panel is None
    assert job.migrations is None and job.demo is None and not job.settings_pages
    assert len(job.status_widgets) == 1 and [k for k, _ in job.person_actions] == [READ_ACTION_KEY]
    assert job.cli is not None and job.selftest == [check_service, check_reader]


def test_selftest_checks(ctx: Context, pcsc_stack: PcscStack) -> None:
    pcsc_stack.restart(with_readers=True)
    assert check_service(ctx).ok and check_reader(ctx).ok
    assert "Virtual PCD 00 00" in check_reader(ctx).detail
    pcsc_stack.restart(with_readers=False)
    assert check_service(ctx).ok and not check_reader(ctx).ok
    assert check_reader(ctx).severity == "warning"
    pcsc_stack.stop()
    service = check_service(ctx)
    assert not service.ok and service.severity == "warning" and "smart-card service" in service.detail.lower()


def test_the_emulator_records_a_selection_of_the_individual_number_file() -> None:
    card = CardEmulator()
    assert card.respond(apdu.select_df(apdu.AID_INPUT_SUPPORT))[-2:] == b"\x90\x00"
    card.respond(bytes.fromhex("00A4020C020001"))  # what the application must never send
    assert card.violations == ["EF 0001 (個人番号) was selected"]
