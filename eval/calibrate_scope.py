"""Calibrate the "is this about CPIM?" decision (tutor/scope.py) and measure it on held-out questions.

Run: `.venv/bin/python -m eval.calibrate_scope` (needs a built index). Two sources:

- the training examples, corpus/SCOPE.yaml (with the notes' headings and symptoms): the classifier's three
  cut-offs (`tutor.scope.ANSWER_AT`, `CLOSE_PASSAGE`, `FLOOR`) are chosen on 5-fold cross-validated
  probabilities of its questions, weighing a false refusal four times a false answer;
- eval/datasets/scope.yaml, split once and for all (`split_of`): its *calibration* split is part of the
  training examples, its *test* split never is and only measures the decision (tests/test_answering.py).

It prints the suggested cut-offs, the figures at the configured ones on the test split and, for a corpus
without SCOPE.yaml, the best-passage similarity threshold (`Settings.scope_threshold`) on the same splits.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml

SCOPE_FILE = Path(__file__).parent / "datasets" / "scope.yaml"
CLASSES = ("in_scope", "out_of_scope")
Split = Literal["calibration", "test"]


def split_of(question: str, questions: list[str]) -> Split:
    """The split of `question` within its class `questions`: ranked by the SHA-256 of their texts, alternately.

    The ranking is the same on every machine and in every run, and the two splits of a class differ by at most
    one question. Example: of four questions, the 1st and 3rd by hash calibrate, the 2nd and 4th test.
    """
    ranked = sorted(questions, key=lambda q: hashlib.sha256(q.strip().encode("utf-8")).hexdigest())
    return "calibration" if ranked.index(question) % 2 == 0 else "test"


def load_scope(split: Split | None = None, path: Path = SCOPE_FILE) -> dict[str, list[str]]:
    """The in- and out-of-scope questions of one split (None: all of them), in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: [q for q in data[kind] if split is None or split_of(q, data[kind]) == split] for kind in CLASSES}


def best_score(tutor: Any, question: str) -> tuple[float, bool]:
    """Best dense similarity among the top hits, and whether a glossary term matched."""
    hits = tutor.retriever.search(question, k=5)
    named = any(h.metadata.get("term_rank") is not None for h in hits)
    return max((h.metadata.get("dense_score") or 0.0) for h in hits), named


def choose_cutoffs(p: np.ndarray, best: np.ndarray, named: np.ndarray, on: np.ndarray) -> tuple[float, float, float]:
    """(ANSWER_AT, CLOSE_PASSAGE, FLOOR) maximising refusals of off-topic minus 4 x refusals of on-topic questions."""
    found: tuple[float, float, float, float] | None = None
    for answer_at in np.arange(0.1, 0.8, 0.05):
        for close in np.arange(0.4, 0.9, 0.05):
            for floor in (0.0, 0.02, 0.05, 0.1):
                answered = named | (p >= answer_at) | ((best >= close) & (p >= floor))
                score = (~answered[~on]).mean() - 4 * (~answered[on]).mean()
                if found is None or score > found[0]:
                    found = (score, round(float(answer_at), 2), round(float(close), 2), floor)
    assert found is not None
    return found[1:]


def main() -> None:
    """Print the cross-validated cut-offs and the held-out figures."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    from tutor import scope
    from tutor.config import load_settings
    from tutor.corpus import load_corpus
    from tutor.wiring import build_tutor

    logging.basicConfig(level=logging.WARNING)
    settings = load_settings()
    tutor = build_tutor(settings)
    data = yaml.safe_load((settings.corpus_dir / scope.EXAMPLES_FILE).read_text(encoding="utf-8"))
    on_all, off = scope.examples(settings.corpus_dir, load_corpus(settings.corpus_dir, tutor.outline))
    notes = on_all[len(data["on_topic"]):]
    questions = [*data["on_topic"], *off]
    x = np.asarray(tutor.embed(questions))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    xn = np.asarray(tutor.embed(notes))
    xn /= np.linalg.norm(xn, axis=1, keepdims=True)
    y = np.r_[np.ones(len(data["on_topic"])), np.zeros(len(off))]
    p = np.zeros(len(y))
    for train, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        model = LogisticRegression(C=scope.C, class_weight="balanced", max_iter=3000)
        model.fit(np.vstack([x[train], xn]), np.r_[y[train], np.ones(len(xn))])
        p[held] = model.predict_proba(x[held])[:, 1]
    scored = [best_score(tutor, q) for q in questions]
    best, named = np.array([s for s, _ in scored]), np.array([n for _, n in scored])
    print(f"cross-validated cut-offs (ANSWER_AT, CLOSE_PASSAGE, FLOOR): {choose_cutoffs(p, best, named, y == 1)}; "
          f"configured: {(scope.ANSWER_AT, scope.CLOSE_PASSAGE, scope.FLOOR)}")
    judge = tutor.judge
    for kind, items in load_scope("test").items():
        refused = [q for q in items if not judge.in_scope(tutor.index_store.embeddings.embed_query(q),
                                                          *best_score(tutor, q))]
        print(f"held-out {kind}: {len(refused)}/{len(items)} refused {refused if kind == 'in_scope' else ''}")
    for kind, items in load_scope("test").items():
        low = [q for q in items if (score := best_score(tutor, q))[0] < settings.scope_threshold and not score[1]]
        print(f"similarity alone at {settings.scope_threshold} (no SCOPE.yaml): held-out {kind} {len(low)}/{len(items)}"
              " refused")


if __name__ == "__main__":
    main()
