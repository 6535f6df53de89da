"""What the mailing job contributes through the registry: its migration, page factories, settings page,
CLI, demo, selftest checks and the retention rule for return notes."""

from __future__ import annotations

from datetime import date

from desktop.jobs.mailing import register
from desktop.jobs.mailing.settings import LABEL_SHEET_KEY
from desktop.jobs.registry import Registry
from desktop.store import office as office_store
from desktop.store.context import Context
from desktop.store.meta import set_setting


def test_registration(ctx: Context) -> None:
    reg = Registry()
    register(reg)
    (job,) = reg.jobs()
    assert job.key == "mailing" and job.migrations is not None
    assert [p.name for p in job.migrations.iterdir()] == ["0009_mailing.sql"]
    assert job.page and job.today_panel and job.cli and job.demo and len(job.settings_pages) == 1
    postage, labels = job.selftest
    assert postage(ctx).ok and labels(ctx).ok
    office_store.remove_dated_value(ctx, "postage.kan_i_kakitome", date(2020, 4, 1))
    office_store.remove_dated_value(ctx, "postage.kan_i_kakitome", date(2024, 10, 1))
    result = postage(ctx)
    assert not result.ok and result.severity == "warning" and result.detail == "kan_i_kakitome"
    set_setting(ctx, LABEL_SHEET_KEY, {"columns": 3})  # 3 × 86.4 mm: wider than A4
    result = labels(ctx)
    assert not result.ok and result.severity == "error"
    (rule,) = job.retention
    assert rule.key == "mail_return_notes" and rule.default_days == 730


def test_retention_rule_is_run_with_the_kernel_rules(ctx: Context) -> None:
    from desktop.store.retention import all_rules

    keys = [r.key for r in all_rules()]
    assert "mail_return_notes" in keys and keys[-1] == "people"
