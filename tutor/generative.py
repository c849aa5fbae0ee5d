"""Generative answering through any LangChain chat model, kept honest by our own checks.

The LCEL chain is: retrieve -> numbered passages in a delimited data block -> prompt (package
data in `tutor/prompts/`) -> chat model -> parse [n] citations. Markers that point at no passage
are removed; an answer that cites nothing falls back to the offline composer with a note.
Calculation questions still go to the solver, and the model never does arithmetic. Concrete
providers (OpenAI-compatible servers, Ollama) are built in `tutor.wiring` only when chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from importlib import resources

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from tutor.answering import Answerer
from tutor.composer import Citations, Sentence, entry_sentences
from tutor.domains import Domain
from tutor.models import Answer, NotInCorpus
from tutor.questions import ParsedQuestion, QuestionKind, parse_question

_MARKER = re.compile(r"\[(\d{1,2})\]")
FALLBACK_NOTE = "*The language model's answer cited no passage, so this answer is built from the notes directly.*"


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


STREAM_SINK: ContextVar[Callable[[str], None] | None] = ContextVar("stream_sink", default=None)
"""Set (per thread/context) to receive the model's text piece by piece while `ask` runs."""


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

    def ask(self, question: str, history: Sequence[str] = (), domain: Domain | None = None,
            topics: Sequence[str] = ()) -> Answer | NotInCorpus:
        """Answer with the chat model; see `Answerer.ask` for the routing and errors."""
        if history and parse_question(question).refers_back:
            question = self.rewriter.invoke({"history": "\n".join(history), "question": question}).strip() or question
        return super().ask(question, (), domain, topics)

    def _write(self, parsed: ParsedQuestion, hits: Sequence[Document], domain: Domain | None) -> Answer:
        """Let the model write from the in-scope hits; fall back to the composer if it cites nothing."""
        if parsed.kind is QuestionKind.CALCULATION:
            return super()._write(parsed, hits, domain)
        inputs = {"passages": format_passages(hits), "question": parsed.text}
        sink = STREAM_SINK.get()
        if sink is None:
            raw = self.chain.invoke(inputs)
        else:  # the web app shows the text as it is written; the checked answer replaces it at the end
            pieces = []
            for piece in self.chain.stream(inputs):
                pieces.append(piece)
                sink(piece)
            raw = "".join(pieces)
        answer = self.cite(raw, hits, parsed.kind.value)
        if answer is None:
            answer = super()._write(parsed, hits, domain)
            answer.text = f"{FALLBACK_NOTE}\n\n{answer.text}"
        return answer

    def stream(self, question: str, domain: Domain | None = None) -> Iterator[str]:
        """Yield the model's answer text as it is generated (citations are checked by `ask`)."""
        hits = self.retriever.search(question, k=5, domain=domain)
        yield from self.chain.stream({"passages": format_passages(hits), "question": question})

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
        words = set(re.findall(r"[a-z]{4,}", raw[start:position].lower()))
        candidates = [s for s in entry_sentences([doc])] or [Sentence(doc, doc.page_content.split("\n")[0], "title")]
        return max(candidates, key=lambda s: len(words & set(re.findall(r"[a-z]{4,}", s.text.lower()))))
