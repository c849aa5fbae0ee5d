"""Money inputs a learner gives as parts or in words, worked out as steps for `tutor.derive`.

Balances averaged over the year, net income from a margin, a variable cost from a contribution
margin, COGS as a share of sales, landed-cost parts, an inventory value from units and cost,
newsvendor costs from prices, price breaks in words, ABC dollar usage. Steps follow
`tutor.derive_parts`: the results after the last "=".
"""

from __future__ import annotations

import re

from tutor.derive_parts import MONEY, NUMBER, cut, money, off
from tutor.reading import fmt, parse_number


def price_breaks(text: str, steps: list[str]) -> str:
    """Price breaks in words: "$24 for orders under 250 units and $22.80 for 250 or more" -> 0 @ 24, 250 @ 22.80."""
    price = rf"\$\s?({NUMBER})(?:\s*(?:each|per unit|a unit|/unit))?"
    for_orders = rf"{price}\s+(?:for|on|if)\s+(?:orders?|buys?|purchases?|lots?)?\s*(?:of\s+)?"
    or_more = r"(?:or more|and (?:up|above|over)|\+|or above)"
    priced = rf"(?:at\s+|@\s*|costs?\s+|:\s*)?{price}"
    under = list(re.finditer(rf"{for_orders}(?:under|below|less than|up to|fewer than)\s+({NUMBER})", text, re.I))
    over = list(re.finditer(rf"{for_orders}(?:at least\s+)?({NUMBER})\s*(?:units?\s+)?{or_more}", text, re.I))
    # and the other way round: "under 200 units $25 each, 200 or more $24 each"
    under_q = list(re.finditer(rf"(?:(?:under|below|less than|fewer than)\s+|<\s*)({NUMBER})\s*(?:units?|pcs|pieces)"
                               rf"?\s*{priced}", text, re.I))
    over_q = list(re.finditer(rf"({NUMBER})\s*(?:units?\s+|pcs\s+|pieces\s+)?{or_more}\s*{priced}", text, re.I))
    ranged = list(re.finditer(rf"(?<![\d,.])({NUMBER})\s*(?:-|–|to)\s*{NUMBER}\s*(?:units?|pcs|pieces)?\s*{priced}",
                              text, re.I))  # "1,000-2,499 units $4.80"
    if not (over or over_q) or re.search(r"price breaks?\s*(?:are|is)?\s*:", text, re.I):
        return text
    under_q += [m for m in ranged if parse_number(m.group(1)) <= 1]  # "1-999 units $5.00" is the first break
    over_q += [m for m in ranged if parse_number(m.group(1)) > 1]
    rows = sorted([(0.0, parse_number(m.group(1))) for m in under] + [(0.0, parse_number(m.group(2))) for m in under_q]
                  + [(parse_number(m.group(2)), parse_number(m.group(1))) for m in over]
                  + [(parse_number(m.group(1)), parse_number(m.group(2))) for m in over_q])
    written = ", ".join(f"{q:.12g} @ ${p:.12g}" for q, p in rows)
    steps.append(f"price breaks: {written}")
    return cut(text, (m.span() for m in under + under_q + over + over_q)) + f" price breaks: {written}."


def landed(text: str, steps: list[str]) -> str:
    """Landed-cost parts given in words.

    "5,000 units at $18 each" -> purchase cost 90,000; "duties 4.5% of purchase value" -> 4,050.
    """
    if off(text, r"landed cost", r"purchase (?:cost|price|value)\s*(?:is|of|=|:)?\s*\$?\d"):
        return text
    bought = re.search(rf"({NUMBER})\s*(?:units?|pieces|pcs|items?)\s*(?:at|@|for)\s*\$\s?({NUMBER})\s*(?:each|"
                       r"per unit|a unit|/unit)?", text, re.I)
    if not bought:
        return text
    value = parse_number(bought.group(1)) * parse_number(bought.group(2))
    steps.append(f"purchase cost = units × ${bought.group(2)} = {fmt(value)} ({bought.group(1)} units)")
    text = text + f" purchase cost ${value:.12g}."
    duty = re.search(rf"(dut(?:y|ies)|tariffs?)\s*(?:of|is|are|at|=|:)?\s*({NUMBER})\s*%\s*(?:of\s+(?:the\s+)"
                     r"?(?:purchase|goods|invoice|product)\s*(?:value|cost|price)?)?", text, re.I)
    if duty:
        amount = value * parse_number(duty.group(2)) / 100
        steps.append(f"duties = {duty.group(2)}% × purchase cost = {fmt(amount)}")
        text = text[:duty.start()] + text[duty.end():] + f" duties ${amount:.12g}."
    return text


