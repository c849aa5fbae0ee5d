"""Inputs a learner gives as parts or in words, worked out as steps for `tutor.derive`.

Each rule takes the question and the list of steps, appends the step it took (results after the
last "=", so the reader knows which numbers were only sources) and returns the text with the
derived value written in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tutor.layout import MONTHS as _MONTHS
from tutor.reading import fmt, parse_number, weeks_a_year

NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
"""A plain number as the derivation rules read it: "12,000", "7.5"."""
MONEY = rf"\$?\s?({NUMBER})\s*(m\b|million|k\b|thousand)?"
"""An amount with its scale as two groups: "$2.0M" -> "2.0", "M"; read with `money`."""


def money(match: re.Match[str], at: int) -> float:
    """The amount a `MONEY` pattern matched, its number in group `at` and its scale in the next: "2.0", "M" -> 2e6."""
    return parse_number(match.group(at) + (match.group(at + 1) or ""))


def cut(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text without the spans a rule read (its numbers are no input now), cut from the last one back."""
    for start, end in sorted(spans, key=lambda span: -span[0]):
        text = text[:start] + text[end:]
    return text


def off(text: str, topic: str, given: str) -> bool:
    """Whether a rule has nothing to do: the text is not about its `topic`, or already `given` what it works out."""
    return not re.search(topic, text, re.I) or bool(re.search(given, text, re.I))


def spec_range(text: str, steps: list[str]) -> str:
    """Spec limits typed as a range: "spec limits are 4.8 g to 5.2 g" -> LSL 4.8, USL 5.2."""
    if re.search(r"\busl\b|\blsl\b|upper spec|lower spec", text, re.I):
        return text
    match = re.search(rf"\bspec(?:ification)?s?(?:\s+limits?)?\s*(?:are|is|of|:|=|from)?\s*({NUMBER})"
                      rf"\s*([a-z]{{0,3}})\.?\s*(?:to|-|–|and)\s*({NUMBER})", text, re.I)
    if not match and re.search(r"\bc(?:p|pk)\b|capabilit", text, re.I):  # "we promise delivery between 30 and 50 min"
        match = re.search(rf"\bbetween\s+({NUMBER})\s*([a-z]{{0,7}})\.?\s*and\s*({NUMBER})", text, re.I)
    if not match:
        return text
    low, high = sorted((parse_number(match.group(1)), parse_number(match.group(3))))
    steps.append(f"specification limits from the range: LSL = {fmt(low)}; USL = {fmt(high)}")  # rewritten, not derived
    return (text[:match.start()] + f"lower specification limit {low:.12g} and upper specification limit {high:.12g}"
            + text[match.end():])


def trend_line(text: str, steps: list[str]) -> str:
    """A trend line typed as an equation: "Y = 215 + 12.5X" -> intercept a 215, slope b 12.5."""
    match = re.search(rf"\by\s*=\s*(-?{NUMBER})\s*([+-])\s*({NUMBER})\s*(?:\*|×)?\s*\(?[xt]\b", text, re.I)
    if not match:
        return text
    a, b = parse_number(match.group(1)), parse_number(match.group(3)) * (-1 if match.group(2) == "-" else 1)
    steps.append(f"trend line Y = a + bX: intercept a = {fmt(a)}; slope b = {fmt(b)}")  # rewritten, not derived
    text = text[:match.start()] + f"intercept a = {a:.12g}, slope b = {b:.12g}" + text[match.end():]
    month = rf"({'|'.join(_MONTHS)})\w*\.?\s+((?:19|20)\d\d)"
    origin = re.search(rf"\b[xt]\s*=\s*(\d+)\s*(?:is|=|for|means|corresponds to|in)?\s*{month}", text, re.I)
    target = re.search(rf"{month}[^.;]*\?|\bfor\s+{month}", text[origin.end():], re.I) if origin else None
    if origin and target:
        name, year = target.group(1, 2) if target.group(1) else target.group(3, 4)
        x = int(origin.group(1)) + 12 * (int(year) - int(origin.group(3))) + (
            _MONTHS.index(name[:3].lower()) - _MONTHS.index(origin.group(2)[:3].lower()))
        since = f"{origin.group(2)} {origin.group(3)}"
        steps.append(f"x for {name} {year} = {origin.group(1)} + months since {since} = {x}")
        text = text[:origin.start()] + text[origin.end():] + f" x = {x}."
    return text


