"""A learner's calculation question in one canonical layout, before any input is read.

Learners paste spreadsheet tables, type one line per week, write "12 000", "1.2e4" or "wk1 0,
wk2 100". `canonical(text)` rewrites all of these into one line of labelled lists and plain
numbers, so the reader sees one shape:

- numbers: "12 000" and "12.000" -> 12000, "1.2e4" -> 12000, "−5" -> -5;
- rows typed on their own lines, or separated by " / ": each becomes a line;
- tables (pipes or tabs), with periods across ("Week | 1 | 2" then "Forecast | 30 | 30") or down
  ("Month | Actual | Forecast" then "Jan | 640 | 620"): each column or row becomes
  "Label: v1, v2, ...;"; a table whose rows are named items also gives "Name: header v, ...;";
- per-period rows: "wk1 0, wk2 100", "week 1 - 50" lines, "100 in week 3 and 100 in week 5",
  "week 1: forecast 90, orders 82" lines: each series becomes "label: v1, v2, ...;" in period
  order (a period not mentioned is 0 where the series was given sparsely);
- "weeks 1-4:" before a series is dropped.
"""

from __future__ import annotations

import functools
import re

from tutor.reading import NUM, NUM_RE, normalize_tables

PERIOD = r"(?:weeks?|wks?|periods?|pds?|months?|mos?|days?|quarters?|qtrs?|years?|yrs?)"
_PERIOD_NUMBER = re.compile(
    r"(?:\b(?:weeks?|wks?|periods?|pds?|months?|mos?|quarters?|qtrs?)\.?\s*#?|\b[QWP]|\bwk)\s*$", re.I)
_ID_NUMBER = re.compile(r"\b(?:op(?:eration)?|job|order\s*(?:no\.?|#)|item|part|sku|wc|work (?:center|centre)"
                        r"|machine|line|dept|department|plant|station|cell|model|product|family|lot|batch|ticket|invoice"
                        r"|supplier|vendor|customer|account|po)\s*(?:no\.?\s*)?#?\s*$", re.I)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SCI = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([+-]?\d{1,2})(?![\w.])")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,] )(?<![\d.,])\b"
                               r"(\d{1,2}(?=[ \u00a0\u202f]\d{3})|\d{1,3}(?=[ \u00a0\u202f]000))"
                               r"([ \u00a0\u202f]\d{3}|(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]000)"
                               r"(?![\d.]|,\s*\d|\s\d)")  # "12 000", "1 500 000"; "90 100 110" is a series
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\b([1-9]\d{0,2})((?:\.\d{3}){2,}|\.000)(?![\d,]|\.\d)")
_MONTH = rf"(?:{'|'.join(MONTHS)})\w*"
_PERIOD_CELL = re.compile(rf"^\s*(?:{PERIOD}\.?\s*#?\s*\d{{1,3}}|\d{{1,3}}|(?:[QWMP]|wk)\s?\d{{1,2}}|"
                          rf"{_MONTH}(?:\s+\d{{2,4}})?)\s*$", re.I)
_INLINE_PERIOD = re.compile(rf"\b(?:{PERIOD}\.?\s*#?\s*|(?-i:[pwqQ])(?=\d))(\d{{1,3}})\s*[:=\-–]?\s*"
                            rf"(?!\$)({NUM})(?!\d|\.\d)", re.I)  # "p1 0, p2 100" too, but not "P1 $50,000"
_ARRIVING = (r"(?:(?:are|is|were|was)\s+)?(?:(?:arriving|arrives|due|scheduled|received|planned|coming|landing)\s+)?"
             r"(?:in|for|at)|(?:(?:are|is)\s+)?due")
_IN_PERIODS = re.compile(rf"({NUM})\s+(?:units?\s+)?(?:{_ARRIVING})\s+{PERIOD}\s+"
                         rf"(\d{{1,2}}(?:\s*(?:,|and|&)\s*(?:{PERIOD}\s+)?\d{{1,2}})+)\b"
                         rf"(?!\s*(?:units?\s+)?(?:in|for|due)\s+{PERIOD})", re.I)  # "80 in week 1 and 80 in week 4" no
