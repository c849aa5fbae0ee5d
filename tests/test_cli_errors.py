"""Bad input to every CLI command ends in one clear line and exit 2, never a traceback (issue 13, defects 5, 10-13).

Runs `tutor.cli.main` in-process over an index of the mini corpus, with a learner database per test.
"""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, date, datetime, timedelta

import pytest

from tutor.cli import main
from tutor.errors import QueryError
from tutor.learner import MAX_EXAM_DAYS
from tutor.quiz import QuizItem
from tutor.quiz.engine import parse_kinds
from tutor.store import Store

from .conftest import REPO, make_settings

ESC_NAME = "Eve\x1b[2J\x1b[H"


@pytest.fixture(scope="module")
def mini(tmp_path_factory, embeddings):
    """A Tutor over an indexed copy of the mini corpus, shared by this module."""
    from tutor.wiring import build_tutor

    tutor = build_tutor(make_settings(tmp_path_factory.mktemp("mini")), embeddings=embeddings)
    tutor.index(progress=False)
    return tutor


@pytest.fixture
def store(mini, monkeypatch, tmp_path) -> Store:
    """Point the CLI at the mini index and a fresh learner database; the store of that database."""
    url = f"sqlite:///{tmp_path / 'learners.db'}"
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(mini.settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(mini.settings.data_dir))
    monkeypatch.setenv("TUTOR_DATABASE_URL", url)
    return Store(url)


def _fails(capsys, *argv: str) -> str:
    """Run the CLI expecting exit 2 with one `error:` line; returns that line."""
    assert main(list(argv)) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("error: ")
    return err


# -- defect 10: tracebacks --------------------------------------------------------------------------------------

@pytest.mark.parametrize("kinds", [",,,", "", " , "])
def test_an_empty_kind_list_is_an_error_naming_the_kinds(store, capsys, kinds):
    err = _fails(capsys, "quiz", "--kinds", kinds)
    assert "No quiz kind was given" in err and "mcq, true_false, cloze, numeric, scenario" in err
    with pytest.raises(QueryError, match="No quiz kind"):
        parse_kinds([])


def test_ask_file_reads_utf16_and_a_utf8_bom_and_refuses_other_encodings(store, capsys, tmp_path):
    lines = ['{"id": "q1", "question": "what is safety stock?"}', '{"id": "q2", "question": "what is DRP?"}']
    text = "\n".join(lines) + "\n"
    for name, data in (("u16.jsonl", text.encode("utf-16")), ("bom.jsonl", b"\xef\xbb\xbf" + text.encode())):
        (tmp_path / name).write_bytes(data)
        assert main(["ask", "--file", str(tmp_path / name)]) == 0, name
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [r["id"] for r in records] == ["q1", "q2"] and all("answer" in r for r in records), name
    (tmp_path / "latin1.jsonl").write_bytes('{"id": "q1", "question": "café?"}\n'.encode("latin-1"))
    assert "Save it as UTF-8" in _fails(capsys, "ask", "--file", str(tmp_path / "latin1.jsonl"))
    assert "Cannot read" in _fails(capsys, "ask", "--file", str(tmp_path / "missing.jsonl"))


def test_learner_delete_without_a_terminal_needs_yes(store, capsys, monkeypatch):
    store.learner("Ada")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # piped, not a terminal
    assert "Add --yes" in _fails(capsys, "learner", "delete", "Ada")
    assert store.learner("Ada", create=False).name == "Ada"  # still there
    assert main(["learner", "delete", "Ada", "--yes"]) == 0
    assert "Deleted Ada" in capsys.readouterr().out
    with pytest.raises(QueryError):
        store.learner("Ada", create=False)


# -- defect 11: ids of bad lines ----------------------------------------------------------------------------------

def test_ask_file_error_lines_keep_their_own_id_or_null_with_the_line(store, capsys, tmp_path):
    path = tmp_path / "questions.jsonl"
    path.write_text('{"id": 3, "question": "what is safety stock?"}\n'
                    'not json\n'
                    '{"id": "b"}\n'
                    '[1, 2]\n', encoding="utf-8")
    assert main(["ask", "--file", str(path)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r["line"], "error" in r) for r in records] == [
        (3, 1, False), (None, 2, True), ("b", 3, True), (None, 4, True)]  # line 2 is not question 3's twin


# -- defect 12: learner names -------------------------------------------------------------------------------------

def test_an_unknown_learner_is_not_answered_with_everyone_elses_name(store, capsys):
    store.learner("Ada Lovelace")
    store.learner("Grace Hopper")
    for argv in (["progress", "--learner", "nobody"], ["learner", "export", "nobody"],
                 ["learner", "delete", "nobody", "--yes"], ["review", "--learner", "nobody"]):
        err = _fails(capsys, *argv)
        assert "No learner called 'nobody'" in err and "tutor learner list" in err, argv
        assert "Ada" not in err and "Grace" not in err, argv