def mad_from_series(text: str, steps: list[str]) -> str:
    """MAD worked out from actuals and forecasts where it feeds σ or safety stock, not where it is the answer."""
    given = re.search(r"\bmad\b\s*(?:is|of|=|:|was)?\s*\d", text, re.I)
    if not re.search(r"\bmad\b", text, re.I) or given or not re.search(
            r"standard deviation|\bsigma\b|σ|safety stock", text, re.I):
        return text
    series = rf"((?:-?{NUMBER}\s*,\s*)+-?{NUMBER})"
    actual = re.search(rf"\b(?:actuals?|actual demand|demand|sales)\b[^.;]{{0,30}}?{series}", text, re.I)
    forecast = re.search(rf"\bforecasts?\b[^.;\d]{{0,20}}?{series}", text, re.I)
    if not actual or not forecast:
        return text
    a, f = ([parse_number(x) for x in re.findall(rf"-?{NUMBER}", m.group(1))] for m in (actual, forecast))
    if len(a) != len(f) or len(a) < 2:
        return text
    mad = sum(abs(x - y) for x, y in zip(a, f, strict=True)) / len(a)
    steps.append(f"MAD = average |A − F| for A = {actual.group(1)} and F = {forecast.group(1)} = {fmt(mad)}")
    return text + f" MAD {mad:.12g}."


def weekly_demand(text: str, steps: list[str]) -> str:
    """POQ in weeks from an annual demand: "annual demand 5,200 units (52-week year)" -> 100 a week."""
    if off(text, r"period order quantity|\bpoq\b|weeks? of (?:requirements|demand)",
           r"(?:per|a|each)\s+week\b|\bweekly\b"):
        return text
    annual = re.search(rf"(?:annual|yearly) (?:demand|usage|requirements?)\s*(?:is|of|=|:)?\s*({NUMBER})|({NUMBER})\s*"
                       r"(?:units?\s+)?(?:a|per)\s+year", text, re.I)
    if not annual:
        return text
    per_year = weeks_a_year(text)
    demand = parse_number(annual.group(1) or annual.group(2))
    steps.append(f"average demand per week = {fmt(demand)} / {per_year} = {fmt(demand / per_year)}")
    return text + f" average demand {demand / per_year:.12g} per week."


def level_plan(text: str, steps: list[str]) -> str:
    """A level plan's target and forecasts given in words.

    "cut inventory by 300 ... 1,000 on hand ... 2,500 a month over the next 4 months" -> target
    ending inventory 700; forecasts 2500, 2500, 2500, 2500.
    """
    if not re.search(r"\blevel\b", text, re.I):
        return text
    change = re.search(rf"\b(cut|reduce|lower|decrease|drop|bring down|build|raise|increase|grow)\s+(?:\w+\s+){{0,3}}?"
                       rf"(?:inventory|stock)\s+(?:by\s+)?({NUMBER})", text, re.I)
    months = re.search(r"(?:over|in|for)\s+(?:each\s+of\s+)?(?:the\s+)?(?:next\s+)?(\d+)\s+"
                       r"(months?|weeks?|periods?|quarters?)", text, re.I)
    if months and not re.search(rf"forecasts?\s*(?:is|are|of|:)?\s*{NUMBER}(?:\s*,\s+{NUMBER})+", text, re.I) and (
            rate := re.search(rf"forecast\w*\s*(?:is|of|at|=|:)?\s*({NUMBER})\s*(?:units?\s+)?(?:(?:a|per|each|/)\s*"
                              rf"{months.group(2).rstrip('s')}|in each of)", text, re.I)):
        n = int(months.group(1))
        steps.append(f"forecasts = {rate.group(1)} for each of {n} {months.group(2)}")
        flat = ", ".join([rate.group(1).replace(",", "")] * n)
        text = text[:rate.start()] + f"forecasts: {flat};" + text[rate.end():]
    onhand = re.search(rf"({NUMBER})\s*(?:units?\s+)?on hand|on hand\s*(?:is|of|=|:)?\s*({NUMBER})|(?:beginning|"
                       rf"opening|starting) inventory\s*(?:is|of|=|:)?\s*({NUMBER})", text, re.I)
    if change and onhand and not re.search(r"(?:target|ending|desired) inventory", text, re.I):
        start = parse_number(next(g for g in onhand.groups() if g))
        delta = parse_number(change.group(2)) * (-1 if change.group(1).lower() in (
            "cut", "reduce", "lower", "decrease", "drop", "bring down") else 1)
        steps.append(f"target ending inventory = on hand {'−' if delta < 0 else '+'} {fmt(abs(delta))} = "
                     f"{fmt(start + delta)}")  # on hand is an input too: named, not numbered, before the "="
        text = text + f" target ending inventory {start + delta:.12g}."
    return text


