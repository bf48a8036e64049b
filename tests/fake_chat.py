"""A scripted fake chat model (a real LangChain `BaseChatModel`) that records the messages it received.

Each call consumes one script entry:
- a string: the reply, streamed word by word;
- an exception instance: raised when the call starts (connection refused, timeout, HTTP 5xx…);
- `Broken(text, error)`: streams `text` then raises `error` (a stream cut or malformed mid-way).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field


@dataclass
class Broken:
    text: str
    error: BaseException


class ScriptedChatModel(BaseChatModel):
    script: list[Any] = Field(default_factory=list)
    received: list[list[BaseMessage]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    def _next(self, messages: list[BaseMessage]) -> Any:
        self.received.append(list(messages))
        if not self.script:
            raise AssertionError("ScriptedChatModel called more often than scripted")
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item

    def _generate(
        self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any
    ) -> ChatResult:
        item = self._next(messages)
        text = item.text if isinstance(item, Broken) else item
        if isinstance(item, Broken):
            raise item.error
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        item = self._next(messages)
        text = item.text if isinstance(item, Broken) else item
        tokens = [token for token in re.split(r"(?<=\s)", text) if token] or [""]  # "" → one empty chunk
        for token in tokens:
            yield ChatGenerationChunk(message=AIMessageChunk(content=token))
        if isinstance(item, Broken):
            raise item.error

    # helpers for assertions
    def prompt(self, call: int = -1) -> str:
        """The user message of one call."""
        return str(self.received[call][-1].content)

    def system(self, call: int = -1) -> str:
        return str(self.received[call][0].content)
