"""Is a question about the CPIM body of knowledge? A small classifier over question embeddings.

Nearest-passage similarity alone cannot tell "how do I pull a shot of espresso?" (one word shared with
pull systems) from a casual CPIM question, so the decision also asks a logistic regression trained on
example questions: the on- and off-topic questions of `corpus/SCOPE.yaml` (written by authors who saw only
the outline) plus the notes' own headings and situation symptoms as on-topic examples. A question is in
scope when it names a glossary term, or the classifier says so, or the best passage is very close, or it
is close and the classifier does not rule it out (`Judge.in_scope`).

The trained weights are an artifact keyed by the embedding model and a hash of the training texts: the
copy shipped as `corpus/SCOPE_MODEL.json` is used when its key matches (so nothing is embedded at start-up),
else a copy in the data folder, else the model is trained once (about 35 s on two cores) and saved there.
`tutor scope --write` refreshes the shipped copy; a test fails when it is stale.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from tutor.corpus import Entry
from tutor.errors import CorpusError

logger = logging.getLogger(__name__)

EXAMPLES_FILE = "SCOPE.yaml"
MODEL_FILE = "SCOPE_MODEL.json"
C = 4.0
"""Inverse regularisation strength of the logistic regression (chosen by cross-validation, eval/calibrate_scope.py)."""
ANSWER_AT = 0.55
"""Classifier probability at or above which a question is in scope."""
CLOSE_PASSAGE = 0.5
"""A best-passage similarity at or above which a question is in scope unless the classifier gives it < `FLOOR`."""
FLOOR = 0.05
VERY_CLOSE = 0.6
"""A best-passage similarity at or above which a question is in scope whatever the classifier says: no off-topic
question of the calibration sets comes within 0.07 of it ("push vs pull deployment" has a classifier probability
of 0.04, as workouts have push and pull days, and a passage at 0.67)."""

Embed = Callable[[list[str]], list[list[float]]]


@dataclass(frozen=True)
class Judge:
    """The trained decision: weights over a normalised embedding, and the key of what it was trained on."""

    key: str
    weights: tuple[float, ...]
    bias: float

    def probability(self, vector: Sequence[float]) -> float:
        """The classifier's probability that the embedded question is about the CPIM body of knowledge."""
        v = np.asarray(vector, dtype=float)
        z = float(np.dot(np.asarray(self.weights), v / (np.linalg.norm(v) or 1.0)) + self.bias)
        return float(1 / (1 + np.exp(-z)))

    def in_scope(self, vector: Sequence[float], best_similarity: float, names_a_term: bool) -> bool:
        """The decision for one question: its embedding, the best passage's cosine similarity, a glossary match."""
        p = self.probability(vector)
        return (names_a_term or p >= ANSWER_AT or best_similarity >= VERY_CLOSE
                or (best_similarity >= CLOSE_PASSAGE and p >= FLOOR))


def examples(corpus_dir: Path, entries: Sequence[Entry]) -> tuple[list[str], list[str]]:
    """(on-topic, off-topic) training texts: SCOPE.yaml's questions, then the notes' headings and symptoms.

    Raises:
        CorpusError: SCOPE.yaml cannot be read or is not two lists of questions.
    """
    path = corpus_dir / EXAMPLES_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        on, off = [str(q) for q in data["on_topic"]], [str(q) for q in data["off_topic"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise CorpusError(f"{path}: cannot read the scope examples ({exc}); it needs on_topic and off_topic "
                          "lists of questions") from None
    notes = [e.heading for e in entries] + [s for e in entries for s in e.symptoms]
    return on + sorted(set(notes)), off


def key_of(model_name: str, on: Sequence[str], off: Sequence[str]) -> str:
    """The key of a training run: the embedding model, the settings above and every training text."""
    payload = json.dumps([model_name, C, list(on), list(off)], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def train(embed: Embed, on: Sequence[str], off: Sequence[str], key: str) -> Judge:
    """Fit the logistic regression (balanced classes) on normalised embeddings of the examples."""
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(embed([*on, *off]), dtype=float)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.r_[np.ones(len(on)), np.zeros(len(off))]
    fitted = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y)
    return Judge(key=key, weights=tuple(float(w) for w in fitted.coef_[0]), bias=float(fitted.intercept_[0]))


def read(path: Path, key: str) -> Judge | None:
    """The judge saved at `path` if it was trained on what `key` names, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        judge = Judge(key=data["key"], weights=tuple(data["weights"]), bias=float(data["bias"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return judge if judge.key == key else None


def write(judge: Judge, path: Path) -> None:
    """Save the judge as JSON (weights rounded to 6 decimals: the decision does not move)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"key": judge.key, "weights": [round(w, 6) for w in judge.weights], "bias": round(judge.bias, 6)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data) + "\n", encoding="utf-8")
    tmp.replace(path)


def load_judge(corpus_dir: Path, data_dir: Path, entries: Sequence[Entry], model_name: str,
               embed: Embed) -> Judge | None:
    """The judge for this corpus and model: shipped, saved in the data folder, or trained now and saved there.

    None when the corpus has no SCOPE.yaml (a corpus of one's own): the best passage's similarity decides.

    Raises:
        CorpusError: SCOPE.yaml exists but is not two lists of questions.
    """
    if not (corpus_dir / EXAMPLES_FILE).is_file():
        logger.info("no %s in %s: scope is decided by passage similarity alone", EXAMPLES_FILE, corpus_dir)
        return None
    on, off = examples(corpus_dir, entries)
    key = key_of(model_name, on, off)
    for path in (corpus_dir / MODEL_FILE, data_dir / MODEL_FILE):
        if (judge := read(path, key)) is not None:
            return judge
    logger.info("training the scope classifier on %d examples (once per corpus and model)", len(on) + len(off))
    judge = train(embed, on, off, key)
    try:
        write(judge, data_dir / MODEL_FILE)
    except OSError as exc:
        logger.warning("could not save the scope classifier in %s (%s); it will be trained again", data_dir, exc)
    return judge
