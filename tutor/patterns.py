"""Compiled regular expressions for the reader's cue phrases, kept for the life of the process.

The reader matches several thousand distinct cue patterns (every formula's cues, each input's
cues and symbols, patterns built around them); `re`'s own cache holds 512 and evicts the oldest,
so without this every question recompiled most of them (profiled: 80% of `ask` time).
"""

from __future__ import annotations

import functools
import re

__all__ = ["compiled"]


@functools.lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    """`pattern` compiled with `flags` (case-insensitive by default), once."""
    return re.compile(pattern, flags)
