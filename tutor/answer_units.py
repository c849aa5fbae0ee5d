"""A computed number in the form the question asks for: a percent, a decimal, a change, whole, minutes, money.

`in_units_asked` takes the number picked from a result and returns it (with its unit and the steps
shown) as asked: a fraction as a percent (or a percent as a decimal), a new value as the percent
change from the old one ("by what % does safety stock drop?"), rounded up when asked, and a time
per unit in the unit asked ("takt time in minutes"), and a number of units in money when money is asked
("break-even in sales dollars": times the price read).
"""

from __future__ import annotations

import math
import re
from typing import Any

from tutor.formulas import Formula
from tutor.inputs import FRACTIONS, in_percent
from tutor.reading import fmt, parse_number, weeks_a_year
from tutor.targets import FRACTION_FIELD

_ROUND_UP = re.compile(r"\bround(?:ed|ing)?\s+(?:it\s+)?up\b|\bwhole (?:people|workers|persons|operators|employees)\b",
                       re.I)
_WHOLE = {"kanban_containers": "since a part container still has to be a whole one"}
"""Formulas whose result is always used rounded up, and why."""
_BEFORE = {"square_root_law": "safety_stock_current", "safety_stock_for_new_lead_time": "safety_stock_old"}
"""Formulas whose result replaces an input: a percent change asked for is measured from it."""
_WHOLE_FIELD = re.compile(r"turnover|throughput|profit|count|quantity|days|units", re.I)
"""Fields of a fraction-valued record that are not fractions (an asset turnover, a count)."""
_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600}
_TIME_UNIT = re.compile(r"\d\s*(seconds?|minutes?|hours?|days?|weeks?)\b", re.I)
_MONEY_ASKED = re.compile(r"\bin\s+(?:sales\s+)?(?:dollars|\$|revenue|money|value)\b|\bin\s+\$"
                          r"|\b(?:dollar|money) (?:value|amount|terms)\b|\bsales dollars\b"
                          r"|\bhow much (?:money|revenue)\b|\bvalued? at cost\b", re.I)
_UNIT_PRICE = re.compile(r"(?:\bunit (?:cost|price)|\bcost per unit|\bprice per unit|\bselling price)"
                         r"\s*(?:is|of|=|:)?\s*\$\s?(\d[\d,]*(?:\.\d+)?)"
                         r"|\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:per unit|a unit|/unit|each)\b", re.I)
_CHANGE = re.compile(r"by (?:what|how (?:much|many)) (?:%|percent)[^?.]*?\b(drop|fall|decrease|reduc\w*|increase|rise|"
                     r"grow|change)|(?:%|percent(?:age)?) (drop|reduction|decrease|increase|change)", re.I)


def in_units_asked(formula: Formula, values: dict[str, Any], number: float | None, field: str | None, question: str,
                   asked: str, laid_out: str, notes: list[str]) -> tuple[float | None, str, list[str]]:
    """The number, its unit and the steps shown, in the form the question asks for (see the module docstring).

    `field` is the label of the record field picked, if one was; `asked` the asking sentence and
    `laid_out` the question in canonical layout with derived inputs written in.
    """
    unit = formula.unit
    if number is None:
        return number, unit, notes
    if formula.unit == "%" and field is None and re.search(r"\b(?:as an? |in )(?:decimal|fraction)\b", question, re.I):
        number, unit = number / 100, ""  # "MAPE as a decimal"
    if (old := _BEFORE.get(formula.function)) in values and (change := _CHANGE.search(asked)):
        before = float(values[old])
        sign = -1 if re.match(r"drop|fall|decrease|reduc", change.group(1) or change.group(2), re.I) else 1
        notes = [*notes, f"change = ({fmt(number)} − {fmt(before)}) / {fmt(before)}"]
        number, unit = sign * (number - before) / before * 100, "%"  # "by what % does safety stock drop?"
    if formula.function == "time_between_orders" and (per := re.search(r"\b(weeks?|months?)\b", asked, re.I)):
        periods = 12 if per.group(1).lower().startswith("month") else float(weeks_a_year(question))
        days = float(values.get("working_days", 250))
        notes = [*notes, f"in {per.group(1).lower().rstrip('s')}s: {fmt(number)} × {fmt(periods)} / {fmt(days)}"]
        number, unit = number * periods / days, per.group(1).lower().rstrip("s") + "s"
    kept = re.search(r"\b(?:don'?t|do not|not|without|no)\s+round", question, re.I)  # "two decimals, don't round up"
    if not float(number).is_integer() and (_ROUND_UP.search(question) or formula.function in _WHOLE) and not kept:
        why = _WHOLE.get(formula.function, "as asked")
        notes = [*notes, f"rounded up, {why}: {fmt(number)} → {math.ceil(number - 1e-9)}"]
        number = math.ceil(number - 1e-9)
    if unit == "units" and _MONEY_ASKED.search(asked):  # "break-even in sales dollars", "average inventory in $"
        price = next((float(values[k]) for k in ("price", "unit_price", "unit_cost") if k in values), None)
        if price is None and (typed := _UNIT_PRICE.search(laid_out)):
            price = parse_number(typed.group(1) or typed.group(2))
        if price is None:
            return None, unit, [*notes, "The question asks for money, and this result is in units: give the unit "
                                        "price or cost to turn it into money."]
        notes = [*notes, f"in money, as asked: {fmt(number)} units × {fmt(price)} = {fmt(number * price)}"]
        number, unit = number * price, "$"
    fraction = (in_percent(question, formula.function) if field is None
                or formula.function in FRACTIONS and not _WHOLE_FIELD.search(field)
                else FRACTION_FIELD.search(field) and in_percent(question, "share"))
    if fraction and unit != "%":
        number, unit = number * 100, "%"
    timed = re.search(r"available (?:production )?time\s*(?:is|of|=|:)?\s*[\d.,]+\s*(seconds?|minutes?|hours?)\b",
                      laid_out, re.I) or _TIME_UNIT.search(question)
    if "time units" in unit and timed:  # "480 minutes" -> minutes per unit
        given_in = timed.group(1).lower().rstrip("s") + "s"
        wanted = re.search(r"\bin\s+(seconds|minutes|hours)\b", asked, re.I)
        if wanted and wanted.group(1).lower() != given_in and given_in in _SECONDS:
            number = number * _SECONDS[given_in] / _SECONDS[wanted.group(1).lower()]  # "takt in minutes"
            notes = [*notes, f"converted from {given_in} to {wanted.group(1).lower()}"]
            given_in = wanted.group(1).lower()
        unit = unit.replace("time units", given_in)
    return number, unit, notes
