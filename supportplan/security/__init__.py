"""Keeping people's information safe: keys and passwords, sign-in, backups, people's rights."""
