"""Operations inputs a learner gives as parts or in words, worked out as steps for `tutor.derive`.

Capacity and scheduling: days over a period, step yields from counts, standard hours earned, a
worker's hours, time worked from time lost, a routing's lead time, load from jobs, run time for an
order, a lead time given as parts, takt time over a week. Steps follow `tutor.derive_parts`: the
results after the last "=".
"""

from __future__ import annotations

import math
import re

from tutor.derive_parts import NUMBER, off
from tutor.reading import fmt, parse_number


def days_over_weeks(text: str, steps: list[str]) -> str:
    """Days a week over several weeks: "6 days a week ... for a 4-week period" -> 24 days."""
    per_week = re.search(rf"({NUMBER})\s*(?:working\s+|work\s+)?days\s*(?:a|per|each)\s*week", text, re.I)
    weeks = re.search(r"(?:for|over|in)\s+(?:a|an|the)?\s*(?:next\s+)?(\d+)[- ]weeks?\b(?!\s+of)", text, re.I)
    if not per_week or not weeks or re.search(r"utili[sz]ation|efficiency|rated capacity|\bload\b", text, re.I):
        return text
    days = parse_number(per_week.group(1)) * int(weeks.group(1))
    steps.append(f"days = {per_week.group(1)} a week × {weeks.group(1)} weeks = {fmt(days)}")
    return text[:per_week.start()] + f"{days:.12g} days" + text[per_week.end():]


_COUNT = r"\d+(?:,\d{3})*"


def step_yields(text: str, steps: list[str]) -> str:
    """Good and started counts per step: "1,000 in, 970 good ... 970 in, 921 good" -> yields 0.97, 0.9495."""
    pairs = [(m.group(2), m.group(1)) for m in re.finditer(rf"({_COUNT})\s+(?:units?\s+)?(?:in|started|entered|input)"
                                                            rf"\s*,?\s*({_COUNT})\s+(?:good|passed|ok)", text, re.I)]
    pairs += [(m.group(1), m.group(2)) for m in re.finditer(rf"({_COUNT})\s+(?:good|passed)\s+(?:out\s+)?of\s+"
                                                            rf"({_COUNT})", text, re.I)]
    if len(pairs) < 2 or re.search(r"\byields?\s*(?:are|of|:)", text, re.I):
        return text
    yields = [parse_number(good) / parse_number(total) for good, total in pairs]
    shown = "; ".join(f"{good} / {total} = {fmt(y)}" for (good, total), y in zip(pairs, yields, strict=True))
    steps.append("step yields = " + shown)
    return text + " step yields: " + ", ".join(f"{y:.10g}" for y in yields) + ";"


def earned_hours(text: str, steps: list[str]) -> str:
    """Standard hours earned from output: "produced 1,150 units ... standard time 0.12 hours per unit" -> 138."""
    if off(text, r"efficiency|utili[sz]ation|productivity",
           rf"standard hours\s*(?:earned|produced)?\s*(?:is|was|were|of|=|:)?\s*{NUMBER}"):
        return text
    output = re.search(rf"(?:produced|made|built|completed|packed|assembled|output(?: of| was)?)\s+({NUMBER})\s*"
                       r"([a-z]+)", text, re.I)
    rate = re.search(rf"standard(?: time)?(?: is| of)?\s*({NUMBER})\s*(hours?|h|minutes?|mins?)\s*(?:per|a|each|/)\s*"
                     r"(?:unit|piece|pc|part|[a-z]+)", text, re.I)
    if not output or not rate:
        return text
    per_hour = 60 if rate.group(2).lower().startswith("m") else 1
    hours = parse_number(output.group(1)) * parse_number(rate.group(1)) / per_hour
    shown = f"{rate.group(1)} min / 60" if per_hour == 60 else f"{rate.group(1)} h"
    steps.append(f"standard hours = {output.group(1)} {output.group(2)} × {shown} = {fmt(hours)}")
    return text[:rate.start()] + f"standard hours {hours:.12g}" + text[rate.end():]


