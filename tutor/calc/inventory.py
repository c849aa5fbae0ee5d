"""Inventory planning: EOQ and its costs, EPQ, quantity discounts, safety stock and order points.

Also periodic review (order-up-to) targets. Records, ABC and valuation are in
`tutor.calc.inventory_records`.

Conventions: `carrying_rate` is an annual fraction of unit cost (0.25 = 25% a year), so demand
must be annual too; service levels are cycle service levels (probability of no stockout per
replenishment cycle) and z comes from the normal distribution; σ is the standard deviation of
forecast error per forecast interval, scaled to the lead time by √(LT / FI).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

from tutor.calc._checks import CalcError, fraction, nonneg, positive


def eoq(annual_demand: float, order_cost: float, carrying_rate: float, unit_cost: float) -> float:
    """Economic order quantity EOQ = √(2AS / (ic)) in units.

    A = annual demand (units), S = cost per order or setup, i = annual carrying rate, c = unit cost.

    Example: A 12,000, S 50, i 0.25, c 12 -> √400,000 = 632.46 units.
    """
    holding = fraction("carrying_rate", carrying_rate, allow_zero=False) * positive("unit_cost", unit_cost)
    return math.sqrt(2 * nonneg("annual_demand", annual_demand) * nonneg("order_cost", order_cost) / holding)


def eoq_from_holding_cost(annual_demand: float, order_cost: float, holding_cost: float) -> float:
    """Economic order quantity EOQ = √(2DS / H) in units, with the holding cost given per unit per year.

    D = annual demand (units), S = cost per order or setup, H = carrying cost of one unit for a year ($);
    H = i × c, so this is `eoq` with the carrying cost already in money.

    Example: D 12,000, S 50, H 3 -> √400,000 = 632.46 units.
    """
    h = positive("holding_cost", holding_cost)
    return math.sqrt(2 * nonneg("annual_demand", annual_demand) * nonneg("order_cost", order_cost) / h)


def inventory_costs(annual_demand: float, order_quantity: float, order_cost: float, carrying_rate: float,
                    unit_cost: float, safety_stock: float = 0, include_purchase: bool = False) -> dict[str, float]:
    """Annual costs of ordering `order_quantity` at a time.

    ordering = (A / Q) × S; carrying = (Q / 2 + SS) × i × c; total = ordering + carrying
    (+ purchase A × c when `include_purchase`, as when comparing price breaks).

    Example: A 12,000, Q 600, S 50, i 0.25, c 12 -> ordering 1,000, carrying 900, total 1,900.
    """
    a, q = nonneg("annual_demand", annual_demand), positive("order_quantity", order_quantity)
    c, i = positive("unit_cost", unit_cost), fraction("carrying_rate", carrying_rate)
    ordering = a / q * nonneg("order_cost", order_cost)
    carrying = (q / 2 + nonneg("safety_stock", safety_stock)) * i * c
    purchase = a * c if include_purchase else 0.0
    return {"ordering": ordering, "carrying": carrying, "purchase": purchase, "total": ordering + carrying + purchase}


def orders_per_year(annual_demand: float, order_quantity: float) -> float:
    """Orders per year N = A / Q.

    Example: 12,000 / 600 -> 20 orders.
    """
    return nonneg("annual_demand", annual_demand) / positive("order_quantity", order_quantity)


def time_between_orders(annual_demand: float, order_quantity: float, working_days: float = 250) -> float:
    """Time between orders = Q / A × working days per year (days).

    Example: 600 / 12,000 × 250 -> 12.5 working days.
    """
    return positive("order_quantity", order_quantity) / positive("annual_demand", annual_demand) * positive(
        "working_days", working_days)


def epq(annual_demand: float, setup_cost: float, carrying_rate: float, unit_cost: float,
        usage_rate: float, production_rate: float) -> float:
    """Economic production quantity EPQ = √(2AS / (ic × (1 − d / p))).

    d = usage rate and p = production rate, in the same time unit; p must exceed d.

    Example: A 12,000, S 50, i 0.25, c 12, d 48 a day, p 120 a day -> 816.50 units.
    """
    d, p = nonneg("usage_rate", usage_rate), positive("production_rate", production_rate)
    if d >= p:
        raise CalcError(f"production_rate ({p:g}) must exceed usage_rate ({d:g}), or stock never builds up")
    return eoq(annual_demand, setup_cost, carrying_rate, unit_cost) / math.sqrt(1 - d / p)


def epq_max_inventory(lot_size: float, usage_rate: float, production_rate: float) -> float:
    """Peak inventory in an EPQ cycle = Q × (1 − d / p).

    Example: Q 816.5, d 48, p 120 -> 489.90 units.
    """
    d, p = nonneg("usage_rate", usage_rate), positive("production_rate", production_rate)
    if d > p:
        raise CalcError("usage_rate cannot exceed production_rate")
    return nonneg("lot_size", lot_size) * (1 - d / p)


def quantity_discount(annual_demand: float, order_cost: float, carrying_rate: float,
                      price_breaks: Sequence[Sequence[float]]) -> dict[str, object]:
    """Best order quantity under all-units quantity discounts.

    `price_breaks` lists (minimum quantity, unit price). For each price: compute the EOQ at that
    price; if it is below the break's minimum, raise it to the minimum; skip it if it reaches the
    next break (that price is not available at that quantity); price each candidate at
    A × c + ordering + carrying. Returns `quantity`, `unit_price`, `total_cost` and `options`.

    Example: A 12,000, S 50, i 0.25, breaks (0, 12.00), (1,000, 11.50) -> order 1,000 at 11.50,
    total 140,037.50 (the EOQ of 632.46 at 12.00 would cost 145,897.37).
    """
    if not price_breaks:
        raise CalcError("price_breaks must list at least one (minimum quantity, unit price)")
    breaks = sorted((nonneg("price_breaks minimum", b[0]), positive("price_breaks price", b[1])) for b in price_breaks)
    options = []
    for k, (minimum, price) in enumerate(breaks):
        q = max(eoq(annual_demand, order_cost, carrying_rate, price), minimum, 1e-9)
        upper = breaks[k + 1][0] if k + 1 < len(breaks) else math.inf
        if q >= upper:
            continue
        cost = inventory_costs(annual_demand, q, order_cost, carrying_rate, price, include_purchase=True)["total"]
        options.append({"quantity": q, "unit_price": price, "total_cost": cost})
    best = min(options, key=lambda o: o["total_cost"])
    return {**best, "options": options}


def average_inventory(order_quantity: float, safety_stock: float = 0) -> float:
    """Average inventory = Q / 2 + SS (units).

    Example: Q 600, SS 150 -> 450.
    """
    return nonneg("order_quantity", order_quantity) / 2 + nonneg("safety_stock", safety_stock)


def lead_time_demand(demand_per_period: float, lead_time: float) -> float:
    """Demand during lead time DDLT = average demand per period × lead time (same period unit).

    Example: 200 a week × 4 weeks -> 800.
    """
    return nonneg("demand_per_period", demand_per_period) * nonneg("lead_time", lead_time)


def order_point(demand_per_period: float, lead_time: float, safety_stock: float = 0) -> float:
    """Order point OP = DDLT + SS.

    Example: 200 a week, 4 weeks, SS 165 -> 965.
    """
    return lead_time_demand(demand_per_period, lead_time) + nonneg("safety_stock", safety_stock)


def safety_factor(service_level: float) -> float:
    """Z for a cycle service level, from the standard normal distribution.

    Example: 0.95 -> 1.645 (tables often round to 1.65).
    """
    return NormalDist().inv_cdf(fraction("service_level", service_level, allow_zero=False, allow_one=False))


def sigma_over_lead_time(sigma: float, lead_time: float, forecast_interval: float = 1) -> float:
    """σ_LT = σ_FI × √(LT / FI): error deviation scaled from the forecast interval to the lead time.

    Example: σ 50 per week, lead time 4 weeks, interval 1 week -> 100.
    """
    return nonneg("sigma", sigma) * math.sqrt(nonneg("lead_time", lead_time) / positive(
        "forecast_interval", forecast_interval))


def safety_stock(z: float, sigma: float, lead_time: float = 1, forecast_interval: float = 1) -> float:
    """Statistical safety stock SS = z × σ × √(LT / FI).

    Example: z 1.65, σ 50 a week, 4-week lead time -> 165.
    """
    return nonneg("z", z) * sigma_over_lead_time(sigma, lead_time, forecast_interval)


def safety_stock_from_mad(z: float, mad: float, lead_time: float = 1, forecast_interval: float = 1) -> float:
    """SS = z × 1.25 × MAD × √(LT / FI) (σ ≈ 1.25 MAD for normal errors).

    Example: z 1.65, MAD 40 a week, 4-week lead time -> 165.
    """
    return safety_stock(z, 1.25 * nonneg("mad", mad), lead_time, forecast_interval)


def safety_stock_for_new_lead_time(safety_stock_old: float, lead_time_old: float, lead_time_new: float) -> float:
    """SS_new = SS_old × √(LT_new / LT_old).

    Example: 200 units at a 4-week lead time, lead time becomes 9 weeks -> 300.
    """
    return nonneg("safety_stock_old", safety_stock_old) * math.sqrt(
        nonneg("lead_time_new", lead_time_new) / positive("lead_time_old", lead_time_old))


def periodic_review_target(demand_per_period: float, review_period: float, lead_time: float,
                           safety_stock_units: float = 0) -> float:
    """Order-up-to target T = D × (R + L) + SS, with SS covering R + L.

    Example: 100 a week, review 2 weeks, lead time 1 week, SS 60 -> 360.
    """
    return nonneg("demand_per_period", demand_per_period) * (
        nonneg("review_period", review_period) + nonneg("lead_time", lead_time)) + nonneg(
        "safety_stock_units", safety_stock_units)


def periodic_review_order(target: float, on_hand: float, on_order: float = 0, backorders: float = 0) -> float:
    """Order quantity = target − (on hand + on order − backorders), never below zero.

    Example: target 360, on hand 120, on order 50 -> 190.
    """
    position = nonneg("on_hand", on_hand) + nonneg("on_order", on_order) - nonneg("backorders", backorders)
    return max(0.0, nonneg("target", target) - position)
