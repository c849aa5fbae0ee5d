"""Computed problems: every `tutor.calc` formula as a template with realistic random inputs.

The inputs of each worked example in the notes (its `checks`) are the template's base values; a
problem perturbs them (money and quantities by ±10–50 %, rates by ±20 %, lead times, periods and
dates kept) and the key is computed by `tutor.calc`, never written by hand. The choice variant adds
distractors from typical mistakes: forgetting the square root, a monthly figure used as annual,
safety stock left out, the wrong sign, a percentage read as a fraction.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tutor import calc
from tutor.calc import CalcError
from tutor.composer import Sentence
from tutor.domains import Domain
from tutor.formulas import BY_FUNCTION, Formula
from tutor.formulas._base import OMIT
from tutor.quiz.asked import HEADLINE, NAMED, ROWS
from tutor.quiz.items import Kind, QuizItem, with_unit
from tutor.quiz.terms import cite
from tutor.quiz.units import PARAM_UNITS, RESULT_UNITS
from tutor.reading import fmt

_KEEP = frozenset({
    "lead_time", "periods", "demand_time_fence", "transit_lead_time", "subgroup_size", "year", "workstations",
    "operations_remaining", "locations_current", "locations_new", "working_days", "today", "due_day", "start_day", "z",
    "a_cutoff", "b_cutoff", "order_days", "delivery_days", "x", "forecast_interval", "lead_time_old", "lead_time_new",
    "review_period", "flow_time", "seasonal_index"})  # kept as given: periods, dates and shapes
_CALC_ERRORS = (CalcError, KeyError, IndexError, TypeError, ZeroDivisionError, ValueError)
"""What a formula raises for inputs or a target path that do not fit."""
_SKIP_TARGETS = {"mrp_record": {"gross_requirements", "scheduled_receipts"}, "sequence_jobs": {"order"}}
# inputs for the two formulas no worked example exercises yet
FALLBACK_INPUTS: dict[str, dict[str, Any]] = {
    "present_value": {"cash_flow": 25000, "rate": 0.08, "year": 3},
    "rccp_resource_profile": {"mps": {"A": [0, 100, 80]}, "profile": {"A": {"machining": [0, 3], "assembly": [2]}}},
}


@dataclass(frozen=True)
class NumericSource:
    """A formula, base inputs and the worked-example sentence an item cites."""

    function: str
    inputs: dict[str, Any]
    domain: str
    subtopic: str
    sentence: Sentence


def evaluate(function: str, params: dict[str, Any], target: Sequence[str | int] | None) -> Any:
    """The asked value: the formula's headline result, or the value at `target` inside the result table."""
    result = getattr(calc, function)(**params)
    if target is None:
        return BY_FUNCTION[function].pick(result)
    for step in target:
        result = result[step]
    return result


SHARES = frozenset({
    "first_pass_yield", "rolled_throughput_yield", "perfect_order_fulfillment", "dupont_roa", "return_on_assets",
    "weight_utilization", "cube_utilization", "utilization", "oee", "oee_from_rates", "fill_rate",
    "inventory_record_accuracy", "on_time_delivery_rate", "balance_efficiency"})
"""Formulas whose result is a share of a whole (0 to 1), asked as a decimal fraction; not Cp, Cpk, a tracking signal
or efficiency, which can pass 1."""


def feasible(function: str, params: dict[str, Any], value: float) -> bool:
    """Whether perturbed inputs still describe a case that can occur (documented per formula family).

    - capability (Cp, Cpk): LSL < USL, the mean within the limits, and the index between 0.3 and 3;
    - shares (yields, utilization, fill rates): the result between 0 and 1;
    - every result: finite, and not negative unless the formula's result is signed (errors, NPV, variances).
    """
    if function in ("process_capability", "process_capability_index"):
        lsl, usl = params.get("lsl", 0), params.get("usl", 0)
        return lsl < params.get("mean", (lsl + usl) / 2) < usl and 0.3 <= value <= 3
    if function in SHARES:
        return 0 <= value <= 1
    return value >= 0 or bool(re.search(r"error|rsfe|signal|present_value|variance|slack|profit|sum", function))


