"""Reading numbers, rows and small tables out of a learner's free text, and writing numbers back.

The solver's input side. Numbers are written the way people write them ("12,000", "$5k",
"25%"); series as lists ("100, 110, 120" or "100 110 120"); small week-by-week tables typed on
their own lines ("forecast | 30 | 30 | 30") are turned into labelled lists first. Structured
inputs (named numbers, named rows, records) are read from the stretch of text that follows
their cue, up to the next input's cue or the end of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from tutor.patterns import compiled
from tutor.text import ROW_LABEL_STOPWORDS

NUM = (r"[-−]?(?:\$\s?)?(?:\d{1,3}(?:,\d{3})+|\d+|(?<![\w.])(?=\.\d))(?:\.\d+)?"  # ".5" too
       r"(?:\s?(?:k\b|K\b|m\b|M\b|mil\b|mln\b|million\b|thousand\b|%|percent\b))?")
NUM_RE = re.compile(NUM)
LIST_RE = re.compile(rf"({NUM}(?:\s*(?:,|;|and|then|/)\s*{NUM})+)")
SPACED_LIST_RE = re.compile(rf"({NUM}(?:[ \t]+{NUM})+)")
_NAME = r"[A-Za-z][\w'&#-]*(?:\s[A-Za-z][\w'&#-]*){0,2}?"
_PAIR = re.compile(
    rf"\s*(?:,|;|\band\b|\|)?\s*(?P<name>{_NAME})\s*(?:[:=(]|\bis\b|\bat\b|\bhas\b|\bwith\b|\bof\b|-|–)?\s*(?P<num>{NUM})\)?"
    r"(?:\s*(?:units?|items?|hours?|days?|per day|a day|/day|each|pcs|a year|per year|/year|s|secs?|seconds|mins?"
    r"|minutes|times(?: a year| per year)?)\b)?")
_ROW = re.compile(
    rf"\(\s*(?P<p1>{NUM})\s*,\s*(?P<p2>{NUM})\s*\)"
    rf"|(?P<under>\b(?:under|below|less than|up to)\s+|<\s*)?(?P<a>{NUM})(?:\s*(?:-|–|to)\s*{NUM})?\s*\+?\s*"
    r"(?:units?|pcs|pieces|or more|and (?:up|above|over)|or above)?\s*"
    r"(?:(?:@|\bat\b|\bfor\b|:(?:\s*(?:unit )?(?:price|cost)\b)?|\bcosts?\b|→|->|=)\s*|(?=\$))"
    rf"(?P<b>{NUM})")
_HEADER = re.compile(r"^(?:weeks?|periods?|months?|days?|quarters?|years?|wk|t)$", re.I)
_TABLE_LINE = re.compile(
    rf"^\s*\|?\s*(?P<label>[A-Za-z][^\d|:]*?)\s*[:|]?\s*(?P<nums>{NUM}(?:\s*[|,]?\s*{NUM})+)\s*\|?\s*$")
_RECORD = re.compile(r"\s*(?:and\s+)?(?:(?:job|order|op(?:eration)?|lot|wc|work cent(?:er|re)|item|part)\s+)?"
                     r"([\w-]+)\s*[:,-]?\s*(.*)$", re.I)
RECORD_START = r"(?:order|job|op(?:eration)?|wc|work cent(?:er|re)|lot|item|part|sku)\s+[\w-]+\s*:"
"""How a record typed as its own sentence starts: "order B:", "WC B:", "job 2:"."""
_APART = re.compile(r"[.;?!]\s|\b(?:vs\.?|versus|against|compared (?:to|with))\s", re.I)
"""Between a cue and a number, what keeps them apart: a sentence break, or "273 h of load vs 260 h capacity"."""


WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "a couple of": 2}
"""Numbers written as words, as learners write counts: "two shifts", "a dozen bins"."""


_SCALES = (("thousand", 1e3), ("million", 1e6), ("mil", 1e6), ("mln", 1e6), ("percent", 0.01), ("%", 0.01),
           ("k", 1e3), ("m", 1e6))
"""Suffixes a number may carry ("5k", "25%", "1.2 million") and what each multiplies it by ("million" before "m")."""


def parse_number(text: str, rate: bool = False) -> float:
    """Read one number written the way people write them.

    Example: "12,000" -> 12000; "$5k" -> 5000; "25%" -> 0.25 (with rate=True, "25" -> 0.25 too)
    """
    raw = text.strip().replace("−", "-").replace("$", "").replace(" ", "")
    suffix, scale = next(((s, f) for s, f in _SCALES if raw.lower().endswith(s)), ("", 1.0))
    value = float(raw[:len(raw) - len(suffix)].replace(",", "")) * scale
    if rate and scale == 1.0 and value > 1:
        value /= 100  # "carrying rate 25" means 25%
    return value


def numbers(text: str) -> list[float]:
    """Every number in a stretch of text, in order."""
    return [parse_number(m.group()) for m in NUM_RE.finditer(text) if m.group().strip()]


_WEEKS_A_YEAR = re.compile(r"\b(4[89]|5[012])[- ](?:working |operating |selling )?(?:weeks?|wks?)\b"
                           r"(?:\s*(?:a|per|in a|each)\s+year)?|\bopen\s+(4[89]|5[012])\s+weeks\b", re.I)


def per_year(context: str, question: str = "") -> float:
    """How many of the figure's periods make a year: 12 for "a month", 4 for "a quarter", 52 for "a week", else 1.

    Weeks follow the question's own year where it gives one ("open 50 weeks a year").
    """
    if re.search(r"\b(?:per|a|each|every)\s+month\b|\bmonthly\b", context, re.I):
        return 12
    if re.search(r"\b(?:per|a|each|every)\s+quarter\b|\bquarterly\b", context, re.I) or re.search(
            r"\bq[1-4]\b", context, re.I) and re.search(r"\bannuali[sz]", question, re.I):
        return 4
    if re.search(r"\b(?:per|a|each|every)\s+week\b|\bweekly\b", context, re.I):
        return weeks_a_year(question)
    return 1


def weeks_a_year(question: str) -> int:
    """The weeks in the question's year ("open 50 weeks", "50 working weeks/yr"), else 52."""
    weeks = _WEEKS_A_YEAR.search(question)
    return int(weeks.group(1) or weeks.group(2)) if weeks else 52


