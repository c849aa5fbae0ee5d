"""The `tutor quiz` and `tutor exam` commands: drills and mock exams in the terminal, JSON or an export file."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Sequence

from tutor.config import Settings
from tutor.domains import Domain
from tutor.errors import QueryError

EXAM_MINUTES_PER_ITEM = 210 / 150  # 3.5 hours for 150 items
READ_TRIES = 3
"""How many unreadable answers to one item the terminal drill takes before skipping it."""
WEIGHTS_NOTE = ("Domains are weighted equally: ASCM publishes no per-domain weights for CPIM 8.0 "
                "(set TUTOR_EXAM_WEIGHTS to change this).")


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
    return run_drill(items, input_fn=input, feedback=True, record=recorder(tutor, args.learner))


def recorder(tutor: object, name: str | None, review: bool = False) -> Callable[..., None] | None:
    """A callback that stores each graded answer for the learner (None without a learner)."""
    if not name:
        return None
    learner = tutor.learner(name)  # type: ignore[attr-defined]

    def record(item: object, response: str, correct: bool, seconds: float) -> None:
        tutor.record_attempt(learner.id, item, response, correct, seconds=seconds, review=review)  # type: ignore

    return record


def exam_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor exam`."""
    from tutor.wiring import build_tutor

    items = build_tutor(settings).exam(n=args.n, seed=args.seed)
    if args.json:
        print(json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False))
        return 0
    minutes = round(len(items) * EXAM_MINUTES_PER_ITEM)
    print(f"Mock exam: {len(items)} items; time allowed {minutes // 60} h {minutes % 60:02d} min "
          f"(3.5 h for 150, scaled). Answers are graded at the end.")
    weights = settings.exam_weights
    print(f"Domain weights from TUTOR_EXAM_WEIGHTS: {weights}" if weights else WEIGHTS_NOTE)
    return run_drill(items, input_fn=input, feedback=False)


def run_drill(items: Sequence[object], input_fn: Callable[[str], str], feedback: bool,
              record: Callable[..., None] | None = None) -> int:
    """Ask each item, grade it (with feedback now, or all at the end), then print totals by domain.

    End of input stops early; the totals cover the items answered. `record(item, response, correct,
    seconds)` is called for each graded answer.
    """
    import time

    from tutor.quiz.grading import grade
    from tutor.quiz.items import LETTERS, Kind, QuizItem

    results: dict[str, list[bool]] = defaultdict(list)
    graded = []
    for number, item in enumerate(items, 1):
        assert isinstance(item, QuizItem)
        where = f"{Domain(item.domain).display_name} · {item.kind} · difficulty {item.difficulty}"
        print(f"\n[{number}/{len(items)}] {where}")
        print(item.stem)
        if item.kind in (Kind.MCQ, Kind.SCENARIO):
            for letter, option in zip(LETTERS, item.options, strict=False):
                print(f"  {letter}) {option}")
        elif item.kind is Kind.TRUE_FALSE:
            print("  True or False?")
        started = time.monotonic()
        for _ in range(READ_TRIES):
            try:
                response = input_fn("Your answer: ")
            except EOFError:
                print()
                return _totals(results, graded, feedback)
            try:
                result = _readable(item, grade(item, response))
                break
            except QueryError as exc:  # unreadable: asked again, never graded or recorded
                print(f"  {exc}")
        else:
            print(f"  Skipped after {READ_TRIES} answers that could not be read; it is not recorded.")
            continue
        results[item.domain].append(result.correct)
        graded.append((item, result))
        if record is not None:
            record(item, response, result.correct, round(time.monotonic() - started, 1))
        if feedback:
            _feedback(result)
    return _totals(results, graded, feedback)


def _readable(item: object, result: object) -> object:
    """The grade, unless a choice item's answer named none of its options (junk like "zzz": asked again).

    Raises:
        QueryError: the response picked no option; the message says how to answer.
    """
    from tutor.quiz.items import LETTERS, Kind

    if item.kind in (Kind.MCQ, Kind.SCENARIO):  # type: ignore[attr-defined]
        options = item.options  # type: ignore[attr-defined]
        if result.response not in {f"{LETTERS[i]}) {o}" for i, o in enumerate(options)}:  # type: ignore[attr-defined]
            raise QueryError(f"{result.response!r} is not one of the options. Answer with a letter "  # type: ignore[attr-defined]
                             f"A–{LETTERS[len(options) - 1]}, the option's number (1–{len(options)}) or its text.")
    return result


def _feedback(result: object) -> None:
    verdict = "  ✓ Right. " if result.correct else f"  ✗ Not quite. The answer is {result.right_answer}. "  # type: ignore[attr-defined]
    print(verdict + (result.note + " " if result.note else ""))  # type: ignore[attr-defined]
    print(f"  {result.explanation}")  # type: ignore[attr-defined]
    for n, c in enumerate(result.citations, 1):  # type: ignore[attr-defined]
        print(f"  [{n}] {c.title} ({c.source}): “{c.quote}”")


def _totals(results: dict[str, list[bool]], graded: list[tuple[object, object]], feedback: bool) -> int:
    if not feedback:
        wrong = [(i, r) for i, r in graded if not r.correct]  # type: ignore[attr-defined]
        for item, result in wrong:
            print(f"\n✗ {item.stem.splitlines()[0][:90]}")  # type: ignore[attr-defined]
            _feedback(result)
    answered = sum(len(v) for v in results.values())
    if not answered:
        print("No items answered.")
        return 0
    print(f"\n{'domain':<28}{'right':>7}{'of':>5}{'score':>8}")
    for domain in Domain:
        got = results.get(str(domain), [])
        if got:
            print(f"{domain.display_name:<28}{sum(got):>7}{len(got):>5}{sum(got) / len(got):>8.0%}")
    right = sum(sum(v) for v in results.values())
    print(f"{'total':<28}{right:>7}{answered:>5}{right / answered:>8.0%}")
    return 0
