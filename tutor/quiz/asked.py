"""How a numeric quiz item asks for its value: one phrase per formula's headline result, and per row of a table result.

Used by tutor.quiz.numeric._asked; every phrase names exactly the number the key holds, and its unit where the
formula's result has one in words ("in hours"), so a learner knows what to give.

Pure data. Each phrase follows "What is" in the stem and starts with "the"; none states the answer or a formula.
- `HEADLINE[function]`: the number `Formula.pick` returns (the item's target is None).
- `ROWS[function][key]`: a row of a table result; the stem adds " in period N" after it when the path has a period
  index, so a phrase reads well with that ending. The key "" names the element of a list result indexed by
  position only (forecast errors, gross requirements, chase production, seasonal indices). Pareto analysis is the
  one exception: its index is a rank, not a period, so its phrase holds "{rank}" (1 for the largest cause) and takes
  no " in period N".
- `NAMED[function]`: a template with "{name}" for rows keyed by a name from the inputs (work centers, items).
"""

from __future__ import annotations

HEADLINE: dict[str, str] = {
    # inventory: order quantities and their costs
    "eoq": "the economic order quantity (EOQ), in units",
    "eoq_from_holding_cost": "the economic order quantity (EOQ), in units",
    "epq": "the economic production quantity (EPQ), in units",
    "epq_max_inventory": "the maximum (peak) inventory reached during one production run, in units",
    "quantity_discount": "the order quantity with the lowest total annual cost (purchase, ordering and carrying) "
                         "under the price breaks, in units",
    "inventory_costs": "the total annual ordering and carrying cost at this order quantity",
    "orders_per_year": "the number of orders placed per year",
    "time_between_orders": "the time between orders, in working days",
    "average_inventory": "the average inventory, in units",
    "carrying_cost": "the annual carrying cost of the inventory",
    "period_order_quantity": "the period order quantity (POQ): the whole number of periods of requirements each "
                             "order covers",
    # inventory: safety stock, order points, review systems
    "safety_factor": "the safety factor (z) for the given cycle service level",
    "safety_stock": "the statistical safety stock, in units",
    "safety_stock_from_mad": "the safety stock, in units",
    "sigma_over_lead_time": "the standard deviation of forecast error over the whole lead time, in units",
    "safety_stock_for_new_lead_time": "the new safety stock needed after the lead-time change, in units",
    "lead_time_demand": "the demand during the lead time, in units",
    "order_point": "the order point (reorder point), in units",
    "periodic_review_target": "the target (order-up-to) level for the periodic review system, in units",
    "periodic_review_order": "the quantity to order at this review, in units",
    "newsvendor_quantity": "the single-period (newsvendor) order quantity that maximizes expected profit, in units",
    "critical_fractile": "the critical ratio of the single-period (newsvendor) model",
    # inventory: records, valuation and measures
    "cycle_counts_per_day": "the number of cycle counts to do per working day",
    "inventory_record_accuracy": "the inventory record accuracy",
    "inventory_turns": "the inventory turnover, in turns a year",
    "inventory_valuation": "the cost of goods sold (COGS) of the units issued under the given costing method (not "
                           "the ending inventory)",
    "days_of_supply": "the number of days of supply the inventory covers (weeks of supply when the demand is "
                      "given per week)",
    # demand: forecasts
    "moving_average": "the simple moving average forecast for the next period, in units",
    "weighted_moving_average": "the weighted moving average forecast for the next period, in units",
    "exponential_smoothing": "the exponentially smoothed forecast for the next period, in units",
    "exponential_smoothing_series": "the forecast for the period after the last actual given, in units",
    "trend_forecast": "the trend-line forecast for the given period (x), in units",
    "linear_regression": "the slope (b) of the least-squares trend line (not the intercept), in units of "
                         "demand per period",
    "deseasonalize": "the deseasonalized demand, in units",
    "reseasonalize": "the seasonal (reseasonalized) forecast for the season, in units",
    # demand: forecast error
    "forecast_errors": "the forecast error (actual minus forecast), in units",
    "running_sum_of_forecast_errors": "the running sum of forecast errors (RSFE), with errors taken as actual minus "
                                      "forecast, in units",
    "mean_error": "the forecast bias (mean error, with errors taken as actual minus forecast), in units",
    "mean_absolute_deviation": "the mean absolute deviation (MAD) of the forecast errors, in units",
    "mean_squared_error": "the mean squared error (MSE) of the forecast, in squared units",
    "root_mean_squared_error": "the root mean squared error (RMSE) of the forecast, in units",
    "mean_absolute_percentage_error": "the mean absolute percentage error (MAPE), in percent",
    "tracking_signal": "the tracking signal (with errors taken as actual minus forecast)",
    "sigma_from_mad": "the estimated standard deviation (σ) of the forecast errors, in units",
    "mad_from_sigma": "the estimated mean absolute deviation (MAD) of the forecast errors, in units",
    "fill_rate": "the fill rate",
    # S&OP
    "level_rate_mts": "the level production rate for the make-to-stock family, in units per period",
    "level_rate_mto": "the level production rate for the make-to-order family, in units per period",
    "projected_inventory": "the projected ending inventory in the last period of the plan, in units (negative for a "
                           "shortage)",
    "projected_backlog": "the projected ending backlog in the last period of the plan, in units",
    "plan_cost": "the total cost of the production plan over the whole horizon (labor, hiring, layoffs, carrying "
                 "and backorders)",
    "workforce_required": "the number of workers needed",
    "resource_load": "the load the planned volumes put on the key resource, in standard hours",
    # master scheduling
    "mps_projected_available": "the projected available balance (PAB) in the last period shown, in units",
    "atp_discrete": "the discrete available-to-promise (ATP) in period 1, in units",
    "atp_lookahead": "the discrete available-to-promise (ATP) in period 1 after the look-ahead rule, in units",
    "atp_cumulative": "the cumulative available-to-promise (ATP) in period 1, in units",
    # MRP and capacity
    "net_requirement": "the net requirement for the period, in units",
    "planned_input_for_yield": "the planned input: the number of units to start to get the required good output",
    "planned_input_for_scrap": "the planned input: the number of units to start to get the required good output",
    "available_time": "the available time, in hours",
    "utilization": "the utilization",
    "efficiency": "the efficiency",
    "rated_capacity": "the rated capacity, in standard hours",
    "demonstrated_capacity": "the demonstrated capacity, in standard hours per period",
    "load_percent": "the load as a percentage of rated capacity, in percent",
    "total_standard_hours": "the total number of standard hours the master schedule requires",
    "operation_time": "the total time the operation takes for the whole order, in hours",
    "work_center_load": "the total load the orders place on the work center, in hours",
    # detailed schedules
    "manufacturing_lead_time": "the total manufacturing lead time through all the operations, in the time unit of "
                               "the operation times",
    "backward_schedule_start": "the shop day on which the order must start",
    "forward_schedule_finish": "the shop day on which the order will finish",
    "critical_ratio": "the critical ratio of the order",
    "slack": "the slack of the order, in days (negative if it is already late)",
    "slack_per_operation": "the slack per remaining operation, in days",
    "sequence_jobs": "the average flow time of the jobs when sequenced by the given priority rule, in the "
                     "time unit of the processing times",
    "littles_law_wip": "the work in process (WIP), in units",
    "littles_law_flow_time": "the flow time (time a unit spends in the process), in the time unit of the "
                             "throughput rate",
    "takt_time": "the takt time per unit, in the time unit of the available time",
    "kanban_containers": "the number of kanban containers needed",
    "minimum_workstations": "the theoretical minimum number of workstations, rounded up to a whole station",
    "balance_efficiency": "the efficiency of the balanced line",
    "throughput_accounting": "the net profit in throughput accounting (theory of constraints)",
    # quality
    "cost_of_quality": "the total cost of quality (COQ)",
    "process_capability": "the process capability ratio (Cp)",
    "process_capability_index": "the process capability index (Cpk)",
    "p_chart_limits": "the upper control limit (UCL) of the p-chart, as a fraction defective",
    "xbar_r_limits": "the upper control limit (UCL) of the X-bar chart (not of the R chart)",
    "dpmo": "the number of defects per million opportunities (DPMO)",
    "sigma_level": "the sigma level of the process (with the customary 1.5σ shift)",
    "first_pass_yield": "the first-pass yield (FPY)",
    "rolled_throughput_yield": "the rolled throughput yield (RTY) of the whole process",
    "oee": "the overall equipment effectiveness (OEE)",
    "oee_from_rates": "the overall equipment effectiveness (OEE)",
    # supply: purchasing and suppliers
    "total_cost_of_ownership": "the total cost of ownership (TCO)",
    "defect_ppm": "the defect rate in parts per million (PPM)",
    "on_time_delivery_rate": "the on-time delivery rate",
    "make_or_buy_indifference": "the volume at which making and buying cost the same, in units",
    # distribution
    "square_root_law": "the total safety stock needed across all locations after the change in the number of "
                       "locations, in units",
    "fair_share_allocation": "the common number of days of supply the fair-share allocation brings the "
                             "distribution centers to",
    "pipeline_inventory": "the average pipeline (in-transit) inventory, in units (or its value in money when a "
                          "unit cost is given)",
    "landed_cost_per_unit": "the landed cost per unit",
    "freight_cost_per_unit": "the freight cost per unit shipped",
    "cube_utilization": "the cube utilization",
    "weight_utilization": "the weight utilization",
    "order_cycle_time": "the average order cycle time, in days",
    # strategy and finance
    "total_cost": "the total cost at the given volume",
    "break_even_volume": "the break-even volume, in units",
    "weighted_score": "the weighted-factor score of the option, in points",
    "return_on_assets": "the return on assets (ROA)",
    "dupont_roa": "the return on assets (ROA)",
    "days_inventory_outstanding": "the days of inventory outstanding (DIO), in days",
    "days_sales_outstanding": "the days sales outstanding (DSO), in days",
    "days_payables_outstanding": "the days payables outstanding (DPO), in days",
    "cash_to_cash_cycle": "the cash-to-cash cycle time, in days",
    "perfect_order_fulfillment": "the perfect order fulfillment rate",
    "payback_period": "the payback period, in years",
    "present_value": "the present value of the cash flow",
    "net_present_value": "the net present value (NPV) of the investment",
}
"""The phrase for each formula's headline result (what `Formula.pick` returns)."""

