"""How learners name a formula's inputs and ask for its result: symbols ("S = $50"), percent or decimal.

The reader (`tutor.solver`) takes each input's cue phrases from `tutor.formulas`; this module adds the
symbols learners type for them, case-sensitive and only before "=" or ":", and decides whether a
fraction result is given as a percent.
"""

from __future__ import annotations

import re

from tutor.formulas import Param

ALIASES = {  # symbols learners write for an input ("D = 12000"), besides the one in its label ("(S)")
    "annual_demand": ("D", "A", "R"), "demand_rate": ("D", "d"), "usage_rate": ("d", "D"), "order_cost": ("S", "Co"),
    "setup_cost": ("S",), "carrying_rate": ("i", "I", "k"), "unit_cost": ("c", "C", "v", "P"), "lead_time": ("L", "LT"),
    "review_period": ("R", "P", "T"), "safety_stock": ("SS",), "order_quantity": ("Q",), "on_hand": ("OH", "BI"),
    "scheduled_receipts": ("SR",), "gross_requirements": ("GR",), "orders": ("CO",), "forecast": ("F",),
    "demand_time_fence": ("DTF",), "net_income": ("NI",), "total_assets": ("TA",), "sigma": ("σ", "s", "sd"),
    "sd_demand": ("σ", "sd", "s"), "alpha": ("α", "a"), "safety_factor": ("α", "x", "X"),
    "container_quantity": ("C", "Q"),
    "z": ("z", "Z", "k"), "mad": ("MAD",), "production_rate": ("p", "P"), "throughput_rate": ("λ", "TH", "X"),
    "flow_time": ("W", "CT", "FT"), "wip": ("L", "WIP", "I"), "mean": ("μ", "x̄", "X̄"), "mean_demand": ("μ",),
    "fixed_cost": ("FC", "F"), "variable_cost": ("VC", "V", "v"), "price": ("P", "SP"), "volume": ("Q",),
    "p_bar": ("p̄", "pbar", "p-bar"), "sample_size": ("n",), "subgroup_size": ("n",), "grand_mean": ("X̿",),
    "average_range": ("R̄", "Rbar", "R-bar"), "usl": ("USL",), "lsl": ("LSL",), "cycle_time": ("CT", "C"),
}
_LABEL_SYMBOL = re.compile(r"\(([^()\s]{1,4})\)\s*$")


def symbol_cues(param: Param) -> tuple[str, ...]:
    """Cues for the param's symbols, case-sensitive and followed by "=" or ":" ("S = $50", "i: 25%")."""
    symbols = set(ALIASES.get(param.name, ()))
    if match := _LABEL_SYMBOL.search(param.label):
        symbols.add(match.group(1))
    return tuple(rf"(?-i:(?<![\w.]){re.escape(s)})\s*(?:=|:(?!\s*\d+\s*[:/]))" for s in sorted(symbols))



FRACTIONS = {"utilization": True, "efficiency": True, "oee": True, "return_on_assets": True, "dupont_roa": True,
             "perfect_order_fulfillment": True, "fill_rate": True, "inventory_record_accuracy": True,
             "first_pass_yield": True, "rolled_throughput_yield": True, "on_time_delivery_rate": True,
             "balance_efficiency": True, "cube_utilization": True, "weight_utilization": True,
             "p_chart_limits": False, "critical_fractile": False}
"""Formulas whose result is a fraction: True where learners read it as a percent unless they ask for a decimal."""
_ASKS_PERCENT = re.compile(r"(?:\bin|\bas an?|\bwhat|\bhow many)\s*(?:%|percent|pct\b)|%\s*\??\s*$|%\s*\?|"
                           r"\bpercent(?:age)?\b[^.?!]*\?|\bpercent(?:age)?\s*\??\s*$|\bpct\b", re.I)
_ASKS_FRACTION = re.compile(r"\b(?:as an? |in )?(?:decimal|fraction|ratio|proportion)\b(?! defective)", re.I)


def in_percent(question: str, function: str) -> bool:
    """Whether to give a fraction result as a percent: asked for, or the usual way to read it and no decimal asked."""
    if function not in FRACTIONS:
        return False
    ask = re.split(r"(?<=[.!])\s+", question.strip())[-1]  # the asking sentence
    return bool(_ASKS_PERCENT.search(ask)) or FRACTIONS[function] and not _ASKS_FRACTION.search(question)
