"""Purchasing and supplier management: make-or-buy, total cost of ownership, supplier measures.

Conventions: rates are fractions; defect rates are in parts per million (PPM). A supplier
scorecard's weighted score uses `tutor.calc.weighted_score`.
"""

from __future__ import annotations

from tutor.calc._checks import CalcError, nonneg, positive


def make_or_buy_indifference(fixed_cost_make: float, variable_cost_make: float,
                             fixed_cost_buy: float, variable_cost_buy: float) -> float:
    """Volume at which making and buying cost the same: Q* = (FC_make − FC_buy) / (VC_buy − VC_make).

    Above Q*, the option with the lower variable cost (usually making) is cheaper.

    Example: make FC 60,000 and VC 8; buy FC 0 and VC 14 -> 10,000 units.
    """
    fm, vm = nonneg("fixed_cost_make", fixed_cost_make), nonneg("variable_cost_make", variable_cost_make)
    fb, vb = nonneg("fixed_cost_buy", fixed_cost_buy), nonneg("variable_cost_buy", variable_cost_buy)
    if vb == vm:
        raise CalcError("variable costs are equal, so the options never cost the same unless fixed costs do")
    volume = (fm - fb) / (vb - vm)
    if volume < 0:
        raise CalcError("one option is cheaper at every volume (the cost lines do not cross at a positive volume)")
    return volume


def total_cost_of_ownership(purchase_price: float, acquisition_costs: float, ownership_costs: float,
                            end_of_life_costs: float, salvage_value: float = 0) -> float:
    """TCO = purchase price + acquisition + ownership + end-of-life costs − salvage value.

    Example: price 10,000, acquisition 1,200, ownership 4,500, disposal 300, salvage 800 -> 15,200.
    """
    return (nonneg("purchase_price", purchase_price) + nonneg("acquisition_costs", acquisition_costs)
            + nonneg("ownership_costs", ownership_costs) + nonneg("end_of_life_costs", end_of_life_costs)
            - nonneg("salvage_value", salvage_value))


def on_time_delivery_rate(on_time_receipts: float, total_receipts: float) -> float:
    """On-time delivery = on-time receipts / total receipts (fraction).

    Example: 188 of 200 -> 0.94.
    """
    on_time, total = nonneg("on_time_receipts", on_time_receipts), positive("total_receipts", total_receipts)
    if on_time > total:
        raise CalcError("on_time_receipts cannot exceed total_receipts")
    return on_time / total


def defect_ppm(defective_units: float, units_received: float) -> float:
    """Defect rate in parts per million = defective units / units received × 1,000,000.

    Example: 30 defective in 120,000 -> 250 PPM.
    """
    bad, received = nonneg("defective_units", defective_units), positive("units_received", units_received)
    if bad > received:
        raise CalcError("defective_units cannot exceed units_received")
    return bad / received * 1_000_000
