"""Evaluation reports (JSON, Markdown, a static HTML page with plotly charts) and run-to-run comparison.

`compare(old, new, thresholds)` lists every headline metric with its change and flags a regression
when a metric drops by more than its allowed amount (or a latency rises by more than its allowed
share); thresholds live in `eval/thresholds.toml`.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

HEADLINES: dict[str, list[tuple[str, ...]]] = {
    "retrieval": [("hybrid", "hit@1"), ("hybrid", "hit@3"), ("hybrid", "hit@5"), ("hybrid", "mrr"),
                  ("hybrid", "ndcg@10"), ("hybrid", "domain_acc"), ("dense", "mrr"), ("bm25", "mrr"),
                  ("hybrid", "p50_ms"), ("hybrid", "p95_ms")],
    "answers": [("must_mention",), ("similarity",), ("faithfulness",), ("citation_validity",), ("domain_acc",),
                ("numeric",), ("refusal_rate",), ("false_refusal_rate",), ("p50_ms",), ("p95_ms",)],
    "calculations": [("exact",), ("confident_wrong",), ("asked_right_input",), ("missed",), ("p50_ms",)],
    "quiz": [("check_pass_rate",), ("duplicate_rate",), ("max_key_share",), ("numeric_key_agreement",)],
}
LOWER_IS_BETTER = {"confident_wrong", "missed", "false_refusal_rate", "duplicate_rate", "max_key_share", "p50_ms",
                   "p95_ms"}


def headline(results: dict[str, Any]) -> dict[str, float | None]:
    """The headline metrics of a run as flat names: "answers.must_mention", "retrieval.hybrid.mrr"..."""
    out: dict[str, float | None] = {}
    for part, paths in HEADLINES.items():
        overall = results.get(part, {}).get("summary", {}).get("overall")
        if overall is None:
            continue
        for path in paths:
            value: Any = overall
            for step in path:
                value = value.get(step) if isinstance(value, dict) else None
            out[".".join((part, *path))] = value
    return out


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if value > 1.5 else f"{value:.3f}"
    return str(value)


def _table(title: str, first: str, metrics: list[str], rows: dict[str, Any], mode: str | None = None) -> list[str]:
    """A Markdown section: one row per group with its n and `metrics` (read under `mode`, e.g. "hybrid", if given)."""
    lines = ["", f"## {title}", "", f"| {first} | n | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 2) + "|"]
    for name, s in rows.items():
        values = s.get(mode, {}) if mode else s
        lines.append(f"| {name} | {s['n']} | " + " | ".join(_fmt(values.get(x)) for x in metrics) + " |")
    return lines


def markdown(results: dict[str, Any]) -> str:
    """The summary table, then per-domain and per-kind tables for each part."""
    lines = ["# CPIM Tutor evaluation", "", f"Items: {results.get('items', '?')} · backend: "
             f"{results.get('backend', 'offline')} · skipped lines: {len(results.get('problems', []))}", "",
             "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {_fmt(v)} |" for k, v in headline(results).items()]
    for part, metrics in (("retrieval", ["hit@1", "hit@3", "mrr", "ndcg@10"]),
                          ("answers", ["must_mention", "similarity", "domain_acc", "faithfulness", "citation_validity",
                                       "numeric", "refusal_rate", "false_refusal_rate"])):
        summary = results.get(part, {}).get("summary") or {}
        for group in ("by_domain", "by_kind"):
            if summary.get(group):
                lines += _table(f"{part}, {group.replace('_', ' ')}", group[3:], metrics, summary[group],
                                "hybrid" if part == "retrieval" else None)
    if calc := results.get("calculations", {}).get("summary"):
        lines += _table(f"calculations ({results['calculations'].get('split', 'dev')} half), by domain", "domain",
                        ["exact", "confident_wrong", "asked", "missed"], calc["by_domain"])
    quiz = results.get("quiz", {}).get("summary")
    if quiz and quiz.get("by_kind"):
        failures = quiz["overall"].get("check_failures") or {}
        lines += _table("quiz, by kind (independent item check, tutor/evaluation/quizcheck.py)", "kind",
                        ["check_pass_rate"], quiz["by_kind"])
        lines += ["", "Problems found: " + (", ".join(f"{k} {v}" for k, v in failures.items()) or "none") + "."]
    if results.get("problems"):
        lines += ["", "## Skipped lines", "", *[f"- {p}" for p in results["problems"]]]
    return "\n".join(lines) + "\n"


def html(results: dict[str, Any]) -> str:
    """A static page: per-domain bars (retrieval MRR by retriever, answer must-mention) and a latency histogram."""
    figures = []
    if ret := results.get("retrieval", {}).get("summary", {}).get("by_domain", {}):
        fig = go.Figure([go.Bar(name=mode, x=list(ret), y=[s[mode]["mrr"] for s in ret.values()])
                         for mode in ("hybrid", "dense", "bm25")])
        fig.update_layout(title="Retrieval MRR by domain", barmode="group", yaxis_range=[0, 1])
        figures.append(fig)
    ans = results.get("answers", {})
    if ans.get("summary", {}).get("by_domain"):
        by = ans["summary"]["by_domain"]
        fig = go.Figure([go.Bar(name=k, x=list(by), y=[s.get(k) for s in by.values()])
                         for k in ("must_mention", "faithfulness", "similarity")])
        fig.update_layout(title="Answers by domain", barmode="group", yaxis_range=[0, 1])
        figures.append(fig)
        fig = go.Figure([go.Histogram(x=[r["ms"] for r in ans["records"]], nbinsx=40)])
        fig.update_layout(title="Answer latency (ms)")
        figures.append(fig)
    body = "\n".join(f.to_html(full_html=False, include_plotlyjs="inline" if n == 0 else False)
                     for n, f in enumerate(figures))
    table = "".join(f"<tr><td>{k}</td><td>{_fmt(v)}</td></tr>" for k, v in headline(results).items())
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>CPIM Tutor evaluation</title></head><body>"
            f"<h1>CPIM Tutor evaluation</h1><table border='1' cellpadding='4'>{table}</table>{body}</body></html>")


def write(results: dict[str, Any], out: Path) -> list[Path]:
    """Write results.json, report.md and report.html into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    files = [out / "results.json", out / "report.md", out / "report.html"]
    files[0].write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    files[1].write_text(markdown(results), encoding="utf-8")
    files[2].write_text(html(results), encoding="utf-8")
    return files


