"""The drill engine: quiz, review and mock-exam sessions, used alike by the web app and the CLI.

A session is a JSON-able dict (Gradio keeps it as state, the CLI in a variable) holding its items, the
position, the exam's saved answers, the graded results, when it started and the learner it belongs to.
Plain functions act on it; nothing here prints or knows Gradio:

- quiz and review: `answer` grades each answer at once and records it through the `record` callback;
  `skip` shows the answer and records the item as wrong (not known), so it comes back soon as a review;
- exam: `answer` saves the answer and moves on, `skip` leaves the item unanswered (it counts as wrong);
  `submit_exam` grades every saved answer, records them once (a second submission records nothing and
  returns the same report) and reports by domain. The exam's time (`EXAM_SECONDS_PER_ITEM` per item) is
  enforced: after the deadline nothing more is saved and the exam is graded as it stood then.

What is not an answer leaves the item where it is, with a message, and nothing is recorded or saved: an
empty response; one that cannot be read (no number for a numeric item); a choice item's answer that names
none of its options ("zzz", see `readable`). Every answer is recorded for the learner who started the
session. Functions that depend on time take `now` (seconds since the epoch; default the clock), so tests
need no sleeping. Texts are Markdown; `plain` makes terminal text of them.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tutor.domains import Domain
from tutor.errors import QueryError, TutorError
from tutor.quiz.grading import Grade, grade
from tutor.quiz.items import LETTERS, Kind, QuizItem
from tutor.store import Learner

logger = logging.getLogger(__name__)

REAL_EXAM_ITEMS = 150
EXAM_SECONDS_PER_ITEM = 3.5 * 3600 / REAL_EXAM_ITEMS
"""The real CPIM exam allows 3.5 hours for 150 items; a mock exam of n items gets n times this."""
SKIPPED = "(skipped)"
"""The response recorded for a skipped quiz or review item."""
SCORE_NOTE = "The score is the share of items right, not ASCM's 200–350 scaled score."
TIME_UP = "⏰ **Time is up.** Nothing more is saved: the exam is graded as it stood at the deadline."

Record = Callable[[int | None, QuizItem, str, bool, float | None, bool], None]
"""record(learner_id, item, response, correct, seconds, review): store one graded answer."""


def weights_note(weights: Mapping[str, float] | None = None) -> str:
    """How a mock exam weighs the domains: equally unless weights are configured (`Settings.exam_weights`)."""
    if not weights:
        return "Domains are weighted equally: ASCM publishes no per-domain weights for CPIM 8.0."
    shares = ", ".join(f"{d.display_name} {float(weights.get(str(d), 1.0)):g}" for d in Domain)
    return (f"Domains are weighted as configured in TUTOR_EXAM_WEIGHTS ({shares}); ASCM publishes no "
            "per-domain weights for CPIM 8.0.")


def time_allowed(n: int) -> str:
    """The time a mock exam of `n` items allows, e.g. "22 min" or "3 h 30 min"."""
    minutes = round(n * EXAM_SECONDS_PER_ITEM / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def recorder(record_attempt: Callable[..., None]) -> Record:
    """The `record` callback over the facade's `Tutor.record_attempt` (or anything called the same way).

    Raises (when called):
        TutorError: the session has no learner to record for.
    """
    def record(learner_id: int | None, item: QuizItem, response: str, correct: bool, seconds: float | None,
               review: bool) -> None:
        if learner_id is None:
            raise TutorError("This session has no learner. Start the quiz, review or exam again.")
        record_attempt(learner_id, item, response, correct, seconds=seconds, review=review)

    return record


# -- sessions ------------------------------------------------------------------------------------------------

def new_session(items: Sequence[QuizItem], mode: str, now: float | None = None,
                learner: Learner | None = None) -> dict[str, Any]:
    """A session over `items` for `learner`; mode is "quiz", "review" or "exam" (which gets a deadline)."""
    start = time.time() if now is None else now
    session: dict[str, Any] = {"mode": mode, "items": [i.model_dump(mode="json") for i in items], "index": 0,
                               "answers": {}, "results": [], "started": start, "item_started": start,
                               "done": not items, "learner_id": learner.id if learner else None,
                               "learner": learner.name if learner else ""}
    if mode == "exam":
        session["deadline"] = start + EXAM_SECONDS_PER_ITEM * len(items)
    return session


class _Session(BaseModel):
    """The shape of a session dict, for `checked`; the dict itself stays the state a front end keeps."""

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
    note: str = ""


def checked(session: Any) -> dict[str, Any]:
    """`session` as `new_session` makes them (values of the right types), or {} if it is not one.

    A web handler is an API too: anything else that arrives as a session reads as "no session started".
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
    """The item to answer now, or None when the session is over (or the exam's time is up)."""
    if not session or session.get("done") or session.get("timed_out") or session["index"] >= len(session["items"]):
        return None
    return QuizItem.model_validate(session["items"][session["index"]])


