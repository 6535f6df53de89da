"""The shell: what every page is given (`Shell`) and the window flow (`Launcher`).

`Shell` is passed to every page, job page, today panel and settings page: `ctx` (the office database
as the logged-in staff member), `tasks` (the one way to run slow work), `prompter` (the one way to open
a modal dialog), `main_window`, `data_dir`, `info` (who and where) and `refresh_today()`.

`Launcher` runs the windows in order: the setup wizard on a first run (no office profile), then the
login window, then the main window. Made without a context (the bootstrap), it shows the login window
at once when the office database exists and opens the database on the database thread meanwhile
(`opened(ctx)` / `openFailed(exc)`); the wizard replaces the login window if the office has no profile
yet. Then the main window; logging out (Ctrl+L) returns to the login window. A staff switch
on the main window's lock screen (職員交代, or after the idle lock) ends the session and opens a new
main window for the staff member who logged in, without the login window. It emits
`finished` when the last window is closed, and the bootstrap quits the application then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSysInfo, QTimer, Signal

if TYPE_CHECKING:  # not imported at start: the login window shows before the database layer loads
    from desktop.core.office import OfficeProfile
    from desktop.core.staff import Actor
    from desktop.jobs.registry import Job
    from desktop.store.context import Context
    from desktop.tasks import TaskRunner
    from desktop.tasks.prompt import Prompter


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in where: for the status bar, window titles and page headers."""

    staff_name: str = ""
    office_name: str = ""
    office_kind: str | None = None  # 'real' | 'demo' | None
    device_name: str = field(default_factory=lambda: QSysInfo.machineHostName())
    profile: OfficeProfile | None = None

    @property
    def demo(self) -> bool:
        return self.office_kind == "demo"


def load_session_info(ctx: Context) -> SessionInfo:
    """Read the office profile, office kind and staff name (runs on the database thread)."""
    from desktop.store import staff as staff_store
    from desktop.store.office import load_profile, office_kind

    profile = load_profile(ctx)
    member = staff_store.get(ctx, ctx.actor.staff_id) if ctx.actor.staff_id else None
    return SessionInfo(
        staff_name=member.display_name if member is not None else ctx.actor.login,
        office_name=profile.office_name if profile is not None else "",
        office_kind=office_kind(ctx),
        profile=profile,
    )


def open_with_profile(data_dir: Path) -> tuple[Context, OfficeProfile | None]:
    """Open the office database and read its profile (runs on the database thread)."""
    from desktop.store.office import load_profile
    from desktop.store.open import open_office

    ctx = open_office(data_dir)
    try:
        return ctx, load_profile(ctx)
    except BaseException:
        ctx.db.close()
        raise


class Shell:
    """Everything a page needs from the application, in one object."""

    def __init__(
        self,
        ctx: Context,
        tasks: TaskRunner,
        prompter: Prompter,
        data_dir: Path | None = None,
        *,
        info: SessionInfo | None = None,
        jobs: list[Job] | None = None,
        main_window: Any = None,
    ) -> None:
        self.ctx = ctx
        self.tasks = tasks
        self.prompter = prompter
        self.data_dir = data_dir if data_dir is not None else ctx.data_dir
        self.info = info or SessionInfo()
        self._jobs = jobs
        self.main_window = main_window

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def jobs(self) -> list[Job]:
        """The registered jobs (all of them; filter by `job.min_role` against `actor`)."""
        if self._jobs is None:
            from desktop.jobs.registry import jobs

            self._jobs = jobs()
        return list(self._jobs)

    def refresh_today(self) -> None:
        """Reload the today view (after a check-in, a handover …)."""
        if self.main_window is not None:
            self.main_window.refresh_today()


