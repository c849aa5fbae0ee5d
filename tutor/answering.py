"""Answer a learner's question from the notes: route, retrieve, decide scope, compose.

Calculation questions go to the solver; everything else is retrieved with the hybrid retriever
and written by the offline composer (or, when configured, a generative backend). A question
the notes do not cover gets `NotInCorpus`, decided from retrieval evidence: the best dense
similarity and whether the question names a term of the glossary.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

from langchain_core.documents import Document

from tutor.composer import Composer
from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.models import Answer, NotInCorpus
from tutor.questions import ParsedQuestion, QuestionKind, parse_question
from tutor.retrieval import HybridRetriever, term_key

logger = logging.getLogger(__name__)

#: Default minimum cosine similarity of the best passage for an in-scope question, calibrated with
#: `python -m eval.calibrate_scope` on eval/datasets/scope.yaml (in-scope min 0.398, out-of-scope max
#: 0.266 on the full corpus; the midpoint is 0.33). `Settings.scope_threshold` overrides it.
DEFAULT_SCOPE_THRESHOLD = 0.33
_FORMULA = re.compile(r"\b(?:formula|equation|calculate|calculated|compute|computed)\b", re.I)
_GARBLED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


class Answerer:
    """Turns questions into `Answer` or `NotInCorpus` using injected retrieval and composition."""

    def __init__(self, retriever: HybridRetriever, composer: Composer, solver: object | None = None,
                 scope_threshold: float = DEFAULT_SCOPE_THRESHOLD) -> None:
        self.retriever = retriever
        self.composer = composer
        self.solver = solver
        self.scope_threshold = scope_threshold

    def ask(self, question: str, history: Sequence[str] = (), domain: Domain | None = None) -> Answer | NotInCorpus:
        """Answer `question`; `history` holds the learner's earlier questions, oldest first.

        Raises:
            QueryError: the question is binary or garbled text.
        """
        start = time.perf_counter()
        if _GARBLED.search(question) or _mostly_symbols(question):
            raise QueryError("That does not look like a question in words. Type your question as plain text.")
        parsed = parse_question(question)
        parsed = self._resolve(parsed, history)
        result: Answer | NotInCorpus | None = None
        if self.solver is not None and re.search(r"\d", parsed.text):
            solved = self.solver.solve(parsed.text)  # type: ignore[attr-defined]
            # a computed result always wins; a request for missing inputs only for calculation questions
            if solved is not None and (solved.numeric_answer is not None or parsed.kind is QuestionKind.CALCULATION):
                result = solved
        if result is None:
            result = self._answer(parsed, domain)
        result.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        return result

    def _resolve(self, parsed: ParsedQuestion, history: Sequence[str]) -> ParsedQuestion:
        """Carry the previous topic into a follow-up that names no topic of its own."""
        if not history or not parsed.refers_back:
            return parsed
        previous = parse_question(history[-1])
        topic = previous.topics[0]
        if parsed.kind is QuestionKind.COMPARISON:
            a, b = parsed.topics
            if re.fullmatch(r"(?:it|that|this|they|those|these|the same)", a, re.I):
                return parsed.model_copy(update={"topics": (topic, b)})
            return parsed
        if self._has_own_topic(parsed):
            return parsed
        text = f"{topic}: {parsed.text}"
        return parsed.model_copy(update={"text": text, "topics": (topic,)})

    def _has_own_topic(self, parsed: ParsedQuestion) -> bool:
        words = term_key(parsed.topics[0]).split()
        content = [w for w in words if w not in {"it", "its", "that", "this", "formula", "the", "of", "and",
                                                 "example", "an", "a", "for", "same", "they", "them"}]
        return bool(content) and self.retriever.names_a_term(" ".join(content))

    def _answer(self, parsed: ParsedQuestion, domain: Domain | None) -> Answer | NotInCorpus:
        hits = self.retriever.search(parsed.text, k=5, domain=domain)
        if not self._in_scope(hits):
            return NotInCorpus(
                message="The study notes do not cover that. CPIM Tutor answers questions about the CPIM 8.0 "
                        "body of knowledge; here are the closest topics in the notes.",
                nearest_topics=list(dict.fromkeys(str(h.metadata["heading"]) for h in hits))[:3],
            )
        return self._write(parsed, hits, domain)

    def _write(self, parsed: ParsedQuestion, hits: Sequence[Document], domain: Domain | None) -> Answer:
        """Compose the answer from in-scope hits (generative answerers override this)."""
        if parsed.kind is QuestionKind.COMPARISON:
            first = self._best_for(parsed.topics[0], domain) or hits[:1]
            second = self._best_for(parsed.topics[1], domain)
            if first and second and first[0].metadata["entry_id"] != second[0].metadata["entry_id"]:
                return self.composer.compose(parsed, first, second)
            parsed = parsed.model_copy(update={"kind": QuestionKind.DEFINITION})
        if _FORMULA.search(parsed.text):
            worked = [h for h in hits if h.metadata.get("kind") == "worked-example"]
            hits = worked + [h for h in hits if h not in worked]
        return self.composer.compose(parsed, hits)

    def _best_for(self, topic: str, domain: Domain | None) -> list[Document]:
        docs = self.retriever.search(topic, k=3, domain=domain)
        named = [d for d in docs if d.metadata.get("term_rank") is not None]
        defining = [d for d in docs if d.metadata.get("kind") in ("concept", "worked-example")]
        return (named or defining or docs)[:1]

    def _in_scope(self, hits: Sequence[Document]) -> bool:
        if not hits:
            return False
        if any(h.metadata.get("term_rank") is not None for h in hits):
            return True
        best = max((h.metadata.get("dense_score") or 0.0) for h in hits)
        return best >= self.scope_threshold


def _mostly_symbols(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return len(text.strip()) > 0 and letters / max(1, len(text.strip())) < 0.3
