"""The jobs: one package per job, each with one `register(registry)`.

`INSTALLED` lists the job packages in navigation order; a job's issue adds its line when it lands.
The main window, the CLI, the demo generator, selftest, migrations, reports and retention only
iterate over `desktop.jobs.registry.jobs()`.
"""

INSTALLED: tuple[str, ...] = ("booking", "photo", "assist", "handover", "reports", "cardreader", "mailing")
