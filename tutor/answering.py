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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from langchain_core.documents import Document

from tutor.composer import Composer
from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.models import Answer, NotInCorpus
from tutor.questions import ParsedQuestion, QuestionKind, parse_question
from tutor.retrieval import HybridRetriever, term_key
from tutor.scope import Judge
from tutor.text import FOLLOW_UP_STOPWORDS

logger = logging.getLogger(__name__)

#: Default minimum cosine similarity of the best passage for an in-scope question, calibrated with
#: `python -m eval.calibrate_scope` on eval/datasets/scope.yaml (in-scope min 0.398, out-of-scope max
#: 0.266 on the full corpus; the midpoint is 0.33). `Settings.scope_threshold` overrides it.
DEFAULT_SCOPE_THRESHOLD = 0.33
_FORMULA = re.compile(r"\b(?:formula|equation|calculate|calculated|compute|computed)\b", re.I)
# what a follow-up asks of the previous answer's topic ("give me an example", "and its formula?")
_WANTS = {
    "example": re.compile(r"\b(?:examples?|instance|illustrat\w*|show me)\b", re.I),
    "formula": _FORMULA,
    "traps": re.compile(r"\b(?:traps?|mistakes?|pitfalls?|watch out|confus\w*)\b", re.I),
    "order": re.compile(r"\b(?:first|before|after|earlier|later|sequence|order)\b", re.I),
}
_FOLLOW_CUE = re.compile(r"^(?:and|so|ok(?:ay)?|also|then|but|why|how come)\b|\b(?:more|elaborate|again|why)\b", re.I)
# a question asked as a planner's situation: what to do, why it happens, where to start, "we keep ..."
_SITUATION_CUE = re.compile(
    r"\b(?:we|our|us|i'm|my|keeps?|kept|always|constantly|what (?:can|could|should|do) (?:we|i|the|a|they)"
    r"|how (?:can|do|should|could) (?:we|i|the|a|they)|where (?:do|should) (?:we|i)|first (?:step|thing)"
    r"|why (?:does|do|is|are|would) (?:this|that|it|our|we|the)|fix|stop|cope|deal with|handle)\b", re.I)
_TABLE_ROW = re.compile(r":\s*(\d[\d.,\s]*);")
_GARBLED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


@dataclass(frozen=True)
class Draft:
    """A question in scope with the passages to answer it from, waiting for a writer."""

    parsed: ParsedQuestion
    hits: Sequence[Document]
    domain: Domain | None
    note: str = ""
    """Said above the answer, e.g. that the term asked about lives in another domain than the scope chosen."""


