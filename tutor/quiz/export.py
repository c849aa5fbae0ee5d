"""Quiz items to files: JSON, CSV (a JSON cell for lists and mappings, so both hold every field) and Anki decks.

Every writer replaces its target atomically (a temporary file in the same folder, then `os.replace`), so an
interrupted export never leaves half a file, and creates the target's folder when it is missing.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import genanki

from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.quiz.items import CHOICE_KINDS, LETTERS, Kind, QuizItem

CSV_COLUMNS = ("id", "kind", "domain", "subtopic", "difficulty", "stem", "options", "answer", "tolerance", "unit",
               "explanation", "citations", "key_names", "formula", "params", "target", "source")
_JSON_COLUMNS = ("options", "answer", "citations", "key_names", "params", "target")
"""CSV cells holding JSON; an empty `params` or `target` cell means None."""
_OPTIONAL_COLUMNS = ("formula", "params", "target")
SUFFIXES = (".json", ".csv", ".apkg")
MODEL_NAME = "CPIM Tutor item"


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """Yield a fresh temporary path beside `path`; on success it replaces `path`, on failure it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # 0o666 minus umask, unlike mkstemp's 0o600
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json(items: Sequence[QuizItem], path: Path) -> None:
    """Write items as a UTF-8 JSON array of `item.model_dump(mode="json")`, indented by 2."""
    text = json.dumps([item.model_dump(mode="json") for item in items], ensure_ascii=False, indent=2) + "\n"
    with _atomic(Path(path)) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _csv_row(item: QuizItem) -> list[str]:
    data = item.model_dump(mode="json")
    return ["" if data[c] is None and c in _OPTIONAL_COLUMNS
            else json.dumps(data[c], ensure_ascii=False) if c in _JSON_COLUMNS else str(data[c]) for c in CSV_COLUMNS]


def write_csv(items: Sequence[QuizItem], path: Path) -> None:
    """Write one row per item under a header of `CSV_COLUMNS`; list, dict and answer cells hold JSON."""
    with _atomic(Path(path)) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([CSV_COLUMNS, *(_csv_row(item) for item in items)])


def _stable_id(name: str) -> int:
    """An Anki id in genanki's recommended range [2**30, 2**31), derived from `name` so it never changes."""
    return (1 << 30) + int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") % (1 << 30)


def _domain_name(slug: str) -> str:
    try:
        return Domain(slug).display_name
    except ValueError:
        return slug  # an unknown slug still gets its own deck


def _html(text: str) -> str:
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _front(item: QuizItem) -> str:
    parts = [_html(item.stem)]
    if item.kind in CHOICE_KINDS:
        parts.append("<br>".join(_html(f"{LETTERS[i]}) {option}") for i, option in enumerate(item.options)))
    else:
        unit = f" (in {item.unit})" if item.kind is Kind.NUMERIC and item.unit else ""
        parts.append(f"<i>{_html('Type your answer' + unit)}</i>")
    return "<br><br>".join(parts)


def _back(item: QuizItem) -> str:
    answer = _html(item.answer_text())
    if item.kind is Kind.CLOZE and len(item.answer) > 1:  # type: ignore[arg-type]
        answer += "<br>" + _html("Also accepted: " + ", ".join(item.answer[1:]))  # type: ignore[index]
    parts = [f"<b>{answer}</b>", _html(item.explanation)]
    if item.citations:
        sources = "<br>".join(_html(f"{c.title} — {c.source}: “{c.quote}”") for c in item.citations)
        parts.append(f"<small>Sources:<br>{sources}</small>")
    return "<br><br>".join(parts)


def _tags(item: QuizItem) -> list[str]:
    subtopic = "_".join(item.subtopic.replace("/", "::").split())
    return ["_".join(item.domain.split()), subtopic, f"kind::{item.kind.value}"]


MODEL = genanki.Model(
    _stable_id(MODEL_NAME), MODEL_NAME,
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "ItemId"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": '{{FrontSide}}<hr id="answer">{{Back}}'}],
    css=".card { font-family: sans-serif; font-size: 18px; text-align: left; }",
)


def write_apkg(items: Sequence[QuizItem], path: Path, deck_name: str = "CPIM") -> None:
    """Write an Anki package with one sub-deck per domain, e.g. `CPIM::Inventory`.

    Deck and model ids are derived from their names and each note's guid from its item id, so importing a
    re-export updates the learner's existing notes (and keeps their review history) instead of duplicating them.
    """
    decks: dict[str, genanki.Deck] = {}
    order = {d.value: i for i, d in enumerate(Domain)}
    for item in sorted(items, key=lambda i: (order.get(i.domain, len(order)), i.domain)):
        if item.domain not in decks:
            name = f"{deck_name}::{_domain_name(item.domain)}"
            decks[item.domain] = genanki.Deck(_stable_id(name), name)
        decks[item.domain].add_note(genanki.Note(
            model=MODEL, fields=[_front(item), _back(item), item.id], tags=_tags(item),
            guid=genanki.guid_for(item.id),
        ))
    with _atomic(Path(path)) as tmp:
        genanki.Package(list(decks.values())).write_to_file(str(tmp))


def export(items: Sequence[QuizItem], path: Path) -> str:
    """Write items in the format named by the suffix of `path` (.json, .csv or .apkg) and say what was written.

    Example: "Wrote 10 items to deck.apkg (3 domains)."

    Raises:
        QueryError: the suffix is not one of `SUFFIXES`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    writers = {".json": write_json, ".csv": write_csv, ".apkg": write_apkg}
    if suffix not in writers:
        raise QueryError(f"Cannot export to {path.name!r}: the file name must end in {', '.join(SUFFIXES)}.")
    writers[suffix](items, path)
    n, domains = len(items), len({item.domain for item in items})
    return f"Wrote {n} item{'s' * (n != 1)} to {path} ({domains} domain{'s' * (domains != 1)})."
