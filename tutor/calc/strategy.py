"""Supply chains and strategy: cost-volume, financial ratios, SCOR perfect order, rating, capital.

Conventions: rates and ratios are returned as fractions (0.12 = 12%); days use a 365-day year
unless `days_in_year` says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from tutor.calc._checks import CalcError, fraction, nonneg, number, positive, same_length, series, whole


def total_cost(fixed_cost: float, variable_cost: float, volume: float) -> float:
    """Total cost of a period: TC = FC + VC × Q (currency).

    Example: FC 50,000, VC 12 per unit, Q 4,000 units -> 98,000.
    """
    return nonneg("fixed_cost", fixed_cost) + nonneg("variable_cost", variable_cost) * nonneg("volume", volume)


def break_even_volume(fixed_cost: float, price: float, variable_cost: float) -> float:
    """Volume where revenue equals total cost: Q_BE = FC / (P − VC) (units).

    (P − VC) is the unit contribution margin; it must be positive or no volume breaks even.

    Example: FC 50,000, P 20, VC 12 -> 6,250 units.
    """
    fc, p, vc = nonneg("fixed_cost", fixed_cost), positive("price", price), nonneg("variable_cost", variable_cost)
    if p <= vc:
        raise CalcError(f"price ({p:g}) must exceed variable_cost ({vc:g}); otherwise nothing breaks even")
    return fc / (p - vc)


def return_on_assets(net_income: float, total_assets: float) -> float:
    """ROA = net income / total assets, as a fraction (a loss gives a negative ROA).

    Example: net income 150,000, assets 1,500,000 -> 0.10.
    """
    return number("net_income", net_income) / positive("total_assets", total_assets)


def dupont_roa(net_income: float, sales: float, total_assets: float) -> dict[str, float]:
    """DuPont view: ROA = (net income / sales) × (sales / total assets).

    Returns `profit_margin`, `asset_turnover` and `roa` (fractions; turnover in times per year).

    Example: income 150,000, sales 2,000,000, assets 1,000,000 -> margin 0.075, turnover 2, ROA 0.15.
    """
    ni, s, a = number("net_income", net_income), positive("sales", sales), positive("total_assets", total_assets)
    return {"profit_margin": ni / s, "asset_turnover": s / a, "roa": ni / a}


def days_inventory_outstanding(average_inventory: float, cost_of_goods_sold: float,
                               days_in_year: float = 365) -> float:
    """DIO = average inventory / cost of goods sold × 365 (days; inventory valued at cost).

    Example: inventory 2,000,000, COGS 14,600,000 -> 50 days.
    """
    return (nonneg("average_inventory", average_inventory) / positive("cost_of_goods_sold", cost_of_goods_sold)
            * positive("days_in_year", days_in_year))


def days_sales_outstanding(average_receivables: float, revenue: float, days_in_year: float = 365) -> float:
    """DSO = average accounts receivable / revenue × 365 (days).

    Example: receivables 1,000,000, revenue 18,250,000 -> 20 days.
    """
    return (nonneg("average_receivables", average_receivables) / positive("revenue", revenue)
            * positive("days_in_year", days_in_year))


def days_payables_outstanding(average_payables: float, cost_of_goods_sold: float,
                              days_in_year: float = 365) -> float:
    """DPO = average accounts payable / cost of goods sold × 365 (days).

    Example: payables 1,200,000, COGS 14,600,000 -> 30 days.
    """
    return (nonneg("average_payables", average_payables) / positive("cost_of_goods_sold", cost_of_goods_sold)
            * positive("days_in_year", days_in_year))


def cash_to_cash_cycle(dio: float, dso: float, dpo: float) -> float:
    """Cash-to-cash cycle time = DIO + DSO − DPO (days; negative when suppliers finance the cycle).

    Example: DIO 50, DSO 20, DPO 30 -> 40 days.
    """
    return nonneg("dio", dio) + nonneg("dso", dso) - nonneg("dpo", dpo)


def perfect_order_fulfillment(complete: float, on_time: float, damage_free: float,
                              correct_documentation: float) -> float:
    """SCOR-style perfect order rate: the product of the four fractions (0-1).

    Convention: the multiplicative form, which assumes the failure reasons are independent.

    Example: 0.98 × 0.95 × 0.99 × 0.97 -> 0.894.
    """
    return (fraction("complete", complete) * fraction("on_time", on_time)
            * fraction("damage_free", damage_free) * fraction("correct_documentation", correct_documentation))


def weighted_score(weights: Sequence[float], ratings: Sequence[float]) -> float:
    """Weighted-factor rating: Σ wᵢ × sᵢ, with the weights summing to 1.

    Used for location, supplier and strategy options (and supplier scorecards).

    Example: weights [0.5, 0.3, 0.2], ratings [8, 6, 9] -> 7.6.
    """
    w, s = series("weights", weights), series("ratings", ratings)
    same_length(weights=w, ratings=s)
    if abs(sum(w) - 1) > 1e-6:
        raise CalcError(f"weights must sum to 1 (they sum to {sum(w):g})")
    return sum(wi * si for wi, si in zip(w, s, strict=True))


def payback_period(investment: float, annual_cash_inflow: float) -> float:
    """Payback = initial investment / annual net cash inflow (years; even inflows assumed).

    Example: 120,000 / 40,000 -> 3 years.
    """
    return nonneg("investment", investment) / positive("annual_cash_inflow", annual_cash_inflow)


def present_value(rate: float, cash_flow: float, year: int) -> float:
    """Present value of one cash flow received at the end of `year`: CF / (1 + r)ᵗ.

    Example: 50,000 in year 2 at 10% -> 41,322.31.
    """
    r = number("rate", rate)
    if r <= -1:
        raise CalcError(f"rate must be greater than -1 (got {r:g})")
    return number("cash_flow", cash_flow) / (1 + r) ** whole("year", year)


def net_present_value(rate: float, cash_flows: Sequence[float], initial_investment: float) -> float:
    """NPV = Σ CFₜ / (1 + r)ᵗ − initial investment, with CF₁ at the end of year 1.

    `cash_flows` are years 1..n (negative values allowed); `rate` is a fraction (0.08 = 8%).

    Example: r 0.10, flows [50,000, 50,000, 50,000], investment 100,000 -> 24,342.60.
    """
    r = number("rate", rate)
    if r <= -1:
        raise CalcError(f"rate must be greater than -1 (got {r:g})")
    flows = series("cash_flows", cash_flows, allow_negative=True)
    present = sum(cf / (1 + r) ** t for t, cf in enumerate(flows, 1))
    return present - nonneg("initial_investment", initial_investment)
