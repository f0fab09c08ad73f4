"""Pictures, fonts, translations and word lists, loaded with importlib.resources."""
