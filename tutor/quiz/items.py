"""Quiz items as data: `QuizItem`, its kinds, a content-hash id, and text normalisation for comparisons."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tutor.models import Citation
from tutor.reading import fmt

LETTERS = "ABCDEFGH"


class Kind(StrEnum):
    """What a learner does with an item."""

    MCQ = "mcq"
    """Pick one of several options (term ↔ definition, or a computed number)."""
    TRUE_FALSE = "true_false"
    """Say whether a statement is true; options are always ["True", "False"]."""
    CLOZE = "cloze"
    """Type the blanked-out term; `answer` lists every accepted spelling."""
    NUMERIC = "numeric"
    """Type a number; graded within `tolerance`."""
    SCENARIO = "scenario"
    """A short situation: which concept or technique fits? Options as in `mcq`."""


CHOICE_KINDS = frozenset({Kind.MCQ, Kind.SCENARIO, Kind.TRUE_FALSE})
LETTERED_KINDS = frozenset({Kind.MCQ, Kind.SCENARIO})
"""The choice kinds whose options are lettered A, B, C… and may be shuffled (not true/false)."""


class QuizItem(BaseModel):
    """One drill item with its verified key, explanation and sources."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    id: str = ""
    """Stable id: a hash of kind, stem, options and answer (filled in when empty)."""
    kind: Kind
    domain: str
    """Domain slug."""
    subtopic: str
    """Subtopic id, e.g. `inventory/eoq`."""
    difficulty: int = Field(ge=1, le=3)
    """1 recall, 2 understanding, 3 application or multi-step calculation."""
    stem: str
    """The question, Markdown."""
    options: list[str] = []
    """Choice kinds only, in display order (letters A, B, C…)."""
    answer: bool | int | float | list[str]
    """Option index (mcq, scenario), bool (true_false), accepted strings (cloze) or the number (numeric)."""
    tolerance: float = 0.0
    """Numeric items: absolute tolerance for a right answer."""
    unit: str = ""
    """Numeric items: the answer's unit, for display."""
    explanation: str
    """Why the key is right (and, for computed items, the working)."""
    citations: list[Citation] = []
    """Sources; each quote is a verbatim span of its chunk."""
    key_names: list[str] = []
    """Other names of the right answer (acronyms, synonyms): no other option may be one of them."""
    formula: str | None = None
    """Computed items: the `tutor.calc` function that produces the key."""
    params: dict[str, Any] | None = None
    """Computed items: the keyword arguments of `formula`."""
    target: list[str | int] | None = None
    """Computed items: the path to the asked value inside the result (None: the formula's headline)."""
    source: str = "offline"
    """"offline" (our generators) or "llm" (authored by a language model, then gated)."""

    @model_validator(mode="after")
    def _answer_fits_kind(self) -> QuizItem:
        want: dict[Kind, type | tuple[type, ...]] = {Kind.MCQ: int, Kind.SCENARIO: int, Kind.TRUE_FALSE: bool,
                                                     Kind.CLOZE: list, Kind.NUMERIC: (int, float)}
        expected = want[self.kind]
        if isinstance(self.answer, bool) and self.kind is not Kind.TRUE_FALSE:
            raise ValueError(f"a {self.kind} item cannot have a true/false answer")
        if not isinstance(self.answer, expected):
            raise ValueError(f"a {self.kind} item needs an answer of type {expected}, got {self.answer!r}")
        if self.kind is Kind.NUMERIC:
            self.answer = float(self.answer)
        if self.kind is Kind.TRUE_FALSE and not self.options:
            self.options = ["True", "False"]
        if not self.id:
            self.id = item_id(self)
        return self

    @property
    def key_index(self) -> int | None:
        """Index of the right option for choice kinds (True is 0, False is 1), else None."""
        if self.kind is Kind.TRUE_FALSE:
            return 0 if self.answer else 1
        return int(self.answer) if self.kind in LETTERED_KINDS else None  # type: ignore[arg-type]

    def option_text(self, index: int) -> str:
        """Option `index` with its letter, as a learner reads it: "B) Safety stock"."""
        return f"{LETTERS[index]}) {self.options[index]}"

    def answer_text(self) -> str:
        """The right answer as a learner reads it: "B) Safety stock", "True", "447.21 units"."""
        if self.kind is Kind.TRUE_FALSE:
            return self.options[self.key_index or 0]
        if self.kind in LETTERED_KINDS:
            return self.option_text(self.key_index or 0)
        if self.kind is Kind.CLOZE:
            return str(self.answer[0]) if self.answer else ""  # type: ignore[index]
        return with_unit(float(self.answer), self.unit)  # type: ignore[arg-type]


def item_id(item: QuizItem) -> str:
    """A 16-hex-digit hash of what makes an item itself: kind, stem, options and answer."""
    payload = json.dumps([str(item.kind), item.stem, item.options, item.answer], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def with_unit(value: float, unit: str) -> str:
    """A number as learners read it, with its unit when it has one: "447.21 units", "$1,250", "0.85"."""
    if unit == "$":
        return f"-${fmt(-value)}" if value < 0 else f"${fmt(value)}"
    return f"{fmt(value)} {unit}" if unit else fmt(value)


def normalize(text: str) -> str:
    """Text for comparisons: lower case, accents and punctuation dropped, spaces collapsed.

    Example: "Safety-Stock (SS)." -> "safety stock ss"
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9%.]+", " ", text.lower())
    return " ".join(text.replace(". ", " ").strip(" .").split())
