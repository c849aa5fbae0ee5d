"""The evaluation harness: metrics on hand-worked cases, the JSONL loader, reports, compare, and the CI subset."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.evaluation import calcset, dataset, report, runner
from tutor.evaluation import metrics as m

THRESHOLDS = Path(__file__).resolve().parent.parent / "eval" / "thresholds.toml"


@pytest.mark.parametrize(("text", "spec", "met"), [
    ("The MPS drives MRP.", "master production schedule|mps", True),
    ("The master production schedule drives MRP.", "master production schedule|mps", True),
    ("Capacity planning.", "master production schedule|mps", False),
    ("EOQ balances costs", "EOQ", True),  # case-insensitive
    ("reorder", "order point|reorder point", False),
    ("", "anything", False),
])
def test_must_mention_alternatives(text, spec, met):
    assert m.mentions(text, spec) is met


def test_must_mention_recall_counts_strings_not_alternatives():
    assert m.must_mention_recall("safety stock protects against variation", ["safety stock", "lead time|ddlt"]) == 0.5
    assert m.must_mention_recall("anything", []) is None


def test_rank_metrics_on_a_hand_worked_list():
    flags = [False, True, False, True, False]
    assert m.hit_at(flags, 1) == 0.0 and m.hit_at(flags, 3) == 1.0
    assert m.reciprocal_rank(flags) == 0.5
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    ideal = 1 / math.log2(2) + 1 / math.log2(3)
    assert m.ndcg_at(flags, 10) == pytest.approx(dcg / ideal)
    assert m.ndcg_at(flags, 10, total_relevant=3) == pytest.approx(dcg / (ideal + 1 / math.log2(4)))
    assert m.reciprocal_rank([False, False]) == 0.0 and m.ndcg_at([False], 10) == 0.0


def test_relevance_uses_ids_when_given_else_domain_and_terms():
    assert m.is_relevant("a:0", "inventory", "x", "inventory", ["eoq"], ["a:0"])
    assert not m.is_relevant("b:0", "inventory", "eoq here", "inventory", ["eoq"], ["a:0"])
    assert m.is_relevant("b:0", "inventory", "the EOQ formula", "inventory", ["eoq"])
    assert not m.is_relevant("b:0", "supply", "the EOQ formula", "inventory", ["eoq"])


def test_faithfulness_is_the_share_of_supported_sentences():
    chunk = "Safety stock protects against demand variation during the replenishment lead time."
    text = ("**Safety stock** protects against demand variation during lead time. [1]\n\n"
            "It is always exactly ten percent of annual sales volume in every company.")
    assert m.faithfulness(text, [chunk]) == 0.5
    assert m.faithfulness(text, []) is None
    assert m.answer_sentences("| a | b |\n|---|---|\n# Heading\n- one two three four [2]") == ["one two three four"]


def test_citation_validity_and_numeric_tolerance_edges():
    chunks = {"c1": "Kanban signals replenishment."}
    pairs = [("c1", "Kanban signals"), ("c1", "made up"), ("c2", "x")]
    assert m.citation_validity(pairs, chunks) == pytest.approx(1 / 3)
    assert m.citation_validity([], chunks) is None
    assert m.numeric_correct(100.5, 100.0, 0.5) and not m.numeric_correct(100.51, 100.0, 0.5)
    assert m.numeric_correct(99.5, 100.0, 0.5) and not m.numeric_correct(None, 1.0, 1.0)
    assert m.percentile([10, 20, 30, 40], 50) == 25 and m.percentile([], 95) == 0.0


def test_the_loader_reports_malformed_lines_by_number_and_keeps_the_rest(tmp_path):
    good = {"id": "x-1", "domain": "inventory", "kind": "concept", "question": "eoq?", "reference_answer": "r",
            "must_mention": ["eoq"], "extra_field": "ignored"}
    lines = [json.dumps(good), "{not json", json.dumps(good | {"id": "x-2", "kind": "essay"}),
             json.dumps(good | {"id": "x-3", "domain": "inventry"}), json.dumps({"id": "x-4", "domain": "sop"}), "",
             json.dumps(good),
             json.dumps(good | {"id": "x-5", "kind": "calc", "numeric_answer": 447.2, "tolerance": 1})]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items, problems = dataset.load([path])
    assert [i.id for i in items] == ["x-1", "x-5"] and items[1].numeric_answer == 447.2
    assert [p.split(":")[1] for p in problems] == ["2", "3", "4", "5", "7"]
    assert "not JSON" in problems[0] and "kind" in problems[1] and "inventry" in problems[2]
    assert "duplicate id" in problems[4]


def _results(mrr=0.8, mention=0.9, p50=20.0):
    overall_ret = {"n": 2, **{mode: {"hit@1": 0.7, "hit@3": 0.9, "hit@5": 0.95, "mrr": mrr, "ndcg@10": 0.8,
                                     "domain_acc": 0.9, "p50_ms": p50, "p95_ms": p50 * 2} for mode in runner.MODES}}
    overall_ans = {"n": 3, "must_mention": mention, "similarity": 0.6, "faithfulness": 0.9, "citation_validity": 1.0,
                   "domain_acc": 0.9, "numeric": 1.0, "refusal_rate": 1.0, "false_refusal_rate": 0.0,
                   "p50_ms": p50, "p95_ms": p50 * 2}
    return {"items": 3, "backend": "offline", "problems": ["q.jsonl:2: not JSON"],
            "retrieval": {"summary": {"overall": overall_ret, "by_domain": {"inventory": overall_ret}}},
            "answers": {"summary": {"overall": overall_ans, "by_domain": {"inventory": overall_ans},
                                    "by_kind": {"concept": overall_ans}},
                        "records": [{"ms": 10.0}, {"ms": 30.0}]},
            "quiz": {"summary": {"overall": {"n": 10, "check_pass_rate": 1.0, "duplicate_rate": 0.0,
                                             "max_key_share": 0.26, "numeric_key_agreement": 1.0}}}}


def test_compare_detects_a_planted_regression_and_passes_an_improvement():
    thresholds = report.load_thresholds(THRESHOLDS)
    old = _results()
    _, none = report.compare(old, _results(mrr=0.82, mention=0.95), thresholds)
    assert none == []
    lines, regressions = report.compare(old, _results(mention=0.8), thresholds)
    assert regressions == ["answers.must_mention regressed: 0.900 -> 0.800 (allowed change 0.03)"]
    assert "answers.must_mention: 0.900 -> 0.800 (-0.100)" in lines
    _, slower = report.compare(old, _results(p50=40.0), thresholds)
    assert any("p50_ms" in r for r in slower)
    planted = copy.deepcopy(old)
    planted["quiz"]["summary"]["overall"]["check_pass_rate"] = 0.99
    assert report.below_minimum(planted, thresholds) == ["quiz.check_pass_rate = 0.990 is beyond the bound 1.0"]


def test_report_files_and_the_compare_command(tmp_path, capsys):
    files = report.write(_results(), tmp_path / "old")
    assert [f.name for f in files] == ["results.json", "report.md", "report.html"]
    md = files[1].read_text()
    assert "| answers.must_mention | 0.900 |" in md and "q.jsonl:2: not JSON" in md and "## answers, by domain" in md
    html = files[2].read_text()
    assert html.count("plotly-graph-div") == 3 and "Retrieval MRR by domain" in html
    report.write(_results(mention=0.5), tmp_path / "new")
    assert main(["eval", "compare", str(tmp_path / "old/results.json"), str(tmp_path / "new/results.json")]) == 1
    assert "REGRESSION: answers.must_mention" in capsys.readouterr().out
    assert main(["eval", "compare", str(tmp_path / "old/results.json"), str(tmp_path / "old/results.json")]) == 0


def test_the_fast_subset_meets_the_thresholds(seed_tutor):
    """What CI gates on: a quick run over part of every domain's questions."""
    items, problems = dataset.load([dataset.DATASETS])
    assert not problems and len(items) >= 230
    subset = [i for n, i in enumerate(items) if n % 4 == 0]  # a quarter, spread over the domains and kinds
    results = {"retrieval": runner.retrieval(seed_tutor, subset),
               "answers": runner.answers(seed_tutor, subset, seed_tutor.index_store.embeddings.embed_documents),
               "quiz": runner.quiz(seed_tutor, n=200),
               "calculations": calcset.run(seed_tutor, calcset.load("dev"))}  # the blind set's dev half, all of it
    failures = report.below_minimum(results, report.load_thresholds(THRESHOLDS))
    assert failures == [], failures
    overall = results["answers"]["summary"]["overall"]
    assert overall["refusal_rate"] is not None and overall["numeric"] is not None
    calcs = results["calculations"]["summary"]["overall"]
    assert calcs["n"] == 128 and calcs["exact"] is not None and calcs["confident_wrong"] is not None
    quiz = results["quiz"]["summary"]["overall"]  # below_minimum skips a missing metric: it must be there
    assert quiz["n"] == 200 and quiz["check_pass_rate"] is not None and quiz["numeric_key_agreement"] is not None
    assert quiz["check_failures"] == {}, [r for r in results["quiz"]["records"] if r["problems"]]