def worker_hours(text: str, steps: list[str]) -> str:
    """Hours one worker gives: "8-hour shifts for 21 days and is productive 85% of the time" -> 142.8."""
    if off(text, r"how many (?:workers|people|operators|employees)|workforce|headcount|workers? (?:needed|required)",
           r"hours? (?:per|a|each) (?:worker|person|operator|employee)\s*(?:is|of|=|:)?\s*\d"):
        return text
    shift = re.search(rf"({NUMBER})[- ]?(?:hours?|h)\b[- ]?shifts?|shifts? of ({NUMBER})\s*(?:hours?|h)\b|"
                      rf"({NUMBER})\s*(?:hours?|h)\s*(?:(?:a|per|each)\s*day|[x×*](?=\s*\d+\s*(?:working\s+)?days))",
                      text, re.I)  # "8 h x 20 days" too
    days = re.search(rf"({NUMBER})\s*(?:working\s+|work\s+)?days\b", text, re.I)
    if not shift or not days:
        return text
    hours, n = parse_number(next(g for g in shift.groups() if g)), parse_number(days.group(1))
    share = re.search(rf"(?:productive|efficien\w*|utili[sz]\w*)\D{{0,15}}({NUMBER})\s*%|({NUMBER})"
                      r"\s*%\s*(?:productive|efficien\w*|utili[sz]\w*)", text, re.I)
    factor = parse_number(share.group(1) or share.group(2)) / 100 if share else 1
    total = hours * n * factor
    steps.append(f"hours per worker = {fmt(hours)} h × {fmt(n)} days" + (f" × {fmt(factor)}" if share else "")
                 + f" = {fmt(total)}")
    return text + f" hours per worker {total:.12g}."


def lost_time(text: str, steps: list[str]) -> str:
    """Time worked as available time less time lost: "450 minutes available ... lost 63 minutes" -> worked 387."""
    if off(text, r"utili[sz]ation", r"\bworked\b|actual hours"):
        return text
    unit = r"(minutes?|hours?)"
    available = re.search(rf"({NUMBER})\s*{unit}\s*(?:are\s+|is\s+)?available|(?:available|scheduled)\s*(?:time)?\s*"
                          rf"(?:is|of|for|=|:)?\s*({NUMBER})\s*{unit}", text, re.I)
    lost = re.search(rf"(?:lost|down|downtime|idle|stopped)\D{{0,12}}({NUMBER})\s*{unit}|({NUMBER})"
                     rf"\s*{unit}\s*(?:were\s+|was\s+)?(?:lost|of downtime|down|idle)", text, re.I)
    if not available or not lost:
        return text
    a, a_unit = available.group(1, 2) if available.group(1) else available.group(3, 4)
    b, b_unit = lost.group(1, 2) if lost.group(1) else lost.group(3, 4)
    if a_unit[0].lower() != b_unit[0].lower():
        return text
    worked = parse_number(a) - parse_number(b)
    word = "minutes" if a_unit.lower().startswith("m") else "hours"
    steps.append(f"time worked = available − {b} {word} lost = {fmt(worked)} {word} (available {a})")
    return text + f" actual hours worked {worked:.12g} {word}."


_ELEMENT = r"(?:queue|set ?up|run|wait|move)(?: time)?"


def routing_days(text: str, steps: list[str]) -> str:
    """A routing's lead time for backward or forward scheduling: the days of every element added up."""
    if not re.search(r"backward|forward|start (?:day|date)|finish (?:day|date)|release (?:day|date)", text, re.I) or (
            re.search(r"lead time\s*(?:is|of|=|:)?\s*\d", text, re.I)):
        return text
    days = [m.group(1) for m in re.finditer(rf"\b{_ELEMENT}\s*(?:of|is|=|:)?\s*({NUMBER})\s*(?:days?|d)\b", text, re.I)]
    if len(days) < 2:
        return text
    total = sum(parse_number(d) for d in days)
    steps.append(f"lead time = {' + '.join(days)} = {fmt(total)} days")
    return text + f" lead time {total:.12g} days."


