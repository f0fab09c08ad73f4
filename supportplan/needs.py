"""Communication needs in words, for the flag on the person's page and in print."""

from __future__ import annotations

from supportplan.i18n import _
from supportplan.languages import language
from supportplan.services.views import CommunicationNeeds


def needs_words(needs: CommunicationNeeds) -> list[str]:
    """Each need as a short phrase, e.g. ["Easy read", "Read aloud", "Language: Cymraeg"]."""
    words = []
    if needs.easy_read:
        words.append(_("Easy read"))
    if needs.large_print:
        words.append(_("Large print"))
    if needs.read_aloud:
        words.append(_("Read aloud"))
    if needs.interpreter:
        words.append(
            _("Interpreter: {which}").format(which=needs.interpreter_language)
            if needs.interpreter_language
            else _("Interpreter")
        )
    if needs.language and needs.language != "en":
        words.append(_("Language: {name}").format(name=language(needs.language).own_name))
    if needs.other:
        words.append(needs.other)
    return words
