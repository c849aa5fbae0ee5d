"""Material requirements planning: explosion, gross-to-net, lot sizing and lead-time offset.

Conventions: periods are numbered from 1; projected available is shown after planned order
receipts; net requirement NRₜ = max(0, GRₜ − SRₜ − PAₜ₋₁ + SS); a planned order received in
period t is released in period t − LT. Releases that would fall before period 1 are returned as
`past_due` (the order is already late), never dropped. Lot rules:
- "lot-for-lot": order exactly the net requirement;
- "fixed": order whole multiples of `lot_size`, as many as the net requirement needs;
- "poq": period order quantity, one order covers the net requirements of `periods` periods.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from tutor.calc._checks import CalcError, covers, fraction, mapping, nonneg, positive, same_length, series, whole

LOT_RULES = ("lot-for-lot", "fixed", "poq")


def gross_requirements(parent_releases: Mapping[str, Sequence[float]], quantity_per: Mapping[str, float],
                       independent_demand: Sequence[float] | None = None) -> list[float]:
    """Component gross requirements per period.

    GRₜ = Σ parents (planned order releaseₜ × quantity per parent) + independent demandₜ (e.g.
    service parts), in the period of the parent's release.

    Example: parents {A: [0, 40, 0], B: [10, 0, 20]}, quantity per {A: 2, B: 1}, service [5, 5, 5]
    -> [15, 85, 25].
    """
    per = mapping("quantity_per", quantity_per)
    releases = {k: series(f"parent_releases[{k}]", v) for k, v in parent_releases.items()}
    if not releases:
        raise CalcError("parent_releases must name at least one parent")
    covers(per, releases, "no quantity per parent for")
    extra = series("independent_demand", independent_demand) if independent_demand is not None else None
    n = same_length(**releases, **({"independent_demand": extra} if extra is not None else {}))
    return [sum(r[t] * per[k] for k, r in releases.items()) + (extra[t] if extra else 0.0) for t in range(n)]


def net_requirement(gross: float, scheduled_receipts: float, projected_available_before: float,
                    safety_stock: float = 0) -> float:
    """NR = max(0, GR − SR − PA(previous period) + SS).

    Example: GR 80, SR 20, PA 30, SS 0 -> 30.
    """
    return max(0.0, nonneg("gross", gross) - nonneg("scheduled_receipts", scheduled_receipts)
               - nonneg("projected_available_before", projected_available_before)
               + nonneg("safety_stock", safety_stock))


def period_order_quantity(eoq: float, average_demand_per_period: float) -> int:
    """POQ interval = EOQ / average demand per period, rounded to the nearest whole period (≥ 1).

    Example: EOQ 250, average demand 100 per week -> 2.5, rounded half up to 3 weeks.
    """
    ratio = nonneg("eoq", eoq) / positive("average_demand_per_period", average_demand_per_period)
    return max(1, math.floor(ratio + 0.5))


def mrp_record(gross_requirements: Sequence[float], on_hand: float, lead_time: int,
               scheduled_receipts: Sequence[float] | None = None, safety_stock: float = 0,
               lot_rule: str = "lot-for-lot", lot_size: float | None = None, periods: int | None = None,
               allocated: float = 0) -> dict[str, list[float] | float]:
    """Compute one item's time-phased MRP record.

    Returns lists `gross_requirements`, `scheduled_receipts`, `projected_available`,
    `net_requirements`, `planned_order_receipts`, `planned_order_releases`, and `past_due`
    (releases that belonged before period 1).

    Example: GR [0, 0, 80], on hand 30, SR [0, 0, 20], lead time 1, lot-for-lot
    -> PA [30, 30, 0], NR [0, 0, 30], receipts [0, 0, 30], releases [0, 30, 0].
    """
    gr = series("gross_requirements", gross_requirements)
    sr = series("scheduled_receipts", scheduled_receipts) if scheduled_receipts is not None else [0.0] * len(gr)
    n = same_length(gross_requirements=gr, scheduled_receipts=sr)
    lt, ss = whole("lead_time", lead_time), nonneg("safety_stock", safety_stock)
    if lot_rule not in LOT_RULES:
        raise CalcError(f"lot_rule must be one of {', '.join(LOT_RULES)} (got {lot_rule!r})")
    lot = positive("lot_size", lot_size) if lot_rule == "fixed" else None  # type: ignore[arg-type]
    cover = whole("periods", periods, minimum=1) if lot_rule == "poq" else 1  # type: ignore[arg-type]
    available = nonneg("on_hand", on_hand) - nonneg("allocated", allocated)
    if available < 0:
        raise CalcError("allocated stock exceeds on hand")
    pa, net, receipts = [], [], [0.0] * n
    for t in range(n):
        before = available + sr[t] - gr[t]
        need = max(0.0, ss - before)
        if need > 0:
            if lot_rule == "fixed":
                qty = math.ceil(need / lot - 1e-9) * lot  # type: ignore[operator]
            elif lot_rule == "poq":
                later = sum(sr[k] - gr[k] for k in range(t + 1, min(n, t + cover)))
                qty = max(need, ss - (before + later))
            else:
                qty = need
            receipts[t] = qty
            before += qty
        net.append(need)
        pa.append(before)
        available = before
    releases, past_due = [0.0] * n, 0.0
    for t, qty in enumerate(receipts):
        if t - lt >= 0:
            releases[t - lt] += qty
        else:
            past_due += qty
    return {"gross_requirements": gr, "scheduled_receipts": sr, "projected_available": pa,
            "net_requirements": net, "planned_order_receipts": receipts, "planned_order_releases": releases,
            "past_due": past_due}


def planned_input_for_yield(required_output: float, yield_rate: float) -> float:
    """Input to start so that `required_output` good units remain: output / yield.

    Example: 900 good units at 90% yield -> 1,000 units to start.
    """
    return nonneg("required_output", required_output) / fraction("yield_rate", yield_rate, allow_zero=False)


def planned_input_for_scrap(required_output: float, scrap_rate: float) -> float:
    """Input to start given a scrap rate: output / (1 − scrap rate).

    Convention: divide, not multiply by (1 + scrap), which under-plans; 1,000 good at 20% scrap
    needs 1,250 started, not 1,200.

    Example: 950 good units at 5% scrap -> 1,000 units to start.
    """
    return nonneg("required_output", required_output) / (1 - fraction("scrap_rate", scrap_rate, allow_one=False))
