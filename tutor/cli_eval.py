"""`tutor eval retrieval|answers|quiz|all` and `tutor eval compare OLD.json NEW.json`."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from tutor.config import Settings
from tutor.errors import QueryError

THRESHOLDS = Path(__file__).resolve().parent.parent / "eval" / "thresholds.toml"


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `eval` to the CLI."""
    p = sub.add_parser("eval", help="measure retrieval, answer, calculation and quiz quality, or compare two runs")
    p.add_argument("part", choices=["retrieval", "answers", "calc", "quiz", "all", "compare"])
    p.add_argument("files", nargs="*", help="compare: OLD.json NEW.json (results.json of two runs)")
    p.add_argument("--dataset", action="append",
                   help="JSONL file or folder (repeatable; default: eval/datasets/questions)")
    p.add_argument("--out", help="folder for results.json, report.md and report.html (default: eval/runs/<time>)")
    p.add_argument("--backend", choices=["offline", "openai", "ollama"], default=None,
                   help="also score this generative backend's answers beside the offline composer")
    p.add_argument("--limit", type=int, help="use only the first N questions (a quick run)")
    p.add_argument("--quiz-items", type=int, default=400, help="quiz items to generate and check (default 400)")
    p.add_argument("--split", choices=["dev", "test"], default="dev",
                   help="calc: which half of the blind calculation set (default dev; score test only at the end)")
    p.add_argument("--thresholds", default=str(THRESHOLDS), help="thresholds TOML (default eval/thresholds.toml)")


def eval_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run `tutor eval`."""
    from tutor.evaluation import report

    try:
        thresholds = report.load_thresholds(Path(args.thresholds))
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise QueryError(f"Cannot read the thresholds file {args.thresholds}: {exc}. Give a TOML file like "
                         "eval/thresholds.toml.") from None
    if args.part == "compare":
        if len(args.files) != 2:
            raise QueryError("`tutor eval compare` takes two results.json files: OLD NEW.")
        old, new = (_read(Path(f)) for f in args.files)
        lines, regressions = report.compare(old, new, thresholds)
        print("\n".join(lines))
        for r in regressions:
            print(f"REGRESSION: {r}")
        print(f"{len(regressions)} regression(s) beyond {args.thresholds}.")
        return 1 if regressions else 0
    if args.limit is not None and args.limit < 1:
        raise QueryError(f"--limit takes a number of questions, 1 or more; got {args.limit}.")
    results = run(settings, args.part, [Path(d) for d in args.dataset or []], args.limit, args.backend,
                  args.quiz_items, args.split)
    out = Path(args.out or f"eval/runs/{datetime.now(UTC):%Y%m%d-%H%M%S}")
    files = report.write(results, out)
    for problem in results["problems"]:
        print(f"skipped {problem}")
    print(report.markdown(results).split("\n## ", 1)[0])
    print("Wrote " + ", ".join(str(f) for f in files))
    failures = report.below_minimum(results, thresholds)
    for failure in failures:
        print(f"BELOW THRESHOLD: {failure}")
    return 1 if failures else 0


def run(settings: Settings, part: str, datasets: list[Path], limit: int | None = None, backend: str | None = None,
        quiz_items: int = 400, split: str = "dev") -> dict:
    """Run the chosen parts on the data sets and return the results (what results.json holds).

    The calculation part reads the blind set's `split` (`eval/datasets/calc_blind`), not `datasets`.
    """
    from tutor.evaluation import calcset, dataset, runner
    from tutor.wiring import build_tutor

    items, problems = dataset.load(datasets or [dataset.DATASETS]) if part != "calc" else ([], [])
    items = items[:limit or None]  # None or 0: every item
    if not items and part not in ("quiz", "calc"):
        why = f" ({'; '.join(problems[:3])}{'; …' if len(problems) > 3 else ''})" if problems else ""
        raise QueryError(f"No evaluation questions were loaded{why}: check --dataset (JSONL, one object per line).")
    tutor = build_tutor(settings)
    results: dict = {"items": len(items), "backend": "offline", "problems": problems,
                     "started": datetime.now(UTC).isoformat()}
    if part in ("retrieval", "all"):
        results["retrieval"] = runner.retrieval(tutor, items)
    if part in ("answers", "all"):
        results["answers"] = runner.answers(tutor, items, tutor.embed)
        if backend and backend != "offline":
            llm = build_tutor(settings.model_copy(update={"llm_backend": backend}))
            results["answers_" + backend] = runner.answers(llm, items, tutor.embed, backend=backend)
    if part in ("calc", "all"):
        results["calculations"] = calcset.run(tutor, calcset.load(split)[:limit or None]) | {"split": split}
    if part in ("quiz", "all"):
        results["quiz"] = runner.quiz(tutor, n=quiz_items)
    return results


def _read(path: Path) -> dict:
    """A results.json of an earlier run, checked to have the shape `report.compare` reads.

    Raises:
        QueryError: the file cannot be read or is not a results.json.
    """
    from tutor.evaluation import report

    fix = "Give the results.json of an earlier `tutor eval` run."
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QueryError(f"Cannot read {path}: {exc}. {fix}") from None
    try:
        values = report.headline(data) if isinstance(data, dict) else None
    except AttributeError:  # a part or its summary is not a JSON object
        values = None
    if values is None or any(v is not None and (isinstance(v, bool) or not isinstance(v, int | float))
                             for v in values.values()):
        raise QueryError(f"{path} is not the results of a `tutor eval` run. {fix}")
    return data