_RECEIPT = r"(scheduled receipts?|in[- ]transit|on order|open orders?)"


def one_receipt(text: str, steps: list[str]) -> str:
    """A single receipt in words as a series: "50 in transit due in week 1" -> in transit: 50, 0."""
    when = r"(?:(?:due|arriving|expected)\s+(?:in\s+|on\s+)?|(?:in|on|for)\s+)(?:week|wk|period)\s*(\d{1,2})\b"
    match = (re.search(rf"{_RECEIPT}\s*(?:of\s+)?({NUMBER})\s*(?:units?\s+)?{when}", text, re.I)
             or re.search(rf"({NUMBER})\s*(?:units?\s+)?{_RECEIPT}\s*{when}", text, re.I))
    if not match or re.search(rf"{_RECEIPT}\s*(?:are|of)?\s*:?\s*{NUMBER}\s*,", text, re.I):
        return text
    label, amount = match.group(1, 2) if not match.group(1)[0].isdigit() else match.group(2, 1)
    name = "in transit" if "transit" in label.lower() else "scheduled receipts"
    period = int(match.group(3))
    series = ["0"] * max(period, 2)
    series[period - 1] = amount.replace(",", "")
    steps.append(f"{name}: the series = {', '.join(series)} (due in week {period})")
    return text[:match.start()] + f"{name}: {', '.join(series)};" + text[match.end():]


_FREQUENCY = [(r"weekly|every week|once a week", 52), (r"monthly|every month|once a month", 12),
              (r"quarterly|every quarter|once a quarter|every (?:3|three) months", 4),
              (r"twice a year|semi-?annually|every (?:6|six) months|every half[- ]year", 2),
              (r"annually|yearly|once a year|every year", 1)]


def count_frequency(text: str, steps: list[str]) -> str:
    """Cycle-count classes in words: "A items: 400, counted monthly. B: 1,200 counted quarterly" -> counts a year."""
    if off(text, r"cycle count|counts? (?:per|a) day", r"counts per year\s*:"):
        return text
    found = []
    letter_first = re.finditer(rf"\b([A-D])\b(?:[- ](?:items?|class|skus?|parts?))?\s*:?\s*(?:has\s+|have\s+)?"
                               rf"({NUMBER})\s*(?:items?|skus?|parts?)?,?\s*(?:which\s+)?(?:are\s+|is\s+|get\s+|gets\s+)?"
                               r"counted\s+((?:\d+\s+times\s+(?:a|per)\s+year)|[a-z -]{4,20})", text, re.I)
    count_first = re.finditer(rf"\b({NUMBER})\s+([A-D])[- ](?:items?|skus?|parts?)\s*,?\s*(?:(?:are|get)\s+)?"
                              r"(?:counted\s+)?((?:\d+\s+times\s+(?:a|per)\s+year)|(?:once|twice)\s+a\s+year|"
                              r"every\s+[a-z0-9 ]{3,15}|[a-z-]{5,12})", text, re.I)  # "400 A items counted monthly"
    matches = [(m.group(1), m.group(2), m.group(3), m.span()) for m in letter_first]
    matches = matches or [(m.group(2), m.group(1), m.group(3), m.span()) for m in count_first]
    for letter, quantity, frequency, _ in matches:
        freq = frequency.lower()
        times = re.match(r"(\d+)\s+times", freq)
        per_year = int(times.group(1)) if times else next((n for cue, n in _FREQUENCY if re.match(cue, freq)), None)
        if per_year is None:
            return text
        found.append((letter.upper(), quantity, per_year))
    if len(found) < 2:
        return text
    steps.append("counts a year by class: " + ", ".join(f"{c} {n}" for c, _, n in found))
    text = cut(text, (span for *_, span in matches))  # the classes are read from the summary
    return (text + " items per class: " + ", ".join(f"{c} {q.replace(',', '')}" for c, q, _ in found)
            + "; counts per year: " + ", ".join(f"{c} {n}" for c, _, n in found) + ";")


