"""Which number of a computed record the learner asked for: "the LCL for the x-bar chart", "queue at the end of week 4".

Many formulas compute a record (control limits, a sequence's measures, an MRP record, costs by
kind). `select(result, question)` reads the asking sentence, matches its words against the
record's field names (with the usual synonyms) and a period it names, and returns that one number
with a label, or None when nothing in the record is asked for unambiguously.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from tutor.layout import MONTHS
from tutor.reading import WORD_NUMBERS
from tutor.text import QUESTION, split_sentences

SYNONYMS = [  # phrases in questions -> the words used in result field names
    (r"lower control limit|\blower limit\b", "lcl"), (r"upper control limit|\bupper limit\b", "ucl"),
    (r"center ?line|centre ?line|central line", "center"), (r"x[- ]?bar|x̄|\bmeans? chart", "x"),
    (r"\brange chart|\br[- ]chart|\branges? chart", "r"), (r"cost of (?:goods|sales)(?: sold)?|\bcogs\b", "cogs"),
    (r"return on investment", "roi"), (r"\bpab\b|projected available balance|projected on[- ]hand|\bpoh\b",
                                       "projected available pab"),
    (r"\bpors?\b|planned order releases?|planned releases?|order releases?|\brelease\b", "planned order releases"),
    (r"planned order receipts?|planned receipts?", "planned order receipts"),
    (r"net requirements?|\bnet reqs?\b|\bnr\b", "net requirements"),
    (r"gross requirements?|\bgross reqs?\b|\bgr\b", "gross requirements"), (r"\bavg\b|\bmean\b", "average"),
    (r"\bordering\b|order(?:ing)? costs?|setup costs?", "ordering"), (r"holding|carrying", "carrying"),
    (r"flow ?time|completion time|time in (?:the )?system", "flow time"),
    (r"\blate jobs?\b|jobs? (?:are |were |will be )?late|how many (?:jobs )?(?:are )?late", "jobs late"),
    (r"ending inventory|closing inventory|inventory value|value of (?:the )?(?:ending |remaining )?inventory",
     "ending inventory"), (r"\bwip\b|work in process|queue", "queue"),
    (r"cumulative input deviation|input deviation", "cumulative input deviation"),
    (r"cumulative output deviation|output deviation", "cumulative output deviation"),
    (r"\batp\b|available[- ]to[- ]promise", "atp"), (r"net profit|\bnp\b", "net profit"),
    (r"\btotal\b|altogether|in all|overall sum", "total"), (r"\bmax(?:imum)?\b|\blargest\b|\bworst\b", "max"),
    (r"\bmin(?:imum)?\b|\bsmallest\b", "min"), (r"makespan|all jobs (?:are )?(?:done|finished|complete)", "makespan"),
    (r"shipments?|ship", "shipments"), (r"\bshare\b|\bpercent(?:age)?\b|%", "share"),
    (r"\b(?:get|gets|receive|receives|allocated?|send|sent|ship(?:ped)? to|goes to|go to)\b", "allocations"),
    (r"(?:cost|value) of (?:the )?(?:units |goods |materials? )?(?:issued|used|consumed|sold)|issued to production",
     "cogs"), (r"return on investment|\broi\b", "roi"), (r"return on assets|\broa\b", "roa"),
]
_COUNTS = {word: n for word, n in WORD_NUMBERS.items() if n <= 10 and " " not in word}
"""Ranks written as words: "the top two causes"."""
_MONTH_WORD = re.compile(rf"\b({'|'.join(MONTHS)})[a-z]*\b", re.I)
_PERIOD = re.compile(r"\b(?:weeks?|wks?|periods?|months?|quarters?|days?|q|p)\s*#?\s*(\d{1,3})\b", re.I)
_ASK = re.compile(r"\b(?:what|whats|what's|how|find|compute|calculate|determine|give|show|which|need|get)\b", re.I)


FRACTION_FIELD = re.compile(r"share|rate|margin|\broa\b|\broi\b|yield|utili|efficien|availab|performance|"
                             r"quality|\boee\b|accuracy|fraction|percent")
"""Result fields that are fractions (a margin, an ROI): a turnover or a count picked from the same record is not."""


def month_order(question: str) -> list[str]:
    """The months a question's periods run through, in order ("Jan | Feb | Mar" -> jan, feb, mar)."""
    found = [m.group(1)[:3].lower() for m in _MONTH_WORD.finditer(question)]
    if not found:
        return []
    first = MONTHS.index(found[0])  # calendar order from the first month named: "jan-may" then "apr" is 4th
    return sorted(dict.fromkeys(found), key=lambda name: (MONTHS.index(name) - first) % 12)


def sentences_of(text: str) -> list[str]:
    """The sentences of a question (split at . ? ! ; and line breaks), blank ones left out: `text.QUESTION`."""
    return split_sentences(text, QUESTION)


def ask_of(question: str) -> str:
    """The asking part: sentences with a "?", the last with an asking word, or a terse first one; "" if none asks."""
    sentences = sentences_of(question)
    asked = [s for s in sentences if "?" in s]
    if asked:
        return " ".join(asked)
    if asking := [s for s in sentences if _ASK.search(s)]:
        return asking[-1]
    if sentences and len(sentences[-1].split()) <= 8 and not re.search(r"\d\s*[,;/]\s*\d|\d\s+\d", sentences[-1]):
        return sentences[-1]  # terse, asked last: "on hand 10. MPS: 0, 60 ... discrete atp in period 2 pls"
    if sentences and len(sentences[0].split()) <= 6:  # terse, asked first: "cum ATP wk4, no look-ahead. OH 20"
        return sentences[0]
    return ""


