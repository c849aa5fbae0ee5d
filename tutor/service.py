"""The `Tutor` facade: the one object the CLI and the UI talk to.

It holds the settings, the taxonomy and the corpus index, and builds the retriever once the
index is ready. Construction of real models and clients happens in `tutor.wiring`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from langchain_core.documents import Document

from tutor.answering import Answerer
from tutor.chunking import chunk_entries
from tutor.composer import Composer
from tutor.config import Settings
from tutor.corpus import load_corpus
from tutor.domains import Domain, Outline, load_outline
from tutor.errors import IndexNotBuilt, QueryError
from tutor.indexing import CorpusIndex, IndexReport, fingerprint
from tutor.layout import canonical
from tutor.lexical import Glossary
from tutor.library import Library
from tutor.models import Answer, NotInCorpus, SearchHit
from tutor.personal import merge_library, notes_for
from tutor.quiz.engine import QuizEngine
from tutor.quiz.items import QuizItem
from tutor.retrieval import HybridRetriever, Mode
from tutor.store import Learner, Store

logger = logging.getLogger(__name__)


class Tutor:
    """Index the corpus and search it."""

    def __init__(self, settings: Settings, index: CorpusIndex, count_tokens: Callable[[str], int],
                 chat_model: object | None = None) -> None:
        self.settings = settings
        self.chat_model = chat_model
        self.index_store = index
        self.count_tokens = count_tokens
        self._outline: Outline | None = None
        self._retriever: HybridRetriever | None = None
        self._answerer: Answerer | None = None
        self._quiz: QuizEngine | None = None
        self._store: Store | None = None
        self._library: Library | None = None

    @property
    def outline(self) -> Outline:
        """The taxonomy from `corpus/outline.yaml`."""
        if self._outline is None:
            self._outline = load_outline(self.settings.corpus_dir / "outline.yaml")
        return self._outline

    def chunks(self) -> list[Document]:
        """Read and chunk the corpus (no embedding)."""
        entries = load_corpus(self.settings.corpus_dir, self.outline)
        return chunk_entries(entries, self.count_tokens, self.settings.chunk_tokens)

    def index(self, rebuild: bool = False, progress: bool = True) -> IndexReport:
        """Bring the search index in step with the corpus; `rebuild` re-embeds everything."""
        docs = self.chunks()
        report = (self.index_store.rebuild if rebuild else self.index_store.sync)(docs, progress=progress)
        self._retriever = self._answerer = self._quiz = None
        return report

    def ensure_index(self, progress: bool = True) -> IndexReport | None:
        """Index only when the index is missing, unfinished or behind the corpus; else do nothing."""
        state = self.index_store.status()
        docs = self.chunks()
        if state["complete"] and state.get("fingerprint") == fingerprint(docs) and (
            state["model"] == self.index_store.embeddings.name
        ):
            return None
        report = self.index_store.sync(docs, progress=progress)
        self._retriever = self._answerer = self._quiz = None
        return report

    @property
    def retriever(self) -> HybridRetriever:
        """The hybrid retriever over the current index.

        Raises:
            IndexNotBuilt: the index is missing or incomplete.
        """
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
        # pasted tables and week-by-week rows keep their shape: "orders | 35 | 20" becomes "orders: 35, 20;"
        text = self.check_query(canonical(question or ""))
        slug = Domain.parse(domain) if isinstance(domain, str) else domain
        asked = [h for h in history if isinstance(h, str) and h.strip()]
        return self.answerer.ask(text, history=asked, domain=slug, topics=[t for t in topics if isinstance(t, str)])

    @property
    def answerer(self) -> Answerer:
        """The answerer (offline, or with the chat model), built on first use over the loaded index."""
        if self._answerer is None:
            from tutor.solver import Solver

            retriever = self.retriever
            composer = Composer(retriever.documents)
            reader = None
            if self.chat_model is not None:  # the model reads a calculation's inputs; code computes
                from tutor.llm_reader import LLMReader

                reader = LLMReader(self.chat_model)
            parts = (retriever, composer, Solver(retriever, composer, reader))
            if self.chat_model is not None:
                from tutor.generative import GenerativeAnswerer

                backend = self.settings.llm_backend if self.settings.llm_backend != "offline" else "llm"
                self._answerer = GenerativeAnswerer(self.chat_model, *parts, backend=backend,
                                                    scope_threshold=self.settings.scope_threshold)
            else:
                self._answerer = Answerer(*parts, scope_threshold=self.settings.scope_threshold)
        return self._answerer

    def calculate(self, function: str, fields: dict[str, object]) -> Answer:
        """Compute a formula from the calculator form's typed fields (the working, or what is still missing).

        Raises:
            QueryError: no formula has that name.
        """
        return self.answerer.solver.form(function, fields)  # type: ignore[union-attr]

    @property
    def quiz_engine(self) -> QuizEngine:
        """The quiz engine over the indexed chunks (built once; about 0.2 s).

        Raises:
            IndexNotBuilt: the index is missing or empty.
        """
        if self._quiz is None:
            docs = self.index_store.documents()
            if not docs:
                raise IndexNotBuilt("The search index is empty. Run `tutor index` first.")
            firsts = [str(d.metadata["chunk_id"]) for d in docs if int(d.metadata.get("chunk_index", 0)) == 0]
            entries = load_corpus(self.settings.corpus_dir, self.outline)
            self._quiz = QuizEngine(docs, entries, self.index_store.vectors(firsts))
        return self._quiz

    def quiz(self, domains: Sequence[Domain | str] | None = None, n: int = 10, kinds: Sequence[str] | None = None,
             difficulty: int | None = None, seed: int | None = None, recent_stems: Sequence[str] = ()
             ) -> list[QuizItem]:
        """Draw a drill of `n` gated items; with a generative backend, up to half are written by the model.

        Raises:
            QueryError: n out of 1–500, an unknown kind or a difficulty outside 1–3.
            UnknownDomainError: a domain is not a domain slug.
            IndexNotBuilt: the index is missing.
        """
        author = None
        if self.chat_model is not None and self.settings.llm_backend != "offline":
            from tutor.quiz.authoring import QuizAuthor

            author = QuizAuthor(self.chat_model)  # type: ignore[arg-type]
        return self.quiz_engine.quiz(domains, n=n, kinds=kinds, difficulty=difficulty, seed=seed,
                                     recent_stems=recent_stems, author=author)

    def exam(self, n: int = 150, seed: int | None = None) -> list[QuizItem]:
        """A mock exam across all eight domains, weighted by `Settings.exam_weights` (equal by default)."""
        return self.quiz_engine.exam(n=n, weights=self.settings.exam_weights, seed=seed)

    @property
    def store(self) -> Store:
        """The learner database (opened, and migrated, on first use)."""
        if self._store is None:
            self._store = Store(self.settings.learner_db_url)
        return self._store

    def next_quiz(self, learner: Learner | str, n: int = 10, seed: int | None = None,
                  now: datetime | None = None) -> list[QuizItem]:
        """An adaptive drill for a learner: due reviews, then weak subtopics, then unexplored domains."""
        from tutor.coach import next_quiz

        who = self.store.learner(learner) if isinstance(learner, str) else learner
        return [item for item, _ in next_quiz(self.store, self.quiz_engine, who, n, now or datetime.now(UTC), seed)]

    @property
    def backend_name(self) -> str:
        """The answer backend in use: "offline" or the configured LLM backend."""
        return self.settings.llm_backend if self.chat_model is not None else "offline"

    @property
    def library(self) -> Library:
        """Learners' own uploaded notes, one collection per learner beside the corpus."""
        if self._library is None:
            self._library = Library(self.index_store.client, self.index_store.embeddings, self.outline,
                                    chunk_tokens=self.settings.chunk_tokens)
        return self._library

    def ask_for(self, learner: Learner, question: str, history: Sequence[str] = (),
                domain: Domain | str | None = None, topics: Sequence[str] = ()) -> Answer | NotInCorpus:
        """`ask` for a learner: their uploaded notes are searched too, and the question is logged.

        Passages from the learner's library that match well are added under "From your notes" with
        citations to the file and page; when the course notes do not cover a question but the
        learner's own notes do, the answer comes from those alone.
        """
        result = self.ask(question, history=history, domain=domain, topics=topics)
        # a word the course notes never use ("FBK", an in-house term) finds the learner's notes by words
        mine = notes_for(self.library, learner.id, question,
                         in_course=lambda word: bool(self.retriever.search(word, k=1, mode="bm25")))
        if mine:
            result = merge_library(result, mine, question)
        topic = result.domain if isinstance(result, Answer) else None
        self.store.record_question(learner.id, question, topic, datetime.now(UTC))
        return result

    def ask_stream(self, learner: Learner, question: str, history: Sequence[str] = (),
                   domain: Domain | str | None = None, topics: Sequence[str] = ()
                   ) -> Iterator[str | Answer | NotInCorpus]:
        """`ask_for`, streamed: the growing text while a language model writes, then the checked result.

        Offline answers are composed at once, so only the result is yielded.
        """
        if self.backend_name == "offline":
            yield self.ask_for(learner, question, history, domain, topics)
            return
        from tutor.generative import STREAM_SINK

        pieces: queue.Queue[tuple[str, object]] = queue.Queue()

        def run() -> None:
            STREAM_SINK.set(lambda piece: pieces.put(("piece", piece)))
            try:
                pieces.put(("done", self.ask_for(learner, question, history, domain, topics)))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                pieces.put(("error", exc))

        threading.Thread(target=run, daemon=True, name="ask-stream").start()
        text = ""
        while True:
            kind, value = pieces.get()
            if kind == "piece":
                text += str(value)
                yield text
            elif kind == "error":
                raise value  # type: ignore[misc]
            else:
                yield value  # type: ignore[misc]
                return

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
