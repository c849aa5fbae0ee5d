"""Inputs a learner gives in another form, worked out first as small named steps shown in the working.

`derive(text)` returns the text with each derived value written where the reader will find it,
and the steps ("hours per shift = 8 − 2 × 15 min = 7.5 h"):

- number words: "two 15-minute breaks" -> "2 15-minute breaks", "half a day" -> "0.5 day";
- breaks: "8-hour shift ... two 15-minute breaks" -> hours per shift 7.5;
- "3 weeks and 2 days" (5-day weeks unless 7 are said) -> 3.4 weeks;
- "spec 10 ± 0.05" -> upper specification limit 10.05, lower specification limit 9.95;
- "variance 0.0004" -> standard deviation 0.02;
- "from 9 warehouses to 4" -> current locations 9, new locations 4;
- a rate "per month" for a yearly carrying rate is left to the reader (see `tutor.solver`).
"""

from __future__ import annotations

import math
import re
from statistics import NormalDist

from tutor.reading import fmt, parse_number

WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "a couple of": 2}
_COUNTED = (r"\d|(?:shift|machine|worker|operator|employee|person|people|crew|station|line|cell|week|day|hour|minute|"
            r"break|month|year|quarter|period|dc|warehouse|location|site|truck|container|bin|kanban|card|lot|order)")
_WORDS = re.compile(r"\b(" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + rf")\b(?=[\s-]+(?:{_COUNTED}))",
                    re.I)
_HALF = re.compile(r"\b(?:a\s+)?half(?:\s+an?|\s+of\s+an?)?\s+(day|week|hour|shift|month|year)\b", re.I)
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def derive(text: str) -> tuple[str, list[str]]:
    """The text with derived inputs written in, and the steps taken (see the module docstring)."""
    steps: list[str] = []
    text = _HALF.sub(lambda m: f"0.5 {m.group(1)}", text)
    text = _WORDS.sub(lambda m: str(WORD_NUMBERS[m.group(1).lower()]), text)
    for rule in (_breaks, _weeks_and_days, _tolerance, _spec_range, _variance, _from_to_locations, _averages, _errors,
                 _days_over_weeks, _available_hours, _periods_of_supply, _z_from_service, _per_day, _consolidation,
                 _cash_cycle_days, _step_yields, _weekly_demand, _level_plan, _worker_hours, _lost_time,
                 _landed, _trend_line, _mad_from_series, _earned_hours, _price_breaks):
        text = rule(text, steps)
    return text, steps


def _breaks(text: str, steps: list[str]) -> str:
    shift = re.search(rf"({_NUM})[- ]?(?:hours?|hrs?|h)\b[- ]?shifts?|shifts? of ({_NUM})\s*(?:hours?|hrs?|h)\b", text,
                      re.I)
    brk = re.search(rf"(?:(\d+)\s+)?({_NUM})[- ]?(?:minutes?|mins?)\b[- ]?(?:\w+\s+)?breaks?", text, re.I)
    if not shift or not brk:
        return text
    hours = parse_number(shift.group(1) or shift.group(2))
    count = int(brk.group(1) or 1)
    net = hours - count * parse_number(brk.group(2)) / 60
    steps.append(f"hours per shift = {fmt(hours)} h − {count} × {fmt(parse_number(brk.group(2)))} min = {fmt(net)} h")
    start, end = shift.span(1) if shift.group(1) else shift.span(2)
    edits = sorted([(start, end, fmt(net).replace(",", "")), (*brk.span(), "breaks")], reverse=True)
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
    match = re.search(rf"({_NUM})\s*(?:±|\+/-|\+-|plus or minus|plus/minus)\s*({_NUM})", text, re.I)
    if not match:
        return text
    nominal, tol = parse_number(match.group(1)), parse_number(match.group(2))
    usl, lsl = round(nominal + tol, 10), round(nominal - tol, 10)
    steps.append(f"specification limits = {fmt(nominal)} ± {fmt(tol)}: USL {fmt(usl)}, LSL {fmt(lsl)}")
    return (text[:match.start()] + f"upper specification limit {usl:g} and lower specification limit {lsl:g}"
            + text[match.end():])


