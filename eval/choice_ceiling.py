"""How much an answer set loses by choosing the wrong one of the hits it already has (a ranking ceiling).

For each answered question of a JSONL set (the answer-set format of `tutor eval answers`), the offline
composer writes one answer per entry among the top `--k` hits, with that entry first (a situation entry
as a situation answer), and the best must-mention recall and domain among them are kept. The gap between
that ceiling and the system's own figures is what a better choice among the hits (a reranker) could win;
a low ceiling means the right entry is not retrieved or the notes lack the idea.

It also reports, when `--second-labels` is given, how often the set's domain labels agree with an
independent labeller's (eval/datasets/situations/labels/second_domains.jsonl): the share a domain target can reach.

Run: `.venv/bin/python -m eval.choice_ceiling --dataset eval/datasets/situations/dev.jsonl` (needs an index).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from tutor.answering import _SITUATION_CUE
from tutor.evaluation import metrics
from tutor.models import Answer
from tutor.questions import QuestionKind, parse_question


def ceiling(tutor: object, rows: list[dict], k: int) -> dict[str, float]:
    """System and ceiling must-mention recall and domain accuracy over the answered in-scope `rows`."""
    answerer = tutor.answerer  # type: ignore[attr-defined]
    system = {"must_mention": 0.0, "domain": 0.0}
    best = {"must_mention": 0.0, "domain": 0.0}
    answered = 0
    for row in rows:
        result = tutor.ask(row["question"])  # type: ignore[attr-defined]
        if row["kind"] == "out_of_scope" or not isinstance(result, Answer):
            continue
        answered += 1
        system["must_mention"] += metrics.must_mention_recall(result.text, row["must_mention"])
        system["domain"] += result.domain == row["domain"]
        parsed = parse_question(row["question"])
        hits = answerer.retriever.search(parsed.text, k=k)
        outcomes = []
        for hit in hits:
            entry = hit.metadata["entry_id"]
            if hit.metadata.get("kind") == "situation":
                kind = QuestionKind.SITUATION
            elif parsed.kind is QuestionKind.DEFINITION and _SITUATION_CUE.search(parsed.text):
                kind = QuestionKind.SCENARIO
            else:
                kind = QuestionKind.DEFINITION if parsed.kind is QuestionKind.COMPARISON else parsed.kind
            rest = [h for h in hits if h.metadata["entry_id"] != entry]
            answer = answerer._write(parsed.model_copy(update={"kind": kind}),
                                     [*answerer.composer.entries[entry], *rest], None)
            outcomes.append((metrics.must_mention_recall(answer.text, row["must_mention"]),
                             answer.domain == row["domain"]))
        top = max(outcomes, key=lambda o: o[0] + 0.5 * o[1])
        best["must_mention"] += top[0]
        best["domain"] += top[1]
    n = max(1, answered)
    return {"answered": answered, **{f"system_{key}": round(val / n, 3) for key, val in system.items()},
            **{f"ceiling_{key}": round(val / n, 3) for key, val in best.items()}}


def agreement(rows: list[dict], second: Path) -> dict[str, float]:
    """Share of `rows` whose domain equals the second labeller's primary, or any domain it also allows."""
    labels = {r["id"]: r for r in (json.loads(line) for line in second.read_text(encoding="utf-8").splitlines())}
    rated = [r for r in rows if r["id"] in labels]
    primary = sum(labels[r["id"]]["primary"] == r["domain"] for r in rated)
    allowed = sum(r["domain"] in (labels[r["id"]]["primary"], *labels[r["id"]]["also"]) for r in rated)
    n = max(1, len(rated))
    return {"labelled": len(rated), "agree_primary": round(primary / n, 3), "agree_allowed": round(allowed / n, 3)}


def main() -> None:
    """Print the ceiling (and label agreement) for one answer set."""
    from tutor.config import load_settings
    from tutor.wiring import build_tutor

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, required=True)
    parser.add_argument("--k", type=int, default=5, help="hits to choose among (the answerer retrieves 5)")
    parser.add_argument("--second-labels", type=Path, help="an independent labeller's domains (JSONL)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rows = [json.loads(line) for line in args.dataset.read_text(encoding="utf-8").splitlines() if line.strip()]
    tutor = build_tutor(load_settings())
    tutor.ensure_index(progress=False)
    print(json.dumps(ceiling(tutor, rows, args.k)))
    if args.second_labels:
        print(json.dumps(agreement(rows, args.second_labels)))


if __name__ == "__main__":
    main()
