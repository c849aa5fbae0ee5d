"""Steering a learner: progress, the adaptive drill, the exam-date plan, and export/import of their data.

Glue between the store (what happened), the learner model (what it means; `tutor.learner`) and
the quiz engine (what to ask next). The adaptive drill serves due FSRS reviews first, then items
from the weakest subtopics, then a few from domains never tried (`tutor.learner.drill_mix`).
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.learner import (
    Mastery,
    PlanDay,
    check_exam_date,
    drill_mix,
    engagement,
    mastery,
    parse_exam_date,
    study_plan,
    unexplored,
    weak_areas,
)
from tutor.quiz.engine import QuizEngine
from tutor.quiz.items import QuizItem
from tutor.store import Learner, Store

DOMAINS = [str(d) for d in Domain]
EXPORT_FORMAT = 1


@dataclass
class Progress:
    """Where a learner stands."""

    learner: str
    exam_date: date | None
    attempts: int
    domains: dict[str, Mastery]
    subtopics: dict[str, Mastery]
    weak: list[Mastery]
    unexplored: list[str]
    engagement: dict[str, int]
    cards: int
    due_now: int
    history: list[tuple[str, float]] = field(default_factory=list)
    """(ISO date, share right that day) for the trend chart."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        data = asdict(self)
        data["exam_date"] = self.exam_date.isoformat() if self.exam_date else None
        for group in ("domains", "subtopics"):
            data[group] = {k: _mastery_dict(m) for k, m in getattr(self, group).items()}
        data["weak"] = [_mastery_dict(m) for m in self.weak]
        return data


def _mastery_dict(m: Mastery) -> dict[str, Any]:
    return asdict(m) | {"level": str(m.level), "last_seen": m.last_seen.isoformat() if m.last_seen else None}


def progress(store: Store, learner: Learner, now: datetime) -> Progress:
    """Mastery per domain and subtopic, weak areas, unexplored domains, engagement and review load."""
    attempts = store.attempts(learner.id)
    domains = mastery(attempts, now, by="domain")
    subtopics = mastery(attempts, now, by="subtopic")
    cards = store.cards(learner.id)
    by_day: dict[str, list[bool]] = {}
    for a in attempts:
        by_day.setdefault(a.ts.date().isoformat(), []).append(a.correct)
    return Progress(
        learner=learner.name, exam_date=learner.exam_date, attempts=len(attempts), domains=domains,
        subtopics=subtopics, weak=weak_areas(subtopics, k=3), unexplored=unexplored(domains, DOMAINS),
        engagement=engagement(store.questions(learner.id)), cards=len(cards),
        due_now=sum(c["due"] <= now for c in cards),
        history=[(day, sum(v) / len(v)) for day, v in sorted(by_day.items())])


def next_quiz(store: Store, engine: QuizEngine, learner: Learner, n: int, now: datetime,
              seed: int | None = None) -> list[tuple[QuizItem, str]]:
    """The adaptive drill: (item, why) pairs; why is "review", "weak: <subtopic>", "new: <domain>" or "mixed"."""
    if not 1 <= n <= 100:
        raise QueryError(f"An adaptive drill has 1 to 100 items; got {n}.")
    rng = random.Random(seed)
    due = store.due(learner.id, now, limit=n)
    attempts = store.attempts(learner.id)
    weak = [m.key for m in weak_areas(mastery(attempts, now, by="subtopic"), k=3)]
    domain_of = {a.subtopic: a.domain for a in attempts}  # subtopic ids have their own prefixes (inv/, scs/)
    fresh = unexplored(mastery(attempts, now, by="domain"), DOMAINS)
    seen = [json.loads(c["item"])["stem"] for c in store.cards(learner.id)]
    out: list[tuple[QuizItem, str]] = []
    for slot, key in drill_mix(n, len(due), weak, fresh):
        if slot == "review":
            out.append((due.pop(0), "review"))
            continue
        if slot == "weak":
            domains, subtopics, why = [domain_of[key]], [key], f"weak: {key}"
        elif slot == "new":
            domains, subtopics, why = [key], None, f"new: {key}"
        else:
            domains, subtopics, why = None, None, "mixed"
        try:
            items = engine.quiz(domains, n=1, seed=rng.randrange(2**32), recent_stems=seen + [i.stem for i, _ in out],
                                subtopics=subtopics)
        except QueryError:  # no item for this slot (its domain has nothing new left): the drill is one short
            items = []
        out += [(i, why) for i in items]
    return out


def plan(store: Store, learner: Learner, exam_date: date, today: date, daily_items: int = 30) -> list[PlanDay]:
    """A day-by-day plan to the exam, weighted toward weak domains; stores the exam date.

    An exam today is a valid date with nothing left to plan (an empty list).

    Raises:
        QueryError: the exam date is in the past or more than two years ahead (`check_exam_date`);
            nothing is stored then.
    """
    check_exam_date(exam_date, today)
    store.set_exam_date(learner.id, exam_date)
    now = datetime.combine(today, datetime.min.time(), UTC)
    domains = mastery(store.attempts(learner.id), now, by="domain")
    dues = [c["due"] for c in store.cards(learner.id)]
    return study_plan(today, exam_date, domains, DOMAINS, dues, daily_items=daily_items)