def normalize_tables(question: str) -> str:
    """Turn lines of a small typed table into labelled lists: "Orders | 35 | 20" -> "Orders: 35, 20;".

    A header row of period numbers (Week 1 2 3 4) is dropped; a Markdown rule line is dropped;
    other lines are kept. The result is one line.
    """
    if "\n" not in question and "|" not in question:
        return question
    out = []
    for line in question.splitlines():
        if re.fullmatch(r"\s*\|?[\s|:-]*\|?\s*", line) and "-" in line:
            continue  # markdown rule |---|---|
        match = _TABLE_LINE.match(line)
        if not match:
            out.append(line.strip())
            continue
        label = match.group("label").strip(" |")
        values = [m.group().strip() for m in NUM_RE.finditer(match.group("nums")) if m.group().strip()]
        if _HEADER.match(label) and [parse_number(v) for v in values] == list(range(1, len(values) + 1)):
            continue
        out.append(f"{label}: {', '.join(values)};")
    text = ""
    for part in (p for p in out if p):  # "on hand 140" then "60, 75, 80": two things, not one list
        text += (". " if text[-1:].isdigit() and part[:1].isdigit() else " ") + part
    return text.strip()


def read_list(text: str) -> re.Match[str] | None:
    """The series at the start of text ("100, 110, 120" or "100 110 120"), or None."""
    stripped = len(text) - len(text.lstrip())
    return LIST_RE.match(text, stripped) or SPACED_LIST_RE.match(text, stripped)


def read_pairs(text: str) -> dict[str, float]:
    """Named numbers: "A 50,000, B 20,000; C $5,000" -> {"A": 50000, "B": 20000, "C": 5000}."""
    pairs: dict[str, float] = {}
    pos = 0
    if (lead := re.match(r"[^:\d;]{1,40}:", text)) and not _PAIR.match(text):  # "last quarter: late delivery 48, ..."
        pos = lead.end()
    while (match := _PAIR.match(text, pos)) and match.end() > pos:
        name = re.sub(r"^(?:and|for|item|class)\s+", "", match.group("name"), flags=re.I).strip()
        pairs[name] = parse_number(match.group("num"))
        pos = match.end()
    return pairs


