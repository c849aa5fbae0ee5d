"""What the reader knows about a formula's inputs beyond their cue phrases (those are in `tutor.formulas`).

- symbols learners type for them, case-sensitive, before "=" or ":" ("S = $50", "i: 25%");
- units: a value converted to the unit its input expects ("450 minutes" for an hours input), and
  whether a value can be that input at all (`plausible`);
- the words an input is known by, for numbers no cue placed (`by_words`);
- whether a fraction result is given as a percent (`in_percent`);
- how a calculator-form field is read for its input's kind (`form_value`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from tutor.formulas import Param
from tutor.patterns import compiled
from tutor.reading import (
    NUM_RE,
    fmt,
    numbers,
    parse_number,
    read_named_lists,
    read_named_pairs,
    read_pairs,
    read_records,
    read_rows,
    weeks_a_year,
)
from tutor.text import ASKING, CALC_STOPWORDS, LETTERS_2, content_words, split_sentences

SEGMENT_READERS = {"pairs": read_pairs, "named_lists": read_named_lists, "named_pairs": read_named_pairs,
                   "rows": read_rows}

ALIASES = {  # symbols learners write for an input ("D = 12000"), besides the one in its label ("(S)")
    "annual_demand": ("D", "A", "R"), "demand_rate": ("D", "d"), "usage_rate": ("d", "D"), "order_cost": ("S", "Co"),
    "setup_cost": ("S",), "holding_cost": ("H", "h", "Ch"), "carrying_rate": ("i", "I", "k"),
    "unit_cost": ("c", "C", "v", "P"), "lead_time": ("L", "LT"), "review_period": ("R", "P", "T"),
    "safety_stock": ("SS",), "order_quantity": ("Q",), "on_hand": ("OH", "BI"),
    "scheduled_receipts": ("SR",), "gross_requirements": ("GR",), "orders": ("CO",), "forecast": ("F",),
    "demand_time_fence": ("DTF",), "net_income": ("NI",), "total_assets": ("TA",), "sigma": ("σ", "s", "sd"),
    "sd_demand": ("σ", "sd", "s"), "alpha": ("α", "a"), "safety_factor": ("α", "x", "X"),
    "container_quantity": ("C", "Q"),
    "z": ("z", "Z", "k"), "mad": ("MAD",), "production_rate": ("p", "P"), "throughput_rate": ("λ", "TH", "X"),
    "flow_time": ("W", "CT", "FT"), "wip": ("L", "WIP", "I"), "mean": ("μ", "x̄", "X̄"), "mean_demand": ("μ",),
    "fixed_cost": ("FC", "F"), "variable_cost": ("VC", "V", "v"), "price": ("P", "SP"), "volume": ("Q",),
    "p_bar": ("p̄", "pbar", "p-bar"), "sample_size": ("n",), "subgroup_size": ("n",), "grand_mean": ("X̿",),
    "average_range": ("R̄", "Rbar", "R-bar"), "usl": ("USL",), "lsl": ("LSL",), "cycle_time": ("CT", "C"),
    "demand_per_period": ("D", "d"), "safety_stock_units": ("SS",), "safety_stock_old": ("SS",),
    "beginning_inventory": ("OH", "BI", "I0"), "actuals": ("A",), "forecasts": ("F",), "production": ("P",),
    "dio": ("DIO",), "dso": ("DSO",), "dpo": ("DPO",),
}
_LABEL_SYMBOL = re.compile(r"\(([^()\s]{1,4})\)\s*$")


def symbol_cues(param: Param) -> tuple[str, ...]:
    """Cues for the param's symbols, case-sensitive and followed by "=" or ":" ("S = $50", "i: 25%")."""
    symbols = set(ALIASES.get(param.name, ()))
    if match := _LABEL_SYMBOL.search(param.label):
        symbols.add(match.group(1))
    # a symbol of two letters or more may stand right before its number too: "NI 1.15M", "OH 60"
    # and "n" or "z" (never words) before a number: "pbar .08 n 100", "z 1.65"
    return tuple(rf"(?-i:(?<![\w.]){re.escape(s)})\s*(?:=|:(?!\s*\d+\s*[:/])"
                 + (r"|(?=\s*\$?\d))" if len(s) > 1 and s.isalpha() else r"|(?=\s+\.?\d))" if s in "nzσα" else ")")
                 for s in sorted(symbols))



FRACTIONS = {"utilization": True, "efficiency": True, "oee": True, "oee_from_rates": True, "return_on_assets": True,
             "dupont_roa": True,
             "perfect_order_fulfillment": True, "fill_rate": True, "inventory_record_accuracy": True,
             "first_pass_yield": True, "rolled_throughput_yield": True, "on_time_delivery_rate": True,
             "balance_efficiency": True, "cube_utilization": True, "weight_utilization": True,
             "p_chart_limits": False, "critical_fractile": False, "share": False}