@dataclass
class ExamOutlook:
    """What the Progress view says about the exam: the date in use, a sentence, and the plan's days."""

    exam_date: date | None
    note: str
    days: list[PlanDay]


def exam_outlook(store: Store, learner: Learner, typed: str | None, today: date) -> ExamOutlook:
    """The exam plan for the Progress view, from the date typed now or else the one saved earlier.

    A typed date is checked by `parse_exam_date` (a bad one raises QueryError and nothing is stored or
    built). A saved date outside the window (it passed, or was saved before dates were checked) is
    not used: the note says so and asks for a new date, and no plan is built.
    """
    if typed and typed.strip():
        day = parse_exam_date(typed, today)
    elif learner.exam_date is None:
        return ExamOutlook(None, "", [])
    else:
        day = learner.exam_date
        try:
            check_exam_date(day, today)
        except QueryError:
            when = "has passed" if day < today else "is more than two years ahead"
            return ExamOutlook(None, f"Your saved exam date {day.isoformat()} {when}: type your exam date "
                                     "(YYYY-MM-DD) above to plan for it.", [])
    left = (day - today).days
    note = (f"**Exam in {left} day{'s' * (left != 1)}** ({day.isoformat()})." if left
            else f"**The exam is today** ({day.isoformat()}). Good luck!")
    return ExamOutlook(day, note, plan(store, learner, day, today))


# -- export / import ------------------------------------------------------------------------------------------

def export_data(store: Store, learner: Learner, now: datetime) -> dict[str, Any]:
    """Everything about a learner: events, FSRS cards and current mastery, JSON-ready."""
    return {
        "format": EXPORT_FORMAT,
        "learner": {"name": learner.name, "exam_date": learner.exam_date.isoformat() if learner.exam_date else None},
        "exported_at": now.isoformat(),
        "events": [_jsonable(e, drop=("id", "learner_id")) for e in store.events(learner.id)],
        "cards": [_jsonable(c, drop=("learner_id",)) for c in store.cards(learner.id)],
        "mastery": progress(store, learner, now).to_dict()["domains"],
    }


def _jsonable(row: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime | date) else v) for k, v in row.items() if k not in drop}


def write_export(data: dict[str, Any], path: Path) -> list[Path]:
    """Write an export: `.json` (everything) or `.csv` (events, plus `<name>-mastery.csv`); returns the files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return [path]
    if path.suffix.lower() != ".csv":
        raise QueryError(f"Cannot export to {path.name!r}: use a .json or .csv file name.")
    written = [path, path.with_name(f"{path.stem}-mastery.csv")]
    for target, rows in zip(written, (data["events"], [{"domain": k, **v} for k, v in data["mastery"].items()]),
                            strict=True):
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        target.write_text(buffer.getvalue(), encoding="utf-8")
    return written


def import_data(store: Store, data: dict[str, Any]) -> Learner:
    """Restore an exported learner (JSON export) as a new learner of the same name.

    Raises:
        QueryError: the data is not an export, or a learner of that name already exists.
    """
    about = data.get("learner") if isinstance(data, dict) else None
    if not isinstance(about, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(about.get("name"), str):
        raise QueryError("This file is not a CPIM Tutor learner export (format 1, JSON).")
    try:  # "\udc80" escapes decode to lone surrogates, which no database stores
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(f"This learner export is damaged: it holds text that is not valid Unicode ({exc.reason} "
                         f"at position {exc.start}); export the learner again, or restore the file from a backup."
                         ) from None
    name = about["name"]
    if any(x.name.casefold() == " ".join(name.split()).casefold() for x in store.learners()):
        raise QueryError(f"A learner called {name!r} already exists; delete it first or rename the export.")
    try:  # read everything before creating the learner, so a damaged file leaves nothing behind
        exam = data["learner"].get("exam_date")
        exam_date = date.fromisoformat(exam) if exam else None  # an old export's past date is kept as it was
        events = [e | {"ts": datetime.fromisoformat(e["ts"])} for e in data.get("events", [])]
        cards = [c | {"due": datetime.fromisoformat(c["due"])} for c in data.get("cards", [])]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise QueryError(f"This learner export is damaged ({type(exc).__name__}: {exc}); export the learner "
                         "again, or restore the file from a backup.") from None
    learner = store.learner(name)
    if exam_date:
        store.set_exam_date(learner.id, exam_date)
    try:
        store.restore(learner.id, events, cards)
    except SQLAlchemyError as exc:  # unknown or missing fields in the events or cards
        store.delete_learner(learner.id)
        raise QueryError(f"This learner export is damaged ({type(exc).__name__}); nothing was imported. "
                         "Export the learner again, or restore the file from a backup.") from None
    return store.learner(name, create=False)
