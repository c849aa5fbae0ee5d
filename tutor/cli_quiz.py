"""The `tutor quiz` and `tutor exam` commands: drills and mock exams in the terminal, JSON or an export file.

The terminal drill asks each item and hands the typed answer to the drill engine (`tutor.drill`), the one
the web app uses: it grades, asks again when an answer cannot be read, records through the facade, and
enforces the mock exam's deadline. `clock` is the time the engine is given (tests replace it).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tutor import drill
from tutor.config import Settings
from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.quiz.items import LETTERED_KINDS, Kind, QuizItem
from tutor.store import Learner

READ_TRIES = 3
"""How many unreadable answers to one item the terminal drill takes before skipping it."""
SKIP_WORD = "skip"
"""Typed instead of an answer: skip the item (quiz and review: show the answer; exam: leave it unanswered)."""
clock: Callable[[], float] = time.time


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `quiz` and `exam` to the CLI."""
    p = sub.add_parser("quiz", help="drill: answer quiz items in the terminal, or print/export them")
    p.add_argument("--domain", action="append", help="a domain slug; repeat for several (default: all eight)")
    p.add_argument("-n", type=int, default=10, help="number of items (default 10)")
    p.add_argument("--kinds", help="comma-separated: mcq,true_false,cloze,numeric,scenario (default: all)")
    p.add_argument("--difficulty", type=int, choices=[1, 2, 3], help="only items of this difficulty")
    p.add_argument("--seed", type=int, help="the same seed gives the same quiz")
    p.add_argument("--json", action="store_true", help="print the items as JSON instead of asking them")
    p.add_argument("--export", metavar="FILE", help="write the items to FILE (.json, .csv or an Anki .apkg deck)")
    p.add_argument("--learner", help="record every answer for this learner (progress, reviews, plan)")
    p.add_argument("--adaptive", action="store_true",
                   help="with --learner: due reviews first, then weak subtopics, then unexplored domains")

    p = sub.add_parser("exam", help="a mock exam across all eight domains, with a per-domain report")
    p.add_argument("-n", type=int, default=150, help="number of items (default 150, like the real exam)")
    p.add_argument("--seed", type=int, help="the same seed gives the same exam")
    p.add_argument("--json", action="store_true", help="print the items as JSON instead of asking them")


