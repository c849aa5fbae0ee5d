"""Generative answering through any LangChain chat model, kept honest by our own checks.

The LCEL chain is: retrieve -> numbered passages in a delimited data block -> prompt (package
data in `tutor/prompts/`) -> chat model -> parse [n] citations. Markers that point at no passage
are removed; an answer that cites nothing falls back to the offline composer with a note.
Calculation questions still go to the solver, and the model never does arithmetic. Concrete
providers (OpenAI-compatible servers, Ollama) are built in `tutor.wiring` only when chosen.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from importlib import resources

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from tutor.answering import Answerer, Draft
from tutor.composer import Citations, Sentence, entry_sentences
from tutor.domains import Domain
from tutor.models import Answer, NotInCorpus
from tutor.questions import QuestionKind, parse_question
from tutor.text import best_sentence, long_words

_MARKER = re.compile(r"\[(\d{1,2})\]")
FALLBACK_NOTE = "*The language model's answer cited no passage, so this answer is built from the notes directly.*"
MODEL_ERROR_NOTE = "*The language model could not answer just now, so this answer is built from the notes directly.*"
logger = logging.getLogger(__name__)


def load_prompt(name: str) -> str:
    """Read a prompt file shipped in `tutor/prompts/`."""
    return resources.files("tutor.prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")


def format_passages(docs: Sequence[Document]) -> str:
    """Number the passages inside one delimited data block.

    Example: two chunks -> a "<passages>" block holding "[1] (Heading) text" and "[2] ..." entries
    """
    body = "\n\n".join(f"[{n}] ({d.metadata['heading']}) {d.page_content.split(chr(10) * 2, 1)[-1]}"
                       for n, d in enumerate(docs, 1))
    return f"<passages>\n{body}\n</passages>"


class GenerativeAnswerer(Answerer):
    """An `Answerer` whose non-calculation answers are written by a chat model."""

    def __init__(self, model: BaseChatModel, *args: object, backend: str = "llm", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.model = model
        self.backend = backend
        prompt = ChatPromptTemplate.from_messages(
            [("system", load_prompt("answer")), ("human", "{passages}\n\nQuestion: {question}")])
        self.chain = prompt | model | StrOutputParser()
        rewrite = ChatPromptTemplate.from_messages(
            [("system", load_prompt("rewrite")), ("human", "Conversation:\n{history}\n\nLast question: {question}")])
        self.rewriter = rewrite | model | StrOutputParser()

    def ask_stream(self, question: str, history: Sequence[str] = (), domain: Domain | None = None,
                   topics: Sequence[str] = ()) -> Iterator[str | Answer | NotInCorpus]:
        """Answer with the chat model, its text piece by piece and then the checked result.

        A follow-up is first rewritten by the model into a question that stands alone; see
        `Answerer.ask` for the routing and errors.
        """
        if history and parse_question(question).refers_back:
            try:
                question = self.rewriter.invoke({"history": "\n".join(history), "question": question}
                                                ).strip() or question
            except Exception as exc:  # noqa: BLE001 - any model failure: answer the question as typed
                logger.warning("the model could not rewrite the follow-up (%s); answering it as typed", exc)
        yield from super().ask_stream(question, (), domain, topics)

    def write_stream(self, draft: Draft) -> Iterator[str | Answer]:
        """Let the model write from the in-scope hits, yielding its text as it comes, then the checked answer.

        The composer writes instead, with a note, when the model fails or cites nothing.
        """
        parsed, hits = draft.parsed, draft.hits
        if parsed.kind is QuestionKind.CALCULATION:
            yield self._write(parsed, hits, draft.domain)
            return
        pieces: list[str] = []
        try:
            for piece in self.chain.stream({"passages": format_passages(hits), "question": parsed.text}):
                pieces.append(piece)
                yield piece
        except Exception as exc:  # noqa: BLE001 - a model or connection error: the notes still answer
            logger.warning("the language model failed (%s); answering from the notes", exc)
            answer = self._write(parsed, hits, draft.domain)
            answer.text = f"{MODEL_ERROR_NOTE}\n\n{answer.text}"
            yield answer
            return
        answer = self.cite("".join(pieces), hits, parsed.kind.value)
        if answer is None:
            answer = self._write(parsed, hits, draft.domain)
            answer.text = f"{FALLBACK_NOTE}\n\n{answer.text}"
        yield answer

    def cite(self, raw: str, hits: Sequence[Document], kind: str = "definition") -> Answer | None:
        """Keep markers that point at a passage, renumber them and quote the cited chunks.

        Returns None when no valid citation is left.
        """
        cites = Citations()
        kept = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal kept
            n = int(match.group(1))
            if not 1 <= n <= len(hits):
                return ""
            kept += 1
            sentence = self._quote(hits[n - 1], raw, match.start())
            marker = cites.cite(sentence)
            return marker[marker.rindex("["):]

        text = re.sub(r"\s+([.,;:])", r"\1", _MARKER.sub(replace, raw)).strip()
        if not kept:
            return None
        return Answer(text=text, domain=str(hits[0].metadata["domain"]), citations=cites.items,
                      kind=kind, backend=self.backend)

    def _quote(self, doc: Document, raw: str, position: int) -> Sentence:
        """The sentence of the cited entry that shares most words with the answer sentence citing it."""
        start = max(raw.rfind(".", 0, position - 1), raw.rfind("\n", 0, position - 1)) + 1
        candidates = entry_sentences([doc]) or [Sentence(doc, doc.page_content.split("\n")[0], "title")]
        return best_sentence(candidates, raw[start:position], text_of=lambda s: s.text, words_of=long_words,
                             by_run=False)
