"""The chat's message format, read in one place.

Gradio 6's Chatbot hands each message back with its `content` as a list of parts
(`[{"type": "text", "text": "..."}]`), not the string the app sent; files come as dicts. Every
handler that reads the chat history goes through `message_text` and `learner_questions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: How many earlier questions a follow-up may lean on.
HISTORY_TURNS = 4


def message_text(message: Mapping[str, Any] | Any) -> str:
    """The text of one chat message, whatever shape Gradio gave it.

    Example: {"role": "user", "content": [{"type": "text", "text": "what is MRP?"}]} -> "what is MRP?"
    """
    content = message.get("content") if isinstance(message, Mapping) else getattr(message, "content", message)
    return _text(content)


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):  # one part, or a file / component
        return content["text"] if isinstance(content.get("text"), str) else ""
    if isinstance(content, Iterable):
        return " ".join(t for t in (_text(part) for part in content) if t)
    return ""


def role(message: Mapping[str, Any] | Any) -> str:
    """The message's role ("user" or "assistant"), "" when it has none."""
    value = message.get("role") if isinstance(message, Mapping) else getattr(message, "role", "")
    return value if isinstance(value, str) else ""


def learner_questions(history: Iterable[Any] | None, turns: int = HISTORY_TURNS) -> list[str]:
    """The learner's earlier questions as plain strings, oldest first, at most `turns` of them."""
    asked = [message_text(m).strip() for m in history or [] if role(m) == "user"]
    return [q for q in asked if q][-turns:]
