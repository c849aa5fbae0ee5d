"""What the web app shows of a drill (quiz, review, mock exam), as plain functions: no Gradio here.

The sessions themselves (answering, skipping, grading, recording, the exam's deadline, scores) are the
drill engine in `tutor.drill`, shared with the CLI. Here: the radio buttons of a choice item, the item as
Markdown, the note when the name box no longer matches the session's learner, what "Quiz me on this"
drills, and reading slider and radio values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tutor.domains import Domain
from tutor.drill import current
from tutor.errors import QueryError
from tutor.quiz.items import LETTERS, Kind, QuizItem
from tutor.store import name_key
from tutor.ui import chat

NOTES_MISS = "**Nearest topics in the notes:**"
"""Marks the chat message that says a question is outside the notes (`views.answer_messages`)."""


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


def owner_note(session: dict[str, Any], name: str | None) -> str:
    """A note when the name box no longer matches the learner the session records for; else ""."""
    owner = (session or {}).get("learner")
    if not owner or session.get("done"):
        return ""
    try:
        if name_key(name or "") == name_key(owner):
            return ""
    except QueryError:
        pass
    what = {"exam": "mock exam", "review": "review"}.get(session.get("mode", ""), "quiz")
    return (f"ℹ️ This {what} was started by **{owner}**, so its answers are recorded for {owner}. "
            f"Start a new {what} to record answers under the name now in the name box.")


def quiz_me_plan(topic: str | None, history: Sequence[Any] | None) -> tuple[list[str] | None, str]:
    """What "Quiz me on this" drills: (domains or None for all, the note to show).

    The topic of the last answer if it had one; after a question outside the notes, or before any
    question, a general quiz across all domains, saying why.
    """
    if isinstance(topic, str) and topic in {d.value for d in Domain}:
        return [topic], f"A short drill on **{Domain(topic).display_name}**."
    messages = list(history or [])
    asked = [i for i, m in enumerate(messages) if chat.role(m) == "user"]
    if not asked:
        return None, ("No question asked yet, so here is a short general quiz across all domains. Ask a question "
                      "first to drill its topic.")
    replies = " ".join(chat.message_text(m) for m in messages[asked[-1] + 1:])
    if NOTES_MISS in replies:
        return None, ("Your last question was outside the notes, so there is no topic to drill: here is a short "
                      "general quiz across all domains instead.")
    return None, ("Your last answer did not belong to one domain, so here is a short general quiz across all "
                  "domains.")


def to_letter(value: Any) -> str:
    """A radio value or typed text as the grader reads it ("A) Safety stock" -> "A"); not text: ""."""
    if not isinstance(value, str):
        return ""
    match = re.match(r"^\s*([A-H])\)\s", value)
    return match.group(1) if match else value


def whole_number(value: Any, low: int, high: int, what: str) -> int:
    """A slider or box value as a whole number within [low, high], or QueryError saying the range.

    Example: whole_number(5.0, 1, 50, "Items") -> 5; whole_number(None, 1, 50, "Items") -> QueryError
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not (low <= number <= high) or number != int(number):
        raise QueryError(f"{what} must be a whole number from {low} to {high}.")
    return int(number)
