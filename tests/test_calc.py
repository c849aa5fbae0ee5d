"""Hand-worked textbook examples for every formula in tutor.calc, and impossible inputs."""

import pytest

from tutor import calc
from tutor.calc import CalcError

CASES = [  # (function, kwargs, expected) — each worked by hand
    ("total_cost", dict(fixed_cost=50_000, variable_cost=12, volume=4_000), 98_000),
    ("break_even_volume", dict(fixed_cost=50_000, price=20, variable_cost=12), 6_250),
    ("return_on_assets", dict(net_income=150_000, total_assets=1_500_000), 0.10),
    ("dupont_roa", dict(net_income=150_000, sales=2_000_000, total_assets=1_000_000),
     {"profit_margin": 0.075, "asset_turnover": 2.0, "roa": 0.15}),
    ("days_inventory_outstanding", dict(average_inventory=2_000_000, cost_of_goods_sold=14_600_000), 50),
    ("days_sales_outstanding", dict(average_receivables=1_000_000, revenue=18_250_000), 20),
    ("days_payables_outstanding", dict(average_payables=1_200_000, cost_of_goods_sold=14_600_000), 30),
    ("cash_to_cash_cycle", dict(dio=50, dso=20, dpo=30), 40),
    ("perfect_order_fulfillment", dict(complete=0.98, on_time=0.95, damage_free=0.99, correct_documentation=0.97),
     0.894039),
    ("weighted_score", dict(weights=[0.5, 0.3, 0.2], ratings=[8, 6, 9]), 7.6),
    ("payback_period", dict(investment=120_000, annual_cash_inflow=40_000), 3),
    ("present_value", dict(rate=0.10, cash_flow=50_000, year=2), 41_322.314050),
    ("net_present_value", dict(rate=0.10, cash_flows=[50_000] * 3, initial_investment=100_000), 24_342.599549),
    ("level_rate_mts", dict(forecasts=[80, 120, 100, 140], beginning_inventory=60, target_ending_inventory=40), 105),
    ("level_rate_mto", dict(forecasts=[100] * 3, beginning_backlog=90, target_ending_backlog=60), 110),
    ("projected_inventory", dict(beginning_inventory=60, production=[105] * 4, demand=[80, 120, 100, 140]),
     [85, 70, 75, 40]),
    ("projected_backlog", dict(beginning_backlog=90, orders=[100] * 3, production=[110] * 3), [80, 70, 60]),
    ("chase_production", dict(demand=[80, 120, 100, 140], beginning_inventory=60, target_inventory=40),
     [60, 120, 100, 140]),
    ("chase_production", dict(demand=[50, 70], beginning_inventory=120), [0, 0]),
    ("workforce_required", dict(production=2_000, standard_hours_per_unit=1.5, hours_per_worker=160), 18.75),
    ("plan_cost", dict(demand=[100, 140], production=[120, 120], beginning_inventory=0, beginning_workers=6,
                       units_per_worker=20, wage_per_worker=2_000, hire_cost=500, layoff_cost=800,
                       carrying_cost_per_unit=2, backorder_cost_per_unit=5),
     {"regular_labor": 24_000, "hiring": 0, "layoff": 0, "inventory_carrying": 40, "backorder": 0, "total": 24_040}),
    ("plan_cost", dict(demand=[100, 140], production=[100, 140], beginning_inventory=0, beginning_workers=6,
                       units_per_worker=20, wage_per_worker=2_000, hire_cost=500, layoff_cost=800,
                       carrying_cost_per_unit=2, backorder_cost_per_unit=5),
     {"regular_labor": 24_000, "hiring": 1_000, "layoff": 800, "inventory_carrying": 0, "backorder": 0,
      "total": 25_800}),
    ("resource_load", dict(volumes={"A": 1_000, "B": 500}, hours_per_unit={"A": 0.2, "B": 0.5}), 450),
    ("days_of_supply", dict(inventory=1_200, average_daily_demand=80), 15),
    ("moving_average", dict(actuals=[100, 110, 120, 130], periods=3), 120),
    ("weighted_moving_average", dict(actuals=[100, 110, 120], weights=[0.2, 0.3, 0.5]), 113),
    ("weighted_moving_average", dict(actuals=[90, 100, 110, 120], weights=[1, 2, 3], normalize=True), 340 / 3),
    ("exponential_smoothing", dict(previous_forecast=100, actual=110, alpha=0.2), 102),
    ("exponential_smoothing_series", dict(actuals=[110, 95], initial_forecast=100, alpha=0.2), [100, 102, 100.6]),
    ("seasonal_indices", dict(history=[[80, 120], [100, 100]]), [0.9, 1.1]),
    ("deseasonalize", dict(actual=132, seasonal_index=1.2), 110),
    ("reseasonalize", dict(base_forecast=110, seasonal_index=0.8), 88),
    ("linear_regression", dict(x=[1, 2, 3, 4], y=[10, 12, 15, 17]), {"a": 7.5, "b": 2.4}),
    ("trend_forecast", dict(a=7.5, b=2.4, x=5), 19.5),
    ("forecast_errors", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), [6, 4, -2, 8]),
    ("running_sum_of_forecast_errors", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 16),
    ("mean_error", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 4),
    ("mean_absolute_deviation", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 5),
    ("mean_squared_error", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 30),
    ("root_mean_squared_error", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 5.477226),
    ("mean_absolute_percentage_error", dict(actuals=[100, 200], forecasts=[90, 210]), 7.5),
    ("tracking_signal", dict(actuals=[106, 104, 98, 108], forecasts=[100] * 4), 3.2),
    ("sigma_from_mad", dict(mad=40), 50),
    ("mad_from_sigma", dict(sigma=50), 40),
    ("fill_rate", dict(shipped_complete=9_400, requested=10_000), 0.94),
    ("mps_projected_available", dict(on_hand=50, forecast=[30] * 4, orders=[35, 20, 10, 40], mps=[0, 60, 0, 60],
                                     demand_time_fence=2), [15, 55, 25, 45]),
    ("master_schedule", dict(on_hand=50, forecast=[30] * 4, orders=[35, 20, 10, 40], lot_size=60,
                             demand_time_fence=2), {"mps": [0, 60, 0, 60], "pab": [15, 55, 25, 45]}),
    ("master_schedule", dict(on_hand=10, forecast=[40, 40], orders=[0, 0], lot_size=25, demand_time_fence=0,
                             safety_stock=5), {"mps": [50, 25], "pab": [20, 5]}),
    ("atp_discrete", dict(on_hand=20, mps=[0, 50, 0, 50, 0], orders=[15, 20, 25, 30, 25]), [5, 5, None, -5, None]),
    ("atp_lookahead", dict(on_hand=20, mps=[0, 50, 0, 50, 0], orders=[15, 20, 25, 30, 25]), [5, 0, None, 0, None]),
    ("atp_lookahead", dict(on_hand=0, mps=[10, 0, 10, 10], orders=[5, 0, 20, 30]), [-25, None, 0, 0]),
    ("atp_cumulative", dict(on_hand=20, mps=[0, 50, 0, 50, 0], orders=[15, 20, 25, 30, 25]), [5, 10, 10, 5, 5]),
    ("atp_cumulative", dict(on_hand=20, mps=[0, 50, 0, 50, 0], orders=[15, 20, 25, 30, 25], lookahead=True),
     [5, 5, 5, 5, 5]),
    ("gross_requirements", dict(parent_releases={"A": [0, 40, 0], "B": [10, 0, 20]}, quantity_per={"A": 2, "B": 1},
                                independent_demand=[5, 5, 5]), [15, 85, 25]),
    ("net_requirement", dict(gross=80, scheduled_receipts=20, projected_available_before=30), 30),
    ("period_order_quantity", dict(eoq=250, average_demand_per_period=100), 3),
    ("period_order_quantity", dict(eoq=40, average_demand_per_period=100), 1),
    ("mrp_record", dict(gross_requirements=[0, 0, 80], on_hand=30, lead_time=1, scheduled_receipts=[0, 0, 20]),
     {"gross_requirements": [0, 0, 80], "scheduled_receipts": [0, 0, 20], "projected_available": [30, 30, 0],
      "net_requirements": [0, 0, 30], "planned_order_receipts": [0, 0, 30], "planned_order_releases": [0, 30, 0],
      "past_due": 0}),
    ("mrp_record", dict(gross_requirements=[20, 30, 40, 10, 50, 20], on_hand=50, lead_time=2,
                        scheduled_receipts=[0, 40, 0, 0, 0, 0], safety_stock=10, lot_rule="poq", periods=2),
     {"gross_requirements": [20, 30, 40, 10, 50, 20], "scheduled_receipts": [0, 40, 0, 0, 0, 0],
      "projected_available": [30, 40, 20, 10, 30, 10], "net_requirements": [0, 0, 10, 0, 50, 0],
      "planned_order_receipts": [0, 0, 20, 0, 70, 0], "planned_order_releases": [20, 0, 70, 0, 0, 0],
      "past_due": 0}),
    ("mrp_record", dict(gross_requirements=[20, 30, 40, 10, 50, 20], on_hand=50, lead_time=2,
                        scheduled_receipts=[0, 40, 0, 0, 0, 0], lot_rule="fixed", lot_size=60),
     {"gross_requirements": [20, 30, 40, 10, 50, 20], "scheduled_receipts": [0, 40, 0, 0, 0, 0],
      "projected_available": [30, 40, 0, 50, 0, 40], "net_requirements": [0, 0, 0, 10, 0, 20],
      "planned_order_receipts": [0, 0, 0, 60, 0, 60], "planned_order_releases": [0, 60, 0, 60, 0, 0],
      "past_due": 0}),
    ("mrp_record", dict(gross_requirements=[50, 10], on_hand=20, lead_time=2),
     {"gross_requirements": [50, 10], "scheduled_receipts": [0, 0], "projected_available": [0, 0],
      "net_requirements": [30, 10], "planned_order_receipts": [30, 10], "planned_order_releases": [0, 0],
      "past_due": 40}),
    ("planned_input_for_yield", dict(required_output=900, yield_rate=0.9), 1_000),
    ("planned_input_for_scrap", dict(required_output=950, scrap_rate=0.05), 1_000),
    ("available_time", dict(units=3, hours_per_shift=8, shifts_per_day=2, days=5), 240),
    ("utilization", dict(actual_hours=204, available_hours=240), 0.85),
    ("efficiency", dict(standard_hours=214.2, actual_hours=204), 1.05),
    ("rated_capacity", dict(available_hours=240, utilization_rate=0.85, efficiency_rate=1.05), 214.2),
    ("demonstrated_capacity", dict(standard_hours_produced=[200, 210, 190, 220]), 205),
    ("operation_time", dict(quantity=100, setup_hours=2, run_hours_per_unit=0.15), 17),
    ("work_center_load", dict(orders=[{"quantity": 100, "setup_hours": 2, "run_hours_per_unit": 0.15},
                                      {"quantity": 50, "setup_hours": 1, "run_hours_per_unit": 0.4}]), 38),
    ("load_percent", dict(load=230, capacity=200), 115),
    ("total_standard_hours", dict(mps={"A": 100, "B": 50}, hours_per_unit={"A": 0.7, "B": 1.4}), 140),
    ("rccp_overall_factors", dict(mps={"A": 100, "B": 50}, hours_per_unit={"A": 0.7, "B": 1.4},
                                  work_center_shares={"assembly": 0.7, "test": 0.3}), {"assembly": 98, "test": 42}),
    ("rccp_bill_of_labor", dict(mps={"A": 100, "B": 50}, bill={"A": {"assembly": 0.5, "test": 0.2},
                                                                "B": {"assembly": 1.0, "test": 0.4}}),
     {"assembly": 100, "test": 40}),
    ("rccp_resource_profile", dict(mps={"A": [0, 100]}, profile={"A": {"machining": [0, 3], "assembly": [2]}}),
     {"machining": [300, 0], "assembly": [0, 200]}),
    ("rccp_resource_profile", dict(mps={"A": [50, 0], "B": [0, 10]}, profile={"A": {"m": [1, 2]}, "B": {"m": [4]}}),
     {"m": [50, 40], "m past due": [100]}),
    ("make_or_buy_indifference", dict(fixed_cost_make=60_000, variable_cost_make=8, fixed_cost_buy=0,
                                      variable_cost_buy=14), 10_000),
    ("total_cost_of_ownership", dict(purchase_price=10_000, acquisition_costs=1_200, ownership_costs=4_500,
                                     end_of_life_costs=300, salvage_value=800), 15_200),
    ("on_time_delivery_rate", dict(on_time_receipts=188, total_receipts=200), 0.94),
    ("defect_ppm", dict(defective_units=30, units_received=120_000), 250),
]


