"""The exchange format: one JSON document holds a person with all their plans.

See docs/exchange-format.md. Export and import are lossless; importing twice adds nothing.
"""

from __future__ import annotations

FORMAT_NAME = "plan-together-person"
FORMAT_VERSION = 1
