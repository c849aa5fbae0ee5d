"""Inputs a learner gives in another form, worked out first as small named steps shown in the working.

`derive(text)` returns the text with each derived value written where the reader will find it,
and the steps ("hours per shift = 8 − 2 × 15 min = 7.5 h"):

- number words: "two 15-minute breaks" -> "2 15-minute breaks", "half a day" -> "0.5 day";
- breaks: "8-hour shift ... two 15-minute breaks" -> hours per shift 7.5;
- "3 weeks and 2 days" (5-day weeks unless 7 are said) -> 3.4 weeks;
- "spec 10 ± 0.05" -> upper specification limit 10.05, lower specification limit 9.95;
- "variance 0.0004" -> standard deviation 0.02;
- "from 9 warehouses to 4" -> current locations 9, new locations 4;
- inputs given as parts or in words (`tutor.derive_parts`; operations in `tutor.derive_ops`, money in
  `tutor.derive_money`): a spec range, step
  counts, earned hours, price breaks, a level plan's target, time lost, landed-cost parts;
- a rate "per month" for a yearly carrying rate is left to the reader (see `tutor.solver`).
"""

from __future__ import annotations

import math
import re
from statistics import NormalDist

from tutor import derive_money, derive_ops, derive_parts
from tutor.derive_parts import MONEY, money, off
from tutor.derive_parts import NUMBER as _NUM
from tutor.reading import WORD_NUMBERS, fmt, parse_number

_COUNTED = (r"\d|(?:part|unit|item|piece|sample|subgroup|observation|measurement|reading|"
            r"shift|machine|worker|operator|employee|person|people|crew|station|line|cell|week|day|hour|minute|"
            r"break|month|year|quarter|period|dc|warehouse|location|site|truck|container|bin|kanban|card|lot|order)")
_WORDS = re.compile(r"\b(" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + rf")\b(?=[\s-]+(?:{_COUNTED}))",
                    re.I)
_HALF = re.compile(r"\b(?:a\s+)?half(?:\s+an?|\s+of\s+an?)?\s+(day|week|hour|shift|month|year)\b", re.I)


def derive(text: str) -> tuple[str, list[str]]:
    """The text with derived inputs written in, and the steps taken (see the module docstring)."""
    steps: list[str] = []
    text = re.sub(r"\s*\((?![^()]*\d)[^()]{1,60}\)", " ", text)  # "(rent, salaried staff)" is an aside
    text = _HALF.sub(lambda m: f"0.5 {m.group(1)}", text)
    text = _WORDS.sub(lambda m: str(WORD_NUMBERS[m.group(1).lower()]), text)
    for rule in (_breaks, _weeks_and_days, _tolerance, derive_parts.spec_range, _variance, _from_to_locations,
                 _averages, _errors, derive_ops.days_over_weeks, derive_ops.times_chain, _available_hours,
                 _periods_of_supply, _z_from_service, _per_day, _consolidation, _cash_cycle_days,
                 derive_ops.step_yields, derive_parts.weekly_demand, derive_parts.level_plan, derive_ops.worker_hours,
                 derive_ops.lost_time, derive_money.landed, derive_parts.trend_line, derive_parts.mad_from_series,
                 derive_ops.earned_hours, derive_money.price_breaks, derive_parts.one_receipt,
                 derive_money.dollar_usage, derive_parts.count_frequency, derive_ops.routing_days, derive_ops.job_load,
                 derive_money.average_balance, derive_parts.spread_evenly, derive_ops.lead_time_parts,
                 derive_parts.nested_count, derive_money.inventory_value, derive_ops.order_run_hours,
                 derive_ops.takt_week, derive_money.share_of_sales, derive_money.newsvendor_costs,
                 derive_parts.target_of_forecast, derive_parts.dc_rows, derive_parts.load_volume,
                 derive_ops.p_bar_from_counts, derive_money.profit_margin, derive_money.contribution_margin,
                 derive_parts.order_counts, derive_ops.subgroup_stats, derive_ops.first_pass_good,
                 derive_parts.component_demand, derive_parts.single_error, derive_ops.per_shift_to_day,
                 derive_ops.oee_times, derive_ops.on_time_from_late, derive_ops.good_from_rejects,
                 derive_money.coq_items, derive_money.make_buy, derive_ops.accurate_records,
                 derive_money.carrying_rate_parts):
        text = rule(text, steps)
    return text, steps


