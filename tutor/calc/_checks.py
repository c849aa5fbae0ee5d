"""Input checks shared by the calculation modules: every impossible input is a clear error."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from tutor.errors import TutorError


class CalcError(TutorError, ValueError):
    """An input to a calculation is impossible (negative demand, a rate above 1, ...)."""


def number(name: str, value: float) -> float:
    """Return `value` as a float, rejecting non-numbers, NaN and infinities."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CalcError(f"{name} must be a number (got {value!r})")
    if not math.isfinite(value):
        raise CalcError(f"{name} must be a finite number (got {value!r})")
    return float(value)


def nonneg(name: str, value: float) -> float:
    """Require a number >= 0."""
    value = number(name, value)
    if value < 0:
        raise CalcError(f"{name} cannot be negative (got {value:g})")
    return value


def positive(name: str, value: float) -> float:
    """Require a number > 0."""
    value = number(name, value)
    if value <= 0:
        raise CalcError(f"{name} must be greater than zero (got {value:g})")
    return value


def fraction(name: str, value: float, *, allow_zero: bool = True, allow_one: bool = True) -> float:
    """Require a rate written as a fraction: 0.25 for 25%."""
    value = number(name, value)
    low_ok = value > 0 or (allow_zero and value == 0)
    high_ok = value < 1 or (allow_one and value == 1)
    if not (low_ok and high_ok):
        low, high = ("[0" if allow_zero else "(0"), ("1]" if allow_one else "1)")
        hint = " (write 25% as 0.25)" if value > 1 else ""
        raise CalcError(f"{name} must be a fraction in {low}, {high}{hint} (got {value:g})")
    return value


def whole(name: str, value: int, minimum: int = 0) -> int:
    """Require a whole number >= minimum."""
    if isinstance(value, bool) or not isinstance(value, int) and not (
        isinstance(value, float) and value.is_integer()
    ):
        raise CalcError(f"{name} must be a whole number (got {value!r})")
    if value < minimum:
        raise CalcError(f"{name} must be at least {minimum} (got {value})")
    return int(value)


def series(name: str, values: Sequence[float], *, allow_negative: bool = False, min_len: int = 1) -> list[float]:
    """Require a list of numbers (each >= 0 unless `allow_negative`)."""
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise CalcError(f"{name} must be a list of numbers (got {values!r})")
    if len(values) < min_len:
        raise CalcError(f"{name} needs at least {min_len} value(s) (got {len(values)})")
    check = number if allow_negative else nonneg
    return [check(f"{name}[{i + 1}]", v) for i, v in enumerate(values)]


def same_length(**named: Sequence[float]) -> int:
    """Require lists of equal length; return it."""
    lengths = {name: len(values) for name, values in named.items()}
    if len(set(lengths.values())) > 1:
        detail = ", ".join(f"{k} has {v}" for k, v in lengths.items())
        raise CalcError(f"these lists must have one value per period: {detail}")
    return next(iter(lengths.values()))


def mapping(name: str, values: Mapping[str, float], *, allow_empty: bool = False) -> dict[str, float]:
    """Require a mapping of names to non-negative numbers."""
    if not isinstance(values, Mapping):
        raise CalcError(f"{name} must be a mapping of names to numbers (got {values!r})")
    if not values and not allow_empty:
        raise CalcError(f"{name} must not be empty")
    return {str(k): nonneg(f"{name}[{k}]", v) for k, v in values.items()}


def covers(table: Mapping[str, object], names: Iterable[str], lacking: str) -> None:
    """Require `table` to have an entry for every name; the error is `lacking` and the names left out."""
    missing = sorted(set(names) - set(table))
    if missing:
        raise CalcError(f"{lacking}: {', '.join(missing)}")


def share(part_name: str, part: float, whole_name: str, whole: float) -> float:
    """The fraction part / whole, where the part (>= 0) cannot exceed the whole (> 0)."""
    p, w = nonneg(part_name, part), positive(whole_name, whole)
    if p > w:
        raise CalcError(f"{part_name} ({p:g}) cannot exceed {whole_name} ({w:g})")
    return p / w