def _variance(text: str, steps: list[str]) -> str:
    match = re.search(rf"\bvariance\s*(?:of|is|=|:)?\s*({_NUM})", text, re.I)
    if not match or re.search(r"standard deviation|\bsigma\b|σ", text, re.I):
        return text
    sigma = math.sqrt(parse_number(match.group(1)))
    steps.append(f"σ = √variance = √{fmt(parse_number(match.group(1)))} = {fmt(sigma)}")
    return text[:match.start()] + f"standard deviation {sigma:g}" + text[match.end():]


def _from_to_locations(text: str, steps: list[str]) -> str:
    match = re.search(rf"\bfrom\s+({_NUM})\s+(?:\w+\s+)?(?:warehouses?|dcs?|locations?|sites?|stocking points?|depots?)"
                      rf"\s+(?:down\s+|up\s+)?to\s+({_NUM})\b", text, re.I)
    if not match:
        return text
    steps.append(f"locations: {match.group(1)} now, {match.group(2)} after")
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
            text = text[:match.start()] + f"{name} {mean:g}" + text[match.end():]
    return text


def _errors(text: str, steps: list[str]) -> str:
    """Forecast errors typed instead of actuals and forecasts: errors are A − F, so A = error and F = 0."""
    series = rf"((?:-?{_NUM}\s*(?:,|and)\s*)+-?{_NUM})"
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
    if not re.search(r"utili[sz]ation|efficiency|rated capacity|\bload\b", text, re.I) or re.search(
            r"available (?:time|hours)\s*(?:is|of|=|:)?\s*\d", text, re.I):
        return text
    hours = re.search(rf"shifts? of ({_NUM})\s*(?:hours?|hrs?|h)\b|({_NUM})[- ]?(?:hours?|hrs?|h)\b[- ]shifts?", text,
                      re.I)
    days = re.search(rf"({_NUM})\s*(?:working\s+)?days?\b", text, re.I)
    if not hours or not days:
        return text
    shifts = re.search(r"(\d+)\s+shifts?\b", text, re.I)
    units = re.search(_UNITS, text, re.I)
    weeks = re.search(r"(\d+)[- ]weeks?\b(?! of)", text, re.I)
    parts = [("units", units), ("shifts", shifts), ("hours a shift", hours), ("days", days), ("weeks", weeks)]
    factors = [(name, parse_number(next(g for g in m.groups() if g))) for name, m in parts if m]
    total = math.prod(v for _, v in factors)
    steps.append("available hours = " + " × ".join(f"{fmt(v)} {name}" for name, v in factors) + f" = {fmt(total)}")
    return text + f" available hours {total:g}."


def _periods_of_supply(text: str, steps: list[str]) -> str:
    """Stock given in periods of supply: "safety stock is 2 weeks of supply; we use 40 a week" -> 80 units."""
    match = re.search(rf"(safety stock|buffer)\b[^.;\d]{{0,25}}?({_NUM})\s*(weeks?|days?)(?:'s)?\s+(?:of\s+)?"
                      r"(?:supply|usage|demand)", text, re.I)
    if not match:
        return text
    per = "week" if match.group(3).lower().startswith("week") else "day"
    usage = re.search(rf"({_NUM})\s*(?:units?\s+)?(?:a|per|each|/)\s*{per}\b", text, re.I)
    if not usage:
        return text
    periods, rate = parse_number(match.group(2)), parse_number(usage.group(1))
    units = periods * rate
    steps.append(f"{match.group(1)} = {fmt(periods)} {per}s × {fmt(rate)} a {per} = {fmt(units)} units")
    return text[:match.start()] + f"{match.group(1)} {units:g} units" + text[match.end():]


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
    match = re.search(rf"({_NUM})\s*(?:units?\s+)?(?:over|in|across|for)\s+(?:the\s+)?({_NUM})\s*"
                      r"(?:working\s+|work\s+)?days\b", text, re.I)
    if not match:
        return text
    total, days = parse_number(match.group(1)), parse_number(match.group(2))
    per_day = total / days
    steps.append(f"average daily demand = {fmt(total)} / {fmt(days)} days = {fmt(per_day)}")
    return text + f" average daily demand {per_day:g} units a day."