_PAUSE = r"(?:breaks?|lunch(?:es)?|meal|meetings?|rest|clean[- ]?up)"
_BREAK = re.compile(rf"(?:\b(\d+)\s+)?({_NUM})[- ]?(minutes?|mins?|hours?|hrs?|h)\b[- ]?(?:of\s+)?(?:\w+\s+)?{_PAUSE}\b"
                    rf"|\b({_NUM})\s*(minutes?|mins?|hours?|hrs?|h)\b\s*(?:per|a|each|every)\s+shift\s+"
                    rf"(?:goes?|go|is|are|used|spent|lost)\s+(?:to|for|on|in)\s+{_PAUSE}", re.I)


def _breaks(text: str, steps: list[str]) -> str:
    """Hours per shift net of its breaks: "8-hour shift ... two 15-minute breaks and a 30-minute lunch" -> 7."""
    shift = re.search(rf"({_NUM})[- ]?(?:hours?|hrs?|h)\b[- ]?shifts?|shifts? (?:of|is|are|lasts?) ({_NUM})\s*"
                      r"(?:hours?|hrs?|h)\b", text, re.I)
    pauses = list(_BREAK.finditer(text))
    if not shift or not pauses:
        return text
    hours = parse_number(shift.group(1) or shift.group(2))
    parts = []
    for m in pauses:
        count = int(m.group(1) or 1)
        length, unit = m.group(2, 3) if m.group(2) else m.group(4, 5)
        parts.append((count, parse_number(length) / (1 if unit.lower().startswith("h") else 60), length, unit))
    net = hours - sum(count * h for count, h, _, _ in parts)
    if net <= 0:
        return text
    shown = " − ".join(f"{count} × {fmt(parse_number(length))} {'h' if unit.lower().startswith('h') else 'min'}"
                       for count, _, length, unit in parts)
    steps.append(f"hours per shift = {fmt(hours)} h − {shown} = {fmt(net)} h")
    start, end = shift.span(1) if shift.group(1) else shift.span(2)
    edits = sorted([(start, end, fmt(net).replace(",", "")), *((*m.span(), "breaks") for m in pauses)], reverse=True)
    for begin, finish, new in edits:  # the breaks are taken into the hours: their numbers are no input
        text = text[:begin] + new + text[finish:]
    return text


def _weeks_and_days(text: str, steps: list[str]) -> str:
    match = re.search(rf"({_NUM})\s*(?:weeks?|wks?)\s*(?:and|\+|,)\s*({_NUM})\s*(?:working\s+|work\s+)?days?",
                      text, re.I)
    if not match:
        return text
    per_week = 7 if re.search(r"\b7[- ]day weeks?|calendar days|seven[- ]day", text, re.I) else 5
    whole, days = parse_number(match.group(1)), parse_number(match.group(2))
    weeks = whole + days / per_week
    steps.append(f"{match.group(0)} = {fmt(whole)} + {fmt(days)} / {per_week} = {fmt(weeks)} weeks")
    return text[:match.start()] + f"{fmt(weeks).replace(',', '')} weeks" + text[match.end():]


def _tolerance(text: str, steps: list[str]) -> str:
    match = re.search(rf"({_NUM})\s*(?:[a-zµ]{{1,3}}\s*)?(?:±|\+/-|\+-|plus or minus|plus/minus)\s*({_NUM})", text,
                      re.I)  # "25.00 mm ± 0.06"
    if not match:
        return text
    nominal, tol = parse_number(match.group(1)), parse_number(match.group(2))
    usl, lsl = round(nominal + tol, 10), round(nominal - tol, 10)
    steps.append(f"specification limits = {fmt(nominal)} ± {fmt(tol)}: USL {fmt(usl)}, LSL {fmt(lsl)}")
    return (text[:match.start()] + f"upper specification limit {usl:.12g} and lower specification limit {lsl:.12g}"
            + text[match.end():])