def dollar_usage(text: str, steps: list[str]) -> str:
    """ABC dollar usage per item from units and unit cost: "A: units/year 500, unit cost $12.00" -> A 6,000."""
    if off(text, r"\babc\b|dollar usage|annual usage|classif",
           r"(?:dollar|annual) usage\s*(?:is|are|of)?\s*:\s*[A-Za-z]"):
        return text
    rows = re.findall(rf"(?:^|[;.]\s*)([A-Za-z0-9][\w-]{{0,15}}):\s*"
                      rf"(?:units?|usage|demand|volume|qty|quantity)[^,;:\d]*?\s({NUMBER}),\s*"
                      rf"(?:unit )?(?:cost|price)[^,;:\d$]*?\s\$?\s?({NUMBER})\s*(?=;)", text, re.I)
    if len(rows) < 2:
        return text
    usage = [(name, parse_number(units) * parse_number(cost)) for name, units, cost in rows]
    steps.append("annual dollar usage = units × unit cost; " + "; ".join(
        f"{name}: {units} × {cost} = {fmt(parse_number(units) * parse_number(cost))}" for name, units, cost in rows))
    return text + " annual dollar usage: " + ", ".join(f"{name} {value:.12g}" for name, value in usage) + ";"


_GAP = r"(?:(?!\.\s)[^;?!\n]){0,40}?"
_WHEN = r"(?:\s+of\s+(?:the\s+)?(?:year|fy\s?\d{2,4}|period|\d{4}))?"
_START = rf"(?:(?:at|in)\s+(?:the\s+)?(?:start|beginning){_WHEN}|(?:beginning|opening|starting)(?:\s+balance|{_WHEN}))"
_END = rf"(?:(?:at|in)\s+(?:the\s+)?(?:end{_WHEN}|year[- ]end)|(?:ending|closing|year[- ]end)(?:\s+balance)?)"
_BALANCE = r"\b(payables?|receivables?|inventory|assets)\b"
_AT_START_AND_END = (re.compile(rf"{_BALANCE}{_GAP}{MONEY}\s*{_START}{_GAP}{MONEY}\s*{_END}", re.I),
                     re.compile(rf"{_BALANCE}{_GAP}{_START}\s*(?:was|is|of|=|:)?\s*{MONEY}{_GAP}{_END}"
                                rf"\s*(?:was|is|of|=|:)?\s*{MONEY}", re.I),
                     re.compile(rf"(?:beginning|opening|starting)\s+{_BALANCE}{_GAP}{MONEY}{_GAP}(?:ending|closing|"
                                rf"year[- ]end)\s+(?:\w+\s+)?(?:was\s+|is\s+|of\s+|[=:]\s*)?{MONEY}", re.I))


def average_balance(text: str, steps: list[str]) -> str:
    """A balance given at the start and end of a year: its average ("$1.5M at the start ... $1.3M at year end")."""
    ratio = re.search(r"\bturns?\b|turnover|days (?:of )?inventory|outstanding|\bd[isp]o\b|\baverage of\b", text, re.I)
    match = next((m for pattern in _AT_START_AND_END[:3 if ratio else 2] if (m := pattern.search(text))), None)
    if not match or re.search(rf"average\s+(?:accounts\s+)?{match.group(1)}", text, re.I):
        return text
    first = money(match, 2)
    last = money(match, 4)
    name = match.group(1).lower()
    steps.append(f"average {name} = ({fmt(first)} + {fmt(last)}) / 2 = {fmt((first + last) / 2)}")
    return text[:match.start()] + f"average {name} ${(first + last) / 2:.12g}" + text[match.end():]


