"""User-facing errors.

Every message is written for the person running the tutor and says how to fix the problem.
Only the edges (CLI, UI) translate these into exit messages or UI errors.
"""

from __future__ import annotations


class TutorError(Exception):
    """Base class for every error the tutor reports to a user."""


class SettingsError(TutorError):
    """The configuration is invalid; the message lists every problem at once."""


class UnknownDomainError(TutorError, ValueError):
    """A domain string is not one of the eight CPIM domain slugs."""


class CorpusError(TutorError):
    """A corpus file is malformed; the message names the file and line."""


class IndexNotBuilt(TutorError):
    """The search index is missing or incomplete."""


class IndexStoreError(TutorError):
    """The search index could not be opened, written or locked."""


class QueryError(TutorError, ValueError):
    """A search query is empty, too long or otherwise unusable."""


class ModelUnavailable(TutorError):
    """The configured language model cannot be built or reached."""
