"""Read a learner's question: what kind it is and which topics it names.

Pure text rules, no models: the composer and the solver use this to decide how to answer.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class QuestionKind(StrEnum):
    """How a question should be answered."""

    DEFINITION = "definition"
    COMPARISON = "comparison"
    HOW = "how"
    SCENARIO = "scenario"
    SITUATION = "situation"
    """A planner's situation (what to do, why it happens): answered from a situation entry of the playbook."""
    CALCULATION = "calculation"


class ParsedQuestion(BaseModel):
    """A question with its kind and the topics it names (two for a comparison)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str
    kind: QuestionKind
    topics: tuple[str, ...]
    refers_back: bool = False
    """True when the question leans on the previous turn ("its formula", "how is that different")."""


_COMPARE = [
    re.compile(r"(?:difference|differences|distinguish|differ)\w*\s+(?:between\s+)?(?P<a>.+?)"
               r"\s+(?:and|&|from|vs\.?|versus)\s+(?P<b>.+)", re.I),
    re.compile(r"(?:compare|contrast)\s+(?P<a>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?P<b>.+)", re.I),
    re.compile(r"(?:how\s+(?:is|are|does|do)\s+)(?P<a>.+?)\s+(?:different|differ)\s+(?:from|to|than)\s+(?P<b>.+)",
               re.I),
    re.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus|v\.)\s+(?P<b>.+)", re.I),
    re.compile(r"^(?:is|are)\s+(?P<a>.+?)\s+the\s+same\s+(?:as|thing as)\s+(?P<b>.+)", re.I),
]
_HOW = re.compile(r"^\s*(?:how|why|when|in what way|what (?:does|do) .+ (?:do|work|feed|drive))\b", re.I)
_SCENARIO = re.compile(
    r"\b(?:should (?:the|a|we|i|they)|what should|which (?:technique|method|approach|rule|tool|strategy|system)"
    r"|best (?:way|approach|technique|method)|planner (?:do|use)|recommend|would you use|is (?:it|this) better)\b",
    re.I,
)
_CALC = re.compile(
    r"\b(?:calculate|calc|compute|work out|how (?:many|much)|what is the (?:value|number|eoq|rop)|find the|"
    r"determine the|solve)\b",
    re.I,
)
# asks for advice or an explanation, not a number: "lead time went from 4 to 8 weeks, what happens?"
_ADVICE = re.compile(r"\b(?:should (?:we|i)|what happens|why|where|worth it|is (?:it|that|this) (?:bad|fair|ok|normal)"
                     r"|what (?:do|can|should) (?:we|i)"
                     r"|how (?:do|can|should) (?:we|i) (?:fix|stop|handle|explain|deal))\b", re.I)
_BACK = re.compile(r"\b(?:it|its|it's|that|this|these|those|they|them|their|the same)\b", re.I)
_LEAD = re.compile(
    r"^(?:and\s+|so\s+|ok(?:ay)?\s+|also\s+|then\s+)?(?:what(?:'s| is| are)|whats|define|explain|describe|"
    r"tell me about|meaning of|what does|what do|how (?:does|do|is|are)|why (?:is|are|does|do)|give me|"
    r"can you explain|please explain)\s+(?:the\s+|a\s+|an\s+)?",
    re.I,
)


def _clean_topic(text: str) -> str:
    text = re.sub(r"[?!.]+$", "", text.strip())
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:mean|means|work|works|stand for|in cpim|in s&op|please)$", "", text, flags=re.I)
    return text.strip(" ,;:'\"")


def parse_question(question: str) -> ParsedQuestion:
    """Classify a question and pull out its topics.

    Example: "What's the difference between MPS and MRP?" -> comparison, topics ("MPS", "MRP")
    """
    text = " ".join(question.split())
    refers_back = bool(_BACK.search(text)) or text.lower().startswith(("and ", "what about", "how about"))
    for pattern in _COMPARE:
        match = pattern.search(text)
        if match:
            a, b = _clean_topic(match.group("a")), _clean_topic(match.group("b"))
            if a and b:
                return ParsedQuestion(text=text, kind=QuestionKind.COMPARISON, topics=(a, b), refers_back=refers_back)
    numbers = len(re.findall(r"\d[\d,.]*", text))
    if numbers and (_CALC.search(text) or (numbers >= 2 and not _ADVICE.search(text))):
        return ParsedQuestion(text=text, kind=QuestionKind.CALCULATION, topics=(_clean_topic(text),),
                              refers_back=refers_back)
    if _HOW.search(text):
        kind = QuestionKind.HOW
    elif _SCENARIO.search(text):
        kind = QuestionKind.SCENARIO
    else:
        kind = QuestionKind.DEFINITION
    topic = _clean_topic(_LEAD.sub("", text))
    return ParsedQuestion(text=text, kind=kind, topics=(topic or text,), refers_back=refers_back)
