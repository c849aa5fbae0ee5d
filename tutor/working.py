"""How a computed record is written for a learner: period tables for series, one row per item for records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tutor.reading import fmt


def render_result(result: Any) -> str:
    """A computed table as Markdown: period rows for series, one row per item for records."""
    if isinstance(result, Mapping) and result and all(isinstance(v, Mapping) for v in result.values()):
        return render_result([{"item": k} | dict(v) for k, v in result.items()])
    if isinstance(result, Mapping):
        series = {k: v for k, v in result.items() if _is_series(v)}
        records = {k: v for k, v in result.items() if _is_records(v)}
        parts = []
        if series:
            width = max(len(v) for v in series.values())
            parts.append(_table(["period", *(str(i) for i in range(1, width + 1))],
                                [[_label(k), *("–" if x is None else fmt(x) for x in v)] for k, v in series.items()]))
        parts += [f"{_label(k)}:\n\n" + render_result(v) for k, v in records.items()]
        columns = {k: v for k, v in result.items() if isinstance(v, Mapping) and v
                   and all(isinstance(x, int | float) for x in v.values())}
        if columns:  # per-item figures (completion, lateness, allocation) side by side
            items = list(dict.fromkeys(i for v in columns.values() for i in v))
            parts.append(render_result([{"item": i} | {k: v.get(i, "") for k, v in columns.items()} for i in items]))
        rest = [f"- {_label(k)}: {' → '.join(v) if _is_names(v) else fmt(v)}" for k, v in result.items()
                if k not in series and k not in records and k not in columns]
        if rest:
            parts.append("\n".join(rest))
        return "\n\n".join(parts)
    if _is_records(result):
        keys = list(dict.fromkeys(k for row in result for k in row))
        return _table([_label(k) for k in keys], [[fmt(row.get(k, "")) for k in keys] for row in result])
    if _is_series(result):
        return render_result({"result": result})
    return fmt(result)


def _table(head: list[str], rows: list[list[str]]) -> str:
    """A Markdown table: the header row, its rule, then the rows."""
    lines = [f"| {' | '.join(cells)} |" for cells in [head, *rows]]
    return "\n".join([lines[0], "|---" * len(head) + "|", *lines[1:]])


def _is_series(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str) and bool(value) and all(
        isinstance(x, int | float) or x is None for x in value)


def _is_records(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str) and bool(value) and all(
        isinstance(x, Mapping) for x in value)


def _is_names(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str) and all(isinstance(x, str) for x in value)


def _label(key: str) -> str:
    return str(key).replace("_", " ")
