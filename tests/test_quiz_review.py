"""Quiz items against the independent item review (eval/item_review.md): each defect kind found is refused by
the gate where it can be checked, and the generators never produce it over 2,000 items."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest

from tutor.formulas import BY_FUNCTION
from tutor.quiz import Kind, QuizItem
from tutor.quiz.gate import Gate
from tutor.quiz.items import normalize
from tutor.quiz.numeric import SHARES, _mistakes, evaluate, feasible
from tutor.reading import NUM_RE, parse_number

DATA = Path(__file__).resolve().parent.parent / "eval" / "datasets"


@pytest.fixture(scope="module")
def engine(seed_tutor):
    return seed_tutor.quiz_engine


@pytest.fixture(scope="module")
def many(engine):
    return [item for seed in range(5) for item in engine.quiz(n=400, seed=500 + seed)]


def _reviewed() -> list[tuple[dict, QuizItem]]:
    items = {row["id"]: row for row in map(json.loads, (DATA / "item_review_items.jsonl").read_text().splitlines())}
    labels = [json.loads(line) for line in (DATA / "item_reviews.jsonl").read_text().splitlines()]
    return [(label, QuizItem.model_validate({k: v for k, v in items[label["id"]].items() if k != "round"}))
            for label in labels if label["id"] in items]


def test_the_review_labels_every_item_it_kept_with_the_rubric_codes():
    rubric = (DATA.parent / "item_review.md").read_text()
    codes = set(re.findall(r"^\| `([a-z-]+)` \|", rubric, re.M))
    reviewed = _reviewed()
    assert len(reviewed) >= 200
    for label, _item in reviewed:
        assert label["label"] in ("good", "weak", "defective")
        assert set(label["defects"]) <= codes, label
        assert bool(label["defects"]) == (label["label"] == "defective"), label


def test_the_gate_refuses_every_reviewed_item_with_placeholder_text_or_several_blanks():
    checkable = [(label, item) for label, item in _reviewed()
                 if "multi-blank" in label["defects"] or ("fragment" in label["defects"] and "placeholder" in
                                                           label["reason"].lower() and item.kind is not Kind.NUMERIC)]
    assert len(checkable) >= 20
    for label, item in checkable:
        assert Gate._wording(item), (label["reason"], item.stem)


def test_generated_items_read_as_whole_sentences_with_one_blank_at_most(many):
    assert len(many) == 2000
    for item in many:
        assert Gate._wording(item) == [], item.stem
        text = " ".join([item.stem, *item.options])
        assert not re.search(r"\bthis concept\b|\bA\(n\) this\b|\bthe the\b", text, re.I), text
        if item.kind in (Kind.MCQ, Kind.SCENARIO):
            assert "A(n)" not in item.stem and "____" not in item.stem, item.stem


def test_a_cloze_accepts_only_the_blanked_terms_own_names(engine, many):
    clozes = [i for i in many if i.kind is Kind.CLOZE]
    assert len(clozes) >= 200
    for item in clozes:
        entry = engine.bank.entries[item.citations[0].chunk_id.rsplit(":", 1)[0]]
        assert set(item.answer) <= set(entry.own), (item.answer, entry.own)  # type: ignore[arg-type]


def test_the_form_of_a_true_false_statement_does_not_predict_its_key(many):
    statements = [(i.stem.split("> ", 1)[1], i.answer) for i in many if i.kind is Kind.TRUE_FALSE]
    true = [s for s, key in statements if key is True]
    false = [s for s, key in statements if key is False]
    assert len(true) >= 50 and len(false) >= 50
    assert 0.4 <= len(true) / (len(true) + len(false)) <= 0.6  # neither key can be guessed from the odds

    ratio = statistics.median(len(t.split()) for t in false) / statistics.median(len(t.split()) for t in true)
    assert 0.7 < ratio < 1.4, ratio
    for text in true + false:
        assert not re.match(r"(?:It|Its|They|This|These|Such)\b", text), text  # the subject is named


def test_numeric_items_ask_for_a_result_not_an_input_and_say_fraction_or_percent(many):
    computed = [i for i in many if i.formula and i.kind is Kind.NUMERIC]
    assert len(computed) >= 300
    for item in computed:
        if item.target is not None:
            assert item.target[0] not in item.params, item.stem  # "the gross requirements in period 3" is given
        value = evaluate(item.formula, item.params, item.target)
        assert feasible(item.formula, item.params, value), item.stem  # e.g. a mean inside its spec limits
        if item.target is None and item.formula in SHARES:
            assert "decimal fraction" in item.stem, item.stem  # a share: 0.85 or 85%, said which
        elif item.target is None and "decimal fraction" in item.stem:
            raise AssertionError(f"a ratio that is no share is asked as a percentage: {item.stem}")


def test_numeric_choice_distractors_are_named_mistakes_only(many):
    choices = [i for i in many if i.formula and i.kind is Kind.MCQ and set(i.options) != {"A", "B", "C"}]
    assert choices
    for item in choices:
        value = float(evaluate(item.formula, item.params, item.target))
        named = _mistakes(BY_FUNCTION[item.formula], item.params, item.target, value)
        for n, option in enumerate(item.options):
            if n == item.key_index:
                continue
            number = parse_number(NUM_RE.search(option).group())  # type: ignore[union-attr]
            assert any(abs(number - m) <= max(item.tolerance, 0.01) for m in named), (option, named, item.stem)


def test_playbook_items_key_the_first_ranked_response_against_other_situations_first_responses(engine, many):
    asked = "Which response fits this situation best?"
    playbook = [i for i in many if i.kind is Kind.SCENARIO and i.stem.endswith(asked)]
    assert len(playbook) >= 100
    by_id = {s.entry_id: s for sources in engine.situations.values() for s in sources}
    for item in playbook:
        cited = list(dict.fromkeys(e for c in item.citations if (e := c.chunk_id.rsplit(":", 1)[0]) in by_id))
        own, others = by_id[cited[0]], [by_id[e] for e in cited[1:]]
        assert item.options[item.key_index] == own.headline
        wrong = sorted(o for n, o in enumerate(item.options) if n != item.key_index)
        assert wrong == sorted(s.headline for s in others)
        for other in others:
            assert other.domain == own.domain and not other.links & own.links
        assert normalize(own.heading) in normalize(item.explanation)  # the explanation says which situation it is
        assert all(normalize(o.headline) in normalize(item.explanation) for o in others)  # and why each is wrong


def test_every_quiz_alias_names_a_concept_entry_of_the_notes(engine):
    from tutor.quiz.bank import load_aliases

    aliases = load_aliases(DATA.parent.parent / "corpus")
    assert len(aliases) >= 300
    assert set(aliases) <= set(engine.bank.entries), set(aliases) - set(engine.bank.entries)
    for entry_id, names in aliases.items():
        own = {normalize(n) for n in engine.bank.entries[entry_id].own}
        assert {normalize(n) for n in names} <= own, entry_id  # a blank accepts every one of them


def test_malformed_quiz_aliases_are_a_clear_corpus_error(tmp_path):
    from tutor.errors import CorpusError
    from tutor.quiz.bank import load_aliases

    assert load_aliases(tmp_path) == {}  # no file: the names the headings and definitions give
    (tmp_path / "QUIZ_ALIASES.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="maps entry ids to lists of names"):
        load_aliases(tmp_path)
