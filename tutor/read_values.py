"""The values a reading gives, checked and arranged before they are computed.

- which inputs are another formula's result (`CHAINS`, worked out first by the solver);
- series turned oldest first (`oriented`), sparse series padded with zeros (`padded`);
- numbers that are no input (`aside`: a rating scale, "top 2", a series' length);
- where a structured reading ends (`consumed`) and every number in a reading (`flatten`);
- series, named numbers, rows and records read after their cue (`read_structured`) or from a
  pasted table's rows (`table_rows`, `column`, `table_records`); a series given as one number a
  period (`constant_series`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from tutor.formulas import Formula, Param
from tutor.inputs import ALIASES, SEGMENT_READERS, symbol_cues
from tutor.layout import PERIOD
from tutor.patterns import compiled
from tutor.reading import (
    NUM_RE,
    RECORD_START,
    numbers,
    parse_number,
    read_list,
    read_pairs,
    read_records,
)
from tutor.text import QUESTION, SENTENCE_END, sentence_at

CHAINS = {("period_order_quantity", "eoq"): "eoq", ("load_percent", "capacity"): "rated_capacity",
          ("load_percent", "load"): "work_center_load", ("safety_stock", "z"): "safety_factor",
          ("sigma_from_mad", "mad"): "mean_absolute_deviation", ("epq_max_inventory", "lot_size"): "epq",
          ("orders_per_year", "order_quantity"): "eoq", ("time_between_orders", "order_quantity"): "eoq",
          ("average_inventory", "order_quantity"): "eoq", ("trend_forecast", "a"): "linear_regression:a",
          ("trend_forecast", "b"): "linear_regression:b", ("periodic_review_order", "target"): "periodic_review_target",
          ("sigma_level", "dpmo_value"): "dpmo"}
"""Inputs that are another formula's result: (formula, input) -> that formula ("function:field": one field of it).

Worked out first when it can be.

