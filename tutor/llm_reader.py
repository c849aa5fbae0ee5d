"""With a language model configured, the model reads a calculation's inputs; code still computes.

The solver picks the formula; `LLMReader.read` gives the model that formula's inputs as one tool
(a pydantic schema built from `Formula.params`) and asks it to call the tool with the values in the
question. The arguments are validated against the schema; a malformed call, a refusal (no tool
call) or a provider error returns None, and the offline reader is used instead. The model never
sees or produces a result.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError, create_model

from tutor.formulas import Formula, Param

logger = logging.getLogger(__name__)

PROMPT = ("You read calculation questions for a study tutor. Call the tool once with the values the question "
          "gives for each input, exactly as stated (convert only units the input's description names, and write "
          "rates as fractions: 25% is 0.25). Leave out any input the question does not give. Never compute the "
          "answer and never guess a value.")

_TYPES: dict[str, Any] = {
    "number": float, "annual": float, "rate": float, "count": int, "list": list[float], "pairs": dict[str, float],
    "named_lists": dict[str, list[float]], "named_pairs": dict[str, dict[str, float]], "rows": list[list[float]],
    "records": list[dict[str, float | str]],
}


def input_schema(formula: Formula) -> type[BaseModel]:
    """The formula's inputs as a pydantic model (the tool the model calls); every input may be left out."""
    fields: dict[str, Any] = {}
    for p in formula.params:
        note = " (a fraction: 0.25 for 25%)" if p.kind == "rate" else " (per year)" if p.kind == "annual" else ""
        fields[p.name] = (_field_type(p) | None, Field(default=None, description=f"{p.label}{note}"))
    model = create_model(f"{formula.function}_inputs", **fields)
    model.__doc__ = f"Inputs of {formula.title}: {formula.expression}"
    return model


def _field_type(p: Param) -> Any:
    if p.kind == "choice":
        options = tuple(dict.fromkeys(value for _, value in p.choices))
        return Literal[options] if options and all(isinstance(o, str | int | bool) for o in options) else Any
    return _TYPES.get(p.kind, Any)


class LLMReader:
    """Reads a chosen formula's inputs with a chat model's tool call."""

    def __init__(self, model: BaseChatModel) -> None:
        self.model = model

    def read(self, formula: Formula, question: str) -> dict[str, Any] | None:
        """The values the model read, checked against the schema; None to fall back to the offline reader."""
        schema = input_schema(formula)
        try:
            bound = self.model.bind_tools([schema], tool_choice=schema.__name__)
        except (NotImplementedError, TypeError, ValueError):
            logger.info("The chat model cannot call tools; calculation inputs are read offline.")
            return None
        try:
            message = bound.invoke([SystemMessage(PROMPT), HumanMessage(question)])
        except Exception as exc:  # noqa: BLE001 - any provider failure (network, quota, server) means: read offline
            logger.warning("The language model could not read the calculation (%s); reading it offline.", exc)
            return None
        call = next((c for c in getattr(message, "tool_calls", None) or [] if c.get("name") == schema.__name__), None)
        if call is None:
            logger.info("The language model did not fill the inputs of %s; reading them offline.", formula.function)
            return None
        try:
            read = schema.model_validate(call.get("args") or {})
        except ValidationError as exc:
            logger.info("The language model's inputs for %s did not fit (%s); reading them offline.",
                        formula.function, exc.errors()[0].get("msg"))
            return None
        rates = {p.name for p in formula.params if p.kind == "rate"}
        return {k: v / 100 if k in rates and v > 1 else v  # "25" for 25%
                for k, v in read.model_dump().items() if v is not None}

