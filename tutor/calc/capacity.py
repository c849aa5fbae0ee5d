"""Capacity: available time, utilization, efficiency, rated capacity, CRP load and RCCP.

Covers demonstrated capacity and rough-cut capacity planning by overall factors and bill of labor.

Conventions: utilization and efficiency are fractions (0.9 = 90%); capacity and load are in
standard hours; `load_percent` is in percent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tutor.calc._checks import CalcError, covers, mapping, nonneg, positive, same_length, series, share


def available_time(units: float, hours_per_shift: float, shifts_per_day: float, days: float) -> float:
    """Available time = machines (or workers) × hours per shift × shifts per day × working days.

    Example: 3 machines × 8 h × 2 shifts × 5 days -> 240 hours.
    """
    return (nonneg("units", units) * nonneg("hours_per_shift", hours_per_shift)
            * nonneg("shifts_per_day", shifts_per_day) * nonneg("days", days))


def utilization(actual_hours: float, available_hours: float) -> float:
    """Utilization = actual hours worked / available hours (fraction).

    Example: 204 of 240 hours -> 0.85.
    """
    return share("actual_hours", actual_hours, "available_hours", available_hours)


def efficiency(standard_hours: float, actual_hours: float) -> float:
    """Efficiency = standard hours of output produced / actual hours worked (may exceed 1).

    Example: 214.2 standard hours earned in 204 hours worked -> 1.05.
    """
    return nonneg("standard_hours", standard_hours) / positive("actual_hours", actual_hours)


def rated_capacity(available_hours: float, utilization_rate: float, efficiency_rate: float) -> float:
    """Rated (calculated) capacity = available time × utilization × efficiency (standard hours).

    Example: 240 × 0.85 × 1.05 -> 214.2 standard hours.
    """
    util = nonneg("utilization_rate", utilization_rate)
    if util > 1:
        raise CalcError(f"utilization_rate must be a fraction of at most 1 (got {util:g}; write 85% as 0.85)")
    return nonneg("available_hours", available_hours) * util * positive("efficiency_rate", efficiency_rate)


def demonstrated_capacity(standard_hours_produced: Sequence[float]) -> float:
    """Demonstrated capacity = average standard hours actually produced over recent periods.

    Example: [200, 210, 190, 220] -> 205 standard hours per period.
    """
    hours = series("standard_hours_produced", standard_hours_produced)
    return sum(hours) / len(hours)


def operation_time(quantity: float, setup_hours: float, run_hours_per_unit: float) -> float:
    """Hours for one operation on one order: setup + quantity × run time per unit.

    Example: 100 units, setup 2 h, run 0.15 h per unit -> 17 hours.
    """
    return nonneg("setup_hours", setup_hours) + nonneg("quantity", quantity) * nonneg(
        "run_hours_per_unit", run_hours_per_unit)


def work_center_load(orders: Sequence[Mapping[str, float]]) -> float:
    """CRP load of a work center in a period: Σ orders (setup + quantity × run hours per unit).

    Each order is a mapping with `quantity`, `setup_hours` and `run_hours_per_unit`.

    Example: [{quantity 100, setup 2, run 0.15}, {quantity 50, setup 1, run 0.4}] -> 17 + 21 = 38 hours.
    """
    if not orders:
        return 0.0
    total = 0.0
    for i, order in enumerate(orders, 1):
        unknown = set(order) - {"quantity", "setup_hours", "run_hours_per_unit"}
        if unknown:
            raise CalcError(f"order {i} has unknown fields: {', '.join(sorted(unknown))}")
        total += operation_time(order.get("quantity", 0), order.get("setup_hours", 0),
                                order.get("run_hours_per_unit", 0))
    return total


def load_percent(load: float, capacity: float) -> float:
    """Load percent = load / rated capacity × 100.

    Example: 230 hours of load on 200 hours of capacity -> 115 (%).
    """
    return nonneg("load", load) / positive("capacity", capacity) * 100


def total_standard_hours(mps: Mapping[str, float], hours_per_unit: Mapping[str, float]) -> float:
    """Σ items (MPS quantity × total standard hours per unit), the base of CPOF.

    Example: MPS {A: 100, B: 50}, hours {A: 0.7, B: 1.4} -> 140 hours.
    """
    q, h = mapping("mps", mps), mapping("hours_per_unit", hours_per_unit)
    covers(h, q, "no standard hours per unit for")
    return sum(qty * h[item] for item, qty in q.items())


def rccp_overall_factors(mps: Mapping[str, float], hours_per_unit: Mapping[str, float],
                         work_center_shares: Mapping[str, float]) -> dict[str, float]:
    """Capacity planning using overall factors (CPOF).

    Total standard hours of the MPS, split across work centers by their historical shares
    (fractions summing to 1).

    Example: MPS {A: 100, B: 50}, hours {A: 0.7, B: 1.4}, shares {assembly: 0.7, test: 0.3}
    -> {assembly: 98, test: 42}.
    """
    shares = mapping("work_center_shares", work_center_shares)
    if abs(sum(shares.values()) - 1) > 1e-6:
        raise CalcError(f"work_center_shares must sum to 1 (they sum to {sum(shares.values()):g})")
    total = total_standard_hours(mps, hours_per_unit)
    return {wc: total * share for wc, share in shares.items()}


def rccp_bill_of_labor(mps: Mapping[str, float], bill: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """RCCP with a bill of labor (bill of resources).

    Hours at each work center = Σ items (MPS quantity × hours per unit at that work center).

    Example: MPS {A: 100, B: 50}, bill {A: {assembly: 0.5, test: 0.2}, B: {assembly: 1.0, test: 0.4}}
    -> {assembly: 100, test: 40}.
    """
    q = mapping("mps", mps)
    covers(bill, q, "no bill of labor for")
    load: dict[str, float] = {}
    for item, qty in q.items():
        for wc, hours in mapping(f"bill[{item}]", bill[item]).items():
            load[wc] = load.get(wc, 0.0) + qty * hours
    return load


def rccp_resource_profile(mps: Mapping[str, Sequence[float]],
                          profile: Mapping[str, Mapping[str, Sequence[float]]]) -> dict[str, list[float]]:
    """RCCP with resource profiles: bill-of-labor hours placed in the periods the work is done.

    `mps` gives each item's MPS quantity per period; `profile[item][work_center]` lists the
    hours per unit needed 0, 1, 2, ... periods before the MPS due period (lead-time offset).
    Returns hours per work center per period; hours that fall before period 1 are summed under
    the key "<work center> past due".

    Example: MPS {A: [0, 100]}, profile {A: {machining: [0, 3], assembly: [2]}}
    -> {machining: [300, 0], assembly: [0, 200]}.
    """
    if not mps:
        raise CalcError("mps must name at least one item")
    plans = {item: series(f"mps[{item}]", qty) for item, qty in mps.items()}
    n = same_length(**plans)
    covers(profile, plans, "no resource profile for")
    load: dict[str, list[float]] = {}
    for item, quantities in plans.items():
        for wc, offsets in profile[item].items():
            hours = series(f"profile[{item}][{wc}]", offsets)
            row = load.setdefault(wc, [0.0] * n)
            for t, qty in enumerate(quantities):
                for k, per_unit in enumerate(hours):
                    if t - k >= 0:
                        row[t - k] += qty * per_unit
                    elif qty * per_unit:
                        key = f"{wc} past due"
                        load[key] = load.get(key, [0.0])
                        load[key][0] += qty * per_unit
    return load
