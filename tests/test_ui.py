"""The web app's pure parts (drill sessions, views) and the search page served by a real Gradio server."""

import socket
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest

from tutor.coach import Progress
from tutor.learner import Attempt, mastery, weak_areas
from tutor.models import Citation, NotInCorpus, SearchHit
from tutor.quiz.items import Kind, QuizItem
from tutor.store import Learner
from tutor.ui import build_app, drills, format_hits
from tutor.ui.views import answer_messages, progress_figure, progress_markdown

from .conftest import NetworkBlocked, free_port, make_settings

ADA = Learner(1, "Ada")
CITE = Citation(chunk_id="inventory.md#ss:0", source="inventory.md", title="Safety stock", domain="inventory",
                quote="Safety stock protects against variation.")


def _mcq(n: int, key: int = 1, domain: str = "inventory") -> QuizItem:
    return QuizItem(kind=Kind.MCQ, domain=domain, subtopic=f"{domain}/ss", difficulty=2, stem=f"Which one? ({n})",
                    options=["Cycle stock", "Safety stock", "Pipeline inventory", "Anticipation inventory"],
                    answer=key, explanation="Because the notes say so.", citations=[CITE])


ITEMS = [_mcq(n) for n in range(4)]
NUMERIC = QuizItem(kind=Kind.NUMERIC, domain="inventory", subtopic="inventory/eoq", difficulty=2, stem="EOQ?",
                   answer=447.21, tolerance=0.5, unit="units", explanation="sqrt(2DS/H).", citations=[CITE])


class Recorder:
    """Collects what a session records, as the app's `record` receives it."""

    def __init__(self) -> None:
        self.calls: list[tuple[int | None, str, str, bool]] = []

    def __call__(self, learner_id, item, response, correct, seconds, review) -> None:  # noqa: ANN001
        self.calls.append((learner_id, item.id, response, correct))


def test_format_hits_renders_heading_domain_and_source():
    hit = SearchHit(rank=1, chunk_id="supply/a.md#atp:0", entry_id="supply/a.md#atp", title="T",
                    heading="Available-to-promise (ATP)", domain="supply", subtopic="supply/atp-ctp",
                    source="supply/a.md", line=12, score=0.91, text="Available-to-promise (ATP)\n\nBody.")
    md = format_hits("atp", [hit])
    assert "**1. Available-to-promise (ATP)** · Supply · `supply/atp-ctp`" in md
    assert "supply/a.md, line 12" in md and md.endswith("Body.")
    assert format_hits("zzz", []) == "No passages found for **zzz**."


@pytest.mark.slow
def test_search_page_serves_and_answers_over_http(seed_tutor):
    from gradio_client import Client

    port = free_port()
    app = build_app(seed_tutor)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode()
        assert "CPIM Tutor" in page
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        md = client.predict("available to promise", "Supply", api_name="/run_search")
        assert "**1. Available-to-promise (ATP)**" in md
        with pytest.raises(Exception, match="empty"):
            client.predict("   ", "All domains", api_name="/run_search")
    finally:
        app.close()


# -- quiz and review sessions ----------------------------------------------------------------------------------

def test_an_empty_or_unreadable_quiz_answer_is_asked_again_without_an_error():
    record = Recorder()
    session = drills.new_session([ITEMS[0], NUMERIC], "quiz", now=0, learner=ADA)
    for blank in ("", "   ", None):
        session, text = drills.answer(session, blank, record=record, now=5)
        assert "Pick or type an answer first" in text and "Skip" in text
    assert drills.current(session).id == ITEMS[0].id and record.calls == []  # same item, nothing recorded
    session, text = drills.answer(session, "B", record=record, now=6)
    assert text.startswith("✅ **Right.**") and drills.current(session).id == NUMERIC.id
    session, text = drills.answer(session, "about half", record=record, now=7)  # no number in it
    assert "Answer with a number" in text and "still on screen" in text
    assert drills.current(session).id == NUMERIC.id and len(record.calls) == 1


def test_a_skipped_quiz_item_shows_the_answer_and_is_recorded_as_not_known():
    record = Recorder()
    session = drills.new_session(ITEMS[:2], "quiz", now=0, learner=ADA)
    session, text = drills.skip(session, record=record, now=3)
    assert text.startswith("⏭️ **Skipped**: counted as not known. The answer is **B) Safety stock**.")
    assert record.calls == [(1, ITEMS[0].id, drills.SKIPPED, False)]
    session, text = drills.answer(session, "B", record=record, now=4)
    assert session["done"] and "| **total** | 1 / 2 | 50% |" in text  # the skip counts as wrong in the summary
    assert drills.skip(session, record=record)[1].startswith("This session is over")


