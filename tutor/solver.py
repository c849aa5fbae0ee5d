"""The calculation solver: spot a formula in a question, read its inputs, compute with tutor.calc.

Formulas are data (`tutor.formulas.FORMULAS`): cue phrases that identify each one, and cue
phrases for each input. Values are read from free text ("annual demand 12,000 units", "$50 per
order", "carrying cost 25%", "5k", "lead time 2 weeks", "actuals 100, 110, 120"). The answer shows
the formula, the values used, the substitution and the result with units; a missing input is
asked for by name. No language model ever does the arithmetic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from tutor import calc
from tutor.answer_units import in_units_asked
from tutor.calc import CalcError
from tutor.composer import Citations, Composer
from tutor.derive import derive
from tutor.detection import affirmed, detect
from tutor.errors import QueryError
from tutor.formulas import BY_FUNCTION, OMIT, Formula, Param
from tutor.inputs import (
    GENERIC,
    KIND_WORDS,
    by_words,
    context_words,
    convert,
    form_value,
    plausible,
    stems,
    symbol_cues,
    vocabulary,
)
from tutor.layout import canonical, period_of
from tutor.llm_reader import LLMReader
from tutor.models import Answer, Calculation, Citation
from tutor.read_checks import (
    KEPT_LEVEL,
    SAME_LEVEL,
    in_period_asked,
    number_key,
    quantity,
    read_in_hours,
    said_unknown,
    sibling,
    stray_percent,
    value_apart,
)
from tutor.read_values import (
    CHAINS,
    NAMED,
    aside,
    column,
    constant_series,
    flatten,
    ignored,
    numbered_names,
    oriented,
    padded,
    read_structured,
    table_records,
    table_rows,
    through,
)
from tutor.reading import (
    LIST_RE,
    NUM_RE,
    assign_by_cue,
    fmt,
    numbers,
    parse_number,
    per_year,
)
from tutor.targets import ask_of, month_order, select
from tutor.working import render_result

__all__ = ["Solver", "parse_number", "render_result"]

LLM_NOTE = "inputs read by the language model; computed by code"
"""The step shown when a language model read the inputs."""
SCALAR_KINDS = ("number", "rate", "annual", "count")
"""Input kinds read as one number each (the others are series, tables, records or choices)."""
_TIMING = re.compile(r"^(?:x|year|period|today)$|_day$|fence|^periods?_", re.I)

class Solver:
    """Solves calculation questions; cites the worked example of the formula it used."""

    def __init__(self, retriever: Any | None = None, composer: Composer | None = None,
                 reader: LLMReader | None = None) -> None:
        self.retriever = retriever
        self.composer = composer
        self.reader = reader
        self._sources: dict[str, Any] = {}  # formula -> the worked example's formula sentence (or None)

    def detect(self, question: str) -> Formula | None:
        """The formula a question asks for, or None when no formula's cue appears (see `tutor.detection`)."""
        return detect(question, self.extract)

    def extract(self, formula: Formula, question: str) -> tuple[dict[str, Any], list[Param]]:
        """Read the formula's inputs from the question; returns (values, missing params)."""
        return self.read(formula, question)[:2]

    def read(self, formula: Formula, question: str, inner: bool = False
             ) -> tuple[dict[str, Any], list[Param], list[str]]:
        """Read the formula's inputs from the question; returns (values, missing params, steps shown).

        The steps are the inputs worked out first (`tutor.derive`) and the unit conversions made.

        Choices are matched anywhere; series, named numbers, rows and records are read after
        their cue; then every (input, number) pair of the remaining numbers is scored by how close
        the number sits to one of the input's cue phrases, closest pairs first, so each number
        feeds one input.
        """
        question, steps = prepared(question)
        sources = [] if inner else [m.group() for step in steps for part in step.split(";")  # the sources, not
                                    for m in NUM_RE.finditer(part.rsplit("=", 1)[0]) if m.group().strip()]  # results
        results = {number_key(m.group()) for step in steps for part in step.split(";")
                   for m in NUM_RE.finditer(part.rsplit("=", 1)[-1]) if m.group().strip()}
        derived_keys = {number_key(raw) for raw in sources} - results  # "20%" is no source "0.2"; a result is no source
        derived_from = {value for value, _ in derived_keys}
        values: dict[str, Any] = {}
        notes: list[str] = list(steps)  # the derived inputs first, then unit conversions
        used: list[tuple[int, int]] = []
        for param in formula.params:
            if param.kind == "choice":
                chosen = next((value for cue, value in param.choices  # "without look-ahead" is no cue
                               if affirmed(cue, question)), None)
                if chosen is not None:
                    values[param.name] = chosen
            elif param.kind not in SCALAR_KINDS:
                rows = table_rows(question) if param.kind in ("pairs", "records") else {}
                read = (column(rows, param.cues) if param.kind == "pairs" else table_records(rows, param.fields)
                        ) if rows else None
                if read:  # a pasted table's rows, before any cue: its header row is no record
                    values[param.name] = read
                elif span := read_structured(formula, param, question, values):
                    if any(span[0] < e and s < span[1] for s, e in used):  # one series feeds one input
                        del values[param.name]
                    else:
                        used.append(span)
        used += constant_series(formula, question, values)
        lists = [p for p in formula.params if p.kind == "list" and p.name not in values and p.default is not OMIT]
        siblings = ""
        if len(lists) == 1:  # one series wanted: the one named where the question asks ("Site B's score")
            ask = ask_of(question).lower()
            named = [m for m in re.finditer(rf"([A-Za-z][\w '&-]{{0,30}}?):\s*({LIST_RE.pattern[1:-1]})", question)
                     if len(numbers(m.group(2))) >= 2 and not any(s <= m.start(2) < e for s, e in used)
                     and re.search(rf"\b{re.escape(m.group(1).strip().lower())}\b", ask)]
            if len(named) == 1:
                values[lists[0].name] = numbers(named[0].group(2))
                used.append(named[0].span(2))
                label = named[0].group(1).strip()
                # "Site B" asked: "Site A" is the other option; "B" asked: "A" is
                siblings = label.lower() if len(label) <= 2 else label.split()[0].lower()
        if len(lists) == 1 and lists[0].name not in values:  # or the one series typed without a name ("sold 62, 58")
            series = [m for m in LIST_RE.finditer(question) if len(numbers(m.group())) >= 3
                      and not any(s <= m.start() < e for s, e in used) and not ignored(question, m)]
            if len(series) == 1:
                values[lists[0].name] = numbers(series[0].group())
                used.append(series[0].span())
        found = [m for m in NUM_RE.finditer(question) if m.group().strip()
                 and not any(s <= m.start() < e for s, e in used) and not ignored(question, m)]
        by_name = {p.name: p for p in formula.params}
        for param in formula.params:  # "no safety factor", "without safety stock"
            if param.name not in values and param.default == 0 and any(
                    re.search(rf"\b(?:no|without|zero)\s+(?:{cue})", question, re.I) for cue in param.cues):
                values[param.name] = 0
        scalars = [(p.name, (*symbol_cues(p), *p.cues)) for p in formula.params
                   if p.kind in SCALAR_KINDS and p.name not in values]
        # a period's number ("week 6", "Q4") is never a quantity; only inputs that are periods or days take one
        taken: set[int] = set()
        in_lists = [(m.start(), m.end()) for m in LIST_RE.finditer(question) if len(numbers(m.group())) >= 3]
        plain = [m for m in found if not period_of(m.start(), question)  # a series' members are no single input
                 and not re.search(r"[A-Za-z]$", question[max(0, m.start() - 1):m.start()])  # "DC1", "K2": names
                 and not any(s <= m.start() < e for s, e in in_lists)]
        plain = [m for m in plain if number_key(m.group()) not in derived_keys]  # used to derive
        periodic = [m for m in found if not any(s <= m.start() < e for s, e in in_lists)]  # "x = 1, 2, 3" is no x
        allowed = {name: {m.start() for m in (periodic if _TIMING.search(name) else plain)
                          if plausible(name, parse_number(m.group(), rate=by_name[name].kind == "rate"), m.group())
                          and not stray_percent(by_name[name], m.group())}
                   for name, _ in scalars}
        # one pass over every input, nearest pairs first
        for name, (_, start) in assign_by_cue(question, scalars, found, allowed=allowed).items():
            match = next(m for m in found if m.start() == start)
            if (read := self._value(by_name[name], match, question)) is not None:  # None: asked for, not guessed
                taken.add(start)  # a number refused stays free, so it is asked about if nothing takes it
                values[name], note = read
                notes += [note] if note else []
        title = stems(formula.title)  # "process" in "process capability" names no one input
        left = [(p.name, vocabulary(p.name, p.label, p.cues) - title, p.kind) for p in formula.params
                if p.kind in SCALAR_KINDS and p.name not in values
                and (p.default is None or p.default is OMIT)]
        if left:  # no cue placed these: the free number whose nearby words name them
            free = [m for m in plain if m.start() not in taken]
            for name, match in by_words(question, left, free).items():
                taken.add(match.start())
                if (read := self._value(by_name[name], match, question)) is not None:  # units and plausibility too
                    values[name], note = read
                    notes += [note] if note else []
        ask = ask_of(question)
        values, step = in_period_asked(oriented(values, question), ask)
        values, cut = through(values, formula.function, ask)
        notes += [note for note in (step, cut) if note]
        defaulted = [p for p in formula.params if p.name not in values and p.default is not None and p.kind != "choice"]
        for target, start in KEPT_LEVEL:  # "wants backlog to stay the same at the end as it is today"
            if target in by_name and target not in values and start in values and SAME_LEVEL.search(question):
                values[target] = values[start]
                notes.append(f"{by_name[target].label} = {by_name[start].label} = {fmt(values[start])}, as asked")
        unknown = [p for p in formula.params if p.name not in values and p.default is not None
                   and p.default is not OMIT and p.kind != "choice" and said_unknown(p, question)]
        values, missing = formula.complete({**values})
        for param in unknown:  # "the ending backlog target will be set next week": no default stands in for it
            values.pop(param.name, None)
            missing.append(param)
        chained: list[float] = []
        for param in [p for p in missing if (formula.function, p.name) in CHAINS and not inner]:
            known = {round(x, 6) for x in flatten(values)} | derived_from
            if (worked := self._chain(CHAINS[formula.function, param.name], question, known)) is not None:
                values[param.name], step, used_values = worked
                notes.append(step)
                chained += used_values
                missing.remove(param)
        # a number near an input's words that fed no input: the reading may be wrong, so ask before computing
        vocab = {p.name: vocabulary(p.name, p.label, p.cues + tuple(cue for _, cue in p.fields)) - GENERIC
                 for p in formula.params}  # a record's field words too: "mill: queue 3 days" left unread

        def names_an_input(m: re.Match[str]) -> bool:  # words near the number name an input it could be
            near = context_words(question, m.start(), m.end())
            return any(near & words and plausible(name, parse_number(m.group()), m.group())
                       for name, words in vocab.items())

        read_values = {round(x, 6) for x in flatten(values) + chained}  # repeated (a table's row view): read
        read_values |= {round(x, 6) for note in notes for x in numbers(note.rsplit("=", 1)[0])}  # "5-day weeks"
        read_values |= numbered_names(values)
        lengths = {len(v) for v in values.values() if isinstance(v, list | dict)}  # "last 4 weeks: 212, 198, 225, 207"
        unused = [m.group().strip() for m in plain if m.start() not in taken
                  and number_key(m.group()) not in derived_keys and round(parse_number(m.group()), 6) not in read_values
                  and not read_in_hours(m, question, read_values)
                  and not aside(question, m, lengths)
                  and not (formula.ignores and re.search(rf"\b(?:{formula.ignores})\b[^.;,\d]{{0,25}}$",
                                                         question[max(0, m.start() - 40):m.start()], re.I))
                  and (quantity(m, question) and number_key(m.group()) not in results  # "8 hours": a quantity
                       or "%" in m.group()  # an input left at its default: any number that can be it may be it
                       or any(plausible(p.name, parse_number(m.group()), m.group()) for p in defaulted)
                       or names_an_input(m))]  # a % is no noise
        unused += [m.group().strip() for m in LIST_RE.finditer(question)  # a whole series that fed nothing
                   if len(numbers(m.group())) >= 3 and not any(s <= m.start() < e for s, e in used)
                   and not ignored(question, m)
                   and not {round(x, 6) for x in numbers(m.group())} <= read_values | derived_from  # read by row
                   and not (formula.ignores and re.search(rf"\b(?:{formula.ignores})\b[^:;]*:\s*$",
                                                          question[:m.start()], re.I))
                   and not sibling(siblings, question[:m.start()])]
        if unused and not missing:
            missing = [Param("unused", "what " + ", ".join(unused) + " stand for", ())]
        return values, missing, notes

    def _chain(self, function: str, question: str, known: set[float]) -> tuple[float, str, list[float]] | None:
        """An input that is another formula's result, worked out first when all of that formula's inputs are read.

        A number that formula leaves unused must be one the asking formula read (`known`), or the
        step is not taken. Returns (value, the step shown, the values it used), or None.
        """
        function, _, field = function.partition(":")
        source = BY_FUNCTION[function]
        if function in NAMED and not re.search(NAMED[function], question, re.I):
            return None  # an order quantity is not the EOQ unless the question says so
        values, missing, _ = self.read(source, question, inner=True)
        if [p for p in missing if p.name != "unused" or not {round(x, 6) for x in numbers(p.label)} <= known]:
            return None
        try:
            result = getattr(calc, function)(**(source.adapt(values) if source.adapt else values))
            number = result[field] if field else source.pick(result)
        except (CalcError, TypeError, ValueError, KeyError):
            return None
        if number is None:
            return None
        title = f"{source.title}, {field}" if field else source.title
        return float(number), f"{title} = {source.substitute(values)} = {fmt(number)}", flatten(values)

    def _value(self, param: Param, match: re.Match[str], question: str) -> tuple[Any, str | None] | None:
        """A number read for an input, in the unit it expects, with the conversion step; None if it cannot be it."""
        context = question[max(0, match.start() - 40): match.end() + 40]
        if stray_percent(param, match.group()):
            return None  # "10% of last month's forecast" is no inventory
        typed = parse_number(match.group(), rate=param.kind == "rate")
        factor = per_year(context, question) if param.kind == "annual" else 1  # "3,000 a month" for a yearly input
        read = int(round(typed)) if param.kind == "count" else typed * factor
        value, note = convert(param.name, param.kind, read, question[match.end():match.end() + 30], question,
                              question[max(0, match.start() - 30):match.start()])
        if factor != 1:
            note = f"{param.label} = {fmt(typed)} × {factor:g} = {fmt(read)} a year"
        if not plausible(param.name, value, match.group()):
            return None
        return (int(round(value)) if param.kind == "count" else value), note

    def solve(self, question: str) -> Answer | None:
        """Answer a calculation question, or None when it names no formula the solver knows."""
        formula = self.detect(question)
        if formula is None:
            return None
        values, missing, notes = self.read(formula, question)
        if self.reader is not None and (read := self.reader.read(formula, question)) is not None:
            llm_values, llm_missing = formula.complete(read)
            if not llm_missing or missing:  # the model's reading, unless it lacks what the offline one has
                values, missing, notes = llm_values, llm_missing, [*prepared(question)[1], LLM_NOTE]
        return self.answer(formula, values, missing, notes, question)

    def form(self, function: str, fields: Mapping[str, Any]) -> Answer:
        """Compute from the calculator form: each input typed as text ("12,000", "25%", "100, 110, 120").

        Raises:
            QueryError: no formula has that name.
        """
        formula = BY_FUNCTION.get(function) if isinstance(function, str) else None
        if formula is None:
            raise QueryError(f"There is no formula called {function!r}. Pick one from the list of formulas.")
        values: dict[str, Any] = {}
        problems = []
        for p in formula.params:
            raw = fields.get(p.name)
            text = raw.strip() if isinstance(raw, str) else "" if raw is None else str(raw)
            if not text:
                continue
            try:
                values[p.name] = form_value(p, text)
            except ValueError:
                problems.append(f"**{p.label}**: {text!r} is not {KIND_WORDS.get(p.kind, 'a value')}")
        if problems:
            text = f"**{formula.title}**\n\nThese inputs could not be read: " + "; ".join(problems) + "."
            return _answer(formula, text, [], values, missing=[p.name for p in formula.params if p.name not in values])
        values, missing = formula.complete(values)
        return self.answer(formula, values, missing, [], "")

    def answer(self, formula: Formula, values: dict[str, Any], missing: list[Param], notes: list[str],
               question: str) -> Answer:
        """The answer for values read (or typed in the form): the result with its working, or what is missing."""
        cites = Citations()
        source = self._source(formula, cites)
        if missing:
            found = "; ".join(f"{p.label} = {fmt(values[p.name])}" for p in formula.params if p.name in values)
            need = ", ".join(f"**{p.label}**" for p in missing)
            text = (f"**{formula.title}** · `{formula.expression}`\n\nTo compute this I still need: {need}."
                    + (f"\n\nI read: {found}." if found else "") + source)
            return _answer(formula, text, cites.items, values, missing=[p.name for p in missing], unit=formula.unit)
        read = values
        values, notes, unit_price = value_apart(formula, values, notes, question)
        try:
            values = padded(values)
            result = getattr(calc, formula.function)(**(formula.adapt(values) if formula.adapt else values))
        except CalcError as exc:
            text = f"**{formula.title}**\n\nThese inputs cannot be used: {_in_words(str(exc), formula)}." + source
            return _answer(formula, text, cites.items, values)
        asked = ask_of(question)  # the asking sentence alone: a pasted table's "order cost" is not asked for
        chosen = (None if isinstance(result, int | float) or not question
                  else select(result, canonical(asked) if asked else "", months=month_order(question)))
        number = chosen[0] if chosen else formula.pick(result)
        number, unit, notes = in_units_asked(formula, values, number, chosen[1] if chosen else None, question,
                                             asked, prepared(question)[0] if question else "", notes)
        in_units = number
        if unit_price is not None and number is not None and unit == "units":
            number, unit = number * unit_price, "$"
        shown_values = read | values  # with the unit cost set apart for a value
        given = "\n".join(f"- {p.label} = {fmt(shown_values[p.name])}{p.unit_suffix}" for p in formula.params
                          if p.name in shown_values)
        if notes:
            given += "\n\nWorked out first:\n" + "\n".join(f"- {step}" for step in notes)
        substituted = formula.substitute(values)
        lines = [f"**{formula.title}** · `{formula.expression}`", "", "Given:", given, ""]
        shown = f"{fmt(number)}%" if unit == "%" else f"{fmt(number)}{f' {unit}' if unit else ''}"
        if isinstance(result, int | float):
            tail = (f"{fmt(result)} = **{shown}**" if unit == "%" else f"{fmt(in_units)} units × {fmt(unit_price)}"
                    f" = **{shown}**" if unit_price is not None and unit == "$" else f"**{shown}**")
            lines.append(f"Working: {substituted} = {tail}")
        else:
            lines += [f"Working: {substituted}", "", render_result(result)]
            if number is not None:
                lines += ["", f"Result{f' ({chosen[1]})' if chosen else ''}: **{shown}**"]
        if formula.note:
            lines += ["", formula.note]
        return _answer(formula, "\n".join(lines) + source, cites.items, values, unit=unit,
                       numeric_answer=None if number is None else float(number))

    def _source(self, formula: Formula, cites: Citations) -> str:
        """Cite the formula sentence of the matching worked example, when the index has one."""
        if self.retriever is None or self.composer is None:
            return ""
        if formula.function not in self._sources:  # the same sentence every time: searched once per formula
            self._sources[formula.function] = next(  # the first formula sentence of a worked example found
                (s for doc in self.retriever.search(formula.title, k=5) if doc.metadata.get("kind") == "worked-example"
                 for s in self.composer.sentences(doc) if s.part == "formula"), None)
        sentence = self._sources[formula.function]
        return "" if sentence is None else "\n\n**From the notes.** " + cites.cite(sentence)


