"""The quiz engine on the real corpus and index: generators, the gate, key balance, seeds, exams, the LLM path."""

from __future__ import annotations

import json
import math
import re
from collections import Counter

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from tutor import calc
from tutor.errors import QueryError, UnknownDomainError
from tutor.quiz import Kind, QuizItem
from tutor.quiz.gate import Gate
from tutor.quiz.items import item_id


@pytest.fixture(scope="module")
def engine(seed_tutor):
    return seed_tutor.quiz_engine


@pytest.fixture(scope="module")
def big_quiz(engine):
    return engine.quiz(n=500, seed=11)


def test_500_items_cover_every_domain_and_kind_and_all_pass_the_gate(engine, big_quiz):
    assert len(big_quiz) == 500
    assert {i.domain for i in big_quiz} == {
        "supply-chains-strategy", "sop", "demand", "supply", "detailed-schedules", "inventory", "distribution",
        "quality-tech-ci"}
    assert set(Counter(i.kind for i in big_quiz)) == set(Kind)
    gate = Gate(engine.chunks)
    for item in big_quiz:
        assert gate.problems(item) == [], (item.stem, gate.problems(item))
        gate.admit(item)
    assert len({i.stem for i in big_quiz}) == 500, "no duplicate stems"


def test_every_citation_quote_is_verbatim_in_its_chunk(engine, big_quiz):
    for item in big_quiz:
        assert item.citations
        for citation in item.citations:
            assert citation.quote in engine.chunks[citation.chunk_id]


def test_no_key_position_exceeds_30_percent_over_300_choice_items(engine):
    items = engine.quiz(n=300, kinds=["mcq", "scenario"], seed=3)
    positions = Counter(i.key_index for i in items)
    assert len(items) == 300
    assert max(positions.values()) / len(items) <= 0.30, positions


def _independent(function: str, p: dict) -> float | None:
    """The formulas written out again here, not through tutor.calc."""
    formulas = {
        "eoq": lambda: math.sqrt(2 * p["annual_demand"] * p["order_cost"] / (p["carrying_rate"] * p["unit_cost"])),
        "order_point": lambda: p["demand_per_period"] * p["lead_time"] + p.get("safety_stock", 0),
        "break_even_volume": lambda: p["fixed_cost"] / (p["price"] - p["variable_cost"]),
        "takt_time": lambda: p["available_time"] / p["demand"],
        "lead_time_demand": lambda: p["demand_per_period"] * p["lead_time"],
        "average_inventory": lambda: p["order_quantity"] / 2 + p.get("safety_stock", 0),
        "inventory_turns": lambda: p["cost_of_goods_sold"] / p["average_inventory_value"],
        "cash_to_cash_cycle": lambda: p["dio"] + p["dso"] - p["dpo"],
        "dpmo": lambda: p["defects"] / (p["units"] * p["opportunities_per_unit"]) * 1e6,
        "exponential_smoothing": lambda: p["alpha"] * p["actual"] + (1 - p["alpha"]) * p["previous_forecast"],
        "utilization": lambda: p["actual_hours"] / p["available_hours"],
        "efficiency": lambda: p["standard_hours"] / p["actual_hours"],
        "planned_input_for_scrap": lambda: p["required_output"] / (1 - p["scrap_rate"]),
        "orders_per_year": lambda: p["annual_demand"] / p["order_quantity"],
        "process_capability": lambda: (p["usl"] - p["lsl"]) / (6 * p["sigma"]),
    }
    return formulas[function]() if function in formulas else None


def test_numeric_keys_agree_with_an_independent_recomputation(engine):
    items = engine.quiz(n=400, kinds=["numeric"], seed=5)
    checked = Counter()
    for item in items:
        assert item.kind is Kind.NUMERIC and item.formula and item.params is not None
        result = getattr(calc, item.formula)(**item.params)
        for step in item.target or []:
            result = result[step]
        if not item.target:
            from tutor.formulas import FORMULAS

            result = next(f for f in FORMULAS if f.function == item.formula).pick(result)
        assert item.answer == pytest.approx(result, rel=1e-9, abs=1e-9)
        if item.target is None and (value := _independent(item.formula, item.params)) is not None:
            assert item.answer == pytest.approx(value, rel=1e-9), item.formula
            checked[item.formula] += 1
    assert len(checked) >= 5, checked  # the hand-written formulas really ran
    assert len({i.formula for i in items}) >= 80  # spread over the formulas