def inventory_value(text: str, steps: list[str]) -> str:
    """Average inventory in money from units and unit cost: "on average 600 units ... costs $35" -> $21,000."""
    if off(text, r"carry|holding", r"inventory value|value of (?:the )?inventory|worth"):
        return text
    units = re.search(rf"(?:on average|average(?: inventory)?(?: of| is)?)\s+({NUMBER})\s+(?:units|pieces|pcs|items)",
                      text, re.I)
    cost = re.search(rf"(?:costs?|unit cost(?: is| of)?|at|@)\s+\$\s?({NUMBER})", text, re.I)
    if not units or not cost:
        return text
    value = parse_number(units.group(1)) * parse_number(cost.group(1))
    steps.append(f"average inventory value = {units.group(1)} units × ${cost.group(1)} = {fmt(value)}")
    return text + f" average inventory value ${value:.12g}."


def share_of_sales(text: str, steps: list[str]) -> str:
    """COGS given as a share of sales: "cost of goods sold runs at 65% of sales" with sales $10M -> $6.5M."""
    share = re.search(rf"(cost of goods sold|cogs)\s*(?:runs at|is|are|was|=|at|of)?\s*(?:about\s+)?({NUMBER})"
                      r"\s*%\s*of\s+(?:sales|revenue)", text, re.I)
    sales = re.search(rf"(?:sales|revenue)\s*(?:were|was|is|are|of|=|:)?\s*{MONEY}", text, re.I)
    if not share or not sales:
        return text
    total = money(sales, 1)
    value = total * parse_number(share.group(2)) / 100
    steps.append(f"cost of goods sold = {share.group(2)}% × sales = {fmt(value)}")
    return text[:share.start()] + f"cost of goods sold ${value:.12g}" + text[share.end():]


def newsvendor_costs(text: str, steps: list[str]) -> str:
    """Underage and overage costs from price, cost and salvage: sell $12, cost $5, salvage $1 -> Cu 7, Co 4."""
    if off(text, r"newsvendor|newsboy|single[- ]period|seasonal|unsold|salvage", r"underage|overage|\bcu\b|\bco\b"):
        return text
    price = re.search(rf"(?:sell\w*|price[ds]?|retail\w*)\s*(?:it\s+|them\s+)?(?:at|for|of|is)?\s*\$\s?({NUMBER})",
                      text, re.I)
    cost = re.search(rf"(?:costs?|buy\w*|pay|paid)\s*(?:us\s+)?(?:at|for|of|is)?\s*\$\s?({NUMBER})", text, re.I)
    salvage = re.search(rf"(?:salvage\w*|sold off|clearance|marked down|(?:unsold|leftover|left over)\b[^.;$]{{0,40}}?"
                        rf"(?:sold|go|goes|taken|bought)\b[^.;$]{{0,15}}?)\s*(?:value\s+)?(?:at|for|of|is)"
                        rf"?\s*\$\s?({NUMBER})", text, re.I)  # "unsold calendars are sold for $1 each"
    if not price or not cost:
        return text
    p, c = parse_number(price.group(1)), parse_number(cost.group(1))
    s = parse_number(salvage.group(1)) if salvage else 0.0
    steps.append(f"underage cost = price − cost = {fmt(p - c)}; overage cost = cost − salvage = {fmt(c - s)}")
    return text + f" underage cost ${p - c:.12g}, overage cost ${c - s:.12g}."