def spread_evenly(text: str, steps: list[str]) -> str:
    """A yearly figure spread over its periods: "24,000 units spread evenly across the 12 months" -> 2,000."""
    match = re.search(rf"({NUMBER})\s*(?:units\s+)?(?:spread|split|divided)\s+(?:evenly\s+|equally\s+)?(?:across|over|"
                      r"among|into)\s+(?:the\s+)?(\d+)\s+(months|quarters|weeks|periods)", text, re.I)
    if not match:
        return text
    each = parse_number(match.group(1)) / int(match.group(2))
    steps.append(f"per {match.group(3).rstrip('s')} = {match.group(1)} / {match.group(2)} = {fmt(each)}")
    return text[:match.start()] + f"{each:.12g} units a {match.group(3).rstrip('s')}" + text[match.end():]


def nested_count(text: str, steps: list[str]) -> str:
    """Units packed in units: "26 pallets of 40 cases each" -> 1,040 cases."""
    match = re.search(rf"({NUMBER})\s+(pallets?|cases?|boxes|cartons?|containers?|trucks?|bins?|packs?)\s+of\s+"
                      rf"({NUMBER})\s+(cases?|units?|boxes|cartons?|pieces|pcs|items?|bottles?|packs?)\s*(?:each)?",
                      text, re.I)
    if not match:
        return text
    total = parse_number(match.group(1)) * parse_number(match.group(3))
    steps.append(f"{match.group(4)} = {match.group(1)} {match.group(2)} × {match.group(3)} = {fmt(total)}")
    return text[:match.start()] + f"{total:.12g} {match.group(4)}" + text[match.end():]


def target_of_forecast(text: str, steps: list[str]) -> str:
    """An ending target given as a share of the last forecast: "inventory equal to 10% of the last month's forecast"."""
    share = re.search(rf"(?:inventory|stock)\s+(?:equal\s+to|of|at)\s+({NUMBER})\s*%\s+of\s+(?:the\s+)?(?:last|final)"
                      r"\s+(?:month|period|week|quarter)'?s?\s+forecast", text, re.I)
    series = re.search(rf"forecasts?\b[^.;\d]{{0,25}}?((?:{NUMBER}\s*(?:,|and)\s*)+{NUMBER})", text, re.I)
    if not share or not series:
        return text
    last = parse_number(re.findall(NUMBER, series.group(1))[-1])
    target = last * parse_number(share.group(1)) / 100
    steps.append(f"target ending inventory = {share.group(1)}% × last forecast = {fmt(target)}")
    return text[:share.start()] + f"target ending inventory {target:.12g}" + text[share.end():]


def dc_rows(text: str, steps: list[str]) -> str:
    """Each DC's stock and demand in a sentence: "DC1 OH 300 sells 50/day, DC2 ..." -> on hand and daily demand."""
    found = list(re.finditer(rf"\b(DC\s?\w+|[A-Z][a-z]+)\s+(?:has\s+)?(?:OH\s+|on hand\s+)?({NUMBER})\s*"
                             rf"(?:on hand\s+)?(?:and\s+)?(?:sells|uses|needs|ships|demand(?: is)?)\s+({NUMBER})\s*"
                             r"(?:/|a|per)\s*day", text))
    if len(found) < 2 or re.search(r"on hand\s*:", text, re.I):
        return text
    rows = [m.groups() for m in found]
    steps.append(f"{len(rows)} locations read: on hand and daily demand each")
    written = ("on hand: " + ", ".join(f"{n} {q.replace(',', '')}" for n, q, _ in rows) + "; daily demand: "
               + ", ".join(f"{n} {d.replace(',', '')}" for n, _, d in rows) + ";")
    return text[:found[0].start()] + written + text[found[-1].end():]


def order_counts(text: str, steps: list[str]) -> str:
    """Perfect-order rates from counts: "out of 2,000 orders, 40 short, 120 late, 10 damaged, 30 paperwork errors"."""
    total = re.search(rf"(?:out of|of)\s+({NUMBER})\s+(?:orders|shipments)", text, re.I)
    if not total or not re.search(r"perfect order|\bpof\b", text, re.I):
        return text
    n = parse_number(total.group(1))
    kinds = [("complete", r"short|incomplete|not complete|partial"), ("on time", r"late"),
             ("damage-free", r"damage"), ("correct documentation", r"invoice|paperwork|document")]
    rates = []
    for name, cue in kinds:
        hit = re.search(rf"({NUMBER})\s+(?:\w+\s+){{0,2}}?(?:{cue})", text[total.end():], re.I)
        if not hit:
            return text
        rates.append((name, 1 - parse_number(hit.group(1)) / n, hit.group(1)))
    steps.append("; ".join(f"{name} = 1 − {count} / {total.group(1)} = {fmt(rate)}" for name, rate, count in rates))
    return text + " " + ", ".join(f"{name} {rate:.12g}" for name, rate, _ in rates) + "."


