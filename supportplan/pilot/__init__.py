"""The pilot review across every plan in the book: figures made in SQL, and the anonymised file."""

from __future__ import annotations

from supportplan.pilot.views import PilotFilter, PilotReview

__all__ = ["PilotFilter", "PilotReview"]
