"""Calibrate the not-in-the-notes threshold on one split of scope.yaml and measure it on the other.

Run: `.venv/bin/python -m eval.calibrate_scope` (needs a built index). eval/datasets/scope.yaml is split
once and for all by a stable hash of each question (`split_of`): the *calibration* split sets the
threshold (the midpoint between its lowest in-scope and highest out-of-scope best dense similarity,
when they separate; questions that name a glossary term are answered whatever their score and are
left out of both ends), and the held-out *test* split, never looked at while calibrating, measures
false refusals and false answers at that threshold and at the configured one. tests/test_answering.py
checks the refusals on the test split only.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Literal

import yaml

SCOPE_FILE = Path(__file__).parent / "datasets" / "scope.yaml"
CLASSES = ("in_scope", "out_of_scope")
Split = Literal["calibration", "test"]


def split_of(question: str) -> Split:
    """The split a question belongs to: the parity of the SHA-256 of its text (stable across edits of others).

    Example: split_of("who won the world cup?") is the same on every machine and in every run.
    """
    return "test" if int(hashlib.sha256(question.strip().encode("utf-8")).hexdigest(), 16) % 2 else "calibration"


def load_scope(split: Split | None = None, path: Path = SCOPE_FILE) -> dict[str, list[str]]:
    """The in- and out-of-scope questions of one split (None: all of them), in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: [q for q in data[kind] if split is None or split_of(q) == split] for kind in CLASSES}


def best_score(tutor: Any, question: str) -> tuple[float, bool]:
    """Best dense similarity among the top hits, and whether a glossary term matched."""
    hits = tutor.retriever.search(question, k=5)
    named = any(h.metadata.get("term_rank") is not None for h in hits)
    return max((h.metadata.get("dense_score") or 0.0) for h in hits), named


def suggest_threshold(rows: dict[str, list[tuple[str, float, bool]]]) -> float | None:
    """The midpoint between the lowest in-scope and the highest out-of-scope score (no glossary match).

    None when the two classes overlap (no threshold separates them).
    """
    low_in = min(s for _, s, named in rows["in_scope"] if not named)
    high_out = max(s for _, s, named in rows["out_of_scope"] if not named)
    return round((low_in + high_out) / 2, 3) if low_in > high_out else None


def misjudged(rows: dict[str, list[tuple[str, float, bool]]], threshold: float) -> dict[str, list[str]]:
    """In-scope questions refused and out-of-scope ones answered at `threshold`."""
    return {"false_refusals": [q for q, s, named in rows["in_scope"] if s < threshold and not named],
            "false_answers": [q for q, s, named in rows["out_of_scope"] if s >= threshold or named]}


def main() -> None:
    """Print the calibration on the calibration split and the held-out figures on the test split."""
    from tutor.config import load_settings
    from tutor.wiring import build_tutor

    logging.basicConfig(level=logging.WARNING)
    settings = load_settings()
    tutor = build_tutor(settings)
    scored = {split: {kind: [(q, *best_score(tutor, q)) for q in questions]
                      for kind, questions in load_scope(split).items()} for split in ("calibration", "test")}
    for split, rows in scored.items():
        for kind, items in rows.items():
            scores = sorted(s for _, s, _ in items)
            print(f"{split} {kind}: n={len(items)} min={scores[0]:.3f} median={scores[len(scores) // 2]:.3f} "
                  f"max={scores[-1]:.3f}")
    calibration = scored["calibration"]
    low_in = min(s for _, s, named in calibration["in_scope"] if not named)
    high_out = max(s for _, s, named in calibration["out_of_scope"] if not named)
    print(f"calibration: lowest in-scope (without a glossary match) {low_in:.3f}; highest out-of-scope {high_out:.3f}")
    suggested = suggest_threshold(calibration)
    print(f"suggested threshold (calibration split only): {suggested}")
    test = scored["test"]
    n_in, n_out = len(test["in_scope"]), len(test["out_of_scope"])
    for name, threshold in (("configured", settings.scope_threshold), ("suggested", suggested)):
        if threshold is None:
            continue
        wrong = misjudged(test, threshold)
        print(f"held-out test at the {name} threshold {threshold}: false refusals "
              f"{len(wrong['false_refusals'])}/{n_in} {wrong['false_refusals']}; false answers "
              f"{len(wrong['false_answers'])}/{n_out} {wrong['false_answers']}")
    margin_in = min(s for _, s, named in test["in_scope"] if not named) - settings.scope_threshold
    margin_out = settings.scope_threshold - max(s for _, s, named in test["out_of_scope"] if not named)
    print(f"held-out margins at {settings.scope_threshold}: lowest in-scope {margin_in:+.3f}, "
          f"highest out-of-scope {margin_out:+.3f} (positive: on the right side)")


if __name__ == "__main__":
    main()
