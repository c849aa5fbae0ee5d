"""Small real fakes for tests: a scripted chat model that records every prompt it receives."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import BaseMessage


class RecordingChatModel(FakeListChatModel):
    """Replies with the scripted `responses` in order and keeps the messages it was sent."""

    received: list[list[BaseMessage]] = []

    def _call(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
              **kwargs: Any) -> str:
        self.received.append(list(messages))
        return super()._call(messages, stop=stop, run_manager=run_manager, **kwargs)