def read_named_lists(text: str) -> dict[str, list[float]]:
    """Named rows: "East: 0, 80; West 60 0" -> {"East": [0, 80], "West": [60, 0]} (2+ numbers without a colon)."""
    rows: dict[str, list[float]] = {}
    for part in re.split(r";|\n|\band\b|,\s*(?=[A-Za-z])", text.lstrip(" :")):
        minimum = 2  # "of 132" is not a row; "A assembly: 2" is
        if ":" in part:
            name, _, rest = (s.strip() for s in part.partition(":"))
            minimum = 1
        elif match := re.match(rf"\s*(?P<name>{_NAME})\s*=?\s*(?P<rest>{NUM}(?:[\s,]+{NUM})*)\s*,?\s*$", part):
            name, rest = match.group("name").strip(), match.group("rest")
        else:
            continue
        values = numbers(rest)
        if name and name.lower() not in ROW_LABEL_STOPWORDS and len(values) >= minimum:
            rows[name] = values
    return rows


def read_named_pairs(text: str) -> dict[str, dict[str, float]]:
    """Named rows of named numbers: "A: assembly 0.5, test 0.2; B: assembly 1" -> {"A": {...}, "B": {...}}."""
    rows = (re.match(r"\s*(?:and\s+)?(?P<name>[^:]+?)\s*:\s*(?P<rest>.*)$", part) for part in re.split(r";|\n", text))
    named = ((m.group("name").strip(), read_pairs(m.group("rest"))) for m in rows if m)
    return {name: pairs for name, pairs in named if pairs}


def read_rows(text: str) -> list[list[float]]:
    """Number tuples: "100 @ $10, 200 @ $12" or "(0, 12.00), (1,000, 11.50)"; "under 1,000 at $12" starts at 0."""
    return [[parse_number(m.group("p1")), parse_number(m.group("p2"))] if m.group("p1") is not None
            else [0.0 if m.group("under") else parse_number(m.group("a")), parse_number(m.group("b"))]
            for m in _ROW.finditer(text)]


