"""A learner's own notes in their answers: matching passages quoted under "From your notes", cited by file and page."""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.documents import Document

from tutor.models import Answer, Citation, NotInCorpus

LIBRARY_MIN_SCORE = 0.45
"""Least cosine similarity of an uploaded passage to the question for it to be quoted."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")


def best_sentence(doc: Document, question: str) -> str:
    """The sentence of a passage sharing most words with the question (verbatim, so it can be cited)."""
    words = set(re.findall(r"[a-z]{3,}", question.lower()))
    sentences = [s.strip() for s in _SENTENCE.split(" ".join(doc.page_content.split())) if len(s.split()) >= 5]
    if not sentences:
        return " ".join(doc.page_content.split())[:300]
    return max(sentences, key=lambda s: len(words & set(re.findall(r"[a-z]{3,}", s.lower()))))


def merge_library(result: Answer | NotInCorpus, docs: Sequence[Document], question: str = "") -> Answer:
    """The answer with the learner's passages added (or made from them when the notes had nothing)."""
    citations = list(result.citations) if isinstance(result, Answer) else []
    lines = []
    for doc in docs:
        quote = best_sentence(doc, question)
        flat = " ".join(doc.page_content.split())
        if quote not in flat:
            continue
        meta = doc.metadata
        where = f"{meta.get('source', 'your file')}" + (f", p. {meta['page']}" if meta.get("page") else "")
        citations.append(Citation(chunk_id=str(meta["chunk_id"]), source=where, title=str(meta.get("heading", where)),
                                  domain=str(meta.get("domain", "")), quote=quote))
        lines.append(f"- {quote} [{len(citations)}]")
    if not lines:
        return result if isinstance(result, Answer) else Answer(text=result.message, domain=None, citations=[])
    block = "**From your notes.**\n" + "\n".join(lines)
    if isinstance(result, Answer):
        return result.model_copy(update={"text": f"{result.text}\n\n{block}", "citations": citations})
    return Answer(text=block, domain=str(docs[0].metadata.get("domain") or "") or None, citations=citations,
                  kind="library", backend=result.backend, latency_ms=result.latency_ms)