ROWS: dict[str, dict[str, str]] = {
    "master_schedule": {
        "mps": "the MPS quantity (master production schedule receipt)",
        "pab": "the projected available balance (PAB)",
    },
    "mrp_record": {
        "projected_available": "the projected available balance (after planned order receipts)",
        "net_requirements": "the net requirement",
        "planned_order_receipts": "the planned order receipt",
        "planned_order_releases": "the planned order release",
        "past_due": "the planned order release that is already past due (it belonged before period 1)",
    },
    "drp_record": {
        "in_transit": "the in-transit quantity due to arrive",
        "projected_available": "the projected available balance at the distribution center (after planned receipts)",
        "net_requirements": "the net requirement at the distribution center",
        "planned_receipts": "the planned receipt at the distribution center",
        "planned_shipments": "the planned shipment to the distribution center",
        "past_due": "the planned shipment that is already past due (it belonged before period 1)",
    },
    "input_output_control": {
        "cumulative_input_deviation": "the cumulative input deviation (actual minus planned, in standard hours)",
        "cumulative_output_deviation": "the cumulative output deviation (actual minus planned, in standard hours)",
        "queue": "the ending queue (in standard hours)",
    },
    "gross_requirements": {"": "the component's gross requirement"},
    "supply_source_requirements": {"": "the gross requirement at the supply source"},
    "chase_production": {"": "the production of the chase plan"},
    "seasonal_indices": {"": "the seasonal index of the season"},
    "forecast_errors": {"": "the forecast error (actual minus forecast)"},
    "pareto_analysis": {
        "cumulative_share": "the cumulative share of the total count (as a decimal fraction) from the largest cause "
                            "down to and including the cause ranked {rank}",
    },
}
"""The phrase for each row of a table result; "" for the element of a list indexed by period only."""

NAMED: dict[str, str] = {
    "rccp_bill_of_labor": "the rough-cut capacity required, in standard hours, at work center {name}",
    "rccp_overall_factors": "the capacity required, in standard hours, at work center {name}",
    "rccp_resource_profile": "the capacity required, in standard hours, at work center {name}",
    "abc_classification": "the ABC class (A, B or C) of item {name}",
}
"""The template for rows keyed by a name taken from the inputs; "{name}" is that name."""
