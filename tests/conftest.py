"""Test configuration: the helpers live in support.py, importable from every test folder.

Hypothesis runs the property tests (test_properties.py) under the profile named by
BIENNIEN_FUZZ: "ci" by default (a fixed seed and a modest number of examples, so the
suite stays fast and gives the same result every time), "long" for scripts/fuzz.sh.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

sys.path.insert(0, str(Path(__file__).resolve().parent))

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None, print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "long", derandomize=False, deadline=None, print_blob=True, suppress_health_check=_SLOW_IS_FINE,
    # Failures found in a long run are replayed first by the next one.
    database=DirectoryBasedExampleDatabase(str(Path(__file__).resolve().parent.parent / ".cache" / "hypothesis")),
)
settings.load_profile(os.environ.get("BIENNIEN_FUZZ", "ci"))

# In-process builds raise a quick build's unforeseen error instead of taking it for a reason
# to build the whole site, which would hide the bug behind a slower build (snapshot.STRICT).
from generator.site import snapshot as _snapshot  # noqa: E402

_snapshot.STRICT = True
