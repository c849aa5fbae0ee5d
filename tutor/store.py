"""Learner data: an append-only event log plus derived FSRS cards, in SQLite (default) or PostgreSQL.

SQLAlchemy Core over `TUTOR_DATABASE_URL` (default: `sqlite:///<data dir>/learners.db`, WAL mode).
Every read and write names a learner id. An answered quiz item is one transaction: the event is
appended and the item's FSRS card updated together, so a writer killed mid-way loses at most the
event it was writing and the cards always agree with the log. Schema changes are numbered
migrations, applied under a lock at start-up (`BEGIN IMMEDIATE` on SQLite, an advisory lock on
PostgreSQL), so several app instances can start at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fsrs import Card, Rating, Scheduler
from sqlalchemy.engine import Connection, Engine

from tutor.errors import QueryError, TutorError
from tutor.quiz.items import QuizItem

SCHEDULER = Scheduler(enable_fuzzing=False)  # deterministic due dates: the same answers give the same schedule
metadata = sa.MetaData()
schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))
learners = sa.Table(
    "learners", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name_key", sa.String(80), nullable=False, unique=True),
    sa.Column("display_name", sa.String(80), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("exam_date", sa.Date, nullable=True),
)
events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False, index=True),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),  # question | attempt | review
    sa.Column("domain", sa.String(40)), sa.Column("subtopic", sa.String(80)),
    sa.Column("item_id", sa.String(32)), sa.Column("kind", sa.String(16)), sa.Column("difficulty", sa.Integer),
    sa.Column("response", sa.Text), sa.Column("correct", sa.Boolean), sa.Column("seconds", sa.Float),
    sa.Column("confident", sa.Boolean), sa.Column("rating", sa.Integer), sa.Column("text", sa.Text),
)
cards = sa.Table(
    "cards", metadata,
    sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), primary_key=True),
    sa.Column("item_id", sa.String(32), primary_key=True),
    sa.Column("domain", sa.String(40), nullable=False), sa.Column("subtopic", sa.String(80), nullable=False),
    sa.Column("due", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("card", sa.Text, nullable=False),  # fsrs Card.to_dict() as JSON
    sa.Column("item", sa.Text, nullable=False),  # the QuizItem as JSON, to serve it again as a review
    sa.Column("reviews", sa.Integer, nullable=False),
)


def _migration_1(conn: Connection) -> None:
    for table in (learners, events, cards):
        table.create(conn)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "learners, the event log and FSRS cards", _migration_1),
]


class StoreError(TutorError):
    """The learner database cannot be opened or used."""


@dataclass(frozen=True)
class Learner:
    """A learner: id, the name they go by, and their exam date if set."""

    id: int
    name: str
    exam_date: date | None = None


def utc(ts: datetime) -> datetime:
    """A timestamp as timezone-aware UTC (SQLite hands back naive UTC)."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def name_key(name: str) -> str:
    """The unique form of a learner name: trimmed, inner spaces collapsed, case-folded.

    Raises:
        QueryError: the name is empty or longer than 80 characters.
    """
    clean = " ".join((name or "").split())
    if not clean or len(clean) > 80:
        raise QueryError("A learner name needs 1 to 80 characters.")
    return clean.casefold()


