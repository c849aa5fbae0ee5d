"""Which formula a calculation question asks for.

Each formula's cue phrases are matched in the question as typed and as laid out (`tutor.layout`);
a negated cue ("without look-ahead") does not count, and a plain cue inside a qualified one
("moving average" in "weighted moving average") yields to it. Among the formulas named, one
whose every input is in the question wins, then one named in the asking sentence (earlier is
better), then the most specific cue; a formula named earlier in the ask that the winner only
feeds (load percent from rated capacity) is the one asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tutor.formulas import FORMULAS, Formula
from tutor.layout import canonical
from tutor.patterns import compiled
from tutor.read_values import CHAINS
from tutor.targets import ask_of


def detect(question: str, extract: Callable[[Formula, str], tuple[dict[str, Any], list[Any]]]) -> Formula | None:
    """The formula a question asks for, or None when no formula's cue appears.

    `extract(formula, question)` reads a formula's inputs: (values, missing inputs).
    """
    scored = []
    ask = ask_of(question) or question
    tidy = canonical(question)
    typed = {f.function: [m for cue in f.cues if (m := affirmed(cue, question))] for f in FORMULAS}
    spans = {function: {(*m.span(), m.group()) for m in found} for function, found in typed.items()}
    laid = {f.function: [(*m.span(), m.group()) for cue in f.cues if (m := affirmed(cue, tidy))] for f in FORMULAS
            } if tidy != question else spans  # "weighted moving avg" is "weighted moving average" once laid out
    for formula in FORMULAS:
        # longer cue matches are more specific: "first pass yield" beats "yield"; as typed, and with tables and
        # shorthand laid out
        hits = sum(len(m.group()) for m in typed[formula.function])
        if tidy != question:
            hits = max(hits, sum(len(text) for *_, text in laid[formula.function]))
        if hits and any(_within({s[:2] for s in where[formula.function]},
                                [s for f, found in where.items() if f != formula.function for s in found])
                        for where in (spans, laid) if where[formula.function]):
            continue  # "moving average" inside "weighted moving average": the named one, even if incomplete
        if hits:
            in_ask = [m for cue in formula.cues for m in [affirmed(cue, ask)] if m]
            first = min((m.start() for m in in_ask), default=len(ask))
            values, missing = extract(formula, question)
            scored.append((bool(in_ask), not missing, -(first // 25), hits, len(values), formula,
                           {m.group().lower() for m in in_ask},
                           {p.name for p in formula.params if p.name in values and p.kind != "choice"}))
    if not scored:
        return None
    # a formula whose every input is in the question wins, then one named where the question asks ("... what
    # is the rated capacity?"), the earlier there the better ("what safety stock ... over the lead time"),
    # then the most specific cue
    best = max(scored, key=lambda s: (s[1], s[0], s[2], s[3], s[4]))
    wider = [s for s in scored if s[1] and best[1] and s[0] >= best[0] and s[7] > best[7]]
    if wider:  # both complete, one reads more of the question ("newsvendor ... mean 800 sd 120" over the fractile)
        best = max(wider, key=lambda s: (len(s[7]), s[2], s[3]))
    # "the load as a percent of rated capacity": a formula named earlier whose input the best one computes
    feeds = [s for s in scored if s[0] and (s[2] > best[2] or s[1] and s[2] == best[2] and not s[6] <= best[6])
             and (s[5].function, best[5].function) in _FEEDS]
    return max(feeds, key=lambda s: s[2])[5] if feeds else best[5]


_FEEDS = {(formula, source.partition(":")[0]) for (formula, _), source in CHAINS.items()}
"""(formula, a formula whose result is one of its inputs)."""
_QUALIFIED = re.compile(r"(?:weighted|cumulative|mean|average|"
                        r"discrete|rolled|first[- ]pass|seasonal(?:ly)?|statistical|periodic|"
                        r"economic|fixed|variable|net|gross|projected)\b", re.I)


def _within(own: set[tuple[int, int]], others: list[tuple[int, int, str]]) -> bool:
    """Whether every cue match of a formula lies in a qualified longer one of another ("weighted moving average")."""
    return bool(own) and all(any(s <= start and end <= e and e - s > end - start and _QUALIFIED.match(text)
                                 for s, e, text in others) for start, end in own)


def affirmed(cue: str, text: str) -> re.Match[str] | None:
    """The first match of a formula cue not negated ("without look-ahead", "no safety stock"), or None."""
    return next((m for m in compiled(cue).finditer(text) if not re.search(
        r"\b(?:without|no|not|w/o|ignore|ignoring|before(?: applying| using)?)\s+(?:the\s+|a\s+|any\s+|using\s+)?$",
        text[max(0, m.start() - 25):m.start()], re.I)), None)
