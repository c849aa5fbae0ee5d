"""Calibrate the not-in-the-notes threshold: best dense similarity for in- and out-of-scope questions.

Run: `.venv/bin/python -m eval.calibrate_scope` (needs a built index). Prints both distributions,
the questions that would be misjudged at the current threshold, and a suggested threshold (the
midpoint between the lowest in-scope and highest out-of-scope score, when they separate).
"""

from __future__ import annotations

import logging
from pathlib import Path

import yaml

from tutor.config import load_settings
from tutor.wiring import build_tutor


def best_score(tutor, question: str) -> tuple[float, bool]:
    """Best dense similarity among the top hits, and whether a glossary term matched."""
    hits = tutor.retriever.search(question, k=5)
    named = any(h.metadata.get("term_rank") is not None for h in hits)
    return max((h.metadata.get("dense_score") or 0.0) for h in hits), named


def main() -> None:
    """Print the calibration report."""
    logging.basicConfig(level=logging.WARNING)
    data = yaml.safe_load((Path(__file__).parent / "datasets" / "scope.yaml").read_text())
    settings = load_settings()
    tutor = build_tutor(settings)
    rows = {kind: [(q, *best_score(tutor, q)) for q in data[kind]] for kind in ("in_scope", "out_of_scope")}
    for kind, items in rows.items():
        scores = sorted(s for _, s, _ in items)
        print(f"{kind}: n={len(items)} min={scores[0]:.3f} median={scores[len(scores) // 2]:.3f} max={scores[-1]:.3f}")
    low_in = min(s for _, s, named in rows["in_scope"] if not named)
    high_out = max(s for _, s, named in rows["out_of_scope"] if not named)
    print(f"lowest in-scope (without a glossary match) {low_in:.3f}; highest out-of-scope {high_out:.3f}")
    if low_in > high_out:
        print(f"suggested threshold: {(low_in + high_out) / 2:.3f}")
    t = settings.scope_threshold
    wrong_in = [q for q, s, named in rows["in_scope"] if s < t and not named]
    wrong_out = [q for q, s, named in rows["out_of_scope"] if s >= t or named]
    print(f"at threshold {t}: false refusals {wrong_in}; false answers {wrong_out}")


if __name__ == "__main__":
    main()