def _consolidation(text: str, steps: list[str]) -> str:
    """Locations before and after: "each of our 6 DCs ... consolidate into 2 DCs" -> 6 now, 2 after."""
    if re.search(r"current locations|new locations", text, re.I):
        return text
    place = r"(?:dcs?|warehouses?|locations?|sites?|stocking points?|depots?|distribution cent(?:er|re)s?)"
    new = re.search(rf"(?:consolidat\w*|reduc\w*|cut\w*|go(?:ing)?|mov\w*|expand\w*|grow\w*)\s+(?:down\s+|up\s+)?"
                    rf"(?:into|to)\s+({_NUM})\s*{place}?", text, re.I)
    now = re.search(rf"({_NUM})\s+{place}\b", text[:new.start()] if new else "", re.I)
    if not new or not now:
        return text
    steps.append(f"locations: {now.group(1)} now, {new.group(1)} after")
    return text + f" current locations {now.group(1)}, new locations {new.group(1)}."


_MONEY = rf"\$?\s*({_NUM})\s*(m\b|million|k\b|thousand)?"


def _money(match: re.Match[str], at: int) -> float:
    return parse_number(match.group(at) + (match.group(at + 1) or ""))  # "2.0" and "M" -> 2,000,000


def _cash_cycle_days(text: str, steps: list[str]) -> str:
    """Cash-to-cash from balances: DIO, DSO and DPO worked out from inventory, receivables, payables, COGS, revenue."""
    if not re.search(r"cash[- ]to[- ]cash|c2c", text, re.I) or re.search(r"\bdio\b|\bdso\b|\bdpo\b", text, re.I):
        return text
    found = {}
    for name, cue in (("inventory", r"(?:average )?inventory"),
                      ("receivables", r"(?:average )?(?:accounts )?receivables?"),
                      ("payables", r"(?:average )?(?:accounts )?payables?"),
                      ("cogs", r"cost of goods sold|cogs"), ("revenue", r"revenue|sales")):
        match = re.search(rf"\b(?:{cue})\b\s*(?:is|was|were|of|=|:)?\s*{_MONEY}", text, re.I)
        if match:
            found[name] = _money(match, 1)
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


def _spec_range(text: str, steps: list[str]) -> str:
    """Spec limits typed as a range: "spec limits are 4.8 g to 5.2 g" -> LSL 4.8, USL 5.2."""
    if re.search(r"\busl\b|\blsl\b|upper spec|lower spec", text, re.I):
        return text
    match = re.search(rf"\bspec(?:ification)?s?(?:\s+limits?)?\s*(?:are|is|of|:|=|from)?\s*({_NUM})\s*([a-z]{{0,3}})\.?"
                      rf"\s*(?:to|-|–|and)\s*({_NUM})", text, re.I)
    if not match:
        return text
    low, high = sorted((parse_number(match.group(1)), parse_number(match.group(3))))
    steps.append(f"specification limits from the range: LSL = {fmt(low)}; USL = {fmt(high)}")  # rewritten, not derived
    return (text[:match.start()] + f"lower specification limit {low:g} and upper specification limit {high:g}"
            + text[match.end():])