def profit_margin(text: str, steps: list[str]) -> str:
    """Net income from a margin on sales: "profit margin is 6% on sales of $12M" -> $720,000."""
    match = re.search(rf"(?:net |profit )?margin\s*(?:is|of|=|:)?\s*({NUMBER})\s*%\s*(?:on|of)\s+(?:sales|revenue)\s*"
                      rf"(?:of|=|:)?\s*{MONEY}", text, re.I)
    if not match or re.search(r"net income|net profit", text, re.I):
        return text
    sales = money(match, 2)
    income = sales * parse_number(match.group(1)) / 100
    steps.append(f"net income = {match.group(1)}% × sales = {fmt(income)}")
    return text[:match.start()] + f"net income ${income:.12g} on sales of ${sales:.12g}" + text[match.end():]


def contribution_margin(text: str, steps: list[str]) -> str:
    """A variable cost from a price and a contribution margin %: price $15, margin 40% -> $9."""
    match = re.search(rf"({NUMBER})\s*%\s*contribution margin|contribution margin\s*(?:is|of|=|:)?\s*({NUMBER})\s*%",
                      text, re.I)
    price = re.search(rf"(?:selling\s+)?price\s*(?:is|of|=|:)?\s*\$\s?({NUMBER})", text, re.I)
    if not match or not price or re.search(r"variable cost", text, re.I):
        return text
    share = parse_number(match.group(1) or match.group(2)) / 100
    cost = parse_number(price.group(1)) * (1 - share)
    steps.append(f"variable cost = price × (1 − {fmt(share)}) = {fmt(cost)}")
    return text[:match.start()] + f"variable cost ${cost:.12g}" + text[match.end():]


_COQ_KINDS = (  # the cost-of-quality category an itemised cost belongs to, by its words
    ("prevention", r"prevent\w*|training|quality planning|planning|design review|supplier (?:certification|evaluation|"
                   r"qualification|development)|process (?:improvement|capability stud\w*)|quality engineering"),
    ("appraisal", r"apprais\w*|inspect\w*|test(?:ing|s)?|audit\w*|calibrat\w*|measur\w*|lab\b|checking"),
    ("internal failure", r"internal\w*|scrap\w*|rework\w*|re-?inspect\w*|retest\w*|yield loss|downgrad\w*|"
                         r"failure analysis"),
    ("external failure", r"external\w*|warrant\w*|returns?|recalls?|complaints?|field (?:service|repair)\w*|"
                         r"liabilit\w*|penalt\w*|allowances?"),
)
_COQ_ITEM = re.compile(rf"(?P<name>[A-Za-z][A-Za-z /&'()-]{{2,60}}?)\s*(?:[:=]|costs?|of|was|were|is|came to)?\s*"
                       rf"{MONEY}|{MONEY}\s+(?:on|for|in)\s+(?P<after>[A-Za-z][A-Za-z /&'-]{{2,40}})", re.I)


def coq_items(text: str, steps: list[str]) -> str:
    """Itemised quality costs summed by category ("training $40k; scrap $90k; rework $30k"); other costs left out."""
    if off(text, r"cost of quality|\bcoq\b",
           r"\b(?:prevention|appraisal|internal failure|external failure)\s*(?:costs?)?\s*(?:is|of|=|:)?\s*\$?\d"):
        return text
    sums: dict[str, list[float]] = {}
    spans = []
    for m in _COQ_ITEM.finditer(text):
        words = (m.group("name") or m.group("after") or "").lower()
        kind = next((k for k, pattern in _COQ_KINDS if re.search(rf"\b(?:{pattern})", words)), None)
        if kind:
            sums.setdefault(kind, []).append(money(m, 2) if m.group("name") else money(m, 4))
            spans.append(m.span())
    if len(sums) < 2:
        return text
    parts = [f"{kind} = " + (" + ".join(fmt(v) for v in values) + " = " if len(values) > 1 else "")
             + fmt(sum(values)) for kind, values in sums.items()]
    steps.append("; ".join(parts))
    return cut(text, spans) + " " + ", ".join(f"{kind} ${sum(values):.12g}" for kind, values in sums.items()) + "."