def test_numeric_choice_items_have_exactly_one_right_option(engine):
    from tutor.quiz.numeric import evaluate
    from tutor.reading import NUM_RE, parse_number

    items = [i for seed in (8, 9, 10) for i in engine.quiz(n=300, kinds=["mcq"], seed=seed)
             if i.formula and set(i.options) != {"A", "B", "C"}]
    assert len(items) >= 10  # only formulas with three named mistakes make choice items
    for item in items:
        value = evaluate(item.formula, item.params, item.target)
        numbers = [parse_number(NUM_RE.search(o).group()) for o in item.options]
        right = [n for n, x in enumerate(numbers) if abs(x - value) <= item.tolerance]
        assert right == [item.key_index], (item.options, value)


def test_computed_choice_distractors_come_from_typical_mistakes(engine):
    import random

    from tutor.quiz.numeric import numeric_item
    from tutor.reading import fmt

    source = next(s for sources in engine.numeric.values() for s in sources if s.function == "eoq")
    item = numeric_item(source, random.Random(1), choice=True)
    p = item.params
    right = calc.eoq(**p)
    monthly = calc.eoq(**(p | {"annual_demand": p["annual_demand"] / 12}))
    assert item.options[0] == f"{fmt(right)} units"
    assert f"{fmt(right ** 2)} units" in item.options  # the square root forgotten
    assert f"{fmt(monthly)} units" in item.options  # a monthly figure used as the annual one


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another(engine):
    first = engine.quiz(n=30, seed=42)
    again = engine.quiz(n=30, seed=42)
    other = engine.quiz(n=30, seed=43)
    assert [i.model_dump() for i in first] == [i.model_dump() for i in again]
    assert [i.id for i in first] != [i.id for i in other]


def test_filters_domain_kind_and_difficulty(engine):
    items = engine.quiz(["inventory", "sop"], n=12, kinds=["cloze", "true_false"], seed=1)
    assert {i.domain for i in items} == {"inventory", "sop"}
    assert {i.kind for i in items} <= {Kind.CLOZE, Kind.TRUE_FALSE}
    assert all(i.difficulty == 1 for i in engine.quiz(n=10, difficulty=1, seed=2))


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"n": 0}, QueryError, "1 to 500"),
    ({"kinds": ["essay"]}, QueryError, "Unknown quiz kind 'essay'"),
    ({"difficulty": 4}, QueryError, "1, 2 or 3"),
    ({"domains": ["inventry"]}, UnknownDomainError, "inventry"),
])
def test_bad_quiz_requests_are_clear_errors(engine, kwargs, error, message):
    with pytest.raises(error, match=message):
        engine.quiz(**kwargs)


def test_recent_items_are_not_repeated(engine):
    first = engine.quiz(["demand"], n=10, seed=9)
    second = engine.quiz(["demand"], n=10, seed=9, recent_stems=[i.stem for i in first])
    assert not {i.stem for i in first} & {i.stem for i in second}


def test_mock_exam_draws_equal_domains_of_choice_items(seed_tutor):
    exam = seed_tutor.exam(n=150, seed=1)
    per_domain = Counter(i.domain for i in exam)
    assert len(exam) == 150 and len(per_domain) == 8
    assert set(per_domain.values()) <= {18, 19}
    assert {i.kind for i in exam} <= {Kind.MCQ, Kind.SCENARIO}
    assert all(len(i.options) == 4 for i in exam)  # single best answer of four, as in the real exam
    application = [i for i in exam if i.kind is Kind.SCENARIO or i.formula]
    assert len(application) >= 75, len(application)