def test_every_answer_of_a_session_is_recorded_for_the_learner_who_started_it():
    record = Recorder()
    session = drills.new_session(ITEMS[:2], "quiz", now=0, learner=ADA)
    assert drills.owner_note(session, " ada ") == ""  # same learner: case and spacing ignored
    note = drills.owner_note(session, "Bo")
    assert "started by **Ada**" in note and "recorded for Ada" in note
    assert "started by **Ada**" in drills.owner_note(session, "")
    drills.answer(session, "B", record=record, now=1)
    drills.skip(session, record=record, now=2)
    assert [c[0] for c in record.calls] == [ADA.id, ADA.id]
    assert drills.owner_note(session, "Bo") == ""  # over: nothing more to record


def test_no_items_starts_no_session_and_says_why():
    session, text = drills.start([], "quiz", ADA, empty="No quiz items match these choices.")
    assert session == {} and text == "No quiz items match these choices."
    assert drills.current(session) is None and drills.item_markdown(session) == ""
    assert drills.answer(session, "B")[1].startswith("There is no item on screen")
    session, text = drills.start(ITEMS[:1], "quiz", ADA, empty="none", note="Drilling `inventory/ss`.")
    assert text == "Drilling `inventory/ss`." and session["learner"] == "Ada" and drills.current(session)