def tolerance(value: float, mistakes: Sequence[float] = ()) -> float:
    """The accepted error around a numeric key.

    Half a percent of the answer (at least 0.0005), so rounding to 3 figures passes, but less than half the way to
    the nearest answer a named mistake gives, so no typical wrong answer is accepted.
    """
    tol = max(abs(value) * 0.005, 0.0005)
    gaps = [abs(m - value) for m in mistakes if math.isfinite(m) and abs(m - value) > 1e-9]
    return min(tol, 0.45 * min(gaps)) if gaps else tol


def _rate(formula: Formula, name: str) -> bool:
    return any(p.name == name and p.kind == "rate" for p in formula.params)


def _perturb(value: Any, name: str, formula: Formula, rng: random.Random) -> Any:
    if isinstance(value, bool | str) or value is None or name in _KEEP:
        return value
    if isinstance(value, dict):
        return {k: _perturb(v, name if k != "name" else "name", formula, rng) for k, v in value.items()}
    if isinstance(value, list):
        return [_perturb(v, name, formula, rng) for v in value]
    if value == 0:
        return value
    if _rate(formula, name) or (isinstance(value, float) and 0 < value < 1):
        return min(0.99, max(0.01, round(value * rng.uniform(0.8, 1.2), 2)))
    new = value * rng.choice((0.6, 0.75, 0.8, 0.9, 1.1, 1.2, 1.25, 1.5))
    if isinstance(value, int):
        return int(round(new)) or value
    decimals = min(2, len(repr(float(value)).split(".")[1].rstrip("0")))
    return round(new, decimals)


def _working(formula: Formula, params: dict[str, Any]) -> str:
    """The formula with this item's numbers put in ("√(2 × 2,160 × 32 / (0.27 × 7.20))"), or "" for a table."""
    if "{" not in formula.template or "," in formula.template.split("{", 1)[0]:
        return ""
    try:
        return formula.substitute(params)
    except (KeyError, IndexError, ValueError, TypeError):
        return ""


def _targets(function: str, result: Any, inputs: Iterable[str] = ()) -> list[list[str | int]]:
    """Paths to the numbers of a result table worth asking for: not a row that repeats an input."""
    skip = _SKIP_TARGETS.get(function, set()) | set(inputs)
    paths: list[list[str | int]] = []
    if isinstance(result, dict):
        if result and all(isinstance(x, dict) and "class" in x for x in result.values()):
            return [[k, "class"] for k in result]  # ABC classification: ask for an item's class
        for key, value in result.items():
            if key in skip:
                continue
            if isinstance(value, dict):
                paths += [[key, inner] for inner, x in value.items() if isinstance(x, int | float)]
            elif isinstance(value, list):
                paths += [[key, i] for i, x in enumerate(value) if isinstance(x, int | float)]
            elif isinstance(value, int | float) and not isinstance(value, bool):
                paths.append([key])
    elif isinstance(result, list):
        for i, x in enumerate(result):
            if isinstance(x, dict):
                paths.append([i, "cumulative_share"])
            elif isinstance(x, int | float):
                paths.append([i])
    return paths


def _asked(formula: Formula, target: Sequence[str | int] | None) -> str:
    """What the stem asks for, from `tutor.quiz.asked`: "the economic order quantity (EOQ), in units"."""
    function = formula.function
    if target is None:
        return HEADLINE.get(function, f"the {formula.title[:1].lower() + formula.title[1:]}")
    if target[-1] == "class":
        return NAMED["abc_classification"].format(name=target[0])
    if function == "pareto_analysis":
        return ROWS[function]["cumulative_share"].format(rank=int(target[0]) + 1)
    head, rest = target[0], list(target[1:])
    if isinstance(head, int):
        phrase, rest = ROWS.get(function, {}).get("", "the value"), [head, *rest]
    elif head in ROWS.get(function, {}):
        phrase = ROWS[function][str(head)]
    elif function in NAMED:
        name = str(head).removesuffix(" past due")
        phrase = NAMED[function].format(name=name)
        if str(head).endswith(" past due"):
            return f"{phrase} that falls before period 1 (past due)"
    else:
        phrase = f"the {str(head).replace('_', ' ')}"
    words = [phrase]
    for step in rest:
        words.append(f"in period {step + 1}" if isinstance(step, int) else f"for {step}")
    return " ".join(words)


