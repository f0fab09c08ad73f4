"""The fixed choices the model stores, as string enums (stored by value, readable in the file)."""

from __future__ import annotations

from enum import StrEnum


class SaidBy(StrEnum):
    """Whose words these are: the person's own, or a named staff member's."""

    PERSON = "person"
    STAFF = "staff"


class EntryKind(StrEnum):
    GOOD = "good"  # what's good
    CHANGE = "change"  # what I'd like to change
    LIKED_FOR = "liked_for"  # about me: what people like about me
    MATTERS = "matters"  # about me: what matters to me
    SUPPORT_ME = "support_me"  # about me: how best to support me
    DISAGREE = "disagree"  # things I don't agree with


AREA_KINDS = (EntryKind.GOOD, EntryKind.CHANGE)
ABOUT_ME_KINDS = (EntryKind.LIKED_FOR, EntryKind.MATTERS, EntryKind.SUPPORT_ME)

# Sections that are not areas of the template.
ABOUT_ME = "about_me"
AGREEMENT = "agreement"


class VersionStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"


class Helper(StrEnum):
    """Who helps with a step."""

    ME = "me"
    STAFF = "staff"
    FAMILY = "family"  # family or a friend
    COMMUNITY = "community"  # a place or group in the community


class StepStatus(StrEnum):
    TO_DO = "to_do"
    DOING = "doing"
    DONE = "done"
    STOPPED = "stopped"


class AgreedHow(StrEnum):
    SIGNATURE = "signature"
    TICK = "tick"
    ADVOCATE = "advocate"  # an advocate or nominated person agreed on the person's behalf
    NOT_AGREED = "not_agreed"


class Audience(StrEnum):
    """Who answers a feedback question."""

    PERSON = "person"
    STAFF = "staff"


class StaffRole(StrEnum):
    STAFF = "staff"
    ADMIN = "admin"
