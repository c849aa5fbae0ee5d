"""Master scheduling: projected available balance, MPS lot creation and available-to-promise.

Conventions (stated because sources differ):
- Periods are numbered from 1; lists hold one value per period.
- `demand_time_fence` is the number of periods inside the demand time fence: in periods
  1..DTF only customer orders consume the MPS; later periods use max(forecast, orders).
- ATP counts customer orders only; each MPS receipt covers the orders from its own period up to,
  but not including, the next period with an MPS receipt. Period 1 always has an ATP (on hand
  plus any period-1 MPS). "Look-ahead" moves a later negative ATP back onto the nearest earlier
  ATP, cascading as far back as needed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tutor.calc._checks import nonneg, positive, same_length, series, whole


def _demand(forecast: list[float], orders: list[float], dtf: int) -> list[float]:
    return [o if t <= dtf else max(f, o) for t, (f, o) in enumerate(zip(forecast, orders, strict=True), 1)]


def mps_projected_available(on_hand: float, forecast: Sequence[float], orders: Sequence[float],
                            mps: Sequence[float], demand_time_fence: int) -> list[float]:
    """Projected available balance per period for a given MPS.

    Inside the demand time fence PABₜ = PABₜ₋₁ + MPSₜ − ordersₜ; outside it
    PABₜ = PABₜ₋₁ + MPSₜ − max(forecastₜ, ordersₜ).

    Example: on hand 50, forecast [30]*4, orders [35, 20, 10, 40], MPS [0, 60, 0, 60], DTF 2
    -> [15, 55, 25, 45].
    """
    f, o, m = series("forecast", forecast), series("orders", orders), series("mps", mps)
    same_length(forecast=f, orders=o, mps=m)
    dtf = whole("demand_time_fence", demand_time_fence)
    pab, out = nonneg("on_hand", on_hand), []
    for receipt, need in zip(m, _demand(f, o, dtf), strict=True):
        pab += receipt - need
        out.append(pab)
    return out


def master_schedule(on_hand: float, forecast: Sequence[float], orders: Sequence[float], lot_size: float,
                    demand_time_fence: int, safety_stock: float = 0) -> dict[str, list[float]]:
    """Create MPS lots and the resulting projected available balance.

    Whenever the PAB would fall below safety stock, schedule enough lots of `lot_size` to bring
    it back to at least the safety stock.

    Returns `mps` and `pab` per period.

    Example: on hand 50, forecast [30]*4, orders [35, 20, 10, 40], lot 60, DTF 2
    -> mps [0, 60, 0, 60], pab [15, 55, 25, 45].
    """
    f, o = series("forecast", forecast), series("orders", orders)
    same_length(forecast=f, orders=o)
    lot, ss = positive("lot_size", lot_size), nonneg("safety_stock", safety_stock)
    pab, mps, out = nonneg("on_hand", on_hand), [], []
    for need in _demand(f, o, whole("demand_time_fence", demand_time_fence)):
        before = pab - need
        lots = math.ceil((ss - before) / lot - 1e-9) if before < ss else 0
        mps.append(lots * lot)
        pab = before + lots * lot
        out.append(pab)
    return {"mps": mps, "pab": out}


def atp_discrete(on_hand: float, mps: Sequence[float], orders: Sequence[float]) -> list[float | None]:
    """Discrete ATP per period; None in periods that have no MPS receipt (other than period 1).

    ATP₁ = on hand + MPS₁ − orders until the next MPS receipt; ATPₜ = MPSₜ − orders from t
    until the next MPS receipt. A negative value means later orders are over-promised.

    Example: on hand 20, MPS [0, 50, 0, 50, 0], orders [15, 20, 25, 30, 25]
    -> [5, 5, None, −5, None].
    """
    m, o = series("mps", mps), series("orders", orders)
    n = same_length(mps=m, orders=o)
    starts = [t for t in range(n) if t == 0 or m[t] > 0]
    atp: list[float | None] = [None] * n
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else n
        supply = m[start] + (nonneg("on_hand", on_hand) if start == 0 else 0.0)
        atp[start] = supply - sum(o[start:end])
    return atp


def atp_lookahead(on_hand: float, mps: Sequence[float], orders: Sequence[float]) -> list[float | None]:
    """Discrete ATP after the look-ahead rule: a negative ATP is covered by earlier ATP.

    When the shortfall is larger than all earlier ATP, period 1 is left negative: the orders
    already booked exceed the supply, and that over-promise is shown rather than hidden.

    Example: on hand 20, MPS [0, 50, 0, 50, 0], orders [15, 20, 25, 30, 25]
    -> [5, 0, None, 0, None].
    """
    atp = atp_discrete(on_hand, mps, orders)
    filled = [t for t, v in enumerate(atp) if v is not None]
    for later, earlier in zip(reversed(filled[1:]), reversed(filled[:-1]), strict=True):
        value = atp[later]
        if value is not None and value < 0:
            atp[earlier] = (atp[earlier] or 0.0) + value
            atp[later] = 0.0
    return atp


def atp_cumulative(on_hand: float, mps: Sequence[float], orders: Sequence[float],
                   lookahead: bool = False) -> list[float]:
    """Cumulative ATP: running total of discrete ATP, carried through periods without receipts.

    Example: on hand 20, MPS [0, 50, 0, 50, 0], orders [15, 20, 25, 30, 25]
    -> without look-ahead [5, 10, 10, 5, 5]; with look-ahead [5, 5, 5, 5, 5].
    """
    atp = (atp_lookahead if lookahead else atp_discrete)(on_hand, mps, orders)
    total, out = 0.0, []
    for value in atp:
        total += value or 0.0
        out.append(total)
    return out