"""Formulas whose result is a fraction: True where learners read it as a percent unless they ask for a decimal.

"share" stands for a share picked out of a record (a Pareto or ABC table): a percent when asked for one."""
_ASKS_PERCENT = re.compile(r"(?:\bin|\bas an?|\bwhat|\bhow many)\s*(?:%|percent|pct\b)|%\s*\??\s*$|%\s*\?|"
                           r"\bwhat\b[^.?!%]{0,25}(?:%|\bpercent)|"
                           r"\bpercent(?:age)?\b[^.?!]*\?|\bpercent(?:age)?\s*\??\s*$|\bpct\b", re.I)
_ASKS_FRACTION = re.compile(r"\b(?:as an? |in )?(?:decimal|fraction|ratio|proportion)\b(?! defective)", re.I)


def in_percent(question: str, function: str) -> bool:
    """Whether to give a fraction result as a percent: asked for, or the usual way to read it and no decimal asked."""
    if function not in FRACTIONS:
        return False
    ask = (split_sentences(question.strip(), ASKING) or [""])[-1]  # the asking sentence
    return bool(_ASKS_PERCENT.search(ask)) or FRACTIONS[function] and not _ASKS_FRACTION.search(question)


HOURS = re.compile(r"hours?_|_hours|^hours|^load$|^capacity$|^setup_hours$")
DAYS = re.compile(r"_days$|^days$|^transit_days$|^d[isp]o$")
PERIODS = re.compile(r"^(?:lead_time(?:_old|_new)?|review_period|remaining_lead_time|transit_lead_time)$")
_UNIT_AFTER = re.compile(r"^\s*[- ]?(?:working |work |business |calendar |production )?"
                         r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\b", re.I)
_RHYTHM = [("weeks", r"per week|a week|/\s*w(?:ee)?k|weekly|\bwk\b|\bweeks? \d|each week"),
           ("days", r"per day|a day|/\s*day|daily"), ("months", r"per month|a month|/\s*mo(?:nth)?|monthly")]
_RATE_PERIOD = re.compile(r"^\s*(?:per|a|an|each|every|/)\s*(month|week|quarter)\b|^\s*(monthly|weekly|quarterly)\b",
                          re.I)


def _unit(word: str) -> str:
    """A unit `_UNIT_AFTER` matched, in full and singular: "mins" -> "minute", "wks" -> "week"."""
    unit = next(u for u in ("second", "sec", "minute", "min", "hour", "hr", "day", "week", "wk", "month", "year")
                if word.lower().startswith(u))
    return {"sec": "second", "min": "minute", "hr": "hour", "wk": "week"}.get(unit, unit)


def rhythm(question: str) -> str | None:
    """The period the question's figures run in (weeks, days, months), from how its demand is given."""
    return next((unit for unit, pattern in _RHYTHM if re.search(pattern, question, re.I)), None)


_PER_WEEK = re.compile(r"^\s*(?:units?\s+|cases\s+|pcs\s+|pieces\s+)?(?:a|per|each|every|/)\s*(?:week|wk)\b"
                       r"|^\s*weekly\b", re.I)
_PER_MONTH = re.compile(r"^\s*(?:units?\s+|cases\s+|pcs\s+|pieces\s+)?(?:a|per|each|every|/)\s*(month)\b", re.I)
_KIND_OF_DAY = r"(?:working |shipping |business |production |operating )"
_DAYS_IN_MONTH = re.compile(rf"\b(?:month|it)\s+has\s+(\d{{2}})\s+{_KIND_OF_DAY}?days\b"
                            rf"|\b(\d{{2}})\s+{_KIND_OF_DAY}days\s+(?:a|per|in the|this|each)\s+month\b", re.I)
_WEEKLY_BEFORE = re.compile(r"\bweekly\s+(?:demand|usage|sales)\s*(?:is|of|=|:)?\s*$", re.I)
_YEARLY_BEFORE = re.compile(r"\b(?:annual(?:ly)?|yearly)\s+(?:demand|usage|sales|requirements?)\s*(?:is|of|=|:)?\s*$",
                            re.I)
_YEARLY = re.compile(r"\bannual(?:ly)?\b|\byearly\b|\b(?:per|a|for the|each|this|next) year\b", re.I)


def _periods_a_year(per: re.Match[str]) -> int:
    """How many of the periods `_RATE_PERIOD` matched make a year: 12 months, 52 weeks, 4 quarters."""
    word = (per.group(1) or per.group(2)).lower()
    return 12 if word.startswith("month") else 52 if word.startswith("week") else 4


def convert(name: str, kind: str, value: float, after: str, question: str, before: str = ""
            ) -> tuple[float, str | None]:
    """A read value in the unit its input expects, and the step shown when it was converted.

    Hours inputs take minutes and seconds; day inputs take weeks; a lead time or review period
    takes the question's rhythm ("weekly demand" with "a lead time of 10 working days" -> 2 weeks);
    a yearly carrying rate given "per month" is made yearly, and so is a monthly fixed cost where
    the question is about a year.
    """
    factor = _periods_a_year(per) if (per := _RATE_PERIOD.match(after)) else None
    if kind == "rate" and name == "carrying_rate" and factor:
        return value * factor, f"carrying rate = {value:g} × {factor} = {value * factor:g} a year"
    if name.startswith("fixed_cost") and factor and _YEARLY.search(question):  # "$15,000 per month", yearly volume
        return value * factor, f"fixed cost = {fmt(value)} × {factor} = {fmt(value * factor)} a year"
    daily = name in ("average_daily_demand", "daily_demand")
    if daily and (_PER_WEEK.match(after) or _WEEKLY_BEFORE.search(before)) and not re.search(
            r"\bweeks?'?\s+(?:of\s+)?(?:supply|cover)|\bin weeks\b", question, re.I):  # "1,500 units a week"
        five = re.search(r"\b5[- ]days? (?:a|per) week|\b5-day weeks?|\bworking days?\b", question, re.I)
        week_days = 5 if five else 7
        return value / week_days, f"{fmt(value)} a week / {week_days} days = {fmt(value / week_days)} a day"
    if daily and (month := _PER_MONTH.match(after)) and (days := _DAYS_IN_MONTH.search(question)):
        # "45,000 cases per month ... 22 shipping days"
        per = int(days.group(1) or days.group(2))
        return value / per, f"{fmt(value)} a {month.group(1).lower()} / {per} days = {fmt(value / per)} a day"
    if name == "demand_per_period" and _YEARLY_BEFORE.search(before) and (
            lead := re.search(r"\blead[- ]?time\b[^.;?]{0,25}?\d+\s*(weeks?|wks?|months?)\b|\b(?:lt|l)\s*[=:]?\s*\d+"
                              r"\s*(weeks?|wks?|months?)\b", question, re.I)):
        months = (lead.group(1) or lead.group(2)).lower().startswith("m")
        per = 12 if months else weeks_a_year(question)
        unit = "month" if months else "week"
        return value / per, f"demand per {unit} = {fmt(value)} a year / {per} = {fmt(value / per)}"
    match = _UNIT_AFTER.match(after)
    if not match:
        return value, None
    unit = _unit(match.group(1))
    working = bool(re.search(r"working|business|5[- ]day week", question, re.I)) or "working" in match.group(0)
    week_days = 5 if working else 7
    if HOURS.search(name) and unit in ("minute", "second"):
        hours = value / (60 if unit == "minute" else 3600)
        return hours, f"{value:g} {unit}s = {hours:g} hours"
    if DAYS.search(name) and unit == "week":
        days = value * week_days
        return days, f"{value:g} weeks of {week_days} days = {days:g} days"
    if PERIODS.search(name) and (period := rhythm(question)):
        per_day = {"weeks": 1 / week_days, "months": 1 / (week_days * 52 / 12), "days": 1.0}[period]
        in_days = {"day": 1.0, "week": week_days, "month": week_days * 52 / 12}.get(unit)
        if in_days is not None and not period.startswith(unit):
            converted = value * in_days * per_day
            week = f" (weeks of {week_days} days)" if "week" in (unit, period.rstrip("s")) else ""
            return converted, f"{value:g} {unit}s{week} = {converted:g} {period}"
    return value, None


GENERIC = {"cost", "rate", "time", "total", "number", "value", "amount", "average", "quantity", "level", "factor"}


def stems(text: str) -> set[str]:
    """Content words of a phrase without `CALC_STOPWORDS`, cut to 5 letters ("receivables" and "receivable" agree)."""
    return {w[:5] for w in content_words(text, CALC_STOPWORDS, LETTERS_2)}


@functools.cache
def vocabulary(name: str, label: str, cues: tuple[str, ...]) -> frozenset[str]:
    """The words an input is known by: its name, its label and the plain words of its cue phrases."""
    plain = " ".join(re.sub(r"\\[a-z]|\(\?[^)]*\)|[\[\](){}?*+|^$\\:]", " ", c) for c in cues)
    return frozenset(stems(f"{name} {re.sub(r'[(][^)]*[)]', ' ', label)} {plain}"))


def context_words(text: str, start: int, end: int) -> set[str]:
    """The words around a number within its clause: up to six before it and three after it."""
    left = re.split(r"[,;:.!?\n]|\band\b|\bthen\b", text[max(0, start - 60):start])[-1]
    right = re.split(r"[,;.!?\n]|\band\b", text[end:end + 30])[0]
    return stems(" ".join(left.split()[-6:]) + " " + " ".join(right.split()[:3]))


def by_words(text: str, targets: list[tuple[str, frozenset[str], str]], found: list[re.Match[str]]
             ) -> dict[str, re.Match[str]]:
    """Inputs no cue placed, given the free number whose nearby words best match their names.

    `targets` are (name, vocabulary, kind). A pair needs a shared word that is not generic
    ("cost", "rate"), a rate needs a % or a value under 1, and a tie for the best number or the best
    input means no assignment: the input is then asked for rather than guessed.
    """
    scored = []
    for name, vocab, kind in targets:
        specific = vocab - GENERIC
        for m in found:
            raw = m.group()
            if kind == "rate" and "%" not in raw and "percent" not in raw:
                try:
                    if float(raw.replace(",", "").replace("$", "").strip()) >= 1:
                        continue
                except ValueError:
                    continue
            shared = context_words(text, m.start(), m.end()) & vocab
            if shared & specific:
                scored.append((len(shared), len(shared & specific), name, m))
    scored.sort(key=lambda s: (-s[0], -s[1], s[3].start()))
    out: dict[str, re.Match[str]] = {}
    used: set[int] = set()
    for n, (score, spec, name, m) in enumerate(scored):
        if name in out or m.start() in used:
            continue
        rivals = [s for s in scored[n + 1:] if s[:2] == (score, spec) and s[2] not in out and s[3].start() not in used
                  and (s[2] == name or s[3].start() == m.start())]
        if rivals:
            continue  # two numbers fit this input equally, or two inputs this number: ask, do not guess
        out[name] = m
        used.add(m.start())
    return out


LIMITS = [  # (input name pattern, lowest, highest): a value outside is a misreading, so the input is asked for
    (r"^(?:lead_time(?:_old|_new)?|review_period|transit_lead_time|remaining_lead_time)$", 0, 104),
    (r"^shifts_per_day$", 0, 4), (r"^hours_per_shift$", 0, 24), (r"^(?:z|safety_factor_z)$", 0, 6),
    (r"^alpha$", 0, 1), (r"^(?:utilization_rate|efficiency_rate|scrap_rate|yield_rate|service_level)$", 0, 2),
    (r"^days$|^working_days$", 0, 366), (r"^days_in_year$", 360, 366), (r"^transit_days$", 0, 180),
    (r"^subgroup_size$|^sample_size$", 1, 10 ** 7),
]


MONEY = re.compile(r"cost|price|revenue|income|assets|value|expense|investment|sales|wage|freight|insurance|dut|"
                   r"handling|purchase|cash|payables|receivables|cogs|inflow|usage|profit|budget|prevention|appraisal|failure|"
                   r"inventory_value|^average_inventory$|fixed|variable|tooling|overhead|saving|spend|amount", re.I)


def plausible(name: str, value: float, raw: str = "") -> bool:
    """Whether a value read for an input can be it: a lead time of 220 cannot, nor "$75" a quantity."""
    if "$" in raw and not MONEY.search(name):
        return False
    return all(low <= value <= high for pattern, low, high in LIMITS if re.search(pattern, name))


KIND_WORDS = {"number": "a number", "annual": "a number", "rate": "a number or a percent", "count": "a whole number",
              "list": "numbers separated by commas", "pairs": "names with numbers (A 10, B 20)",
              "named_lists": "named rows (East: 10, 20; West: 5, 0)",
              "named_pairs": "named rows of named numbers (A: assembly 0.5, test 0.2)",
              "rows": "pairs of numbers (100 @ 12, 200 @ 11)", "records": "named records (A (6, due 8); B (2, due 6))"}


def form_value(param: Param, text: str) -> Any:
    """One calculator-form field read for its input's kind; raises ValueError when it cannot be."""
    if param.kind == "choice":
        for cue, value in param.choices:
            if compiled(cue).search(text) or str(value).casefold() == text.casefold():
                return value
        raise ValueError(text)
    if param.kind in ("number", "annual", "rate", "count"):
        if not NUM_RE.fullmatch(text.strip()) or not text.strip():
            raise ValueError(text)
        value = parse_number(text, rate=param.kind == "rate")
        return int(round(value)) if param.kind == "count" else value
    if param.kind == "list":
        if not numbers(text) or re.search(r"[A-Za-z]", re.sub(r"\b(?:and|k|m)\b", "", text, flags=re.I)):
            raise ValueError(text)
        return numbers(text)
    read = SEGMENT_READERS.get(param.kind)
    value = read(text) if read else read_records(text, param.fields) if param.kind == "records" else None
    if not value:
        raise ValueError(text)
    return value