def quiz_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor quiz`."""
    from tutor.wiring import build_tutor

    domains = [Domain.parse(d) for d in args.domain] if args.domain else None  # fail before loading models
    from tutor.quiz.engine import parse_kinds

    kinds = parse_kinds([k for k in args.kinds.split(",") if k.strip()]) if args.kinds is not None else None
    if args.adaptive and not args.learner:
        raise QueryError("--adaptive needs --learner NAME: the drill is steered by that learner's record.")
    tutor = build_tutor(settings)
    if args.adaptive:
        items = tutor.next_quiz(args.learner, n=args.n, seed=args.seed)
    else:
        items = tutor.quiz(domains, n=args.n, kinds=kinds, difficulty=args.difficulty, seed=args.seed)
    if args.export:
        from pathlib import Path

        from tutor.quiz.export import export

        print(export(items, Path(args.export)))
        return 0
    if args.json:
        print(json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False))
        return 0
    learner, record = recorder(tutor, args.learner)
    return run_drill(items, "quiz", input_fn=input, learner=learner, record=record)


def recorder(tutor: Any, name: str | None) -> tuple[Learner | None, drill.Record | None]:
    """The learner called `name` and the engine's callback recording their answers through the facade.

    Without a name, (None, None): nothing is recorded.
    """
    if not name:
        return None, None
    return tutor.learner(name), drill.recorder(tutor.record_attempt)


def exam_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor exam`: answers are graded at submission, and the exam is submitted when time is up."""
    from tutor.wiring import build_tutor

    items = build_tutor(settings).exam(n=args.n, seed=args.seed)
    if args.json:
        print(json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False))
        return 0
    real = drill.REAL_EXAM_ITEMS
    print(f"Mock exam: {len(items)} items; time allowed {drill.time_allowed(len(items))} "
          f"({drill.time_allowed(real)} for {real}, scaled). Answers are graded at the end; type "
          f"{SKIP_WORD!r} to leave an item unanswered.")
    weights = settings.exam_weights
    print(drill.weights_note(weights) + ("" if weights else " Set TUTOR_EXAM_WEIGHTS to change this."))
    return run_drill(items, "exam", input_fn=input, weights=weights)


def run_drill(items: Sequence[QuizItem], mode: str, input_fn: Callable[[str], str], learner: Learner | None = None,
              record: drill.Record | None = None, weights: Mapping[str, float] | None = None) -> int:
    """Ask each item and let the drill engine take the answers; then print the totals by domain.

    Quiz and review ("quiz", "review"): feedback after each answer, each graded answer recorded for
    `learner` through `record`. Exam: no feedback until the end, when the engine grades the exam (also
    when time runs out: answers typed after the deadline are not saved). End of input stops early: a quiz's
    totals cover the items answered, an exam is submitted as it stands.
    """
    session = drill.new_session(items, mode, clock(), learner)
    while (item := drill.current(session)) is not None:
        if drill.expired(session, clock()):
            break
        _show(session, item)
        if not _ask(session, input_fn, record):
            print()
            break
    if session.get("timed_out"):
        print(f"\n{drill.plain(drill.TIME_UP)}")
    if mode == "exam":
        drill.submit_exam(session, record, clock(), weights)
        for item, text in drill.missed(session):
            print(f"\n✗ {item.stem.splitlines()[0][:90]}")
            _say(text)
        print(f"\n{session['note']}")
    _totals(session["results"])
    return 0


def _show(session: dict[str, Any], item: QuizItem) -> None:
    """Print the item: its place, domain, kind and difficulty (and an exam's time left), stem and options."""
    where = f"{Domain(item.domain).display_name} · {item.kind} · difficulty {item.difficulty}"
    left = drill.exam_clock(session, clock())
    print(f"\n[{session['index'] + 1}/{len(session['items'])}] {where}" + (f" · {left}" if left else ""))
    print(item.stem)
    if item.kind in LETTERED_KINDS:
        print("\n".join(f"  {item.option_text(i)}" for i in range(len(item.options))))
    elif item.kind is Kind.TRUE_FALSE:
        print("  True or False?")


def _ask(session: dict[str, Any], input_fn: Callable[[str], str], record: drill.Record | None) -> bool:
    """Read answers to the current item until the engine takes one (or it is skipped); False at end of input.

    What the engine does not take (empty, unreadable, junk for a choice item) is asked again, up to
    `READ_TRIES` times; then the item is skipped.
    """
    before, exam = session["index"], session["mode"] == "exam"
    for _ in range(READ_TRIES):
        try:
            typed = input_fn(f"Your answer (or {SKIP_WORD!r}): ")
        except EOFError:
            return False
        skipping = typed.strip().casefold() == SKIP_WORD
        now = clock()
        session, text = drill.skip(session, record, now) if skipping else drill.answer(session, typed, record, now)
        if session.get("timed_out"):
            return True
        if session["index"] != before:
            if skipping or not exam:  # an exam says nothing about a saved answer until it is graded
                _say(text)
            return True
        _say(text)
    print(f"  Skipped after {READ_TRIES} answers that could not be read.")
    session, text = drill.skip(session, record, clock())
    if not session.get("timed_out"):
        _say(text)
    return True


def _say(markdown: str) -> None:
    """Print the engine's Markdown as indented terminal text."""
    for line in drill.plain(markdown).strip().splitlines():
        print(f"  {line}" if line else "")


def _totals(results: Sequence[dict[str, Any]]) -> None:
    """Right, counted and score per domain, then the total (the last line)."""
    counts = drill.tally(results)
    counted = sum(n for _, n in counts.values())
    if not counted:
        print("No items answered.")
        return
    print(f"\n{'domain':<28}{'right':>7}{'of':>5}{'score':>8}")
    for slug, (right, n) in counts.items():
        print(f"{drill.domain_name(slug):<28}{right:>7}{n:>5}{right / n:>8.0%}")
    right = sum(r for r, _ in counts.values())
    print(f"{'total':<28}{right:>7}{counted:>5}{right / counted:>8.0%}")
