"""Quiz, review and mock-exam sessions for the web app, as plain functions over a JSON-able state dict.

A session holds its items, the position, what was answered and when it started. Quiz and review
sessions grade each answer at once and record it; an exam collects answers and grades them all at
submission (or when its time runs out), then records them. No Gradio here, so it is testable alone.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.quiz.grading import Grade, grade
from tutor.quiz.items import LETTERS, Kind, QuizItem

EXAM_SECONDS_PER_ITEM = 3.5 * 3600 / 150


def new_session(items: list[QuizItem], mode: str, now: float | None = None) -> dict[str, Any]:
    """A session over `items`; mode is "quiz", "review" or "exam"."""
    start = time.time() if now is None else now
    session: dict[str, Any] = {"mode": mode, "items": [i.model_dump(mode="json") for i in items], "index": 0,
                               "answers": {}, "results": [], "started": start, "item_started": start,
                               "done": not items}
    if mode == "exam":
        session["deadline"] = start + EXAM_SECONDS_PER_ITEM * len(items)
    return session


def current(session: dict[str, Any]) -> QuizItem | None:
    """The item on screen, or None when the session is over."""
    if not session or session.get("done") or session["index"] >= len(session["items"]):
        return None
    return QuizItem.model_validate(session["items"][session["index"]])


def choices(item: QuizItem | None) -> list[tuple[str, str]]:
    """(label, value) pairs for a choice item's radio buttons: ("A) Safety stock", "A")."""
    if item is None or item.kind not in (Kind.MCQ, Kind.SCENARIO, Kind.TRUE_FALSE):
        return []
    if item.kind is Kind.TRUE_FALSE:
        return [("True", "true"), ("False", "false")]
    return [(f"{LETTERS[n]}) {o}", LETTERS[n]) for n, o in enumerate(item.options)]


def item_markdown(session: dict[str, Any]) -> str:
    """The item on screen as Markdown, with its place in the session."""
    item = current(session)
    if item is None:
        return ""
    n, total = session["index"] + 1, len(session["items"])
    head = (f"**{session['mode'].title()} · item {n} of {total}** · {Domain(item.domain).display_name} · "
            f"difficulty {item.difficulty}")
    unit = f" ({item.unit})" if item.unit else ""
    hint = {Kind.CLOZE: "Type the missing term.", Kind.NUMERIC: f"Type a number{unit}."}
    return f"{head}\n\n{item.stem}\n\n{hint.get(item.kind, '')}".strip()


def answer(session: dict[str, Any], response: str, record: Any = None, now: float | None = None
           ) -> tuple[dict[str, Any], str]:
    """Answer the item on screen. Quiz/review: grade, record, explain. Exam: keep the answer, move on.

    Returns the session and the feedback Markdown.

    Raises:
        QueryError: no item on screen, or a response that cannot be read (the message says why).
    """
    item = current(session)
    if item is None:
        raise QueryError("There is no item to answer. Start a quiz first.")
    now = time.time() if now is None else now
    if session["mode"] == "exam":
        if not str(response or "").strip():
            raise QueryError("Pick or type an answer first (or skip to the next item).")
        session["answers"][item.id] = str(response)
        session["index"] += 1
        return session, f"Answer saved ({len(session['answers'])} of {len(session['items'])} answered)."
    result = grade(item, response)
    seconds = round(now - session["item_started"], 1)
    if record is not None:
        record(item, str(response), result.correct, seconds, session["mode"] == "review")
    session["results"].append({"domain": item.domain, "correct": result.correct})
    session["index"] += 1
    session["item_started"] = now
    session["done"] = session["index"] >= len(session["items"])
    text = feedback(result)
    if session["done"]:
        text += "\n\n" + summary(session["results"])
    return session, text


def feedback(result: Grade) -> str:
    """Right/wrong, the key, the explanation and its sources."""
    verdict = "✅ **Right.**" if result.correct else f"❌ **Not quite.** The answer is **{result.right_answer}**."
    lines = [f"{verdict} {result.note}".strip(), "", result.explanation]
    for n, c in enumerate(result.citations, 1):
        lines.append(f"\n> [{n}] *{c.title}* ({c.source}): “{c.quote}”")
    return "\n".join(lines)


def summary(results: list[dict[str, Any]]) -> str:
    """Score by domain as a Markdown table."""
    if not results:
        return "No items answered."
    by: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by[r["domain"]].append(bool(r["correct"]))
    rows = [f"| {Domain(d).display_name} | {sum(v)} / {len(v)} | {sum(v) / len(v):.0%} |" for d, v in by.items()]
    right = sum(r["correct"] for r in results)
    return "\n".join(["**Summary by domain**", "", "| domain | right | score |", "|---|---|---|", *rows,
                      f"| **total** | {right} / {len(results)} | {right / len(results):.0%} |"])


def exam_clock(session: dict[str, Any], now: float | None = None) -> str:
    """The countdown line of an exam: "1:23:45 left" or "Time is up"."""
    if not session or session.get("mode") != "exam" or session.get("done"):
        return ""
    left = int(session["deadline"] - (time.time() if now is None else now))
    if left <= 0:
        return "⏰ Time is up: submit the exam."
    return f"⏳ {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d} left · {len(session['answers'])} answered"


def submit_exam(session: dict[str, Any], record: Any = None) -> tuple[dict[str, Any], str]:
    """Grade every answered exam item (unanswered count as wrong), record them and report by domain."""
    results, unreadable = [], 0
    for data in session["items"]:
        item = QuizItem.model_validate(data)
        response = session["answers"].get(item.id)
        correct = False
        if response is not None:
            try:
                correct = grade(item, response).correct
            except QueryError:
                unreadable += 1
            if record is not None:
                record(item, response, correct, None, False)
        results.append({"domain": item.domain, "correct": correct})
    session["done"], session["results"] = True, results
    answered = len(session["answers"])
    note = (f"{answered} of {len(results)} items answered; unanswered items count as wrong."
            + (f" {unreadable} answers could not be read." if unreadable else ""))
    weights = ("Domains are weighted equally: ASCM publishes no per-domain weights for CPIM 8.0. The score is the "
               "share of items right, not ASCM's 200–350 scaled score.")
    return session, f"{summary(results)}\n\n{note}\n\n{weights}"


def to_letter(value: str) -> str:
    """A radio value or typed text as the grader reads it ("A) Safety stock" -> "A")."""
    match = re.match(r"^\s*([A-H])\)\s", value or "")
    return match.group(1) if match else (value or "")


def stamp() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)
