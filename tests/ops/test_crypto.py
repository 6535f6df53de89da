"""Encrypted backup files: round trip, wrong passphrase, tampering, truncation, the verifier."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.ops import crypto

MANIFEST = {"created_at": "2026-11-24T01:00:00.000000Z", "schema_version": 10}


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(crypto, "CHUNK", 1024)
    return 1024


def _plain(tmp_path: Path, size: int) -> Path:
    path = tmp_path / "plain.bin"
    path.write_bytes(os.urandom(size))
    return path


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 4096, 5000])
def test_round_trip_of_every_size(tmp_path: Path, small_chunks: int, size: int) -> None:
    plain = _plain(tmp_path, size)
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    assert crypto.is_encrypted(enc)
    if size >= 16:
        assert plain.read_bytes()[:16] not in enc.read_bytes()
    manifest = crypto.decrypt_file(enc, out, "secret phrase 1")
    assert out.read_bytes() == plain.read_bytes()
    assert manifest == MANIFEST
    assert not enc.with_name(enc.name + ".part").exists()


def test_wrong_passphrase_is_told_apart_from_damage(tmp_path: Path, small_chunks: int) -> None:
    plain = _plain(tmp_path, 3000)
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    with pytest.raises(crypto.WrongPassphrase):
        crypto.decrypt_file(enc, out, "secret phrase 2")
    assert not out.exists()


def _damage(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first chunk", "last chunk", "manifest"])
def test_a_flipped_bit_is_refused(tmp_path: Path, small_chunks: int, where: str) -> None:
    plain = _plain(tmp_path, 3000)
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    header = crypto.read_header(enc)
    at = {"first chunk": header.offset + 5, "last chunk": enc.stat().st_size - 3,
          "manifest": header.offset - 10}[where]  # fmt: skip
    _damage(enc, at)
    with pytest.raises((crypto.DamagedBackup, crypto.NotEncryptedBackup)):
        crypto.decrypt_file(enc, out, "secret phrase 1")
    assert not out.exists()


def test_manifest_edit_fails_authentication(tmp_path: Path, small_chunks: int) -> None:
    plain = _plain(tmp_path, 3000)
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    data = enc.read_bytes().replace(b'"schema_version": 10', b'"schema_version": 11')
    enc.write_bytes(data)
    with pytest.raises(crypto.DamagedBackup):
        crypto.decrypt_file(enc, out, "secret phrase 1")


@pytest.mark.parametrize("cut", ["at a chunk boundary", "inside a chunk", "the header"])
def test_a_truncated_file_is_refused(tmp_path: Path, small_chunks: int, cut: str) -> None:
    plain = _plain(tmp_path, 3000)
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    offset = crypto.read_header(enc).offset
    keep = {"at a chunk boundary": offset + 2 * (small_chunks + 16), "inside a chunk": offset + 100,
            "the header": offset - 20}[cut]  # fmt: skip
    enc.write_bytes(enc.read_bytes()[:keep])
    with pytest.raises((crypto.DamagedBackup, crypto.NotEncryptedBackup)):
        crypto.decrypt_file(enc, out, "secret phrase 1")


def test_bytes_after_the_final_chunk_are_refused(tmp_path: Path, small_chunks: int) -> None:
    plain = _plain(tmp_path, 2048)  # two full chunks: the second is the final one
    enc, out = tmp_path / "b.mdgbackup", tmp_path / "out.bin"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    enc.write_bytes(enc.read_bytes() + os.urandom(40))
    with pytest.raises(crypto.DamagedBackup):
        crypto.decrypt_file(enc, out, "secret phrase 1")


def test_not_an_encrypted_backup(tmp_path: Path) -> None:
    other = _plain(tmp_path, 100)
    with pytest.raises(crypto.NotEncryptedBackup):
        crypto.decrypt_file(other, tmp_path / "out", "x")
    with pytest.raises(crypto.NotEncryptedBackup):
        crypto.read_header(other)


def test_file_records_its_scrypt_parameters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain(tmp_path, 10)
    enc = tmp_path / "b.mdgbackup"
    crypto.encrypt_file(plain, enc, "secret phrase 1", MANIFEST)
    assert crypto.read_header(enc).data["kdf"]["n"] == 2**10
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**11)  # a later version derives differently: still opens
    crypto.decrypt_file(enc, tmp_path / "out", "secret phrase 1")


def test_production_scrypt_parameters() -> None:
    assert (crypto.SCRYPT_R, crypto.SCRYPT_P) == (8, 1)
    params = crypto.KdfParams(b"0" * 16, 2**15, 8, 1)
    assert len(params.derive("x")) == 32


def test_verifier_checks_without_storing_the_passphrase() -> None:
    verifier = crypto.make_verifier("the office phrase")
    assert "the office phrase" not in verifier
    assert crypto.check_verifier(verifier, "the office phrase")
    assert not crypto.check_verifier(verifier, "the office phrasE")
    assert not crypto.check_verifier("garbage", "the office phrase")
    assert crypto.make_verifier("the office phrase") != verifier  # salted
