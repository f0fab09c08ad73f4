"""Opening the plan book file: engine, pragmas, migrations."""