def load_volume(text: str, steps: list[str]) -> str:
    """Cube used from pieces and their dimensions: "48 crates measuring 1.2 m x 0.8 m x 1.0 m" -> 46.08 m3."""
    match = re.search(rf"({NUMBER})\s+[a-z]+\s+(?:measuring|of|at|sized?|each)\s+({NUMBER})\s*m?\s*[x×*]\s*({NUMBER})"
                      rf"\s*m?\s*[x×*]\s*({NUMBER})\s*m?\b", text, re.I)
    if not match or not re.search(r"cube|volume|space|m3|m³|cubic", text, re.I):
        return text
    count, a, b, c = (parse_number(g) for g in match.groups())
    used = count * a * b * c
    steps.append(f"volume used = {' × '.join(match.groups())} = {fmt(used)}")
    return text[:match.start()] + f"volume used {used:.12g} m3" + text[match.end():]


def component_demand(text: str, steps: list[str]) -> str:
    """A component's parents and their releases in words, laid out for the gross-requirements formula.

    "X goes into A (2 per) and B (3 per). releases for A: 0, 50, 0, 40. For B: 20, 0, 30, 0" ->
    "parent releases: A: 0, 50, 0, 40; B: 20, 0, 30, 0 and quantity per: A 2, B 3."
    """
    if off(text, r"releases?|\bpors?\b", r"quantity per\s*:"):
        return text
    per = {m.group(1): m.group(2) for m in re.finditer(rf"\b([A-Z][\w-]{{0,10}})\s*\(\s*({NUMBER})\s*(?:per|each|x|/)"
                                                       rf"\b[^)]*\)", text)}
    per |= {m.group(2): m.group(1) for m in re.finditer(rf"\b({NUMBER})\s+(?:per|for each|each)\s+"
                                                        rf"([A-Z][\w-]{{0,10}})\b", text)}
    rows = {}
    for name in per:
        found = re.search(rf"\b{re.escape(name)}\s*:\s*((?:{NUMBER}\s*,\s*)+{NUMBER})", text)
        if found:
            rows[name] = found.group(1)
            text = text[:found.start()] + text[found.end():]  # read once, below
    if len(rows) < 1 or len(rows) != len(per):
        return text
    steps.append("parents: " + "; ".join(f"{name} ({per[name]} per): {rows[name]}" for name in rows))
    return (text + " parent releases: " + "; ".join(f"{name}: {rows[name]}" for name in rows)
            + " and quantity per: " + ", ".join(f"{name} {per[name]}" for name in rows) + ".")


def single_error(text: str, steps: list[str]) -> str:
    """One period's actual and forecast for a forecast error: "demand in week 6 is 480 vs a forecast of 455"."""
    if off(text, r"forecast error|\berror\b|\bbias\b", r"actuals?\s*:"):
        return text
    values = [m for m in re.finditer(rf"(?<![\w.]){NUMBER}k?", text) if not re.search(
        r"(?:week|wk|period|month|day|quarter|year|#)\s*$", text[max(0, m.start() - 8):m.start()], re.I)]
    def after(cue: str, match: re.Match[str]) -> bool:
        return bool(re.search(rf"\b(?:{cue})\b[^.;,]{{0,22}}$", text[max(0, match.start() - 40):match.start()], re.I))

    actual = next((m for m in values if after(r"actual(?: demand| sales)?|actually sold|demand|sales|shipped|sold", m)),
                  None)
    forecast = next((m for m in values if after(r"forecast(?:ed)?|predicted|projected|expected", m)), None)
    if not actual or not forecast or len(values) != 2:
        return text
    steps.append(f"one period: actual = {actual.group()}; forecast = {forecast.group()}")
    return text + f" actuals: {parse_number(actual.group()):.12g}; forecasts: {parse_number(forecast.group()):.12g};"
