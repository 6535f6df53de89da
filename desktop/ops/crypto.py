"""Encrypted backup files and the office backup passphrase's verifier (Qt-free; `cryptography`).

File format (version 1), all integers big-endian:

    MAGIC (20 bytes)  header length (4)  header (JSON, UTF-8)  chunk 0  chunk 1 …  chunk n (final)

The header holds the key derivation (scrypt: salt, n, r, p), a random 7-byte nonce prefix, the chunk
size, a key check, and the backup's manifest (created, schema version, app version, the audit chain
heads). The database file is cut into chunks of `chunk` bytes, each sealed with AES-256-GCM under
nonce = prefix ‖ chunk number (4) ‖ final flag (1), with the whole header as associated data: so the
header cannot be altered, chunks cannot be reordered, dropped, or cut off at the end, and nothing may
follow the final chunk (the STREAM construction). Memory stays at one chunk however large the office
database grows.

The key check (an AES-GCM tag over nothing, under a nonce no chunk uses) tells a WRONG PASSPHRASE
apart from a DAMAGED FILE before any chunk is read.

The passphrase itself is never stored: the office keeps only a verifier (scrypt with its own salt),
so an export is refused unless it uses the passphrase the administrator set.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"MADOGUCHI-BACKUP-v1\n"
FORMAT = 1
CHUNK = 1024 * 1024
# scrypt: 2^15 × 8 × 128 bytes = 32 MiB and ~0.1 s per derivation on an office PC (the interactive
# parameters of the scrypt paper). Tests lower SCRYPT_N; files record what they used.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_N = 2**20  # a file asking for more is not one of ours (and would cost 1 GiB)
MAX_HEADER = 64 * 1024
_CHECK_NONCE = b"\xff" * 12  # chunk nonces end in flag 0/1 after a 4-byte counter: never all 0xff


class CryptoError(Exception):
    """Base of the decryption failures (mapped to plain messages by `desktop.ops.restore`)."""


class NotEncryptedBackup(CryptoError):
    """The file does not start like an encrypted Madoguchi backup."""


class WrongPassphrase(CryptoError):
    pass


class DamagedBackup(CryptoError):
    """The passphrase is right but the content fails authentication (changed, truncated, extended)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int
    r: int
    p: int

    @classmethod
    def fresh(cls) -> KdfParams:
        """A random salt with the current parameters (read at call time, so tests can lower them)."""
        return cls(os.urandom(16), SCRYPT_N, SCRYPT_R, SCRYPT_P)

    def derive(self, passphrase: str) -> bytes:
        if not (2 <= self.n <= MAX_SCRYPT_N) or self.n & (self.n - 1) or not (1 <= self.r <= 32):
            raise NotEncryptedBackup("unexpected scrypt parameters")
        if not (1 <= self.p <= 16):
            raise NotEncryptedBackup("unexpected scrypt parameters")
        kdf = Scrypt(salt=self.salt, length=32, n=self.n, r=self.r, p=self.p)
        return kdf.derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise NotEncryptedBackup("bad header")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise NotEncryptedBackup("bad header") from exc


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def encrypt_file(
    source: Path,
    dest: Path,
    passphrase: str,
    manifest: dict[str, Any],
    *,
    progress: Callable[[int, int], object] | None = None,
) -> None:
    """Encrypt the file `source` into `dest` (written as `<dest>.part`, flushed, then renamed)."""
    params = KdfParams.fresh()
    key = params.derive(passphrase)
    aead = AESGCM(key)
    prefix = os.urandom(7)
    header = {
        "format": FORMAT,
        "kdf": {"name": "scrypt", "salt": _b64(params.salt), "n": params.n, "r": params.r, "p": params.p},
        "cipher": "AES-256-GCM",
        "nonce_prefix": _b64(prefix),
        "chunk": CHUNK,
        "check": _b64(aead.encrypt(_CHECK_NONCE, b"", b"madoguchi key check")),
        "manifest": manifest,
    }
    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    total = source.stat().st_size
    part = dest.with_name(dest.name + ".part")
    try:
        with source.open("rb") as src, part.open("wb") as out:
            out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            _write_chunks(src, out, aead, prefix, header_bytes, total, progress)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _write_chunks(
    src: BinaryIO,
    out: BinaryIO,
    aead: AESGCM,
    prefix: bytes,
    aad: bytes,
    total: int,
    progress: Callable[[int, int], object] | None,
) -> None:
    index = 0
    done = 0
    block = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(block) == CHUNK else b""
        final = not following
        out.write(aead.encrypt(_nonce(prefix, index, final), block, aad))
        done += len(block)
        if progress is not None:
            progress(done, total)
        if final:
            return
        block = following
        index += 1


