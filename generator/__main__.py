"""`python -m generator` is the `biennien` command."""

from .cli import run

run()
