"""The blind calculation set: questions typed as learners type them, scored right, asked or confidently wrong.

Files: `eval/datasets/calc_blind/{dev,test}.jsonl` (built and frozen by `eval/blind/build.py`). Each
row has `question`, `expected` (the number in the unit asked, or null when the question lacks an
input), `tolerance`, `missing` (the input names a null row lacks), `formula`, `function`, `domain`.

Outcomes per question:
- `right`: the expected number, within tolerance; for a question that lacks an input, no number and a
  request for that input;
- `wrong`: a number that is not the expected one (given without asking: the outcome that must be rare);
- `asked`: no number, the answer asks for an input (for a question that lacks one, not the right one);
- `missed`: no calculation at all (the question was not recognised as one).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from tutor.errors import QueryError
from tutor.evaluation import metrics as m
from tutor.evaluation.runner import group
from tutor.models import Answer

CALC_BLIND = Path(__file__).resolve().parent.parent.parent / "eval" / "datasets" / "calc_blind"


class CalcItem(BaseModel):
    """One blind calculation question."""

    model_config = ConfigDict(extra="ignore")

    id: str
    domain: str
    formula: str
    function: str
    question: str
    expected: float | None
    unit: str
    tolerance: float | None = None
    missing: list[str] = []


def load(split: str, folder: Path = CALC_BLIND) -> list[CalcItem]:
    """The items of one split ("dev" or "test"); an unreadable file or row raises ValueError with its place."""
    path = folder / f"{split}.jsonl"
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(CalcItem.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise ValueError(f"{path.name}:{number}: {exc}") from None
    return items


def outcome(item: CalcItem, result: Any) -> str:
    """right, wrong, asked or missed (see the module docstring)."""
    calc = result.calculation if isinstance(result, Answer) else None
    number = result.numeric_answer if isinstance(result, Answer) else None
    if number is not None:  # a number for a question that lacks an input is wrong too
        right = item.expected is not None and m.numeric_correct(number, item.expected, item.tolerance)
        return "right" if right else "wrong"
    if calc is None:
        return "missed"
    if item.expected is None and set(item.missing) & set(calc.missing):
        return "right"
    return "asked"


def run(tutor: Any, items: list[CalcItem]) -> dict[str, Any]:
    """Ask every question; records and a summary overall and by domain and formula."""
    records = []
    for item in items:
        start = time.perf_counter()
        try:
            result: Any = tutor.ask(item.question)
        except QueryError:  # refused as not a question: counted as missed
            result = None
        ms = (time.perf_counter() - start) * 1000
        calc = result.calculation if isinstance(result, Answer) else None
        records.append({
            "id": item.id, "domain": item.domain, "formula": item.formula, "ms": ms,
            "outcome": outcome(item, result), "lacks_input": item.expected is None,
            "expected": item.expected, "got": result.numeric_answer if isinstance(result, Answer) else None,
            "function": calc.function if calc else None, "expected_function": item.function,
            "missing": calc.missing if calc else None})

    def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(rows)
        share = {k: sum(r["outcome"] == k for r in rows) / n if n else None
                 for k in ("right", "wrong", "asked", "missed")}
        lacking = [r for r in rows if r["lacks_input"]]
        times = [r["ms"] for r in rows]
        return {"n": n, "exact": share["right"], "confident_wrong": share["wrong"], "asked": share["asked"],
                "missed": share["missed"],
                "asked_right_input": sum(r["outcome"] == "right" for r in lacking) / len(lacking) if lacking else None,
                "p50_ms": m.percentile(times, 50), "p95_ms": m.percentile(times, 95)}

    return {"records": records, "summary": group(records, ("domain", "formula"), summarize)}
