"""An item check for the quiz evaluation, written apart from the gate that admits items (`tutor.quiz.gate`).

The evaluation used to re-run the same `Gate` that had admitted the items, which could not fail. This
module checks what a reviewer would, with its own code: the key is one of the options and exactly one
option is right (no duplicates, no other name of the key, no number within tolerance of the key, no
percent twin of a fraction key such as 64 beside 0.64), a computed key equals `tutor.calc` called
directly on the item's recorded params, every citation is verbatim in a chunk of the corpus as chunked
from the files, the right answer of a term item appears in what it cites, a cloze stem has its blank
and does not show the answer, and a numeric tolerance is tight enough to tell a wrong answer.
Nothing here imports `tutor.quiz.gate` or `tutor.quiz.numeric`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from tutor import calc
from tutor.quiz.items import QuizItem

#: The asked value of a formula whose result is a table, when an item records no `target`:
#: a field name, or a position in a series. Others fall back to "one of the values calc computed".
HEADLINES: dict[str, str | int] = {
    "cost_of_quality": "total", "inventory_costs": "total", "plan_cost": "total",
    "fair_share_allocation": "common_days", "inventory_valuation": "cogs", "quantity_discount": "quantity",
    "sequence_jobs": "average_flow_time", "p_chart_limits": "ucl", "xbar_r_limits": "ucl_x", "linear_regression": "b",
    "dupont_roa": "roa", "oee": "oee", "throughput_accounting": "net_profit",
    "mps_projected_available": -1, "exponential_smoothing_series": -1, "projected_inventory": -1,
    "projected_backlog": -1, "atp_discrete": 0, "atp_lookahead": 0, "atp_cumulative": 0,
}
_NUMBER = re.compile(r"[-−]?\$?\d[\d,]*(?:\.\d+)?")
_PAREN = re.compile(r"\s*\([^)]*\)")
_CHOICE, _TERM_KINDS = {"mcq", "scenario"}, {"mcq", "scenario", "cloze"}
_ERRORS = (calc.CalcError, KeyError, IndexError, TypeError, AttributeError, ValueError, ZeroDivisionError)


def _plain(text: str) -> str:
    """Lower case ASCII words and digits only: "Zone-Picking (ZP)." -> "zone picking zp"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9.%]+", " ", text).replace(". ", " ").strip(" .").split())


def _mentions(haystack: str, phrase: str) -> bool:
    """Whether `phrase` (3+ characters, parenthetical asides dropped) occurs as whole words in `haystack`."""
    needle = _plain(_PAREN.sub("", phrase)) or _plain(phrase)
    return len(needle) > 2 and f" {needle} " in f" {_plain(haystack)} "


def _option_number(option: str) -> float | None:
    match = _NUMBER.search(option)
    return float(match.group().replace("−", "-").replace("$", "").replace(",", "")) if match else None


def recompute(item: QuizItem) -> Any:
    """The asked value of a computed item: `tutor.calc.<formula>(**params)`, then its `target` path.

    Raises:
        CalcError, KeyError, IndexError, TypeError, ValueError...: the params or the path do not fit.
    """
    result = getattr(calc, item.formula or "")(**(item.params or {}))
    if item.target is not None:
        for step in item.target:
            result = result[step]
        return result
    if isinstance(result, int | float | str):
        return result
    field = HEADLINES.get(item.formula or "")
    return None if field is None else result[field]


def _leaves(value: Any) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, Mapping):
        value = list(value.values())
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [x for v in value for x in _leaves(v)]
    return []


def _key_problems(item: QuizItem, kind: str) -> list[str]:
    if kind == "true_false":
        ok = item.options == ["True", "False"] and isinstance(item.answer, bool)
        return [] if ok else ["key: a true/false item needs the options True, False and a true/false key"]
    if kind == "cloze":
        answers = item.answer if isinstance(item.answer, list) else []
        found = [] if answers and all(_plain(a) for a in answers) else ["key: a cloze item has no accepted answer"]
        if "___" not in item.stem:
            found.append("stem: the cloze stem has no blank")
        if any(_mentions(item.stem, a) for a in answers):
            found.append("stem: the cloze stem shows an accepted answer")
        return found
    if kind == "numeric":
        value = float(item.answer)  # type: ignore[arg-type]
        if not math.isfinite(value) or not 0 <= item.tolerance <= max(0.01 * abs(value), 0.01):
            return [f"key: numeric key {value} with tolerance {item.tolerance} is not finite or too loose"]
        return []
    key = item.answer
    if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key < len(item.options):
        return [f"key: the key {key!r} is not one of the {len(item.options)} options"]
    found = [] if len(item.options) >= 3 else [f"options: only {len(item.options)} options"]
    plain = [_plain(o) for o in item.options]
    if len(set(plain)) < len(plain) or not all(plain):
        found.append("options: two options are the same (or one is empty)")
    names = {_plain(_PAREN.sub("", n)) for n in [item.options[key], *item.key_names]} - {""}
    if any(i != key and _plain(_PAREN.sub("", o)) in names for i, o in enumerate(item.options)):
        found.append("options: another option is a name of the key, so two options are right")
    return found