def _variance(text: str, steps: list[str]) -> str:
    match = re.search(rf"\bvariance\s*(?:of|is|=|:)?\s*({_NUM})", text, re.I)
    if not match or re.search(r"standard deviation|\bsigma\b|σ", text, re.I):
        return text
    sigma = math.sqrt(parse_number(match.group(1)))
    steps.append(f"σ = √variance = √{fmt(parse_number(match.group(1)))} = {fmt(sigma)}")
    return text[:match.start()] + f"standard deviation {sigma:.12g}" + text[match.end():]


def _from_to_locations(text: str, steps: list[str]) -> str:
    match = re.search(rf"\bfrom\s+({_NUM})\s+(?:\w+\s+)?(?:warehouses?|dcs?|locations?|sites?|stocking points?|depots?)"
                      rf"\s+(?:down\s+|up\s+)?to\s+({_NUM})\b", text, re.I)
    if not match:
        return text
    steps.append(f"locations: current = {match.group(1)}; new = {match.group(2)}")
    return (text[:match.start()] + f"current locations {match.group(1)}, new locations {match.group(2)}"
            + text[match.end():])


_AVERAGED = [(r"(?:sample|subgroup)\s+(?:means|averages|x-?bars?)", "grand mean"),
             (r"(?:sample|subgroup)\s+ranges", "average range")]


def _averages(text: str, steps: list[str]) -> str:
    """Control charts average their samples: "sample means: 20.1, 19.8, 20.3" -> grand mean 20.0667."""
    for cue, name in _AVERAGED:
        match = re.search(rf"{cue}\s*(?:were|are|of|:)?\s*:?\s*((?:{_NUM}\s*(?:,|and)\s*)+{_NUM})", text, re.I)
        if match and not re.search(rf"\b{name}\b", text, re.I):
            values = [parse_number(x) for x in re.findall(_NUM, match.group(1))]
            mean = sum(values) / len(values)
            steps.append(f"{name} = average of {len(values)} values = {fmt(mean)}")
            text = text[:match.start()] + f"{name} {mean:.12g}" + text[match.end():]
    return text


def _errors(text: str, steps: list[str]) -> str:
    """Forecast errors typed instead of actuals and forecasts: errors are A − F, so A = error and F = 0."""
    series = rf"((?:[-+]?{_NUM}\s*(?:,|and)\s*)+[-+]?{_NUM})"
    match = re.search(rf"\berrors?\b[^.?!]{{0,60}}?(?:were|are|was|of|:)\s*:?\s*{series}", text, re.I)
    if not match or re.search(r"\bactuals?\b|\bforecasts?\s*(?:were|are|of|:)?\s*-?\d", text, re.I):
        return text
    errors = [parse_number(x) for x in re.findall(rf"-?{_NUM}", match.group(1))]
    base = 10 ** max(3, math.ceil(math.log10(max(abs(e) for e in errors) + 1)) + 1)  # keeps every actual positive
    actuals = ", ".join(fmt(base + e).replace(",", "") for e in errors)
    steps.append(f"errors are A − F: read as forecasts of {fmt(base)} and actuals {fmt(base)} + error "
                 "(the error measures depend on the errors only)")
    return (text[:match.start()] + f"actuals: {actuals}; forecasts: {', '.join(str(base) for _ in errors)};"
            + text[match.end():])


_UNITS = r"(\d+)\s+(?:\w+\s+)?(?:machines?|workers?|operators?|people|employees|stations?|lines?|cells?|presses)\b"


