"""The benchmark: how fast Plan Together feels with a big plan book. Run ``python bench/run.py``."""