def _words(text: str) -> set[str]:
    lowered = text.lower()
    for pattern, canonical in SYNONYMS:
        if re.search(pattern, lowered):  # the phrase stands for the field: "the cost of the units issued" is cogs,
            lowered = re.sub(pattern, " ", lowered) + " " + canonical  # not a unit cost
    return {w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", lowered)}


def _key_words(key: str) -> list[str]:
    return [w.rstrip("s") if len(w) > 3 else w for w in re.split(r"[_\s]+", str(key).lower()) if w]


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _candidates(result: Any, period: int | None, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], float]]:
    if _is_number(result):
        return [(prefix, float(result))]
    if isinstance(result, Mapping):
        return [c for key, value in result.items() for c in _candidates(value, period, (*prefix, *_key_words(key)))]
    out: list[tuple[tuple[str, ...], float]] = []
    if isinstance(result, Sequence) and not isinstance(result, str) and result:
        if all(_is_number(x) or x is None for x in result):
            if period is not None and 1 <= period <= len(result) and result[period - 1] is not None:
                out.append((prefix, float(result[period - 1])))
            out.append(((*prefix, "total"), float(sum(x for x in result if x is not None))))
    return out


def _first_period(result: Mapping[str, Any], words: set[str]) -> tuple[float, str] | None:
    """The first period with a positive value in the one series of a record the question names, or None."""
    rows = [(tuple(_key_words(k)), v) for k, v in result.items() if isinstance(v, Sequence) and not isinstance(v, str)
            and v and all(_is_number(x) or x is None for x in v)]
    named = sorted(((len(key), key, v) for key, v in rows if all(w in words for w in key)), key=lambda t: -t[0])
    if not named or len(named) > 1 and named[1][0] == named[0][0]:
        return None
    key, series = named[0][1], named[0][2]
    first = next((n for n, x in enumerate(series, 1) if x and x > 0), None)
    return None if first is None else (float(first), f"first period with {' '.join(key)}")


def select(result: Any, question: str, months: Sequence[str] = ()) -> tuple[float, str] | None:
    """The number of `result` the question asks for, with its label; None when nothing asks or no clear match.

    `months` are the month names the question's periods run through, in order, so "for June" is a period.
    """
    ask = re.sub(r"\([^()]*\)", " ", ask_of(question))  # "(after planned order receipts)" is an aside
    if not ask.strip():
        return None
    periods = _PERIOD.findall(ask)
    period = int(periods[-1]) if periods else None
    named = [m.group(1)[:3].lower() for m in _MONTH_WORD.finditer(ask)]
    if period is None and named and named[-1] in months:
        period = list(months).index(named[-1]) + 1
    words = _words(ask)
    ranked = re.search(rf"\b(?:top|first|largest|biggest)\s+(\d{{1,2}}|{'|'.join(_COUNTS)})\b", ask, re.I)
    rank = (int(ranked.group(1)) if ranked.group(1).isdigit() else _COUNTS[ranked.group(1).lower()]) if ranked else (
        1 if re.search(r"\bthe (?:single )?(?:largest|biggest|top|leading)\s+(?:category|cause|reason|item|class|"
                       r"source|defect|type|one)\b", ask, re.I) else None)
    if rank and isinstance(result, Sequence) and not isinstance(result, str) and all(
            isinstance(r, Mapping) for r in result) and 1 <= rank <= len(result):
        result = result[rank - 1]  # "the top 2 causes": the second row of a ranked table
    if re.search(r"\b(?:which|what)\s+(?:week|period|month|day|bucket)\b", ask, re.I) and isinstance(result, Mapping):
        return _first_period(result, words)  # "in which week is the first planned shipment?"
    best: list[tuple[int, tuple[str, ...], float]] = [
        (len(key), key, value) for key, value in _candidates(result, period) if key and all(w in words for w in key)]
    if not best:
        if period is not None and isinstance(result, Sequence) and not isinstance(result, str | Mapping):
            found = _candidates(result, period)
            if found and not found[0][0]:
                return found[0][1], f"period {period}"
        return None
    share = bool(re.search(r"%|\bpercent|\bshare\b|\bproportion\b", ask, re.I))
    head = re.search(r"\b(?:what|which|how (?:many|much))\b((?:\s+[\w-]+){1,3})", ask, re.I)
    named = _words(head.group(1)) if head else set()  # "what order quantity minimizes total cost": the quantity
    best.sort(key=lambda t: (not set(t[1]) & named, -t[0], not (share and "share" in t[1])))
    top = [b for b in best if b[0] == best[0][0] and bool(set(b[1]) & named) == bool(set(best[0][1]) & named)
           and (not share or ("share" in b[1]) == ("share" in best[0][1]))]
    if len({b[2] for b in top}) > 1:
        return None  # two fields fit equally: not a clear ask
    label = " ".join(top[0][1]).replace(" total", ", total")
    return top[0][2], label + (f", period {period}" if period is not None and "total" not in top[0][1] else "")
