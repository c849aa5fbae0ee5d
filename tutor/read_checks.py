"""Checks on a calculation reading before anything is computed, and the inputs set apart from it.

- an input the question says is not known yet (`said_unknown`), or kept at its starting level (`KEPT_LEVEL`);
- records cut to the period asked (`in_period_asked`);
- numbers that fed no input but are explained: read in hours, another option's series, a number used to
  derive (`read_in_hours`, `sibling`, `number_key`); a percent that cannot feed a quantity (`stray_percent`);
  a number with a unit of things or time that fed nothing (`quantity`), which is asked about;
- an optional unit cost applied to a result in units only when units are not asked (`value_apart`).
"""

from __future__ import annotations

import re
from typing import Any

from tutor.formulas import OMIT, Formula, Param
from tutor.patterns import compiled
from tutor.reading import parse_number
from tutor.targets import ask_of, sentences_of

_SHARE = re.compile(r"rate|share|percent|yield|fraction|factor|level|alpha|utili|efficien|availab|performance|"
                    r"quality|complete|on_time|free|correct|accuracy|duties|index|margin|weight")
"""Inputs a percent may feed besides the rate kind (a safety factor α, a yield, a service level)."""


KEPT_LEVEL = (("target_ending_backlog", "beginning_backlog"), ("target_ending_inventory", "beginning_inventory"),
               ("target_inventory", "beginning_inventory"))
SAME_LEVEL = re.compile(r"\b(?:backlog|inventory|stock)\b[^.?;]{0,30}\b(?:stay|remain|keep|hold|end)\w*\b[^.?;]{0,20}"
                         r"\b(?:the same|unchanged|constant|flat|level|where it is|as it is)\b", re.I)
_UNKNOWN = re.compile(r"\b(?:will be (?:set|decided|agreed|fixed|given)|not (?:yet )?(?:known|decided|set|given|agreed|"
                      r"available)|unknown|tbd|to be (?:decided|determined|confirmed|set)|(?:don't|do not|dont) know|"
                      r"(?:hasn't|has not|haven't|have not) (?:been )?(?:decided|set|agreed))\b", re.I)


def said_unknown(param: Param, question: str) -> bool:
    """Whether the question says an input is not known yet ("the ending backlog target will be set next week")."""
    return any(_UNKNOWN.search(sentence) and any(compiled(cue).search(sentence) for cue in param.cues)
               for sentence in sentences_of(question))


def in_period_asked(values: dict[str, Any], ask: str) -> tuple[dict[str, Any], str | None]:
    """Records tagged with a period kept for the period asked ("the load in week 3"); the tags dropped."""
    asked = re.search(r"\b(?:in|for|during)\s+(?:week|wk|period)\s*(\d{1,3})\b", ask, re.I)
    out, step = dict(values), None
    for name, value in values.items():
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value) and any(
                "period" in r for r in value):
            kept = [r for r in value if not asked or r.get("period") in (None, int(asked.group(1)))]
            if asked and len(kept) < len(value):
                step = f"only the {len(kept)} of {len(value)} records due in period {asked.group(1)}, as asked"
            out[name] = [{k: v for k, v in r.items() if k != "period"} for r in kept]
    return out, step


def read_in_hours(match: re.Match[str], question: str, read: set[float]) -> bool:
    """Whether a time typed in minutes or seconds was read in hours ("6 min per piece" as 0.1 h)."""
    unit = re.match(r"\s*(min(?:ute)?s?|sec(?:ond)?s?)\b", question[match.end():], re.I)
    return bool(unit) and round(parse_number(match.group()) / (60 if unit.group(1)[0] in "mM" else 3600), 6) in read


def sibling(siblings: str, before: str) -> bool:
    """Whether a series is another option beside the one asked ("Site A" when "Site B" is asked; "A" beside "B")."""
    return bool(siblings) and bool(re.search(rf"\b{re.escape(siblings)}\b[^:;]*:\s*$", before, re.I)
                                   or len(siblings) <= 2 and re.search(r"(?:^|[;.]\s*)\w{1,2}\s*:\s*$", before))


def stray_percent(param: Param, raw: str) -> bool:
    """Whether a percent would feed an input that is no rate ("10% of the forecast" for an inventory)."""
    return bool(re.search(r"%|percent", raw)) and param.kind != "rate" and not _SHARE.search(param.name)


def number_key(raw: str) -> tuple[float, bool]:
    """A number as typed, for matching: its value and whether it is a percent ("20%" is not "0.2")."""
    return round(parse_number(raw), 6), bool(re.search(r"%|percent", raw))


_UNITS_ASKED = re.compile(r"\bin units\b|\bhow many (?:units|pieces|cases|cartons|pallets)\b|\bunits?\s*\?", re.I)


_QUANTITY_AFTER = re.compile(r"\s*(?:[km]\b|thousand\b|million\b)?\s*(?:units?|pcs|pieces|cases|cartons|pallets|"
                             r"parts|items|orders|hours?|hrs?|h\b|minutes?|mins?|seconds?|secs?|days?|weeks?|wks?|"
                             r"months?|years?|std|standard)\b", re.I)


def quantity(m: re.Match[str], question: str) -> bool:
    """Whether a number comes with a unit of things or time ("600 units", "8 hours"): a quantity, not a date or an id.

    Money is left out: a price or a sales figure beside a question about units is the usual distractor.
    """
    return "$" not in m.group() and bool(_QUANTITY_AFTER.match(question, m.end()))


def value_apart(formula: Formula, values: dict[str, Any], notes: list[str], question: str
                 ) -> tuple[dict[str, Any], list[str], float | None]:
    """An optional unit cost that turns a result in units into money, taken out of the calculation.

    Returns the values without it, the steps, and the unit cost to apply to the result in units
    (None where the question asks for units, with a step saying the cost was left out).
    """
    param = next((p for p in formula.params if p.default is OMIT and p.unit == "$" and p.name in values), None)
    if param is None:
        return values, notes, None
    rest = {k: v for k, v in values.items() if k != param.name}
    if _UNITS_ASKED.search(ask_of(question) or question):
        return rest, [*notes, f"{param.label} left out: the question asks for units"], None
    return rest, notes, float(values[param.name])
