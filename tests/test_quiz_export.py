"""Quiz export: JSON and CSV round-trip exactly, malformed CSV is reported by line, `.apkg` opens as an Anki deck."""

from __future__ import annotations

import csv
import html
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest

from tutor.errors import QueryError
from tutor.models import Citation
from tutor.quiz.export import CSV_COLUMNS, export, write_apkg, write_csv, write_json
from tutor.quiz.items import Kind, QuizItem

TRICKY_QUOTE = 'EOQ = √(2DS/H), where "D" is annual demand —\nnot "weekly", and S, H are costs'


def cite(title: str, domain: str, quote: str) -> Citation:
    return Citation(chunk_id=f"{domain}/notes.md#{title.lower()}:0", source=f"{domain}/notes.md", title=title,
                    domain=domain, quote=quote)


@pytest.fixture
def items() -> list[QuizItem]:
    return [
        QuizItem(kind=Kind.MCQ, domain="inventory", subtopic="inventory/safety stock", difficulty=1,
                 stem="Which stock buffers demand <uncertainty> & supply risk?",
                 options=["Cycle stock", "Safety stock", "Anticipation stock", "Hedge stock"], answer=1,
                 explanation="Safety stock protects against variability.", key_names=["SS", "buffer stock"],
                 citations=[cite("Safety stock", "inventory", 'Safety stock, "buffer", absorbs — variability')]),
        QuizItem(kind=Kind.NUMERIC, domain="inventory", subtopic="inventory/eoq", difficulty=3,
                 stem="D = 2,000 units/year, S = $50, H = $1.\nWhat is the EOQ?", answer=447.21, tolerance=0.5,
                 unit="units", explanation="EOQ = √(2 × 2000 × 50 / 1) ≈ 447.21",
                 citations=[cite("Economic order quantity", "inventory", TRICKY_QUOTE)],
                 formula="eoq", params={"demand": 2000, "setup": 50.0, "holding": {"rate": 0.2, "cost": [5, 5.0]},
                                        "tiers": [[100, 10], {"qty": None, "ok": True}]},
                 target=["eoq", 0]),
        QuizItem(kind=Kind.CLOZE, domain="supply", subtopic="supply/atp-ctp", difficulty=2,
                 stem="____ is the uncommitted portion of inventory and planned production.",
                 answer=["Available-to-promise", "ATP", "available to promise"],
                 explanation="ATP is computed from the MPS.", citations=[]),
        QuizItem(kind=Kind.TRUE_FALSE, domain="demand", subtopic="demand/forecasting", difficulty=1,
                 stem="A tracking signal beyond ±4 suggests forecast bias.", answer=True,
                 explanation="Persistent bias pushes the tracking signal out of its limits.",
                 citations=[cite("Tracking signal", "demand", "signal, bias,\nand limits")]),
        QuizItem(kind=Kind.SCENARIO, domain="sop", subtopic="sop/process", difficulty=2,
                 stem="Sales and operations disagree on next quarter's volume. Which S&OP step resolves it?",
                 options=["Data gathering", "Pre-S&OP meeting", "Executive meeting"], answer=2,
                 explanation="Unresolved issues escalate to the executive meeting.", source="llm"),
        QuizItem(kind=Kind.MCQ, domain="inventory", subtopic="inventory/abc", difficulty=2,
                 stem="Class A items are typically what share of SKUs?", options=["~20%", "~50%", "~80%"], answer=0,
                 explanation="About 20% of items carry about 80% of value."),
    ]


def read_json(path: Path) -> list[QuizItem]:
    """The items of a JSON export, read with the json module alone."""
    return [QuizItem.model_validate(x) for x in json.loads(path.read_text(encoding="utf-8"))]


def read_csv(path: Path) -> list[QuizItem]:
    """The items of a CSV export, read with the csv module: list and mapping cells hold JSON, blank ones None."""
    items = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            data: dict = dict(row)
            for column in ("options", "answer", "citations", "key_names", "params", "target"):
                data[column] = json.loads(row[column]) if row[column].strip() else None
            data["formula"] = row["formula"] or None
            data["difficulty"], data["tolerance"] = int(row["difficulty"]), float(row["tolerance"])
            items.append(QuizItem.model_validate(data))
    return items


def test_fixture_covers_every_kind_and_three_domains(items: list[QuizItem]) -> None:
    assert {item.kind for item in items} == set(Kind)
    assert len({item.domain for item in items}) >= 3