_MAKE = re.compile(r"\bmak(?:e|ing)\b(?![- ]or[- ]buy|\s+vs\.?\s+buy|\s+versus)|\bin[- ]?house\b|\bourselves\b", re.I)
_BUY = re.compile(r"\bbuy(?:ing)?\b(?!\s+(?:breakeven|break-even|decision|analysis))|\bsupplier\b|\boutside\b"
                  r"|\bvendor\b|\boutsourc\w*|\bpurchas\w*", re.I)
_PER_UNIT = re.compile(r"^\s*(?:/|per|a|an|each)\s*(?:unit|piece|part|pc|item|bracket|widget)\b|^\s*each\b"
                       r"|^\s*(?:variable|per unit)", re.I)


def make_buy(text: str, steps: list[str]) -> str:
    """Make-or-buy costs read clause by clause: "make: fixed $60k + $8/unit, buy: $14/unit" -> the four costs."""
    if off(text, r"make[- ]or[- ]buy|make vs\.? buy|indifferen|in[- ]?house",
           r"fixed cost (?:of|to) mak|variable cost (?:of|to) buy"):
        return text
    marks = sorted([(m.start(), "make") for m in _MAKE.finditer(text)]
                   + [(m.start(), "buy") for m in _BUY.finditer(text)])
    costs: dict[str, dict[str, float]] = {"make": {}, "buy": {}}
    spans = []
    for m in re.finditer(MONEY, text):
        if "$" not in m.group() and not m.group(2) and not _PER_UNIT.match(text[m.end():]):
            continue  # a plain count ("650,000 parts") is no cost
        side = next((s for at, s in reversed(marks) if at < m.start()), None)  # the side named last before it
        if side is None:
            continue
        kind = "variable" if _PER_UNIT.match(text[m.end():]) or re.search(r"variable\s*(?:cost)?\s*(?:of|is|:)?\s*$",
                                                                         text[max(0, m.start() - 25):m.start()], re.I) \
            else "fixed"
        if kind in costs[side]:
            return text  # two of one kind on one side: not a layout this rule reads
        costs[side][kind] = money(m, 1)
        spans.append(m.span())
    if "variable" not in costs["make"] or "variable" not in costs["buy"] or "fixed" not in costs["make"]:
        return text
    costs["buy"].setdefault("fixed", 0.0)
    steps.append("; ".join(f"{kind} cost to {side} = {fmt(value)}" for side in ("make", "buy")
                           for kind, value in sorted(costs[side].items())))
    written = "; ".join(f"{kind} cost to {side} ${costs[side][kind]:.12g}" for side in ("make", "buy")
                        for kind in ("fixed", "variable"))
    return cut(text, spans) + f" {written}."


_CARRYING_PARTS = (r"(?:cost of )?capital|interest|opportunity cost|storage|warehous\w*|space|obsolescence|"
                   r"shrinkage|theft|damage|deterioration|spoilage|insurance(?: and taxes)?|taxes|handling|risk")


def carrying_rate_parts(text: str, steps: list[str]) -> str:
    """A carrying rate given as its parts: "cost of capital 12%, storage 5%, obsolescence 4%" -> 21%."""
    if off(text, r"carrying|holding", r"(?:carrying|holding) (?:cost )?rate\s*(?:is|of|=|:)?\s*\d"):
        return text
    parts = list(re.finditer(rf"\b({_CARRYING_PARTS})\b\s*(?:costs?\s*)?(?:is|of|at|=|:)?\s*({NUMBER})\s*%", text,
                             re.I))
    if len(parts) < 2:
        return text
    total = sum(parse_number(m.group(2)) for m in parts)
    steps.append("carrying rate = " + " + ".join(f"{m.group(2)}% {m.group(1).lower()}" for m in parts)
                 + f" = {fmt(total)}%")
    return cut(text, (m.span() for m in parts)) + f" carrying rate {total:.12g}%."
