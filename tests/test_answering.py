"""Answering on the real corpus with the real MiniLM: composer, scope, follow-ups, solver, safety."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from eval.calibrate_scope import load_scope
from tutor import calc
from tutor.errors import QueryError
from tutor.models import Answer, NotInCorpus
from tutor.questions import QuestionKind, parse_question
from tutor.solver import parse_number

SCOPE = load_scope("test")  # held out: the threshold is calibrated on the other split (eval/calibrate_scope.py)


def _chunks(tutor) -> dict[str, str]:
    return {d.metadata["chunk_id"]: d.page_content for d in tutor.retriever.documents}


def _assert_grounded(tutor, answer: Answer) -> None:
    chunks = _chunks(tutor)
    assert answer.citations, "an answer must cite the notes"
    for n, citation in enumerate(answer.citations, 1):
        assert citation.quote in chunks[citation.chunk_id], citation
        assert f"[{n}]" in answer.text


@pytest.mark.parametrize(
    ("question", "kind", "topics"),
    [("What's the difference between MPS and MRP?", QuestionKind.COMPARISON, ("MPS", "MRP")),
     ("MPS vs MRP", QuestionKind.COMPARISON, ("MPS", "MRP")),
     ("compare chase and level strategies", QuestionKind.COMPARISON, ("chase", "level strategies")),
     ("eoq?", QuestionKind.DEFINITION, ("eoq",)),
     ("What does ATP mean?", QuestionKind.DEFINITION, ("ATP",)),
     ("Why does a planner use a demand time fence?", QuestionKind.HOW, None),
     ("Which technique should a planner use to sequence jobs by due date?", QuestionKind.SCENARIO, None),
     ("Demand 12,000 a year, $50 per order, 25% carrying, $12 unit cost: EOQ?", QuestionKind.CALCULATION, None)],
)
def test_question_kinds(question, kind, topics):
    parsed = parse_question(question)
    assert parsed.kind is kind
    if topics:
        assert parsed.topics == topics


@pytest.mark.parametrize(
    ("question", "heading", "domain"),
    [("eoq?", "Economic order quantity (EOQ)", "inventory"),
     ("What is available-to-promise?", "Available-to-promise (ATP)", "supply"),
     ("what is a demand time fence", "Demand time fence (DTF)", "supply"),
     ("define DBR", "Drum-buffer-rope (DBR)", "detailed-schedules"),
     ("explain the bullwhip effect", "Bullwhip effect", "supply-chains-strategy"),
     ("what is cost of quality", "Cost of quality (COQ)", "quality-tech-ci")],
)
def test_definition_answers_lead_with_the_defining_entry(seed_tutor, question, heading, domain):
    answer = seed_tutor.ask(question)
    assert isinstance(answer, Answer)
    assert answer.text.startswith(f"**{heading}**") and answer.domain == domain
    assert "**Exam traps.**" in answer.text
    _assert_grounded(seed_tutor, answer)


def test_comparison_builds_a_table_from_both_entries(seed_tutor):
    answer = seed_tutor.ask("What's the difference between MPS and MRP?")
    assert isinstance(answer, Answer) and answer.kind == "comparison"
    assert "| | Master production schedule (MPS) | Material requirements planning (MRP) |" in answer.text
    assert {c.title for c in answer.citations} >= {"Master production schedule (MPS)",
                                                   "Material requirements planning (MRP)"}
    _assert_grounded(seed_tutor, answer)


def test_scope_splits_are_disjoint_balanced_and_cover_every_question():
    calibration, test, everything = load_scope("calibration"), load_scope("test"), load_scope()
    for kind in ("in_scope", "out_of_scope"):
        assert set(calibration[kind]).isdisjoint(test[kind]), kind
        assert sorted(calibration[kind] + test[kind]) == sorted(everything[kind]), kind
        assert len(test[kind]) >= 5 and abs(len(calibration[kind]) - len(test[kind])) <= 2, kind


def test_held_out_scope_questions_are_judged_right(seed_tutor):
    """The scope classifier on the held-out split (its examples hold the other split only, tests/test_scope.py)."""
    assert seed_tutor.judge is not None, "the project's corpus ships corpus/SCOPE.yaml"
    refused = {kind: [q for q in questions if isinstance(seed_tutor.ask(q), NotInCorpus)]
               for kind, questions in SCOPE.items()}
    assert len(refused["out_of_scope"]) >= 0.95 * len(SCOPE["out_of_scope"]), \
        sorted(set(SCOPE["out_of_scope"]) - set(refused["out_of_scope"]))
    assert len(refused["in_scope"]) <= 0.04 * len(SCOPE["in_scope"]), refused["in_scope"]
    for question in SCOPE["out_of_scope"][:5]:
        result = seed_tutor.ask(question)
        assert not isinstance(result, NotInCorpus) or result.nearest_topics


def test_casual_and_misspelled_cpim_questions_are_grounded(seed_tutor):
    for question in SCOPE["in_scope"]:
        answer = seed_tutor.ask(question)
        if isinstance(answer, Answer):
            _assert_grounded(seed_tutor, answer)


def test_follow_up_carries_the_previous_topic(seed_tutor):
    first = seed_tutor.ask("what is EOQ?")
    follow = seed_tutor.ask("and what's its formula?", history=["what is EOQ?"])
    assert isinstance(first, Answer) and isinstance(follow, Answer)
    assert "EOQ" in follow.text or "economic order quantity" in follow.text.lower()
    versus = seed_tutor.ask("how is that different from the order point?", history=["what is EOQ?"])
    assert isinstance(versus, Answer) and versus.kind == "comparison"
    assert "Economic order quantity (EOQ)" in versus.text


@pytest.mark.parametrize(
    ("question", "function", "inputs"),
    [("Annual demand 12,000 units, $50 per order, carrying cost 25%, unit cost $12. What is the EOQ?", "eoq",
      dict(annual_demand=12_000, order_cost=50, carrying_rate=0.25, unit_cost=12)),
     ("eoq if we sell 1000 a month, ordering costs $40, holding 20% and the item costs $8", "eoq",
      dict(annual_demand=12_000, order_cost=40, carrying_rate=0.2, unit_cost=8)),
     ("calculate EOQ: demand 5k per year, order cost 25, carrying rate 0.2, unit cost 10", "eoq",
      dict(annual_demand=5_000, order_cost=25, carrying_rate=0.2, unit_cost=10)),
     ("z = 1.65, MAD 40, lead time 4 weeks: how much safety stock?", "safety_stock_from_mad",
      dict(z=1.65, mad=40, lead_time=4)),
     ("break even? fixed costs 50,000, price $20, variable cost $12", "break_even_volume",
      dict(fixed_cost=50_000, price=20, variable_cost=12)),
     ("alpha 0.2, last forecast 100, actual 110: exponential smoothing forecast?", "exponential_smoothing",
      dict(previous_forecast=100, actual=110, alpha=0.2)),
     ("3-period moving average for demand 100, 110, 120, 130", "moving_average",
      dict(actuals=[100, 110, 120, 130], periods=3)),
     ("takt time: 27,000 seconds available per shift and demand 450 units per shift", "takt_time",
      dict(available_time=27_000, demand=450)),
     ("how many kanban containers: demand 200 per hour, lead time 1.5 hours, safety factor 10%, container holds 50",
      "kanban_containers", dict(demand_rate=200, lead_time=1.5, safety_factor=0.1, container_quantity=50)),
     ("critical ratio: due day 110, today is 100, remaining lead time 5 days", "critical_ratio",
      dict(due_day=110, today=100, remaining_lead_time=5)),
     ("DPMO with 150 defects in 2,000 units with 5 opportunities each", "dpmo",
      dict(defects=150, units=2_000, opportunities_per_unit=5)),
     ("Order point with demand 200 per week, lead time 4 weeks and safety stock 165", "order_point",
      dict(demand_per_period=200, lead_time=4, safety_stock=165)),
     ("Calculate OEE: planned time 480 min, run time 420, ideal cycle time 1 min, total 380 units, 361 good", "oee",
      dict(planned_production_time=480, run_time=420, ideal_cycle_time=1, total_count=380, good_count=361)),
     ("tracking signal: actuals 106, 104, 98, 108 and forecasts 100, 100, 100, 100", "tracking_signal",
      dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4)),
     ("What is the cash-to-cash cycle if DIO is 50, DSO 20 and DPO 30?", "cash_to_cash_cycle",
      dict(dio=50, dso=20, dpo=30))],
)
def test_calculations_are_computed_by_calc(seed_tutor, question, function, inputs):
    answer = seed_tutor.ask(question)
    assert isinstance(answer, Answer) and answer.kind == "calculation", answer
    expected = getattr(calc, function)(**inputs)
    expected = expected["oee"] if isinstance(expected, dict) else expected
    if function == "oee":
        assert answer.calculation.unit == "%"
        expected *= 100  # OEE, a fraction, is given as the percent learners read
    if function == "kanban_containers":
        expected = math.ceil(expected)  # containers are whole: 6.6 is 7
    assert answer.numeric_answer == pytest.approx(expected, rel=1e-9)
    for citation in answer.citations:
        assert citation.quote in _chunks(seed_tutor)[citation.chunk_id]


def test_a_missing_input_is_asked_for_by_name(seed_tutor):
    answer = seed_tutor.ask("What's the EOQ for demand of 5k units a year and $25 per order?")
    assert isinstance(answer, Answer) and answer.numeric_answer is None
    assert "I still need" in answer.text and "carrying cost rate" in answer.text and "unit cost" in answer.text


@pytest.mark.parametrize(
    ("question", "function", "asked"),
    [("MRP record: gross requirements 0, 0, 80 and on hand 30", "mrp_record", ["lead time (periods)"]),
     ("sequence jobs A (6 days, due 8), B (2 days, due 6)", "sequence_jobs", ["priority rule"]),
     ("FIFO cost of goods sold, 150 units issued", "inventory_valuation", ["receipts"]),
     ("cumulative ATP with on hand 20 and MPS 0, 50, 0", "atp_cumulative", ["customer orders"])],
)
def test_a_table_formula_asks_for_its_missing_rows(question, function, asked):
    from tutor.solver import Solver

    solver = Solver()
    assert solver.detect(question).function == function
    answer = solver.solve(question)
    assert answer.numeric_answer is None and "I still need" in answer.text
    for label in asked:
        assert label in answer.text


def test_a_typed_week_by_week_table_is_read_row_by_row(seed_tutor):
    question = ("Build the MPS: on hand 50, lots of 60, DTF 2\n"
                "| week | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n"
                "| forecast | 30 | 30 | 30 | 30 |\n| orders | 35 | 20 | 10 | 40 |")
    answer = seed_tutor.ask(question)
    # lots of 60 land in weeks 2 and 4; PAB 50 − 35 = 15, 15 + 60 − 20 = 55, 55 − 30 = 25, 25 + 60 − 40 = 45
    assert "| mps | 0 | 60 | 0 | 60 |" in answer.text
    assert "| pab | 15 | 55 | 25 | 45 |" in answer.text


@pytest.mark.parametrize(
    ("raw", "rate", "value"),
    [("12,000", False, 12_000), ("$5k", False, 5_000), ("25%", True, 0.25), ("25", True, 0.25), ("0.25", True, 0.25),
     ("1.5 million", False, 1_500_000)],
)
def test_parse_number(raw, rate, value):
    assert parse_number(raw, rate=rate) == pytest.approx(value)


@pytest.mark.parametrize(("question", "message"),
                         [("", "empty"), ("   \n ", "empty"), ("x" * 2_001, "limit is 2,000"),
                          ("\x00\x01\x02 binary \x03", "plain text"), ("%%%% $$$$ #### !!!!", "plain text")])
def test_bad_input_is_a_clear_error(seed_tutor, question, message):
    with pytest.raises(QueryError, match=message):
        seed_tutor.ask(question)


EVAL_DATA = Path(__file__).resolve().parent.parent / "eval" / "datasets"
SOLVER_CASES = yaml.safe_load((EVAL_DATA / "calculations.yaml").read_text())["cases"]


@pytest.mark.parametrize("case", SOLVER_CASES, ids=lambda c: c["function"])
def test_solver_reads_free_text_and_computes_with_calc(case):
    from tutor.solver import Solver

    solver = Solver()
    formula = solver.detect(case["question"])
    assert formula is not None and formula.function == case["function"]
    values, missing = solver.extract(formula, case["question"])
    assert not missing
    for name, value in case["inputs"].items():
        _assert_same(values[name], value, name)
    answer = solver.solve(case["question"])
    # `expected` and `expected_rows` are written out in the YAML (tutor.calc called directly, checked by hand)
    assert "expected" in case, "every case states its expected number (null for a table)"
    expected = case["expected"]
    assert answer.numeric_answer == (None if expected is None else pytest.approx(expected, rel=1e-9, abs=1e-9))
    assert "Working:" in answer.text and "Given:" in answer.text
    shown = _shown_rows(answer.text)
    for label, cells in case.get("expected_rows", {}).items():
        assert any(_row_matches(row, cells) for row in shown.get(label, [])), (
            f"no row {label!r} = {cells} in the answer; rows {label!r} shown: {shown.get(label)}")


def _shown_rows(text: str) -> dict[str, list[list[str]]]:
    """The answer's Markdown table rows (`| label | a | b |`) and `- label: value` lines, by label."""
    rows: dict[str, list[list[str]]] = {}
    for line in (x.strip() for x in text.splitlines()):
        if line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.setdefault(cells[0], []).append(cells[1:])
        elif line.startswith("- ") and ": " in line:
            label, _, value = line[2:].partition(": ")
            rows.setdefault(label, []).append([value])
    return rows


