"""ALL the SQL of the mailing job (Qt-free): arrivals and notices (`cards`), batches and tracking
numbers (`batches`), delivery, returns and invitations (`results`), follow-ups and monthly figures
(`figures`), settings (`settings`). Card cases move only through `desktop.store.cases.transition`."""