def expired(session: dict[str, Any], now: float | None = None) -> bool:
    """True (and the exam marked timed out) once `now` reaches an exam's deadline; always False otherwise."""
    now = time.time() if now is None else now
    if session and session.get("mode") == "exam" and now >= float(session.get("deadline") or float("inf")):
        session["timed_out"] = True
    return bool(session and session.get("timed_out"))


def _closed(session: dict[str, Any]) -> str:
    """Why there is no item to act on."""
    if not session or not session.get("items"):
        return "There is no item on screen. Start a quiz, a review or a mock exam first."
    if session.get("mode") == "exam":
        if session.get("submitted"):
            return "This exam is submitted. Start a new mock exam to try again."
        if session.get("timed_out"):
            return f"{TIME_UP} Submit the exam to see your score."
        return "That was the last item. Submit the exam to see your score."
    return "This session is over. Start a new quiz or review."


# -- answering -----------------------------------------------------------------------------------------------

def readable(item: QuizItem, response: str) -> Grade:
    """The grade of `response` to `item`, if it reads as an answer.

    Raises:
        QueryError: the response is empty or cannot be read (the grader's message), or it is a choice
            item's answer that names none of its options ("zzz"): asked again, never graded.
    """
    result = grade(item, response)
    if item.kind in (Kind.MCQ, Kind.SCENARIO):
        options = {f"{LETTERS[i]}) {o}" for i, o in enumerate(item.options)}
        if result.response not in options:
            last = len(item.options)
            raise QueryError(f"{result.response!r} is not one of the options. Answer with a letter "
                             f"A–{LETTERS[last - 1]}, the option's number (1–{last}) or its text.")
    return result


def answer(session: dict[str, Any], response: str | None, record: Record | None = None,
           now: float | None = None) -> tuple[dict[str, Any], str]:
    """Answer the current item. Quiz/review: grade, record, explain. Exam: save the answer, move on.

    An empty or unreadable response is asked again (the item stays, nothing recorded or saved); so is
    every exam answer after the deadline. Returns the session and the feedback Markdown.
    """
    item = current(session)
    now = time.time() if now is None else now
    if item is None or expired(session, now):
        return session, _closed(session)
    text = response if isinstance(response, str) else ""
    exam = session["mode"] == "exam"
    if not text.strip():
        then = ("leave it unanswered (an unanswered item counts as wrong)" if exam
                else "see the answer (it counts as not known)")
        return session, f"The answer is empty. Pick or type an answer first, or **skip** the item to {then}."
    try:
        result = readable(item, text)
    except QueryError as exc:
        return session, f"{exc} Nothing was {'saved' if exam else 'graded'}: try again, or **skip** the item."
    if exam:
        session["answers"][item.id] = text
        session["index"] += 1
        return session, _moved_on(session, f"Answer saved ({len(session['answers'])} of "
                                           f"{len(session['items'])} answered).")
    return session, _graded(session, item, result, text, record, now)


def skip(session: dict[str, Any], record: Record | None = None, now: float | None = None
         ) -> tuple[dict[str, Any], str]:
    """Skip the current item. Quiz/review: show the answer and record the item as wrong (not known).

    Exam: leave it unanswered (it counts as wrong at submission) and move on; after the deadline nothing
    changes.
    """
    item = current(session)
    now = time.time() if now is None else now
    if item is None or expired(session, now):
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
        text += " That was the last item: submit the exam to see your score."
    return text


def _graded(session: dict[str, Any], item: QuizItem, result: Grade, response: str, record: Record | None,
            now: float, skipped: bool = False) -> str:
    """Record a graded quiz/review answer, move on, and return its feedback."""
    seconds = round(now - session["item_started"], 1)
    if record is not None:
        record(session.get("learner_id"), item, response, result.correct, seconds, session["mode"] == "review")
    session["results"].append({"domain": item.domain, "correct": result.correct})
    session["index"] += 1
    session["item_started"] = now
    session["done"] = session["index"] >= len(session["items"])
    return feedback(result, skipped=skipped)


def feedback(result: Grade, skipped: bool = False) -> str:
    """Right/wrong (or skipped), the key, the explanation and its sources, as Markdown."""
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


# -- scores --------------------------------------------------------------------------------------------------

def domain_name(slug: str) -> str:
    """A domain's display name ("inventory" -> "Inventory"); anything else as it is."""
    try:
        return Domain(slug).display_name
    except ValueError:
        return str(slug)