def _days_over_weeks(text: str, steps: list[str]) -> str:
    """Days a week over several weeks: "6 days a week ... for a 4-week period" -> 24 days."""
    per_week = re.search(rf"({_NUM})\s*(?:working\s+|work\s+)?days\s*(?:a|per|each)\s*week", text, re.I)
    weeks = re.search(r"(?:for|over|in)\s+(?:a|an|the)?\s*(?:next\s+)?(\d+)[- ]weeks?\b(?!\s+of)", text, re.I)
    if not per_week or not weeks or re.search(r"utili[sz]ation|efficiency|rated capacity|\bload\b", text, re.I):
        return text
    days = parse_number(per_week.group(1)) * int(weeks.group(1))
    steps.append(f"days = {per_week.group(1)} a week × {weeks.group(1)} weeks = {fmt(days)}")
    return text[:per_week.start()] + f"{days:g} days" + text[per_week.end():]


_COUNT = r"\d+(?:,\d{3})*"


def _step_yields(text: str, steps: list[str]) -> str:
    """Good and started counts per step: "1,000 in, 970 good ... 970 in, 921 good" -> yields 0.97, 0.9495."""
    pairs = [(m.group(2), m.group(1)) for m in re.finditer(rf"({_COUNT})\s+(?:units?\s+)?(?:in|started|entered|input)"
                                                            rf"\s*,?\s*({_COUNT})\s+(?:good|passed|ok)", text, re.I)]
    pairs += [(m.group(1), m.group(2)) for m in re.finditer(rf"({_COUNT})\s+(?:good|passed)\s+(?:out\s+)?of\s+({_COUNT})",
                                                             text, re.I)]
    if len(pairs) < 2 or re.search(r"\byields?\s*(?:are|of|:)", text, re.I):
        return text
    yields = [parse_number(good) / parse_number(total) for good, total in pairs]
    steps.append("step yields = " + "; ".join(f"{good} / {total} = {fmt(y)}" for (good, total), y in zip(pairs, yields)))
    return text + " step yields: " + ", ".join(f"{y:.10g}" for y in yields) + ";"


def _trend_line(text: str, steps: list[str]) -> str:
    """A trend line typed as an equation: "Y = 215 + 12.5X" -> intercept a 215, slope b 12.5."""
    match = re.search(rf"\by\s*=\s*(-?{_NUM})\s*([+-])\s*({_NUM})\s*(?:\*|×)?\s*\(?[xt]\b", text, re.I)
    if not match:
        return text
    a, b = parse_number(match.group(1)), parse_number(match.group(3)) * (-1 if match.group(2) == "-" else 1)
    steps.append(f"trend line Y = a + bX: intercept a = {fmt(a)}; slope b = {fmt(b)}")  # rewritten, not derived
    text = text[:match.start()] + f"intercept a = {a:g}, slope b = {b:g}" + text[match.end():]
    month = rf"({'|'.join(_MONTHS)})\w*\.?\s+((?:19|20)\d\d)"
    origin = re.search(rf"\b[xt]\s*=\s*(\d+)\s*(?:is|=|for|means|corresponds to|in)?\s*{month}", text, re.I)
    target = re.search(rf"{month}[^.;]*\?|\bfor\s+{month}", text[origin.end():], re.I) if origin else None
    if origin and target:
        name, year = (target.group(1), target.group(2)) if target.group(1) else (target.group(3), target.group(4))
        x = int(origin.group(1)) + 12 * (int(year) - int(origin.group(3))) + (
            _MONTHS.index(name[:3].lower()) - _MONTHS.index(origin.group(2)[:3].lower()))
        steps.append(f"x for {name} {year} = {origin.group(1)} + months since {origin.group(2)} {origin.group(3)} = {x}")
        text = text[:origin.start()] + text[origin.end():] + f" x = {x}."
    return text


