"""Hybrid retrieval: BM25 keyword search and dense (Chroma) search fused by reciprocal rank.

Keyword search finds exact acronyms and terms; dense search finds paraphrases. Reciprocal rank
fusion (RRF) adds 1 / (rrf_k + rank) from each list, so neither score scale dominates. The
retriever filters by domain on both sides, keeps the best chunk of each entry, and exposes its
scores in each document's metadata. It does not build models or indexes (see `tutor.wiring`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.vectorstores import VectorStore
from pydantic import ConfigDict, Field, PrivateAttr
from rank_bm25 import BM25Okapi

from tutor.domains import Domain
from tutor.lexical import Glossary
from tutor.text import LETTERS_3, SEARCH_STOPWORDS, content_words, stem, tokenize

logger = logging.getLogger(__name__)

Mode = Literal["hybrid", "dense", "bm25"]
_QUESTION = re.compile(
    r"^(?:(?:what|who)(?:'s| is| are| does)?|define|definition of|meaning of|explain|describe|tell me about)\s+"
    r"(?:(?:the|a|an)\s+)?(?:term\s+)?",
)


def term_key(text: str) -> str:
    """Normalise a term or a short question for exact glossary matching.

    Example: "What is available-to-promise?" -> "available to promise"
    """
    text = " ".join(re.sub(r"[-‐‑–/?!.,:;()\"'“”]", " ", text.lower()).split())
    text = _QUESTION.sub("", text)
    return text.removesuffix(" mean").strip()


def normalize_term(text: str) -> str:
    """Lower-case a term and treat hyphens and slashes as spaces.

    Example: "Available-to-Promise" -> "available to promise"
    """
    return " ".join(text.lower().replace("-", " ").replace("/", " ").split())


def defined_terms(doc: Document) -> set[str]:
    """The normalised terms a concept or worked-example chunk defines (other kinds define none).

    Example: terms "available-to-promise|ATP" -> {"available to promise", "atp"}
    """
    if doc.metadata.get("kind", "concept") not in ("concept", "worked-example"):
        return set()
    return {normalize_term(t) for t in str(doc.metadata.get("terms", "")).split("|") if t.strip()}


def is_about(term: str, doc: Document) -> bool:
    """True when the chunk defines the term or a narrower form of it ("discrete ATP" for "ATP")."""
    key = normalize_term(term)
    return any(f" {key} " in f" {tag} " for tag in defined_terms(doc))


class HybridRetriever(BaseRetriever):
    """Rank corpus chunks for a query; `mode` picks hybrid (default), dense-only or BM25-only.

    In hybrid mode a third list joins the fusion: entries that name the query itself among their
    `terms` (a glossary lookup, so "ATP" or "what is a time fence?" finds the defining entry).

    Metadata added to each returned document: `score` (fused score scaled to 0-1, where 1 means
    ranked first by the dense and keyword lists, and by the term list when it matched),
    `rrf_score`, and per retriever `dense_rank`/`dense_score` (cosine similarity),
    `bm25_rank`/`bm25_score` and `term_rank`, or None where it did not rank the chunk.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    vectorstore: VectorStore
    documents: list[Document]
    glossary: Glossary = Field(default_factory=Glossary)
    k: int = 5
    domain: Domain | None = None
    mode: Mode = "hybrid"
    fetch_k: int = 40
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    term_weight: float = 1.0

    _bm25: BM25Okapi | None = PrivateAttr(default=None)
    _vocabulary: list[str] = PrivateAttr(default_factory=list)
    _domains: np.ndarray | None = PrivateAttr(default=None)
    _terms: dict[str, list[int]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Build the BM25 index over the stored chunks."""
        for doc in self.documents:
            if doc.metadata.get("kind", "concept") in ("concept", "worked-example"):
                self.glossary.learn_terms(str(doc.metadata.get("terms", "")).split("|"))
        if self.documents:
            self._bm25 = BM25Okapi([tokenize(self._bm25_text(d)) for d in self.documents])
            self._vocabulary = list(self._bm25.idf)  # the stemmed words of the notes, for unknown_words
        self._domains = np.array([d.metadata.get("domain") for d in self.documents])
        kind_order = {"concept": 0, "worked-example": 1}
        for i, doc in enumerate(self.documents):
            if doc.metadata.get("chunk_index", 0) != 0 or doc.metadata.get("kind", "concept") not in kind_order:
                continue  # overviews and confused-pairs lists name many terms but define none
            for term in str(doc.metadata.get("terms", "")).split("|"):
                if term.strip():
                    self._terms.setdefault(term_key(term), []).append(i)
        for hits in self._terms.values():
            hits.sort(key=lambda i: (kind_order[self.documents[i].metadata.get("kind", "concept")],
                                     self.documents[i].metadata["chunk_id"]))

    @staticmethod
    def _bm25_text(doc: Document) -> str:
        return f"{doc.page_content}\n{doc.metadata.get('terms', '').replace('|', ' ')}"

    def search(self, query: str, k: int | None = None, domain: Domain | None = None,
               mode: Mode | None = None) -> list[Document]:
        """Rank chunks for `query`, overriding `k`, `domain` or `mode` for this call."""
        updates = {key: val for key, val in (("k", k), ("domain", domain), ("mode", mode)) if val is not None}
        retriever = self.model_copy(update=updates) if updates else self
        return retriever._rank(query)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return self._rank(query)

    def _rank(self, query: str) -> list[Document]:
        expanded = self.glossary.expand(query)
        fetch = max(self.fetch_k, self.k * 4)
        lists: list[tuple[str, float, list[tuple[Document, float]]]] = []
        if self.mode in ("hybrid", "dense"):
            lists.append(("dense", self.dense_weight, self._dense(expanded, fetch)))
        if self.mode in ("hybrid", "bm25"):
            lists.append(("bm25", self.bm25_weight, self._keyword(expanded, fetch)))
        if self.mode == "hybrid":
            lists.append(("term", self.term_weight, self._term_matches(query)))
        return self._fuse(lists)

    def unknown_words(self, text: str) -> list[str]:
        """Words of `text` the notes never use, not even misspelled by a letter or two ("quux"; not "saftey").

        Example: unknown_words("what is a Quux ladder?") -> ["quux", "ladder"] when neither occurs in the notes.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        return [word for word in content_words(text, SEARCH_STOPWORDS, LETTERS_3)
                if process.extractOne(stem(word), self._vocabulary, scorer=Levenshtein.distance,
                                      score_cutoff=1 if len(word) < 6 else 2) is None]

    def names_a_term(self, text: str) -> bool:
        """True when `text` contains a term some defining entry lists (e.g. "its formula" -> False)."""
        key = term_key(text)
        return bool(key) and any(key in term for term in self._terms)

    def _term_matches(self, query: str) -> list[tuple[Document, float]]:
        """Entries that list the query itself (or its acronym expansion) among their terms."""
        keys = {term_key(query)}
        for acronym, spelled in self.glossary.acronyms.items():
            if term_key(acronym) in keys:
                keys |= {term_key(t) for t in spelled}
        seen: list[int] = []
        for key in keys:
            seen.extend(i for i in self._terms.get(key, []) if i not in seen)
        if self.domain is not None:
            seen = [i for i in seen if self.documents[i].metadata.get("domain") == self.domain.value]
        return [(self.documents[i], 1.0) for i in seen]

    def _dense(self, query: str, fetch: int) -> list[tuple[Document, float]]:
        where = {"domain": self.domain.value} if self.domain else None
        hits = self.vectorstore.similarity_search_with_score(query, k=fetch, filter=where)
        return [(doc, 1.0 - float(distance)) for doc, distance in hits]  # cosine distance -> similarity

    def _keyword(self, query: str, fetch: int) -> list[tuple[Document, float]]:
        tokens = tokenize(query)
        if self._bm25 is None or not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        if self.domain is not None:
            scores = np.where(self._domains == self.domain.value, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[:fetch]
        return [(self.documents[i], float(scores[i])) for i in order if scores[i] > 0]

    def _fuse(self, lists: list[tuple[str, float, list[tuple[Document, float]]]]) -> list[Document]:
        fused: dict[str, dict[str, Any]] = {}
        for name, weight, hits in lists:
            for rank, (doc, score) in enumerate(hits, 1):
                cid = str(doc.metadata["chunk_id"])
                row = fused.setdefault(cid, {"doc": doc, "rrf": 0.0})
                row["rrf"] += weight / (self.rrf_k + rank)
                row[f"{name}_rank"], row[f"{name}_score"] = rank, round(score, 4)
        # 1.0 means first in every list that ran; the term list counts only when it matched, so a query
        # no keyword matches (gibberish, emoji) tops out at the dense list's share, never at 1.0
        best = sum(w for name, w, hits in lists if hits or name != "term") / (self.rrf_k + 1)
        ranked = sorted(fused.values(), key=lambda r: (-r["rrf"], r["doc"].metadata["chunk_id"]))
        results: list[Document] = []
        seen_entries: set[str] = set()
        for row in ranked:
            entry = str(row["doc"].metadata.get("entry_id", row["doc"].metadata["chunk_id"]))
            if entry in seen_entries:
                continue
            seen_entries.add(entry)
            meta = dict(row["doc"].metadata)
            meta.update(
                score=round(row["rrf"] / best, 4) if best else 0.0,
                rrf_score=round(row["rrf"], 6),
                dense_rank=row.get("dense_rank"), dense_score=row.get("dense_score"),
                bm25_rank=row.get("bm25_rank"), bm25_score=row.get("bm25_score"),
                term_rank=row.get("term_rank"),
            )
            results.append(Document(page_content=row["doc"].page_content, metadata=meta,
                                    id=row["doc"].id or meta["chunk_id"]))
            if len(results) == self.k:
                break
        return results
