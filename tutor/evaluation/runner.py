"""Running an evaluation: retrieval (hybrid beside dense-only and BM25-only), answers, and quiz quality.

Each run returns per-item records and a summary with the same metrics overall, by domain and by
kind, so a report can show where a change helped or hurt. No language model is needed; with a
generative backend configured, its answers are scored beside the offline composer's.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from tutor.evaluation import metrics as m
from tutor.evaluation import quizcheck
from tutor.evaluation.dataset import EvalItem
from tutor.models import Answer

MODES = ("hybrid", "dense", "bm25")


def group(records: list[dict[str, Any]], keys: Sequence[str], summarize: Callable[[list[dict[str, Any]]], dict]
          ) -> dict[str, Any]:
    """`summarize` of all records ("overall"), then of the records sharing each value of each key ("by_<key>")."""
    out: dict[str, Any] = {"overall": summarize(records)}
    for key in keys:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in records:
            groups[str(r[key])].append(r)
        out[f"by_{key}"] = {g: summarize(v) for g, v in sorted(groups.items())}
    return out


def retrieval(tutor: Any, items: Sequence[EvalItem], k: int = 10) -> dict[str, Any]:
    """hit@1/3/5, MRR, nDCG@10, top-1 domain accuracy and latency for each retriever mode."""
    records = []
    for item in items:
        if item.kind == "out_of_scope":
            continue
        row: dict[str, Any] = {"id": item.id, "domain": item.domain, "kind": item.kind}
        for mode in MODES:
            start = time.perf_counter()
            hits = tutor.search(item.question, k=k, mode=mode)
            row[f"{mode}_ms"] = (time.perf_counter() - start) * 1000
            flags = [m.is_relevant(h.chunk_id, h.domain, h.text, item.domain, item.must_mention,
                                   item.relevant_chunk_ids) for h in hits]
            total = len(item.relevant_chunk_ids) or None
            row[mode] = {"hit@1": m.hit_at(flags, 1), "hit@3": m.hit_at(flags, 3), "hit@5": m.hit_at(flags, 5),
                         "mrr": m.reciprocal_rank(flags), "ndcg@10": m.ndcg_at(flags, 10, total),
                         "domain_acc": float(bool(hits) and hits[0].domain == item.domain)}
        records.append(row)

    def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {"n": len(rows)}
        for mode in MODES:
            out[mode] = {metric: m.mean(r[mode][metric] for r in rows) for metric in
                         ("hit@1", "hit@3", "hit@5", "mrr", "ndcg@10", "domain_acc")}
            times = [r[f"{mode}_ms"] for r in rows]
            out[mode] |= {"p50_ms": m.percentile(times, 50), "p95_ms": m.percentile(times, 95)}
        hybrid = out["hybrid"]["mrr"] or 0.0
        out["ratio_vs_dense_mrr"] = hybrid / out["dense"]["mrr"] if out["dense"]["mrr"] else None
        out["ratio_vs_bm25_mrr"] = hybrid / out["bm25"]["mrr"] if out["bm25"]["mrr"] else None
        return out

    return {"records": records, "summary": group(records, ("domain", "kind"), summarize)}


def answers(tutor: Any, items: Sequence[EvalItem], embed: Callable[[list[str]], list[list[float]]],
            backend: str = "offline") -> dict[str, Any]:
    """Must-mention recall, similarity to the reference, faithfulness, citations, numbers, refusals, latency."""
    chunks = {str(d.metadata["chunk_id"]): d.page_content for d in tutor.index_store.documents()}
    records = []
    for item in items:
        start = time.perf_counter()
        result = tutor.ask(item.question)
        ms = (time.perf_counter() - start) * 1000
        answered = isinstance(result, Answer)
        text = result.text if answered else ""
        cites = [(c.chunk_id, c.quote) for c in result.citations] if answered else []
        records.append({
            "id": item.id, "domain": item.domain, "kind": item.kind, "backend": backend, "ms": ms,
            "answered": answered, "refused": not answered,
            "must_mention": m.must_mention_recall(text, item.must_mention) if item.kind != "out_of_scope" else None,
            "faithfulness": m.faithfulness(text, [chunks.get(cid, "") for cid, _ in cites]) if answered else None,
            "citation_validity": m.citation_validity(cites, chunks),
            "domain_acc": float(result.domain == item.domain) if answered and item.kind != "out_of_scope" else None,
            "numeric": (float(m.numeric_correct(getattr(result, "numeric_answer", None), item.numeric_answer,
                                                item.tolerance)) if item.numeric_answer is not None else None),
            "text": text, "reference": item.reference_answer, "similarity": None,
        })
    scored = [r for r in records if r["answered"] and r["kind"] != "out_of_scope"]
    if scored:  # one embedding call: the answers, then their references
        vectors = embed([r["text"] for r in scored] + [r["reference"] for r in scored])
        for n, r in enumerate(scored):
            r["similarity"] = m.cosine(vectors[n], vectors[len(scored) + n])

    def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
        oos = [r for r in rows if r["kind"] == "out_of_scope"]
        ins = [r for r in rows if r["kind"] != "out_of_scope"]
        times = [r["ms"] for r in rows]
        return {"n": len(rows), **{key: m.mean(r[key] for r in rows) for key in
                                   ("must_mention", "similarity", "faithfulness", "citation_validity",
                                    "domain_acc", "numeric")},
                "refusal_rate": (sum(r["refused"] for r in oos) / len(oos)) if oos else None,
                "false_refusal_rate": (sum(r["refused"] for r in ins) / len(ins)) if ins else None,
                "p50_ms": m.percentile(times, 50), "p95_ms": m.percentile(times, 95)}

    return {"records": [{k: v for k, v in r.items() if k not in ("text", "reference")} for r in records],
            "summary": group(records, ("domain", "kind"), summarize)}


def quiz(tutor: Any, n: int = 400, seed: int = 7) -> dict[str, Any]:
    """Quality of freshly generated items, checked independently of the gate that admitted them.

    `check_pass_rate` is the share of items `tutor.evaluation.quizcheck` finds nothing wrong with (its own
    checks against the corpus chunked afresh from the files, never `tutor.quiz.gate`); `check_failures`
    counts the problems by kind; `numeric_key_agreement` is the share of computed items whose key is what
    `tutor.calc` gives for the item's recorded params. Also key positions, duplicate stems and speed.
    """
    engine = tutor.quiz_engine
    start = time.perf_counter()
    items = engine.quiz(n=n, seed=seed)
    seconds = time.perf_counter() - start
    chunks = {str(d.metadata["chunk_id"]): d.page_content for d in tutor.chunks()}  # the corpus, not the engine's
    found = [quizcheck.problems(i, chunks) for i in items]
    failures = Counter(p.split(":", 1)[0] for problems in found for p in problems)
    stems = Counter(i.stem for i in items)
    positions = Counter(i.key_index for i in items if i.kind in ("mcq", "scenario"))
    agree = [quizcheck.computed_key_agrees(i) for i in items if i.formula]
    explained = [e for i in items if (e := quizcheck.explains_a_distractor(i)) is not None]
    choice = sum(positions.values())
    records = [{"id": i.id, "domain": i.domain, "kind": str(i.kind), "key": i.key_index, "problems": problems}
               for i, problems in zip(items, found, strict=True)]

    def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
        return {"n": len(rows), "check_pass_rate": m.mean(float(not r["problems"]) for r in rows)}

    summary = group(records, ("domain", "kind"), summarize)
    summary["overall"] |= {
        "check_failures": dict(sorted(failures.items())),
        "duplicate_rate": sum(c - 1 for c in stems.values()) / len(items) if items else None,
        "key_positions": {str(k): v / choice for k, v in sorted(positions.items())} if choice else {},
        "max_key_share": max(positions.values()) / choice if choice else None,
        "numeric_key_agreement": sum(agree) / len(agree) if agree else None,
        "explains_a_distractor": sum(explained) / len(explained) if explained else None,
        "items_per_second": len(items) / seconds if seconds else None}
    return {"records": records, "summary": summary}
