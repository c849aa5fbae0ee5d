"""Quiz generation speed: items per second, warm, overall and per kind, beside a gate-only baseline.

Run: `.venv/bin/python bench/quiz.py` after `tutor index`. The engine is built once (cold figure
printed), then quizzes of 100 items are drawn with different seeds. The baseline re-checks the same
items through a fresh gate, so the ratio shows how much of the time is generation rather than checks.
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
from tutor.quiz import Kind  # noqa: E402
from tutor.quiz.gate import Gate  # noqa: E402
from tutor.wiring import build_tutor  # noqa: E402

ROUNDS = 10


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    tutor = build_tutor(load_settings())
    start = time.perf_counter()
    engine = tutor.quiz_engine
    print(f"engine build (cold, once per process): {time.perf_counter() - start:.2f} s; "
          f"{len(engine.bank.entries)} concept entries, "
          f"{len({s.function for sources in engine.numeric.values() for s in sources})} formulas, "
          f"{sum(map(len, engine.situations.values()))} situations")
    engine.quiz(n=20, seed=0)  # warm-up
    times, gate_times = [], []
    for seed in range(1, ROUNDS + 1):
        start = time.perf_counter()
        items = engine.quiz(n=100, seed=seed)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        gate = Gate(engine.chunks)
        assert all(gate.admit(i) for i in items)
        gate_times.append(time.perf_counter() - start)
    p50 = statistics.median(times)
    print(f"100 mixed items: p50 {p50 * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
          f"-> {100 / p50:.0f} items/s (target: 100 items in under 1 s)")
    print(f"gate alone on the same items: p50 {statistics.median(gate_times) * 1000:.1f} ms "
          f"(generation+gate / gate = {p50 / statistics.median(gate_times):.1f}x)")
    for kind in Kind:
        start = time.perf_counter()
        engine.quiz(n=100, kinds=[kind.value], seed=99)
        took = time.perf_counter() - start
        print(f"  {kind.value:<11} {100 / took:7.0f} items/s")
    start = time.perf_counter()
    engine.exam(n=150, seed=1)
    print(f"mock exam of 150 items: {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
