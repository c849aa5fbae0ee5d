"""The scope classifier (tutor/scope.py): its examples never hold held-out questions, its shipped weights are
fresh for the committed corpus, and its decision and artifact handling behave as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eval.calibrate_scope import load_scope
from tutor import scope
from tutor.corpus import load_corpus
from tutor.domains import load_outline
from tutor.errors import CorpusError
from tutor.scope import Judge

from .conftest import CORPUS, REPO

MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def _examples() -> dict[str, list[str]]:
    return yaml.safe_load((CORPUS / scope.EXAMPLES_FILE).read_text(encoding="utf-8"))


def test_examples_hold_the_calibration_split_and_no_held_out_question():
    data = _examples()
    calibration, test = load_scope("calibration"), load_scope("test")
    assert set(calibration["in_scope"]) <= set(data["on_topic"])
    assert set(calibration["out_of_scope"]) <= set(data["off_topic"])
    blind = {json.loads(line)["question"] for name in ("dev", "test") for line in
             (REPO / "eval" / "datasets" / "situations" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()}
    held_out = set(test["in_scope"]) | set(test["out_of_scope"]) | blind
    assert not (set(data["on_topic"]) | set(data["off_topic"])) & held_out
    assert len(data["off_topic"]) >= 400 and len(data["on_topic"]) >= 200


def test_the_shipped_classifier_is_fresh_for_the_committed_corpus(embeddings):
    entries = load_corpus(CORPUS, load_outline(CORPUS / "outline.yaml"))
    on, off = scope.examples(CORPUS, entries)
    key = scope.key_of(embeddings.name, on, off)
    assert scope.read(CORPUS / scope.MODEL_FILE, key) is not None, (
        "corpus/SCOPE_MODEL.json is stale for the corpus (headings, symptoms or SCOPE.yaml changed): run "
        "`tutor scope --write` and commit it")


def test_the_decision_rule():
    judge = Judge(key="k", weights=(4.0, 0.0), bias=-2.0)  # p = sigmoid(4x - 2) on the normalised vector
    on, off, middle = (1.0, 0.0), (0.0, 1.0), (0.6, 0.8)  # p = 0.88, 0.12, 0.60
    assert judge.probability(on) == pytest.approx(0.8808, abs=1e-4)
    assert judge.in_scope(on, best_similarity=0.1, names_a_term=False)
    assert not judge.in_scope(off, best_similarity=0.3, names_a_term=False)
    assert judge.in_scope(off, best_similarity=0.3, names_a_term=True)  # a glossary term is always answered
    assert judge.in_scope(off, best_similarity=0.55, names_a_term=False)  # a close passage, p above the floor
    assert judge.in_scope(middle, best_similarity=0.1, names_a_term=False)
    very_off = (-1.0, 0.0)  # p = 0.0025, under the floor
    assert not judge.in_scope(very_off, best_similarity=0.55, names_a_term=False)
    assert judge.in_scope(very_off, best_similarity=0.65, names_a_term=False)  # a very close passage
    assert judge.probability((2.0, 0.0)) == judge.probability(on)  # the vector is normalised first


def _corpus(tmp_path: Path, scope_text: str | None) -> tuple[Path, list]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if scope_text is not None:
        (corpus / scope.EXAMPLES_FILE).write_text(scope_text, encoding="utf-8")
    return corpus, []


def _embed(texts: list[str]) -> list[list[float]]:
    """A stand-in embedding: on-topic words point one way, everything else the other."""
    return [[1.0, 0.1] if "stock" in t else [0.1, 1.0] for t in texts]


def test_load_judge_trains_once_saves_in_the_data_folder_and_prefers_the_shipped_copy(tmp_path):
    examples = "on_topic: ['safety stock?', stock levels]\noff_topic: [bake bread, play chess]\n"
    corpus, entries = _corpus(tmp_path, examples)
    data = tmp_path / "data"
    judge = scope.load_judge(corpus, data, entries, MODEL, _embed)
    assert judge is not None and (data / scope.MODEL_FILE).is_file()
    assert judge.probability([1.0, 0.1]) > 0.5 > judge.probability([0.1, 1.0])

    def fail(texts: list[str]) -> list[list[float]]:
        raise AssertionError("trained again although a saved copy matches")

    assert scope.load_judge(corpus, data, entries, MODEL, fail) == scope.read(data / scope.MODEL_FILE, judge.key)
    shipped = Judge(key=judge.key, weights=(0.0, 0.0), bias=3.0)
    scope.write(shipped, corpus / scope.MODEL_FILE)
    assert scope.load_judge(corpus, data, entries, MODEL, fail) == shipped
    (corpus / scope.EXAMPLES_FILE).write_text("on_topic: [stock]\noff_topic: [bread]\n", encoding="utf-8")
    assert scope.load_judge(corpus, data, entries, MODEL, _embed).key != judge.key  # new examples: trained anew


def test_no_examples_means_no_judge_and_bad_examples_a_clear_error(tmp_path):
    corpus, entries = _corpus(tmp_path, None)
    assert scope.load_judge(corpus, tmp_path / "data", entries, MODEL, _embed) is None
    (corpus / scope.EXAMPLES_FILE).write_text("just: [one list]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="on_topic and off_topic"):
        scope.load_judge(corpus, tmp_path / "data", entries, MODEL, _embed)


def test_a_corrupt_saved_copy_is_ignored(tmp_path):
    path = tmp_path / scope.MODEL_FILE
    path.write_text("{not json", encoding="utf-8")
    assert scope.read(path, "any") is None
