"""The assistance job's rules (Qt-free, SQL-free): the guided flow and its checks, the 申請書ID and its
QR code, the identity check at application (申請時来庁), pop-up venues, settings and stored records."""