An order quantity is chained only where EOQ is named ("order the EOQ"): see `Solver._chain`."""

NAMED = {"eoq": r"\beoq\b|economic order", "epq": r"\bepq\b|economic (?:production|manufacturing)"}
"""Formulas chained only where the question names them."""

SPARSE = ("mps", "scheduled_receipts", "in_transit")
"""Series learners give only where they are not zero ("MPS 200 in weeks 1, 3 and 5"): padded with zeros."""


_NEWEST = r"(?:most recent|newest|latest|last)(?: (?:month|week|period|quarter|year))?"


def oriented(values: dict[str, Any], question: str) -> dict[str, Any]:
    """Series turned oldest first, as the calc functions take them.

    "the .5 goes on the most recent month" puts weight 0.5 last; "newest first" or "most recent to
    oldest" after a series reverses it (the weights or the other series, whichever it follows).
    """
    values = dict(values)
    weights = values.get("weights")
    in_turn = re.search(rf"(?:to|on|for)\s+(?:the\s+)?{_NEWEST}\s*(?:,|and)\s*(?:the\s+)?(?:second|next|2nd|previous)",
                        question, re.I)  # "50%, 30% and 20% to the most recent, second most recent and third ..."
    if isinstance(weights, list) and len(weights) > 1 and in_turn:
        values["weights"] = weights[::-1]
    elif isinstance(weights, list) and len(weights) > 1 and (m := re.search(
            rf"({NUM_RE.pattern})\s*(?:weight\s+)?(?:goes|is|applies|is applied|is put|is given)?\s*(?:on|to|for)"
            rf"\s+(?:the\s+)?{_NEWEST}", question, re.I)):
        newest = parse_number(m.group(1))
        if math.isclose(weights[0], newest) and not math.isclose(weights[-1], newest):
            values["weights"] = weights[::-1]
    for m in re.finditer(rf"\b{_NEWEST}\s+(?:first|to oldest)|\boldest\s+last\b", question, re.I):
        near_weights = re.search(r"\bweights?\b[^.;?]{0,60}$", question[:m.start()], re.I)
        for name, series in values.items():
            if isinstance(series, list) and len(series) > 1 and all(isinstance(x, int | float) for x in series) and (
                    (name == "weights") == bool(near_weights)) and name not in SPARSE:
                values[name] = series[::-1]
    return values


_THROUGH = re.compile(r"\b(?:at the end of|through|thru|up to|after|as of|by the end of)\s+(?:the\s+)?"
                      r"(?:month|week|period|quarter)\s*(\d{1,2})\b|\bafter\s+(\d{1,2})\s+(?:months|weeks|periods|quarters)\b"
                      r"|\b(?:first|1st)\s+(\d{1,2})\s+(?:months|weeks|periods|quarters)\b", re.I)
ERROR_SERIES = ("actuals", "forecasts")
"""The paired series of a forecast-error measure: cut together when the question asks up to a period."""


def through(values: dict[str, Any], function: str, ask: str) -> tuple[dict[str, Any], str | None]:
    """Forecast-error series cut to the period asked ("tracking signal at the end of month 4"), with the step shown."""
    m = _THROUGH.search(ask)
    series = [values.get(name) for name in ERROR_SERIES]
    if not m or function == "forecast_errors" or not all(isinstance(s, list) for s in series):
        return values, None
    n = int(m.group(1) or m.group(2) or m.group(3))
    if not 1 <= n < min(len(s) for s in series):  # type: ignore[arg-type]
        return values, None
    values = {**values, **{name: values[name][:n] for name in ERROR_SERIES}}
    return values, f"periods 1 to {n} only, as asked"


_IGNORED = re.compile(r"\bignor(?:e|ing)\b|\bnot (?:needed|used|relevant|required)\b|\birrelevant\b|\bunrelated\b"
                      r"|\bdoesn'?t matter\b|\bif (?:that|it) matters\b|\bnot needed here\b|\bbtw\b|\bby the way\b"
                      r"|\bfyi\b|\bfor (?:context|reference|what it'?s worth)\b|\bdistractor\b"
                      r"|\b(?:is|are) not (?:an?|part of|included)\b|\bnot included\b|\bexclud(?:e|ed|ing)\b", re.I)


def _clause(text: str, start: int, end: int) -> str:
    """The clause a number sits in: its bracketed aside if it has one, else its sentence (`text.QUESTION`)."""
    opened, closed = text.rfind("(", 0, start), text.find(")", end)
    if opened != -1 and closed != -1 and ")" not in text[opened:start] and "(" not in text[end:closed]:
        return text[opened:closed + 1]
    return re.sub(r"\([^()]*\)", " ", sentence_at(text, start, QUESTION))  # without its asides


def ignored(question: str, match: re.Match[str]) -> bool:
    """A number the question says to ignore ("ignore the 2% discount") or a count restated ("12 projects' worth")."""
    return bool(_IGNORED.search(_clause(question, match.start(), match.end()))
                or re.match(r"\s+[A-Za-z]+'?s?'?\s+worth\b", question[match.end():]))


def aside(question: str, match: re.Match[str], lengths: set[int]) -> bool:
    """A number that is no input: a scale ("rating (1-5)"), "top 2", a series' length ("last 4 weeks"), or ignored."""
    before, after = question[max(0, match.start() - 12):match.start()], question[match.end():match.end() + 12]
    if re.search(r"\(\s*$", before) and re.match(r"\s*(?:-|–|to)\s*\d+\s*\)", after) or re.search(
            r"\(\s*\d+\s*(?:-|–|to)\s*$", before):
        return True
    if re.search(r"\b(?:top|first|largest|biggest)\s*$|\bout of\s*$|\bscale of\s*$", before, re.I):
        return True
    if re.search(r"[A-Za-z]$", before) and re.match(r"[A-Za-z]", after) and not re.match(r"(?:k|m|mil)\b", after, re.I):
        return True  # "c2c", "b2b": part of a word
    if ignored(question, match):
        return True
    if re.match(r"[- ](?:day|week)[- ]year\b|\s+days\b(?!\s+(?:of|in transit|on|late|early|lead))", after, re.I
                ) and parse_number(match.group()) in (360, 364, 365, 52, 50) and (
            "year" in after.lower() or re.search(r"\b(?:use|using|assume|with|on|of)\s*(?:a\s+)?$|\(\s*$", before,
                                                 re.I)):
        return True  # "use a 365-day year": the convention, not an input
    if "%" in match.group() and re.search(r"\bz\s*(?:=|of|is)?\s*[\d.]+\s*(?:for|at|gives|→|->|,)\s*(?:an?\s+)?$",
                                          question[max(0, match.start() - 25):match.start()], re.I):
        return True  # "z = 1.65 for 95% service": the % is what z stands for
    if re.match(r"\s*(?:×|x|\*)?\s*(?:the\s+)?mad\b", after, re.I) and re.search(r"(?:sigma|σ)\s*[=≈]\s*$", before,
                                                                                 re.I):
        return True  # "sigma = 1.25 MAD": the rule's constant
    value = parse_number(match.group())
    return value in lengths and bool(re.search(r"\b(?:last|past|previous|next|these|the|a|an|all)\s*$", before, re.I)
                                     or re.match(r"[- ]?(?:steps?|periods?|weeks?|months?|quarters?|days?|years?|jobs?|"
                                                 r"orders?|samples?|subgroups?|stages?|operations?)\b", after, re.I))


