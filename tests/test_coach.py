"""The adaptive drill, progress and plan on the real corpus, and the learner commands of the CLI."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from tutor.cli import main
from tutor.coach import exam_outlook, next_quiz, plan, progress
from tutor.errors import QueryError
from tutor.learner import MAX_EXAM_DAYS, parse_exam_date, study_plan
from tutor.quiz import QuizItem
from tutor.store import Store

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'learners.db'}")


def test_a_new_learner_starts_with_every_domain_unexplored(seed_tutor, store):
    ada = store.learner("Ada")
    drill = next_quiz(store, seed_tutor.quiz_engine, ada, 8, T0, seed=1)
    assert [why for _, why in drill] == [f"new: {d}" for d in _unexplored_order(drill)]
    assert len({item.domain for item, _ in drill}) == 8


def _unexplored_order(drill):
    return [why.split(": ")[1] for _, why in drill]


def test_due_reviews_come_first_then_weak_subtopics_then_unexplored_domains(seed_tutor, store):
    engine = seed_tutor.quiz_engine
    ada = store.learner("Ada")
    answered = engine.quiz(["inventory", "sop"], n=6, kinds=["mcq"], seed=5)
    for n, item in enumerate(answered):
        store.record_attempt(ada.id, item, "x", correct=item.domain == "sop", ts=T0 + timedelta(minutes=n))
    now = T0 + timedelta(hours=2)  # learning-step cards (1-10 min) are all due again
    due_ids = [i.id for i in store.due(ada.id, now)]
    assert len(due_ids) == 6
    drill = next_quiz(store, engine, ada, 10, now, seed=2)
    whys = [why for _, why in drill]
    assert [i.id for i, _ in drill[:6]] == due_ids and whys[:6] == ["review"] * 6
    rest = whys[6:]
    weakest = progress(store, ada, now).weak[0].key
    assert weakest.startswith("inv/")  # every inventory answer was wrong
    assert rest.count(f"weak: {weakest}") >= 1 and sum(w.startswith("weak: ") for w in rest) == 3
    assert sum(w.startswith("new: ") for w in rest) == 1  # 20% of the 4 free slots, at least one
    new_items = [i for i, w in drill[6:]]
    assert not {i.stem for i in new_items} & {i.stem for i in answered}, "no repeats of answered items"


def test_tutor_next_quiz_uses_the_learner_store(seed_tutor, tmp_path):
    from tutor.wiring import assemble_tutor

    settings = seed_tutor.settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'l.db'}"})
    tutor = assemble_tutor(settings, seed_tutor.index_store, seed_tutor.index_store.embeddings)
    items = tutor.next_quiz("Grace", n=5, seed=3)
    assert len(items) == 5 and tutor.store.learner("grace", create=False).name == "Grace"


def test_plan_stores_the_exam_date_and_weights_weak_domains(store):
    ada = store.learner("Ada")
    days = plan(store, ada, date(2026, 6, 30), date(2026, 6, 1))
    assert len(days) == 29 and store.learner("Ada").exam_date == date(2026, 6, 30)
    assert days[-1].note.startswith("Rest")
    assert plan(store, ada, date(2026, 6, 1), date(2026, 6, 1)) == []  # the exam is today: nothing left to plan
    assert store.learner("Ada").exam_date == date(2026, 6, 1)


@pytest.mark.parametrize(("exam", "says"), [
    (date(2026, 5, 31), "2026-05-31 is in the past"),
    (date(2028, 6, 1), "2028-06-01 is more than two years ahead"),  # today + 731 days
    (date(9999, 12, 31), "more than two years ahead"),
])
def test_plan_refuses_an_exam_date_outside_the_window_and_stores_nothing(store, exam, says):
    ada = store.learner("Ada")
    with pytest.raises(QueryError, match=says) as caught:
        plan(store, ada, exam, date(2026, 6, 1))
    assert "The exam date must be between today (2026-06-01) and 2028-05-31." in str(caught.value)
    assert store.learner("Ada").exam_date is None
    assert len(plan(store, ada, date(2028, 5, 31), date(2026, 6, 1))) == MAX_EXAM_DAYS  # the last day allowed


def test_study_plan_itself_refuses_an_exam_beyond_the_window():
    today = date(2026, 6, 1)
    assert len(study_plan(today, today + timedelta(days=MAX_EXAM_DAYS), {}, ["sop"], [])) == MAX_EXAM_DAYS
    with pytest.raises(QueryError, match="between today"):
        study_plan(today, date(9999, 12, 31), {}, ["sop"], [])


@pytest.mark.parametrize(("text", "says"), [
    ("", "The exam date is empty. Write it as YYYY-MM-DD, e.g. 2026-08-30."),
    ("tomorrow", "Could not read 'tomorrow' as a date. Write the exam date as YYYY-MM-DD"),
    ("2026-02-30", "Could not read '2026-02-30'"),
    ("20260701", "Could not read '20260701'"),  # ISO basic format: not what the message asks for
    ("x" * 500, "Could not read '" + "x" * 40 + "…'"),
    ("2026-05-31", "is in the past"),
])
def test_parse_exam_date_says_what_is_wrong(text, says):
    with pytest.raises(QueryError, match=re.escape(says)):
        parse_exam_date(text, date(2026, 6, 1))


def test_parse_exam_date_accepts_today_to_two_years_ahead():
    today = date(2026, 6, 1)
    assert parse_exam_date(" 2026-06-01 ", today) == today
    assert parse_exam_date("2028-05-31", today) == today + timedelta(days=MAX_EXAM_DAYS)


def test_the_exam_outlook_ignores_a_saved_date_outside_the_window(store):
    ada = store.learner("Ada")
    today = date(2026, 6, 1)
    store.set_exam_date(ada.id, date(2026, 3, 1))
    outlook = exam_outlook(store, store.learner("Ada"), "", today)
    assert outlook.days == [] and outlook.exam_date is None
    assert outlook.note.startswith("Your saved exam date 2026-03-01 has passed")
    outlook = exam_outlook(store, store.learner("Ada"), "2026-06-02", today)
    assert len(outlook.days) == 1 and outlook.note == "**Exam in 1 day** (2026-06-02)."
    assert exam_outlook(store, store.learner("Ada"), None, today).note == outlook.note  # now the saved date
    with pytest.raises(QueryError, match="between today"):
        exam_outlook(store, store.learner("Ada"), "2099-01-01", today)


@pytest.fixture
def learner_env(seed_tutor, monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(seed_tutor.settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(seed_tutor.settings.data_dir))
    monkeypatch.setenv("TUTOR_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    return tmp_path


def test_cli_records_quiz_answers_and_reports_progress_plan_and_data(learner_env, capsys, monkeypatch):
    assert main(["quiz", "--json", "-n", "4", "--seed", "8", "--kinds", "true_false"]) == 0
    items = json.loads(capsys.readouterr().out)
    answers = ["true" if i["answer"] else "false" for i in items[:3]] + ["true" if not items[3]["answer"] else "false"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(answers) + "\n"))
    assert main(["quiz", "-n", "4", "--seed", "8", "--kinds", "true_false", "--learner", "Ada"]) == 0
    assert main(["ask", "what is the economic order quantity?", "--learner", "Ada"]) == 0
    capsys.readouterr()
    assert main(["progress", "--learner", "ada", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["attempts"] == 4 and report["cards"] == 4
    assert report["engagement"] == {"inventory": 1}  # the question counts as engagement, not as an answer
    assert sum(m["attempts"] for m in report["domains"].values()) == 4
    assert main(["progress", "--learner", "Ada"]) == 0
    assert "Not tried yet:" in capsys.readouterr().out
    exam = (datetime.now(UTC).date() + timedelta(days=20)).isoformat()
    assert main(["plan", "--exam-date", exam, "--learner", "Ada"]) == 0
    assert "Mock exam" in capsys.readouterr().out
    out = learner_env / "ada.json"
    assert main(["learner", "export", "Ada", "--out", str(out)]) == 0
    assert main(["learner", "delete", "Ada", "--yes"]) == 0
    assert main(["progress", "--learner", "Ada"]) == 2
    assert "No learner called" in capsys.readouterr().err
    assert main(["learner", "import", str(out)]) == 0
    assert main(["progress", "--learner", "ada", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["attempts"] == 4


def test_cli_review_says_when_nothing_is_due(learner_env, capsys):
    Store(f"sqlite:///{learner_env / 'cli.db'}").learner("Bo")
    assert main(["review", "--learner", "Bo"]) == 0
    assert "No reviews due for Bo." in capsys.readouterr().out
    assert main(["plan", "--exam-date", "tomorrow", "--learner", "Bo"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cli_review_asks_the_due_cards_through_the_drill_engine_and_records_reviews(learner_env, capsys, monkeypatch):
    assert main(["quiz", "--json", "-n", "2", "--seed", "8", "--kinds", "true_false"]) == 0
    items = [QuizItem.model_validate(x) for x in json.loads(capsys.readouterr().out)]
    store = Store(f"sqlite:///{learner_env / 'cli.db'}")
    bo = store.learner("Bo")
    for item in items:  # answered wrong a month ago: both due now
        store.record_attempt(bo.id, item, "x", False, datetime.now(UTC) - timedelta(days=30))
    monkeypatch.setattr("sys.stdin", io.StringIO("skip\nmaybe\nmaybe\nmaybe\n"))
    assert main(["review", "--learner", "Bo"]) == 0
    out = capsys.readouterr().out
    assert "2 review(s) due for Bo." in out and out.count("⏭️ Skipped: counted as not known.") == 2
    assert out.count("Could not read 'maybe' as true or false.") == 3  # asked again, never graded
    assert "Skipped after 3 answers that could not be read." in out
    assert out.rstrip().splitlines()[-1].split() == ["total", "0", "2", "0%"]
    assert [e["type"] for e in store.events(bo.id)] == ["attempt", "attempt", "review", "review"]
