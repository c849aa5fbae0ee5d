"""Measure the offline answers with no LLM: key terms, grounding, refusals and numeric accuracy.

Run after `tutor index`: `.venv/bin/python -m eval.ask_eval`. Reads eval/datasets/questions.yaml
(in-scope questions with expected terms), scope.yaml (in- and out-of-scope questions) and
calculations.yaml (calculation phrasings with their inputs), and prints one figure per line.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from pathlib import Path

import yaml

from tutor import calc
from tutor.config import load_settings
from tutor.formulas import FORMULAS
from tutor.models import Answer
from tutor.solver import render_result
from tutor.wiring import build_tutor

DATA = Path(__file__).parent / "datasets"


def main() -> None:
    """Print the evaluation report."""
    logging.basicConfig(level=logging.WARNING)
    tutor = build_tutor(load_settings())
    chunks = {d.metadata["chunk_id"]: d.page_content for d in tutor.retriever.documents}
    questions = yaml.safe_load((DATA / "questions.yaml").read_text())["questions"]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_domain: dict[str, list[bool]] = defaultdict(list)
    answered = grounded = mentions = domain_right = 0
    for q in questions:
        result = tutor.ask(q["question"])
        ok_answer = isinstance(result, Answer)
        answered += ok_answer
        hit = ok_answer and any(term.lower() in result.text.lower() for term in q["expect"])
        mentions += hit
        by_kind[q["kind"]].append(hit)
        by_domain[q["domain"]].append(hit)
        if ok_answer:
            grounded += bool(result.citations) and all(c.quote in chunks[c.chunk_id] for c in result.citations)
            domain_right += result.domain == q["domain"]
    n = len(questions)
    print(f"in-scope questions: {n}")
    print(f"  answered (not refused): {answered / n:.1%}")
    print(f"  mention an expected key term: {mentions / n:.1%}")
    print(f"  every citation quote verbatim in its chunk: {grounded / max(answered, 1):.1%} of answers")
    print(f"  tagged with the expected domain: {domain_right / max(answered, 1):.1%} of answers")
    print("  key-term share by kind: " + ", ".join(f"{k} {sum(v) / len(v):.0%} (n={len(v)})"
                                                 for k, v in sorted(by_kind.items())))
    print("  key-term share by domain: "
          + ", ".join(f"{k} {sum(v) / len(v):.0%}" for k, v in sorted(by_domain.items())))
    scope = yaml.safe_load((DATA / "scope.yaml").read_text())
    refused_out = sum(not isinstance(tutor.ask(q), Answer) for q in scope["out_of_scope"])
    refused_in = sum(not isinstance(tutor.ask(q), Answer) for q in scope["in_scope"])
    print(f"out-of-scope refused: {refused_out}/{len(scope['out_of_scope'])}; "
          f"in-scope falsely refused: {refused_in}/{len(scope['in_scope'])}")
    formulas = {f.function: f for f in FORMULAS}
    cases = yaml.safe_load((DATA / "calculations.yaml").read_text())["cases"]
    right = 0
    for case in cases:
        answer = tutor.ask(case["question"])
        formula = formulas[case["function"]]
        inputs = formula.adapt(case["inputs"]) if formula.adapt else case["inputs"]
        computed = getattr(calc, case["function"])(**inputs)
        expected = formula.pick(computed)
        number_right = (answer.numeric_answer is None if expected is None else answer.numeric_answer is not None
                        and math.isclose(answer.numeric_answer, expected, rel_tol=1e-9, abs_tol=1e-9))
        table_right = isinstance(computed, int | float) or render_result(computed) in answer.text
        right += isinstance(answer, Answer) and number_right and table_right
    print(f"calculations: {right}/{len(cases)} exactly right; solver knows {len(formulas)} of "
          f"{len(calc.__all__) - 1} tutor.calc functions")


if __name__ == "__main__":
    main()
