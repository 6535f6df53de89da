"""TLV parsing and APDU units (no reader needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.card import apdu
from desktop.card.apdu import StatusWord
from desktop.card.tlv import (
    TlvError,
    certificate_not_after,
    der_total_size,
    header_size,
    parse_basic_info,
    read_element,
    read_length,
    read_tag,
)
from tests.card.certs import auth_certificate
from tests.card.emulator import basic_info_file, minimal_certificate, tlv


def test_every_length_form() -> None:
    assert read_length(bytes([0x05]), 0) == (5, 1)
    assert read_length(bytes([0x7F]), 0) == (127, 1)
    assert read_length(bytes([0x81, 0x80]), 0) == (128, 2)
    assert read_length(bytes([0x82, 0x00, 0x05]), 0) == (5, 3)  # long form where short fits
    assert read_length(bytes([0x82, 0x01, 0x00]), 0) == (256, 3)
    assert read_length(bytes([0x83, 0x01, 0x00, 0x00]), 0) == (65536, 4)
    assert read_length(bytes([0x84, 0x00, 0x00, 0x01, 0x00]), 0) == (256, 5)
    for bad in (b"\x80", b"\x85\x00\x00\x00\x00\x01", b"\x82\x01", b""):
        with pytest.raises(TlvError):
            read_length(bad, 0)


def test_multi_byte_tags() -> None:
    assert read_tag(bytes.fromhex("FF20"), 0) == (0xFF20, 2)
    assert read_tag(bytes.fromhex("DF22"), 0) == (0xDF22, 2)
    assert read_tag(bytes.fromhex("5F8120"), 0) == (0x5F8120, 3)
    assert read_tag(bytes.fromhex("30"), 0) == (0x30, 1)
    with pytest.raises(TlvError):
        read_tag(bytes.fromhex("DF"), 0)


def test_value_beyond_the_end_is_refused() -> None:
    with pytest.raises(TlvError):
        read_element(bytes.fromhex("DF22820010") + b"abc")


@pytest.mark.parametrize("form", ["82", "81", "short"])
def test_basic_info_in_every_length_form_with_rare_kanji(form: str) -> None:
    name = "髙﨑 𠮷野"  # U+9AD9, U+FA11, U+20BB7 (4 bytes in UTF-8)
    address = "静岡県浜松市中区元城町103番地の2 﨑ハイツ"
    raw = basic_info_file(name, address, "19700101", "2", form)
    info = parse_basic_info(raw)
    assert info.name == name  # exactly as read: no normalisation (髙 stays 髙, 﨑 stays 﨑)
    assert info.address == address
    assert info.birth_date == date(1970, 1, 1)
    assert info.sex == "2" and info.sex_key == "female"
    assert "𠮷" not in repr(info)  # never in a traceback or log


def test_leap_day_birth_date_and_empty_fields() -> None:
    info = parse_basic_info(basic_info_file("", "", "20000229", ""))
    assert info.birth_date == date(2000, 2, 29)
    assert (info.name, info.address, info.sex, info.sex_label) == ("", "", "", "")
    assert parse_basic_info(basic_info_file("山田 太郎", "", "", "9")).birth_date is None


def test_an_impossible_birth_date_is_an_error_not_a_guess() -> None:
    with pytest.raises(TlvError):
        parse_basic_info(basic_info_file("山田", "", "19990229", "1"))
    with pytest.raises(TlvError):
        parse_basic_info(basic_info_file("山田", "", "1999-1-1", "1"))


def test_fields_in_any_order_and_unknown_tags_skipped() -> None:
    body = (
        tlv(b"\xdf\x25", b"1")
        + tlv(b"\xdf\x99", b"future")
        + tlv(b"\xdf\x22", "髙橋".encode())
        + tlv(b"\xdf\x24", b"19641010")
    )
    info = parse_basic_info(tlv(b"\xff\x20", body))
    assert (info.name, info.birth_date, info.sex_key) == ("髙橋", date(1964, 10, 10), "male")


def test_wrong_outer_tag_and_bad_utf8() -> None:
    with pytest.raises(TlvError):
        parse_basic_info(tlv(b"\xff\x21", b""))
    with pytest.raises(TlvError):
        parse_basic_info(tlv(b"\xff\x20", tlv(b"\xdf\x22", b"\xff\xfe")))


def test_header_size_of_the_basic_info_file() -> None:
    raw = basic_info_file("a", "b", "20000101", "1")
    size, length = header_size(raw[:7])
    assert size == 5 and size + length == len(raw) - 32  # the file is padded after the element


def test_certificate_not_after_from_a_real_certificate() -> None:
    der = auth_certificate(datetime(2031, 5, 1, 14, 59, 59, tzinfo=UTC))
    assert certificate_not_after(der) == datetime(2031, 5, 1, 14, 59, 59, tzinfo=UTC)
    assert der_total_size(der[:4]) == len(der)
    later = auth_certificate(datetime(2052, 1, 31, 14, 59, 59, tzinfo=UTC))  # GeneralizedTime
    assert certificate_not_after(later).year == 2052
    assert certificate_not_after(minimal_certificate("20290101000000Z")).year == 2029
    with pytest.raises(TlvError):
        certificate_not_after(tlv(b"\x04", b"not a certificate", "short"))


def test_the_individual_number_file_cannot_be_selected() -> None:
    with pytest.raises(apdu.ForbiddenFile):
        apdu.select_ef(apdu.EF_INDIVIDUAL_NUMBER)
    assert apdu.select_ef(0x0002) == bytes.fromhex("00A4020C020002")


def test_apdus() -> None:
    assert apdu.select_df(apdu.AID_INPUT_SUPPORT) == bytes.fromhex("00A4040C0AD3921000310001010408")
    assert apdu.pin_tries_query() == bytes.fromhex("00200080")
    assert apdu.verify("0123") == bytes.fromhex("002000800430313233")
    assert apdu.read_binary(0x0107, 255) == bytes.fromhex("00B00107FF")
    for bad in ("123", "12345", "12a4", "１２３４"):
        with pytest.raises(ValueError):
            apdu.verify(bad)
    assert apdu.describe_command(apdu.verify("1234")) == "VERIFY"  # never the data


def test_status_words() -> None:
    assert StatusWord(0x63C2).tries_left == 2 and not StatusWord(0x63C2).blocked
    assert StatusWord(0x63C0).blocked and StatusWord(0x6983).blocked and StatusWord(0x6984).blocked
    assert StatusWord(0x6A82).not_found
    assert StatusWord(0x6C10).wrong_length == 0x10
    assert StatusWord(0x9000).ok and StatusWord(0x6110).ok and not StatusWord(0x6982).ok
    assert str(StatusWord(0x6984)) == "6984"
