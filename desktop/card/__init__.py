"""Reading the My Number Card over PC/SC (pyscard). Qt-free; the GUI and CLI live in
`desktop.jobs.cardreader`.

- `apdu`: the few commands a counter needs (there is no way to select EF 0001, the 個人番号)
- `tlv`: BER-TLV (every length form), 基本4情報 and the certificate's notAfter
- `errors`: every outcome as a translatable `CardError` with a stable `code`
- `pcsc`: the pyscard boundary (readers, connections, APDUs with a watchdog, error mapping)
- `mynumber`: the protocol (identify, PIN tries, VERIFY, read, certificate expiry)
- `reader`: `CardReader`, the facade the GUI, CLI and selftest call
- `monitor`: `ReaderWatcher`, hot-plug watching on its own thread

What is read is never logged, stored or audited: callers record only that a card was read.
"""

from desktop.card.errors import CardError
from desktop.card.mynumber import CardIdentity, CardKind, CertStatus, InputSupportSession, cert_status
from desktop.card.reader import Availability, CardReader, Snapshot
from desktop.card.tlv import BasicInfo

__all__ = [
    "Availability",
    "BasicInfo",
    "CardError",
    "CardIdentity",
    "CardKind",
    "CardReader",
    "CertStatus",
    "InputSupportSession",
    "Snapshot",
    "cert_status",
]
