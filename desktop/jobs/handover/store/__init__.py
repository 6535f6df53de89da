"""The handover job's SQL (Qt-free): its own tables (migration 0010) and the kernel's public functions.

- `handovers`: begin (call the visit, open the resident), complete (visit 完了, case 交付済, record,
  events), read back
- `finder`: today's board, reservation number + birth date, kana, 申請書ID
- `walkins`: walk-in services, each counted under its own kind
- `unclaimed`: waiting cards, reminders, returned notices, disposal batches
- `settings`: the disposal rule, the receipt paper, this PC's terminal
- `printdata`: what the documents print (audited views) and the audit of prints and exports
- `retention`: the job's retention rule
"""