_TIMES = ("seconds", "minutes", "hours", "days", "weeks", "months")


_CHOICES = {"poq": "period order quantity (POQ)", "lfl": "lot-for-lot", "l4l": "lot-for-lot",
            "foq": "fixed order quantity", "fifo": "FIFO (first in, first out)", "lifo": "LIFO (last in, first out)",
            "average": "weighted average cost", "spt": "shortest processing time (SPT)",
            "edd": "earliest due date (EDD)", "fcfs": "first come, first served (FCFS)", "cr": "critical ratio (CR)"}
"""How a choice among methods reads in a stem, not as the generator's code for it."""


def unit_of(formula: Formula, name: str) -> str:
    """An input's unit: the formula's, else the one the worked examples use (`tutor.quiz.units`)."""
    unit = next((p.unit for p in formula.params if p.name == name), "")
    return unit or PARAM_UNITS.get(formula.function, {}).get(name, "")


def _show(formula: Formula, name: str, value: Any) -> str:
    label = next((p.label for p in formula.params if p.name == name), name.replace("_", " "))
    if name == "history":
        shown = "; ".join(f"year {i}: {fmt(row)}" for i, row in enumerate(value, 1))
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        shown = "; ".join(f"{i}: {fmt(r)}" for i, r in enumerate(value, 1))
    elif isinstance(value, float) and _rate(formula, name):
        shown = f"{fmt(value * 100)}%"
    elif isinstance(value, str):
        shown = _CHOICES.get(value.lower(), value)  # "poq" -> "period order quantity (POQ)"
    else:
        shown = fmt(value)
    unit = unit_of(formula, name)
    return f"- {label}: {'$' + shown if unit == '$' else shown + (' ' + unit if unit else '')}"


def _mistakes(formula: Formula, params: dict[str, Any], target: Sequence[str | int] | None,
              right: float) -> list[float]:
    """Answers learners reach by typical mistakes, most telling first."""
    out: list[float] = []

    def redo(**changes: Any) -> None:
        try:
            value = evaluate(formula.function, params | changes, target)
        except _CALC_ERRORS:
            return
        if isinstance(value, int | float) and math.isfinite(value):
            out.append(float(value))

    if formula.expression.split("=", 1)[-1].strip().startswith("√"):
        out.append(right * right)  # the square root forgotten
    if "√(2" in formula.expression:
        out.append(right / math.sqrt(2))  # the 2 left out
    if "lead_time" in params and "√" in formula.expression and isinstance(params["lead_time"], int | float):
        redo(lead_time=params["lead_time"] ** 2)  # √(LT) taken as LT
    for p in formula.params:
        if p.kind == "annual" and p.name in params:
            redo(**{p.name: params[p.name] / 12})  # a monthly figure used as the annual one
        if "safety_stock" in p.name and params.get(p.name):
            redo(**{p.name: 0})  # safety stock left out
        if p.kind == "rate" and isinstance(params.get(p.name), float) and 0 < params[p.name] < 1:
            redo(**{p.name: params[p.name] * 100})  # a percentage used as a whole number (25 for 25%)
    if "−" in formula.expression and right:
        out.append(-right)  # the wrong sign
    # no "fraction read as a percentage" distractor: 0.64 beside 64 would be the same answer twice; and no
    # arbitrary multiples of the key (× 2, × 0.5): a distractor is a mistake a learner makes, or none
    return out