def _slack(item: QuizItem, value: float) -> float:
    return max(item.tolerance, 0.005 if abs(value) >= 1 else 0.00005) + 1e-9  # options are shown rounded


def _recomputed_problems(item: QuizItem, kind: str) -> list[str]:
    """Problems of a computed key against `tutor.calc` called directly on the item's params (empty: it agrees)."""
    try:
        result = getattr(calc, item.formula or "")(**(item.params or {}))
        value = recompute(item)
    except _ERRORS as exc:
        return [f"computed: the key cannot be recomputed from the recorded params ({exc})"]
    if value is None:  # a table with no known headline: the key must be one of the values calc computed
        key = float(item.answer) if kind == "numeric" else _option_number(item.options[int(item.answer)])
        ok = key is not None and any(math.isclose(key, v, rel_tol=1e-6, abs_tol=1e-9) for v in _leaves(result))
        return [] if ok else [f"computed: the key is none of the values {item.formula} computes"]
    if isinstance(value, str):
        right = [i for i, o in enumerate(item.options) if _plain(o) == _plain(value)]
        return [] if right == [item.key_index] else [f"computed: options {right} read {value!r}; the key is "
                                                     f"option {item.key_index}"]
    value = float(value)
    if kind == "numeric":
        same = math.isclose(float(item.answer), value, rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]
        return [] if same else [f"computed: the key {item.answer} is not the recomputed {value}"]
    right = [i for i, o in enumerate(item.options)
             if (n := _option_number(o)) is not None and abs(n - value) <= _slack(item, value)]
    return [] if right == [item.key_index] else [f"computed: options {right} match the recomputed {value}; "
                                                 f"the key is option {item.key_index}"]


def _percent_twin(item: QuizItem, kind: str) -> list[str]:
    """A choice whose number is a fraction key times 100 (64 beside 0.64): a second right answer."""
    if kind not in _CHOICE or "%" in item.unit:
        return []
    value = _option_number(item.options[int(item.answer)])  # type: ignore[arg-type]
    if value is None or not 0 < abs(value) <= 1:
        return []
    twins = [i for i, o in enumerate(item.options)
             if (n := _option_number(o)) is not None and abs(n - value * 100) <= _slack(item, value) * 100]
    if not twins:
        return []
    return [f"percent-twin: option {twins[0]} is the key {value:g} as a percent, a second right answer"]


def computed_key_agrees(item: QuizItem) -> bool | None:
    """Whether a computed item's key is what `tutor.calc` gives for its params (None: not a computed item)."""
    if item.formula is None:
        return None
    return not _key_problems(item, str(item.kind)) and not _recomputed_problems(item, str(item.kind))


def problems(item: QuizItem, chunks: Mapping[str, str]) -> list[str]:
    """Everything a reviewer would reject in `item` (empty: it passes), against the corpus `chunks` by id.

    Each problem starts with its kind: `key`, `options`, `stem`, `computed`, `percent-twin`, `citation`
    or `grounding`, then a colon.
    """
    kind = str(item.kind)
    found = _key_problems(item, kind)
    if item.formula is not None and not found:
        found += _recomputed_problems(item, kind) + _percent_twin(item, kind)
    if not item.citations:
        found.append("citation: it cites no source")
    for n, c in enumerate(item.citations, 1):
        if c.chunk_id not in chunks:
            found.append(f"citation: citation {n} names chunk {c.chunk_id!r}, which is not in the corpus")
        elif not c.quote.strip() or c.quote not in chunks[c.chunk_id]:
            found.append(f"citation: citation {n} is not verbatim in chunk {c.chunk_id}")
    names = _term_key_names(item)
    if names and not found:
        cited = " ".join(chunks.get(c.chunk_id, "") for c in item.citations)
        if not any(_mentions(cited, n) for n in names):
            found.append("grounding: the right answer appears in none of the chunks it cites")
    return found


def _term_key_names(item: QuizItem) -> list[str]:
    """The names of a term answer (cloze answers; a choice key of at most 8 words and its other names), else []."""
    kind = str(item.kind)
    if kind not in _TERM_KINDS or item.formula is not None:
        return []
    if kind == "cloze":
        return [str(a) for a in item.answer]  # type: ignore[union-attr]
    key = item.options[int(item.answer)]  # type: ignore[arg-type]
    return [key, *item.key_names] if len(key.split()) <= 8 else []  # longer: a definition, not a term


def explains_a_distractor(item: QuizItem) -> bool | None:
    """For a term choice item, whether its explanation names at least one wrong option (None: not such an item)."""
    if str(item.kind) not in _CHOICE or item.formula is not None:
        return None
    key = int(item.answer)  # type: ignore[arg-type]
    return any(_mentions(item.explanation, o) for i, o in enumerate(item.options) if i != key)
