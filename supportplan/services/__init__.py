"""Plain-Python services over the plan book, shared by the screens, the CLI, tests and bench."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from supportplan.book import PlanBook


def attach(book: PlanBook) -> None:
    """Give the book its services: ``book.people``, ``book.plans``, ``book.entries`` …"""
    from supportplan.security.accounts import AccountService
    from supportplan.services.audit import AuditService
    from supportplan.services.entries import EntryService
    from supportplan.services.feedback import FeedbackService
    from supportplan.services.goals import GoalService
    from supportplan.services.journey import JourneyService
    from supportplan.services.people import PeopleService
    from supportplan.services.pilot import PilotService
    from supportplan.services.plans import PlanService
    from supportplan.services.rights import RightsService
    from supportplan.services.settings import SettingsService
    from supportplan.services.staff import StaffService
    from supportplan.services.templates import TemplateService
    from supportplan.storage.backups import BackupService

    book.people = PeopleService(book)
    book.plans = PlanService(book)
    book.entries = EntryService(book)
    book.goals = GoalService(book)
    book.feedback = FeedbackService(book)
    book.staff = StaffService(book)
    book.settings = SettingsService(book)
    book.audit_trail = AuditService(book)
    book.templates = TemplateService(book)
    book.pilot = PilotService(book)
    book.journey = JourneyService(book)
    book.accounts = AccountService(book)
    book.backups = BackupService(book)
    book.rights = RightsService(book)
