"""The drill engine alone (`tutor.drill`): sessions, grading, recording, the exam's deadline, scores and texts.

Expected values are written out by hand; times are passed as `now`, so nothing sleeps.
"""

import pytest

from tutor import drill
from tutor.errors import QueryError, TutorError
from tutor.models import Citation
from tutor.quiz.items import Kind, QuizItem
from tutor.store import Learner

ADA = Learner(1, "Ada")
CITE = Citation(chunk_id="inventory.md#ss:0", source="inventory.md", title="Safety stock", domain="inventory",
                quote="Safety stock protects against variation.")


def _mcq(n: int, domain: str = "inventory") -> QuizItem:
    """A four-option item whose key is B) Safety stock."""
    return QuizItem(kind=Kind.MCQ, domain=domain, subtopic=f"{domain}/ss", difficulty=2, stem=f"Which one? ({n})",
                    options=["Cycle stock", "Safety stock", "Pipeline inventory", "Anticipation inventory"],
                    answer=1, explanation="Because the notes say so.", citations=[CITE])


ITEMS = [_mcq(0), _mcq(1), _mcq(2, domain="sop"), _mcq(3)]
NUMERIC = QuizItem(kind=Kind.NUMERIC, domain="inventory", subtopic="inventory/eoq", difficulty=2, stem="EOQ?",
                   answer=447.21, tolerance=0.5, unit="units", explanation="sqrt(2DS/H).", citations=[CITE])


class Recorder:
    """Collects what a session records, as a `drill.Record` receives it."""

    def __init__(self) -> None:
        self.calls: list[tuple[int | None, str, str, bool, float | None, bool]] = []

    def __call__(self, learner_id, item, response, correct, seconds, review) -> None:  # noqa: ANN001
        self.calls.append((learner_id, item.id, response, correct, seconds, review))


def test_a_quiz_of_one_right_one_wrong_and_one_skipped_item_scores_by_domain():
    record = Recorder()
    session = drill.new_session(ITEMS[:3], "quiz", now=100, learner=ADA)
    session, text = drill.answer(session, "B", record, now=105)
    assert text.startswith("✅ **Right.**")
    session, text = drill.answer(session, "A", record, now=112)
    assert text.startswith("❌ **Not quite.** The answer is **B) Safety stock**.")
    session, text = drill.skip(session, record, now=120)
    assert text.startswith("⏭️ **Skipped**: counted as not known. The answer is **B) Safety stock**.")
    assert record.calls == [(1, ITEMS[0].id, "B", True, 5.0, False), (1, ITEMS[1].id, "A", False, 7.0, False),
                            (1, ITEMS[2].id, drill.SKIPPED, False, 8.0, False)]
    assert session["done"] and drill.current(session) is None
    assert list(drill.tally(session["results"]).items()) == [("sop", (0, 1)), ("inventory", (1, 2))]  # outline order
    assert drill.summary(session["results"]) == (
        "**Summary by domain**\n\n| domain | right | score |\n|---|---|---|\n"
        "| Sales and Operations Planning | 0 / 1 | 0% |\n| Inventory | 1 / 2 | 50% |\n| **total** | 1 / 3 | 33% |")
    assert drill.answer(session, "B", record, now=130)[1] == "This session is over. Start a new quiz or review."
    assert len(record.calls) == 3


def test_a_review_records_its_answers_as_reviews():
    record = Recorder()
    session = drill.new_session(ITEMS[:1], "review", now=0, learner=ADA)
    drill.answer(session, "Safety stock", record, now=4)  # the option's text reads as B
    assert record.calls == [(1, ITEMS[0].id, "Safety stock", True, 4.0, True)]


def test_junk_for_a_choice_item_is_asked_again_never_graded_in_a_quiz_and_in_an_exam():
    with pytest.raises(QueryError, match="'zzz' is not one of the options"):
        drill.readable(ITEMS[0], "zzz")
    assert drill.readable(ITEMS[0], "2").correct  # the option's number
    record = Recorder()
    quiz = drill.new_session(ITEMS[:1], "quiz", now=0, learner=ADA)
    quiz, text = drill.answer(quiz, "zzz", record, now=1)
    assert text == ("'zzz' is not one of the options. Answer with a letter A–D, the option's number (1–4) or its "
                    "text. Nothing was graded: try again, or **skip** the item.")
    assert quiz["index"] == 0 and quiz["results"] == [] and record.calls == []
    exam = drill.new_session(ITEMS[:2], "exam", now=0, learner=ADA)
    exam, text = drill.answer(exam, "", now=1)
    assert text == ("The answer is empty. Pick or type an answer first, or **skip** the item to leave it unanswered "
                    "(an unanswered item counts as wrong).")
    exam, text = drill.answer(exam, "zzz", now=1)
    assert text.endswith("Nothing was saved: try again, or **skip** the item.")
    assert exam["index"] == 0 and exam["answers"] == {}