def _row_matches(shown: list[str], cells: list) -> bool:
    """Cells equal, numbers up to the display rounding (4 decimals below 1, else 2); None is the empty cell "–"."""
    if len(shown) != len(cells):
        return False
    for got, want in zip(shown, cells, strict=True):
        if want is None or isinstance(want, str):
            if got != ("–" if want is None else want):
                return False
            continue
        try:
            number = float(got.replace(",", ""))
        except ValueError:
            return False
        if abs(number - want) > (0.00005 if abs(want) < 1 else 0.005) + 1e-9:
            return False
    return True


def _assert_same(got, want, where):
    """Equal up to float rounding, through nested lists and mappings."""
    if isinstance(want, dict):
        assert isinstance(got, dict) and got.keys() == want.keys(), where
        for key in want:
            _assert_same(got[key], want[key], f"{where}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            _assert_same(g, w, f"{where}[{i}]")
    elif isinstance(want, str | bool):
        assert got == want, where
    else:
        assert got == pytest.approx(want), where


def test_every_solver_formula_is_a_calc_function():
    from tutor.formulas import FORMULAS

    assert {f.function for f in FORMULAS} == set(calc.__all__) - {"CalcError"}, "every calc formula is solvable"
    assert {c["function"] for c in SOLVER_CASES} == {f.function for f in FORMULAS}, "every formula has a phrasing case"
    assert len({f.function for f in FORMULAS}) == len(FORMULAS)


QUESTIONS = yaml.safe_load((EVAL_DATA / "questions.yaml").read_text())["questions"]


def test_domain_questions_are_answered_grounded_and_on_topic(seed_tutor):
    per_domain: dict[str, int] = {}
    misses, refused = [], []
    for q in QUESTIONS:
        per_domain[q["domain"]] = per_domain.get(q["domain"], 0) + 1
        answer = seed_tutor.ask(q["question"])
        if not isinstance(answer, Answer):  # the scope classifier errs now and then (about 2% on held-out questions)
            refused.append(q["question"])
            misses.append(q["question"])
            continue
        _assert_grounded(seed_tutor, answer)
        if not any(term.lower() in answer.text.lower() for term in q["expect"]):
            misses.append(q["question"])
    assert min(per_domain.values()) >= 10 and len(per_domain) == 8
    share = 1 - len(misses) / len(QUESTIONS)
    print(f"\nkey-term share {share:.1%}; misses: {misses}")
    assert share >= 0.95, misses
    assert len(refused) <= 1, refused


@pytest.mark.parametrize("question", ["What is ISO 9001?", "what are the 5 whys?", "explain 5S", "what does 3PL mean"])
def test_numbers_in_concept_questions_do_not_trigger_the_solver(seed_tutor, question):
    answer = seed_tutor.ask(question)
    assert isinstance(answer, Answer) and answer.kind == "definition" and answer.numeric_answer is None


@pytest.mark.parametrize("question", ["what z value gives a 95% service level?", "what sigma level is 15,000 DPMO?"])
def test_one_number_calculations_still_reach_the_solver(seed_tutor, question):
    answer = seed_tutor.ask(question)
    assert isinstance(answer, Answer) and answer.kind == "calculation" and answer.numeric_answer is not None
