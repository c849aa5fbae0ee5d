"""CPIM Tutor: an offline study tutor for the ASCM CPIM 8.0 exam.

Public API: `Settings`/`load_settings` (configuration), `build_tutor` (the composition root),
`Tutor` (index and search), `Domain` (the eight exam domains) and `SearchHit`.
"""

from tutor.config import Settings, load_settings
from tutor.domains import Domain
from tutor.models import SearchHit
from tutor.service import Tutor
from tutor.wiring import build_tutor

__all__ = ["Domain", "SearchHit", "Settings", "Tutor", "build_tutor", "load_settings"]
