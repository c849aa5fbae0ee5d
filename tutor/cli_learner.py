"""`tutor progress | review | plan | learner`: a learner's standing, due reviews, exam plan and data."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from tutor.config import Settings
from tutor.domains import Domain
from tutor.errors import QueryError


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the learner commands to the CLI."""
    p = sub.add_parser("progress", help="mastery per domain, weak areas and reviews due for a learner")
    p.add_argument("--learner", help="learner name (default: TUTOR_LEARNER)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("review", help="answer the learner's due review cards (spaced repetition, FSRS)")
    p.add_argument("--learner", help="learner name (default: TUTOR_LEARNER)")
    p.add_argument("-n", type=int, default=20, help="most cards to review now (default 20)")

    p = sub.add_parser("plan", help="a day-by-day study plan until the exam date")
    p.add_argument("--exam-date", required=True, help="YYYY-MM-DD")
    p.add_argument("--learner", help="learner name (default: TUTOR_LEARNER)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("learner", help="list, export, import or delete learners")
    p.add_argument("action", choices=["list", "export", "import", "delete"])
    p.add_argument("name", nargs="?", help="learner name (export, delete) or export file (import)")
    p.add_argument("--out", help="export file: .json (everything) or .csv (events and mastery)")
    p.add_argument("--yes", action="store_true", help="delete without asking")


def _store(settings: Settings) -> object:
    """The learner records alone, for commands that need no model (`tutor progress`, `tutor plan`)."""
    from tutor.wiring import open_store

    return open_store(settings)


def printable(text: str, keep: str = "") -> str:
    r"""Text safe for a terminal: control characters and other unprintables shown escaped (ESC as \x1b).

    Learner names can be typed in the web app, so a name may hold an escape sequence that would
    clear or rewrite the terminal; every name the CLI prints goes through here. Characters in
    `keep` (e.g. a newline in a multi-line message) are left as they are.
    """
    return "".join(c if c.isprintable() or c in keep else c.encode("unicode_escape").decode("ascii") for c in text)


def find_learner(store: object, name: str) -> object:
    """The existing learner with this name.

    Raises:
        QueryError: the name is invalid, or no learner has it (the message says how to list the names,
            and does not list them: the CLI may be run by someone who should not see them all).
    """
    from tutor.store import name_key

    name_key(name)  # an invalid name raises its own message
    try:
        return store.learner(name, create=False)  # type: ignore[attr-defined]
    except QueryError:
        raise QueryError(f"No learner called {name!r}. See the names with `tutor learner list`.") from None


def progress_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor progress`."""
    from tutor.coach import progress

    store = _store(settings)
    learner = find_learner(store, args.learner or settings.learner)
    report = progress(store, learner, datetime.now(UTC))  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"{printable(report.learner)}: {report.attempts} answers, {report.cards} review cards, "
          f"{report.due_now} due now" + (f"; exam on {report.exam_date.isoformat()}" if report.exam_date else ""))
    print(f"\n{'domain':<30}{'level':<13}{'estimate':>9}{'90% band':>14}{'answers':>9}{'questions':>11}")
    for d in Domain:
        m = report.domains.get(str(d))
        asked = report.engagement.get(str(d), 0)
        level, mean, band, answers = ("not started", "", "", 0) if m is None else (
            m.level, f"{m.mean:.0%}", f"{m.lower:.0%}–{m.upper:.0%}", m.attempts)
        print(f"{d.display_name:<30}{level!s:<13}{mean:>9}{band:>14}{answers:>9}{asked:>11}")
    if report.weak:
        print("\nWeak areas (lowest lower bound first): "
              + "; ".join(f"{m.key} ({m.mean:.0%}, {m.attempts} answers)" for m in report.weak))
    if report.unexplored:
        print("Not tried yet: " + ", ".join(Domain(d).display_name for d in report.unexplored))
    return 0


def review_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor review`."""
    from tutor.cli_quiz import recorder, run_drill
    from tutor.wiring import build_tutor

    learner = find_learner(_store(settings), args.learner or settings.learner)  # before loading the models
    tutor = build_tutor(settings)
    items = tutor.due(learner, limit=args.n)  # type: ignore[arg-type]
    if not items:
        cards = tutor.cards(learner)  # type: ignore[arg-type]
        nxt = f" The next one is due {cards[0]['due']:%Y-%m-%d %H:%M} UTC." if cards else ""
        print(f"No reviews due for {printable(learner.name)}.{nxt}")
        return 0
    print(f"{len(items)} review(s) due for {printable(learner.name)}.")
    who, record = recorder(tutor, learner.name)  # type: ignore[attr-defined]
    return run_drill(items, "review", input_fn=input, learner=who, record=record)  # recorded as reviews


def plan_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor plan`."""
    from tutor.coach import plan
    from tutor.learner import parse_exam_date

    today = datetime.now(UTC).date()
    exam = parse_exam_date(args.exam_date, today)  # before anything is stored or built
    store = _store(settings)
    learner = store.learner(args.learner or settings.learner)  # type: ignore[attr-defined]
    days = plan(store, learner, exam, today)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps([vars(d) | {"day": d.day.isoformat()} for d in days], indent=2))
        return 0
    who = printable(learner.name)
    if not days:
        print(f"The exam is today ({exam.isoformat()}) for {who}: nothing left to plan. Rest, review lightly, "
              "good luck!")
        return 0
    print(f"{len(days)} day{'s' * (len(days) != 1)} until the exam on {exam.isoformat()} for {who}:")
    for d in days:
        focus = ", ".join(Domain(x).display_name for x in d.domains) if d.domains else "-"
        print(f"{d.day:%a %Y-%m-%d}  {focus:<55} reviews {d.reviews_due:>3}  new {d.new_items:>3}  {d.note}")
    return 0


def learner_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor learner list|export|import|delete`."""
    from tutor.coach import export_data, import_data, write_export

    store = _store(settings)
    if args.action == "list":
        for x in store.learners():  # type: ignore[attr-defined]
            print(printable(x.name) + (f"  (exam {x.exam_date.isoformat()})" if x.exam_date else ""))
        return 0
    if not args.name:
        raise QueryError(f"`tutor learner {args.action}` needs a {'file' if args.action == 'import' else 'name'}.")
    if args.action == "import":
        try:
            data = json.loads(Path(args.name).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise QueryError(f"Cannot read {args.name}: {exc}. Import takes a .json export.") from None
        learner = import_data(store, data)  # type: ignore[arg-type]
        print(f"Imported {printable(learner.name)}: {len(data.get('events', []))} events, "
              f"{len(data.get('cards', []))} cards.")
        return 0
    learner = find_learner(store, args.name)
    who = printable(learner.name)  # type: ignore[attr-defined]
    if args.action == "export":
        out = Path(args.out or re.sub(r"[^\w.-]+", "_", learner.name).strip("._") + ".json")  # type: ignore[attr-defined]
        try:
            files = write_export(export_data(store, learner, datetime.now(UTC)), out)  # type: ignore[arg-type]
        except OSError as exc:
            raise QueryError(f"Cannot write {out}: {exc.strerror or exc}. Choose another --out file.") from None
        print("Wrote " + ", ".join(str(f) for f in files))
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise QueryError(f"Deleting {who} needs a confirmation, and there is no terminal to ask in. "
                             f"Add --yes to delete without asking.")
        try:
            typed = input(f"Delete {who} and all their data? Type the name to confirm: ")
        except EOFError:
            print()
            typed = ""
        if typed.strip() != learner.name:  # type: ignore[attr-defined]
            print("Not deleted.")
            return 1
    gone = store.delete_learner(learner.id)  # type: ignore[attr-defined]
    print(f"Deleted {who} ({gone} events).")
    return 0