def test_json_round_trip(items: list[QuizItem], tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    write_json(items, path)
    assert read_json(path) == items
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data[0]["id"] == items[0].id
    assert "√" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_csv_round_trip(items: list[QuizItem], tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    write_csv(items, path)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(items) + 1
    back = read_csv(path)
    assert back == items
    assert [item.id for item in back] == [item.id for item in items]


def _open_apkg(path: Path, tmp_path: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(path) as zf:
        assert "collection.anki2" in zf.namelist()
        target = Path(zf.extract("collection.anki2", tmp_path / f"unzipped-{path.stem}"))
    return sqlite3.connect(target)


def _notes(conn: sqlite3.Connection) -> dict[str, tuple[list[str], str]]:
    return {guid: (flds.split("\x1f"), tags) for guid, flds, tags in conn.execute("SELECT guid, flds, tags FROM notes")}


def _plain(field: str) -> str:
    return html.unescape(field.replace("<br>", "\n"))


def test_apkg_is_an_anki_collection(items: list[QuizItem], tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    write_apkg(items, path)
    conn = _open_apkg(path, tmp_path)
    try:
        notes = _notes(conn)
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
        cards = conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    finally:
        conn.close()
    assert len(notes) == len(items) == cards
    for item in items:
        fields, tags = notes[genanki.guid_for(item.id)]
        front, back, item_id = fields
        assert item.stem in _plain(front) and item.answer_text() in _plain(back) and item_id == item.id
        assert "<uncertainty>" not in front  # escaped, so Anki shows it rather than treating it as a tag
        assert item.domain in tags.split() and f"kind::{item.kind.value}" in tags.split()
    assert "inventory::safety_stock" in notes[genanki.guid_for(items[0].id)][1].split()
    assert "A) Cycle stock" in _plain(notes[genanki.guid_for(items[0].id)][0][0])
    assert "Type your answer (in units)" in _plain(notes[genanki.guid_for(items[1].id)][0][0])
    assert "Also accepted: ATP, available to promise" in _plain(notes[genanki.guid_for(items[2].id)][0][1])
    assert TRICKY_QUOTE in _plain(notes[genanki.guid_for(items[1].id)][0][1])
    names = {deck["name"] for deck in decks.values()}
    assert {"CPIM::Inventory", "CPIM::Supply", "CPIM::Demand", "CPIM::Sales and Operations Planning"} <= names
    by_name = {deck["name"]: int(deck["id"]) for deck in decks.values()}
    assert all(1 << 30 <= by_name[n] < 1 << 31 for n in names if n.startswith("CPIM::"))


def test_apkg_reexport_keeps_guids_and_deck_ids(items: list[QuizItem], tmp_path: Path) -> None:
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    write_apkg(items, first)
    write_apkg(list(reversed(items)), second)
    runs = []
    for path in (first, second):
        conn = _open_apkg(path, tmp_path)
        try:
            decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
            runs.append((set(_notes(conn)), {d["name"]: d["id"] for d in decks.values()}))
        finally:
            conn.close()
    assert runs[0] == runs[1]
    assert runs[0][0] == {genanki.guid_for(item.id) for item in items}


def test_export_picks_writer_and_summarises(items: list[QuizItem], tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "deck.apkg"
    summary = export(items, path)
    assert summary == f"Wrote 6 items to {path} (4 domains)."
    assert zipfile.is_zipfile(path)
    assert export(items[:1], tmp_path / "one.json") == f"Wrote 1 item to {tmp_path / 'one.json'} (1 domain)."
    assert read_json(tmp_path / "one.json") == items[:1]
    export(items, tmp_path / "out" / "all.CSV")
    assert read_csv(tmp_path / "out" / "all.CSV") == items
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["all.CSV", "deck.apkg", "one.json"]


def test_export_rejects_unknown_suffix(items: list[QuizItem], tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"\.json, \.csv, \.apkg"):
        export(items, tmp_path / "deck.txt")
    assert not (tmp_path / "deck.txt").exists()


def test_failed_write_keeps_old_file(items: list[QuizItem], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "items.json"
    write_json(items[:1], path)
    before = path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_text", boom)
    with pytest.raises(OSError, match="disk full"):
        write_json(items, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["items.json"]  # no temporary file left behind
