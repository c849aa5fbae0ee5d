"""What the calculation solver knows: for each `tutor.calc` formula, the cues that name it and its inputs.

Pure data. Order matters only for ties in `Solver.detect`: earlier formulas win.
"""

from __future__ import annotations

from tutor.formulas._base import OMIT, Formula, P, Param
from tutor.formulas.classic import FORMULAS as _CLASSIC
from tutor.formulas.measures import FORMULAS as _MEASURES
from tutor.formulas.more import FORMULAS as _MORE
from tutor.formulas.plans import FORMULAS as _PLANS
from tutor.formulas.records import FORMULAS as _RECORDS

FORMULAS: tuple[Formula, ...] = _CLASSIC + _MORE + _MEASURES + _PLANS + _RECORDS
BY_FUNCTION: dict[str, Formula] = {f.function: f for f in FORMULAS}
"""Each formula by its `tutor.calc` function name (the solver, the calculator form and the quiz look them up)."""

__all__ = ["BY_FUNCTION", "FORMULAS", "OMIT", "Formula", "P", "Param"]
