"""Warm latency of `Tutor.ask` (offline backend) over 200 mixed questions, beside retrieval alone.

Run: `.venv/bin/python bench/ask.py` after `tutor index`. Questions mix definitions (key terms of
the outline), comparisons, casual in-scope questions, out-of-scope questions and calculations.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.config import load_settings  # noqa: E402
from tutor.models import Answer  # noqa: E402
from tutor.wiring import build_tutor  # noqa: E402

CALCS = [
    "Annual demand 12,000 units, $50 per order, carrying cost 25%, unit cost $12. What is the EOQ?",
    "z = 1.65, MAD 40, lead time 4 weeks: how much safety stock?",
    "break even? fixed costs 50,000, price $20, variable cost $12",
    "takt time: 27,000 seconds available per shift and demand 450 units per shift",
    "DPMO with 150 defects in 2,000 units with 5 opportunities each",
]
COMPARISONS = ["MPS vs MRP", "difference between ATP and CTP", "RCCP vs CRP", "compare chase and level strategy",
               "what is the difference between safety stock and anticipation inventory"]


def questions(tutor, n: int) -> list[str]:
    scope = yaml.safe_load((ROOT / "eval/datasets/scope.yaml").read_text())
    terms = [f"what is {t.term}?" for d in tutor.outline.domains for t in d.key_terms]
    pool = CALCS + COMPARISONS + scope["in_scope"] + scope["out_of_scope"] + terms
    return [pool[(i * 7) % len(pool)] for i in range(n)]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    tutor = build_tutor(load_settings())
    qs = questions(tutor, 200)
    for q in qs[:10]:
        tutor.ask(q)  # warm-up: model, retriever, composer
    ask_ms, search_ms, answered = [], [], 0
    for q in qs:
        t = time.perf_counter()
        result = tutor.ask(q)
        ask_ms.append((time.perf_counter() - t) * 1000)
        answered += isinstance(result, Answer)
        t = time.perf_counter()
        tutor.search(q)
        search_ms.append((time.perf_counter() - t) * 1000)
    print(f"{len(qs)} questions ({answered} answered, {len(qs) - answered} not in the notes)")
    print(f"  ask (offline):   p50 {pct(ask_ms, 50):6.1f} ms   p95 {pct(ask_ms, 95):6.1f} ms   "
          f"mean {statistics.mean(ask_ms):6.1f} ms")
    print(f"  retrieval alone: p50 {pct(search_ms, 50):6.1f} ms   p95 {pct(search_ms, 95):6.1f} ms   "
          f"ratio ask/search at p50 {pct(ask_ms, 50) / pct(search_ms, 50):.2f}x")


if __name__ == "__main__":
    main()
