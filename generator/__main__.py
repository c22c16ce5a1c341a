"""`python -m generator` is the `biennien` command."""

import sys

from .cli import main

sys.exit(main())
