"""The calculator form in the Ask tab: a formula's inputs as fields, prefilled with what was read.

When an answer recognises a calculation but lacks an input (or is unsure of one), the form opens on
that formula with the values read already typed in; the learner fills the rest and presses Compute,
which computes through `tutor.calc` (via `Tutor.calculate`) and shows the working. The formula list
is searchable, so any formula's form can be opened directly.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from tutor.domains import Domain
from tutor.formulas import BY_FUNCTION, FORMULAS, Formula
from tutor.inputs import KIND_WORDS
from tutor.models import Answer
from tutor.reading import fmt

SLOTS = max(len(f.params) for f in FORMULAS)
"""Input fields on the form: enough for the formula with the most inputs; the rest are hidden."""
OUTPUTS = 3 + SLOTS
"""What an answer updates on the form: the accordion, the formula list, the result and every field."""
CHOICES = sorted(((f"{f.title} · {Domain(f.domain).display_name}", f.function) for f in FORMULAS),
                 key=lambda c: c[0].lower())


def formula(function: Any) -> Formula | None:
    """The formula of a form's dropdown value, or None for anything else."""
    return BY_FUNCTION.get(function) if isinstance(function, str) else None


def _typed(value: Any) -> str:
    """A value read from a question as the learner would type it in the field."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return fmt(value).replace(",", "") if abs(value) < 1000 else fmt(value)
    return fmt(value)


def fields(function: Any, values: dict[str, Any] | None = None) -> list[Any]:
    """Updates for the SLOTS fields: the formula's inputs labelled and prefilled, the other fields hidden."""
    chosen = formula(function)
    params = list(chosen.params) if chosen else []
    values = values or {}
    out = []
    for n in range(SLOTS):
        if n < len(params):
            p = params[n]
            hint = KIND_WORDS.get(p.kind, "a value")
            if p.kind == "choice":
                hint = "one of: " + ", ".join(dict.fromkeys(str(v) for _, v in p.choices))
            optional = " (optional)" if p.default is not None else ""
            out.append(gr.update(visible=True, label=f"{p.label}{optional}", info=hint,
                                 value=_typed(values[p.name]) if p.name in values else ""))
        else:
            out.append(gr.update(visible=False, value=""))
    return out


def prefilled(result: Any) -> list[Any]:
    """Updates for [accordion, dropdown, result, *fields] after an answer: opened on a calculation it could not finish.

    Any other answer leaves the form as it is.
    """
    calc = result.calculation if isinstance(result, Answer) else None
    if calc is None or not calc.missing or formula(calc.function) is None:
        return [gr.update()] * OUTPUTS
    return [gr.update(open=True), gr.update(value=calc.function), "", *fields(calc.function, calc.inputs)]


def compute(tutor: Any, function: Any, typed: tuple[Any, ...]) -> str:
    """The form's fields computed through `tutor.calc` (the working, or what is still missing)."""
    if formula(function) is None:
        return "Pick a formula from the list first (type a few letters of its name to search)."
    answer = tutor.calculate(function, by_slot(function, typed))
    sources = "\n\n".join(f"[{n}] “{c.quote}” <small>{c.title} · {c.source}</small>"
                           for n, c in enumerate(answer.citations, 1))
    return f"{answer.text}\n\n---\n\n{sources}" if sources else str(answer.text)


def by_slot(function: Any, typed: tuple[Any, ...]) -> dict[str, Any]:
    """The typed fields by input name, in the formula's order."""
    chosen = formula(function)
    return {p.name: typed[n] for n, p in enumerate(chosen.params) if n < len(typed)} if chosen else {}