class Answerer:
    """Turns questions into `Answer` or `NotInCorpus` using injected retrieval and composition."""

    def __init__(self, retriever: HybridRetriever, composer: Composer, solver: object | None = None,
                 scope_threshold: float = DEFAULT_SCOPE_THRESHOLD, judge: Judge | None = None,
                 embed_query: Callable[[str], list[float]] | None = None) -> None:
        self.retriever = retriever
        self.composer = composer
        self.solver = solver
        self.scope_threshold = scope_threshold
        self.judge = judge
        """The scope classifier (`tutor.scope`); without it, the best passage's similarity alone decides."""
        self.embed_query = embed_query

    def ask(self, question: str, history: Sequence[str] = (), domain: Domain | None = None,
            topics: Sequence[str] = ()) -> Answer | NotInCorpus:
        """Answer `question`, reading it as a follow-up of the conversation when it leans on one.

        `history` holds the learner's earlier questions, oldest first; `topics` the entry ids the previous
        answer was about (`Answer.topics`).

        Raises:
            QueryError: the question is binary or garbled text.
        """
        result: Answer | NotInCorpus | None = None
        for step in self.ask_stream(question, history, domain, topics):
            if not isinstance(step, str):
                result = step
        assert result is not None  # ask_stream always ends with the result
        return result

    def ask_stream(self, question: str, history: Sequence[str] = (), domain: Domain | None = None,
                   topics: Sequence[str] = ()) -> Iterator[str | Answer | NotInCorpus]:
        """`ask`, step by step: pieces of text while a writer is still writing, then the result.

        The offline composer writes at once, so it yields the result only; see `ask` for the errors.
        """
        start = time.perf_counter()
        routed = self.route(question, history, domain, topics)
        if isinstance(routed, Draft):
            note = routed.note
            for step in self.write_stream(routed):
                if isinstance(step, str):
                    yield step
                else:
                    routed = step
            if note:
                routed.text = f"{note}\n\n{routed.text}"  # type: ignore[union-attr]
        routed.latency_ms = round((time.perf_counter() - start) * 1000, 2)  # type: ignore[union-attr]
        yield routed  # type: ignore[misc]

    def route(self, question: str, history: Sequence[str] = (), domain: Domain | None = None,
              topics: Sequence[str] = ()) -> Answer | NotInCorpus | Draft:
        """The answer when it needs no writer (a follow-up, a calculation, out of scope), else the `Draft` to write.

        Raises:
            QueryError: the question is binary or garbled text.
        """
        if _GARBLED.search(question) or _mostly_symbols(question):
            raise QueryError("That does not look like a question in words. Type your question as plain text.")
        parsed = parse_question(question)
        result: Answer | NotInCorpus | None = self._follow_up(parsed, topics, domain)
        if result is not None:
            return result
        parsed = self._resolve(parsed, history, topics)
        if self.solver is not None and re.search(r"\d", parsed.text):
            solved = self.solver.solve(parsed.text)  # type: ignore[attr-defined]
            # a computed result always wins; a request for missing inputs only for calculation questions
            if solved is not None and (solved.numeric_answer is not None or parsed.kind is QuestionKind.CALCULATION):
                return solved  # type: ignore[no-any-return]
        hits = self.retriever.search(parsed.text, k=5, domain=domain)
        note = ""
        if domain is not None and not _names_a_term(hits):
            hits, note = self._elsewhere(parsed.text, domain, hits)
        short = parsed.kind is QuestionKind.DEFINITION and len(parsed.topics[0].split()) <= 4  # "what is X?"
        unknown = self.retriever.unknown_words(parsed.topics[0]) if short else []
        if unknown and not _names_a_term(hits):  # "what is a Quux ladder?": a term the notes never use
            return _nearest(hits, f"The study notes have no entry on “{parsed.topics[0]}” (they never use "
                                  f"“{unknown[0]}”). Check the spelling; these are the nearest terms they define.")
        if not self._in_scope(parsed.text, hits):
            return _nearest(hits, "The study notes do not cover that. CPIM Tutor answers questions about the CPIM 8.0 "
                                  "body of knowledge; here are the closest topics in the notes.")
        situation = self._situation(parsed, hits)
        if situation is not None:  # the playbook entry first: the composer and a model both answer from it
            parsed = parsed.model_copy(update={"kind": QuestionKind.SITUATION})
            hits = [*self.composer.entries[situation], *(h for h in hits if h.metadata["entry_id"] != situation)]
        elif parsed.kind is QuestionKind.DEFINITION and _SITUATION_CUE.search(parsed.text):
            parsed = parsed.model_copy(update={"kind": QuestionKind.SCENARIO})  # asked as a situation all the same
        return Draft(parsed, hits, domain, note)

    def _elsewhere(self, question: str, domain: Domain, hits: list[Document]) -> tuple[list[Document], str]:
        """A term the scope does not hold, found in another domain: those hits and a note saying so.

        "what is EOQ?" scoped to Distribution is answered from Inventory, not with the nearest distribution passage.
        """
        everywhere = self.retriever.search(question, k=5)
        named = [h for h in everywhere if h.metadata.get("term_rank") is not None]
        if not named or named[0].metadata["domain"] == domain.value:
            return hits, ""
        home = Domain(named[0].metadata["domain"])
        return everywhere, (f"*{named[0].metadata['heading']} is in {home.display_name}, not in the "
                            f"{domain.display_name} scope you chose, so here it is from {home.display_name}.*")

    def _situation(self, parsed: ParsedQuestion, hits: Sequence[Document]) -> str | None:
        """The situation entry to answer from, or None: a question about a concept is answered as one.

        A situation among the first three hits answers a question asked as a situation (what to do, why it
        happens, where to start, "we keep ..."); one at the top answers any question that names no term.
        """
        found = next((h for h in hits[:3] if h.metadata.get("kind") == "situation"), None)
        if found is None or parsed.kind in (QuestionKind.COMPARISON, QuestionKind.CALCULATION):
            return None
        asked_as_situation = parsed.kind is QuestionKind.SCENARIO or bool(_SITUATION_CUE.search(parsed.text))
        if (found is hits[0] and not _names_a_term(hits[:3])) or (asked_as_situation and found in hits[:2]):
            return str(found.metadata["entry_id"])
        return None

    def write_stream(self, draft: Draft) -> Iterator[str | Answer]:
        """Write the answer for in-scope hits; a generative answerer yields its text as it comes first."""
        yield self._write(draft.parsed, draft.hits, draft.domain)

    def _previous(self, topics: Sequence[str]) -> list[Document]:
        """The first chunk of each entry the previous answer was about (unknown ids are dropped)."""
        return [self.composer.entries[t][0] for t in topics if self.composer.entries.get(t)]

    def _follow_up(self, parsed: ParsedQuestion, topics: Sequence[str], domain: Domain | None) -> Answer | None:
        """Answer a follow-up that names no topic of its own from the previous answer's entries.

        "give me an example" -> that entry's example; "and what's its formula?" -> its equations; "which one
        comes first?" after a comparison -> the comparison again. None when this is not such a follow-up.
        """
        previous = self._previous(topics)
        if not previous or parsed.kind in (QuestionKind.CALCULATION, QuestionKind.COMPARISON):
            return None
        text = parsed.text
        cued = parsed.refers_back or _FOLLOW_CUE.search(text) or any(p.search(text) for p in _WANTS.values())
        if not cued or self._has_own_topic(parsed):
            return None
        want = next((name for name, pattern in _WANTS.items() if pattern.search(parsed.text)), None)
        if want == "order" and len(previous) > 1:
            compare = parsed.model_copy(update={"kind": QuestionKind.COMPARISON})
            return self.composer.compose(compare, previous[:1], previous[1:2])
        first = previous[0]
        if want in ("example", "formula", "traps"):
            answer = self.composer.focus(first, want, parsed.kind.value)
            if answer is None and want != "traps":  # the concept has none: its worked example may
                answer = self._worked_example(first, want, domain)
            if answer is not None:
                return answer
        how = parsed.model_copy(update={"kind": QuestionKind.HOW})
        return self.composer.compose(how, [first])

    def _worked_example(self, entry: Document, want: str, domain: Domain | None) -> Answer | None:
        heading = str(entry.metadata["heading"])
        for doc in self.retriever.search(f"{heading} {want}", k=5, domain=domain):
            if doc.metadata.get("kind") == "worked-example" and doc.metadata.get("domain") == entry.metadata["domain"]:
                return self.composer.focus(doc, want) or self.composer.compose(
                    parse_question(heading).model_copy(update={"kind": QuestionKind.DEFINITION}), [doc])
        return None

    def _resolve(self, parsed: ParsedQuestion, history: Sequence[str], topics: Sequence[str] = ()) -> ParsedQuestion:
        """Carry the previous topic into a follow-up that names no topic of its own."""
        if not parsed.refers_back or not (history or topics):
            return parsed
        previous = self._previous(topics)
        topic = (str(previous[0].metadata["heading"]) if previous
                 else parse_question(history[-1]).topics[0])
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
        content = [w for w in words if w not in FOLLOW_UP_STOPWORDS]
        return bool(content) and self.retriever.names_a_term(" ".join(content))

    def _write(self, parsed: ParsedQuestion, hits: Sequence[Document], domain: Domain | None) -> Answer:
        """Compose the answer from in-scope hits (generative answerers override this)."""
        if parsed.kind is QuestionKind.SITUATION:
            return self.composer.compose(parsed, hits)
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

    def _in_scope(self, question: str, hits: Sequence[Document]) -> bool:
        """Whether the notes cover `question`: a glossary term named, else the scope classifier (or threshold)."""
        if not hits:
            return False
        named = _names_a_term(hits)
        best = max((h.metadata.get("dense_score") or 0.0) for h in hits)
        if self.judge is None or self.embed_query is None:
            return named or best >= self.scope_threshold
        typed = _TABLE_ROW.sub(r" \1", question)  # "there are: 50;" (tutor.layout.canonical) read as typed
        return self.judge.in_scope(self.embed_query(typed), best, named)


def _names_a_term(hits: Sequence[Document]) -> bool:
    """Whether the retriever matched a glossary term the question names in any of `hits` (`term_rank`)."""
    return any(h.metadata.get("term_rank") is not None for h in hits)


def _nearest(hits: Sequence[Document], message: str) -> NotInCorpus:
    """Not in the notes, with `message` and the headings of the (up to three) nearest entries."""
    headings = dict.fromkeys(str(h.metadata["heading"]) for h in hits)
    return NotInCorpus(message=message, nearest_topics=list(headings)[:3])


def _mostly_symbols(text: str) -> bool:
    letters = sum(ch.isalnum() for ch in text)  # digits count: "OH = 60, F = 50,50,50 -> PAB?" is a question
    return len(text.strip()) > 0 and letters / max(1, len(text.strip())) < 0.3
