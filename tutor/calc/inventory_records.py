"""Inventory records and analysis: ABC classes, cycle counting, accuracy, turns and valuation.

Also carrying cost in money, FIFO/LIFO/weighted-average/standard valuation and the
single-period (newsvendor) model.

Conventions: ABC ranks by annual dollar usage; an item joins class A while the cumulative share
of value *before* it is below the A cut-off (so the item that crosses the line is still A), and
likewise for B. Accuracy and turns are fractions and times per year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import NormalDist

from tutor.calc._checks import CalcError, covers, fraction, mapping, nonneg, positive

VALUATION_METHODS = ("fifo", "lifo", "weighted_average", "standard")


def abc_classification(annual_usage: Mapping[str, float], a_cutoff: float = 0.8,
                       b_cutoff: float = 0.95) -> dict[str, dict[str, float | str]]:
    """Classify items A, B or C by annual dollar usage (units × unit cost, passed in directly).

    Returns, per item in descending usage order: `usage`, `share`, `cumulative_share`, `class`.

    Example: {P1: 50,000, P2: 30,000, P3: 15,000, P4: 5,000} -> P1 A, P2 A, P3 B, P4 C
    (cumulative 0.5, 0.8, 0.95, 1.0).
    """
    usage = mapping("annual_usage", annual_usage)
    a, b = fraction("a_cutoff", a_cutoff), fraction("b_cutoff", b_cutoff)
    if not a < b:
        raise CalcError("a_cutoff must be below b_cutoff")
    total = sum(usage.values())
    if total == 0:
        raise CalcError("total annual usage is zero, so no item can be ranked")
    out: dict[str, dict[str, float | str]] = {}
    before = 0.0
    for item, value in sorted(usage.items(), key=lambda kv: (-kv[1], kv[0])):
        share = value / total
        label = "A" if before < a - 1e-12 else "B" if before < b - 1e-12 else "C"
        before += share
        out[item] = {"usage": value, "share": share, "cumulative_share": before, "class": label}
    return out


def cycle_counts_per_day(items_per_class: Mapping[str, float], counts_per_year: Mapping[str, float],
                         working_days: float = 250) -> float:
    """Counts per day = Σ classes (items × counts per year) / working days per year.

    Example: A 500 items × 12, B 1,500 × 4, C 3,000 × 1, 250 days -> (6,000 + 6,000 + 3,000) / 250 = 60.
    """
    items, counts = mapping("items_per_class", items_per_class), mapping("counts_per_year", counts_per_year)
    covers(counts, items, "no count frequency for class")
    return sum(n * counts[k] for k, n in items.items()) / positive("working_days", working_days)


def inventory_record_accuracy(records_within_tolerance: float, records_counted: float) -> float:
    """Record accuracy = records within tolerance / records counted (fraction).

    Example: 194 of 200 -> 0.97.
    """
    good, counted = nonneg("records_within_tolerance", records_within_tolerance), positive(
        "records_counted", records_counted)
    if good > counted:
        raise CalcError("records_within_tolerance cannot exceed records_counted")
    return good / counted


def inventory_turns(cost_of_goods_sold: float, average_inventory_value: float) -> float:
    """Inventory turns = annual cost of goods sold / average inventory value at cost.

    Example: 6,000,000 / 1,500,000 -> 4 turns a year.
    """
    return nonneg("cost_of_goods_sold", cost_of_goods_sold) / positive(
        "average_inventory_value", average_inventory_value)


def carrying_cost(average_inventory_value: float, carrying_rate: float) -> float:
    """Annual carrying cost = average inventory value × annual carrying rate.

    Example: 1,500,000 × 0.22 -> 330,000.
    """
    return nonneg("average_inventory_value", average_inventory_value) * fraction("carrying_rate", carrying_rate)


def inventory_valuation(receipts: Sequence[Sequence[float]], units_issued: float, method: str,
                        standard_cost: float | None = None) -> dict[str, float]:
    """Cost of goods sold and ending inventory for issues from a list of receipt layers.

    `receipts` are (units, unit cost) oldest first. FIFO issues the oldest layers first, LIFO the
    newest, weighted average at total cost / total units, standard at `standard_cost` per unit
    (and reports `variance` = actual cost of all receipts − standard value of all receipts).

    Example: receipts (100 @ 10), (100 @ 12), issue 150 -> FIFO COGS 1,600, ending 600;
    LIFO 1,700 and 500; weighted average 1,650 and 550.
    """
    if method not in VALUATION_METHODS:
        raise CalcError(f"method must be one of {', '.join(VALUATION_METHODS)} (got {method!r})")
    layers = [(nonneg("receipt units", r[0]), nonneg("receipt unit cost", r[1])) for r in receipts]
    units = sum(u for u, _ in layers)
    total_cost = sum(u * c for u, c in layers)
    issued = nonneg("units_issued", units_issued)
    if issued > units:
        raise CalcError(f"units_issued ({issued:g}) exceeds the {units:g} units received")
    if method == "weighted_average":
        average = total_cost / units if units else 0.0
        return {"cogs": issued * average, "ending_inventory": (units - issued) * average, "unit_cost": average}
    if method == "standard":
        std = positive("standard_cost", standard_cost)  # type: ignore[arg-type]
        return {"cogs": issued * std, "ending_inventory": (units - issued) * std,
                "variance": total_cost - units * std}
    remaining, cogs = issued, 0.0
    for u, c in (layers if method == "fifo" else reversed(layers)):
        take = min(u, remaining)
        cogs += take * c
        remaining -= take
    return {"cogs": cogs, "ending_inventory": total_cost - cogs}


def critical_fractile(underage_cost: float, overage_cost: float) -> float:
    """Newsvendor critical ratio Cu / (Cu + Co): the target probability that demand ≤ Q.

    Example: Cu 6 (lost margin), Co 2 (loss on leftovers) -> 0.75.
    """
    cu, co = nonneg("underage_cost", underage_cost), nonneg("overage_cost", overage_cost)
    if cu + co == 0:
        raise CalcError("underage and overage costs cannot both be zero")
    return cu / (cu + co)


def newsvendor_quantity(mean_demand: float, sd_demand: float, underage_cost: float, overage_cost: float) -> float:
    """Single-period (newsvendor) stocking quantity for normally distributed demand.

    Q = μ + z × σ, where z makes P(demand ≤ Q) = Cu / (Cu + Co).

    Example: μ 500, σ 100, Cu 6, Co 2 -> z 0.674, Q 567.45.
    """
    ratio = critical_fractile(underage_cost, overage_cost)
    if not 0 < ratio < 1:
        raise CalcError("one of the costs is zero, so the optimal quantity is unbounded or zero")
    return nonneg("mean_demand", mean_demand) + NormalDist().inv_cdf(ratio) * nonneg("sd_demand", sd_demand)