def _mad_from_series(text: str, steps: list[str]) -> str:
    """MAD worked out from actuals and forecasts where it feeds σ or safety stock, not where it is the answer."""
    if not re.search(r"\bmad\b", text, re.I) or re.search(r"\bmad\b\s*(?:is|of|=|:|was)?\s*\d", text, re.I) or not re.search(
            r"standard deviation|\bsigma\b|σ|safety stock", text, re.I):
        return text
    series = rf"((?:-?{_NUM}\s*,\s*)+-?{_NUM})"
    actual = re.search(rf"\b(?:actuals?|actual demand|demand|sales)\b[^.;]{{0,30}}?{series}", text, re.I)
    forecast = re.search(rf"\bforecasts?\b[^.;\d]{{0,20}}?{series}", text, re.I)
    if not actual or not forecast:
        return text
    a = [parse_number(x) for x in re.findall(rf"-?{_NUM}", actual.group(1))]
    f = [parse_number(x) for x in re.findall(rf"-?{_NUM}", forecast.group(1))]
    if len(a) != len(f) or len(a) < 2:
        return text
    mad = sum(abs(x - y) for x, y in zip(a, f)) / len(a)
    steps.append(f"MAD = average |A − F| for A = {actual.group(1)} and F = {forecast.group(1)} = {fmt(mad)}")
    return text + f" MAD {mad:g}."


def _earned_hours(text: str, steps: list[str]) -> str:
    """Standard hours earned from output: "produced 1,150 units ... standard time 0.12 hours per unit" -> 138."""
    if not re.search(r"efficiency|utili[sz]ation|productivity", text, re.I) or re.search(
            rf"standard hours\s*(?:earned|produced)?\s*(?:is|was|were|of|=|:)?\s*{_NUM}", text, re.I):
        return text
    output = re.search(rf"(?:produced|made|built|completed|output(?: of| was)?)\s+({_NUM})\s*(?:units?|pieces|pcs|parts)",
                       text, re.I)
    rate = re.search(rf"standard(?: time)?(?: is| of)?\s*({_NUM})\s*(?:hours?|h)\s*(?:per|a|each|/)\s*(?:unit|piece|pc|part)",
                     text, re.I)
    if not output or not rate:
        return text
    hours = parse_number(output.group(1)) * parse_number(rate.group(1))
    steps.append(f"standard hours = {output.group(1)} units × {rate.group(1)} h = {fmt(hours)}")
    return text[:rate.start()] + f"standard hours {hours:g}" + text[rate.end():]


def _price_breaks(text: str, steps: list[str]) -> str:
    """Price breaks in words: "$24 for orders under 250 units and $22.80 for 250 or more" -> 0 @ 24, 250 @ 22.80."""
    price = rf"\$\s?({_NUM})(?:\s*(?:each|per unit|a unit|/unit))?"
    under = list(re.finditer(rf"{price}\s+(?:for|on|if)\s+(?:orders?|buys?|purchases?|lots?)?\s*(?:of\s+)?"
                             rf"(?:under|below|less than|up to|fewer than)\s+({_NUM})", text, re.I))
    over = list(re.finditer(rf"{price}\s+(?:for|on|if)\s+(?:orders?|buys?|purchases?|lots?)?\s*(?:of\s+)?(?:at least\s+)?"
                            rf"({_NUM})\s*(?:units?\s+)?(?:or more|and (?:up|above|over)|\+|or above)", text, re.I))
    if not over or re.search(r"price breaks?\s*(?:are|is)?\s*:", text, re.I):
        return text
    rows = [(0.0, parse_number(m.group(1))) for m in under] + [(parse_number(m.group(2)), parse_number(m.group(1)))
                                                               for m in over]
    rows.sort()
    written = ", ".join(f"{q:g} @ ${p:g}" for q, p in rows)
    steps.append(f"price breaks: {written}")
    for m in sorted(under + over, key=lambda m: -m.start()):
        text = text[:m.start()] + text[m.end():]
    return text + f" price breaks: {written}."


