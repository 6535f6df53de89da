"""The booking job's SQL (Qt-free): settings and capacities, session rules, availability, bookings,
the day's board, import/export. Every function takes a `desktop.store.context.Context`; writes that
touch more than one row run inside `desktop.store.db.write`."""
