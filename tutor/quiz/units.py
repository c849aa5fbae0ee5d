"""Units of formula inputs and results the formula definitions leave blank, for quiz stems and keys.

Read from the corpus's worked examples, whose inputs the quiz perturbs (the units stay the same).
"""

# Each unit is the one the prose of the first worked example (corpus order) exercising the function gives;
# situations come after worked examples and only count where no worked example uses the function. Left out
# on purpose: pure numbers (z, weights, ratings, seasonal indices, yields, counts of locations, workers,
# machines, shifts or operations, sample and subgroup sizes, the n of an average), period indices and shop-day
# numbers (due date, today, start day, order and delivery days, trend period x), and quantities whose corpus
# unit has no entry in the units vocabulary: seconds (line-balancing task and cycle times), mm and N·m
# (specification limits, process mean and sigma, control-chart means), cubic metres and tonnes (cube and
# weight utilization), records (inventory record accuracy), receipts (on-time delivery) and DPMO (sigma level).

PARAM_UNITS: dict[str, dict[str, str]] = {
    "safety_stock_from_mad": {"mad": "units", "lead_time": "weeks", "forecast_interval": "weeks"},
    "safety_stock": {"sigma": "units", "lead_time": "weeks", "forecast_interval": "weeks"},
    # first example: 60 a working day over 8 working days; the lead-time-change example uses units a week and weeks
    "order_point": {"demand_per_period": "units/day", "lead_time": "days", "safety_stock": "units"},
    "break_even_volume": {"fixed_cost": "$", "price": "$/unit", "variable_cost": "$/unit"},
    "exponential_smoothing": {"previous_forecast": "units", "actual": "units"},
    "moving_average": {"actuals": "units"},
    "tracking_signal": {"actuals": "units", "forecasts": "units"},
    "mean_absolute_deviation": {"actuals": "units", "forecasts": "units"},
    # first check: 900 minutes a day; the same example also works it as 54,000 seconds
    "takt_time": {"available_time": "minutes", "demand": "units"},
    # the only example runs 120 brackets an hour over a 2.5-hour loop; its prose allows "units per hour or per
    # day" in one time unit, and the vocabulary has no units per hour, so a day is the time unit here
    "kanban_containers": {"demand_rate": "units/day", "lead_time": "days", "container_quantity": "units"},
    "critical_ratio": {"remaining_lead_time": "days"},
    "utilization": {"actual_hours": "hours", "available_hours": "hours"},
    "efficiency": {"standard_hours": "hours", "actual_hours": "hours"},
    "rated_capacity": {"available_hours": "hours"},
    "dpmo": {"defects": "defects", "units": "units", "opportunities_per_unit": "opportunities/unit"},
    "inventory_turns": {"cost_of_goods_sold": "$", "average_inventory_value": "$"},
    # weeks of supply divides by units a week in the days-and-weeks example
    "days_of_supply": {"inventory": "units", "average_daily_demand": "units/day"},
    "littles_law_flow_time": {"wip": "units", "throughput_rate": "units/day"},
    "level_rate_mts": {"forecasts": "units", "beginning_inventory": "units", "target_ending_inventory": "units"},
    "oee": {"planned_production_time": "minutes", "run_time": "minutes", "ideal_cycle_time": "minutes/unit",
            "total_count": "units", "good_count": "units"},
    "cash_to_cash_cycle": {"dio": "days", "dso": "days", "dpo": "days"},
    "make_or_buy_indifference": {"fixed_cost_make": "$", "variable_cost_make": "$/unit", "fixed_cost_buy": "$",
                                 "variable_cost_buy": "$/unit"},
    "sigma_from_mad": {"mad": "units"},
    "square_root_law": {"safety_stock_current": "units"},
    "total_cost": {"fixed_cost": "$", "variable_cost": "$/unit", "volume": "units"},
    "return_on_assets": {"net_income": "$", "total_assets": "$"},
    "days_inventory_outstanding": {"average_inventory": "$", "cost_of_goods_sold": "$/year",
                                   "days_in_year": "days"},  # days_in_year inferred: no example sets it
    "payback_period": {"investment": "$", "annual_cash_inflow": "$/year"},
    "level_rate_mto": {"forecasts": "units", "beginning_backlog": "units", "target_ending_backlog": "units"},
    "workforce_required": {"production": "units", "standard_hours_per_unit": "hours/unit", "hours_per_worker": "hours"},
    "weighted_moving_average": {"actuals": "units"},
    "deseasonalize": {"actual": "units"},
    "reseasonalize": {"base_forecast": "units"},
    "mean_absolute_percentage_error": {"actuals": "units", "forecasts": "units"},
    "mean_squared_error": {"actuals": "units", "forecasts": "units"},
    "mean_error": {"actuals": "units", "forecasts": "units"},
    # first examples count units; the same examples also count order lines and whole orders
    "fill_rate": {"shipped_complete": "units", "requested": "units"},
    "available_time": {"hours_per_shift": "hours", "days": "days"},
    "load_percent": {"load": "hours", "capacity": "hours"},
    "planned_input_for_yield": {"required_output": "units"},
    "planned_input_for_scrap": {"required_output": "units"},
    "period_order_quantity": {"eoq": "units", "average_demand_per_period": "units/week"},
    "total_cost_of_ownership": {"purchase_price": "$", "acquisition_costs": "$", "ownership_costs": "$",
                                "end_of_life_costs": "$", "salvage_value": "$"},
    "defect_ppm": {"defective_units": "units", "units_received": "units"},
    "slack": {"remaining_processing_time": "days"},
    "littles_law_wip": {"throughput_rate": "units/day", "flow_time": "days"},
    "epq": {"setup_cost": "$", "usage_rate": "units/day", "production_rate": "units/day"},
    "safety_stock_for_new_lead_time": {"safety_stock_old": "units", "lead_time_old": "weeks", "lead_time_new": "weeks"},
    "periodic_review_target": {"demand_per_period": "units/week", "review_period": "weeks", "lead_time": "weeks",
                               "safety_stock_units": "units"},
    "carrying_cost": {"average_inventory_value": "$"},
    "newsvendor_quantity": {"mean_demand": "units", "sd_demand": "units", "underage_cost": "$/unit",
                            "overage_cost": "$/unit"},
    "pipeline_inventory": {"annual_demand": "units/year", "transit_days": "days"},
    "landed_cost_per_unit": {"purchase_cost": "$", "freight": "$", "insurance": "$", "duties_and_taxes": "$",
                             "handling_and_brokerage": "$", "units": "units"},
    "first_pass_yield": {"good_first_time": "units", "units_started": "units"},
    "cost_of_quality": {"prevention": "$", "appraisal": "$", "internal_failure": "$", "external_failure": "$"},
    "throughput_accounting": {"sales_revenue": "$", "totally_variable_cost": "$", "operating_expense": "$",
                              "investment": "$"},
    "net_present_value": {"cash_flows": "$", "initial_investment": "$"},
    "days_sales_outstanding": {"average_receivables": "$", "revenue": "$/year",
                               "days_in_year": "days"},  # days_in_year inferred: no example sets it
    "days_payables_outstanding": {"average_payables": "$", "cost_of_goods_sold": "$/year",
                                  "days_in_year": "days"},  # days_in_year inferred: no example sets it
    "present_value": {"cash_flow": "$"},  # inferred
    "root_mean_squared_error": {"actuals": "units", "forecasts": "units"},
    "running_sum_of_forecast_errors": {"actuals": "units", "forecasts": "units"},
    "mad_from_sigma": {"sigma": "units"},
    "trend_forecast": {"a": "units", "b": "units/month"},
    "demonstrated_capacity": {"standard_hours_produced": "hours"},
    "operation_time": {"quantity": "units", "setup_hours": "hours", "run_hours_per_unit": "hours/unit"},
    "net_requirement": {"gross": "units", "scheduled_receipts": "units", "projected_available_before": "units",
                        "safety_stock": "units"},
    "backward_schedule_start": {"lead_time": "days"},
    "slack_per_operation": {"remaining_processing_time": "days"},
    "inventory_costs": {"order_quantity": "units", "safety_stock": "units"},
    "orders_per_year": {"order_quantity": "units"},
    # first example (kanban) is per hour, outside the vocabulary; the next, the order point example, is per working
    # day; the lead-time-change and periodic review examples use units a week and weeks
    "lead_time_demand": {"demand_per_period": "units/day", "lead_time": "days"},
    "sigma_over_lead_time": {"sigma": "units", "lead_time": "weeks", "forecast_interval": "weeks"},
    "critical_fractile": {"underage_cost": "$/unit", "overage_cost": "$/unit"},
    "freight_cost_per_unit": {"total_freight_cost": "$", "units_shipped": "units"},
    "master_schedule": {"on_hand": "units", "forecast": "units", "orders": "units", "lot_size": "units",
                        "demand_time_fence": "weeks",
                        "safety_stock": "units"},  # safety_stock inferred: no example sets it
    "mps_projected_available": {"on_hand": "units", "forecast": "units", "orders": "units", "mps": "units",
                                "demand_time_fence": "weeks"},
    "atp_discrete": {"on_hand": "units", "mps": "units", "orders": "units"},
    "atp_lookahead": {"on_hand": "units", "mps": "units", "orders": "units"},
    "atp_cumulative": {"on_hand": "units", "mps": "units", "orders": "units"},
    "mrp_record": {"gross_requirements": "units", "on_hand": "units", "lead_time": "weeks",
                   "scheduled_receipts": "units", "safety_stock": "units", "lot_size": "units", "periods": "weeks",
                   "allocated": "units"},  # allocated inferred: no example sets it
    "gross_requirements": {"independent_demand": "units"},
    "drp_record": {"gross_requirements": "units", "on_hand": "units", "transit_lead_time": "weeks",
                   "in_transit": "units", "safety_stock": "units", "lot_size": "units"},
    "chase_production": {"demand": "units", "beginning_inventory": "units", "target_inventory": "units"},
    # first example counts patio sets (units); the projected-inventory example counts pallets of paint
    "projected_inventory": {"beginning_inventory": "units", "production": "units", "demand": "units"},
    "projected_backlog": {"beginning_backlog": "units", "orders": "units", "production": "units"},
    "plan_cost": {"demand": "units", "production": "units", "beginning_inventory": "units", "units_per_worker": "units",
                  "wage_per_worker": "$", "hire_cost": "$", "layoff_cost": "$", "carrying_cost_per_unit": "$/unit",
                  "backorder_cost_per_unit": "$/unit"},
    "input_output_control": {"planned_input": "hours", "actual_input": "hours", "planned_output": "hours",
                             "actual_output": "hours", "beginning_queue": "hours"},
    "cycle_counts_per_day": {"working_days": "days"},
    "fair_share_allocation": {"available": "units"},
    "inventory_valuation": {"units_issued": "units", "standard_cost": "$/unit"},
    "linear_regression": {"y": "units"},
    "exponential_smoothing_series": {"actuals": "units", "initial_forecast": "units"},
    "forecast_errors": {"actuals": "units", "forecasts": "units"},
    "dupont_roa": {"net_income": "$", "sales": "$", "total_assets": "$"},
    "average_inventory": {"order_quantity": "units", "safety_stock": "units"},
    "epq_max_inventory": {"lot_size": "units", "usage_rate": "units/day", "production_rate": "units/day"},
    # 240 working days in the first check; the same example also uses 52 (weeks) and 365 (calendar days)
    "time_between_orders": {"order_quantity": "units", "working_days": "days"},
    "periodic_review_order": {"target": "units", "on_hand": "units", "on_order": "units", "backorders": "units"},
    "forward_schedule_finish": {"lead_time": "days"},
}