def approx(value):
    if isinstance(value, dict):
        return {k: approx(v) for k, v in value.items()}
    if isinstance(value, list):
        return [approx(v) for v in value]
    return value if value is None else pytest.approx(value, abs=1e-6)


@pytest.mark.parametrize(("name", "kwargs", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_worked_examples(name, kwargs, expected):
    assert getattr(calc, name)(**kwargs) == approx(expected)


def test_every_public_function_has_a_worked_example_and_a_documented_example():
    functions = {n for n in calc.__all__ if n != "CalcError"}
    assert functions == {c[0] for c in CASES}
    for name in functions:
        assert "Example:" in getattr(calc, name).__doc__, name


BAD = [
    ("break_even_volume", dict(fixed_cost=1_000, price=10, variable_cost=12), "must exceed variable_cost"),
    ("total_cost", dict(fixed_cost=-1, variable_cost=1, volume=1), "fixed_cost cannot be negative"),
    ("exponential_smoothing", dict(previous_forecast=100, actual=90, alpha=20), "write 25% as 0.25"),
    ("exponential_smoothing", dict(previous_forecast=100, actual=90, alpha=0), "alpha must be a fraction"),
    ("moving_average", dict(actuals=[1, 2], periods=3), "exceeds the 2 actuals"),
    ("moving_average", dict(actuals=[1, -2], periods=2), r"actuals\[2\] cannot be negative"),
    ("weighted_moving_average", dict(actuals=[1, 2], weights=[0.5, 0.6]), "must sum to 1"),
    ("mean_absolute_percentage_error", dict(actuals=[0, 10], forecasts=[1, 10]), "zero"),
    ("tracking_signal", dict(actuals=[5, 5], forecasts=[5, 5]), "MAD is zero"),
    ("forecast_errors", dict(actuals=[1, 2, 3], forecasts=[1, 2]), "one value per period"),
    ("linear_regression", dict(x=[2, 2], y=[1, 3]), "all x values are equal"),
    ("level_rate_mts", dict(forecasts=[10], beginning_inventory=100, target_ending_inventory=0), "nothing to produce"),
    ("mrp_record", dict(gross_requirements=[10], on_hand=5, lead_time=1, lot_rule="eoq"), "lot_rule must be one of"),
    ("mrp_record", dict(gross_requirements=[10], on_hand=5, lead_time=-1), "lead_time must be at least 0"),
    ("mrp_record", dict(gross_requirements=[10], on_hand=5, lead_time=1, lot_rule="fixed"),
     "lot_size must be a number"),
    ("planned_input_for_scrap", dict(required_output=10, scrap_rate=1), "scrap_rate must be a fraction"),
    ("utilization", dict(actual_hours=250, available_hours=240), "cannot exceed"),
    ("rccp_overall_factors", dict(mps={"A": 1}, hours_per_unit={"A": 1}, work_center_shares={"x": 0.5}),
     "must sum to 1"),
    ("rccp_bill_of_labor", dict(mps={"A": 1}, bill={}), "no bill of labor for: A"),
    ("make_or_buy_indifference", dict(fixed_cost_make=100, variable_cost_make=10, fixed_cost_buy=0,
                                      variable_cost_buy=10), "variable costs are equal"),
    ("fill_rate", dict(shipped_complete=11, requested=10), "cannot exceed"),
    ("net_present_value", dict(rate=-1, cash_flows=[1], initial_investment=0), "greater than -1"),
    ("days_of_supply", dict(inventory=10, average_daily_demand=0), "greater than zero"),
    ("total_cost", dict(fixed_cost="12", variable_cost=1, volume=1), "must be a number"),
    ("total_cost", dict(fixed_cost=float("nan"), variable_cost=1, volume=1), "finite"),
]


@pytest.mark.parametrize(("name", "kwargs", "message"), BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_impossible_inputs_are_clear_errors(name, kwargs, message):
    with pytest.raises(CalcError, match=message):
        getattr(calc, name)(**kwargs)
