"""Small real fakes for tests: a scripted chat model that records every prompt it receives."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk


class RecordingChatModel(FakeListChatModel):
    """Replies with the scripted `responses` in order and keeps the messages it was sent."""

    received: list[list[BaseMessage]] = []

    def _call(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
              **kwargs: Any) -> str:
        self.received.append(list(messages))
        return super()._call(messages, stop=stop, run_manager=run_manager, **kwargs)

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        self.received.append(list(messages))
        yield from super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)


class Faults(logging.Handler):
    """Collects log records that carry a traceback or an ERROR (the fuzz tests fail on any)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or record.levelno >= logging.ERROR:
            self.records.append(record)
