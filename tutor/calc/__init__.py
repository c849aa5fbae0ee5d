"""Every formula the tutor computes with, as pure, typed functions that reject impossible input.

The answer composer, the quiz generator and the corpus tests call these; no language model ever
does the arithmetic. One module per exam domain; everything is re-exported here, so callers use
`tutor.calc.<name>`. Each function's docstring gives the formula, units, the convention used
where textbooks differ, and an `Example: inputs -> result` line.
"""

from importlib import import_module
from inspect import isfunction

from tutor.calc._checks import CalcError

_MODULES = ("capacity", "demand", "distribution", "inventory", "inventory_records", "mps", "mrp", "quality",
            "schedules", "sop", "sourcing", "strategy")


def _defined_in(name: str) -> dict[str, object]:
    """The public functions a calc module defines (not the checks it imports, not its `_` helpers)."""
    module = import_module(f"tutor.calc.{name}")
    return {key: value for key, value in vars(module).items()
            if isfunction(value) and value.__module__ == module.__name__ and not key.startswith("_")}


_FUNCTIONS = {key: function for name in _MODULES for key, function in _defined_in(name).items()}
globals().update(_FUNCTIONS)  # re-exported: callers use tutor.calc.<name>
__all__ = ["CalcError", *sorted(_FUNCTIONS)]