class Launcher(QObject):
    """Setup wizard (first run) → login → main window → (log out) → login …"""

    finished = Signal()  # the last window was closed: quit
    opened = Signal(object)  # Context: the office database is open (made without a context)
    openFailed = Signal(object)  # noqa: N815 - Qt naming; the exception: the database did not open

    def __init__(
        self,
        ctx: Context | None,
        tasks: TaskRunner,
        prompter: Prompter,
        data_dir: Path | None = None,
        *,
        jobs: Callable[[], list[Job]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.prompter = prompter
        if data_dir is None:
            if ctx is None:
                raise ValueError("a Launcher needs a data folder or an open office")
            data_dir = ctx.data_dir
        self.data_dir = data_dir
        self._jobs = jobs
        self.wizard: Any = None
        self.login_window: Any = None
        self.main_window: Any = None
        self.shell: Shell | None = None
        self.suspended = False

    def start(self) -> None:
        if self.ctx is None:
            self._open()
            return
        from desktop.store.office import load_profile

        ctx = self.ctx
        self.tasks.run(lambda: load_profile(ctx), self._profile_loaded, self._start_failed,
                       label=self.tr("Opening the office…"))  # fmt: skip

    def _open(self) -> None:
        """The login window now (an office exists), the database on the database thread meanwhile."""
        from desktop.platform.paths import database_path

        if database_path(self.data_dir).exists():
            self.show_login()
        # after the window's first paint (the next turn of the event loop): the database thread's
        # imports would otherwise compete with it for the interpreter
        QTimer.singleShot(0, self._open_database)

    def _open_database(self) -> None:
        data_dir = self.data_dir
        self.tasks.run(lambda: open_with_profile(data_dir), self._opened, self._open_failed,
                       label=self.tr("Opening the office…"))  # fmt: skip

    def _opened(self, result: tuple[Context, OfficeProfile | None]) -> None:
        ctx, profile = result
        self.ctx = ctx
        self.opened.emit(ctx)
        if profile is None:  # a first run (or a setup left unfinished): the wizard, not the login
            _dispose(self.login_window)
            self.login_window = None
            self.show_wizard()
        elif self.login_window is not None:
            self.login_window.set_office(ctx)
        else:
            self.show_login()

    def _open_failed(self, exc: BaseException) -> None:
        """The bootstrap decides (a damaged database: the newest good backup is offered); the login
        window waits hidden until `resume()` or the end."""
        self.suspend()
        self.openFailed.emit(exc)

    def _start_failed(self, exc: BaseException) -> None:
        from desktop.tasks.prompt import report_failure

        report_failure(self.prompter, exc)
        self.finished.emit()

    def _profile_loaded(self, profile: OfficeProfile | None) -> None:
        if profile is None:
            self.show_wizard()
        else:
            self.show_login()

    def show_wizard(self) -> None:
        from desktop.ui.setup_wizard import SetupWizard

        assert self.ctx is not None, "the wizard opens once the office database is open"
        self.wizard = SetupWizard(self.ctx, self.tasks, self.prompter, self.data_dir)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self.finished.emit)
        self.wizard.show()

    def _wizard_done(self) -> None:
        self.show_login()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def show_login(self) -> None:
        from desktop.ui.login import LoginWindow

        if self.suspended:  # the database is being replaced: `resume()` shows the login window
            return
        self.login_window = LoginWindow(self.ctx, self.tasks, self.prompter)
        self.login_window.loggedIn.connect(self._logged_in)
        self.login_window.closed.connect(self.finished.emit)
        self.login_window.show()
        self.login_window.activateWindow()

    def _logged_in(self, actor: Actor) -> None:
        assert self.ctx is not None, "nobody logs in before the office database is open"
        ctx = self.ctx.as_actor(actor)
        self.tasks.run(lambda: load_session_info(ctx), lambda info: self._open_main(ctx, info))

    def _open_main(self, ctx: Context, info: SessionInfo) -> None:
        from desktop.ui.main_window import MainWindow

        jobs = self._jobs() if self._jobs is not None else None
        self.shell = Shell(ctx, self.tasks, self.prompter, self.data_dir, info=info, jobs=jobs)
        previous = self.main_window
        self.main_window = MainWindow(self.shell)
        self.main_window.logoutRequested.connect(self.logout)
        self.main_window.switchRequested.connect(self.switch_staff)
        self.main_window.closed.connect(self._main_closed)
        self.main_window.show_sized()
        _dispose(previous)  # a staff switch: the locked window of the previous staff member goes
        _dispose(self.login_window)
        self.login_window = None

    def logout(self) -> None:
        """Back to the login window (Ctrl+L); the logout is audited."""
        self._end_session()
        self.show_login()
        _dispose(self.main_window)
        self.main_window = None

    def suspend(self) -> None:
        """Close the login and main windows without ending the application (the database is about to
        be replaced: `desktop.ops.scheduler.IntegrityGuard`); no window opens until `resume()`."""
        self.suspended = True
        self._end_session()
        _dispose(self.main_window)
        _dispose(self.login_window)
        self.main_window = self.login_window = None

    def resume(self) -> None:
        """After `suspend()`: the login window again (and the database opened again if it never was)."""
        self.suspended = False
        if self.ctx is None:
            self._open()
        else:
            self.show_login()

    def switch_staff(self, actor: Actor) -> None:
        """Another staff member logged in on the lock screen: end this session (audited), open theirs."""
        self._end_session()
        self._logged_in(actor)

    def _main_closed(self) -> None:
        self._end_session()
        self.main_window = None
        self.finished.emit()

    def _end_session(self) -> None:
        from desktop.security.auth import logout

        if self.shell is not None:
            ctx = self.shell.ctx
            self.tasks.run(lambda: logout(ctx), label=self.tr("Logging out…"))
            self.shell = None


def _dispose(window: Any) -> None:
    """Close a login or main window without telling the launcher to quit, and let Qt delete it."""
    if window is not None:
        window.close_quietly()
        window.deleteLater()