def padded(values: dict[str, Any]) -> dict[str, Any]:
    """Sparse series padded with zeros to the length of the question's other series."""
    lengths = [len(v) for k, v in values.items() if k not in SPARSE and isinstance(v, list)
               and all(isinstance(x, int | float) for x in v)]
    if not lengths:
        return values
    longest = max(lengths)
    return values | {k: v + [0.0] * (longest - len(v)) for k, v in values.items()
                     if k in SPARSE and isinstance(v, list) and len(v) < longest}


def consumed(segment: str, read: Any) -> tuple[int, int]:
    """Where in the segment the read values lie: from the first number that fed them to just after the last."""
    wanted = Counter(round(value, 9) for value in flatten(read))
    start, end = None, 0
    for match in NUM_RE.finditer(segment):
        key = round(parse_number(match.group()), 9)
        if wanted.get(key):
            wanted[key] -= 1
            start = match.start() if start is None else start
            end = match.end()
    return start or 0, end


_ROW = re.compile(r"(?:^|(?<=[;.]\s)|(?<=;))\s*([A-Za-z0-9][\w .'&#/-]{0,30}?):\s*([^;:]*?)\s*;")


@functools.lru_cache(maxsize=256)
def table_rows(text: str) -> dict[str, dict[str, float]]:
    """A table's rows as laid out by `tutor.layout` ("Atlanta: On hand 420, Daily demand 60;"), by row name.

    Cached (every candidate formula's named-number and record inputs look): the result is read, never changed.
    """
    rows = ((match.group(1).strip(), read_pairs(match.group(2))) for match in _ROW.finditer(text))
    return {name: cells for name, cells in rows if len(cells) >= 2 and all(re.search(r"[A-Za-z]", k) for k in cells)}


def column(rows: dict[str, dict[str, float]], cues: tuple[str, ...]) -> dict[str, float]:
    """Each row's value in the column a cue names ("on hand" -> {"Atlanta": 420, ...}); {} when none or several fit."""
    for cue in cues:
        headers = {h for cells in rows.values() for h in cells if re.fullmatch(rf"(?:{cue})\s*:?", h, re.I)}
        if len(headers) == 1:
            header = headers.pop()
            found = {name: cells[header] for name, cells in rows.items() if header in cells}
            if len(found) >= 2:
                return found
    return {}


