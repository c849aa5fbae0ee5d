"""Deterministic quality metrics (no LLM): retrieval ranks, answer coverage and grounding, numbers, latency.

Definitions (also in the README of `eval/`):
- must-mention: each string of `must_mention` is met when any of its `|` alternatives occurs in the
  text, case-insensitively, as a substring; recall = share of strings met.
- Relevance of a retrieved chunk: its id (or its entry's id) is in `relevant_chunk_ids` when the item lists any;
  otherwise it is in the item's domain and mentions at least one must-mention alternative.
- hit@k: a relevant chunk among the first k; MRR: 1 / rank of the first relevant chunk (0 if none
  in the list); nDCG@10 with binary gains, ideal ranking = all relevant retrieved chunks first
  (or as many as `relevant_chunk_ids` lists, when given).
- Faithfulness proxy: share of the answer's sentences (markers, headings and list bullets
  stripped; sentences under 4 words ignored) whose content words are at least 60 % present in
  one cited chunk.
- Citation validity: share of citations whose quote is a verbatim span of its chunk.
- Numeric accuracy: |answer − expected| ≤ tolerance (absolute; default 1e-6 relative when absent).
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence

from tutor.text import ANSWER, FAITHFULNESS_STOPWORDS, TERM_WORD, content_words, split_sentences

_MARKER = re.compile(r"\[\d+\]")
SUPPORT = 0.6


def mentions(text: str, spec: str) -> bool:
    """Whether any `|` alternative of `spec` occurs in `text` (case-insensitive substring): "mps|master schedule"."""
    low = text.lower()
    return any(a.strip() in low for a in spec.lower().split("|") if a.strip())


def must_mention_recall(text: str, must: Sequence[str]) -> float | None:
    """Share of must-mention strings the text meets (None when there are none)."""
    if not must:
        return None
    return sum(mentions(text, m) for m in must) / len(must)


def is_relevant(chunk_id: str, domain: str, text: str, item_domain: str, must: Sequence[str],
                relevant_ids: Sequence[str] = ()) -> bool:
    """The relevance rule above."""
    if relevant_ids:  # chunk ids ("file.md#entry:0"), or entry ids meaning any chunk of the entry
        return chunk_id in relevant_ids or chunk_id.rsplit(":", 1)[0] in relevant_ids
    return domain == item_domain and any(mentions(text, m) for m in must)


def hit_at(flags: Sequence[bool], k: int) -> float:
    """1.0 when a relevant result is among the first k, else 0.0."""
    return 1.0 if any(flags[:k]) else 0.0


def reciprocal_rank(flags: Sequence[bool]) -> float:
    """1 / rank of the first relevant result (0.0 when none)."""
    return next((1.0 / n for n, f in enumerate(flags, 1) if f), 0.0)


def ndcg_at(flags: Sequence[bool], k: int = 10, total_relevant: int | None = None) -> float:
    """Binary-gain nDCG@k; `total_relevant` caps the ideal list (default: the relevant results retrieved)."""
    dcg = sum(1.0 / math.log2(n + 1) for n, f in enumerate(flags[:k], 1) if f)
    ideal_count = min(k, total_relevant if total_relevant is not None else sum(flags))
    ideal = sum(1.0 / math.log2(n + 1) for n in range(1, ideal_count + 1))
    return dcg / ideal if ideal else 0.0


def _faithfulness_words(text: str) -> set[str]:
    """The words faithfulness compares: 3+ characters from a letter, without `FAITHFULNESS_STOPWORDS`."""
    return set(content_words(text, FAITHFULNESS_STOPWORDS, TERM_WORD))


def answer_sentences(text: str) -> list[str]:
    """The answer's sentences: citation markers, Markdown marks, headings and table rules removed."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("|", "#", "<small>")) or set(line) <= set("-|: "):
            continue
        line = _MARKER.sub("", re.sub(r"\*\*|__|`|^[-*] ", "", line))
        out += [s.strip() for s in split_sentences(line, ANSWER) if len(s.split()) >= 4]
    return out


def faithfulness(text: str, cited_chunks: Sequence[str]) -> float | None:
    """Share of answer sentences supported by one cited chunk (None when no sentence or no citation)."""
    sentences = answer_sentences(text)
    if not sentences or not cited_chunks:
        return None
    chunk_words = [_faithfulness_words(c) for c in cited_chunks]
    supported = 0
    for sentence in sentences:
        words = _faithfulness_words(sentence)
        if words and any(len(words & cw) / len(words) >= SUPPORT for cw in chunk_words):
            supported += 1
    return supported / len(sentences)


def citation_validity(citations: Iterable[tuple[str, str]], chunks: Mapping[str, str]) -> float | None:
    """Share of (chunk id, quote) pairs whose quote is verbatim in the chunk (None without citations)."""
    pairs = list(citations)
    if not pairs:
        return None
    return sum(bool(q.strip()) and q in chunks.get(cid, "") for cid, q in pairs) / len(pairs)


def numeric_correct(value: float | None, expected: float, tolerance: float | None) -> bool:
    """Whether a computed number is within the tolerance of the expected one."""
    if value is None:
        return False
    tol = tolerance if tolerance is not None else abs(expected) * 1e-6
    return abs(value - expected) <= tol + 1e-12


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine similarity of two vectors."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not None (None when there are none)."""
    kept = [v for v in values if v is not None]
    return statistics.fmean(kept) if kept else None
