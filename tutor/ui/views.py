"""What the web app shows, as plain functions: search hits, answers with sources, the progress chart."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from tutor.coach import Progress
from tutor.domains import Domain
from tutor.models import Answer, NotInCorpus, SearchHit
from tutor.ui.drills import NOTES_MISS

PLAN_HEADERS = ["day", "focus", "reviews", "new items", "note"]
PLAN_WIDTHS = ["16%", "34%", "10%", "10%", "30%"]
"""Study-plan columns: the focus and note text wrap in their columns, so the table reads in a 1280 px window."""


def plural(n: int, word: str) -> str:
    """The count with its noun: 1 answer, 0 answers, 5 answers."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def format_hits(query: str, hits: list[SearchHit], close: float | None = None) -> str:
    """Render search hits as Markdown: heading, domain, score, source and the passage.

    With `close` (the scope threshold), hits whose best similarity falls below it are announced as
    the nearest passages, not matches: gibberish still gets neighbours, but never looks like a hit.
    """
    if not hits:
        return f"No passages found for **{query}**."
    parts = [f"### {len(hits)} passages for “{query}”"]
    best = max((h.dense_score or 0.0) for h in hits)
    if close is not None and best < close and not any(h.bm25_score for h in hits):
        parts = [f"### No close match for “{query}”\n\nNone of the notes is about this (best similarity "
                 f"{best:.2f}); these are the nearest passages."]
    for hit in hits:
        body = hit.text.split("\n\n", 1)[-1]
        parts.append(
            f"**{hit.rank}. {hit.heading}** · {Domain(hit.domain).display_name} · `{hit.subtopic}` · "
            f"score {hit.score:.2f}  \n<small>{hit.source}, line {hit.line}</small>\n\n{body}"
        )
    return "\n\n---\n\n".join(parts)


def answer_messages(result: Answer | NotInCorpus) -> list[dict[str, Any]]:
    """Chat messages for an answer: the answer with its domain chip and backend, then one collapsible source each."""
    if isinstance(result, NotInCorpus):
        topics = "\n".join(f"- {t}" for t in result.nearest_topics)
        return [{"role": "assistant", "content": f"{result.message}\n\n{NOTES_MISS}\n{topics}"}]
    chip = f"`{Domain(result.domain).display_name}`" if result.domain else ""
    footer = f"\n\n<small>Domain: {chip} · answered by: {result.backend}</small>"
    messages = [{"role": "assistant", "content": result.text + footer}]
    groups: dict[tuple[str, str], list[tuple[int, Any]]] = {}
    for n, c in enumerate(result.citations, 1):  # one source box per entry, holding all its quoted sentences
        groups.setdefault((c.title, c.source), []).append((n, c))
    for (title, source), cited in groups.items():
        domain = cited[0][1].domain
        where = source + (f" · {Domain(domain).display_name}" if domain in {d.value for d in Domain} else "")
        quotes = "\n\n".join(f"[{n}] “{c.quote}”" for n, c in cited)
        markers = ", ".join(str(n) for n, _ in cited)
        messages.append({"role": "assistant", "content": f"{quotes}\n\n<small>{where}</small>",
                         "metadata": {"title": f"[{markers}] {title}", "status": "done"}})
    return messages


LEVEL_COLOURS = {"not started": "#d0d0d0", "attempted": "#e4572e", "familiar": "#f3a712", "proficient": "#76b041",
                 "mastered": "#17803d"}


def progress_figure(report: Progress) -> go.Figure:
    """Mastery per domain with its 90% band, and the share right per day."""
    fig = make_subplots(rows=1, cols=2, column_widths=[0.62, 0.38],
                        subplot_titles=("Mastery by domain (90% band)", "Share right per day"))
    names, means, plus, minus, colours, texts = [], [], [], [], [], []
    for d in Domain:
        m = report.domains.get(str(d))
        names.append(d.display_name)
        means.append(m.mean if m else 0)
        plus.append((m.upper - m.mean) if m else 0)
        minus.append((m.mean - m.lower) if m else 0)
        colours.append(LEVEL_COLOURS[str(m.level)] if m else LEVEL_COLOURS["not started"])
        texts.append(f"{m.level} · {plural(m.attempts, 'answer')}" if m else "not started")
    fig.add_trace(go.Bar(x=means, y=names, orientation="h", marker_color=colours, text=texts, textposition="auto",
                         error_x={"type": "data", "array": plus, "arrayminus": minus}, name="mastery"), row=1, col=1)
    if report.history:
        fig.add_trace(go.Scatter(x=[d for d, _ in report.history], y=[v for _, v in report.history],
                                 mode="lines+markers", name="share right"), row=1, col=2)
    fig.update_xaxes(range=[0, 1], tickformat=".0%", row=1, col=1)
    fig.update_yaxes(range=[0, 1], tickformat=".0%", row=1, col=2)
    # days as categories: one label per day with data (a date axis over one day shows millisecond ticks)
    fig.update_xaxes(type="category", row=1, col=2)
    fig.update_layout(height=420, showlegend=False, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def progress_markdown(report: Progress) -> str:
    """The learner's standing in words: totals, weak areas, unexplored domains, exam countdown."""
    lines = [f"**{report.learner}** · {plural(report.attempts, 'answer')} · {plural(report.cards, 'review card')} · "
             f"**{report.due_now} due now**"]
    if report.weak:
        lines.append("**Weak areas:** " + "; ".join(f"`{m.key}` {m.mean:.0%} ({plural(m.attempts, 'answer')})"
                                                   for m in report.weak))
    if report.unexplored:
        lines.append("**Not tried yet:** " + ", ".join(Domain(d).display_name for d in report.unexplored))
    if report.engagement:
        lines.append("**Questions asked:** " + ", ".join(f"{Domain(d).display_name} {n}"
                                                         for d, n in report.engagement.items()))
    return "\n\n".join(lines)
