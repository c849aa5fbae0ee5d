"""Quiz, review and mock-exam sessions for the web app, as plain functions over a JSON-able state dict.

A session holds its items, the position, what was answered, when it started and the learner it belongs
to: every answer of a session is recorded for the learner who started it, whatever the name box says
later (`owner_note` tells the learner when the two differ). Quiz and review sessions grade each answer
at once and record it; an exam collects answers and grades them all at submission, then records them,
once: a second submission records nothing and shows the same report.

What the learner does that is not an answer gets a plain message and leaves the item on screen:
    - an empty response, or one that cannot be read (e.g. no number for a numeric item): asked again,
      nothing recorded;
    - Skip in a quiz or review: the answer is shown and the item is recorded as wrong (not known), so it
      counts against mastery and comes back soon as a review;
    - Skip in an exam: the item stays unanswered and counts as wrong at submission;
    - after an exam's deadline nothing more is saved: the exam is graded as it stood at the deadline.
Time-dependent functions take `now` (seconds since the epoch), so tests need no sleeping.
No Gradio here, so it is testable alone.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.quiz.grading import Grade, grade
from tutor.quiz.items import LETTERS, Kind, QuizItem
from tutor.store import Learner, name_key
from tutor.ui import chat

EXAM_SECONDS_PER_ITEM = 3.5 * 3600 / 150
SKIPPED = "(skipped)"
"""The response recorded for a skipped quiz or review item."""
NOTES_MISS = "**Nearest topics in the notes:**"
"""Marks the chat message that says a question is outside the notes (`views.answer_messages`)."""

Record = Callable[[int | None, QuizItem, str, bool, float | None, bool], None]
"""record(learner_id, item, response, correct, seconds, review): store one graded answer."""


def new_session(items: Sequence[QuizItem], mode: str, now: float | None = None,
                learner: Learner | None = None) -> dict[str, Any]:
    """A session over `items` for `learner`; mode is "quiz", "review" or "exam"."""
    start = time.time() if now is None else now
    session: dict[str, Any] = {"mode": mode, "items": [i.model_dump(mode="json") for i in items], "index": 0,
                               "answers": {}, "results": [], "started": start, "item_started": start,
                               "done": not items, "learner_id": learner.id if learner else None,
                               "learner": learner.name if learner else ""}
    if mode == "exam":
        session["deadline"] = start + EXAM_SECONDS_PER_ITEM * len(items)
    return session


class _Session(BaseModel):
    """The shape of a session dict, for `checked`; the dict itself stays the state Gradio keeps."""

    model_config = ConfigDict(extra="allow")
    mode: Literal["quiz", "review", "exam"]
    items: list[QuizItem]
    index: int = Field(ge=0)
    answers: dict[str, str]
    results: list[dict[str, Any]]
    started: float
    item_started: float
    done: bool
    learner_id: int | None = None
    learner: str = ""
    deadline: float | None = None
    submitted: bool = False
    timed_out: bool = False
    report: str = ""


def checked(session: Any) -> dict[str, Any]:
    """`session` as `new_session` makes them (values of the right types), or {} if it is not one.

    Sessions live in Gradio state on the server, but a handler is an API too: anything else that
    arrives there must read as "no quiz started", never break a handler.
    """
    if not isinstance(session, dict) or not session:
        return {}
    try:
        valid = _Session.model_validate(session)
    except ValidationError:
        return {}
    if valid.index > len(valid.items) or (valid.mode == "exam" and valid.deadline is None):
        return {}
    return valid.model_dump(mode="json")  # "3" read as 3, and so on: every field of the type it should be


def start(items: Sequence[QuizItem], mode: str, learner: Learner, empty: str, note: str = "",
          now: float | None = None) -> tuple[dict[str, Any], str]:
    """A new session and the message to show; with no items, no session ({}) and the `empty` message."""
    if not items:
        return {}, empty
    return new_session(items, mode, now, learner), note


def current(session: dict[str, Any]) -> QuizItem | None:
    """The item on screen, or None when the session is over (or the exam's time is up)."""
    if not session or session.get("done") or session.get("timed_out") or session["index"] >= len(session["items"]):
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


def _closed(session: dict[str, Any]) -> str:
    """Why there is no item to act on."""
    if not session or not session.get("items"):
        return "There is no item on screen. Start a quiz, a review or a mock exam first."
    if session.get("mode") == "exam":
        if session.get("submitted"):
            return "This exam is submitted. Start a new mock exam to try again."
        if session.get("timed_out"):
            return _TIME_UP
        return "That was the last item. Press **Submit exam** to see your score."
    return "This session is over. Start a new quiz or review."


_TIME_UP = ("⏰ **Time is up.** Nothing more is saved: the exam is graded as it stood at the deadline. "
            "Press **Submit exam** to see your score.")


def _past_deadline(session: dict[str, Any], now: float) -> bool:
    """True (and the exam marked timed out) once `now` reaches the exam's deadline."""
    if session.get("mode") == "exam" and now >= float(session.get("deadline", float("inf"))):
        session["timed_out"] = True
    return bool(session.get("timed_out"))


def answer(session: dict[str, Any], response: str | None, record: Record | None = None,
           now: float | None = None) -> tuple[dict[str, Any], str]:
    """Answer the item on screen. Quiz/review: grade, record, explain. Exam: keep the answer, move on.

    An empty or unreadable response is asked again (the item stays, nothing is recorded); so is every
    exam answer after the deadline, which is not saved. Returns the session and the feedback Markdown.
    """
    item = current(session)
    now = time.time() if now is None else now
    if item is None or _past_deadline(session, now):
        return session, _closed(session)
    text = str(response or "")
    if session["mode"] == "exam":
        if not text.strip():
            return session, ("Pick or type an answer first, or press **Skip** to leave this item unanswered "
                             "(an unanswered item counts as wrong).")
        session["answers"][item.id] = text
        session["index"] += 1
        return session, _moved_on(session, f"Answer saved ({len(session['answers'])} of "
                                           f"{len(session['items'])} answered).")
    if not text.strip():
        return session, "Pick or type an answer first, or press **Skip** to see the answer (it counts as not known)."
    try:
        result = grade(item, text)
    except QueryError as exc:
        return session, f"{exc} The item is still on screen: try again, or press **Skip**."
    return session, _graded(session, item, result, text, record, now)


def skip(session: dict[str, Any], record: Record | None = None, now: float | None = None
         ) -> tuple[dict[str, Any], str]:
    """Skip the item on screen. Quiz/review: show the answer and record the item as wrong (not known).

    Exam: leave it unanswered (it counts as wrong at submission) and move on; after the deadline nothing
    changes.
    """
    item = current(session)
    now = time.time() if now is None else now
    if item is None or _past_deadline(session, now):
        return session, _closed(session)
    if session["mode"] == "exam":
        session["answers"].pop(item.id, None)
        session["index"] += 1
        return session, _moved_on(session, f"Item {session['index']} skipped: it stays unanswered and counts as "
                                           f"wrong ({len(session['answers'])} of {len(session['items'])} answered).")
    result = Grade(correct=False, response="", right_answer=item.answer_text(), explanation=item.explanation,
                   citations=list(item.citations))
    return session, _graded(session, item, result, SKIPPED, record, now, skipped=True)


def _moved_on(session: dict[str, Any], text: str) -> str:
    if session["index"] >= len(session["items"]):
        text += " That was the last item: press **Submit exam** to see your score."
    return text


def _graded(session: dict[str, Any], item: QuizItem, result: Grade, response: str, record: Record | None,
            now: float, skipped: bool = False) -> str:
    """Record a graded quiz/review answer, move on, and return its feedback (plus the summary at the end)."""
    seconds = round(now - session["item_started"], 1)
    if record is not None:
        record(session.get("learner_id"), item, response, result.correct, seconds, session["mode"] == "review")
    session["results"].append({"domain": item.domain, "correct": result.correct})
    session["index"] += 1
    session["item_started"] = now
    session["done"] = session["index"] >= len(session["items"])
    text = feedback(result, skipped=skipped)
    if session["done"]:
        text += "\n\n" + summary(session["results"])
    return text


def feedback(result: Grade, skipped: bool = False) -> str:
    """Right/wrong (or skipped), the key, the explanation and its sources."""
    if skipped:
        verdict = f"⏭️ **Skipped**: counted as not known. The answer is **{result.right_answer}**."
    elif result.correct:
        verdict = "✅ **Right.**"
    else:
        verdict = f"❌ **Not quite.** The answer is **{result.right_answer}**."
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
    if left <= 0 or session.get("timed_out"):
        return "⏰ Time is up: submit the exam."
    return f"⏳ {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d} left · {len(session['answers'])} answered"


def clock_running(session: dict[str, Any], now: float | None = None) -> bool:
    """True while an exam is open and before its deadline (the app stops its timer otherwise)."""
    if not session or session.get("mode") != "exam" or session.get("done"):
        return False
    return (time.time() if now is None else now) < float(session["deadline"])


def submit_exam(session: dict[str, Any], record: Record | None = None, now: float | None = None
                ) -> tuple[dict[str, Any], str]:
    """Grade every saved exam answer (unanswered count as wrong), record them once and report by domain.

    Answers are saved only before the deadline, so a late submission grades the exam as it stood then.
    A second submission of the same session records nothing and returns the same report.

    Without a mock exam session, nothing happens and the message says to start one.
    """
    if not session or session.get("mode") != "exam":
        return session, "There is no mock exam to submit. Start one first."
    if session.get("submitted"):
        return session, ("**This exam was already submitted**: its answers were recorded once and nothing "
                         f"more was recorded. The report again:\n\n{session['report']}")
    now = time.time() if now is None else now
    late = _past_deadline(session, now)
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
                record(session.get("learner_id"), item, response, correct, None, False)
        results.append({"domain": item.domain, "correct": correct})
    answered = len(session["answers"])
    note = (f"{answered} of {len(results)} items answered; unanswered items count as wrong."
            + (f" {unreadable} answers could not be read." if unreadable else "")
            + (" Time ran out: the exam was graded as it stood at the deadline." if late else ""))
    weights = ("Domains are weighted equally: ASCM publishes no per-domain weights for CPIM 8.0. The score is the "
               "share of items right, not ASCM's 200–350 scaled score.")
    report = f"{summary(results)}\n\n{note}\n\n{weights}"
    session.update(done=True, submitted=True, results=results, report=report)
    return session, report


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


def stamp() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)