def test_the_quiz_check_is_not_the_gate_and_catches_planted_defects(seed_tutor):
    import inspect

    from tutor.evaluation import quizcheck
    from tutor.quiz.items import QuizItem

    imports = [line for line in inspect.getsource(quizcheck).splitlines() if line.startswith(("import ", "from "))]
    assert imports and not [line for line in imports if "gate" in line or "numeric" in line], imports
    chunks = {str(d.metadata["chunk_id"]): d.page_content for d in seed_tutor.chunks()}
    items = seed_tutor.quiz_engine.quiz(n=200, seed=7)
    choices = seed_tutor.quiz_engine.quiz(n=300, kinds=["mcq"], seed=8)  # computed choice items are the rarer kind
    computed = next(i for i in items + choices if i.kind == "mcq" and i.formula and i.target is None
                    and set(i.options) != {"A", "B", "C"})
    numeric = next(i for i in items if i.kind == "numeric" and i.formula)
    term = next(i for i in items if i.kind == "mcq" and not i.formula and len(i.options[i.key_index].split()) <= 8)
    cloze = next(i for i in items if i.kind == "cloze")
    for item in (computed, numeric, term, cloze):
        assert quizcheck.problems(item, chunks) == [], item
    key, n = computed.key_index, len(computed.options)
    first = next(k for k, v in computed.params.items() if isinstance(v, int | float) and not isinstance(v, bool) and v)
    citation = term.citations[0]
    elsewhere = next(cid for cid, text in chunks.items() if term.options[term.key_index].lower() not in text.lower()
                     and not any(name.lower() in text.lower() for name in term.key_names))
    duplicated = [*term.options]
    duplicated[(term.key_index + 1) % len(duplicated)] = term.options[term.key_index]
    planted = [
        (computed.model_copy(update={"answer": (key + 1) % n}), "computed"),  # the key moved to a distractor
        (computed.model_copy(update={"answer": n}), "key"),  # the key is not one of the options
        (computed.model_copy(update={"params": computed.params | {first: computed.params[first] * 3}}), "computed"),
        (numeric.model_copy(update={"answer": float(numeric.answer) * 1.01 + 1}), "computed"),
        (numeric.model_copy(update={"tolerance": abs(float(numeric.answer)) * 0.5 + 1}), "key"),
        (term.model_copy(update={"options": duplicated}), "options"),
        (cloze.model_copy(update={"stem": cloze.stem.replace("____", str(cloze.answer[0]))}), "stem"),
        (term.model_copy(update={"citations": [citation.model_copy(update={"chunk_id": "inventory/none.md#x:0"})]}),
         "citation"),
        (term.model_copy(update={"citations": [citation.model_copy(update={"quote": citation.quote + " always"})]}),
         "citation"),
        (term.model_copy(update={"citations": [citation.model_copy(update={"chunk_id": elsewhere,
                                                                           "quote": chunks[elsewhere][:60]})]}),
         "grounding"),  # a real quote, from a chunk that does not name the key
    ]
    for item, kind in planted:
        found = quizcheck.problems(item, chunks)
        assert any(p.startswith(f"{kind}:") for p in found), (kind, found)
    # a fraction key beside its own percent (0.64 and 64) is two right answers; without the twin it passes
    fill = dict(kind="mcq", domain="inventory", subtopic="inventory/measures", difficulty=2,
                stem="What is the fill rate?", answer=3, tolerance=0.005, explanation="640 / 1,000 = 0.64.",
                citations=[citation], formula="fill_rate", params={"shipped_complete": 640, "requested": 1000})
    twin = quizcheck.problems(QuizItem(options=["64", "0.32", "1.28", "0.64"], **fill), chunks)
    assert [p.split(":")[0] for p in twin] == ["percent-twin"], twin
    assert quizcheck.problems(QuizItem(options=["0.96", "0.32", "1.28", "0.64"], **fill), chunks) == []
    assert quizcheck.computed_key_agrees(QuizItem(options=["0.96", "0.32", "1.28", "0.64"], **fill)) is True


def test_calculation_outcomes_right_wrong_asked_missed():
    from tutor.models import Answer, Calculation

    item = calcset.CalcItem(id="x", domain="inventory", formula="EOQ", function="eoq", question="q", expected=632.46,
                            unit="units", tolerance=0.5)
    lacking = item.model_copy(update={"expected": None, "missing": ["order_cost"]})

    def answer(number=None, missing=()):
        return Answer(text="t", domain="inventory", citations=[], numeric_answer=number,
                      calculation=Calculation(function="eoq", title="EOQ", missing=list(missing)))

    assert calcset.outcome(item, answer(632.3)) == "right" and calcset.outcome(item, answer(600)) == "wrong"
    assert calcset.outcome(item, answer(missing=["unit_cost"])) == "asked" and calcset.outcome(item, None) == "missed"
    assert calcset.outcome(lacking, answer(missing=["order_cost"])) == "right"
    assert calcset.outcome(lacking, answer(missing=["unit_cost"])) == "asked"
    assert calcset.outcome(lacking, answer(632.46)) == "wrong"  # a number where an input is lacking
