"""First run, the recovery key, signing in and a damaged book, through the real dialogs."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from supportplan.security.keys import key_file_path
from tests.conftest import PASSWORD
from ui.first_run import FirstRunDialog, RecoveryKeyDialog, recovery_page
from ui.sign_in import SignInDialog


def _visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_first_run_sets_up_a_locked_book_and_shows_the_key_once(qtbot, tmp_path, cheap_keys):
    path = tmp_path / "plans.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation.setText("Riverside Support")
    qtbot.keyClicks(dialog.name, "Ada Admin")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.again, PASSWORD + "x")
    dialog.start.click()
    assert "not the same" in dialog.problem.text() and not path.exists()

    dialog.again.setText(PASSWORD)
    seen = {}

    def keep_the_key() -> None:
        shown = _visible(RecoveryKeyDialog)
        seen["key"] = shown.key.text()
        seen["could_carry_on"] = shown.carry_on.isEnabled()
        shown.reject()  # Escape does not skip it
        shown.kept.setChecked(True)
        shown.carry_on.click()

    QTimer.singleShot(0, keep_the_key)
    dialog.start.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    book = dialog.book
    try:
        assert book.encrypted and book.staff.current().name == "Ada Admin"
        assert book.settings.get("organisation_name") == "Riverside Support"
        assert seen["key"] == dialog.recovery_key and not seen["could_carry_on"]
        assert key_file_path(path).exists()
    finally:
        book.close()


def test_the_printed_recovery_key_page_holds_the_key(qtbot, tmp_path) -> None:
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    recovery_page(key).print_(printer)
    words = PdfReader(tmp_path / "key.pdf").pages[0].extract_text()
    assert key in "".join(words.split())  # printed on two lines
    assert "password is lost" in " ".join(words.split())


def test_sign_in_says_plainly_when_the_password_is_wrong(qtbot, secret_book) -> None:
    path = secret_book.path
    secret_book.close()
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.names.currentItem().text() == "Ada Admin"
    qtbot.keyClicks(dialog.password, "not my password")
    dialog.go.click()
    assert "not right" in dialog.problem.text() and dialog.book is None
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.go.click()
    assert dialog.book is not None
    try:
        assert dialog.book.staff.current().name == "Ada Admin"
    finally:
        dialog.book.close()


def test_a_damaged_book_offers_the_newest_good_backup(qtbot, secret_book) -> None:
    secret_book.people.add("Jo")
    secret_book.backups.make()
    path = secret_book.path
    secret_book.close()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)

    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []

    def put_it_back() -> None:
        box = _visible(QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Put the backup back").click()

    QTimer.singleShot(0, put_it_back)
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.go.click()
    assert "damaged" in asked[0] and "1 people" in asked[0]
    assert dialog.book is not None
    try:
        assert [p.preferred_name for p in dialog.book.people.find()] == ["Jo"]
    finally:
        dialog.book.close()
    kept = [p for p in path.parent.iterdir() if ".damaged-" in p.name and p.suffix != ".keys"]
    assert [p.read_bytes() for p in kept if "-wal" not in p.name] == [damaged]
