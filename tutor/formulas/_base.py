"""The shapes of the solver's knowledge: a Formula names a `tutor.calc` function, its cues and its inputs.

Cues are case-insensitive regular expressions. Param kinds (read by `tutor.reading`):
`number`; `rate` (25%, 0.25 and 25 all mean 0.25); `annual` (a monthly or weekly figure is
converted to a year); `count` (whole number); `list` (several numbers, e.g. one row of a
week-by-week table); `pairs` (named numbers: "A 50,000, B 20,000"); `named_lists` (named rows:
"East: 0, 80; West: 60, 0"); `named_pairs` (a table of named rows of named numbers: "A: assembly
0.5, test 0.2; B: assembly 1"); `rows` (tuples: "100 @ $10, 200 @ $12"); `records` (named
records with `fields`: "A (6 days, due 8); B (2, due 6)"); `choice` (one of `choices`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

OMIT: Any = type("Omit", (), {"__repr__": lambda self: "OMIT"})()
"""A Param default meaning "optional: leave it to the calc function's own default"."""


@dataclass(frozen=True)
class Param:
    """One input of a formula."""

    name: str
    label: str
    cues: tuple[str, ...]
    kind: str = "number"
    default: Any = None
    unit: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # records: (field name, cue) in positional order
    choices: tuple[tuple[str, Any], ...] = ()  # choice: (cue, value)

    @property
    def unit_suffix(self) -> str:
        """The unit, with a leading space, for display."""
        return f" {self.unit}" if self.unit else ""


@dataclass(frozen=True)
class Formula:
    """A formula the solver can detect, read and compute."""

    function: str
    title: str
    domain: str
    expression: str
    cues: tuple[str, ...]
    params: tuple[Param, ...]
    template: str
    unit: str = ""
    pick: Callable[[Any], float | None] = field(default=lambda result: float(result))
    note: str = ""
    adapt: Callable[[dict[str, Any]], dict[str, Any]] | None = None  # read values -> calc keyword arguments
    ignores: str = ""  # labels of series the formula does not use ("forecast" for ATP), so they are no unused input

    def complete(self, values: dict[str, Any]) -> tuple[dict[str, Any], list[Param]]:
        """The values with defaults filled in, and the required inputs still missing."""
        values = values | {p.name: p.default for p in self.params
                           if p.name not in values and p.default is not None and p.default is not OMIT}
        return values, [p for p in self.params if p.name not in values and p.default is not OMIT]

    def substitute(self, values: dict[str, Any]) -> str:
        """The expression with the given values filled in."""
        from tutor.reading import fmt as _fmt

        return self.template.format(**{k: _fmt(v) for k, v in values.items()})


def without_names(param: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """An `adapt` that drops the record names a calc function does not take (orders, operations)."""
    def adapt(values: dict[str, Any]) -> dict[str, Any]:
        return values | {param: [{k: v for k, v in r.items() if k != "name"} for r in values[param]]}
    return adapt


def P(name: str, label: str, *cues: str, kind: str = "number", default: Any = None, unit: str = "",  # noqa: N802
      fields: tuple[tuple[str, str], ...] = (), choices: tuple[tuple[str, Any], ...] = ()) -> Param:
    """Shorthand for a Param."""
    return Param(name, label, tuple(cues), kind, default, unit, fields, choices)


DAYS_IN_YEAR = P("days_in_year", "days in the year (365 unless another is said)",
                  r"[- ]days?[- ](?:in (?:a|the) |a |per )?year", r"days? (?:in (?:a|the) |a |per )?year",
                  r"\bdays\b", default=OMIT)  # "(365 days)": only 360 to 366 can be it (tutor.inputs.LIMITS)
DEMAND_YEAR = P("annual_demand", "annual demand (A)", r"annual demand", r"demand", r"usage", r"sells?", r"units? (?:a|per) year",
                 r"\b(?:we )?uses?\b(?: about| around| roughly| approx\.?)?", r"\bconsum\w*",
                 r"\bgo(?:es)? through(?: about| around| roughly)?", kind="annual", unit="units/year")
ORDER_COST = P("order_cost", "cost per order (S)", r"(?:per|an|each|every) order", r"order(?:ing)? cost",
                r"setup cost", r"cost to order", r"(?:per|each) setup", r"to (?:place|process|issue|raise) an order", unit="$")
RATE = P("carrying_rate", "carrying cost rate (i)", r"carrying (?:cost|rate|charge)", r"holding (?:cost|rate)",
          r"carrying", r"holding", kind="rate")
UNIT_COST = P("unit_cost", "unit cost (c)", r"unit cost", r"(\$\s?\d[\d,]*(?:\.\d+)?)\s*(?:each|apiece|a piece|per piece)\b", r"(?:costs?|price)\s+(?:of\s+)?(?:\$?[\d.]+\s+)?(?:per|a|each) unit",
               r"(?:item|unit|purchase) (?:cost|price)", r"costs?", r"price", unit="$")

LISTS_AF = (P("actuals", "actual demand", r"actuals?(?: demand)?(?: (?:was|were))?:?",
               r"(?:actual )?(?:demand|sales)(?: came in at| (?:was|were))?:?", r"shipped", kind="list"),
             P("forecasts", "forecasts", r"forecasts?(?: (?:was|were))?:?", kind="list"))