# Left out: ratios, fractions and indices, table-shaped results, and mean_squared_error (squared units).
# quantities whose corpus unit is outside the common vocabulary above
PARAM_UNITS |= {
    "minimum_workstations": {"task_times": "seconds", "cycle_time": "seconds"},
    "balance_efficiency": {"task_times": "seconds", "cycle_time": "seconds"},
    "process_capability": {"usl": "mm", "lsl": "mm", "sigma": "mm"},
    "process_capability_index": {"usl": "mm", "lsl": "mm", "mean": "mm", "sigma": "mm"},
    "xbar_r_limits": {"grand_mean": "N·m", "average_range": "N·m"},
    "cube_utilization": {"volume_used": "cubic metres", "volume_available": "cubic metres"},
    "weight_utilization": {"weight_loaded": "tonnes", "rated_capacity": "tonnes"},
    "inventory_record_accuracy": {"records_within_tolerance": "records", "records_counted": "records"},
    "on_time_delivery_rate": {"on_time_receipts": "receipts", "total_receipts": "receipts"},
}

RESULT_UNITS: dict[str, str] = {
    "total_cost": "$",
    "total_cost_of_ownership": "$",
    "cost_of_quality": "$",  # the headline result is the total
    "net_present_value": "$",
    "present_value": "$",  # inferred
    "root_mean_squared_error": "units",
    "slack_per_operation": "days",
}
