"""With a chat model, the model fills a formula's input schema through a tool call and code computes.

A small scripted fake (langchain-core's FakeMessagesListChatModel, with tool binding) stands in for
the provider: a good tool call, a malformed one, a refusal, a provider error and a partial reading.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage

from tutor import calc
from tutor.formulas import FORMULAS
from tutor.llm_reader import LLMReader, input_schema
from tutor.solver import LLM_NOTE, Solver

EOQ = next(f for f in FORMULAS if f.function == "eoq")
QUESTION = "EOQ? we sell twelve thousand a year, an order costs fifty bucks, carrying is a quarter of the $12 unit cost"


class ToolModel(FakeMessagesListChatModel):
    """Replies with scripted messages; records what it was sent and which tools were bound."""

    received: list[list[BaseMessage]] = []
    tools: list[Any] = []
    fail: bool = False

    def bind_tools(self, tools: list[Any], **kwargs: Any) -> ToolModel:
        self.tools.extend(tools)
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.received.append(list(messages))
        if self.fail:
            raise ConnectionError("server unreachable")
        return super()._generate(messages, *args, **kwargs)


def _call(args: dict[str, Any], name: str = "eoq_inputs") -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": "call-1"}])


def test_the_schema_names_every_input_with_its_label_and_accepts_a_partial_reading():
    schema = input_schema(EOQ).model_json_schema()
    assert set(schema["properties"]) == {p.name for p in EOQ.params}
    assert "fraction" in schema["properties"]["carrying_rate"]["description"]
    assert input_schema(EOQ).model_validate({}).model_dump() == dict.fromkeys(schema["properties"])


def test_a_tool_call_fills_the_inputs_and_code_computes(caplog):
    model = ToolModel(responses=[_call({"annual_demand": 12000, "order_cost": 50, "carrying_rate": 25,
                                        "unit_cost": 12})])
    answer = Solver(reader=LLMReader(model)).solve(QUESTION)
    assert answer.numeric_answer == pytest.approx(calc.eoq(12000, 50, 0.25, 12))  # "25" read as 25 %
    assert LLM_NOTE in answer.text and answer.calculation.inputs["carrying_rate"] == 0.25
    assert model.tools and model.tools[0].__name__ == "eoq_inputs"
    sent = " ".join(str(m.content) for m in model.received[0])
    assert QUESTION in sent and "Never compute" in sent


@pytest.mark.parametrize("reply", [
    _call({"annual_demand": "lots", "order_cost": 50}),  # malformed: not a number
    _call({"annual_demand": 12000}, name="some_other_tool"),  # a tool that was not offered
    AIMessage(content="Sorry, I can't help with homework."),  # refusal: no tool call
], ids=["malformed", "wrong-tool", "refusal"])
def test_a_bad_reply_falls_back_to_the_offline_reader(reply, caplog):
    offline = Solver().solve(QUESTION.replace("twelve thousand", "12,000"))
    model = ToolModel(responses=[reply])
    with caplog.at_level(logging.INFO):
        answer = Solver(reader=LLMReader(model)).solve(QUESTION.replace("twelve thousand", "12,000"))
    assert model.received, "the model was asked"
    assert answer.text == offline.text and LLM_NOTE not in answer.text
    assert all(r.exc_info is None and r.levelno < logging.ERROR for r in caplog.records)


def test_a_provider_error_is_one_warning_and_the_offline_reader_answers(caplog):
    model = ToolModel(responses=[_call({})], fail=True)
    with caplog.at_level(logging.INFO):
        answer = Solver(reader=LLMReader(model)).solve(
            "annual demand 12,000, $50 per order, carrying cost 25%, unit cost $12: EOQ?")
    assert answer.numeric_answer == pytest.approx(calc.eoq(12000, 50, 0.25, 12))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "server unreachable" in warnings[0].getMessage() and not warnings[0].exc_info


def test_a_partial_reading_asks_for_the_missing_input_by_name():
    model = ToolModel(responses=[_call({"annual_demand": 12000, "order_cost": 50})])
    answer = Solver(reader=LLMReader(model)).solve("what's the EOQ if D = 12,000/yr and an order costs $50?")
    assert answer.numeric_answer is None
    assert set(answer.calculation.missing) == {"carrying_rate", "unit_cost"}
    assert "To compute this I still need" in answer.text
