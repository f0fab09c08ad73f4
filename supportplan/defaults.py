"""What a new plan book starts with: the standard template and the feedback questions.

Both have fixed ids, the same on every laptop, so plans brought together from several laptops
share one template rather than many copies of it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from supportplan.i18n import N_
from supportplan.model.kinds import Audience

_NAMESPACE = uuid.UUID("5b1f6a55-6c1e-4c2a-9f59-2d0e0c7a9a10")
STANDARD_TEMPLATE_NAME = N_("Standard plan")
STANDARD_TEMPLATE_ID = uuid.uuid5(_NAMESPACE, "template/standard/1")
# Fixed, so the standard records are the same on every laptop, to the microsecond.
STANDARD_MADE_AT = datetime(2026, 12, 1, tzinfo=UTC)


def area_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"template/standard/1/{key}")


def question_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"feedback/{key}")


STANDARD_AREAS = (
    {
        "key": "wellbeing",
        "title": N_("Wellbeing"),
        "question": N_("How are you feeling in your body and your mind?"),
        "prompts": [
            N_("Sleep"),
            N_("Food and drink"),
            N_("Feeling happy, sad or worried"),
            N_("Seeing the doctor or nurse"),
            N_("Moving about and keeping fit"),
        ],
        "picture_key": "wellbeing",
    },
    {
        "key": "home",
        "title": N_("Home"),
        "question": N_("How is life at home?"),
        "prompts": [
            N_("Where I live"),
            N_("Who I live with"),
            N_("Cooking, cleaning and shopping"),
            N_("Money and bills"),
            N_("Feeling safe"),
        ],
        "picture_key": "home",
    },
    {
        "key": "community",
        "title": N_("Community"),
        "question": N_("How are things with the people and places around you?"),
        "prompts": [
            N_("Friends and family"),
            N_("Places I like to go"),
            N_("Clubs, groups and faith"),
            N_("Getting about"),
            N_("Feeling part of things"),
        ],
        "picture_key": "community",
    },
    {
        "key": "aspirations",
        "title": N_("Aspirations"),
        "question": N_("What are your hopes and dreams?"),
        "prompts": [
            N_("Work or volunteering"),
            N_("Learning something new"),
            N_("Hobbies and fun"),
            N_("Things I want to try"),
            N_("Where I want to be next year"),
        ],
        "picture_key": "aspirations",
    },
)

FEEDBACK_QUESTIONS = (
    {
        "key": "listened",
        "audience": Audience.PERSON,
        "text": N_("I felt listened to"),
        "picture_key": "listen",
    },
    {
        "key": "mine",
        "audience": Audience.PERSON,
        "text": N_("This plan feels like mine"),
        "picture_key": "mine",
    },
    {
        "key": "easy_words",
        "audience": Audience.PERSON,
        "text": N_("The words were easy"),
        "picture_key": "words",
    },
    {
        "key": "again",
        "audience": Audience.PERSON,
        "text": N_("I would like to plan like this again"),
        "picture_key": "again",
    },
    {
        "key": "together",
        "audience": Audience.STAFF,
        "text": N_("We wrote it together"),
        "picture_key": "together",
    },
    {
        "key": "right_time",
        "audience": Audience.STAFF,
        "text": N_("It took about the right time"),
        "picture_key": "time",
    },
    {
        "key": "questions_helped",
        "audience": Audience.STAFF,
        "text": N_("The questions helped us talk"),
        "picture_key": "talk",
    },
)
