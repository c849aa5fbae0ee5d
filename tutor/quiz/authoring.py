"""Quiz items written by a chat model, then parsed and checked strictly by our own code.

The LCEL chain is: numbered passages in a delimited data block -> prompt (package data
`tutor/prompts/quiz.md`) -> chat model -> text. The model is asked for a JSON array of items, each
naming the passage it comes from and a verbatim quote that supports its key. Our parser never
repairs anything: a candidate with a missing, extra or wrong-typed field, an out-of-range passage or
answer, a quote that is not in its passage, bad options, or a key its quote does not support is
dropped with a reason the learner can read. Survivors become `QuizItem`s with `source="llm"`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from typing import Any

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import SystemMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict, ValidationError

from tutor.generative import format_passages, load_prompt
from tutor.models import Citation
from tutor.quiz.items import Kind, QuizItem, normalize
from tutor.text import KEY_STOPWORDS, LETTERS_3, content_words

logger = logging.getLogger(__name__)

SUPPORTED_KINDS = (Kind.MCQ, Kind.TRUE_FALSE)
#: Share of the key's content words that must appear in its quote.
MIN_SUPPORT = 0.6
_COMMON = {"kind", "passage", "quote", "stem", "answer", "explanation", "difficulty"}
_FIELDS = {Kind.MCQ: _COMMON | {"options"}, Kind.TRUE_FALSE: _COMMON}
_FENCE = re.compile(r"```(?:json)?[ \t]*\n(.*?)\n?```", re.DOTALL)
_ABOVE = re.compile(r"\b(?:all|none|both|neither) of the above\b")


class AuthoringReport(BaseModel):
    """What one authoring run produced: the items kept and why the others were dropped."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    items: list[QuizItem] = []
    """Parsed, validated and grounded items (source="llm")."""
    dropped: list[str] = []
    """One learner-readable reason per dropped candidate, e.g. "item 3: answer index 5 is not an option"."""


class Rejected(ValueError):
    """A candidate item broke a rule; the message says which."""


def _key_words(text: str) -> set[str]:
    """The words `support` compares: runs of 3+ letters without `KEY_STOPWORDS`.

    Example: "The reorder point (ROP) triggers an order" -> {"reorder", "point", "rop", "triggers", "order"}
    """
    return set(content_words(text, KEY_STOPWORDS, LETTERS_3))


def support(claim: str, quote: str) -> float:
    """Share of the claim's content words found in the quote (0.0 when the claim has none)."""
    words = _key_words(claim)
    return len(words & _key_words(quote)) / len(words) if words else 0.0


class QuizAuthor:
    """Asks a chat model for quiz items about some chunks and keeps only the ones that pass our checks."""

    def __init__(self, chat_model: BaseChatModel) -> None:
        # the rules go in as a fixed system message, so nothing in them is templated or changed by input
        prompt = ChatPromptTemplate.from_messages([
            SystemMessage(content=load_prompt("quiz")),
            ("human", "{passages}\n\nWrite at most {n} items. Kinds allowed: {kinds}."),
        ])
        self.chain = prompt | chat_model | StrOutputParser()

    def author(self, chunks: Sequence[Document], n: int,
               kinds: Sequence[Kind] = (Kind.MCQ, Kind.TRUE_FALSE)) -> AuthoringReport:
        """Ask the model for at most `n` items of `kinds` about `chunks` and check each one.

        Raises:
            ValueError: a kind other than mcq or true_false was asked for.
        """
        wanted = [Kind(k) for k in kinds]
        if unsupported := [str(k) for k in wanted if k not in SUPPORTED_KINDS]:
            raise ValueError(f"the model can only author mcq and true_false items, not {', '.join(unsupported)}")
        if not chunks or n < 1 or not wanted:
            return AuthoringReport()
        raw = self.chain.invoke({"passages": format_passages(chunks), "n": n, "kinds": ", ".join(map(str, wanted))})
        report = parse_items(raw, chunks, n, wanted)
        logger.info("quiz authoring: kept %d item(s), dropped %d", len(report.items), len(report.dropped))
        for reason in report.dropped:
            logger.debug("dropped %s", reason)
        return report


