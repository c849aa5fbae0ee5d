"""The calculation solver: spot a formula in a question, read its inputs, compute with tutor.calc.

Formulas are data (`tutor.formulas.FORMULAS`): cue phrases that identify each one, and cue
phrases for each input. Values are read from free text ("annual demand 12,000 units", "$50 per
order", "carrying cost 25%", "5k", "lead time 2 weeks", "actuals 100, 110, 120"). The answer shows
the formula, the values used, the substitution and the result with units; a missing input is
asked for by name. No language model ever does the arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tutor import calc
from tutor.calc import CalcError
from tutor.composer import Citations, Composer
from tutor.formulas import FORMULAS, Formula, Param
from tutor.models import Answer

_NUM = r"[-−]?\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(?:k\b|K\b|m\b|M\b|million\b|thousand\b|%|percent\b)?"
_NUM_RE = re.compile(_NUM)
_LIST_RE = re.compile(rf"({_NUM}(?:\s*(?:,|;|and|then|/)\s*{_NUM})+)")


def parse_number(text: str, rate: bool = False) -> float:
    """Read one number written the way people write them.

    Example: "12,000" -> 12000; "$5k" -> 5000; "25%" -> 0.25 (with rate=True, "25" -> 0.25 too)
    """
    raw = text.strip().replace("−", "-").replace("$", "").replace(" ", "")
    scale = 1.0
    lowered = raw.lower()
    for suffix, factor in (("thousand", 1e3), ("million", 1e6), ("percent", 0.01), ("%", 0.01), ("k", 1e3),
                           ("m", 1e6)):
        if lowered.endswith(suffix):
            raw, scale = raw[: -len(suffix)], factor
            break
    value = float(raw.replace(",", "")) * scale
    if rate and scale == 1.0 and value > 1:
        value /= 100  # "carrying rate 25" means 25%
    return value


def _per_year(context: str) -> float:
    if re.search(r"\b(?:per|a|each|every)\s+month\b|\bmonthly\b", context, re.I):
        return 12
    if re.search(r"\b(?:per|a|each|every)\s+week\b|\bweekly\b", context, re.I):
        return 52
    return 1


class Solver:
    """Solves calculation questions; cites the worked example of the formula it used."""

    def __init__(self, retriever: Any | None = None, composer: Composer | None = None) -> None:
        self.retriever = retriever
        self.composer = composer

    def detect(self, question: str) -> Formula | None:
        """The formula a question asks for, or None when no formula's cue appears."""
        scored = []
        for formula in FORMULAS:
            # longer cue matches are more specific: "first pass yield" beats "yield"
            hits = sum(len(m.group()) for cue in formula.cues for m in [re.search(cue, question, re.I)] if m)
            if hits:
                values, missing = self.extract(formula, question)
                scored.append((not missing, hits, len(values), formula))
        if not scored:
            return None
        # a formula whose every input is in the question wins, then the most specific cue
        return max(scored, key=lambda s: s[:3])[3]

    def extract(self, formula: Formula, question: str) -> tuple[dict[str, Any], list[Param]]:
        """Read the formula's inputs from the question; returns (values, missing params).

        Every (input, number) pair is scored by how close the number sits to one of the input's
        cue phrases, before or after it; the closest pairs are taken first, so each number feeds
        one input.
        """
        values: dict[str, Any] = {}
        used: list[tuple[int, int]] = []
        for param in formula.params:
            if param.kind == "list":
                for cue in param.cues:
                    match = re.search(rf"(?:{cue})\s*({_LIST_RE.pattern})", question, re.I)
                    if match:
                        values[param.name] = self._convert(param, match.group(1), question)
                        used.append(match.span(1))
                        break
        numbers = [m for m in _NUM_RE.finditer(question)
                   if m.group().strip() and not any(s <= m.start() < e for s, e in used)]
        pairs = []
        for param in formula.params:
            if param.kind == "list":
                continue
            for cue in param.cues:
                for c in re.finditer(cue, question, re.I):
                    for n in numbers:
                        gap = n.start() - c.end() if n.start() >= c.end() else c.start() - n.end()
                        between = question[min(c.end(), n.end()): max(c.start(), n.start())]
                        if 0 <= gap <= 35 and not re.search(r"[.;]\s", between):
                            # a longer, more specific cue beats a generic one at a similar distance
                            pairs.append((gap - len(c.group()) / 4, param.name, n.start(), param, n))
        taken: set[int] = set()
        for _, name, start, param, n in sorted(pairs, key=lambda t: t[:3]):
            if name in values or start in taken:
                continue
            taken.add(start)
            context = question[max(0, n.start() - 40): n.end() + 40]
            values[name] = self._convert(param, n.group(), context)
        for param in formula.params:
            if param.name not in values and param.default is not None:
                values[param.name] = param.default
        missing = [p for p in formula.params if p.name not in values]
        return values, missing

    @staticmethod
    def _convert(param: Param, raw: str, context: str) -> Any:
        if param.kind == "list":
            return [parse_number(n) for n in _NUM_RE.findall(raw)]
        value = parse_number(raw, rate=param.kind == "rate")
        if param.kind == "annual":
            value *= _per_year(context)
        if param.kind == "count":
            value = int(round(value))
        return value

    def solve(self, question: str) -> Answer | None:
        """Answer a calculation question, or None when it names no formula the solver knows."""
        formula = self.detect(question)
        if formula is None:
            return None
        values, missing = self.extract(formula, question)
        cites = Citations()
        source = self._source(formula, cites)
        if missing:
            found = "; ".join(f"{p.label} = {_fmt(values[p.name])}" for p in formula.params if p.name in values)
            need = ", ".join(f"**{p.label}**" for p in missing)
            text = (f"**{formula.title}** · `{formula.expression}`\n\nTo compute this I still need: {need}."
                    + (f"\n\nI read: {found}." if found else "") + source)
            return Answer(text=text, domain=formula.domain, citations=cites.items, kind="calculation")
        try:
            result = getattr(calc, formula.function)(**values)
        except CalcError as exc:
            text = f"**{formula.title}**\n\nThese inputs cannot be used: {exc}." + source
            return Answer(text=text, domain=formula.domain, citations=cites.items, kind="calculation")
        number = formula.pick(result)
        given = "\n".join(f"- {p.label} = {_fmt(values[p.name])}{p.unit_suffix}" for p in formula.params)
        substituted = formula.substitute(values)
        lines = [f"**{formula.title}** · `{formula.expression}`", "", "Given:", given, "",
                 f"Working: {substituted} = **{_fmt(number)}{formula.unit_suffix}**"]
        if formula.note:
            lines += ["", formula.note]
        return Answer(text="\n".join(lines) + source, domain=formula.domain, citations=cites.items,
                      numeric_answer=float(number), kind="calculation")

    def _source(self, formula: Formula, cites: Citations) -> str:
        """Cite the formula sentence of the matching worked example, when the index has one."""
        if self.retriever is None or self.composer is None:
            return ""
        for doc in self.retriever.search(formula.title, k=5):
            if doc.metadata.get("kind") == "worked-example":
                formula_sentences = [s for s in self.composer.sentences(doc) if s.part == "formula"][:1]
                if formula_sentences:
                    return "\n\n**From the notes.** " + cites.cite(formula_sentences[0])
        return ""


def _fmt(value: Any) -> str:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(_fmt(v) for v in value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.4f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:,.2f}"
    return f"{value:,.0f}" if isinstance(value, int | float) else str(value)
