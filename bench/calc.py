"""Warm latency of `Tutor.ask` on calculation questions (the blind set's dev half), beside the reader alone
and retrieval alone in the same process.

Run: `.venv/bin/python bench/calc.py` after `tutor index`. The target is a warm p50 under 60 ms.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.config import load_settings  # noqa: E402
from tutor.errors import QueryError  # noqa: E402
from tutor.evaluation import calcset  # noqa: E402
from tutor.layout import canonical  # noqa: E402
from tutor.solver import Solver, prepared  # noqa: E402
from tutor.wiring import build_tutor  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn, questions: list[str]) -> list[float]:
    out = []
    for q in questions:
        t = time.perf_counter()
        try:
            fn(q)
        except QueryError:
            pass
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    tutor = build_tutor(load_settings())
    questions = [i.question for i in calcset.load("dev")]
    solver = Solver()
    timed(tutor.ask, questions[:10])  # warm-up: model, retriever, composer
    ask_ms = timed(tutor.ask, questions)
    prepared.cache_clear()  # the reader's own cost: its per-question caches start empty, as for a new question
    canonical.cache_clear()
    reader_ms = timed(solver.solve, questions)
    search_ms = timed(tutor.search, questions)
    print(f"{len(questions)} calculation questions (blind set, dev half), warm")
    for name, ms in (("ask (offline)", ask_ms), ("reader alone", reader_ms), ("retrieval alone", search_ms)):
        print(f"  {name:16s} p50 {pct(ms, 50):6.1f} ms   p95 {pct(ms, 95):6.1f} ms   "
              f"mean {statistics.mean(ms):6.1f} ms")
    print(f"  ratio ask/retrieval at p50 {pct(ask_ms, 50) / pct(search_ms, 50):.2f}x; "
          f"reader share of ask at p50 {pct(reader_ms, 50) / pct(ask_ms, 50):.0%}")


if __name__ == "__main__":
    main()