def test_a_default_drill_is_half_application_items(engine):
    items = [i for seed in range(5) for i in engine.quiz(n=40, seed=seed)]
    application = [i for i in items if i.kind in (Kind.SCENARIO, Kind.NUMERIC) or i.formula]
    assert len(application) / len(items) >= 0.5, Counter(i.kind for i in items)


def test_exam_weights_shift_the_blueprint(engine):
    exam = engine.exam(n=40, weights={"inventory": 5}, seed=2)
    assert Counter(i.domain for i in exam)["inventory"] == 17  # 40 × 5/12, largest remainders


# -- the gate refuses each defect ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good(engine):
    items = engine.quiz(n=60, seed=21)
    kinds = (Kind.CLOZE, Kind.TRUE_FALSE)
    return {kind: next(i for i in items if i.kind is kind and not i.formula) for kind in kinds} | {
        Kind.MCQ: next(i for i in items if i.stem.startswith("Which term does this describe")),
        "numeric": engine.quiz(n=1, kinds=["numeric"], seed=4)[0],
        "choice": next(i for i in engine.quiz(n=60, kinds=["mcq"], seed=6) if i.formula and i.options[0] != "A")}


def _bad(item: QuizItem, **changes) -> QuizItem:
    return QuizItem.model_validate(item.model_dump() | changes | {"id": ""})


@pytest.mark.parametrize(("base", "change", "problem"), [
    (Kind.MCQ, lambda i: {"answer": 7}, "not among its"),
    (Kind.MCQ, lambda i: {"options": [i.options[0], i.options[0].upper() + " ", *i.options[2:]]}, "same after"),
    (Kind.MCQ, lambda i: {"options": [*i.options[:-1], "All of the above"],
                          "answer": min(i.key_index, len(i.options) - 2)}, "all/none of the above"),
    (Kind.MCQ, lambda i: {"key_names": ["zzz synonym"], "options": [
        o if n == i.key_index else ("zzz synonym" if n == (i.key_index + 1) % 4 else o) for n, o in
        enumerate(i.options)]}, "name of the key"),
    (Kind.MCQ, lambda i: {"stem": i.stem + f" (Hint: {i.options[i.key_index]})"}, "gives the answer away"),
    (Kind.CLOZE, lambda i: {"stem": i.stem + " " + i.answer[0]}, "gives the answer away"),
    (Kind.TRUE_FALSE, lambda i: {"citations": [i.citations[0].model_copy(update={"quote": "Made up text."})]},
     "not a verbatim quote"),
    (Kind.TRUE_FALSE, lambda i: {"citations": []}, "cites no source"),
    ("numeric", lambda i: {"answer": i.answer * 1.01 + 1}, "is not the computed"),
    ("numeric", lambda i: {"params": {**i.params, "zzz": 1}}, "cannot be recomputed"),
])
def test_the_gate_refuses_each_defect(engine, good, base, change, problem):
    item = good[base]
    assert Gate(engine.chunks).problems(item) == []
    bad = _bad(item, **change(item))
    problems = Gate(engine.chunks).problems(bad)
    assert any(problem in p for p in problems), problems


def test_the_gate_refuses_two_options_within_tolerance_of_the_computed_key(engine, good):
    item = good["choice"]
    twin = (item.key_index + 1) % len(item.options)
    options = list(item.options)
    options[twin] = options[item.key_index].replace(" ", "  ", 1) if " " in options[item.key_index] else (
        options[item.key_index] + ".0")
    problems = Gate(engine.chunks).problems(_bad(item, options=options))
    assert any("match the computed" in p or "same after" in p for p in problems), problems


def test_the_gate_refuses_repeats_and_tampered_ids(engine, good):
    gate = Gate(engine.chunks, recent_stems=[good[Kind.MCQ].stem])
    assert any("repeats" in p for p in gate.problems(good[Kind.MCQ]))
    tampered = good[Kind.CLOZE].model_copy(update={"stem": good[Kind.CLOZE].stem + " extra"})
    assert any("id does not match" in p for p in Gate(engine.chunks).problems(tampered))
    assert item_id(good[Kind.CLOZE]) == good[Kind.CLOZE].id


