"""Every Qt widget, model adapter, window and dialog. Talks to the core only through services."""