def test_names_with_escape_sequences_are_printed_escaped(store, capsys, monkeypatch):
    store.learner(ESC_NAME)
    assert main(["learner", "list"]) == 0
    assert main(["progress", "--learner", ESC_NAME]) == 0
    exam = (datetime.now(UTC).date() + timedelta(days=10)).isoformat()
    assert main(["plan", "--exam-date", exam, "--learner", ESC_NAME]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.count("Eve\\x1b[2J\\x1b[H") == 3
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = _fails(capsys, "learner", "delete", ESC_NAME)
    assert "\x1b" not in err and "Eve\\x1b[2J" in err


# -- defect 13 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_called_empty(store, capsys, question):
    assert "The question is empty" in _fails(capsys, "ask", question)


def test_ask_needs_exactly_one_of_question_and_file(store, capsys, tmp_path):
    assert "not both" in _fails(capsys, "ask", "what is MRP?", "--file", str(tmp_path / "q.jsonl"))
    assert "Give a question" in _fails(capsys, "ask")


def test_junk_in_the_terminal_quiz_is_asked_again_and_not_recorded(store, capsys, monkeypatch):
    argv = ["quiz", "-n", "1", "--seed", "3", "--domain", "supply", "--kinds", "mcq"]
    assert main([*argv, "--json"]) == 0
    item = QuizItem.model_validate(json.loads(capsys.readouterr().out)[0])
    right = "ABCDE"[item.key_index]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"zzz\n{right}\n"))
    assert main([*argv, "--learner", "Ada"]) == 0
    out = capsys.readouterr().out
    assert "'zzz' is not one of the options" in out and out.count("✓ Right.") == 1
    attempts = store.attempts(store.learner("Ada", create=False).id)
    assert [a.correct for a in attempts] == [True]  # the junk was neither graded nor recorded


def test_filters_no_item_matches_are_an_error_naming_the_filter(mini, store, capsys):
    err = _fails(capsys, "quiz", "--domain", "sop", "--kinds", "cloze", "--difficulty", "1", "--json")
    assert "difficulty 1" in err and "Leave out the difficulty" in err
    assert capsys.readouterr().out == ""  # no `[]`
    with pytest.raises(QueryError, match="Choose other kinds"):  # the mini corpus has no worked numbers
        mini.quiz_engine.quiz(["inventory"], n=3, kinds=["numeric"])


# -- defect 5: exam dates -----------------------------------------------------------------------------------------

