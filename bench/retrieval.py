"""Retrieval benchmark: index throughput vs raw encoding, and query latency per retriever.

Run: `python3 dev.py bench` (or `.venv/bin/python bench/retrieval.py`). Everything runs in one
process on a temporary copy of the corpus, so the ratios compare like with like.

Prints:
  * raw `SentenceTransformer.encode` throughput on the corpus chunks (chunks/s), and
  * `tutor index` throughput on the same chunks (embedding + Chroma writes), and its ratio;
  * query latency p50/p95 (ms) over 200 queries for hybrid, dense-only and BM25-only;
  * hit@1 / hit@3 on eval/datasets/retrieval.yaml for each retriever.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.config import load_settings  # noqa: E402
from tutor.retrieval import is_about  # noqa: E402
from tutor.wiring import build_tutor, load_embeddings  # noqa: E402


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def queries_for(tutor, cases: list[dict], n: int) -> list[str]:
    pool = [c["query"] for c in cases]
    for doc in tutor.index_store.documents():
        pool.append(doc.metadata["heading"])
        pool.extend(t for t in doc.metadata["terms"].split("|") if t)
    unique = list(dict.fromkeys(pool))
    return [unique[i % len(unique)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=2, help="best of N for throughput")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        settings = load_settings(corpus_dir=corpus, data_dir=Path(tmp) / "data")
        t0 = time.perf_counter()
        embeddings = load_embeddings(settings.embedding_model, settings.index_batch_size)
        print(f"model load: {time.perf_counter() - t0:.1f} s")
        tutor = build_tutor(settings, embeddings=embeddings)
        chunks = tutor.chunks()
        texts = [d.page_content for d in chunks]
        tokens = [embeddings.count_tokens(t) for t in texts]
        print(f"corpus: {len(chunks)} chunks, mean {statistics.mean(tokens):.0f} tokens, max {max(tokens)}")
        embeddings.model.encode(texts[:16], batch_size=16)  # warm-up

        raw, indexed = [], []
        for _ in range(args.repeats):
            t = time.perf_counter()
            embeddings.model.encode(texts, batch_size=settings.index_batch_size, normalize_embeddings=True)
            raw.append(len(texts) / (time.perf_counter() - t))
            report = tutor.index(rebuild=True, progress=False)
            indexed.append(report.total_chunks / report.seconds)
        best_raw, best_index = max(raw), max(indexed)
        print(f"\nindex throughput (best of {args.repeats})")
        print(f"  raw SentenceTransformer.encode : {best_raw:7.1f} chunks/s")
        print(f"  tutor index (rebuild, end to end): {best_index:7.1f} chunks/s  "
              f"({best_index / best_raw:.2f}x raw)")
        t = time.perf_counter()
        again = tutor.index(progress=False)
        print(f"  re-index, nothing changed      : {time.perf_counter() - t:7.2f} s, {again.embedded} embedded")

        cases = yaml.safe_load((ROOT / "eval/datasets/retrieval.yaml").read_text())["cases"]
        queries = queries_for(tutor, cases, args.queries)
        retriever = tutor.retriever
        print(f"\nquery latency over {len(queries)} queries (ms)")
        print(f"  {'mode':<8}{'p50':>8}{'p95':>8}{'hit@1':>8}{'hit@3':>8}")
        for mode in ("hybrid", "dense", "bm25"):
            for q in queries[:10]:
                retriever.search(q, mode=mode)  # warm-up
            times = []
            for q in queries:
                t = time.perf_counter()
                retriever.search(q, mode=mode)
                times.append((time.perf_counter() - t) * 1000)
            hit1 = hit3 = 0
            for case in cases:
                about = [is_about(case["term"], d) for d in retriever.search(case["query"], k=3, mode=mode)]
                hit1 += bool(about[:1] and about[0])
                hit3 += any(about)
            print(f"  {mode:<8}{percentile(times, 50):8.1f}{percentile(times, 95):8.1f}"
                  f"{hit1 / len(cases):8.2f}{hit3 / len(cases):8.2f}")
        print(f"  ({len(cases)} eval cases: "
              + ", ".join(f"{k} {sum(c['kind'] == k for c in cases)}"
                          for k in ("acronym", "spelled-out", "paraphrase")) + ")")


if __name__ == "__main__":
    main()