def parse_items(raw: str, chunks: Sequence[Document], n: int, kinds: Sequence[Kind] = SUPPORTED_KINDS
                ) -> AuthoringReport:
    """Parse the model's reply strictly: a JSON array, optionally in a ```json fence; nothing is repaired."""
    text = raw.strip()
    if fenced := _FENCE.fullmatch(text):
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return AuthoringReport(dropped=[f"the model's reply is not valid JSON ({error.msg}), so no item was kept"])
    if not isinstance(data, list):
        return AuthoringReport(dropped=["the model's reply is not a JSON array of items, so no item was kept"])
    report = AuthoringReport()
    seen: dict[str, int] = {}
    for number, candidate in enumerate(data, 1):
        try:
            if number > n:
                raise Rejected(f"only {n} item(s) were asked for")
            item = _build(candidate, chunks, kinds)
            if item.id in seen:
                raise Rejected(f"repeats item {seen[item.id]}")
        except Rejected as error:
            report.dropped.append(f"item {number}: {error}")
            continue
        seen[item.id] = number
        report.items.append(item)
    return report


def _build(candidate: Any, chunks: Sequence[Document], kinds: Sequence[Kind]) -> QuizItem:
    """One candidate object -> a grounded `QuizItem`, or `Rejected` with the first rule it breaks."""
    if not isinstance(candidate, dict):
        raise Rejected("is not a JSON object")
    kind_name = candidate.get("kind")
    if kind_name not in [str(k) for k in kinds]:  # a list: the value may be unhashable
        raise Rejected(f"kind {kind_name!r} is not one of {', '.join(map(str, kinds))}")
    kind = Kind(kind_name)
    if missing := sorted(_FIELDS[kind] - candidate.keys()):
        raise Rejected(f"missing field(s) {', '.join(missing)}")
    if extra := sorted(candidate.keys() - _FIELDS[kind]):
        raise Rejected(f"unexpected field(s) {', '.join(extra)}")
    for field in ("quote", "stem", "explanation"):
        if not isinstance(candidate[field], str) or not candidate[field].strip():
            raise Rejected(f"{field} must be non-empty text")
    passage, difficulty, answer = candidate["passage"], candidate["difficulty"], candidate["answer"]
    quote, stem = candidate["quote"], candidate["stem"]
    if not _is_int(passage) or not 1 <= passage <= len(chunks):
        raise Rejected(f"passage {passage!r} is not one of the numbered passages 1-{len(chunks)}")
    if not _is_int(difficulty) or not 1 <= difficulty <= 3:
        raise Rejected(f"difficulty {difficulty!r} is not 1, 2 or 3")
    chunk = chunks[passage - 1]
    if quote not in chunk.page_content:
        raise Rejected(f"the quote is not found word for word in passage {passage}")
    options: list[str] = []
    if kind is Kind.MCQ:
        options = _check_options(candidate["options"])
        if not _is_int(answer):
            raise Rejected(f"answer {answer!r} must be an option index")
        if not 0 <= answer < len(options):
            raise Rejected(f"answer index {answer} is not an option")
        key = normalize(options[answer])
        if key and re.search(rf"\b{re.escape(key)}\b", normalize(stem)):
            raise Rejected("the stem gives away the answer")
        key_support = support(options[answer], quote)
        if key_support < MIN_SUPPORT or any(support(o, quote) >= key_support
                                            for i, o in enumerate(options) if i != answer):
            raise Rejected("answer key not supported by its quote")
    else:
        if not isinstance(answer, bool):
            raise Rejected(f"answer {answer!r} must be true or false")
        if answer and support(stem, quote) < MIN_SUPPORT:
            raise Rejected("answer key not supported by its quote")
    m = chunk.metadata
    citation = Citation(chunk_id=m["chunk_id"], source=m["source"], title=m["heading"], domain=m["domain"],
                        quote=quote)
    try:
        return QuizItem(kind=kind, domain=m["domain"], subtopic=m["subtopic"], difficulty=difficulty, stem=stem,
                        options=options, answer=answer, explanation=candidate["explanation"],
                        citations=[citation], source="llm")
    except ValidationError as error:
        raise Rejected(f"is not a valid quiz item ({error.errors()[0]['msg']})") from error


def _check_options(options: Any) -> list[str]:
    """Mcq options: a list of 3-5 distinct, non-empty strings, none of them "all/none of the above"."""
    if not isinstance(options, list) or not all(isinstance(o, str) and o.strip() for o in options):
        raise Rejected("options must be a list of non-empty texts")
    if not 3 <= len(options) <= 5:
        raise Rejected(f"{len(options)} options (an mcq needs 3 to 5)")
    if any(_ABOVE.search(normalize(o)) for o in options):
        raise Rejected('an option is "all/none of the above"')
    if len({normalize(o) for o in options}) < len(options):
        raise Rejected("two options are the same")
    return options


def _is_int(value: Any) -> bool:
    """True for a JSON integer (and not a boolean, which Python counts as an int)."""
    return isinstance(value, int) and not isinstance(value, bool)
