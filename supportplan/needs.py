"""Communication needs in words, for the flag on the person's page and in print."""

from __future__ import annotations

from supportplan.i18n import Translate, _
from supportplan.languages import language
from supportplan.services.views import CommunicationNeeds


def needs_words(needs: CommunicationNeeds, t: Translate = _) -> list[str]:
    """Each need as a short phrase, e.g. ["Easy read", "Read aloud", "Language: Cymraeg"].

    ``t`` translates: the app's language by default, the person's for their printed plan.
    """
    words = []
    if needs.easy_read:
        words.append(t("Easy read"))
    if needs.large_print:
        words.append(t("Large print"))
    if needs.read_aloud:
        words.append(t("Read aloud"))
    if needs.interpreter:
        words.append(
            t("Interpreter: {which}").format(which=needs.interpreter_language)
            if needs.interpreter_language
            else t("Interpreter")
        )
    if needs.language and needs.language != "en":
        words.append(t("Language: {name}").format(name=language(needs.language).own_name))
    if needs.other:
        words.append(needs.other)
    return words