def job_load(text: str, steps: list[str]) -> str:
    """Load from jobs in words: "200 units at 0.15 h/unit with a 2 h setup" -> 2 + 200 × 0.15 = 32 hours."""
    if off(text, r"\bload\b", r"\bload\s*(?:is|of|=|:)?\s*\d"):
        return text
    hours = r"(?:h|hrs?|hours?)"
    per_unit = rf"({NUMBER})\s*{hours}\s*(?:/|per|a|each)\s*(?:unit|pc|piece|part)"
    setup = rf"({NUMBER})\s*{hours}\s*(?:of\s+)?set ?up|set ?up\s*(?:of\s+)?({NUMBER})\s*{hours}"
    forms = (  # (pattern, group of quantity, run, setups): "200 units at 0.15 h/unit with a 2 h setup", "40 units with
        # 1 h setup and 0.5 h/unit", "150 units, due at WC20 in week 3, setup 2 h, 0.1 h/unit"
        (rf"({NUMBER})\s*(?:units?|pcs|pieces|parts)\s*(?:at|@|x|×)\s*{per_unit}[^.;\d]{{0,20}}?(?:{setup})",
         1, 2, (3, 4)),
        (rf"({NUMBER})\s*(?:units?|pcs|pieces|parts)\s*(?:with|,)\s*(?:an?\s+)?(?:{setup})\s*(?:and|,|\+)\s*"
         rf"(?:run\s+)?{per_unit}", 1, 4, (2, 3)),
        (rf"({NUMBER})\s*(?:units?|pcs|pieces|parts)\s*,(?P<between>[^;\n]{{0,40}}?),?\s*(?:{setup})\s*,\s*"
         rf"(?:run\s+)?{per_unit}", 1, 5, (3, 4)),
    )
    asked_week = re.search(r"\bin (?:week|wk|period)\s*(\d+)\s*\?", text, re.I)
    jobs = []
    for pattern, q, r, (s1, s2) in forms:
        for m in re.finditer(pattern, text, re.I):
            week = re.search(r"\b(?:week|wk|period)\s*(\d+)", m.group(), re.I)
            if asked_week and week and week.group(1) != asked_week.group(1):
                continue  # a job due in another week loads that week
            jobs.append((m.group(q), m.group(r), m.group(s1) or m.group(s2)))
        if jobs:
            break
    if not jobs:
        return text
    parts = [(parse_number(s), parse_number(q), parse_number(r)) for q, r, s in jobs]
    total = sum(s + q * r for s, q, r in parts)
    shown = " + ".join(f"({fmt(s)} + {fmt(q)} × {fmt(r)})" for s, q, r in parts)
    steps.append(f"load = {shown} = {fmt(total)} hours")
    return text + f" load {total:.12g} hours."


def lead_time_parts(text: str, steps: list[str]) -> str:
    """A lead time given as its parts: "0.5 day waiting + 0.25 day processing" -> 0.75 day."""
    match = re.search(rf"({NUMBER})\s*(days?|hours?|weeks?)\s*(?:of\s+)?[a-z]+\s*\+\s*({NUMBER})\s*"
                      r"(days?|hours?|weeks?)\s*(?:of\s+)?[a-z]+", text, re.I)
    if not match or match.group(2)[0].lower() != match.group(4)[0].lower():
        return text
    total = parse_number(match.group(1)) + parse_number(match.group(3))
    unit = match.group(2).rstrip("s")
    steps.append(f"lead time = {match.group(1)} + {match.group(3)} = {fmt(total)} {unit}s")
    return text[:match.start()] + f"{total:.12g} {unit}" + text[match.end():]


def order_run_hours(text: str, steps: list[str]) -> str:
    """Run time per unit times the order quantity in a routing: "order of 200 ... run 0.05 hr per unit" -> 10 hrs."""
    order = re.search(rf"(?:order|lot|batch)\s+(?:of|is|size(?: is)?)\s+({NUMBER})\s*(?:units?|pieces|pcs|parts)",
                      text, re.I)
    if not order or not re.search(r"queue|move|manufacturing lead time|routing", text, re.I):
        return text
    quantity = parse_number(order.group(1))
    runs = list(re.finditer(rf"\brun(?: time)?\s*(?:of|is|=|:)?\s*({NUMBER})\s*(hours?|hrs?|h|minutes?|mins?|days?)\s*"
                            r"(?:per|a|each|/)\s*(?:unit|piece|pc|part)", text, re.I))
    if not runs:
        return text
    for m in reversed(runs):
        total = parse_number(m.group(1)) * quantity
        steps.append(f"run = {m.group(1)} {m.group(2)} per unit × {order.group(1)} units = {fmt(total)} {m.group(2)}")
        text = text[:m.start()] + f"run {total:.12g} {m.group(2)}" + text[m.end():]
    return text