def _available_hours(text: str, steps: list[str]) -> str:
    """Available hours from machines × shifts × hours × days (× weeks) where capacity is an input, not the ask.

    "4 machines, 2 shifts of 7.5 hours, 5 days a week ... utilization 88%, efficiency 105%" -> available hours 300.
    """
    if off(text, r"utili[sz]ation|efficiency|rated capacity|\bload\b",
           r"available (?:time|hours)\s*(?:is|of|=|:)?\s*\d"):
        return text
    hours = re.search(rf"shifts? of ({_NUM})\s*(?:hours?|hrs?|h)\b|({_NUM})[- ]?(?:hours?|hrs?|h)\b[- ]shifts?", text,
                      re.I)
    days = re.search(rf"({_NUM})\s*(?:working\s+)?days?\b", text, re.I)
    if not hours or not days:
        return text
    shifts = re.search(rf"(\d+)\s+(?:{_NUM}[- ]?(?:hours?|hrs?|h)[- ])?shifts?\b", text, re.I)  # "2 8-hour shifts"
    units = re.search(_UNITS, text, re.I)
    weeks = re.search(r"(\d+)[- ]weeks?\b(?! of)", text, re.I)
    parts = [("units", units), ("shifts", shifts), ("hours a shift", hours), ("days", days), ("weeks", weeks)]
    factors = [(name, parse_number(next(g for g in m.groups() if g))) for name, m in parts if m]
    total = math.prod(v for _, v in factors)
    steps.append("available hours = " + " × ".join(f"{fmt(v)} {name}" for name, v in factors) + f" = {fmt(total)}")
    return text + f" available hours {total:.12g}."


def _periods_of_supply(text: str, steps: list[str]) -> str:
    """Stock given in periods of supply: "safety stock is 2 weeks of supply; we use 40 a week" -> 80 units."""
    for _ in range(3):  # safety stock, lot size and order quantity may each be given so
        text = _supply_of(text, steps)
    return text


_STOCK = r"(safety stock|buffer|lot size|order quantity|order size)"


def _supply_of(text: str, steps: list[str]) -> str:
    """One stock given in periods of supply, either way round ("1 week of demand as safety stock")."""
    ahead = re.search(rf"{_STOCK}\b[^.;\d]{{0,25}}?({_NUM})\s*(weeks?|days?)(?:'s|')?\s+(?:of\s+)?"
                      r"(?:supply|usage|demand)", text, re.I)
    behind = re.search(rf"({_NUM})\s*(weeks?|days?)(?:'s|')?\s+(?:of\s+)?(?:supply|usage|demand)\s+(?:as|for)\s+"
                       rf"(?:the\s+)?{_STOCK}", text, re.I)
    if not ahead and not behind:
        return text
    name, count, period = ahead.groups() if ahead else behind.group(3, 1, 2)
    match = ahead or behind
    per = "week" if period.lower().startswith("week") else "day"
    usage = re.search(rf"({_NUM})\s*(?:units?\s+)?(?:a|per|each|/)\s*{per}\b", text, re.I)
    if not usage:
        return text
    periods, rate = parse_number(count), parse_number(usage.group(1))
    units = periods * rate
    steps.append(f"{name} = {fmt(periods)} {per}s × {fmt(rate)} a {per} = {fmt(units)} units")
    return text[:match.start()] + f"{name} {units:.12g} units" + text[match.end():]


def _z_from_service(text: str, steps: list[str]) -> str:
    """A cycle service level where no safety factor is given: z from the normal distribution (95% -> 1.645)."""
    if re.search(r"\bz\b|safety factor|service factor|z[- ]?(?:value|score)", text, re.I):
        return text
    match = re.search(rf"({_NUM})\s*%\s*(?:cycle\s+)?service(?: level)?|service level\s*(?:of|is|=|:)?\s*({_NUM})\s*%",
                      text, re.I)
    if not match:
        return text
    level = parse_number(match.group(1) or match.group(2)) / 100
    if not 0.5 <= level < 1:
        return text
    z = NormalDist().inv_cdf(level)
    steps.append(f"z for a {fmt(level * 100)}% service level = {z:.3f} (normal distribution)")
    return text + f" safety factor z = {z:.4f}."