def test_quiz_me_after_an_off_topic_question_offers_a_general_quiz():
    miss = NotInCorpus(message="The notes do not cover that.", nearest_topics=["Safety stock"])
    parts = [{"role": "user", "content": [{"type": "text", "text": "who won the world cup?"}]},
             *[{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in answer_messages(miss)]]
    domains, note = drills.quiz_me_plan("", parts)
    assert domains is None and "outside the notes" in note and "general quiz" in note
    assert drills.quiz_me_plan("inventory", parts) == (["inventory"], "A short drill on **Inventory**.")
    domains, note = drills.quiz_me_plan("", [])
    assert domains is None and "No question asked yet" in note
    answered = [{"role": "user", "content": "what is 2 + 2?"}, {"role": "assistant", "content": "4"}]
    domains, note = drills.quiz_me_plan("", answered)
    assert domains is None and "outside the notes" not in note and "general quiz" in note


# -- the mock exam ----------------------------------------------------------------------------------------------

def test_submitting_an_exam_twice_records_the_answers_once_and_shows_the_same_report():
    record = Recorder()
    session = drills.new_session(ITEMS, "exam", now=0, learner=ADA)
    for response in ("B", "A", "B"):
        session, _ = drills.answer(session, response, now=10)
    session, first = drills.submit_exam(session, record=record, now=20)
    assert len(record.calls) == 3 and "| **total** | 2 / 4 | 50% |" in first
    session, again = drills.submit_exam(session, record=record, now=30)
    assert len(record.calls) == 3, "a second submit records nothing"
    assert "already submitted" in again and again.endswith(first)
    assert drills.answer(session, "B", now=40)[1].startswith("This exam is submitted")
    assert drills.submit_exam({}, record=record)[1].startswith("There is no mock exam")


def test_save_and_next_with_nothing_picked_and_skip_in_the_exam():
    session = drills.new_session(ITEMS[:3], "exam", now=0, learner=ADA)
    session, text = drills.answer(session, "", now=1)
    assert "Pick or type an answer first" in text and "Skip" in text and session["index"] == 0
    session, text = drills.skip(session, now=2)
    assert text.startswith("Item 1 skipped: it stays unanswered and counts as wrong (0 of 3 answered).")
    session, _ = drills.answer(session, "B", now=3)
    session, text = drills.skip(session, now=4)
    assert "That was the last item" in text
    session, report = drills.submit_exam(session, now=5)
    assert session["answers"] == {ITEMS[1].id: "B"}
    assert "| **total** | 1 / 3 | 33% |" in report
    assert "1 of 3 items answered; unanswered items count as wrong" in report


def test_after_the_deadline_nothing_is_saved_and_the_exam_is_graded_as_it_stood():
    session = drills.new_session(ITEMS[:2], "exam", now=1000, learner=ADA)
    deadline = session["deadline"]
    assert deadline == pytest.approx(1000 + 2 * drills.EXAM_SECONDS_PER_ITEM)
    session, _ = drills.answer(session, "B", now=deadline - 1)
    assert drills.clock_running(session, now=deadline - 1) and not drills.clock_running(session, now=deadline)
    session, text = drills.answer(session, "B", now=deadline + 5)
    assert "Time is up" in text and "Nothing more is saved" in text
    assert session["answers"] == {ITEMS[0].id: "B"} and drills.current(session) is None
    session, text = drills.skip(session, now=deadline + 6)
    assert "Time is up" in text and session["index"] == 1
    record = Recorder()
    session, report = drills.submit_exam(session, record=record, now=deadline + 60)  # submit still works
    assert [c[1:] for c in record.calls] == [(ITEMS[0].id, "B", True)]
    assert "| **total** | 1 / 2 | 50% |" in report and "graded as it stood at the deadline" in report


# -- progress views ---------------------------------------------------------------------------------------------

def _progress(attempts: list[Attempt], now: datetime) -> Progress:
    subtopics = mastery(attempts, now, by="subtopic")
    return Progress(learner="Ada", exam_date=None, attempts=len(attempts), domains=mastery(attempts, now),
                    subtopics=subtopics, weak=weak_areas(subtopics), unexplored=[], engagement={}, cards=1,
                    due_now=0, history=[(now.date().isoformat(), 1.0)])


def test_progress_with_one_answer_on_one_day_reads_well():
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    report = _progress([Attempt(now - timedelta(minutes=5), "inventory", "inventory/ss", True)], now)
    text = progress_markdown(report)
    assert "**Ada** · 1 answer · 1 review card · **0 due now**" in text and "1 answers" not in text
    assert "Weak areas" not in text  # one right answer is no evidence of weakness
    fig = progress_figure(report)
    assert "attempted · 1 answer" in fig.data[0].text  # the Inventory bar
    assert fig.layout.xaxis2.type == "category"  # one label per day, not millisecond ticks of a date axis
    assert list(fig.data[1].x) == ["2026-06-01"]


# -- the handlers of the built app, called as Gradio calls them, over the mini corpus ----------------------------

@pytest.fixture(scope="module")
def mini_app(tmp_path_factory, embeddings):
    """A Tutor over an indexed copy of the mini corpus, its app, and the app's handlers by API name."""
    from tutor.wiring import build_tutor

    tutor = build_tutor(make_settings(tmp_path_factory.mktemp("mini-app")), embeddings=embeddings)
    tutor.index(progress=False)
    app = build_app(tutor)
    return tutor, app, {f.api_name: f.fn for f in app.fns.values() if f.api_name}


def _attempts(tutor, name):
    return tutor.store.attempts(tutor.store.learner(name, create=False).id)


@pytest.mark.slow
def test_quiz_tab_keeps_its_learner_asks_again_when_nothing_is_picked_and_skips(mini_app):
    tutor, _, fn = mini_app
    session, item, *_ = fn["start_quiz"]([], ["true_false"], 3, "any", "Quinn", None)
    assert "item 1 of 3" in item
    out = fn["answer"](None, "", session, "Quinn", None)  # nothing picked: no gr.Error, the item stays
    assert "Pick or type an answer first" in out[4] and out[0]["index"] == 0
    session = out[0]  # handlers return the session they checked (a copy): the state Gradio keeps
    out = fn["answer"]("true", "", session, "Rafe", None)  # the name box changed mid-quiz
    assert "started by **Quinn**" in out[4] and "item 2 of 3" in out[1]
    assert "rafe" not in {x.name.casefold() for x in tutor.store.learners()}
    out = fn["skip"](out[0], "Quinn", None)
    assert out[4].startswith("⏭️ **Skipped**") and "item 3 of 3" in out[1]
    assert [a.correct for a in _attempts(tutor, "Quinn")][-1] is False and len(_attempts(tutor, "Quinn")) == 2


@pytest.mark.slow
def test_quiz_tab_says_why_when_no_item_matches_and_quiz_me_after_an_off_topic_question(mini_app):
    _, _, fn = mini_app
    out = fn["start_quiz"](["Inventory"], ["numeric"], 3, "any", "Quinn", None)  # the mini corpus has no numeric
    assert out[4].startswith("No quiz started: ") and not (isinstance(out[0], dict) and out[0].get("items"))
    history = [{"role": "user", "content": [{"type": "text", "text": "who won the 1998 world cup?"}]},
               *answer_messages(NotInCorpus(message="Not in the notes.", nearest_topics=["Kanban"]))]
    session, item, *_, feedback, tabs = fn["quiz_me"]("", history, "Quinn", None)
    assert "outside the notes" in feedback and "item 1 of 3" in item and session["learner"] == "Quinn"


@pytest.mark.slow
def test_mock_exam_skip_and_a_second_submit_record_nothing_more(mini_app):
    tutor, app, fn = mini_app
    session, item, *_, clock, _timer = fn["start_exam"](8, "Sol", None)
    assert "Exam · item 1 of" in item and "left" in clock
    out = fn["exam_answer"](None, "", session, "Sol", None)  # handlers return the session they checked (a copy)
    assert "Pick or type an answer first" in out[4] and out[0]["index"] == 0
    assert len(out[0]["items"]) >= 2
    session = fn["exam_answer"]("A", "", out[0], "Sol", None)[0]
    out = fn["exam_skip"](session, "Sol", None)
    assert "Item 2 skipped" in out[4]
    session = out[0]
    out = fn["submit_exam"](session, "Sol", None)
    first = out[4]
    second = fn["submit_exam"](out[0], "Sol", None)[4]
    assert len(_attempts(tutor, "Sol")) == 1
    assert "already submitted" in second and second.endswith(first)
    table = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "plan-table")
    assert table.wrap and len(table.column_widths) == len(table.headers) == 5


def test_the_network_guard_blocks_outside_addresses():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("8.8.8.8", 443), timeout=1)