def takt_week(text: str, steps: list[str]) -> str:
    """Takt time over a week when demand is weekly and time is per shift or day: hours × days (× shifts)."""
    if not re.search(r"\btakt\b", text, re.I) or not re.search(r"weekly|(?:per|a|each)\s+week", text, re.I):
        return text
    hours = re.search(rf"({NUMBER})\s*(?:productive\s+|available\s+|working\s+|net\s+)?(hours?|hrs?|minutes?|mins?)"
                      r"\b", text, re.I)
    days = re.search(rf"({NUMBER})\s*(?:working\s+)?days\s*(?:a|per|each)\s*week", text, re.I)
    if not hours or not days or re.search(r"(?:per|a|each)\s+week[^.;]{0,20}\b(?:hours?|minutes?)\b", text, re.I):
        return text
    shifts = re.search(r"(\d+)\s+shifts?\b", text, re.I)
    count = int(shifts.group(1)) if shifts else 1
    total = parse_number(hours.group(1)) * parse_number(days.group(1)) * count
    unit = "minutes" if hours.group(2).lower().startswith("m") else "hours"
    steps.append(f"available time a week = {hours.group(1)} {unit} × {days.group(1)} days" +
                 (f" × {count} shifts" if shifts else "") + f" = {fmt(total)} {unit}")
    return text + f" available time {total:.12g} {unit} a week."


_FACTOR = r"(machines?|workers?|operators?|people|stations?|lines?|cells?|presses|shifts?|hours?|h|days?|weeks?)"


def times_chain(text: str, steps: list[str]) -> str:
    """Available hours typed as a product: "2 machines x 2 shifts x 8 hours x 5 days" -> 160 hours."""
    match = re.search(rf"({NUMBER})\s*{_FACTOR}\b(?:\s*(?:per\s+\w+\s*)?[x×*]\s*({NUMBER})\s*{_FACTOR}\b)"
                      rf"{{2,}}", text, re.I)
    if not match or not re.search(r"hours?|\bh\b", match.group(), re.I) or re.search(
            r"available (?:hours|time)\s*(?:is|of|=|:)?\s*\d", text, re.I):
        return text
    parts = re.findall(rf"({NUMBER})\s*{_FACTOR}", match.group(), re.I)
    total = math.prod(parse_number(value) for value, _ in parts)
    steps.append("available hours = " + " × ".join(f"{v} {u}" for v, u in parts) + f" = {fmt(total)}")
    return text[:match.start()] + f"available hours {total:.12g}" + text[match.end():]


def p_bar_from_counts(text: str, steps: list[str]) -> str:
    """p̄ from samples and defectives: "20 samples of 150 units ... 90 defectives in total" -> 90 / 3,000 = 0.03."""
    if off(text, r"p[- ]?chart|p[- ]?bar|fraction defective", r"p[- ]?bar\s*(?:is|=|:)?\s*\.?\d"):
        return text
    samples = re.search(rf"({NUMBER})\s+(?:samples?|subgroups?|lots?)\s+of\s+({NUMBER})", text, re.I)
    defects = re.search(rf"({NUMBER})\s+(?:defectives?|defective units|rejects?|bad (?:units|parts))", text, re.I)
    if not samples or not defects:
        return text
    inspected = parse_number(samples.group(1)) * parse_number(samples.group(2))
    p_bar = parse_number(defects.group(1)) / inspected
    steps.append(f"p-bar = {defects.group(1)} / ({samples.group(1)} × sample size) = {fmt(p_bar)}")
    text = text[:defects.start()] + f"p-bar {p_bar:.12g}" + text[defects.end():]
    return text.replace(samples.group(0), f"{samples.group(1)} samples, sample size {samples.group(2)}", 1)


def subgroup_stats(text: str, steps: list[str]) -> str:
    """X-bar and R inputs from subgroups typed as rows: "s1: 10.2 10.4 10.1 10.3 / s2: ..." -> grand mean, R-bar, n."""
    if off(text, r"x[- ]?bar|control limit|r[- ]chart|range chart", r"grand mean|r[- ]?bar\s*(?:is|=|:)?\s*\d"):
        return text
    rows = [[parse_number(x) for x in re.findall(NUMBER, m.group(1))]
            for m in re.finditer(rf"\b\w{{1,9}}\s*:\s*((?:{NUMBER}[\s,]+){{1,9}}{NUMBER})", text)]
    rows = [r for r in rows if len(r) >= 2]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return text
    grand = sum(sum(r) / len(r) for r in rows) / len(rows)
    r_bar = sum(max(r) - min(r) for r in rows) / len(rows)
    steps.append(f"grand mean = average of the subgroup means = {grand:.6g}; average range = {r_bar:.6g}")
    return text + f" grand mean {grand:.12g}, average range {r_bar:.12g}, subgroup size {len(rows[0])}."