_COMMA_PERIOD = re.compile(rf"\b{PERIOD}\.?\s*#?\s*(\d{{1,3}})\s*,\s*(?!\$)({NUM})(?!\d|\.\d|\s*,\s*\d)", re.I)
_FOR_RANGE = re.compile(rf"({NUM})\s+(?:units?\s+)?(?:per|a|each|every)\s+{PERIOD}\s+(?:for|in|over|during)\s+"
                        rf"(?:the\s+)?{PERIOD}\s+1\s*(?:through|thru|to|-|–)\s*(\d{{1,2}})\b", re.I)
"""A rate for a run of periods from the first: "50 units per week for weeks 1 through 6" -> six 50s."""
_IN_EACH = re.compile(rf"({NUM})\s+(?:units?\s+)?(?:in|for)\s+each\s+of\s+(?:the\s+)?{PERIOD}\s+"
                      r"(1(?:\s*(?:,|and|&)\s*\d{1,2})+)\b", re.I)
"""The same number in each period listed from the first: "100 units in each of periods 1 and 2" -> 100, 100."""
_NONE_THEN = re.compile(rf"\bno\s+\w+\s+in\s+{PERIOD}\s+(\d{{1,2}})\s+and\s+an?\s+\w+\s+of\s+({NUM})\s+"
                        rf"(?:units?\s+)?in\s+{PERIOD}\s+(\d{{1,2}})\b", re.I)
"""Nothing in one period and an amount in another: "no receipt in period 1 and a receipt of 150 in period 2"."""
_IN_PERIOD = re.compile(rf"({NUM})\s+(?:units?\s+)?(?:{_ARRIVING})\s+{PERIOD}\.?\s*(\d{{1,3}})\b", re.I)
_MONTH_VALUE = re.compile(rf"\b(?:{'|'.join(MONTHS)})[a-z]*\.?\s*[:=\-–]?\s*({NUM})", re.I)
_MONTH_RUN = re.compile(rf"{_MONTH_VALUE.pattern}(?:\s*(?:,|;|/|and)?\s*{_MONTH_VALUE.pattern}){{1,}}", re.I)
"""Values tagged by month in a sentence ("Jan 210, Feb 190, Mar 230"): a series in the order typed."""
_UNIT_IN_LIST = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?|h(?:ou)?rs?|h|sec(?:ond)?s?|units?|pcs)\b"
                           rf"(?=\s*,\s*{NUM}\s*(?:,|and\b))", re.I)
_CSV_LINE = re.compile(r"[A-Za-z][\w.'/%$-]{0,30}(?:,[\w.'/%$-]+){2,}")
"""A comma-separated line: a name, then two or more cells, none with a space (a number "1,200,000" is none)."""
_TAGGED = re.compile(rf"(?:(?P<label>[A-Za-z]\w{{0,9}}|\d{{1,3}})\s*:"
                     rf"|(?P<period>\b(?i:p|pd|wk|w|week|period|m|q)\s?\d{{1,2}}))\s*(?P<t1>[A-Za-z]{{1,9}})\s*(?P<n1>{NUM})\s*[,;]?\s*(?P<t2>[A-Za-z]{{1,9}})\s*(?P<n2>{NUM})")
_TAG_NAMES = {"a": "actual", "act": "actual", "actual": "actual", "f": "forecast", "fc": "forecast", "fcst": "forecast",
              "forecast": "forecast", "mps": "MPS", "orders": "orders", "demand": "demand", "production": "production",
              "gr": "gross requirements", "sr": "scheduled receipts", "receipts": "scheduled receipts",
              "sales": "sales", "input": "input", "output": "output"}
_RANGE_PREFIX = re.compile(rf"\b{PERIOD}\s*\d{{1,3}}\s*(?:-|–|to|through|thru)\s*\d{{1,3}}\s*:?", re.I)