def test_an_empty_or_unreadable_answer_is_asked_again_and_nothing_is_recorded():
    record = Recorder()
    session = drill.new_session([ITEMS[0], NUMERIC], "quiz", now=0, learner=ADA)
    for blank in ("", "   ", None):
        session, text = drill.answer(session, blank, record, now=5)
        assert text == ("The answer is empty. Pick or type an answer first, or **skip** the item to see the answer "
                        "(it counts as not known).")
    session, _ = drill.answer(session, "B", record, now=6)
    session, text = drill.answer(session, "about half", record, now=7)  # no number in it
    assert text == ("Could not find a number in 'about half'. Answer with a number, e.g. 447.21, 1,250 or 85%. "
                    "Nothing was graded: try again, or **skip** the item.")
    assert drill.current(session).id == NUMERIC.id and len(record.calls) == 1
    session, text = drill.answer(session, "447", record, now=8)
    assert text.startswith("✅ **Right.**") and session["done"]


def test_after_the_exam_deadline_nothing_is_saved_and_it_is_graded_as_it_stood():
    session = drill.new_session(ITEMS[:3], "exam", now=1000, learner=ADA)
    assert drill.EXAM_SECONDS_PER_ITEM == 84  # 3.5 h for 150 items
    deadline = session["deadline"]
    assert deadline == 1000 + 3 * 84
    assert drill.exam_clock(session, now=1000) == "⏳ 0:04:12 left · 0 answered"
    session, text = drill.answer(session, "B", now=deadline - 1)
    assert text == "Answer saved (1 of 3 answered)."
    assert drill.clock_running(session, now=deadline - 1) and not drill.clock_running(session, now=deadline)
    session, text = drill.answer(session, "B", now=deadline)  # at the deadline: too late
    assert text.startswith(drill.TIME_UP) and drill.current(session) is None
    session, text = drill.skip(session, now=deadline + 6)
    assert text.startswith(drill.TIME_UP) and session["index"] == 1
    assert session["answers"] == {ITEMS[0].id: "B"}
    record = Recorder()
    session, report = drill.submit_exam(session, record, now=deadline + 60)  # a late submission still grades
    assert record.calls == [(1, ITEMS[0].id, "B", True, None, False)]
    assert "| **total** | 1 / 3 | 33% |" in report
    assert session["note"] == ("1 of 3 items answered; unanswered items count as wrong. Time ran out: the exam was "
                               "graded as it stood at the deadline.")


def test_submitting_an_exam_twice_records_once_and_shows_the_same_report():
    record = Recorder()
    session = drill.new_session(ITEMS, "exam", now=0, learner=ADA)
    for response in ("B", "A", "B"):
        session, _ = drill.answer(session, response, now=10)
    session, text = drill.skip(session, now=11)
    assert text == ("Item 4 skipped: it stays unanswered and counts as wrong (3 of 4 answered). That was the last "
                    "item: submit the exam to see your score.")
    session, first = drill.submit_exam(session, record, now=20)
    assert [c[1:4] for c in record.calls] == [(ITEMS[0].id, "B", True), (ITEMS[1].id, "A", False),
                                              (ITEMS[2].id, "B", True)]
    assert list(drill.tally(session["results"]).items()) == [("sop", (1, 1)), ("inventory", (1, 3))]
    assert first.endswith("3 of 4 items answered; unanswered items count as wrong.\n\n" + drill.weights_note()
                          + " " + drill.SCORE_NOTE)
    session, again = drill.submit_exam(session, record, now=30)
    assert len(record.calls) == 3, "a second submit records nothing"
    assert "already submitted" in again and again.endswith(first)
    assert [item.id for item, _ in drill.missed(session)] == [ITEMS[1].id]  # answered wrong; the skip is left out
    assert drill.answer(session, "B", now=40)[1] == "This exam is submitted. Start a new mock exam to try again."
    assert drill.submit_exam({}, record)[1] == "There is no mock exam to submit. Start one first."


def test_weights_notice_time_allowed_and_the_recorder():
    assert drill.weights_note(None) == ("Domains are weighted equally: ASCM publishes no per-domain weights for "
                                        "CPIM 8.0.")
    configured = drill.weights_note({"inventory": 2, "sop": 0.5})
    assert "Sales and Operations Planning 0.5, Demand 1," in configured and "Inventory 2," in configured
    assert drill.time_allowed(150) == "3 h 30 min" and drill.time_allowed(16) == "22 min"  # 16 x 84 s = 22.4 min
    calls = []
    record = drill.recorder(lambda *a, **k: calls.append((a, k)))
    record(7, ITEMS[0], "B", True, 3.5, True)
    assert calls == [((7, ITEMS[0], "B", True), {"seconds": 3.5, "review": True})]
    with pytest.raises(TutorError, match="no learner"):
        record(None, ITEMS[0], "B", True, 3.5, True)


def test_checked_sessions_and_plain_text():
    assert drill.checked("junk") == {} and drill.checked({"mode": "exam"}) == {}
    exam = drill.new_session(ITEMS[:1], "exam", now=0)
    assert drill.checked({**exam, "deadline": None}) == {}
    assert drill.checked({**exam, "index": "0"})["index"] == 0
    assert drill.start([], "quiz", ADA, empty="none") == ({}, "none")
    text = drill.feedback(drill.readable(ITEMS[0], "B"))
    assert drill.plain(text) == ("✓ Right.\n\nBecause the notes say so.\n\n[1] Safety stock (inventory.md): "
                                 "“Safety stock protects against variation.”")
    assert drill.plain("❌ **Not quite.** 2*D*S and a * b stay") == "✗ Not quite. 2*D*S and a * b stay"
