"""Distribution: DRP records, square-root law, fair-share allocation and logistics measures.

Also pipeline inventory, landed cost, vehicle utilization and order cycle time.

Conventions: a DRP record is the MRP record applied to a distribution center: gross
requirements are the DC's forecast and orders, scheduled receipts are shipments in transit, and
planned orders are offset by the transit lead time (see `tutor.calc.mrp_record`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from tutor.calc._checks import CalcError, mapping, nonneg, positive, same_length, series, share, whole
from tutor.calc.mrp import mrp_record


def drp_record(gross_requirements: Sequence[float], on_hand: float, transit_lead_time: int,
               in_transit: Sequence[float] | None = None, safety_stock: float = 0,
               lot_size: float | None = None) -> dict[str, list[float] | float]:
    """Time-phased DRP record of one DC: planned receipts and the planned shipments behind them.

    Lot rule: fixed shipment quantity `lot_size` (multiples as needed), or lot-for-lot if None.
    Returns `projected_available`, `planned_receipts`, `planned_shipments` and `past_due`.

    Example: forecast [40]*5, on hand 100, transit 1 week, SS 20, lot 80
    -> PA [60, 20, 60, 20, 60], receipts in weeks 3 and 5, shipments in weeks 2 and 4.
    """
    record = mrp_record(gross_requirements, on_hand, transit_lead_time, scheduled_receipts=in_transit,
                        safety_stock=safety_stock, lot_rule="fixed" if lot_size is not None else "lot-for-lot",
                        lot_size=lot_size)
    return {"gross_requirements": record["gross_requirements"], "in_transit": record["scheduled_receipts"],
            "projected_available": record["projected_available"], "net_requirements": record["net_requirements"],
            "planned_receipts": record["planned_order_receipts"],
            "planned_shipments": record["planned_order_releases"], "past_due": record["past_due"]}


def supply_source_requirements(dc_planned_shipments: Mapping[str, Sequence[float]]) -> list[float]:
    """Gross requirements at the central warehouse or plant: Σ DCs' planned shipments per period.

    Example: {East: [0, 80, 0, 80], West: [60, 0, 60, 0]} -> [60, 80, 60, 80].
    """
    if not dc_planned_shipments:
        raise CalcError("dc_planned_shipments must name at least one DC")
    rows = {dc: series(f"dc_planned_shipments[{dc}]", v) for dc, v in dc_planned_shipments.items()}
    n = same_length(**rows)
    return [sum(r[t] for r in rows.values()) for t in range(n)]


def square_root_law(safety_stock_current: float, locations_current: int, locations_new: int) -> float:
    """Square-root law: SS_new ≈ SS_current × √(n_new / n_current).

    Assumes similar, independent demand at each location.

    Example: 4,000 units of safety stock across 4 DCs, consolidated to 1 -> 2,000.
    """
    return nonneg("safety_stock_current", safety_stock_current) * math.sqrt(
        whole("locations_new", locations_new, 1) / whole("locations_current", locations_current, 1))


def fair_share_allocation(available: float, on_hand: Mapping[str, float],
                          daily_demand: Mapping[str, float]) -> dict[str, object]:
    """Allocate scarce stock so every DC ends with the same days of supply.

    common days = (available + Σ on hand) / Σ daily demand; allocation_i = days × demand_i −
    on hand_i. A DC that already holds more than the common days gets nothing and is left out
    of a recomputation for the others. Returns `common_days` and `allocations`.

    Example: 600 available; on hand {1: 100, 2: 80, 3: 120}; demand {1: 20, 2: 10, 3: 30}
    -> 15 days; allocations {1: 200, 2: 70, 3: 330}.
    """
    stock, demand = mapping("on_hand", on_hand), mapping("daily_demand", daily_demand)
    if set(stock) != set(demand):
        raise CalcError("on_hand and daily_demand must name the same DCs")
    supply = nonneg("available", available)
    active = {dc for dc in stock if demand[dc] > 0}
    if not active:
        raise CalcError("every DC has zero demand, so days of supply are undefined")
    while True:
        days = (supply + sum(stock[dc] for dc in active)) / sum(demand[dc] for dc in active)
        over = {dc for dc in active if stock[dc] > days * demand[dc]}
        if not over:
            break
        active -= over
    allocations = {dc: (days * demand[dc] - stock[dc]) if dc in active else 0.0 for dc in stock}
    return {"common_days": days, "allocations": allocations}


def pipeline_inventory(annual_demand: float, transit_days: float, days_in_year: float = 365,
                       unit_cost: float | None = None) -> float:
    """Average in-transit stock = annual demand × transit days / 365 (units, or value with `unit_cost`).

    Example: 36,500 units a year, 6 days in transit -> 600 units (× 25 = 15,000 in value).
    """
    units = nonneg("annual_demand", annual_demand) * nonneg("transit_days", transit_days) / positive(
        "days_in_year", days_in_year)
    return units * positive("unit_cost", unit_cost) if unit_cost is not None else units


def landed_cost_per_unit(purchase_cost: float, freight: float, insurance: float, duties_and_taxes: float,
                         handling_and_brokerage: float, units: float) -> float:
    """Landed cost per unit of a shipment.

    (purchase + freight + insurance + duties and taxes + handling and brokerage) / units; all
    inputs are totals for the shipment.

    Example: 20,000 + 2,000 + 200 + 1,000 + 800 for 1,000 units -> 24.00.
    """
    total = sum(nonneg(name, value) for name, value in (
        ("purchase_cost", purchase_cost), ("freight", freight), ("insurance", insurance),
        ("duties_and_taxes", duties_and_taxes), ("handling_and_brokerage", handling_and_brokerage)))
    return total / positive("units", units)


def cube_utilization(volume_used: float, volume_available: float) -> float:
    """Cube utilization = volume used / volume available (fraction).

    Example: 58 of 76 cubic metres -> 0.763.
    """
    return share("volume_used", volume_used, "volume_available", volume_available)


def weight_utilization(weight_loaded: float, rated_capacity: float) -> float:
    """Weight utilization = weight loaded / rated weight capacity (fraction).

    Example: 18 of 24 tonnes -> 0.75.
    """
    return share("weight_loaded", weight_loaded, "rated_capacity", rated_capacity)


def freight_cost_per_unit(total_freight_cost: float, units_shipped: float) -> float:
    """Cost per unit shipped = total freight cost / units.

    Example: 1,800 for 1,200 units -> 1.50.
    """
    return nonneg("total_freight_cost", total_freight_cost) / positive("units_shipped", units_shipped)


def order_cycle_time(order_days: Sequence[float], delivery_days: Sequence[float]) -> float:
    """Average order cycle time = mean of (delivery date − order date) over the orders, in days.

    Example: ordered on days [1, 3, 4], delivered on days [6, 7, 10] -> (5 + 4 + 6) / 3 = 5.
    """
    ordered, delivered = series("order_days", order_days), series("delivery_days", delivery_days)
    same_length(order_days=ordered, delivery_days=delivered)
    gaps = [d - o for o, d in zip(ordered, delivered, strict=True)]
    if min(gaps) < 0:
        raise CalcError("a delivery date falls before its order date")
    return sum(gaps) / len(gaps)
