"""The learner store on real SQLite, and on PostgreSQL when TUTOR_TEST_DATABASE_URL is set (CI sets it)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fsrs import Card, Rating, Scheduler

from tutor.errors import QueryError
from tutor.quiz.items import QuizItem
from tutor.store import Store, StoreError, card_id_of

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("TUTOR_TEST_DATABASE_URL")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.skipif(
    not PG, reason="TUTOR_TEST_DATABASE_URL is not set"))])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'learners.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    yield f"{PG}?options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def _item(n: int, domain: str = "inventory", subtopic: str = "inventory/eoq", difficulty: int = 2) -> QuizItem:
    return QuizItem(kind="true_false", domain=domain, subtopic=subtopic, difficulty=difficulty,
                    stem=f"Statement number {n}.", answer=True, explanation="Because.")


def test_migrations_run_once_and_a_reopen_keeps_the_data(url):
    store = Store(url)
    assert store.version == 1
    ada = store.learner("Ada")
    store.record_question(ada.id, "what is eoq?", "inventory", T0)
    again = Store(url)
    assert again.version == 1 and again.learner("ada").id == ada.id
    assert len(again.events(ada.id)) == 1


def test_learner_names_are_trimmed_and_case_insensitive_and_validated(url):
    store = Store(url)
    a = store.learner("  Grace   Hopper ")
    assert a.name == "Grace Hopper" and store.learner("grace hopper").id == a.id
    with pytest.raises(QueryError, match="1 to 80"):
        store.learner("   ")
    with pytest.raises(QueryError, match="No learner called 'nobody'.*Grace Hopper"):
        store.learner("nobody", create=False)


def test_no_call_for_one_learner_returns_or_changes_anothers_data(url):
    store = Store(url)
    a, b = store.learner("A"), store.learner("B")
    store.record_attempt(a.id, _item(1), "true", True, T0)
    store.record_attempt(a.id, _item(2, "sop", "sop/process"), "false", False, T0)
    store.record_question(a.id, "what is s&op?", "sop", T0)
    store.record_attempt(b.id, _item(1), "true", True, T0 + timedelta(days=1))
    later = T0 + timedelta(days=400)
    assert [e["item_id"] for e in store.events(b.id)] == [_item(1).id]
    assert len(store.events(a.id)) == 3 and len(store.attempts(a.id)) == 2 and store.questions(b.id) == []
    assert {c["item_id"] for c in store.cards(b.id)} == {_item(1).id}
    assert [i.id for i in store.due(b.id, later)] == [_item(1).id]
    a_cards = store.cards(a.id)
    store.record_attempt(b.id, _item(1), "true", True, T0 + timedelta(days=30))
    assert store.cards(a.id) == a_cards  # b's second answer did not move a's card
    store.set_exam_date(b.id, datetime(2026, 9, 1).date())
    assert store.learner("A").exam_date is None
    assert store.delete_learner(a.id) == 3
    assert len(store.events(b.id)) == 2 and len(store.cards(b.id)) == 1
    assert [x.name for x in store.learners()] == ["B"]


def test_fsrs_due_dates_advance_as_the_fsrs_package_says(url):
    store = Store(url)
    ada = store.learner("Ada")
    item = _item(7)
    scheduler = Scheduler(enable_fuzzing=False)
    card = Card(card_id=card_id_of(item.id))
    answers = [(False, None, None, Rating.Again), (True, 40.0, None, Rating.Good), (True, 8.0, True, Rating.Easy),
               (True, 60.0, True, Rating.Good)]
    when = T0
    for correct, seconds, confident, rating in answers:
        due = store.record_attempt(ada.id, item, "x", correct, when, seconds=seconds, confident=confident)
        card, _ = scheduler.review_card(card, rating, review_datetime=when)
        assert due == card.due
        when = card.due + timedelta(hours=1)
    stored = store.cards(ada.id)[0]
    assert stored["reviews"] == 4 and stored["due"] == card.due
    assert [e["rating"] for e in store.events(ada.id)] == [1, 3, 4, 3]
    assert store.due(ada.id, card.due - timedelta(seconds=1)) == []
    assert [i.id for i in store.due(ada.id, card.due)] == [item.id]


def _writer(url: str, learner: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.store_writer", url, learner, str(count)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_twenty_concurrent_writers_store_exactly_4000_events(url):
    Store(url)  # migrate once up front, as the app does at start-up
    writers = [_writer(url, f"writer {i % 5}", 200) for i in range(20)]
    for w in writers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err[-2000:]
        assert out.splitlines()[-1] == "committed 200"
    store = Store(url)
    learners = store.learners()
    assert len(learners) == 5
    assert sum(len(store.events(x.id)) for x in learners) == 4000
    for x in learners:  # four writers per learner share ten items: cards agree with the log
        cards = store.cards(x.id)
        assert len(cards) == 10 and sum(c["reviews"] for c in cards) == 800


@pytest.mark.slow
def test_a_writer_killed_mid_run_loses_at_most_its_in_flight_event(url):
    Store(url)
    writer = _writer(url, "victim", 100_000)
    committed = 0
    deadline = time.monotonic() + 120
    while committed < 150 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if line.startswith("committed"):
            committed = int(line.split()[1])
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    rest = writer.stdout.read()
    committed = max([committed] + [int(x.split()[1]) for x in rest.splitlines() if x.startswith("committed")])
    store = Store(url)
    victim = store.learner("victim", create=False)
    stored = len(store.events(victim.id))
    assert committed >= 150 and committed <= stored <= committed + 1
    assert sum(c["reviews"] for c in store.cards(victim.id)) == stored  # derived state matches the log
    if url.startswith("sqlite"):
        with sqlite3.connect(sa.engine.make_url(url).database) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.record_attempt(victim.id, _item(1), "true", True, T0)  # and the database still takes writes
    assert len(store.events(victim.id)) == stored + 1


def test_an_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot be opened.*TUTOR_DATABASE_URL"):
        Store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_export_delete_import_restores_the_same_progress(url, tmp_path):
    from tutor.coach import export_data, import_data, progress, write_export

    store = Store(url)
    ada = store.learner("Ada")
    for n in range(12):
        store.record_attempt(ada.id, _item(n % 5, "inventory" if n % 2 else "sop", "inventory/eoq" if n % 2 else
                                           "sop/process", 1 + n % 3), "r", n % 4 != 0, T0 + timedelta(hours=n))
    store.record_question(ada.id, "what is takt time?", "detailed-schedules", T0)
    store.set_exam_date(ada.id, datetime(2026, 8, 1).date())
    now = T0 + timedelta(days=3)
    before = progress(store, store.learner("Ada"), now).to_dict()
    cards_before = [{k: v for k, v in c.items() if k != "learner_id"} for c in store.cards(ada.id)]
    path = tmp_path / "ada.json"
    write_export(export_data(store, store.learner("Ada"), now), path)
    csv_files = write_export(export_data(store, store.learner("Ada"), now), tmp_path / "ada.csv")
    assert [f.name for f in csv_files] == ["ada.csv", "ada-mastery.csv"]
    assert csv_files[0].read_text().count("\n") == 14  # header + 13 events
    store.delete_learner(ada.id)
    with pytest.raises(QueryError):
        store.learner("Ada", create=False)
    back = import_data(store, json.loads(path.read_text()))
    assert progress(store, back, now).to_dict() == before
    assert [{k: v for k, v in c.items() if k != "learner_id"} for c in store.cards(back.id)] == cards_before
    with pytest.raises(QueryError, match="already exists"):
        import_data(store, json.loads(path.read_text()))
    with pytest.raises(QueryError, match="not a CPIM Tutor learner export"):
        import_data(store, {"events": []})
    data = json.loads(path.read_text())
    for where in ("learner", "events"):  # "\udc80" in the JSON decodes to a lone surrogate
        broken = json.loads(json.dumps(data))
        if where == "learner":
            broken["learner"]["name"] = "Eve\udc80"
        else:
            broken["events"][0]["answer"] = "x\udc80"
        with pytest.raises(QueryError, match="not valid Unicode"):
            import_data(store, broken)
    assert "eve" not in {x.name.casefold() for x in store.learners()}