def tally(results: Sequence[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """(right, counted) per domain slug, in the outline's domain order. Example: {"inventory": (1, 2)}."""
    by: dict[str, list[int]] = {}
    for r in results:
        got = by.setdefault(str(r.get("domain")), [0, 0])
        got[0] += bool(r.get("correct"))
        got[1] += 1
    order = {str(d): n for n, d in enumerate(Domain)}
    return {d: (v[0], v[1]) for d, v in sorted(by.items(), key=lambda kv: order.get(kv[0], len(order)))}


def summary(results: Sequence[dict[str, Any]]) -> str:
    """The score by domain as a Markdown table."""
    if not results:
        return "No items answered."
    counts = tally(results)
    rows = [f"| {domain_name(d)} | {r} / {n} | {r / n:.0%} |" for d, (r, n) in counts.items()]
    right, total = sum(r for r, _ in counts.values()), sum(n for _, n in counts.values())
    return "\n".join(["**Summary by domain**", "", "| domain | right | score |", "|---|---|---|", *rows,
                      f"| **total** | {right} / {total} | {right / total:.0%} |"])


# -- the mock exam ---------------------------------------------------------------------------------------------

def submit_exam(session: dict[str, Any], record: Record | None = None, now: float | None = None,
                weights: Mapping[str, float] | None = None) -> tuple[dict[str, Any], str]:
    """Grade every saved exam answer (unanswered count as wrong), record them once and report by domain.

    Answers are saved only before the deadline, so a late submission grades the exam as it stood then.
    A second submission records nothing and returns the same report. `weights` (as configured) are named
    in the report. Without a mock exam session nothing happens and the message says to start one.
    """
    if not session or session.get("mode") != "exam":
        return session, "There is no mock exam to submit. Start one first."
    if session.get("submitted"):
        return session, ("**This exam was already submitted**: its answers were recorded once and nothing "
                         f"more was recorded. The report again:\n\n{session['report']}")
    late = expired(session, now)
    results, unreadable = [], 0
    for data in session["items"]:
        item = QuizItem.model_validate(data)
        response = session["answers"].get(item.id)
        correct = False
        if response is not None:
            try:
                correct = readable(item, response).correct
            except QueryError:  # saved through an API, not `answer`: counted wrong
                unreadable += 1
            if record is not None:
                record(session.get("learner_id"), item, response, correct, None, False)
        results.append({"domain": item.domain, "correct": correct, "id": item.id})
    answered = len(session["answers"])
    note = (f"{answered} of {len(results)} items answered; unanswered items count as wrong."
            + (f" {unreadable} answers could not be read." if unreadable else "")
            + (" Time ran out: the exam was graded as it stood at the deadline." if late else ""))
    report = f"{summary(results)}\n\n{note}\n\n{weights_note(weights)} {SCORE_NOTE}"
    session.update(done=True, submitted=True, results=results, report=report, note=note)
    logger.info("mock exam submitted: %d of %d answered, %d right%s", answered, len(results),
                sum(r["correct"] for r in results), " (late)" if late else "")
    return session, report


def missed(session: dict[str, Any]) -> list[tuple[QuizItem, str]]:
    """A submitted exam's items answered wrong, each with its feedback Markdown (unanswered ones left out)."""
    out = []
    for data in session.get("items", []) if session.get("submitted") else []:
        item = QuizItem.model_validate(data)
        response = session["answers"].get(item.id)
        try:
            result = readable(item, response) if response is not None else None
        except QueryError:
            continue
        if result is not None and not result.correct:
            out.append((item, feedback(result)))
    return out


def exam_clock(session: dict[str, Any], now: float | None = None) -> str:
    """The countdown line of an exam: "⏳ 1:23:45 left · 3 answered" or that time is up."""
    if not session or session.get("mode") != "exam" or session.get("done"):
        return ""
    left = int(session["deadline"] - (time.time() if now is None else now))
    if left <= 0 or session.get("timed_out"):
        return "⏰ Time is up: submit the exam."
    return f"⏳ {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d} left · {len(session['answers'])} answered"


def clock_running(session: dict[str, Any], now: float | None = None) -> bool:
    """True while an exam is open and before its deadline (the web app stops its timer otherwise)."""
    if not session or session.get("mode") != "exam" or session.get("done"):
        return False
    return (time.time() if now is None else now) < float(session["deadline"])


_SYMBOLS = {"✅": "✓", "❌": "✗"}


def plain(markdown: str) -> str:
    """The engine's Markdown as terminal text: no bold, italics or quote marks; ✓ and ✗ for the emoji."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)  # not 2*D*S or a * b
    text = re.sub(r"^> ?", "", text, flags=re.M)
    for emoji, symbol in _SYMBOLS.items():
        text = text.replace(emoji, symbol)
    return text