WORDS = [  # learners' shorthand -> the words the formulas' inputs are named by
    (r"\bf(?:'|o)?c(?:a)?st?s?\b|\bfcsts?\b|\bf/c\b", "forecast"), (r"\bqty\b", "quantity"),
    (r"\bexp\.? smoothing\b", "exponential smoothing"), (r"\bseas(?:n|on|no)al\b", "seasonal"),
    (r"\bcum\.?(?=\s+atp\b)|\bcumul\.?(?=\s)", "cumulative"), (r"\blvl\b", "level"), (r"\bbeg\b\.?", "beginning"),
    (r"(?<=\d)\s*/\s*mo\b|\bper mo\b", " a month"), (r"(?<=\d)\s+mo\b", " months"),
    (r"\bhrs?\b", "hours"), (r"\bmins?\b", "minutes"), (r"\bwks\b", "weeks"), (r"\byrs?\b", "year"),
    (r"\bavg\b", "average"), (r"\bstd\.? ?dev\.?\b|\bs\.d\.|\bsd\b|\bstdev\b", "standard deviation"),
    (r"\brecievables?\b", "receivables"), (r"\bpayables?\b", "payables"), (r"\bcogs\b", "cost of goods sold"),
    (r"\bdemnad\b|\bdemad\b", "demand"), (r"(?-i:\bLT\b)", "lead time"), (r"(?-i:\bSS\b)(?!\s*[=:])", "safety stock"),
    (r"\binvetory\b|\binventroy\b", "inventory"), (r"\bins\b\.?", "insurance"),
    (r"\binv\b\.?", "inventory"), (r"\bproj\.?(?= avail)", "projected"), (r"\bavail\.? bal\b\.?", "available balance"),
    (r"\bvar\b\.?(?=\s*(?:costs?\b|\$?\d))", "variable"),
    (r"(?-i:\bAP\b)", "accounts payable"), (r"(?-i:\bAR\b)", "accounts receivable"),
    (r"\bcost of sales\b", "cost of goods sold"),
    (r"\butil\b\.?", "utilization"), (r"\beff\b\.?", "efficiency"), (r"(?-i:\bPOs?\b)(?!\s*\d)", "order"),
    (r"\breqs?\b\.?", "requirements"),
]
@functools.lru_cache(maxsize=256)
def canonical(text: str) -> str:
    """The question with numbers, tables and period rows in one layout (see the module docstring).

    Cached: the service, the solver's reading and its choice of the asked field all start from it.
    """
    text = text.replace("−", "-").replace("\u00a0", " ").replace("\u202f", " ").replace("\r", "")
    text = re.sub(r"[€£]\s?(?=\d)", "$", text)  # any currency reads as money
    text = _tagged_periods(_numbers(text))  # first: "45 000 dollars" is one number
    text = re.sub(r"(?<![\w.$])(\d[\d,]*(?:\.\d+)?)\s*(?:dollars|usd|euros?|eur)\b", r"$\1", text, flags=re.I)
    text = re.sub(r"\((\d+)\s*[-–]\s*(\d+)\)", r"(\1 to \2)", text)  # a scale "(1-5)" is no negative five
    text = _UNIT_IN_LIST.sub(r"\1", text)  # "1.2 min, 0.8, 0.5": the unit of a list's first member
    for pattern, word in WORDS:
        text = re.sub(pattern, word, text, flags=re.I)
    if len(re.findall(r"\s/\s", text)) >= 2:  # rows typed " / ", but "1,100 / 1,300 / 1,500" is one series
        text = re.sub(r"\s+/\s+", lambda m: m.group() if re.match(r"[\d%]\s+/\s+[$.]?\d",
                                                                  text[m.start() - 1:m.end() + 2]) else "\n", text)
    lines = [part for line in text.split("\n")  # "... was 500. actuals: wk1 520" then "wk2 480": a period run
             for part in re.split(rf"(?<=[.?!])\s+(?=[A-Za-z][\w ]{{0,40}}:\s*{PERIOD}\.?\s*\d)", line, flags=re.I)]
    lines = _tables(_first_periods(lines))
    text = normalize_tables("\n".join(_period_lines(lines)) + "\n")  # rows typed with spaces: "Forecast 30 30 30"
    text = _FOR_RANGE.sub(lambda m: ", ".join([m.group(1).strip()] * int(m.group(2))) + ";", text)
    text = re.sub(r"\(\s*\)", " ", _RANGE_PREFIX.sub(" ", text))  # "(weeks 1-6)" leaves no "( )"
    text = _inline_periods(text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _tagged_periods(text: str) -> str:
    """Periods each holding tagged values ("Jan: A 210 F 200 / Feb: A 190 F 205") as two labelled series."""
    runs: list[list[re.Match[str]]] = []
    for m in _TAGGED.finditer(text):
        if runs and re.fullmatch(r"[\s/|;,]*", text[runs[-1][-1].end():m.start()]) and (
                " ".join(m.group("t1", "t2")).lower() == " ".join(runs[-1][0].group("t1", "t2")).lower()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed([r for r in runs if len(r) >= 2]):
        names = [_TAG_NAMES.get(run[0].group(t).lower()) for t in ("t1", "t2")]
        if None in names:  # "A: assembly 0.5, test 0.2; B: ..." is a bill, not tagged periods
            continue
        series = "; ".join(f"{name}: " + ", ".join(m.group(n) for m in run)
                           for name, n in zip(names, ("n1", "n2"), strict=True))
        text = text[:run[0].start()] + series + ";" + text[run[-1].end():]
    return text


def _numbers(text: str) -> str:
    text = _SCI.sub(lambda m: _plain(float(m.group(1)) * 10 ** int(m.group(2))), text)
    text = _SPACED_THOUSANDS.sub(lambda m: m.group() if period_of(m.start(), text) else
                                 m.group(1) + re.sub(r"\s", "", m.group(2)), text)
    return _DOTTED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(".", ""), text)


def _plain(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _cells(line: str) -> list[str] | None:
    """The cells of a table line (pipes, tabs or commas), or None when the line is not one."""
    text = line.strip()
    if "|" in line:
        cells = text.strip("|").split("|")
    elif "\t" in line or _CSV_LINE.fullmatch(text):  # "Mar,1100,1150", "month,forecast,actual": comma-separated
        cells = text.split("\t" if "\t" in line else ",")
    else:
        return None
    return [c.strip() for c in cells] if len(cells) >= 2 else None


def _is_num(cell: str) -> bool:
    match = NUM_RE.fullmatch(cell.strip())
    return bool(match and match.group().strip())


def _tables(lines: list[str]) -> list[str]:
    """Runs of table lines rewritten as labelled lists; other lines kept."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        rows = []
        while n < len(lines) and ((cells := _cells(lines[n])) is not None or re.fullmatch(r"[\s|:\-+]*", lines[n])
                                  and "-" in lines[n] and rows):
            if cells is not None and not all(re.fullmatch(r"[\s:\-+]*", c) for c in cells):
                rows.append(cells)
            n += 1
        if len(rows) >= 2:
            out += _grid(rows)
        elif rows:
            out.append(" ".join(rows[0]))
        if n < len(lines) and _cells(lines[n]) is None:
            out.append(lines[n])
            n += 1
    return out


def _grid(rows: list[list[str]]) -> list[str]:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    head = rows[0]
    numeric_head = all(_is_num(c) or _PERIOD_CELL.match(c) for c in head[1:] if c)
    years = [c.strip() for c in head[1:] if c.strip()]
    if years and all(re.fullmatch(r"(?:19|20)\d\d", c) for c in years) and all(
            _PERIOD_CELL.match(r[0]) and not re.fullmatch(r"\d+", r[0].strip()) for r in rows[1:] if r[0].strip()):
        # "Quarter | 2022 | 2023" over "Q1 | 1,200 | 1,300": a season's row per line, a year's series per column
        return [f"{head[j].strip()}: {', '.join(r[j].strip() for r in rows[1:] if r[j].strip())};"
                for j in range(1, width) if head[j].strip()]
    if numeric_head:  # periods across: each later row is a series
        return [f"{r[0]}: {', '.join(c.strip() for c in r[1:] if c.strip())};" for r in rows[1:] if r[0].strip()]
    body = [r for r in rows[1:] if any(_is_num(c) for c in r[1:])]
    columns = [(head[j], [r[j].strip() for r in body if _is_num(r[j])]) for j in range(1, width)]
    out = [f"{name}: {', '.join(values)};" for name, values in columns if name.strip() and values]
    periods = all(_PERIOD_CELL.match(r[0]) for r in body) and not _ID_NUMBER.search(head[0] + " ")  # "op | queue"
    if not periods:  # named rows (items, factors, operations): each row with its headers
        for r in body:
            pairs = [f"{_bare(head[j])} {r[j].strip()}" for j in range(1, width) if _is_num(r[j]) and head[j].strip()]
            out.append(f"{r[0]}: {', '.join(pairs)};")
    return out


_ENDS_AT_ONE = re.compile(rf"^(?P<before>.*?)(?P<label>(?:[A-Za-z][\w'-]*\s+){{0,2}}[A-Za-z][\w'-]*)?\s*:?\s*"
                          rf"(?P<first>{PERIOD}\.?\s*#?\s*1\s*[:=\-–]?\s*{NUM})\s*$", re.I)
_STARTS_AT_TWO = re.compile(rf"^\s*{PERIOD}\.?\s*#?\s*2\b", re.I)


def _first_periods(lines: list[str]) -> list[str]:
    """A line ending in period 1's value, followed by a line for period 2, starts that run on its own line.

    "orders expected wk1 210" then "wk2 190" -> "...", "orders expected: wk1 210", "wk2 190".
    """
    out: list[str] = []
    for n, line in enumerate(lines):
        match = _ENDS_AT_ONE.match(line)
        if match and n + 1 < len(lines) and _STARTS_AT_TWO.match(lines[n + 1]) and match["before"].strip():
            label = f"{match['label']}: " if match["label"] else ""
            out += [match["before"].rstrip(" ,;"), label + match["first"]]
        else:
            out.append(line)
    return out


def _bare(header: str) -> str:
    """A column header without its parenthesised unit: "Setup (hr)" -> "Setup"."""
    return re.sub(r"\s*\([^)]*\)", "", header).strip() or header.strip()


def _period_lines(lines: list[str]) -> list[str]:
    """Runs of lines that each start with a period ("week 1 - 50", "wk 2: forecast 90, orders 82").

    The first line may carry the series' name ("actuals: wk1 520"); a sentence after the last value
    ("wk4 545. whats the forecast for wk 5") is kept as a line of its own.
    """
    start = re.compile(rf"^\s*(?:(?P<label>[A-Za-z][\w ()'&/-]{{0,40}}?)\s*:\s*)?{PERIOD}\.?\s*#?\s*(?P<n>\d{{1,3}})"
                       r"\s*[:=\-–)]?\s*(?P<rest>.*)$", re.I)
    out: list[str] = []
    n = 0
    while n < len(lines):
        m = start.match(lines[n])
        if not (m and NUM_RE.search(m["rest"])):
            out.append(lines[n])
            n += 1
            continue
        first, label, tail = n, m["label"], ""
        run: list[tuple[int, str]] = []
        while n < len(lines) and (m := start.match(lines[n])) and NUM_RE.search(m["rest"]) and (
                not run or not m["label"]):
            rest = m["rest"]
            if stop := re.search(r"[.?!](?:\s|$)", rest):
                rest, tail = rest[:stop.start()], rest[stop.end():]
            run.append((int(m["n"]), rest))
            n += 1
            if tail:
                break
        if len(run) < 2:
            out += lines[first:n]
            continue
        out.append((f"{label}: " if label else "") + _transpose(run))
        if tail.strip():
            out.append(tail)
    return out


def _transpose(run: list[tuple[int, str]]) -> str:
    """Per-period rows into series: plain values give one list; "forecast 90, orders 82" give one per name."""
    named: dict[str, dict[int, str]] = {}
    plain: dict[int, str] = {}
    for period, rest in run:
        pairs = re.findall(rf"([A-Za-z][A-Za-z .'&-]*?)\s*[:=]?\s*({NUM})(?!\d|\.\d)", rest)
        if pairs:
            for name, value in pairs:
                named.setdefault(name.strip().rstrip(":"), {})[period] = value.strip()
        elif (value := NUM_RE.search(rest)) is not None:
            plain[period] = value.group().strip()
    parts = [_series(plain)] if plain else []
    return " ".join(parts + [f"{name}: {_series(values)};" for name, values in named.items()])


def _series(values: dict[int, str]) -> str:
    return ", ".join(values.get(p, "0") for p in range(1, max(values) + 1))  # a period not given is 0


def _inline_periods(text: str) -> str:
    """Runs of period-tagged numbers as series: "demand wk1 180, wk2 260" -> "demand 180, 260".

    "100 in week 3 and 100 in week 5" -> "0, 0, 100, 0, 100".
    """
    def run_of(pattern: re.Pattern[str], value_group: int, period_group: int) -> str:
        out, pos = [], 0
        matches = list(pattern.finditer(text))
        n = 0
        while n < len(matches):
            group = [matches[n]]
            while n + 1 < len(matches) and re.fullmatch(r"[\s,;]*(?:and|&)?[\s,;]*",
                                                        text[matches[n].end():matches[n + 1].start()]):
                n += 1
                group.append(matches[n])
            n += 1
            if len(group) < 2:
                continue
            values = {int(m.group(period_group)): m.group(value_group).strip() for m in group}
            out.append(text[pos:group[0].start()] + " " + _series(values) + ";")
            pos = group[-1].end()
        return "".join(out) + text[pos:]

    text = _IN_EACH.sub(lambda m: ", ".join([m.group(1).strip()] * len(re.findall(r"\d+", m.group(2)))) + ";", text)
    text = _NONE_THEN.sub(lambda m: _series({int(m.group(1)): "0", int(m.group(3)): m.group(2).strip()}) + ";", text)
    text = _IN_PERIODS.sub(  # "MPS 75 in weeks 1, 4 and 7" -> 75, 0, 0, 75, 0, 0, 75
        lambda m: _series({int(p): m.group(1).strip() for p in re.findall(r"\d+", m.group(2))}) + ";", text)
    text = run_of(_INLINE_PERIOD, 2, 1)
    text = run_of(_COMMA_PERIOD, 2, 1)  # "month 1, 500; month 2, 650": only as a run
    text = run_of(_IN_PERIOD, 1, 2)

    def month_run(m: re.Match[str]) -> str:
        months = [MONTHS.index(w.group(1)[:3].lower())
                  for w in re.finditer(rf"\b({'|'.join(MONTHS)})", m.group(), re.I)]
        if any((b - a) % 12 != 1 for a, b in zip(months, months[1:], strict=False)):
            return m.group()  # "MPS: Feb 300, Apr 300" skips months: not a run of consecutive periods
        return ", ".join(v.strip() for v in _MONTH_VALUE.findall(m.group())) + ";"

    return _MONTH_RUN.sub(month_run, text)


def period_of(match_start: int, text: str) -> bool:
    """Whether the number at `match_start` numbers a period or names a thing, so it is no quantity.

    Examples: "week 6", "Q4", "2024" after a month, "op 10", "work center 30".
    """
    before = text[max(0, match_start - 16):match_start]
    if _PERIOD_NUMBER.search(before):
        return True
    if _ID_NUMBER.search(before):  # "op 10", "lot #4", but "lot 250 pcs" is a quantity
        return not (re.search(r"\b(?:lot|batch)\s*$", before, re.I) and re.match(
            rf"{NUM}\s*(?:units?|pcs|pieces|parts)\b", text[match_start:], re.I))
    number = NUM_RE.match(text, match_start)  # a year: "March 2024", "in 2023"
    return bool(number and re.fullmatch(r"(?:19|20)\d\d", number.group().strip()) and re.search(
        rf"(?:{'|'.join(MONTHS)})\w*\.?,?\s*$|\b(?:in|fy|since|of)\s*$", before, re.I))


__all__ = ["MONTHS", "canonical", "period_of"]
