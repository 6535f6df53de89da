"""The booking job's rules (Qt-free, SQL-free): settings, session rules, slots, the booking window and
cancellation deadline, the day's queue, and the CSV mapping. The store (`desktop.jobs.booking.store`)
applies them to the office database."""
