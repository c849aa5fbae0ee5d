"""`tutor quiz` and `tutor exam` on the real index: JSON, export, and interactive runs fed through stdin."""

import io
import json
import sqlite3
import zipfile

import pytest

from tutor.cli import main
from tutor.drill import plain
from tutor.quiz import Kind, QuizItem


@pytest.fixture
def seed_env(seed_tutor, monkeypatch):
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(seed_tutor.settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(seed_tutor.settings.data_dir))


def _items(capsys, *argv):
    assert main(["quiz", "--json", *argv]) == 0
    return [QuizItem.model_validate(x) for x in json.loads(capsys.readouterr().out)]


def test_quiz_json_is_filtered_and_the_same_seed_repeats(seed_env, capsys):
    first = _items(capsys, "-n", "6", "--seed", "7", "--domain", "inventory", "--domain", "sop", "--kinds", "mcq,cloze")
    again = _items(capsys, "-n", "6", "--seed", "7", "--domain", "inventory", "--domain", "sop", "--kinds", "mcq,cloze")
    assert len(first) == 6 and [i.id for i in first] == [i.id for i in again]
    assert {i.domain for i in first} == {"inventory", "sop"}
    assert {i.kind for i in first} <= {Kind.MCQ, Kind.CLOZE}


def test_quiz_export_writes_an_anki_deck(seed_env, capsys, tmp_path):
    deck = tmp_path / "out" / "deck.apkg"
    assert main(["quiz", "-n", "8", "--seed", "2", "--export", str(deck)]) == 0
    assert "Wrote 8 items" in capsys.readouterr().out
    with zipfile.ZipFile(deck) as z:
        z.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        assert db.execute("select count(*) from notes").fetchone()[0] == 8


@pytest.mark.parametrize(("argv", "says"), [
    (["quiz", "--kinds", "essay"], "Unknown quiz kind"),
    (["quiz", "--domain", "inventry"], "inventry"),
    (["quiz", "-n", "0"], "1 to 500"),
])
def test_bad_quiz_options_exit_2_with_a_clear_message(seed_env, capsys, argv, says):
    assert main(argv) == 2
    assert says in capsys.readouterr().err


def _right(item: QuizItem) -> str:
    if item.kind is Kind.TRUE_FALSE:
        return "true" if item.answer else "false"
    if item.kind is Kind.CLOZE:
        return item.answer[0]
    if item.kind is Kind.NUMERIC:
        return str(item.answer)
    return "ABCDE"[item.key_index]


def _wrong(item: QuizItem) -> str:
    if item.kind is Kind.TRUE_FALSE:
        return "false" if item.answer else "true"
    if item.kind is Kind.CLOZE:
        return "zzzz"
    if item.kind is Kind.NUMERIC:
        return str(item.answer * 3 + 7)
    return "ABCDE"[(item.key_index + 1) % len(item.options)]


def test_interactive_quiz_grades_explains_and_totals_by_domain(seed_env, capsys, monkeypatch):
    items = _items(capsys, "-n", "5", "--seed", "13")
    answers = [_right(items[0]), "", _right(items[1]), _right(items[2]), _wrong(items[3]), _wrong(items[4])]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(answers) + "\n"))
    assert main(["quiz", "-n", "5", "--seed", "13"]) == 0
    out = capsys.readouterr().out
    assert out.count("✓ Right.") == 3 and out.count("✗ Not quite.") == 2
    assert "The answer is empty" in out  # the blank line was asked again, not graded
    assert items[3].answer_text() in out
    assert plain(items[3].citations[0].quote) in out  # printed as plain text: no Markdown ** around terms
    assert out.rstrip().splitlines()[-1].split() == ["total", "3", "5", "60%"]


def test_exam_states_equal_weights_and_reports_what_was_answered(seed_env, capsys, monkeypatch):
    assert main(["exam", "-n", "16", "--seed", "3", "--json"]) == 0
    items = [QuizItem.model_validate(x) for x in json.loads(capsys.readouterr().out)]
    assert len({i.domain for i in items}) == 8
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(_right(i) for i in items[:4]) + "\n"))
    assert main(["exam", "-n", "16", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "ASCM publishes no per-domain weights for CPIM 8.0" in out
    assert "22 min" in out  # 16 × 1.4 minutes
    assert "✓ Right." not in out  # an exam gives no feedback until the end
    assert "4 of 16 items answered; unanswered items count as wrong." in out  # end of input submits the exam
    assert out.rstrip().splitlines()[-1].split() == ["total", "4", "16", "25%"]  # graded as the web app grades it


class ClockedStdin(io.StringIO):
    """Typed answers that each take `step` seconds: reading a line moves the injected clock on."""

    def __init__(self, lines: list[str], now: list[float], step: float) -> None:
        super().__init__("\n".join(lines) + "\n")
        self.now, self.step = now, step

    def readline(self, *args) -> str:  # noqa: ANN002
        self.now[0] += self.step
        return super().readline(*args)


def test_a_mock_exam_answer_typed_after_the_deadline_is_not_saved(seed_env, capsys, monkeypatch):
    assert main(["exam", "-n", "16", "--seed", "3", "--json"]) == 0
    items = [QuizItem.model_validate(x) for x in json.loads(capsys.readouterr().out)]
    now = [1_000_000.0]
    monkeypatch.setattr("tutor.cli_quiz.clock", lambda: now[0])  # 16 items: 16 x 84 s = 1344 s allowed
    typed = ClockedStdin(["skip", _right(items[1]), _right(items[2]), _right(items[3])], now, step=500)
    monkeypatch.setattr("sys.stdin", typed)
    assert main(["exam", "-n", "16", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Item 1 skipped: it stays unanswered" in out
    assert "Time is up. Nothing more is saved" in out  # the third line came at 1500 s
    assert "1 of 16 items answered; unanswered items count as wrong. Time ran out" in out
    assert out.rstrip().splitlines()[-1].split() == ["total", "1", "16", "6%"]  # item 3's right answer not saved
    assert typed.read() == _right(items[3]) + "\n", "nothing more is asked after the deadline"
