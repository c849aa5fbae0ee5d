"""A learner's own notes in their answers: matching passages quoted under "From your notes", cited by file and page.

Passages come from the learner's library in two ways: by meaning (cosine similarity of at least
`LIBRARY_MIN_SCORE`) and by words, for in-house terms a sentence-embedding model cannot place
("FBK", "water spider tote loop"): a passage counts when it contains a word of the question that
the course notes never use, or two or more of the question's words in a row. Quotes are whole
sentences, copied verbatim from the stored passage, never a Markdown heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from langchain_core.documents import Document

from tutor.models import Answer, Citation, NotInCorpus
from tutor.text import ALNUM_WORD, SEARCH_STOPWORDS, content_words, longest_run, split_sentences, stem, tokenize
from tutor.text import best_sentence as pick_best

if TYPE_CHECKING:
    from tutor.library import Library

LIBRARY_MIN_SCORE = 0.45
"""Least cosine similarity of an uploaded passage to the question for it to be quoted on meaning alone."""

_HEADING = re.compile(r"#{1,6}(?:\s.*)?")
_HEADING_MARK = re.compile(r"(?:^|\s)#{1,6}\s+")
_FRAME = frozenset(tokenize("mean means meaning stand stands call called term word acronym abbreviation "
                            "short full form example difference between"))
"""Words that frame a question ("what does FBK stand for?") rather than name its subject."""
_MAX_WORDS = 12
_CANDIDATES = 200


def quotable(text: str) -> list[str]:
    """The sentences of a stored passage that can be quoted: no heading, at least five words.

    Headings stored as their own paragraph ("## Receiving") are dropped; a heading run into the
    text (passages stored before headings were kept apart) loses its `#` marks.
    """
    sentences: list[str] = []
    for para in re.split(r"\n\s*\n", str(text or "")):
        flat = " ".join(para.split())
        if _HEADING.fullmatch(flat) and not flat.endswith((".", "!", "?")):
            continue
        for segment in _HEADING_MARK.split(flat):
            sentences.extend(split_sentences(segment))
    return [s for s in sentences if len(s.split()) >= 5]


def best_sentence(doc: Document, question: str) -> str:
    """The sentence of a passage that matches the question best (verbatim, so it can be cited).

    Sentences are ranked by the question's words they contain (stemmed, stop words ignored) and
    then by the longest run of them in a row; the first wins a tie.
    """
    sentences = quotable(doc.page_content)
    if not sentences:
        flat = " ".join(doc.page_content.split())
        segments = [s for s in _HEADING_MARK.split(flat) if s.strip()] or [flat]
        return segments[0].strip()[:300]
    return pick_best(sentences, question)


def notes_for(library: Library, learner_id: int, question: str, in_course: Callable[[str], bool],
              k: int = 3) -> list[Document]:
    """The learner's passages worth quoting for `question`, best first, at most `k`.

    A passage qualifies on meaning (cosine >= `LIBRARY_MIN_SCORE`) or on words: it contains a word
    of the question for which `in_course(word)` is False (the course notes never use it, e.g. an
    in-house acronym), or two or more of the question's words in a row ("water spider tote loop").
    Word matches rank first (more unknown words, then longer runs, then cosine).
    """
    if library.count(learner_id) == 0:
        return []
    ranked: dict[str, tuple[tuple[float, ...], Document]] = {}
    for doc in library.search(learner_id, question, k=k):
        if float(doc.metadata.get("score", 0)) >= LIBRARY_MIN_SCORE:
            ranked[str(doc.metadata["chunk_id"])] = ((0, 0, float(doc.metadata["score"])), doc)
    words = _subject_words(question)
    rare = {stem for raw, stem in words if not in_course(raw)}
    pattern = _pattern(words, rare)
    stems = [stem for _, stem in words]
    for doc in library.matching(learner_id, question, pattern, limit=_CANDIDATES) if pattern else []:
        tokens = tokenize(doc.page_content)
        unknown, run = len(rare & set(tokens)), longest_run(stems, tokens)
        if unknown or run >= 2:
            key = (unknown, run, float(doc.metadata["score"]))
            ranked[str(doc.metadata["chunk_id"])] = max(ranked.get(str(doc.metadata["chunk_id"]), (key, doc)),
                                                        (key, doc), key=lambda pair: pair[0])
    return [doc for _, doc in sorted(ranked.values(), key=lambda pair: pair[0], reverse=True)[:k]]


def _subject_words(question: str) -> list[tuple[str, str]]:
    """(word, stem) for the question's content words, in order, without framing words ("stand for", "mean")."""
    pairs = [(word, stem(word)) for word in content_words(question, SEARCH_STOPWORDS, ALNUM_WORD)]
    return [(word, stemmed) for word, stemmed in pairs if stemmed not in _FRAME][:_MAX_WORDS]


def _pattern(words: list[tuple[str, str]], rare: set[str]) -> str:
    """A case-insensitive regular expression that finds candidate passages in the store.

    It matches any unknown word, or two neighbouring question words with up to two words between
    them; candidates are then checked exactly on their stemmed words.
    """
    def prefix(raw: str) -> str:
        word = raw.lower()
        return word if len(word) <= 4 else word[:max(4, len(word) - 3)]

    parts = [rf"\b{prefix(raw)}" for raw, stem in words if stem in rare]
    pairs = zip(words, words[1:], strict=False)
    parts += [rf"\b{prefix(a)}\w*(?:\W+\w+){{0,2}}?\W+{prefix(b)}" for (a, _), (b, _) in pairs]
    return f"(?i)(?:{'|'.join(parts)})" if parts else ""


def merge_library(result: Answer | NotInCorpus, docs: Sequence[Document], question: str = ""
                  ) -> Answer | NotInCorpus:
    """The answer with the learner's passages added (or made from them when the notes had nothing).

    `result` comes back unchanged when no passage has a sentence to quote.
    """
    citations = list(result.citations) if isinstance(result, Answer) else []
    lines = []
    for doc in docs:
        quote = best_sentence(doc, question)
        flat = " ".join(doc.page_content.split())
        if not quote or quote not in flat:
            continue
        meta = doc.metadata
        where = f"{meta.get('source', 'your file')}" + (f", p. {meta['page']}" if meta.get("page") else "")
        citations.append(Citation(chunk_id=str(meta["chunk_id"]), source=where, title=str(meta.get("heading", where)),
                                  domain=str(meta.get("domain", "")), quote=quote))
        lines.append(f"- {quote} [{len(citations)}]")
    if not lines:
        return result
    block = "**From your notes.**\n" + "\n".join(lines)
    if isinstance(result, Answer):
        return result.model_copy(update={"text": f"{result.text}\n\n{block}", "citations": citations})
    return Answer(text=block, domain=str(docs[0].metadata.get("domain") or "") or None, citations=citations,
                  kind="library", backend=result.backend, latency_ms=result.latency_ms)
