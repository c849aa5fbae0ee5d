"""Every formula the tutor computes with, as pure, typed functions that reject impossible input.

The answer composer, the quiz generator and the corpus tests call these; no language model ever
does the arithmetic. One module per exam domain; everything is re-exported here, so callers use
`tutor.calc.<name>`. Each function's docstring gives the formula, units, the convention used
where textbooks differ, and an `Example: inputs -> result` line.
"""

from tutor.calc._checks import CalcError
from tutor.calc.capacity import (
    available_time,
    demonstrated_capacity,
    efficiency,
    load_percent,
    operation_time,
    rated_capacity,
    rccp_bill_of_labor,
    rccp_overall_factors,
    total_standard_hours,
    utilization,
    work_center_load,
)
from tutor.calc.demand import (
    deseasonalize,
    exponential_smoothing,
    exponential_smoothing_series,
    fill_rate,
    forecast_errors,
    linear_regression,
    mad_from_sigma,
    mean_absolute_deviation,
    mean_absolute_percentage_error,
    mean_error,
    mean_squared_error,
    moving_average,
    reseasonalize,
    root_mean_squared_error,
    running_sum_of_forecast_errors,
    seasonal_indices,
    sigma_from_mad,
    tracking_signal,
    trend_forecast,
    weighted_moving_average,
)
from tutor.calc.mps import atp_cumulative, atp_discrete, atp_lookahead, master_schedule, mps_projected_available
from tutor.calc.mrp import (
    gross_requirements,
    mrp_record,
    net_requirement,
    period_order_quantity,
    planned_input_for_scrap,
    planned_input_for_yield,
)
from tutor.calc.sop import (
    chase_production,
    days_of_supply,
    level_rate_mto,
    level_rate_mts,
    plan_cost,
    projected_backlog,
    projected_inventory,
    resource_load,
    workforce_required,
)
from tutor.calc.sourcing import defect_ppm, make_or_buy_indifference, on_time_delivery_rate, total_cost_of_ownership
from tutor.calc.strategy import (
    break_even_volume,
    cash_to_cash_cycle,
    days_inventory_outstanding,
    days_payables_outstanding,
    days_sales_outstanding,
    dupont_roa,
    net_present_value,
    payback_period,
    perfect_order_fulfillment,
    return_on_assets,
    total_cost,
    weighted_score,
)

__all__ = [
    "CalcError",
    "atp_cumulative", "atp_discrete", "atp_lookahead", "available_time", "break_even_volume",
    "cash_to_cash_cycle", "chase_production", "days_inventory_outstanding", "days_of_supply",
    "days_payables_outstanding", "days_sales_outstanding", "defect_ppm", "demonstrated_capacity",
    "deseasonalize", "dupont_roa", "efficiency", "exponential_smoothing", "exponential_smoothing_series",
    "fill_rate", "forecast_errors", "gross_requirements", "level_rate_mto", "level_rate_mts",
    "linear_regression", "load_percent", "mad_from_sigma", "make_or_buy_indifference", "master_schedule",
    "mean_absolute_deviation", "mean_absolute_percentage_error", "mean_error", "mean_squared_error",
    "moving_average", "mps_projected_available", "mrp_record", "net_present_value", "net_requirement",
    "on_time_delivery_rate", "operation_time", "payback_period", "perfect_order_fulfillment",
    "period_order_quantity", "plan_cost", "planned_input_for_scrap", "planned_input_for_yield",
    "projected_backlog", "projected_inventory", "rated_capacity", "rccp_bill_of_labor", "rccp_overall_factors",
    "reseasonalize", "resource_load", "return_on_assets", "root_mean_squared_error",
    "running_sum_of_forecast_errors", "seasonal_indices", "sigma_from_mad", "total_cost",
    "total_cost_of_ownership", "total_standard_hours", "tracking_signal", "trend_forecast", "utilization",
    "weighted_moving_average", "weighted_score", "work_center_load", "workforce_required",
]
