"""The `Tutor` facade: the one object the CLI and the UI talk to.

Its parts (index, learner store, learners' libraries, chat model, quiz author) are built in
`tutor.wiring`; the parts that need a built index (retriever, answerer, quiz engine) are made on
first use, under a lock, and made again after indexing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from langchain_core.documents import Document

from tutor.answering import Answerer
from tutor.chunking import chunk_entries
from tutor.coach import ExamOutlook, Progress, exam_outlook, next_quiz, progress
from tutor.composer import Composer
from tutor.config import Settings
from tutor.corpus import Entry, load_corpus
from tutor.domains import Domain
from tutor.errors import IndexNotBuilt, QueryError
from tutor.indexing import CorpusIndex, IndexReport, fingerprint
from tutor.layout import canonical
from tutor.lexical import Glossary
from tutor.library import Library, LibraryFile
from tutor.models import Answer, NotInCorpus, SearchHit
from tutor.personal import merge_library, notes_for
from tutor.quiz.bank import load_aliases
from tutor.quiz.engine import QuizEngine
from tutor.quiz.items import QuizItem
from tutor.retrieval import HybridRetriever, Mode
from tutor.scope import Judge, load_judge
from tutor.store import Learner, Store

logger = logging.getLogger(__name__)


class Tutor:
    """Answer, search, drill and track one learner at a time over the indexed notes."""

    def __init__(self, settings: Settings, index: CorpusIndex, count_tokens: Callable[[str], int], store: Store,
                 library: Library, chat_model: object | None = None, author: object | None = None) -> None:
        self.settings = settings
        self.chat_model = chat_model
        self.index_store = index
        self.count_tokens = count_tokens
        self.store = store
        self.library = library
        self.author = author  # a QuizAuthor when a language model writes quiz items too
        self.outline = library.outline  # the taxonomy, loaded once by the composition root
        self._lock = threading.RLock()  # the lazily made parts are made once, whichever thread asks first
        self._retriever: HybridRetriever | None = None
        self._answerer: Answerer | None = None
        self._quiz: QuizEngine | None = None
        self._judge: Judge | None = None
        self._judged = False  # whether load_judge ran (it gives None for a corpus without SCOPE.yaml)
        self._entries: list[Entry] | None = None  # the corpus as last read, for the parts made from it

    def chunks(self) -> list[Document]:
        """Read and chunk the corpus (no embedding)."""
        entries = load_corpus(self.settings.corpus_dir, self.outline)
        with self._lock:
            self._entries = entries
        return chunk_entries(entries, self.count_tokens, self.settings.chunk_tokens)

    def _corpus(self) -> list[Entry]:
        """The corpus entries as `chunks` last read them (read now if it has not run)."""
        with self._lock:
            if self._entries is None:
                self._entries = load_corpus(self.settings.corpus_dir, self.outline)
            return self._entries

    def index(self, rebuild: bool = False, progress: bool = True) -> IndexReport:
        """Bring the search index in step with the corpus; `rebuild` re-embeds everything."""
        docs = self.chunks()
        report = (self.index_store.rebuild if rebuild else self.index_store.sync)(docs, progress=progress)
        self._forget()
        return report

    def _forget(self) -> None:
        """Drop the parts made over the old index; they are made again on next use."""
        with self._lock:
            self._retriever = self._answerer = self._quiz = self._judge = None
            self._judged = False  # the judge learns the notes' headings and symptoms: it may be stale too

    def ensure_index(self, progress: bool = True) -> IndexReport | None:
        """Index only when the index is missing, unfinished or behind the corpus; else do nothing."""
        state = self.index_store.status()
        docs = self.chunks()
        if state["complete"] and state.get("fingerprint") == fingerprint(docs) and (
            state["model"] == self.index_store.embeddings.name
        ):
            return None
        report = self.index_store.sync(docs, progress=progress)
        self._forget()
        return report

    @property
    def retriever(self) -> HybridRetriever:
        """The hybrid retriever over the current index.

        Raises:
            IndexNotBuilt: the index is missing or incomplete.
        """
        with self._lock:
            if self._retriever is None:
                store = self.index_store.vectorstore()
                docs = self.index_store.documents()
                if not docs:
                    raise IndexNotBuilt("The search index is empty. Run `tutor index` first.")
                self._retriever = HybridRetriever(
                    vectorstore=store, documents=docs, glossary=Glossary(self.outline.acronyms()),
                    k=self.settings.top_k,
                )
            return self._retriever

    def search(self, query: str, domain: Domain | str | None = None, k: int | None = None,
               mode: Mode = "hybrid") -> list[SearchHit]:
        """Rank corpus passages for `query`, optionally within one domain.

        Raises:
            QueryError: the query is empty or longer than `max_query_chars`.
            UnknownDomainError: `domain` is not a domain slug.
            IndexNotBuilt: the index is missing or incomplete.
        """
        query = self.check_query(query)
        if k is not None and not 1 <= k <= 100:
            raise QueryError(f"k must be between 1 and 100, got {k}.")
        slug = Domain.parse(domain) if isinstance(domain, str) else domain
        docs = self.retriever.search(query, k=k, domain=slug, mode=mode)
        return [SearchHit.from_document(doc, rank) for rank, doc in enumerate(docs, 1)]

    def ask(self, question: str, history: Sequence[str] = (), domain: Domain | str | None = None,
            topics: Sequence[str] = ()) -> Answer | NotInCorpus:
        """Answer a question from the notes (or say the notes do not cover it).

        `history` is the learner's earlier questions (oldest first) and `topics` the previous answer's
        `Answer.topics`: together they let a follow-up ("give me an example") follow.

        Raises:
            QueryError: the question is empty, too long or not text.
            UnknownDomainError: `domain` is not a domain slug.
            IndexNotBuilt: the index is missing or incomplete.
        """
        return self.answerer.ask(*self._asking(question, history, domain, topics))

    def _asking(self, question: str, history: Sequence[str], domain: Domain | str | None, topics: Sequence[str]
                ) -> tuple[str, list[str], Domain | None, list[str]]:
        """The question checked (pasted tables keep their shape), the domain parsed, history and topics as text."""
        text = self.check_query(canonical(question or ""))  # "orders | 35 | 20" becomes "orders: 35, 20;"
        slug = Domain.parse(domain) if isinstance(domain, str) else domain
        asked = [h for h in history if isinstance(h, str) and h.strip()]
        return text, asked, slug, [t for t in topics if isinstance(t, str)]

    @property
    def answerer(self) -> Answerer:
        """The answerer (offline, or with the chat model), made on first use over the loaded index."""
        with self._lock:
            if self._answerer is None:
                from tutor.solver import Solver

                retriever = self.retriever
                composer = Composer(retriever.documents)
                reader = None
                if self.chat_model is not None:  # the model reads a calculation's inputs; code computes
                    from tutor.llm_reader import LLMReader

                    reader = LLMReader(self.chat_model)
                parts = (retriever, composer, Solver(retriever, composer, reader))
                scope = {"scope_threshold": self.settings.scope_threshold, "judge": self.judge,
                         "embed_query": self.index_store.embeddings.embed_query}
                if self.chat_model is not None:
                    from tutor.generative import GenerativeAnswerer

                    self._answerer = GenerativeAnswerer(self.chat_model, *parts, backend=self.backend_name, **scope)
                else:
                    self._answerer = Answerer(*parts, **scope)
            return self._answerer

    @property
    def judge(self) -> Judge | None:
        """The scope classifier for this corpus and embedding model (`tutor.scope.load_judge`; made once)."""
        with self._lock:
            if not self._judged:
                embeddings = self.index_store.embeddings
                self._judge = load_judge(self.settings.corpus_dir, self.settings.data_dir, self._corpus(),
                                         embeddings.name, embeddings.embed_documents)
                self._judged = True
            return self._judge

    def calculate(self, function: str, fields: dict[str, object]) -> Answer:
        """Compute a formula from the calculator form's typed fields (the working, or what is still missing).

        Raises:
            QueryError: no formula has that name.
        """
        return self.answerer.solver.form(function, fields)  # type: ignore[union-attr]

    @property
    def quiz_engine(self) -> QuizEngine:
        """The quiz engine over the indexed chunks (made once; about 0.2 s).

        Raises:
            IndexNotBuilt: the index is missing or empty.
        """
        with self._lock:
            if self._quiz is None:
                docs = self.index_store.documents()
                if not docs:
                    raise IndexNotBuilt("The search index is empty. Run `tutor index` first.")
                firsts = [str(d.metadata["chunk_id"]) for d in docs if int(d.metadata.get("chunk_index", 0)) == 0]
                self._quiz = QuizEngine(docs, self._corpus(), self.index_store.vectors(firsts),
                                        load_aliases(self.settings.corpus_dir))
            return self._quiz

    def quiz(self, domains: Sequence[Domain | str] | None = None, n: int = 10, kinds: Sequence[str] | None = None,
             difficulty: int | None = None, seed: int | None = None, recent_stems: Sequence[str] = (),
             subtopics: Sequence[str] | None = None) -> list[QuizItem]:
        """Draw a drill of `n` gated items; with a generative backend, up to half are written by the model.

        `subtopics` (outline ids such as "supply/atp-ctp") narrows the drill to those subtopics.

        Raises:
            QueryError: n out of 1–500, an unknown kind or a difficulty outside 1–3.
            UnknownDomainError: a domain is not a domain slug.
            IndexNotBuilt: the index is missing.
        """
        return self.quiz_engine.quiz(domains, n=n, kinds=kinds, difficulty=difficulty, seed=seed,
                                     recent_stems=recent_stems, author=self.author,  # type: ignore[arg-type]
                                     subtopics=subtopics)

    def drill_subtopic(self, key: str, n: int = 5) -> list[QuizItem]:
        """A drill on one subtopic of the outline ("supply/atp-ctp"), within its domain."""
        found = self.outline.subtopics.get(key)
        return self.quiz([found[0]] if found else None, n=n, subtopics=[key])

    def exam(self, n: int = 150, seed: int | None = None) -> list[QuizItem]:
        """A mock exam across all eight domains, weighted by `Settings.exam_weights` (equal by default)."""
        return self.quiz_engine.exam(n=n, weights=self.settings.exam_weights, seed=seed)

    # -- the learner's records --------------------------------------------------------------------------------
    def learner(self, name: str, create: bool = True) -> Learner:
        """The learner with this name (made when new, unless `create` is False).

        Raises:
            QueryError: the name is invalid, or (with `create=False`) no learner has it.
        """
        return self.store.learner(name, create=create)

    def next_quiz(self, learner: Learner | str, n: int = 10, seed: int | None = None,
                  now: datetime | None = None) -> list[QuizItem]:
        """An adaptive drill for a learner: due reviews, then weak subtopics, then unexplored domains."""
        who = self.store.learner(learner) if isinstance(learner, str) else learner
        return [item for item, _ in next_quiz(self.store, self.quiz_engine, who, n, now or datetime.now(UTC), seed)]

    def due(self, learner: Learner, limit: int = 20, now: datetime | None = None) -> list[QuizItem]:
        """The learner's reviews that are due, soonest first."""
        return self.store.due(learner.id, now or datetime.now(UTC), limit=limit)

    def cards(self, learner: Learner) -> list[dict[str, Any]]:
        """The learner's review cards, the next one due first."""
        return self.store.cards(learner.id)

    def record_attempt(self, learner_id: int, item: QuizItem, response: str, correct: bool,
                       when: datetime | None = None, seconds: float | None = None, review: bool = False) -> None:
        """Keep one answer (and schedule the item's next review)."""
        self.store.record_attempt(learner_id, item, response, correct, when or datetime.now(UTC), seconds=seconds,
                                  review=review)

    def record_question(self, learner: Learner, question: str, domain: str | None) -> None:
        """Keep a question the learner asked, as engagement with its domain."""
        self.store.record_question(learner.id, question, domain, datetime.now(UTC))

    def progress(self, learner: Learner, now: datetime | None = None) -> Progress:
        """Mastery per domain and subtopic, weak areas, unexplored domains, engagement and review load."""
        return progress(self.store, learner, now or datetime.now(UTC))

    def exam_outlook(self, learner: Learner, typed: str | None, today: date | None = None) -> ExamOutlook:
        """The day-by-day plan to the exam date typed (stored) or saved earlier; see `tutor.coach.exam_outlook`."""
        return exam_outlook(self.store, learner, typed, today or datetime.now(UTC).date())

    @property
    def backend_name(self) -> str:
        """The answer backend in use: "offline" or the configured LLM backend."""
        if self.chat_model is None:
            return "offline"
        return self.settings.llm_backend if self.settings.llm_backend != "offline" else "llm"

    @property
    def scope_threshold(self) -> float:
        """The best passage's similarity below which a question is out of the notes' scope."""
        return self.settings.scope_threshold

    def embed(self, texts: list[str]) -> list[list[float]]:
        """The embedding model's vectors for `texts` (for the evaluation's similarity measures)."""
        return self.index_store.embeddings.embed_documents(texts)

    # -- the learner's own notes ------------------------------------------------------------------------------
    def add_note(self, learner: Learner, filename: str, data: bytes, domain: str | None = None,
                 progress: Callable[[float, str], None] | None = None) -> LibraryFile:
        """Add (or replace) a file in the learner's library; see `Library.add` for the errors."""
        return self.library.add(learner.id, filename, data, domain=domain, progress=progress)

    def notes(self, learner: Learner) -> list[LibraryFile]:
        """The files in the learner's library."""
        return self.library.files(learner.id)

    def set_note_domain(self, learner: Learner, file_id: str, domain: str | None) -> LibraryFile:
        """Tag a library file with a domain; None puts back the domain detected from its text."""
        return self.library.set_domain(learner.id, file_id, domain)

    def remove_note(self, learner: Learner, file_id: str) -> None:
        """Remove a file from the learner's library."""
        self.library.remove(learner.id, file_id)

    def ask_for(self, learner: Learner, question: str, history: Sequence[str] = (),
                domain: Domain | str | None = None, topics: Sequence[str] = ()) -> Answer | NotInCorpus:
        """`ask` for a learner: their uploaded notes are searched too, and the question is logged.

        Passages from the learner's library that match well are added under "From your notes" with
        citations to the file and page; when the course notes do not cover a question but the
        learner's own notes do, the answer comes from those alone.
        """
        return self._for_learner(learner, question, self.ask(question, history, domain, topics))

    def ask_stream(self, learner: Learner, question: str, history: Sequence[str] = (),
                   domain: Domain | str | None = None, topics: Sequence[str] = ()
                   ) -> Iterator[str | Answer | NotInCorpus]:
        """`ask_for`, step by step: each piece of text as a language model writes it, then the checked result.

        Offline answers are composed at once, so only the result is yielded. A model that fails
        midway is replaced by the offline composer, with a note in the result.
        """
        for step in self.answerer.ask_stream(*self._asking(question, history, domain, topics)):
            yield step if isinstance(step, str) else self._for_learner(learner, question, step)

    def _for_learner(self, learner: Learner, question: str, result: Answer | NotInCorpus) -> Answer | NotInCorpus:
        """The result with the learner's matching notes added, and the question logged."""
        # a word the course notes never use ("FBK", an in-house term) finds the learner's notes by words
        mine = notes_for(self.library, learner.id, question,
                         in_course=lambda word: bool(self.retriever.search(word, k=1, mode="bm25")))
        if mine:
            result = merge_library(result, mine, question)
        self.record_question(learner, question, result.domain if isinstance(result, Answer) else None)
        return result

    def check_query(self, query: str) -> str:
        """Return the stripped query, or raise `QueryError` if it is empty or too long."""
        if query is not None and not isinstance(query, str):
            raise QueryError("The question must be text. Type a question or a few search words.")
        text = " ".join((query or "").split())
        if not text:
            raise QueryError("The question is empty. Type a question or a few search words.")
        if len(text) > self.settings.max_query_chars:
            raise QueryError(
                f"The question is {len(text):,} characters long; the limit is "
                f"{self.settings.max_query_chars:,}. Shorten it or ask about one topic at a time."
            )
        return text