def create_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, a busy timeout, foreign keys and `BEGIN IMMEDIATE` writes."""
    if url.startswith("sqlite"):
        path = sa.engine.make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 60})

        @sa.event.listens_for(engine, "connect")
        def _connect(dbapi: Any, _record: Any) -> None:
            dbapi.isolation_level = None  # we issue BEGIN ourselves
            for pragma in ("busy_timeout=60000", "journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
                dbapi.execute(f"PRAGMA {pragma}")

        @sa.event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock up front: no upgrade deadlocks

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


class Store:
    """The learner database."""

    def __init__(self, url: str) -> None:
        try:
            self.engine = create_engine(url)
            self.version = self.migrate()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"The learner database at {sa.engine.make_url(url).render_as_string()} cannot be "
                             f"opened ({exc.__class__.__name__}: {str(exc).splitlines()[0]}). Check "
                             "TUTOR_DATABASE_URL and that the database server is running.") from exc

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def migrate(self) -> int:
        """Apply the numbered migrations not applied yet; returns the schema version."""
        with self._tx() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7261001)"))
            schema_version.create(conn, checkfirst=True)
            current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
            for number, _title, apply in MIGRATIONS:
                if number > current:
                    apply(conn)
                    conn.execute(schema_version.insert().values(version=number))
                    current = number
            return current

    # -- learners --------------------------------------------------------------------------------

    def learner(self, name: str, create: bool = True) -> Learner:
        """The learner with this name (case and spacing ignored), created on first use.

        Raises:
            QueryError: the name is invalid, or unknown and `create` is False.
        """
        key = name_key(name)
        with self._tx() as conn:
            row = conn.execute(sa.select(learners).where(learners.c.name_key == key)).first()
            if row is None and create:
                insert = _upsert(conn, learners).values(name_key=key, display_name=" ".join(name.split()),
                                                        created_at=datetime.now(UTC))
                conn.execute(insert.on_conflict_do_nothing(index_elements=["name_key"]))
                row = conn.execute(sa.select(learners).where(learners.c.name_key == key)).first()
        if row is None:
            raise QueryError(f"No learner called {name!r}. Known learners: "
                             f"{', '.join(x.name for x in self.learners()) or 'none yet'}.")
        return Learner(row.id, row.display_name, row.exam_date)

    def learners(self) -> list[Learner]:
        """Every learner, by name."""
        with self._tx() as conn:
            rows = conn.execute(sa.select(learners).order_by(learners.c.name_key)).all()
        return [Learner(r.id, r.display_name, r.exam_date) for r in rows]

    def set_exam_date(self, learner_id: int, exam_date: date | None) -> None:
        """Set (or clear) a learner's exam date."""
        with self._tx() as conn:
            conn.execute(learners.update().where(learners.c.id == learner_id).values(exam_date=exam_date))

    def delete_learner(self, learner_id: int) -> int:
        """Delete a learner with all their events and cards; returns the number of events deleted."""
        with self._tx() as conn:
            conn.execute(cards.delete().where(cards.c.learner_id == learner_id))
            gone = conn.execute(events.delete().where(events.c.learner_id == learner_id)).rowcount
            conn.execute(learners.delete().where(learners.c.id == learner_id))
        return int(gone or 0)

    # -- the event log ---------------------------------------------------------------------------

    def record_question(self, learner_id: int, text: str, domain: str | None, ts: datetime) -> None:
        """Log a chat question (engagement per domain; never mastery evidence)."""
        with self._tx() as conn:
            conn.execute(events.insert().values(learner_id=learner_id, ts=utc(ts), type="question", domain=domain,
                                                text=text[:2000]))

    def record_attempt(self, learner_id: int, item: QuizItem, response: str, correct: bool, ts: datetime,
                       seconds: float | None = None, confident: bool | None = None, review: bool = False) -> datetime:
        """Log an answered item and update its FSRS card in one transaction; returns the card's next due date."""
        from tutor.learner import rating_for

        rating: Rating = rating_for(correct, seconds, confident)
        when = utc(ts)
        with self._tx() as conn:
            conn.execute(events.insert().values(
                learner_id=learner_id, ts=when, type="review" if review else "attempt", domain=item.domain,
                subtopic=item.subtopic, item_id=item.id, kind=str(item.kind), difficulty=item.difficulty,
                response=str(response)[:500], correct=bool(correct), seconds=seconds, confident=confident,
                rating=int(rating)))
            key = (cards.c.learner_id == learner_id) & (cards.c.item_id == item.id)
            query = sa.select(cards.c.card).where(key)
            if conn.dialect.name == "postgresql":
                query = query.with_for_update()
            row = conn.execute(query).first()
            card = Card.from_dict(json.loads(row.card)) if row else Card(card_id=card_id_of(item.id))
            card, _log = SCHEDULER.review_card(card, rating, review_datetime=when)
            values = dict(due=card.due, card=json.dumps(card.to_dict()))
            conn.execute(_upsert(conn, cards).values(
                learner_id=learner_id, item_id=item.id, domain=item.domain, subtopic=item.subtopic,
                item=item.model_dump_json(), reviews=1, **values).on_conflict_do_update(
                index_elements=["learner_id", "item_id"], set_=values | {"reviews": cards.c.reviews + 1}))
        return utc(card.due)

    def events(self, learner_id: int, types: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """A learner's events, oldest first, as dicts (timestamps in UTC)."""
        query = sa.select(events).where(events.c.learner_id == learner_id).order_by(events.c.id)
        if types:
            query = query.where(events.c.type.in_(list(types)))
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [dict(r) | {"ts": utc(r["ts"])} for r in rows]

    def attempts(self, learner_id: int) -> list[Any]:
        """A learner's quiz answers (attempts and reviews) as mastery evidence."""
        from tutor.learner import Attempt

        return [Attempt(e["ts"], e["domain"], e["subtopic"], bool(e["correct"]), int(e["difficulty"] or 2))
                for e in self.events(learner_id, ["attempt", "review"])]

    def questions(self, learner_id: int) -> list[tuple[datetime, str]]:
        """A learner's chat questions as (time, domain)."""
        return [(e["ts"], e["domain"]) for e in self.events(learner_id, ["question"]) if e["domain"]]

    # -- cards -----------------------------------------------------------------------------------

    def cards(self, learner_id: int) -> list[dict[str, Any]]:
        """A learner's FSRS cards, soonest due first."""
        with self._tx() as conn:
            rows = conn.execute(sa.select(cards).where(cards.c.learner_id == learner_id)
                                .order_by(cards.c.due, cards.c.item_id)).mappings().all()
        return [dict(r) | {"due": utc(r["due"])} for r in rows]

    def due(self, learner_id: int, now: datetime, limit: int = 50) -> list[QuizItem]:
        """The items whose cards are due at `now`, soonest first."""
        with self._tx() as conn:
            rows = conn.execute(sa.select(cards.c.item).where(
                (cards.c.learner_id == learner_id) & (cards.c.due <= utc(now))).order_by(
                cards.c.due, cards.c.item_id).limit(limit)).all()
        return [QuizItem.model_validate_json(r.item) for r in rows]

    def restore(self, learner_id: int, rows_events: Sequence[dict[str, Any]], rows_cards: Sequence[dict[str, Any]]
                ) -> None:
        """Write exported events and cards back for a learner (used by import), in one transaction."""
        tables = ((events, rows_events, ("id", "learner_id")), (cards, rows_cards, ("learner_id",)))
        with self._tx() as conn:
            for table, rows, drop in tables:
                for row in rows:
                    data = {k: v for k, v in row.items() if k not in drop}
                    conn.execute(table.insert().values(learner_id=learner_id, **data))


def _upsert(conn: Connection, table: sa.Table) -> Any:
    """The dialect's INSERT that supports ON CONFLICT."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def card_id_of(item_id: str) -> int:
    """A stable FSRS card id from the item id (fsrs would otherwise use the clock)."""
    return int(item_id[:12], 16) if all(c in "0123456789abcdef" for c in item_id[:12]) and item_id else 1