def first_pass_good(text: str, steps: list[str]) -> str:
    """Good first time from what went wrong: "800 in, 36 needed rework, 12 scrapped, rest good" -> 752."""
    start = re.search(rf"({NUMBER})\s+(?:units?\s+)?(?:in|started|entered|produced|made)\b"
                      rf"|\b(?:started|entered|produced|made|ran)\s+({NUMBER})\b", text, re.I)
    rework = re.search(rf"({NUMBER})\s+(?:\w+\s+)?(?:reworked|rework)", text, re.I)
    scrap = re.search(rf"({NUMBER})\s+(?:\w+\s+)?(?:scrapped|scrap)", text, re.I)
    if not start or not (rework or scrap) or not re.search(r"\brest\b|\bremaining\b|\bothers?\b", text, re.I):
        return text
    started = start.group(1) or start.group(2)
    good = parse_number(started) - sum(parse_number(m.group(1)) for m in (rework, scrap) if m)
    steps.append(f"good first time = {started} − " + " − ".join(m.group(1) for m in (rework, scrap) if m)
                 + f" = {fmt(good)}; units started = {started}")  # the start stays an input
    return text + f" good first time {good:.12g}."


def per_shift_to_day(text: str, steps: list[str]) -> str:
    """A rate per shift as a rate per day when the shifts a day are given: "60 per shift ... 2 shifts a day" -> 120."""
    rate = re.search(rf"({NUMBER})\s*(?:units?\s+|pieces\s+|parts\s+|orders\s+)?(?:per|a|each|every)"
                     rf"\s+shift\b", text, re.I)
    shifts = re.search(r"(\d+)\s+shifts?\s+(?:a|per|each)\s+day", text, re.I)
    if not rate or not shifts or not re.search(r"\bdays?\b", text[shifts.end():] + text[:rate.start()], re.I):
        return text
    daily = parse_number(rate.group(1)) * int(shifts.group(1))
    steps.append(f"rate a day = {rate.group(1)} a shift × {shifts.group(1)} shifts = {fmt(daily)}")
    text = text[:shifts.start()] + text[shifts.end():] if shifts.start() > rate.end() else text
    return text.replace(rate.group(0), f"{daily:.12g} units a day", 1)


def oee_times(text: str, steps: list[str]) -> str:
    """OEE times from a shift and its losses: "8 hr shift ... 45 min of breakdowns" -> planned 480, run 435 minutes."""
    if off(text, r"\boee\b|overall equipment", r"planned(?: production)? time|run time"):
        return text
    shift = re.search(rf"({NUMBER})[- ]?(?:hours?|hr|h)\b[- ]?shifts?|shifts? of ({NUMBER})\s*(?:hours?|hr|h)\b",
                      text, re.I)
    down = re.search(rf"({NUMBER})\s*(minutes?|mins?|hours?|hrs?|h)\b\s*(?:of\s+)?(?:breakdowns?|downtime|stoppages?|"
                     r"down|changeovers?|setups?|unplanned)", text, re.I)
    if not shift or not down:
        return text
    planned = parse_number(shift.group(1) or shift.group(2)) * 60
    lost = parse_number(down.group(1)) * (60 if down.group(2).lower().startswith("h") else 1)
    steps.append(f"planned production time = {fmt(planned)} minutes; run time = planned − {fmt(lost)} = "
                 f"{fmt(planned - lost)} minutes")
    return text + f" planned production time {planned:.12g} minutes, run time {planned - lost:.12g} minutes."


_LATE = re.compile(rf"\b({NUMBER})\s+(?:\w+\s+){{0,2}}?(?:arrived|were|was|came|delivered|shipped)\s+(?:\w+\s+)?late\b"
                   rf"|\b({NUMBER})\s+(?:were\s+)?late\b", re.I)