def _per_day(text: str, steps: list[str]) -> str:
    """A total over working days: "25,200 units over 21 working days" -> average daily demand 1,200."""
    if re.search(r"(?:per|a|each)\s+day\b|daily", text, re.I):
        return text
    match = re.search(rf"({_NUM})\s*(?:[a-z]+\s+)?(?:over|in|across|for)\s+(?:the\s+)?({_NUM})\s*"
                      r"(?:working\s+|work\s+)?days\b", text, re.I)
    if not match:
        return text
    total, days = parse_number(match.group(1)), parse_number(match.group(2))
    per_day = total / days
    steps.append(f"average daily demand = {fmt(total)} / {fmt(days)} days = {fmt(per_day)}")
    return text + f" average daily demand {per_day:.12g} units a day."


def _consolidation(text: str, steps: list[str]) -> str:
    """Locations before and after: "each of our 6 DCs ... consolidate into 2 DCs" -> 6 now, 2 after."""
    if re.search(r"current locations|new locations", text, re.I):
        return text
    place = r"(?:dcs?|warehouses?|locations?|sites?|stocking points?|depots?|distribution cent(?:er|re)s?)"
    new = re.search(rf"(?:consolidat\w*|reduc\w*|cut\w*|go(?:ing)?|mov\w*|expand\w*|grow\w*)\s+(?:down\s+|up\s+)?"
                    rf"(?:into|to)\s+({_NUM})\s*{place}?|\bopen(?:ing|s)?\s+({_NUM})\s+{place}", text, re.I)
    now = re.search(rf"({_NUM})\s+{place}\b", text[:new.start()] if new else "", re.I)
    if not new or not now:
        return text
    after = new.group(1) or new.group(2)
    steps.append(f"locations: current = {now.group(1)}; new = {after}")
    text += f" current locations {now.group(1)}, new locations {after}."
    each = re.search(rf"({_NUM})\s*(?:units\s+)?(?:of\s+)?(?:safety stock\s+|inventory\s+)?(?:at|in|per|for)\s+each\s+"
                     rf"(?:of\s+)?(?:our\s+|the\s+|its\s+)?{now.group(1)}\s+{place}", text, re.I)
    if each and not re.search(r"\btotal\b[^.?]{0,20}\d|\d[^.?]{0,20}\bin total\b", text, re.I):
        total = parse_number(each.group(1)) * parse_number(now.group(1))
        steps.append(f"safety stock in total = {each.group(1)} × current locations = {fmt(total)}")
        text = text[:each.start()] + f"safety stock {total:.12g} in total" + text[each.end():]
    return text


def _cash_cycle_days(text: str, steps: list[str]) -> str:
    """Cash-to-cash from balances: DIO, DSO and DPO worked out from inventory, receivables, payables, COGS, revenue."""
    if off(text, r"cash[- ]to[- ]cash|c2c", r"\bdio\b|\bdso\b|\bdpo\b"):
        return text
    found = {}
    for name, cue in (("inventory", r"(?:average )?inventory"),
                      ("receivables", r"(?:average )?(?:accounts )?receivables?"),
                      ("payables", r"(?:average )?(?:accounts )?payables?"),
                      ("cogs", r"cost of goods sold|cogs"), ("revenue", r"revenue|sales")):
        match = re.search(rf"\b(?:{cue})\b\s*(?:is|was|were|of|=|:)?\s*{MONEY}", text, re.I)
        if match:
            found[name] = money(match, 1)
    if len(found) < 5 or not found["cogs"] or not found["revenue"]:
        return text
    days = 360 if re.search(r"\b360[- ]day", text) else 365
    dio = found["inventory"] / found["cogs"] * days
    dso = found["receivables"] / found["revenue"] * days
    dpo = found["payables"] / found["cogs"] * days
    steps.append(f"DIO = {fmt(found['inventory'])} / {fmt(found['cogs'])} × {days} = {fmt(dio)}; "
                 f"DSO = {fmt(found['receivables'])} / {fmt(found['revenue'])} × {days} = {fmt(dso)}; "
                 f"DPO = {fmt(found['payables'])} / {fmt(found['cogs'])} × {days} = {fmt(dpo)}")
    return text + f" DIO {dio:.6g}; DSO {dso:.6g}; DPO {dpo:.6g}."