def load_thresholds(path: Path) -> dict[str, Any]:
    """The `[regression]` and `[minimum]` tables of a thresholds TOML file."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def compare(old: dict[str, Any], new: dict[str, Any], thresholds: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(lines describing every change, regressions beyond the thresholds)."""
    before, after = headline(old), headline(new)
    allowed = thresholds.get("regression", {})
    lines, regressions = [], []
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name), after.get(name)
        if a is None or b is None:
            lines.append(f"{name}: {_fmt(a)} -> {_fmt(b)}")
            continue
        delta = b - a
        lines.append(f"{name}: {_fmt(a)} -> {_fmt(b)} ({delta:+.3f})")
        metric = name.rsplit(".", 1)[-1]
        limit = allowed.get(name, allowed.get(metric))
        if limit is None:
            continue
        if metric.endswith("_ms"):
            worse = a > 0 and (b - a) / a > limit
        elif metric in LOWER_IS_BETTER:
            worse = delta > limit
        else:
            worse = -delta > limit
        if worse:
            regressions.append(f"{name} regressed: {_fmt(a)} -> {_fmt(b)} (allowed change {limit})")
    return lines, regressions


def below_minimum(results: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """Headline metrics under (or, for lower-is-better ones, over) their `[minimum]` bound."""
    values, failures = headline(results), []
    for name, bound in thresholds.get("minimum", {}).items():
        value = values.get(name)
        if value is not None and (value > bound if name.rsplit(".", 1)[-1] in LOWER_IS_BETTER else value < bound):
            failures.append(f"{name} = {_fmt(value)} is beyond the bound {bound}")
    return failures