def numeric_item(source: NumericSource, rng: random.Random, choice: bool) -> QuizItem | None:
    """A computed problem from a formula's base inputs; a choice item when `choice` is set."""
    formula = BY_FUNCTION[source.function]
    for attempt in range(8):  # seven perturbed tries, then the worked example's own inputs
        params = source.inputs if attempt == 7 else {k: _perturb(v, k, formula, rng) for k, v in source.inputs.items()}
        try:
            result = getattr(calc, source.function)(**params)
            paths = [None] if formula.pick(result) is not None else _targets(source.function, result, params)
            nonzero = [p for p in paths if p is None or evaluate(source.function, params, p) not in (0, 0.0)]
            target = rng.choice(nonzero or paths) if paths else None
            value = evaluate(source.function, params, target)
        except _CALC_ERRORS:
            continue
        if any(v is True for v in params.values()):
            continue  # a switch such as "purchase cost included" changes what the key is; the stem cannot say so
        if isinstance(value, str) or (isinstance(value, int | float) and math.isfinite(value)
                                      and feasible(source.function, params, value)):
            break
    else:
        return None
    given = "\n".join(_show(formula, k, v) for k, v in params.items())
    asked = _asked(formula, target)
    if not isinstance(value, str) and target is None and source.function in SHARES:
        asked += " (as a decimal fraction: 0.85 means 85%)"
    if formula.note and re.search(r"\bround up\b", formula.note, re.I):
        asked += ", before rounding up"
    stem = (f"**{formula.title}** ({Domain(source.domain).display_name})\n\nGiven:\n{given}\n\n"
            f"What is {asked}?")
    unit = (formula.unit or RESULT_UNITS.get(source.function, "")) if target is None else ""
    if "time units" in unit:  # the time unit the inputs are given in ("hours/unit" -> "hours")
        times = [u.split("/")[0] for k in params if (u := unit_of(formula, k)).split("/")[0] in _TIMES]
        unit = unit.replace("time units", times[0]) if times else unit
    if unit and any(p.name == "unit_cost" and p.default is OMIT and p.name in params for p in formula.params):
        unit = "$"  # an optional unit cost given turns a quantity into its value (pipeline inventory × cost)
    shown = value if isinstance(value, str) else with_unit(float(value), unit)
    explanation = f"`{formula.expression}` gives **{shown}**."
    if target is None and (working := _working(formula, params)):
        explanation = f"`{formula.expression}`: {working} = **{shown}**."
    if formula.note and target is None:
        explanation += (f" In practice: {formula.note[:1].lower()}{formula.note[1:]}"
                        if re.search(r"\bround up\b", formula.note, re.I) else f" {formula.note}")
    common = dict(domain=source.domain, subtopic=source.subtopic, stem=stem, explanation=explanation,
                  citations=[cite(source.sentence)], formula=source.function, params=params,
                  target=list(target) if target is not None else None)
    if isinstance(value, str) and not choice:
        return None  # an ABC class is a choice among the classes, not a number to type
    if isinstance(value, str):  # an ABC class: choose among the classes
        options = ["A", "B", "C"]
        return QuizItem(kind=Kind.MCQ, difficulty=2, options=options, answer=options.index(value), **common)
    right = float(value)
    mistakes = _mistakes(formula, params, target, right)
    tol = tolerance(right, mistakes)
    if not choice:
        return QuizItem(kind=Kind.NUMERIC, difficulty=3 if target is not None else 2, answer=right, tolerance=tol,
                        unit=unit, **common)
    options, picked = [with_unit(right, unit)], [right]
    for wrong in mistakes:
        text = with_unit(wrong, unit)
        if all(abs(wrong - p) > 2 * tol for p in picked) and text not in options and len(options) < 4:
            options.append(text)
            picked.append(wrong)
    if len(options) < 4:
        return None
    return QuizItem(kind=Kind.MCQ, difficulty=2, options=options, answer=0, tolerance=tol, unit=unit, **common)