def _answer(formula: Formula, text: str, citations: list[Citation], values: dict[str, Any],
            numeric_answer: float | None = None, **calculation: Any) -> Answer:
    """A calculation answer: its text and citations, and the formula, inputs and `calculation` fields shown with it."""
    return Answer(text=text, domain=formula.domain, citations=citations, numeric_answer=numeric_answer,
                  kind="calculation", calculation=Calculation(function=formula.function, title=formula.title,
                                                              inputs=values, **calculation))


@functools.lru_cache(maxsize=256)
def prepared(question: str) -> tuple[str, tuple[str, ...]]:
    """The question in canonical layout with derived inputs written in, and the derivation steps.

    Cached: `Solver.detect` reads the same question once for every formula whose cue it names.
    """
    text, steps = derive(canonical(question))
    return text, tuple(steps)


def _in_words(message: str, formula: Formula) -> str:
    """A calc error for the learner: parameter names become the formula's labels, other identifiers words.

    Example: "annual_demand cannot be negative (got -5)" -> "annual demand (A) cannot be negative (got -5)"
    """
    for p in sorted(formula.params, key=lambda p: -len(p.name)):
        message = re.sub(rf"\b{re.escape(p.name)}\b", p.label, message)
    return re.sub(r"\b([a-z]+(?:_[a-z0-9]+)+)\b", lambda m: m.group(1).replace("_", " "), message)