def _weekly_demand(text: str, steps: list[str]) -> str:
    """POQ in weeks from an annual demand: "annual demand 5,200 units (52-week year)" -> 100 a week."""
    if not re.search(r"period order quantity|\bpoq\b|weeks? of (?:requirements|demand)", text, re.I) or re.search(
            r"(?:per|a|each)\s+week\b|\bweekly\b", text, re.I):
        return text
    annual = re.search(rf"(?:annual|yearly) (?:demand|usage|requirements?)\s*(?:is|of|=|:)?\s*({_NUM})|({_NUM})\s*"
                       r"(?:units?\s+)?(?:a|per)\s+year", text, re.I)
    if not annual:
        return text
    weeks = re.search(r"\b(5[02])[- ]week year", text, re.I)
    per_year = int(weeks.group(1)) if weeks else 52
    demand = parse_number(annual.group(1) or annual.group(2))
    steps.append(f"average demand per week = {fmt(demand)} / {per_year} = {fmt(demand / per_year)}")
    return text + f" average demand {demand / per_year:g} per week."


def _level_plan(text: str, steps: list[str]) -> str:
    """A level plan's target and forecasts in words: "cut inventory by 300 ... 1,000 on hand ... 2,500 a month
    over the next 4 months" -> target ending inventory 700; forecasts 2500, 2500, 2500, 2500."""
    if not re.search(r"\blevel\b", text, re.I):
        return text
    change = re.search(rf"\b(cut|reduce|lower|decrease|drop|bring down|build|raise|increase|grow)\s+(?:\w+\s+){{0,3}}?"
                       rf"(?:inventory|stock)\s+(?:by\s+)?({_NUM})", text, re.I)
    months = re.search(r"(?:over|in|for)\s+(?:the\s+)?(?:next\s+)?(\d+)\s+(months?|weeks?|periods?|quarters?)", text, re.I)
    if months and not re.search(rf"forecasts?\s*(?:is|are|of|:)?\s*{_NUM}\s*,", text, re.I) and (
            rate := re.search(rf"forecast\s*(?:is|of|=|:)?\s*({_NUM})\s*(?:units?\s+)?(?:a|per|each)\s+"
                              rf"{months.group(2).rstrip('s')}", text, re.I)):
        n = int(months.group(1))
        steps.append(f"forecasts = {rate.group(1)} for each of {n} {months.group(2)}")
        text = text[:rate.start()] + "forecasts: " + ", ".join([rate.group(1).replace(",", "")] * n) + ";" + text[rate.end():]
    onhand = re.search(rf"({_NUM})\s*(?:units?\s+)?on hand|on hand\s*(?:is|of|=|:)?\s*({_NUM})|(?:beginning|opening|starting)"
                       rf" inventory\s*(?:is|of|=|:)?\s*({_NUM})", text, re.I)
    if change and onhand and not re.search(r"(?:target|ending|desired) inventory", text, re.I):
        start = parse_number(next(g for g in onhand.groups() if g))
        delta = parse_number(change.group(2)) * (-1 if change.group(1).lower() in (
            "cut", "reduce", "lower", "decrease", "drop", "bring down") else 1)
        steps.append(f"target ending inventory = {fmt(start)} {'−' if delta < 0 else '+'} {fmt(abs(delta))} = "
                     f"{fmt(start + delta)}")
        text = text + f" target ending inventory {start + delta:g}."
    return text


