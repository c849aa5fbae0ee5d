"""One blind calculation question, with its expected number computed by calling tutor.calc directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

UNITS = {"percent", "fraction", "money", "units", "count", "hours", "minutes", "days", "weeks", "periods", "ratio",
         "number"}


@dataclass
class Item:
    """A question as a learner types it.

    question: the text, exactly as typed (typos, chat style, pasted tables, extra numbers).
    domain: the outline slug.
    formula: the outline calculation's name, exactly as in the outline list.
    function: the tutor.calc function the expected value comes from.
    compute: a zero-argument callable that calls tutor.calc directly (and picks one number out of a
        record, or scales a fraction to a percent when the question asks for %); None when an input
        is really missing from the question.
    unit: the unit the question asks the answer in (one of UNITS); "percent" means 85.2 for 85.2 %.
    missing: for a question that lacks an input, the tutor.calc parameter name(s) of what is missing.
    tolerance: absolute tolerance; None means 0.5 % of the expected value (0.01 when it is 0).
    note: one line on anything unusual (a derived input, a convention).
    """

    question: str
    domain: str
    formula: str
    function: str
    compute: Callable[[], float] | None
    unit: str
    missing: list[str] = field(default_factory=list)
    tolerance: float | None = None
    note: str = ""