def test_plan_refuses_dates_outside_the_window_and_stores_nothing(store, capsys):
    today = datetime.now(UTC).date()
    last = today + timedelta(days=MAX_EXAM_DAYS)
    store.learner("Ada")
    for bad in ("2099-12-31", "9999-12-31", (last + timedelta(days=1)).isoformat(), "2020-01-01"):
        err = _fails(capsys, "plan", "--exam-date", bad, "--learner", "Ada")
        assert f"The exam date must be between today ({today.isoformat()}) and {last.isoformat()}." in err, bad
    for bad in ("tomorrow", "31/12/2026", "2026-13-01", "20261231"):
        assert "YYYY-MM-DD" in _fails(capsys, "plan", "--exam-date", bad, "--learner", "Ada"), bad
    assert store.learner("Ada", create=False).exam_date is None
    assert main(["plan", "--exam-date", last.isoformat(), "--learner", "Ada", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == MAX_EXAM_DAYS
    assert main(["plan", "--exam-date", today.isoformat(), "--learner", "Ada"]) == 0
    assert "The exam is today" in capsys.readouterr().out


def _show_progress(tutor):
    from tutor.ui import build_app

    app = build_app(tutor)
    return next(f.fn for f in app.fns.values() if getattr(f.fn, "__name__", "") == "show_progress")


def test_the_progress_view_uses_the_same_validator_and_ignores_a_bad_saved_date(mini, tmp_path):
    import gradio as gr

    from tutor.wiring import assemble_tutor

    settings = mini.settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'app.db'}"})
    tutor = assemble_tutor(settings, mini.index_store, mini.index_store.embeddings)
    show_progress = _show_progress(tutor)
    today = datetime.now(UTC).date()
    for bad in ("2099-12-31", (today - timedelta(days=1)).isoformat(), "next week"):
        with pytest.raises(gr.Error):
            show_progress(bad, "Ada", None)
    ada = tutor.store.learner("Ada")
    assert ada.exam_date is None  # a rejected date is never saved
    tutor.store.set_exam_date(ada.id, date(2099, 12, 31))  # saved before dates were checked
    _, text, rows, *_ = show_progress("", "Ada", None)
    assert rows == [] and "Your saved exam date 2099-12-31 is more than two years ahead" in text
    _, text, rows, *_ = show_progress((today + timedelta(days=30)).isoformat(), "Ada", None)
    assert len(rows) == 30 and "**Exam in 30 days**" in text


# -- other tracebacks found by hand -------------------------------------------------------------------------------

def test_a_damaged_learner_export_is_refused_and_leaves_nothing(store, capsys, tmp_path):
    cases = {"date.json": {"format": 1, "learner": {"name": "Z", "exam_date": "soon"}},
             "fields.json": {"format": 1, "learner": {"name": "Z"}, "events": [{"ts": "2026-01-01T00:00:00", "x": 1}]},
             "shape.json": {"format": 1, "learner": "Z"}}
    for name, data in cases.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
        err = _fails(capsys, "learner", "import", str(tmp_path / name))
        assert "damaged" in err or "not a CPIM Tutor learner export" in err, name
    assert store.learners() == []


def test_eval_refuses_bad_files_and_limits(store, capsys, tmp_path):
    (tmp_path / "other.json").write_text('{"retrieval": 5}', encoding="utf-8")
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    assert "is not the results of a `tutor eval` run" in _fails(
        capsys, "eval", "compare", str(tmp_path / "empty.json"), str(tmp_path / "other.json"))
    assert "thresholds file" in _fails(capsys, "eval", "compare", str(tmp_path / "empty.json"),
                                       str(tmp_path / "empty.json"), "--thresholds", str(tmp_path / "none.toml"))
    assert "--limit" in _fails(capsys, "eval", "retrieval", "--limit", "0")


def test_an_unusable_data_folder_is_one_line_not_a_traceback(monkeypatch, capsys, tmp_path):
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("TUTOR_DATA_DIR", str(tmp_path / "a-file" / "data"))
    assert "Check TUTOR_DATA_DIR" in _fails(capsys, "progress")


# -- found by fuzzing the CLI (tests/test_fuzz_cli.py) ------------------------------------------------------------

def test_an_argument_that_is_not_utf8_is_refused_before_it_reaches_the_database(store, capsys):
    name = os.fsdecode(b"Ev\xe9")  # "Evé" typed in a Latin-1 terminal, as it arrives in sys.argv
    err = _fails(capsys, "progress", "--learner", name)
    assert "is not UTF-8 text" in err and "Ev\\udce9" in err and "LANG=C.UTF-8" in err
    assert store.learners() == []


@pytest.mark.parametrize(("flag", "value"), [("--port", "0"), ("--port", "70000"), ("--port", "-1"),
                                             ("--host", "not a host"), ("--host", ""), ("--host", "999.1.1.1")])
def test_app_refuses_a_bad_port_or_host_before_loading_anything(monkeypatch, capsys, flag, value):
    from tutor import ui

    def started(*args: object, **kwargs: object) -> None:
        raise AssertionError("`tutor app` went on to load the index and start the server")

    monkeypatch.setattr(ui, "launch", started)  # a tripwire: the check must come first
    err = _fails(capsys, "app", flag, value)
    assert ("--port takes a TCP port from 1 to 65535" if flag == "--port" else "--host takes an IP address") in err


@pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
def test_user_add_with_no_terminal_and_nothing_on_stdin_says_how_to_give_the_password(monkeypatch, capsys, tmp_path):
    import getpass

    monkeypatch.setattr(getpass, "getpass", getpass.fallback_getpass)  # what getpass does when there is no terminal
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = _fails(capsys, "user", "add", "Ada", "--file", str(tmp_path / "users.json"))
    assert "No password was typed" in err and "--password-stdin" in err
    assert not (tmp_path / "users.json").exists()


def test_eval_names_a_dataset_file_that_is_not_utf8_and_reads_one_with_a_bom(store, capsys, tmp_path):
    (tmp_path / "latin1.jsonl").write_bytes('{"id": "q1", "question": "café?"}\n'.encode("latin-1"))
    err = _fails(capsys, "eval", "retrieval", "--dataset", str(tmp_path / "latin1.jsonl"))
    assert "latin1.jsonl: not UTF-8 text (bad byte at offset 29)" in err
    lines = (REPO / "eval" / "datasets" / "questions" / "inventory.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (tmp_path / "bom.jsonl").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    main(["eval", "retrieval", "--dataset", str(tmp_path / "bom.jsonl"), "--out", str(tmp_path / "run")])
    assert "skipped lines: 0" in capsys.readouterr().out
    assert json.loads((tmp_path / "run" / "results.json").read_text(encoding="utf-8"))["items"] == 2
