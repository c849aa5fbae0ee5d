"""Sales and operations planning: level and chase production plans, projections, plan cost, load.

Conventions: quantities are in the family's aggregate unit per period; a projected inventory
below zero means a shortage (backorders) and is reported, not rejected.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from tutor.calc._checks import CalcError, covers, mapping, nonneg, positive, same_length, series


def level_rate_mts(forecasts: Sequence[float], beginning_inventory: float, target_ending_inventory: float) -> float:
    """Make-to-stock level rate: (Σ forecast + target ending inventory − beginning inventory) / periods.

    Example: forecasts [80, 120, 100, 140], beginning 60, target 40 -> (440 + 40 − 60) / 4 = 105.
    """
    return _level_rate(forecasts, ("target_ending_inventory", target_ending_inventory),
                       ("beginning_inventory", beginning_inventory),
                       "beginning inventory already exceeds forecast plus target: nothing to produce")


def level_rate_mto(forecasts: Sequence[float], beginning_backlog: float, target_ending_backlog: float) -> float:
    """Make-to-order level rate: (Σ forecast + beginning backlog − target ending backlog) / periods.

    Example: forecasts [100, 100, 100], backlog 90 -> target 60 gives (300 + 90 − 60) / 3 = 110.
    """
    return _level_rate(forecasts, ("beginning_backlog", beginning_backlog),
                       ("target_ending_backlog", target_ending_backlog),
                       "the target ending backlog exceeds forecast plus beginning backlog")


def _level_rate(forecasts: Sequence[float], plus: tuple[str, float], minus: tuple[str, float], empty: str) -> float:
    """(Σ forecast + plus − minus) / periods, refusing a negative total with the `empty` message."""
    f = series("forecasts", forecasts)
    need = sum(f) + nonneg(*plus) - nonneg(*minus)
    if need < 0:
        raise CalcError(empty)
    return need / len(f)


def projected_inventory(
    beginning_inventory: float, production: Sequence[float], demand: Sequence[float]
) -> list[float]:
    """Ending inventory per period, Iₜ = Iₜ₋₁ + Pₜ − Dₜ (a negative value is a shortage).

    Example: beginning 60, production [105]*4, demand [80, 120, 100, 140] -> [85, 70, 75, 40].
    """
    return _running_balance(("beginning_inventory", beginning_inventory), ("production", production),
                            ("demand", demand))


def projected_backlog(beginning_backlog: float, orders: Sequence[float], production: Sequence[float]) -> list[float]:
    """Ending backlog per period, Bₜ = Bₜ₋₁ + new orders − production.

    A negative value means production ran ahead of orders into stock.

    Example: backlog 90, orders [100, 100, 100], production [110]*3 -> [80, 70, 60].
    """
    return _running_balance(("beginning_backlog", beginning_backlog), ("orders", orders), ("production", production))


def _running_balance(start: tuple[str, float], added: tuple[str, Sequence[float]],
                     removed: tuple[str, Sequence[float]]) -> list[float]:
    """Balance after each period: previous + added − removed (each given with its name for errors)."""
    plus, minus = series(*added), series(*removed)
    same_length(**{added[0]: plus, removed[0]: minus})
    level, out = nonneg(*start), []
    for a, r in zip(plus, minus, strict=True):
        level += a - r
        out.append(level)
    return out


def chase_production(demand: Sequence[float], beginning_inventory: float = 0,
                     target_inventory: float = 0) -> list[float]:
    """Chase plan: each period make what keeps ending inventory at `target_inventory`.

    Pₜ = max(0, Dₜ + target − Iₜ₋₁); so the first period absorbs any difference between the
    beginning inventory and the target, and later periods produce exactly the demand.

    Example: demand [80, 120, 100, 140], beginning 60, target 40 -> [60, 120, 100, 140].
    """
    d = series("demand", demand)
    level, target = nonneg("beginning_inventory", beginning_inventory), nonneg("target_inventory", target_inventory)
    out = []
    for dt in d:
        make = max(0.0, dt + target - level)
        level += make - dt
        out.append(make)
    return out


def workforce_required(production: float, standard_hours_per_unit: float, hours_per_worker: float) -> float:
    """Workers needed: W = (P × standard hours per unit) / productive hours per worker per period.

    Returns the exact figure; a plan rounds it up to whole workers.

    Example: 2,000 units × 1.5 h / 160 h per worker -> 18.75 (19 workers).
    """
    return (nonneg("production", production) * nonneg("standard_hours_per_unit", standard_hours_per_unit)
            / positive("hours_per_worker", hours_per_worker))


def plan_cost(
    demand: Sequence[float],
    production: Sequence[float],
    beginning_inventory: float,
    beginning_workers: float,
    units_per_worker: float,
    wage_per_worker: float,
    hire_cost: float,
    layoff_cost: float,
    carrying_cost_per_unit: float,
    backorder_cost_per_unit: float,
) -> dict[str, float]:
    """Cost of a production plan, to compare chase, level and hybrid plans on one basis.

    Each period: workers = ceil(production / units per worker); hiring or layoff cost on the
    change in workers; regular labor = workers × wage; carrying cost on positive ending
    inventory, backorder cost on negative ending inventory (Iₜ = Iₜ₋₁ + Pₜ − Dₜ).
    Returns `regular_labor`, `hiring`, `layoff`, `inventory_carrying`, `backorder`, `total`.

    Example: demand [100, 140], production [120, 120], inventory 0, workers 6, 20 units/worker,
    wage 2,000, hire 500, layoff 800, carrying 2, backorder 5 -> total 24,040.
    """
    inventory = projected_inventory(beginning_inventory, production, demand)
    per_worker = positive("units_per_worker", units_per_worker)
    workers_before = nonneg("beginning_workers", beginning_workers)
    costs = dict.fromkeys(("regular_labor", "hiring", "layoff", "inventory_carrying", "backorder"), 0.0)
    rates = {name: nonneg(name, value) for name, value in (
        ("wage_per_worker", wage_per_worker), ("hire_cost", hire_cost), ("layoff_cost", layoff_cost),
        ("carrying_cost_per_unit", carrying_cost_per_unit), ("backorder_cost_per_unit", backorder_cost_per_unit))}
    for made, ending in zip(production, inventory, strict=True):
        workers = math.ceil(made / per_worker - 1e-9)
        change = workers - workers_before
        costs["hiring"] += max(change, 0) * rates["hire_cost"]
        costs["layoff"] += max(-change, 0) * rates["layoff_cost"]
        costs["regular_labor"] += workers * rates["wage_per_worker"]
        costs["inventory_carrying"] += max(ending, 0) * rates["carrying_cost_per_unit"]
        costs["backorder"] += max(-ending, 0) * rates["backorder_cost_per_unit"]
        workers_before = workers
    costs["total"] = sum(costs.values())
    return costs


def resource_load(volumes: Mapping[str, float], hours_per_unit: Mapping[str, float]) -> float:
    """Resource-planning load on one key resource: Σ families (planned volume × hours per unit).

    Example: volumes {A: 1,000, B: 500}, bill of resources {A: 0.2, B: 0.5} -> 450 hours.
    """
    v, h = mapping("volumes", volumes), mapping("hours_per_unit", hours_per_unit)
    covers(h, v, "no bill-of-resources hours for")
    return sum(qty * h[family] for family, qty in v.items())


def days_of_supply(inventory: float, average_daily_demand: float) -> float:
    """Days of supply = projected inventory / average daily demand.

    Example: 1,200 units / 80 per day -> 15 days.
    """
    return nonneg("inventory", inventory) / positive("average_daily_demand", average_daily_demand)
