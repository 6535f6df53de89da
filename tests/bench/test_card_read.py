"""Benchmark: after the PIN, reading the four items through the virtual reader (pyscard → pcscd → vpcd →
emulated card) takes under 100 ms. Run with `.venv/bin/python -m pytest tests/bench --benchmark-only`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.card.mynumber import InputSupportSession
from desktop.card.reader import CardReader
from tests.card.emulator import CardEmulator

LIMIT_S = 0.100


def test_read_after_the_pin_under_100_ms(benchmark: Any, insert_card: Callable[..., CardEmulator]) -> None:
    card = insert_card()
    reader = CardReader()

    def open_session() -> tuple[tuple[InputSupportSession], dict[str, Any]]:
        return (reader.open_input_support(),), {}

    def read(session: InputSupportSession) -> str:
        return session.read("1234").name  # VERIFY, select EF 0002, read it, parse, close

    name = benchmark.pedantic(read, setup=open_session, rounds=20, iterations=1)
    assert name == "髙﨑 𠮷太郎" and card.tries == 3
    assert benchmark.stats.stats.max < LIMIT_S, f"slowest read {benchmark.stats.stats.max * 1000:.1f} ms"