def read_records(text: str, fields: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    """Named records: "A (6 days, due 8), B (2, due 6)" or "job A: 6 days, due 8; job B: ...".

    `fields` are (name, cue) in positional order; a name starting with "?" is optional. Each
    number goes to the field whose cue sits next to it, the rest fill the remaining fields in
    order. A record missing a required field is dropped.
    """
    text = text.lstrip(" :")
    if "(" in text:
        parts = [(m.group(1), m.group(2)) for m in re.finditer(r"([\w-]+)\s*\(([^()]*)\)", text)]
    else:
        parts = []
        jobs = r",\s+(?=(?-i:[A-Z])\w{0,3}\s+(?:needs\s+|takes\s+)?\d)"  # "J1 needs 4 days ..., J2 7 days ..."
        for chunk in re.split(rf";|\n|[.]\s+(?={RECORD_START})|{jobs}", text, flags=re.I):
            match = _RECORD.match(chunk)
            if match and NUM_RE.search(match.group(2)):
                parts.append((match.group(1), match.group(2)))
    records = []
    for name, body in parts:
        found = [m for m in NUM_RE.finditer(body) if m.group().strip()  # "WC20", "in week 3" name, not measure
                 and not re.search(r"[A-Za-z]$|\bin (?:week|wk|period)\s*$", body[:m.start()], re.I)]
        values = assign_by_cue(body, [(f.lstrip("?"), (cue,)) for f, cue in fields], found)
        leftover = [m for m in found if m.start() not in {v[1] for v in values.values()}]
        for field_name, _ in fields:
            key = field_name.lstrip("?")
            if key not in values and leftover and not field_name.startswith("?"):
                extra = leftover.pop(0)
                values[key] = (parse_number(extra.group()), extra.start())
        ends = {m.start(): m.end() for m in found}
        record: dict[str, Any] = {"name": name} | {  # "3 minutes per piece" for an hours field: 0.05
            k: v / 60 if "hour" in k and re.match(r"\s*(?:minutes?|mins?)\b", body[ends[start]:]) else v
            for k, (v, start) in values.items()}
        if due := re.search(r"\b(?:in|due in|for|due)\s+(?:week|wk|period)\s*(\d{1,3})\b", body, re.I):
            record["period"] = int(due.group(1))  # "due at WC20 in week 3": kept for a question about one week
        if all(f.lstrip("?") in record for f, _ in fields if not f.startswith("?")):
            records.append(record)
    return records


def assign_by_cue(text: str, targets: Sequence[tuple[str, Sequence[str]]],
                  found: Sequence[re.Match[str]], max_gap: int = 35,
                  allowed: Mapping[str, set[int]] | None = None) -> dict[str, tuple[float, int]]:
    """Give each target the number nearest one of its cues (before or after), nearest pairs first.

    Returns {target: (value, start of the number)}; each number feeds one target (and, with `allowed`,
    only a number starting at one of the target's allowed positions). A longer,
    more specific cue beats a generic one at a similar distance; a sentence break between a
    cue and a number rules the pair out.
    """
    pairs = []
    starts = sorted(n.start() for n in found)
    for name, cues in targets:
        for cue in cues:
            for c in compiled(cue).finditer(text):
                for n in found:
                    if allowed is not None and name in allowed and n.start() not in allowed[name]:
                        continue
                    gap = n.start() - c.end() if n.start() >= c.end() else c.start() - n.end()
                    if c.lastindex and c.start(1) == n.start():  # the cue captures its number: "(\d+)-week"
                        gap = 0
                    between = text[min(c.end(), n.end()): max(c.start(), n.start())]
                    if n.start() < c.start() and ("," in between or re.search(r"\band\b", between)):
                        gap += 20  # "$615,000, sales were $5.4M", "day 150 and today": a number before a comma or
                        # "and" belongs to what came before
                    if n.start() < c.start() and _labels_next(text, c.end(), starts):
                        gap += 20  # "appraisal 80k internal failure 120k": the cue names 120k, not 80k
                    if 0 <= gap <= max_gap and not re.search(_APART, between):
                        pairs.append((gap - len(c.group()) / 4, name, n.start(), n))
    taken: set[int] = set()
    values: dict[str, tuple[float, int]] = {}
    for _, name, start, n in sorted(pairs, key=lambda t: t[:3]):
        if name in values or start in taken:
            continue
        taken.add(start)
        values[name] = (parse_number(n.group()), start)
    return values


def _labels_next(text: str, end: int, starts: Sequence[int]) -> bool:
    """Whether a cue ending at `end` is followed straight away by a number ("internal failure 120k")."""
    after = next((s for s in starts if s >= end), None)
    gap = r"\s*(?:[:=]|is|are|was|were)?\s*(?:(?:on |at )?(?:day|week|period)\s*)?"  # "today is day 138"
    return after is not None and bool(re.fullmatch(gap, text[end:after], re.I))


def fmt(value: Any) -> str:
    """A number, list or table written for a learner: 12,000 · 0.25 · 1,234.57 · "A 10, B 20" · "100 @ 10; 100 @ 12"."""
    if isinstance(value, Mapping):
        nested = any(isinstance(v, Mapping | list | tuple) for v in value.values())
        if "name" in value:
            return f"{value['name']} (" + ", ".join(f"{str(k).replace('_', ' ')} {fmt(v)}" for k, v in value.items()
                                                    if k != "name") + ")"
        return ("; " if nested else ", ").join(f"{k}{':' if nested else ''} {fmt(v)}" for k, v in value.items())
    if isinstance(value, Sequence) and not isinstance(value, str):
        if value and all(isinstance(v, Mapping) for v in value):
            return "; ".join(fmt(v) for v in value)
        if value and all(isinstance(v, Sequence) and not isinstance(v, str) for v in value):
            return "; ".join(" @ ".join(fmt(x) for x in v) for v in value)
        return ", ".join(fmt(v) for v in value)
    if isinstance(value, float):
        value = round(value, 9)  # 98.00000000000001 is 98
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.4f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:,.2f}"
    return f"{value:,.0f}" if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
