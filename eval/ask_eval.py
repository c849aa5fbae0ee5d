"""Measure the offline answers with no LLM: key terms, grounding, refusals and numeric accuracy.

Run after `tutor index`: `.venv/bin/python -m eval.ask_eval`. Reads eval/datasets/questions.yaml
(in-scope questions with expected terms), scope.yaml (in- and out-of-scope questions, by split) and
calculations.yaml (calculation phrasings with their inputs and expected results), and prints one figure per line.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from pathlib import Path

import yaml

from eval.calibrate_scope import load_scope
from tutor import calc
from tutor.config import load_settings
from tutor.formulas import FORMULAS
from tutor.models import Answer
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
    for split in ("calibration", "test"):  # the threshold is set on the calibration split; test is held out
        scope = load_scope(split)
        refused_out = sum(not isinstance(tutor.ask(q), Answer) for q in scope["out_of_scope"])
        refused_in = sum(not isinstance(tutor.ask(q), Answer) for q in scope["in_scope"])
        print(f"{split} split: out-of-scope refused: {refused_out}/{len(scope['out_of_scope'])}; "
              f"in-scope falsely refused: {refused_in}/{len(scope['in_scope'])}")
    formulas = {f.function: f for f in FORMULAS}
    cases = yaml.safe_load((DATA / "calculations.yaml").read_text(encoding="utf-8"))["cases"]
    right = 0
    for case in cases:
        answer = tutor.ask(case["question"])
        expected = case["expected"]  # written out in the YAML: tutor.calc called directly, checked by hand
        number = getattr(answer, "numeric_answer", None)
        number_right = (number is None if expected is None else number is not None
                        and math.isclose(number, expected, rel_tol=1e-9, abs_tol=1e-9))
        text = getattr(answer, "text", "")
        table_right = all(_row_shown(text, label, cells) for label, cells in case.get("expected_rows", {}).items())
        right += isinstance(answer, Answer) and number_right and table_right
    print(f"calculations: {right}/{len(cases)} exactly right; solver knows {len(formulas)} of "
          f"{len(calc.__all__) - 1} tutor.calc functions")


def _row_shown(text: str, label: str, cells: list) -> bool:
    """Whether a `| label | ... |` row or a `- label: value` line shows `cells` (numbers as displayed, rounded)."""
    for line in (x.strip() for x in text.splitlines()):
        if line.startswith("|"):
            shown = [c.strip() for c in line.strip("|").split("|")]
        elif line.startswith("- ") and ": " in line:
            shown = list(line[2:].partition(": ")[::2])
        else:
            continue
        if shown[0] == label and len(shown) == len(cells) + 1 and all(
                _cell_ok(got, want) for got, want in zip(shown[1:], cells, strict=True)):
            return True
    return False


def _cell_ok(got: str, want: object) -> bool:
    if want is None or isinstance(want, str):
        return got == ("–" if want is None else want)
    if not re.fullmatch(r"-?[\d,]*\.?\d+", got):
        return False
    value = float(got.replace(",", ""))
    return abs(value - float(want)) <= (0.00005 if abs(float(want)) < 1 else 0.005) + 1e-9  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