@dataclass(frozen=True)
class EncryptedHeader:
    raw: bytes
    data: dict[str, Any]
    offset: int  # where the first chunk starts

    @property
    def manifest(self) -> dict[str, Any]:
        value = self.data.get("manifest")
        return value if isinstance(value, dict) else {}


def read_header(path: Path) -> EncryptedHeader:
    """The header of an encrypted backup (not yet authenticated: trust it only after decrypting)."""
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise NotEncryptedBackup("no magic")
        size_bytes = fh.read(4)
        if len(size_bytes) != 4:
            raise NotEncryptedBackup("short header")
        (size,) = struct.unpack(">I", size_bytes)
        if size > MAX_HEADER:
            raise NotEncryptedBackup("header too large")
        raw = fh.read(size)
    if len(raw) != size:
        raise NotEncryptedBackup("short header")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotEncryptedBackup("bad header") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotEncryptedBackup("unknown format")
    return EncryptedHeader(raw, data, len(MAGIC) + 4 + size)


def decrypt_file(
    source: Path, dest: Path, passphrase: str, *, progress: Callable[[int, int], object] | None = None
) -> dict[str, Any]:
    """Decrypt `source` into `dest`; returns the (now authenticated) manifest.

    Raises NotEncryptedBackup, WrongPassphrase or DamagedBackup; `dest` is removed on any failure.
    """
    header = read_header(source)
    kdf = header.data.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise NotEncryptedBackup("unknown key derivation")
    chunk = header.data.get("chunk")
    if not isinstance(chunk, int) or not (1 <= chunk <= 64 * CHUNK):
        raise NotEncryptedBackup("bad chunk size")
    try:
        params = KdfParams(_unb64(kdf.get("salt")), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise NotEncryptedBackup("bad key derivation") from exc
    prefix = _unb64(header.data.get("nonce_prefix"))
    if len(prefix) != 7:
        raise NotEncryptedBackup("bad nonce")
    aead = AESGCM(params.derive(passphrase))
    try:
        aead.decrypt(_CHECK_NONCE, _unb64(header.data.get("check")), b"madoguchi key check")
    except InvalidTag:
        raise WrongPassphrase() from None
    total = source.stat().st_size - header.offset
    try:
        with source.open("rb") as src, dest.open("wb") as out:
            src.seek(header.offset)
            _read_chunks(src, out, aead, prefix, header.raw, chunk, total, progress)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return header.manifest


def _read_chunks(
    src: BinaryIO,
    out: BinaryIO,
    aead: AESGCM,
    prefix: bytes,
    aad: bytes,
    chunk: int,
    total: int,
    progress: Callable[[int, int], object] | None,
) -> None:
    index = 0
    done = 0
    sealed = src.read(chunk + 16)
    while True:
        if len(sealed) < 16:
            raise DamagedBackup("cut off")
        following = src.read(chunk + 16) if len(sealed) == chunk + 16 else b""
        final = not following
        try:
            out.write(aead.decrypt(_nonce(prefix, index, final), sealed, aad))
        except InvalidTag:
            raise DamagedBackup(f"chunk {index} fails authentication") from None
        done += len(sealed)
        if progress is not None:
            progress(done, total)
        if final:
            return
        sealed = following
        index += 1


# -- the office passphrase's verifier -------------------------------------------------------------------

MIN_PASSPHRASE = 12


def make_verifier(passphrase: str) -> str:
    """`scrypt$n$r$p$salt$hash`: enough to check a passphrase, useless for decrypting anything."""
    params = KdfParams.fresh()
    digest = params.derive("verify:" + passphrase)
    return f"scrypt${params.n}${params.r}${params.p}${_b64(params.salt)}${_b64(digest)}"


def check_verifier(verifier: str, passphrase: str) -> bool:
    try:
        name, n, r, p, salt, digest = verifier.split("$")
        if name != "scrypt":
            return False
        params = KdfParams(_unb64(salt), int(n), int(r), int(p))
        expected = _unb64(digest)
        return hmac.compare_digest(params.derive("verify:" + passphrase), expected)
    except (ValueError, NotEncryptedBackup):
        return False