def test_false_statements_are_not_true_of_their_term(engine, big_quiz):
    falses = [i for i in big_quiz if i.kind is Kind.TRUE_FALSE and i.answer is False]
    assert len(falses) >= 10
    for item in falses:
        statement = item.stem.split("> ", 1)[1]
        assert item.citations[0].quote not in statement  # another term's definition, or one detail turned over
        assert item.explanation.startswith(("False: the statement says", "False: the statement exchanges"))
        assert item.explanation.split("The notes: ", 1)[1] == item.citations[0].quote.replace("**", "")


# -- the LLM path ----------------------------------------------------------------------------------------------

class PassageReader(FakeListChatModel):
    """A fake model that writes one grounded mcq from passage 1 and one wrong-key mcq from passage 2."""

    responses: list[str] = ["unused"]

    def _call(self, messages, stop=None, run_manager=None, **kwargs):
        text = messages[-1].content
        passages = re.findall(r"\[(\d+)\] \(([^)]*)\) (.*?)(?=\n\n\[\d+\] |\n</passages>)", text, re.S)
        items = []
        for number, _heading, body in passages[:2]:
            sentence = re.split(r"(?<=\.)\s", body.strip())[0]
            right = " ".join(re.sub(r"[*`]", "", sentence).split()[-10:])
            wrong = ["a monthly audit of supplier invoices", "the ratio of sales to total assets",
                     "a color code on warehouse shelves"]
            options = [right, *wrong] if number == "1" else [wrong[0], right, *wrong[1:]]
            items.append({"kind": "mcq", "passage": int(number), "quote": sentence,
                          "stem": f"Which description matches passage topic {number}?", "options": options,
                          "answer": 0, "explanation": "From the notes.", "difficulty": 2})
        return json.dumps(items)


def test_llm_authored_items_pass_the_same_gate_and_wrong_keys_are_dropped(seed_tutor):
    from tutor.wiring import assemble_tutor

    settings = seed_tutor.settings.model_copy(update={"llm_backend": "openai"})
    tutor = assemble_tutor(settings, seed_tutor.index_store, seed_tutor.index_store.embeddings,
                           chat_model=PassageReader())
    items = tutor.quiz(n=8, kinds=["mcq"], seed=3)
    llm = [i for i in items if i.source == "llm"]
    assert len(items) == 8
    assert len(llm) == 1, "the grounded item is kept, the wrong-key item dropped"
    gate = Gate(tutor.quiz_engine.chunks)
    assert all(gate.problems(i) == [] for i in items)
    assert llm[0].citations[0].quote in tutor.quiz_engine.chunks[llm[0].citations[0].chunk_id]


def test_a_failing_llm_leaves_an_offline_quiz(seed_tutor):
    from tutor.wiring import assemble_tutor

    settings = seed_tutor.settings.model_copy(update={"llm_backend": "openai"})
    tutor = assemble_tutor(settings, seed_tutor.index_store, seed_tutor.index_store.embeddings,
                  chat_model=FakeListChatModel(responses=["this is not JSON"]))
    items = tutor.quiz(n=6, kinds=["mcq", "true_false"], seed=4)
    assert len(items) == 6 and all(i.source == "offline" for i in items)


@pytest.mark.parametrize("definition, expected", [
    ("Finished goods are completed products that wait in stock for a customer order.",
     "Completed products that wait in stock for a customer order."),
    ("A finished good is a completed product held for sale in stock.", "A completed product held for sale in stock."),
    ("Planners count the finished goods each week in the store.", None),  # the name is not its subject
    ("Finished goods are products that finished goods planners count each week.", None),  # named twice
])
def test_what_a_definition_says_loses_its_subject_so_no_article_or_number_gives_the_key_away(definition, expected):
    from tutor.quiz.bank import TermEntry
    from tutor.quiz.terms import described

    entry = TermEntry(entry_id="inventory/finished-goods", domain="inventory", subtopic="inventory/types",
                      heading="Finished goods", names=("Finished goods", "finished good"), confused_with=(),
                      sentences=[], first_chunk="", own=("Finished goods", "finished good"))
    assert described(entry, definition) == expected