_DELIVERIES = re.compile(rf"\b({NUMBER})\s+(?:\w+\s+)?(?:deliveries|receipts|shipments|orders|lots)\b", re.I)


_SHORT = re.compile(rf"\b({NUMBER})\s+(?:of them\s+|units\s+)?(?:were|was|got|went)\s+"
                    r"(?:back[- ]?ordered|short(?:ed)?|not shipped|unfilled|cancel+ed)\b"
                    rf"|\b({NUMBER})\s+(?:units\s+)?(?:back[- ]?ordered|short)\b", re.I)
_REJECTED = re.compile(rf"\b(?:produced|made|ran|built)\s+({NUMBER})\s+(?:parts|units|pieces|pcs)?\s*,?\s*"
                       rf"(?:of which|and)\s+({NUMBER})\s+(?:were\s+|got\s+)?"
                       r"(?:rejected|defective|bad|scrapped|reworked)\b", re.I)


def good_from_rejects(text: str, steps: list[str]) -> str:
    """Good counts from what failed: "420 parts, of which 21 were rejected" -> 399; "425 were backordered"."""
    if (m := _REJECTED.search(text)) and not re.search(r"\bgood\b[^.;]{0,15}\d|\d[^.;]{0,15}\bgood\b", text, re.I):
        text = _less(text, steps, m.group(1), m.group(2), "good count", "total count", "rejected")
    short = _SHORT.search(text)
    asked = re.search(rf"\b(?:requested|ordered|demand(?:ed)?)\b[^.;]{{0,20}}?({NUMBER})"
                      rf"|({NUMBER})\s+units?\b[^.;]{{0,20}}?\b(?:requested|ordered)", text, re.I)
    if short and asked and re.search(r"fill rate", text, re.I) and not re.search(r"\bshipped\b[^.;]{0,25}\d", text):
        text = _less(text, steps, asked.group(1) or asked.group(2), short.group(1) or short.group(2),
                     "shipped complete", "requested", "short")
    return text


def accurate_records(text: str, steps: list[str]) -> str:
    """Records within tolerance from the ones outside: "counted 250 locations, 17 outside tolerance" -> 233."""
    if off(text, r"record accuracy|\bira\b", r"within tolerance\s*(?:is|of|=|:)?\s*\d"):
        return text
    total = re.search(rf"\b(?:counted|checked|audited|sampled)\s+({NUMBER})\b|\b({NUMBER})\s+(?:\w+\s+)?(?:were\s+)?"
                      r"(?:counted|checked|audited|sampled)\b", text, re.I)
    wrong = re.search(rf"\b({NUMBER})\s+(?:of (?:them|those)\s+)?(?:were|was|are|had)\s+(?:found\s+)?(?:outside|out of|"
                      r"beyond|not within)\s+(?:the\s+)?tolerance|\b({NUMBER})\s+(?:\w+\s+)?(?:were|was)\s+"
                      r"(?:wrong|inaccurate|in error|off)\b", text, re.I)
    if not total or not wrong:
        return text
    return _less(text, steps, total.group(1) or total.group(2), wrong.group(1) or wrong.group(2),
                 "records within tolerance", "records counted", "outside")


def on_time_from_late(text: str, steps: list[str]) -> str:
    """On-time deliveries from the late ones: "of 240 deliveries, 18 arrived late" -> 222 on time."""
    late = _LATE.search(text)
    total = _DELIVERIES.search(text)
    if (not late or not total or not re.search(r"on[- ]time", text, re.I)
            or re.search(rf"({NUMBER})\s+(?:\w+\s+)?(?:arrived\s+|were\s+|came\s+)?on[- ]time", text, re.I)):
        return text
    return _less(text, steps, total.group(1), late.group(1) or late.group(2), "on-time receipts", "total receipts",
                 "late")


def _less(text: str, steps: list[str], whole: str, part: str, good: str, total: str, why: str) -> str:
    """The text with what is left once a part is taken off a whole written in, and the step ("222 on time")."""
    left = parse_number(whole) - parse_number(part)
    if left < 0:
        return text
    steps.append(f"{good} = {whole} − {part} {why} = {fmt(left)}; {total} = {whole}")  # the whole stays an input
    return text + f" {good} {left:.12g}."