def _worker_hours(text: str, steps: list[str]) -> str:
    """Hours one worker gives: "8-hour shifts for 21 days and is productive 85% of the time" -> 142.8."""
    if not re.search(r"how many (?:workers|people|operators|employees)|workforce|headcount", text, re.I) or re.search(
            r"hours? (?:per|a|each) (?:worker|person|operator|employee)\s*(?:is|of|=|:)?\s*\d", text, re.I):
        return text
    shift = re.search(rf"({_NUM})[- ]?(?:hours?|h)\b[- ]?shifts?|shifts? of ({_NUM})\s*(?:hours?|h)\b", text, re.I)
    days = re.search(rf"({_NUM})\s*(?:working\s+|work\s+)?days\b", text, re.I)
    if not shift or not days:
        return text
    hours, n = parse_number(shift.group(1) or shift.group(2)), parse_number(days.group(1))
    share = re.search(rf"(?:productive|efficien\w*|utili[sz]\w*)\D{{0,15}}({_NUM})\s*%|({_NUM})\s*%\s*(?:productive|"
                      r"efficien\w*|utili[sz]\w*)", text, re.I)
    factor = parse_number(share.group(1) or share.group(2)) / 100 if share else 1
    total = hours * n * factor
    steps.append(f"hours per worker = {fmt(hours)} h × {fmt(n)} days" + (f" × {fmt(factor)}" if share else "")
                 + f" = {fmt(total)}")
    return text + f" hours per worker {total:g}."


def _lost_time(text: str, steps: list[str]) -> str:
    """Time worked as available time less time lost: "450 minutes available ... lost 63 minutes" -> worked 387."""
    if not re.search(r"utili[sz]ation", text, re.I) or re.search(r"\bworked\b|actual hours", text, re.I):
        return text
    unit = r"(minutes?|hours?)"
    available = re.search(rf"({_NUM})\s*{unit}\s*(?:are\s+|is\s+)?available|available\s*(?:time)?\s*(?:is|of|=|:)?\s*"
                          rf"({_NUM})\s*{unit}", text, re.I)
    lost = re.search(rf"(?:lost|down|downtime|idle|stopped)\D{{0,12}}({_NUM})\s*{unit}|({_NUM})\s*{unit}\s*(?:were\s+|was\s+)?"
                     r"(?:lost|of downtime|down|idle)", text, re.I)
    if not available or not lost:
        return text
    a, a_unit = (available.group(1), available.group(2)) if available.group(1) else (available.group(3), available.group(4))
    b, b_unit = (lost.group(1), lost.group(2)) if lost.group(1) else (lost.group(3), lost.group(4))
    if a_unit[0].lower() != b_unit[0].lower():
        return text
    worked = parse_number(a) - parse_number(b)
    word = "minutes" if a_unit.lower().startswith("m") else "hours"
    steps.append(f"time worked = {a} − {b} {word} = {fmt(worked)} {word}")
    return text + f" actual hours worked {worked:g} {word}."


def _landed(text: str, steps: list[str]) -> str:
    """Landed-cost parts in words: "5,000 units at $18 each" -> purchase cost 90,000; "duties 4.5% of purchase
    value" -> 4,050."""
    if not re.search(r"landed cost", text, re.I) or re.search(r"purchase (?:cost|price|value)\s*(?:is|of|=|:)?\s*\$?\d",
                                                               text, re.I):
        return text
    bought = re.search(rf"({_NUM})\s*(?:units?|pieces|pcs|items?)\s*(?:at|@|for)\s*\$\s?({_NUM})\s*(?:each|per unit|a unit|/unit)?",
                       text, re.I)
    if not bought:
        return text
    value = parse_number(bought.group(1)) * parse_number(bought.group(2))
    steps.append(f"purchase cost = {bought.group(1)} × ${bought.group(2)} = {fmt(value)}")
    text = text + f" purchase cost ${value:g}."
    duty = re.search(rf"(dut(?:y|ies)|tariffs?)\s*(?:of|is|are|at|=|:)?\s*({_NUM})\s*%\s*(?:of\s+(?:the\s+)?(?:purchase|goods|"
                     r"invoice|product)\s*(?:value|cost|price)?)?", text, re.I)
    if duty:
        amount = value * parse_number(duty.group(2)) / 100
        steps.append(f"duties = {duty.group(2)}% × {fmt(value)} = {fmt(amount)}")
        text = text[:duty.start()] + text[duty.end():] + f" duties ${amount:g}."
    return text
