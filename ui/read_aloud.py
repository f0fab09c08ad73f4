"""Reading aloud with Qt's text-to-speech, in the plan's language — or saying plainly why not."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QObject, Signal

from supportplan.i18n import _
from supportplan.languages import language

# Qt ships a "mock" engine that only pretends to speak; it is used by tests, never for people.
ENGINE_VARIABLE = "PLAN_TOGETHER_SPEECH_ENGINE"


class ReadAloud(QObject):
    """``available`` says if this computer can speak; ``problem`` says why not, in plain words."""

    speaking_changed = Signal(bool)

    def __init__(self, language_code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speech = None
        self.problem = ""
        self.note = ""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self.problem = _("Read aloud needs speech software that this computer does not have.")
            return
        wanted = os.environ.get(ENGINE_VARIABLE)
        engines = (
            [wanted] if wanted else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        )
        for engine in engines:
            speech = QTextToSpeech(engine, self)
            if speech.state() != QTextToSpeech.State.Error:
                self.speech = speech
                break
            speech.deleteLater()
        if self.speech is None:
            self.problem = _(
                "Read aloud is not set up on this computer. Ask the person who looks after the laptop."
            )
            return
        self._choose_voice(language_code)
        self.speech.stateChanged.connect(
            lambda state: self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)
        )

    @property
    def available(self) -> bool:
        return self.speech is not None

    def _choose_voice(self, language_code: str) -> None:
        target = QLocale(language_code)
        for locale in self.speech.availableLocales():
            if locale.language() == target.language():
                self.speech.setLocale(locale)
                return
        self.note = _(
            "There is no {language} voice on this computer, so it reads in {other}."
        ).format(
            language=language(language_code).own_name,
            other=self.speech.locale().nativeLanguageName(),
        )

    def say(self, text: str) -> bool:
        if self.speech is None or not text.strip():
            return False
        self.speech.stop()
        self.speech.say(text)
        return True

    def stop(self) -> None:
        if self.speech is not None:
            self.speech.stop()
