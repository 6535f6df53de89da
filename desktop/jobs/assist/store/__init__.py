"""The assistance job's SQL (Qt-free): its own tables (migration 0008) and the kernel's public functions.

- `records`: begin (from a visit, a walk-in or a resident found), save the draft at every step, finish
  (case 申請済, events, visit 完了), suspend (中断) and resume, read back
- `venues`: pop-up venue sessions (a venue site + a calendar session + the job's details), figures
- `ledger`: the day's and a period's assisted applications (申請サポート記録簿), CSV
- `settings`: the slip's texts and paper, this PC's last tablet
- `printdata`: what the documents print (audited views) and the audit of prints and exports
- `retention`: the job's retention rule
"""
