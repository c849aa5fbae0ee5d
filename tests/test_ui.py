"""The web app's pure parts (what it shows of drills, views), its handlers, and the search page over HTTP.

The drill engine itself (grading, recording, the exam's deadline) is tested alone in test_drill.py.
"""

import socket
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest

from tutor import drill
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

def test_every_answer_of_a_session_is_recorded_for_the_learner_who_started_it():
    record = Recorder()
    session = drill.new_session(ITEMS[:2], "quiz", now=0, learner=ADA)
    assert drills.owner_note(session, " ada ") == ""  # same learner: case and spacing ignored
    note = drills.owner_note(session, "Bo")
    assert "started by **Ada**" in note and "recorded for Ada" in note
    assert "started by **Ada**" in drills.owner_note(session, "")
    drill.answer(session, "B", record=record, now=1)
    drill.skip(session, record=record, now=2)
    assert [c[0] for c in record.calls] == [ADA.id, ADA.id]
    assert drills.owner_note(session, "Bo") == ""  # over: nothing more to record


def test_no_items_starts_no_session_and_says_why():
    session, text = drill.start([], "quiz", ADA, empty="No quiz items match these choices.")
    assert session == {} and text == "No quiz items match these choices."
    assert drill.current(session) is None and drills.item_markdown(session) == ""
    assert drill.answer(session, "B")[1].startswith("There is no item on screen")
    session, text = drill.start(ITEMS[:1], "quiz", ADA, empty="none", note="Drilling `inventory/ss`.")
    assert text == "Drilling `inventory/ss`." and session["learner"] == "Ada" and drill.current(session)
    assert drills.item_markdown(session).startswith("**Quiz · item 1 of 1** · Inventory · difficulty 2")
    assert drills.choices(drill.current(session))[1] == ("B) Safety stock", "B")


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


@pytest.mark.slow
def test_starting_a_review_keeps_a_quiz_in_progress(mini_app):
    tutor, app, fn = mini_app
    quiz, item, *_ = fn["start_quiz"]([], ["true_false"], 3, "any", "Uma", None)
    quiz = fn["answer"]("true", "", quiz, "Uma", None)[0]
    assert quiz["index"] == 1 and quiz["mode"] == "quiz"
    uma = tutor.learner("Uma")
    for old in tutor.quiz(n=2, kinds=["true_false"], seed=4):  # answered wrong a month ago: due now
        tutor.record_attempt(uma.id, old, "x", False, when=datetime.now(UTC) - timedelta(days=30))
    review, review_item, *_, note = fn["start_review"]("Uma", None)
    assert review["mode"] == "review" and "Review · item 1 of" in review_item
    outputs = {f.api_name: {id(c) for c in f.outputs} for f in app.fns.values() if f.api_name}
    assert outputs["start_review"] == outputs["review_answer"] == outputs["review_skip"]  # the Review tab's own
    assert not outputs["start_review"] & outputs["answer"], "starting a review must not touch the quiz's state"
    before = len(_attempts(tutor, "Uma"))
    out = fn["review_answer"]("true", "", review, "Uma", None)
    assert out[0]["index"] == 1 and len(_attempts(tutor, "Uma")) == before + 1
    out = fn["answer"]("false", "", quiz, "Uma", None)  # the quiz goes on where it was
    assert "item 3 of 3" in out[1] and out[0]["mode"] == "quiz"


@pytest.mark.slow
def test_the_header_says_names_are_not_private_without_a_users_file(mini_app, monkeypatch, tmp_path):
    tutor, app, _ = mini_app
    blocks = {getattr(b, "elem_id", None): b for b in app.blocks.values()}
    assert "Names are not private" in blocks["open-names"].value
    assert blocks["exam-note"].value.startswith(drill.weights_note(None))  # the one definition of the notice
    monkeypatch.setattr(tutor, "settings", tutor.settings.model_copy(update={"users_file": tmp_path / "u.json"}))
    assert not any(getattr(b, "elem_id", None) == "open-names" for b in build_app(tutor).blocks.values())


def test_the_network_guard_blocks_outside_addresses():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("8.8.8.8", 443), timeout=1)