def table_records(rows: dict[str, dict[str, float]], fields: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    """Records from a table's rows: each field from the column its cue names.

    No records come back unless every row has every required field.
    """
    records = []
    for name, cells in rows.items():
        record: dict[str, Any] = {"name": name}
        for field, cue in fields:
            hits = [v for h, v in cells.items() if re.search(rf"^(?:{cue})\b", h, re.I)]
            if len(hits) == 1:
                record[field.lstrip("?")] = hits[0]
        if all(f.lstrip("?") in record for f, _ in fields if not f.startswith("?")):
            records.append(record)
    return records if len(records) == len(rows) and len(records) >= 2 else []


def numbered_names(values: dict[str, Any]) -> set[float]:
    """Record names that are numbers ("op 10", "order 7001"): read as names, so no unused input."""
    return {round(float(r["name"]), 6) for v in values.values() if isinstance(v, list) for r in v
            if isinstance(r, Mapping) and re.fullmatch(r"\d+(?:\.\d+)?", str(r.get("name", "")))}


def flatten(value: Any) -> list[float]:
    """Every number in a reading (a number, a series, named numbers, rows or records), in order."""
    if isinstance(value, Mapping):
        return [x for v in value.values() for x in flatten(v)]
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [x for v in value for x in flatten(v)]
    return [float(value)] if isinstance(value, int | float) and not isinstance(value, bool) else []


_LIST_LABEL = (r"^\s*[=:]|^\s*(?:by \w+|\([^)]*\)|[a-z]{3}\w*\s*[-–]\s*[a-z]{3}\w*|"
               r"(?:for |in |over )?(?:the )?(?:next |last |past )\d+ [a-z]+|in [a-z]+ \d+ (?:to|-|through) \d+"
               r"(?: (?:was|were))?)\s*[:=]?")
"""A short label between a series' cue and its numbers: "= 90, 120", "jan-may: 150 150", "in periods 1 to 6 was"."""


def read_structured(formula: Formula, param: Param, question: str, values: dict[str, Any]) -> tuple[int, int] | None:
    """Read a list, named numbers, rows or records after the param's cue; returns the span used."""
    letters = tuple(rf"(?-i:(?<![\w.]){s})(?=\s+\d)" for s in ALIASES.get(param.name, ()) if len(s) == 1
                    ) if param.kind == "list" else ()  # "A 110 125 130 F 100 110 120"
    for cue in (*symbol_cues(param), *letters, *param.cues):  # "F = 50,50,50", "forecast: 50, 50, 50"
        for c in compiled(cue).finditer(question):
            if param.kind == "list":
                match = read_list(re.sub(_LIST_LABEL, " ", question[c.end():], flags=re.I))
                if match and len(numbers(match.group(1))) >= 2:  # "2,500" is one number, not a series
                    values[param.name] = [parse_number(n) for n in NUM_RE.findall(match.group(1))]
                    return c.end() + match.start(1), c.end() + match.end(1)
                others = [cue for p in formula.params if p is not param for cue in p.cues]
                words = re.match(r"\s*(?:[A-Za-z][\w'-]*\s+){1,4}(?:[:=]\s*)?(?=[-−$\d.])", question[c.end():])
                if words and (re.search(rf"\b{PERIOD}\s*$", words.group().rstrip(" :=")) or any(
                        compiled(cue).search(words.group()) for cue in others)):
                    words = None  # "orders: month 1, 500" (a period's number), "plan: demand 100, 140" (another's)
                if words and (match := read_list(question[c.end() + words.end():])) and (len(
                        numbers(match.group(1))) >= 3 or len(words.group().split()) <= 2 and question[
                        c.end() + words.end() + match.end(1):].startswith(";")):  # "MPS shows receipts of 80, 0, 80"
                    values[param.name] = [parse_number(n) for n in NUM_RE.findall(match.group(1))]
                    at = c.end() + words.end()
                    return at + match.start(1), at + match.end(1)
                stop = SENTENCE_END.search(question, c.end())
                named = read_pairs(question[c.end():stop.start() if stop else len(question)])
                if len(named) >= 3 and all(re.fullmatch(r"[A-Za-z][\w '&-]{0,25}", k) and not any(
                        compiled(cue).search(k) for cue in others) for k in named):  # not "on hand 260, SS 80"
                    values[param.name] = list(named.values())  # "quality 8, delivery 7, price 9": in the order typed
                    return c.end(), stop.start() if stop else len(question)
                if single := re.match(rf"\s*:\s*({NUM_RE.pattern})\s*;", question[c.end() - 1:] if c.group().endswith(
                        ":") else question[c.end():]):  # "actuals: 480;" written by a derivation: a series of one
                    values[param.name] = [parse_number(single.group(1))]
                    start = question.index(single.group(1), c.end() - 1)
                    return start, start + len(single.group(1))
                continue
            stop = SENTENCE_END.search(question, c.end())
            sentence = stop.start() if stop else len(question)
            while param.kind == "records" and re.match(rf"[.?!]?\s*{RECORD_START}", question[sentence:], re.I):
                stop = SENTENCE_END.search(question, sentence + 2)  # "order A: ... . order B: ..." reads on
                sentence = stop.start() if stop else len(question)
            end = sentence
            for other in formula.params:
                if other is param or other.kind == "choice":
                    continue
                for other_cue in other.cues:
                    if (o := compiled(other_cue).search(question, c.end(), end)) and o.start() > c.end():
                        end = o.start()
            # "split of hours: fabrication 45%": a cue running straight into another's word reads past it
            for stop_at in dict.fromkeys((end, sentence) if not question[c.end():end].strip() else (end,)):
                segment = question[c.end():stop_at]
                read: Any = (read_records(segment, param.fields) if param.kind == "records"
                             else SEGMENT_READERS[param.kind](segment))
                if read and not (param.kind == "pairs" and len(read) < 2):  # "usage do the top 3": no named numbers
                    values[param.name] = read
                    first, last = consumed(segment, read)  # numbers between the cue and the values stay free
                    return c.end() + first, c.end() + last
    return None


_FLAT = r"(?:flat|constant|steady|level|the same)(?:\s+(?:at|of))?"
"""A series said to hold one value: "forecast was flat at 1,000", "a flat 250"."""
_EACH = r"(?:(?:units?|hours?|hrs?)\s*)?(?:each|every|per|a|/)\s*(?:period|week|wk|month|mo|day|quarter)\b"


def constant_series(formula: Formula, question: str, values: dict[str, Any]) -> list[tuple[int, int]]:
    """A series given as one number a period ("production 300 each period"), repeated to the other series' length.

    Returns the spans of the numbers used.
    """
    lengths = [len(v) for v in values.values() if isinstance(v, list) and len(v) > 1
               and all(isinstance(x, int | float) for x in v)]
    spans = []
    for param in formula.params:
        if param.kind != "list" or param.name in values or not lengths:
            continue
        for cue in (*symbol_cues(param), *param.cues):
            if m := (compiled(rf"(?:{cue})\s*(?:(?:also|is|was|of|at|=|:)\s*)*({NUM_RE.pattern})\s*{_EACH}").search(
                    question) or compiled(rf"(?:{cue})\s*(?:(?:also|is|was|were|at|=|:)\s*)*(?:a\s+)?{_FLAT}\s*"
                                          rf"({NUM_RE.pattern})").search(question)):
                values[param.name] = [parse_number(m.group(1))] * max(lengths)
                spans.append(m.span(1))
                break
    return spans
