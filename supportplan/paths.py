"""Where Plan Together keeps its files on this computer."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PlanTogether"
DB_FILE_NAME = "plans.db"


def data_folder() -> Path:
    """The user's data folder for the app, e.g. ~/.local/share/PlanTogether on Linux."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The plan book used when no --db is given."""
    return data_folder() / DB_FILE_NAME
