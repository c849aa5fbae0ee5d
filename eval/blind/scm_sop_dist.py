"""Blind calculation items: supply-chains-strategy, sop and distribution (part scm_sop_dist)."""

import math

from eval.blind.item import Item
from tutor import calc

SCS = "supply-chains-strategy"
SOP = "sop"
DIST = "distribution"

F_TC = "Total cost"
F_BE = "Break-even volume"
F_ROA = "Return on assets (DuPont view)"
F_DIO = "Days of inventory outstanding"
F_DSO = "Days sales outstanding"
F_DPO = "Days payables outstanding"
F_C2C = "Cash-to-cash cycle time"
F_POF = "Perfect order fulfillment"
F_WFR = "Weighted-factor rating (location, supplier or strategy option)"
F_CAP = "Capital investment screens (may appear under capital equipment)"

F_MTS = "Make-to-stock level production rate"
F_MTO = "Make-to-order level production rate"
F_PI = "Projected inventory (MTS)"
F_PB = "Projected backlog (MTO)"
F_CH = "Chase plan"
F_WF = "Workforce needed"
F_PC = "Plan cost comparison"
F_RL = "Resource-planning load"
F_DOS = "Days of supply (family level)"

F_DRP = "DRP record at a DC"
F_SQ = "Square-root law (risk pooling)"
F_FS = "Fair-share allocation"
F_PIPE = "Pipeline (in-transit) inventory"
F_LC = "Landed cost per unit"
F_TU = "Transport and space utilization"
F_OCT = "Order cycle time"


ITEMS = [
    # ------------------------------------------------------------------ supply-chains-strategy
    # Total cost
    Item(question="total cost? FC $85,000/mo, VC $14.20/unit, 6,400 units this month",
         domain=SCS, formula=F_TC, function="total_cost",
         compute=lambda: calc.total_cost(fixed_cost=85000, variable_cost=14.20, volume=6400), unit="money"),
    Item(question="ok so our plant has fixed costs of about $240k a year and every unit costs us $31 in material + "
                  "labour. we sell them at $55 each. if we build 18 000 units next year what's our total cost "
                  "(not profit, just cost)?",
         domain=SCS, formula=F_TC, function="total_cost",
         compute=lambda: calc.total_cost(fixed_cost=240000, variable_cost=31, volume=18000), unit="money",
         note="selling price $55 is a distractor"),
    Item(question="FC=12500 VC=3.75 Q=2.2k -> total cost",
         domain=SCS, formula=F_TC, function="total_cost",
         compute=lambda: calc.total_cost(fixed_cost=12500, variable_cost=3.75, volume=2200), unit="money"),
    Item(question="What will our total cost be in a month when we produce 9,500 units, given a variable cost of "
                  "$6.40 per unit?",
         domain=SCS, formula=F_TC, function="total_cost",
         compute=None, unit="money", missing=["fixed_cost"], note="no fixed cost given"),

    # Break-even volume
    Item(question="A company's annual fixed costs are $360,000. Its product sells for $48 per unit and has a "
                  "variable cost of $33 per unit. What is the break-even volume?",
         domain=SCS, formula=F_BE, function="break_even_volume",
         compute=lambda: calc.break_even_volume(fixed_cost=360000, price=48, variable_cost=33), unit="units"),
    Item(question="breakeven qty?? fixed 1.2M, price 250, var cost 170",
         domain=SCS, formula=F_BE, function="break_even_volume",
         compute=lambda: calc.break_even_volume(fixed_cost=1_200_000, price=250, variable_cost=170), unit="units"),
    Item(question="trying to figure out break even for a new SKU. selling price $12.50. variable costs per unit: "
                  "materials $4.10, direct labor $2.30, outbound freight $0.60. fixed costs are $44,000 per "
                  "quarter. how many units a quarter do we need to sell to break even?",
         domain=SCS, formula=F_BE, function="break_even_volume",
         compute=lambda: calc.break_even_volume(fixed_cost=44000, price=12.50, variable_cost=4.10 + 2.30 + 0.60),
         unit="units", note="variable cost = sum of the three per-unit components (7.00)"),
    Item(question="how many units do we have to sell to break even if the price is $19 and fixed costs are 57k a "
                  "year?",
         domain=SCS, formula=F_BE, function="break_even_volume",
         compute=None, unit="units", missing=["variable_cost"], note="no variable cost per unit given"),

    # Return on assets (DuPont view)
    Item(question="Using the DuPont view: net income $420,000, sales $6.0 million, total assets $3.5 million. "
                  "What is ROA in %?",
         domain=SCS, formula=F_ROA, function="dupont_roa",
         compute=lambda: calc.dupont_roa(net_income=420000, sales=6_000_000, total_assets=3_500_000)["roa"] * 100,
         unit="percent"),
    Item(question="roa %? NI 1.15M, total assets 14.375M",
         domain=SCS, formula=F_ROA, function="return_on_assets",
         compute=lambda: calc.return_on_assets(net_income=1_150_000, total_assets=14_375_000) * 100,
         unit="percent"),
    Item(question="DuPont question - profit margin is net income / sales and asset turnover is sales / total "
                  "assets. Company X: sales 8,400,000; net income 504,000; total assets 5,600,000; inventory "
                  "1,200,000 (included in the assets). What's the asset turnover?",
         domain=SCS, formula=F_ROA, function="dupont_roa",
         compute=lambda: calc.dupont_roa(net_income=504000, sales=8_400_000, total_assets=5_600_000)[
             "asset_turnover"],
         unit="ratio", note="asks the turnover component; inventory figure is a distractor"),
    Item(question="ROA now: net income $900k on total assets of $10M (inventory is $2.5M of that). If we take $1M "
                  "out of inventory, total assets fall by $1M and we save carrying cost at 25% of the reduction, "
                  "which goes straight to net income (ignore tax). What's the new ROA in percent?",
         domain=SCS, formula=F_ROA, function="return_on_assets",
         compute=lambda: calc.return_on_assets(net_income=900000 + 0.25 * 1_000_000,
                                               total_assets=10_000_000 - 1_000_000) * 100,
         unit="percent", note="derived: NI 900k + 250k saving = 1.15M; assets 10M - 1M = 9M"),

    # Days of inventory outstanding
    Item(question="DIO? avg inventory $3.2M, COGS $19.2M",
         domain=SCS, formula=F_DIO, function="days_inventory_outstanding",
         compute=lambda: calc.days_inventory_outstanding(average_inventory=3_200_000, cost_of_goods_sold=19_200_000),
         unit="days"),
    Item(question="Inventory was $450k at the start of the year and $550k at year end. Cost of goods sold for the "
                  "year was $4.0M. What's days inventory outstanding? (use 365 days)",
         domain=SCS, formula=F_DIO, function="days_inventory_outstanding",
         compute=lambda: calc.days_inventory_outstanding(average_inventory=(450000 + 550000) / 2,
                                                         cost_of_goods_sold=4_000_000),
         unit="days", note="average inventory derived from start and end balances"),
    Item(question="Days of inventory outstanding using a 360-day year: average inventory 1,800,000; cost of sales "
                  "10,800,000; revenue 14,000,000.",
         domain=SCS, formula=F_DIO, function="days_inventory_outstanding",
         compute=lambda: calc.days_inventory_outstanding(average_inventory=1_800_000, cost_of_goods_sold=10_800_000,
                                                         days_in_year=360),
         unit="days", note="360-day year; revenue is a distractor"),

    # Days sales outstanding
    Item(question="DSO = ? avg AR 2.4M, annual revenue 29.2M",
         domain=SCS, formula=F_DSO, function="days_sales_outstanding",
         compute=lambda: calc.days_sales_outstanding(average_receivables=2_400_000, revenue=29_200_000),
         unit="days"),
    Item(question="our recievables average out at $615,000, sales last year were $5.475 million and COGS was "
                  "$3.9M. how many days sales outstanding are we carrying?",
         domain=SCS, formula=F_DSO, function="days_sales_outstanding",
         compute=lambda: calc.days_sales_outstanding(average_receivables=615000, revenue=5_475_000),
         unit="days", note="COGS is a distractor"),
    Item(question="AR = 880k, Rev = 8.03M, 365 d -> DSO",
         domain=SCS, formula=F_DSO, function="days_sales_outstanding",
         compute=lambda: calc.days_sales_outstanding(average_receivables=880000, revenue=8_030_000),
         unit="days"),

    # Days payables outstanding
    Item(question="dpo? avg payables 1.1M, cogs 13.2M",
         domain=SCS, formula=F_DPO, function="days_payables_outstanding",
         compute=lambda: calc.days_payables_outstanding(average_payables=1_100_000, cost_of_goods_sold=13_200_000),
         unit="days"),
    Item(question="We owe suppliers, on average, $2,460,000 at any given time. Cost of goods sold this year was "
                  "$24.6M and revenue $31M. How many days payables outstanding is that?",
         domain=SCS, formula=F_DPO, function="days_payables_outstanding",
         compute=lambda: calc.days_payables_outstanding(average_payables=2_460_000, cost_of_goods_sold=24_600_000),
         unit="days", note="revenue is a distractor"),
    Item(question="| metric | FY2024 |\n|---|---|\n| Revenue | 11,500,000 |\n| Cost of goods sold | 8,880,000 |\n"
                  "| Avg accounts payable | 666,000 |\n| Avg accounts receivable | 950,000 |\nDPO in days?",
         domain=SCS, formula=F_DPO, function="days_payables_outstanding",
         compute=lambda: calc.days_payables_outstanding(average_payables=666000, cost_of_goods_sold=8_880_000),
         unit="days", note="revenue and receivables are distractors; FY2024 is a label"),

    # Cash-to-cash cycle time
    Item(question="c2c cycle time: DIO 48, DSO 35, DPO 40 (days)",
         domain=SCS, formula=F_C2C, function="cash_to_cash_cycle",
         compute=lambda: calc.cash_to_cash_cycle(dio=48, dso=35, dpo=40), unit="days"),
    Item(question="Our inventory turns over in 22 days (DIO), customers pay us within 5 days (DSO) since most pay "
                  "by credit card, and we pay our suppliers in 61 days. What's our cash-to-cash cycle time?",
         domain=SCS, formula=F_C2C, function="cash_to_cash_cycle",
         compute=lambda: calc.cash_to_cash_cycle(dio=22, dso=5, dpo=61), unit="days",
         note="negative result: suppliers finance the cycle"),
    Item(question="Compute the cash-to-cash cycle time. Average inventory $2.0M; COGS $18.25M; average receivables "
                  "$1.5M; revenue $21.9M; average payables $2.5M. Use a 365-day year.",
         domain=SCS, formula=F_C2C, function="cash_to_cash_cycle",
         compute=lambda: calc.cash_to_cash_cycle(
             dio=calc.days_inventory_outstanding(average_inventory=2_000_000, cost_of_goods_sold=18_250_000),
             dso=calc.days_sales_outstanding(average_receivables=1_500_000, revenue=21_900_000),
             dpo=calc.days_payables_outstanding(average_payables=2_500_000, cost_of_goods_sold=18_250_000)),
         unit="days", note="DIO 40, DSO 25, DPO 50 derived from balances first"),
    Item(question="what's our cash to cash cycle if inventory sits 55 days on average and customers take 38 days "
                  "to pay us?",
         domain=SCS, formula=F_C2C, function="cash_to_cash_cycle",
         compute=None, unit="days", missing=["dpo"], note="no payables days given"),

    # Perfect order fulfillment
    Item(question="perfect order rate? complete 97%, on time 94%, damage free 99.5%, docs correct 98%",
         domain=SCS, formula=F_POF, function="perfect_order_fulfillment",
         compute=lambda: calc.perfect_order_fulfillment(complete=0.97, on_time=0.94, damage_free=0.995,
                                                        correct_documentation=0.98) * 100,
         unit="percent"),
    Item(question="Out of 2,000 orders last month: 1,950 shipped complete, 1,870 arrived on time, 1,984 had no "
                  "damage and 1,972 had the right paperwork. What's perfect order fulfillment using the SCOR "
                  "multiplicative method, in %?",
         domain=SCS, formula=F_POF, function="perfect_order_fulfillment",
         compute=lambda: calc.perfect_order_fulfillment(complete=1950 / 2000, on_time=1870 / 2000,
                                                        damage_free=1984 / 2000,
                                                        correct_documentation=1972 / 2000) * 100,
         unit="percent", note="each fraction derived from counts out of 2,000"),
    Item(question="POF as a decimal - in full .992 / on time .965 / undamaged .988 / correct docs .979",
         domain=SCS, formula=F_POF, function="perfect_order_fulfillment",
         compute=lambda: calc.perfect_order_fulfillment(complete=0.992, on_time=0.965, damage_free=0.988,
                                                        correct_documentation=0.979),
         unit="fraction"),
    Item(question="Perfect order fulfillment? 98% of our orders ship complete, 96% arrive on time and 99% are "
                  "damage free. What's the POF %?",
         domain=SCS, formula=F_POF, function="perfect_order_fulfillment",
         compute=None, unit="percent", missing=["correct_documentation"], note="documentation accuracy not given"),

    # Weighted-factor rating
    Item(question="Location decision, weighted factor method:\n"
                  "| Factor | Weight | Site A | Site B |\n"
                  "| Labor cost | 0.35 | 7 | 9 |\n"
                  "| Proximity to market | 0.25 | 8 | 6 |\n"
                  "| Taxes | 0.20 | 5 | 8 |\n"
                  "| Infrastructure | 0.20 | 9 | 7 |\n"
                  "What is Site B's weighted score?",
         domain=SCS, formula=F_WFR, function="weighted_score",
         compute=lambda: calc.weighted_score(weights=[0.35, 0.25, 0.20, 0.20], ratings=[9, 6, 8, 7]),
         unit="number"),
    Item(question="Supplier scorecard weights: quality 40%, delivery 30%, price 20%, service 10%. Supplier X is "
                  "rated quality 85, delivery 92, price 70, service 88 (out of 100). what's its weighted score?",
         domain=SCS, formula=F_WFR, function="weighted_score",
         compute=lambda: calc.weighted_score(weights=[0.40, 0.30, 0.20, 0.10], ratings=[85, 92, 70, 88]),
         unit="number"),
    Item(question="pasting from my sheet, which strategy option wins and what's its weighted score?\n"
                  "Factor\tWeight\tOption 1\tOption 2\tOption 3\n"
                  "Cost\t0.30\t6\t8\t7\n"
                  "Speed\t0.25\t9\t5\t7\n"
                  "Flexibility\t0.25\t7\t6\t8\n"
                  "Risk\t0.20\t5\t9\t6",
         domain=SCS, formula=F_WFR, function="weighted_score",
         compute=lambda: max(calc.weighted_score(weights=[0.30, 0.25, 0.25, 0.20], ratings=r)
                             for r in ([6, 9, 7, 5], [8, 5, 6, 9], [7, 7, 8, 6])),
         unit="number", note="highest of the three weighted scores (Option 3, 7.05)"),

    # Capital investment screens
    Item(question="payback period for a $180,000 conveyor that saves us $48k/yr?",
         domain=SCS, formula=F_CAP, function="payback_period",
         compute=lambda: calc.payback_period(investment=180000, annual_cash_inflow=48000), unit="periods",
         note="answer in years"),
    Item(question="NPV at 9%: invest 250k today, cash flows yr1 70k, yr2 90k, yr3 110k, yr4 60k",
         domain=SCS, formula=F_CAP, function="net_present_value",
         compute=lambda: calc.net_present_value(rate=0.09, cash_flows=[70000, 90000, 110000, 60000],
                                                initial_investment=250000),
         unit="money"),
    Item(question="Capital equipment screen. Initial outlay $400,000. Net cash flows: Year 1 -$20,000 (ramp-up), "
                  "Year 2 $150,000, Year 3 $180,000, Year 4 $200,000. Discount rate 12%. What is the NPV?",
         domain=SCS, formula=F_CAP, function="net_present_value",
         compute=lambda: calc.net_present_value(rate=0.12, cash_flows=[-20000, 150000, 180000, 200000],
                                                initial_investment=400000),
         unit="money"),
    Item(question="new AGV fleet costs 1.35M installed, expected life 7 years, saves $300,000 net per year. simple "
                  "payback in years?",
         domain=SCS, formula=F_CAP, function="payback_period",
         compute=lambda: calc.payback_period(investment=1_350_000, annual_cash_inflow=300000), unit="periods",
         note="answer in years; the 7-year life is a distractor"),
    Item(question="what's the NPV of a $90k WMS upgrade that returns $30k a year for 4 years?",
         domain=SCS, formula=F_CAP, function="net_present_value",
         compute=None, unit="money", missing=["rate"], note="no discount rate given"),

    # ------------------------------------------------------------------ sop
    # Make-to-stock level production rate
    Item(question="level production rate (make-to-stock): forcast Jan-Jun 1200, 1300, 1100, 1500, 1600, 1400; "
                  "beginning inventory 800; target ending inventory 500",
         domain=SOP, formula=F_MTS, function="level_rate_mts",
         compute=lambda: calc.level_rate_mts(forecasts=[1200, 1300, 1100, 1500, 1600, 1400],
                                             beginning_inventory=800, target_ending_inventory=500),
         unit="units"),
    Item(question="MTS family, level plan.\nMonth | Jul | Aug | Sep\nForecast | 420 | 380 | 460\n"
                  "Opening inventory 150 and we want 90 in stock at the end of September. Monthly production rate?",
         domain=SOP, formula=F_MTS, function="level_rate_mts",
         compute=lambda: calc.level_rate_mts(forecasts=[420, 380, 460], beginning_inventory=150,
                                             target_ending_inventory=90),
         unit="units"),
    Item(question="we want to cut finished goods inventory by 300 units over the next 4 months. There are 1,000 "
                  "units on hand right now and the forecast is 2,500 a month. What level monthly production rate "
                  "gets us there?",
         domain=SOP, formula=F_MTS, function="level_rate_mts",
         compute=lambda: calc.level_rate_mts(forecasts=[2500] * 4, beginning_inventory=1000,
                                             target_ending_inventory=1000 - 300),
         unit="units", note="target ending inventory derived: 1,000 - 300 = 700"),
    Item(question="What level production rate should we set for a make-to-stock family over 6 periods? Forecast is "
                  "500 every period and we'd like to finish with 200 in stock.",
         domain=SOP, formula=F_MTS, function="level_rate_mts",
         compute=None, unit="units", missing=["beginning_inventory"], note="starting inventory not given"),

    # Make-to-order level production rate
    Item(question="MTO product family. Backlog today is 600 units and we want it down to 360 by the end of the 4 "
                  "weeks. Incoming orders forecast: 450, 500, 480, 470 per week. Level weekly production?",
         domain=SOP, formula=F_MTO, function="level_rate_mto",
         compute=lambda: calc.level_rate_mto(forecasts=[450, 500, 480, 470], beginning_backlog=600,
                                             target_ending_backlog=360),
         unit="units"),
    Item(question="mto lvl rate? fcst 2,000/mo for 6 mo, beg backlog 3,000, target backlog 1,800",
         domain=SOP, formula=F_MTO, function="level_rate_mto",
         compute=lambda: calc.level_rate_mto(forecasts=[2000] * 6, beginning_backlog=3000,
                                             target_ending_backlog=1800),
         unit="units"),
    Item(question="Make-to-order, level strategy. Beginning backlog 150, target ending backlog 100.\n"
                  "| Period | 1 | 2 | 3 | 4 | 5 |\n| New orders | 90 | 110 | 100 | 120 | 80 |\n"
                  "production per period?",
         domain=SOP, formula=F_MTO, function="level_rate_mto",
         compute=lambda: calc.level_rate_mto(forecasts=[90, 110, 100, 120, 80], beginning_backlog=150,
                                             target_ending_backlog=100),
         unit="units"),

    # Projected inventory (MTS)
    Item(question="beginning inventory 300; production level at 500/month; forecast Jan 450, Feb 520, Mar 610, "
                  "Apr 480. projected ending inventory at end of March?",
         domain=SOP, formula=F_PI, function="projected_inventory",
         compute=lambda: calc.projected_inventory(beginning_inventory=300, production=[500] * 4,
                                                  demand=[450, 520, 610, 480])[2],
         unit="units"),
    Item(question="opening stock 120, building 200 a week. demand wk1 180, wk2 260, wk3 310, wk4 150. projected "
                  "inventory end of week 3? (show a shortage as negative)",
         domain=SOP, formula=F_PI, function="projected_inventory",
         compute=lambda: calc.projected_inventory(beginning_inventory=120, production=[200] * 4,
                                                  demand=[180, 260, 310, 150])[2],
         unit="units", note="negative result (shortage of 30)"),
    Item(question="Start: 75 units in stock.\nWeek 1: production 400, forecast 350\nWeek 2: production 400, "
                  "forecast 420\nWeek 3: production 450, forecast 500\nWeek 4: production 450, forecast 380\n"
                  "What's the projected inventory at the end of week 4?",
         domain=SOP, formula=F_PI, function="projected_inventory",
         compute=lambda: calc.projected_inventory(beginning_inventory=75, production=[400, 400, 450, 450],
                                                  demand=[350, 420, 500, 380])[3],
         unit="units"),

    # Projected backlog (MTO)
    Item(question="backlog 240 at the start. orders booked: 300, 280, 320, 310. production 300 each period. "
                  "backlog at end of period 4?",
         domain=SOP, formula=F_PB, function="projected_backlog",
         compute=lambda: calc.projected_backlog(beginning_backlog=240, orders=[300, 280, 320, 310],
                                                production=[300] * 4)[3],
         unit="units"),
    Item(question="MTO: opening backlog = 1,150 units. Mo1 orders 900, prod 1,000 | Mo2 orders 950, prod 1,000 | "
                  "Mo3 orders 1,020, prod 1,000. Ending backlog after month 2?",
         domain=SOP, formula=F_PB, function="projected_backlog",
         compute=lambda: calc.projected_backlog(beginning_backlog=1150, orders=[900, 950, 1020],
                                                production=[1000, 1000, 1000])[1],
         unit="units"),
    Item(question="B0=60, D=75,80,70, P=70,70,70 (make to order) -> B3=?",
         domain=SOP, formula=F_PB, function="projected_backlog",
         compute=lambda: calc.projected_backlog(beginning_backlog=60, orders=[75, 80, 70], production=[70, 70, 70])[2],
         unit="units"),
    Item(question="our open order backlog is 800 units. we plan to build 650 a week for the next 3 weeks. what "
                  "will the backlog be at the end of week 3?",
         domain=SOP, formula=F_PB, function="projected_backlog",
         compute=None, unit="units", missing=["orders"], note="no incoming orders given"),

    # Chase plan
    Item(question="chase strategy - demand by quarter: Q1 3,200 / Q2 4,100 / Q3 5,000 / Q4 3,700; inventory stays "
                  "at zero throughout. production in Q3?",
         domain=SOP, formula=F_CH, function="chase_production",
         compute=lambda: calc.chase_production(demand=[3200, 4100, 5000, 3700])[2], unit="units"),
    Item(question="Chase plan question: we start with 250 units in inventory and want to hold a constant 100 units "
                  "at the end of every month. Demand is 600, 750, 900 for months 1-3. How much do we produce in "
                  "month 1?",
         domain=SOP, formula=F_CH, function="chase_production",
         compute=lambda: calc.chase_production(demand=[600, 750, 900], beginning_inventory=250,
                                               target_inventory=100)[0],
         unit="units"),
    Item(question="chasing demand, beginning inventory 400, we want ending inventory of 150 each week. demand 1000, "
                  "1200, 900, 1100. total production over the 4 weeks?",
         domain=SOP, formula=F_CH, function="chase_production",
         compute=lambda: sum(calc.chase_production(demand=[1000, 1200, 900, 1100], beginning_inventory=400,
                                                   target_inventory=150)),
         unit="units", note="sum of the four chase production quantities"),

    # Workforce needed
    Item(question="how many workers? plan 4,800 units/month, 2.5 standard hrs each, 160 productive hrs per worker "
                  "per month",
         domain=SOP, formula=F_WF, function="workforce_required",
         compute=lambda: calc.workforce_required(production=4800, standard_hours_per_unit=2.5, hours_per_worker=160),
         unit="number"),
    Item(question="Production plan is 3,000 units next month; each needs 1.2 standard hours. A worker works "
                  "8-hour shifts for 21 days and is productive 85% of the time. How many workers do we need "
                  "(round up to whole people)?",
         domain=SOP, formula=F_WF, function="workforce_required",
         compute=lambda: math.ceil(calc.workforce_required(production=3000, standard_hours_per_unit=1.2,
                                                           hours_per_worker=8 * 21 * 0.85)),
         unit="number", note="productive hours derived 8 x 21 x 0.85 = 142.8; 25.21 rounded up to 26"),
    Item(question="FTEs needed (unrounded)? week's plan 920 units, 0.75 std hr/unit, one worker = 37.5 productive "
                  "hrs/week",
         domain=SOP, formula=F_WF, function="workforce_required",
         compute=lambda: calc.workforce_required(production=920, standard_hours_per_unit=0.75,
                                                 hours_per_worker=37.5),
         unit="number", note="FTEs, not rounded (18.4)"),
    Item(question="We need to produce 12,000 units next quarter. Each worker gives about 480 productive hours per "
                  "quarter. How many workers do we need?",
         domain=SOP, formula=F_WF, function="workforce_required",
         compute=None, unit="number", missing=["standard_hours_per_unit"], note="hours per unit not given"),

    # Plan cost comparison
    Item(question="Level plan cost. Demand for months 1-4: 900, 1,100, 1,300, 700. Plan: produce 1,000 every month. "
                  "Beginning inventory 100 units, current workforce 20. Each worker makes 50 units a month and is "
                  "paid $3,000 a month. Hiring costs $1,200 per worker, layoff $2,000 per worker. Inventory carrying "
                  "cost $4 per unit on month-end inventory; backorders cost $10 per unit short at month end. Total "
                  "cost of the plan?",
         domain=SOP, formula=F_PC, function="plan_cost",
         compute=lambda: calc.plan_cost(demand=[900, 1100, 1300, 700], production=[1000] * 4, beginning_inventory=100,
                                        beginning_workers=20, units_per_worker=50, wage_per_worker=3000,
                                        hire_cost=1200, layoff_cost=2000, carrying_cost_per_unit=4,
                                        backorder_cost_per_unit=10)["total"],
         unit="money"),
    Item(question="cost of a pure chase plan pls: demand 480, 600, 720, 540 over 4 months, produce exactly demand "
                  "each month so no inventory. we have 10 workers now, each makes 40 units/month (staff with whole "
                  "workers, round up), wage $2,800/worker/month, hire $1,500 each, layoff $2,500 each. total cost?",
         domain=SOP, formula=F_PC, function="plan_cost",
         compute=lambda: calc.plan_cost(demand=[480, 600, 720, 540], production=[480, 600, 720, 540],
                                        beginning_inventory=0, beginning_workers=10, units_per_worker=40,
                                        wage_per_worker=2800, hire_cost=1500, layoff_cost=2500,
                                        carrying_cost_per_unit=0, backorder_cost_per_unit=0)["total"],
         unit="money", note="no inventory or backorders arise, so carrying/backorder rates are irrelevant (0)"),
    Item(question="Compare two plans on total cost (regular labor + hiring + layoff + carrying + backorder).\n"
                  "Month\tDemand\tPlan A (level)\tPlan B (chase)\n"
                  "1\t500\t675\t500\n2\t700\t675\t700\n3\t900\t675\t900\n4\t600\t675\t600\n"
                  "Beginning inventory 0, 14 workers on staff today, 50 units per worker per month (staff whole "
                  "workers, rounding up), wage $3,200 per worker-month, hire $1,000, layoff $1,800, carrying $3 per "
                  "unit of month-end inventory, backorder $8 per unit short at month end. By how much is the "
                  "cheaper plan cheaper?",
         domain=SOP, formula=F_PC, function="plan_cost",
         compute=lambda: abs(
             calc.plan_cost(demand=[500, 700, 900, 600], production=[675] * 4, beginning_inventory=0,
                            beginning_workers=14, units_per_worker=50, wage_per_worker=3200, hire_cost=1000,
                            layoff_cost=1800, carrying_cost_per_unit=3, backorder_cost_per_unit=8)["total"]
             - calc.plan_cost(demand=[500, 700, 900, 600], production=[500, 700, 900, 600], beginning_inventory=0,
                              beginning_workers=14, units_per_worker=50, wage_per_worker=3200, hire_cost=1000,
                              layoff_cost=1800, carrying_cost_per_unit=3, backorder_cost_per_unit=8)["total"]),
         unit="money", note="difference of the two totals (level 180,775 vs chase 198,800)"),

    # Resource-planning load
    Item(question="bill of resources for the press: family A 0.2 h/unit, B 0.35 h/unit, C 0.5 h/unit. Plan this "
                  "month: A 2,000, B 1,200, C 800. Load on the press in hours?",
         domain=SOP, formula=F_RL, function="resource_load",
         compute=lambda: calc.resource_load(volumes={"A": 2000, "B": 1200, "C": 800},
                                            hours_per_unit={"A": 0.2, "B": 0.35, "C": 0.5}),
         unit="hours"),
    Item(question="| Family | Planned volume | Paint line hrs/unit | Price |\n"
                  "| Chairs | 1,500 | 0.12 | $89 |\n| Tables | 400 | 0.45 | $349 |\n| Benches | 250 | 0.30 | $179 |\n"
                  "how many paint line hours does the plan need?",
         domain=SOP, formula=F_RL, function="resource_load",
         compute=lambda: calc.resource_load(volumes={"Chairs": 1500, "Tables": 400, "Benches": 250},
                                            hours_per_unit={"Chairs": 0.12, "Tables": 0.45, "Benches": 0.30}),
         unit="hours", note="price column is a distractor"),
    Item(question="each unit of Family X takes 6 minutes on the bottleneck, family Y takes 15 minutes. We plan "
                  "3,000 X and 1,400 Y this month. Hours required on the bottleneck?",
         domain=SOP, formula=F_RL, function="resource_load",
         compute=lambda: calc.resource_load(volumes={"X": 3000, "Y": 1400},
                                            hours_per_unit={"X": 6 / 60, "Y": 15 / 60}),
         unit="hours", note="minutes per unit converted to hours"),

    # Days of supply (family level)
    Item(question="projected inventroy 4,500 units at the end of June, avg daily demand 300. days of supply for the "
                  "family?",
         domain=SOP, formula=F_DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=4500, average_daily_demand=300), unit="days"),
    Item(question="The family ends the month with 12,600 units projected; next month's forecast is 25,200 units "
                  "over 21 working days. How many days of supply is that?",
         domain=SOP, formula=F_DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=12600, average_daily_demand=25200 / 21), unit="days",
         note="daily demand derived: 25,200 / 21 = 1,200"),
    Item(question="dos? inv 2,340 / 78 per day",
         domain=SOP, formula=F_DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=2340, average_daily_demand=78), unit="days"),

    # ------------------------------------------------------------------ distribution
    # DRP record at a DC
    Item(question="DRP for the Dallas DC. On hand 300, safety stock 50, transit lead time 2 weeks, ship in lots of "
                  "250. 200 units already in transit, arriving week 2.\n"
                  "| Week | 1 | 2 | 3 | 4 | 5 | 6 |\n| Forecast | 120 | 120 | 120 | 120 | 120 | 120 |\n"
                  "What's the projected available balance at the end of week 5?",
         domain=DIST, formula=F_DRP, function="drp_record",
         compute=lambda: calc.drp_record(gross_requirements=[120] * 6, on_hand=300, transit_lead_time=2,
                                         in_transit=[0, 200, 0, 0, 0, 0], safety_stock=50,
                                         lot_size=250)["projected_available"][4],
         unit="units"),
    Item(question="drp question, lot for lot, no safety stock, transit time 1 week. on hand 140 and 50 in transit "
                  "due in week 1.\nwk1 60\nwk2 75\nwk3 80\nwk4 70\nwk5 90\nwk6 65\n"
                  "(those are the DC forecasts). what's the planned shipment from the central warehouse in week 3?",
         domain=DIST, formula=F_DRP, function="drp_record",
         compute=lambda: calc.drp_record(gross_requirements=[60, 75, 80, 70, 90, 65], on_hand=140,
                                         transit_lead_time=1, in_transit=[50, 0, 0, 0, 0, 0])["planned_shipments"][2],
         unit="units"),
    Item(question="DC record: forecast weeks 1-8: 35, 35, 40, 40, 45, 45, 50, 50. On hand 150, SS 30, shipping "
                  "quantity 100, transit LT 2 weeks, nothing in transit. Projected available at end of week 8?",
         domain=DIST, formula=F_DRP, function="drp_record",
         compute=lambda: calc.drp_record(gross_requirements=[35, 35, 40, 40, 45, 45, 50, 50], on_hand=150,
                                         transit_lead_time=2, safety_stock=30,
                                         lot_size=100)["projected_available"][7],
         unit="units"),
    Item(question="Three DCs feed off the central warehouse. Planned shipments per week:\n"
                  "DC   | W1  | W2  | W3 | W4  | W5\n"
                  "East | 0   | 150 | 0  | 150 | 0\n"
                  "West | 200 | 0   | 0  | 200 | 0\n"
                  "North| 80  | 80  | 80 | 80  | 80\n"
                  "What are the central warehouse's gross requirements in week 4?",
         domain=DIST, formula=F_DRP, function="supply_source_requirements",
         compute=lambda: calc.supply_source_requirements(
             dc_planned_shipments={"East": [0, 150, 0, 150, 0], "West": [200, 0, 0, 200, 0],
                                   "North": [80, 80, 80, 80, 80]})[3],
         unit="units"),

    # Square-root law
    Item(question="going from 9 warehouses to 4, total safety stock is currently 18,000 units. what's the new SS "
                  "under the square root law?",
         domain=DIST, formula=F_SQ, function="square_root_law",
         compute=lambda: calc.square_root_law(safety_stock_current=18000, locations_current=9, locations_new=4),
         unit="units"),
    Item(question="we hold 2,500 units of safety stock at each of our 6 DCs. if we consolidate into 2 DCs what "
                  "should total safety stock be (square root law)?",
         domain=DIST, formula=F_SQ, function="square_root_law",
         compute=lambda: calc.square_root_law(safety_stock_current=2500 * 6, locations_current=6, locations_new=2),
         unit="units", note="current total derived: 2,500 x 6 = 15,000"),
    Item(question="If we consolidate 12 DCs into 3 and today's system-wide safety stock is 24,000 units, how much "
                  "safety stock do we save (square-root law)?",
         domain=DIST, formula=F_SQ, function="square_root_law",
         compute=lambda: 24000 - calc.square_root_law(safety_stock_current=24000, locations_current=12,
                                                      locations_new=3),
         unit="units", note="saving = current - new"),
    Item(question="Network today: 1 central DC carrying 5,000 units of safety stock. We're opening 3 regional DCs "
                  "and closing nothing (4 stocking points total). Estimated total safety stock?",
         domain=DIST, formula=F_SQ, function="square_root_law",
         compute=lambda: calc.square_root_law(safety_stock_current=5000, locations_current=1, locations_new=4),
         unit="units", note="new count derived: 1 + 3 = 4"),

    # Fair-share allocation
    Item(question="Central has 1,000 units to allocate. DC East: on hand 200, daily demand 40. DC West: on hand 150, "
                  "daily demand 25. DC South: on hand 90, daily demand 35. Using fair share allocation, how many "
                  "go to East?",
         domain=DIST, formula=F_FS, function="fair_share_allocation",
         compute=lambda: calc.fair_share_allocation(available=1000, on_hand={"East": 200, "West": 150, "South": 90},
                                                    daily_demand={"East": 40, "West": 25,
                                                                  "South": 35})["allocations"]["East"],
         unit="units"),
    Item(question="| DC | On hand | Daily demand |\n| Atlanta | 420 | 60 |\n| Denver | 180 | 30 |\n"
                  "| Reno | 250 | 45 |\n| Boise | 90 | 15 |\n"
                  "Plant has 1,860 units to push out. What's the common days of supply after a fair-share "
                  "allocation?",
         domain=DIST, formula=F_FS, function="fair_share_allocation",
         compute=lambda: calc.fair_share_allocation(
             available=1860, on_hand={"Atlanta": 420, "Denver": 180, "Reno": 250, "Boise": 90},
             daily_demand={"Atlanta": 60, "Denver": 30, "Reno": 45, "Boise": 15})["common_days"],
         unit="days"),
    Item(question="fair share q: 500 units available. DC A has 120 on hand and sells 30/day, DC B 60 on hand and "
                  "15/day, DC C 900 on hand and 20/day, DC D 45 on hand and 25/day. C is already overstocked so it "
                  "gets nothing and is left out of the calc. how much does DC D get?",
         domain=DIST, formula=F_FS, function="fair_share_allocation",
         compute=lambda: calc.fair_share_allocation(available=500, on_hand={"A": 120, "B": 60, "C": 900, "D": 45},
                                                    daily_demand={"A": 30, "B": 15, "C": 20,
                                                                  "D": 25})["allocations"]["D"],
         unit="units", note="C excluded; common days = (500 + 225) / 70"),
    Item(question="how do I fair-share allocate between DC1 (on hand 300, sells 50/day) and DC2 (on hand 100, "
                  "sells 30/day)? how much should go to DC1?",
         domain=DIST, formula=F_FS, function="fair_share_allocation",
         compute=None, unit="units", missing=["available"], note="quantity available to allocate not given"),

    # Pipeline (in-transit) inventory
    Item(question="annual demand 7.3e4 units, 8 days in transit. pipeline inventory in units?",
         domain=DIST, formula=F_PIPE, function="pipeline_inventory",
         compute=lambda: calc.pipeline_inventory(annual_demand=73000, transit_days=8), unit="units"),
    Item(question="ocean lane: 28 days on the water, 52,000 units/yr, unit cost $45. what's the value of the "
                  "pipeline inventory?",
         domain=DIST, formula=F_PIPE, function="pipeline_inventory",
         compute=lambda: calc.pipeline_inventory(annual_demand=52000, transit_days=28, unit_cost=45), unit="money"),
    Item(question="We move 26,000 units a year by rail and transit takes 2 weeks. average in-transit inventory in "
                  "units?",
         domain=DIST, formula=F_PIPE, function="pipeline_inventory",
         compute=lambda: calc.pipeline_inventory(annual_demand=26000, transit_days=14), unit="units",
         note="2 weeks = 14 days over 365 (26,000 x 2 / 52 = 1,000 is within tolerance)"),

    # Landed cost per unit
    Item(question="landed cost per unit: 5,000 units at $18 each; ocean freight $6,200; insurance $450; duties 4.5% "
                  "of purchase value; brokerage + handling $1,350",
         domain=DIST, formula=F_LC, function="landed_cost_per_unit",
         compute=lambda: calc.landed_cost_per_unit(purchase_cost=5000 * 18, freight=6200, insurance=450,
                                                   duties_and_taxes=0.045 * 5000 * 18, handling_and_brokerage=1350,
                                                   units=5000),
         unit="money", note="purchase 90,000 and duty 4,050 derived"),
    Item(question="| Cost item | Amount |\n| Purchase price (2,400 units) | $57,600 |\n"
                  "| Inland + ocean freight | $4,320 |\n| Cargo insurance | $288 |\n| Duties & taxes | $3,456 |\n"
                  "| Customs brokerage | $350 |\n| Port handling | $490 |\nlanded cost per unit?",
         domain=DIST, formula=F_LC, function="landed_cost_per_unit",
         compute=lambda: calc.landed_cost_per_unit(purchase_cost=57600, freight=4320, insurance=288,
                                                   duties_and_taxes=3456, handling_and_brokerage=350 + 490,
                                                   units=2400),
         unit="money", note="brokerage and handling added together"),
    Item(question="a container of 12k units at $2.35 each, freight $3,800, insurance 0.3% of goods value, duty 6% "
                  "of goods value, customs broker $275, port handling $420. what's our landed cost per unit?",
         domain=DIST, formula=F_LC, function="landed_cost_per_unit",
         compute=lambda: calc.landed_cost_per_unit(purchase_cost=12000 * 2.35, freight=3800,
                                                   insurance=0.003 * 12000 * 2.35,
                                                   duties_and_taxes=0.06 * 12000 * 2.35,
                                                   handling_and_brokerage=275 + 420, units=12000),
         unit="money", note="goods value 28,200; insurance and duty derived from it"),
    Item(question="landed cost per unit? purchase $64,000, freight $5,100, insurance $320, duties $2,560, handling "
                  "$900",
         domain=DIST, formula=F_LC, function="landed_cost_per_unit",
         compute=None, unit="money", missing=["units"], note="number of units in the shipment not given"),

    # Transport and space utilization
    Item(question="trailer has 3,800 cu ft of usable space and we loaded 3,040 cu ft. cube utilization %?",
         domain=DIST, formula=F_TU, function="cube_utilization",
         compute=lambda: calc.cube_utilization(volume_used=3040, volume_available=3800) * 100, unit="percent"),
    Item(question="Truck is rated for 24 t. We loaded 19,800 kg. Weight utilization in percent?",
         domain=DIST, formula=F_TU, function="weight_utilization",
         compute=lambda: calc.weight_utilization(weight_loaded=19.8, rated_capacity=24) * 100, unit="percent",
         note="19,800 kg converted to 19.8 t"),
    Item(question="freight bill was $2,350 for 940 cartons - cost per carton shipped?",
         domain=DIST, formula=F_TU, function="freight_cost_per_unit",
         compute=lambda: calc.freight_cost_per_unit(total_freight_cost=2350, units_shipped=940), unit="money"),
    Item(question="40' container, inside dims 12.0 m x 2.35 m x 2.39 m. We loaded 22 pallets, each 1.2 x 1.0 x 1.5 "
                  "m. cube utilization as a decimal?",
         domain=DIST, formula=F_TU, function="cube_utilization",
         compute=lambda: calc.cube_utilization(volume_used=22 * 1.2 * 1.0 * 1.5,
                                               volume_available=12.0 * 2.35 * 2.39),
         unit="fraction", note="volumes derived from dimensions: 39.6 of 67.398 m3"),

    # Order cycle time
    Item(question="orders placed on day 3, 5, 8, 12 and delivered on day 9, 10, 15, 16. average order cycle time?",
         domain=DIST, formula=F_OCT, function="order_cycle_time",
         compute=lambda: calc.order_cycle_time(order_days=[3, 5, 8, 12], delivery_days=[9, 10, 15, 16]),
         unit="days"),
    Item(question="Order 1 placed Mar 2, delivered Mar 9; Order 2 placed Mar 4, delivered Mar 13; Order 3 placed "
                  "Mar 10, delivered Mar 14. Average order cycle time in days?",
         domain=DIST, formula=F_OCT, function="order_cycle_time",
         compute=lambda: calc.order_cycle_time(order_days=[2, 4, 10], delivery_days=[9, 13, 14]), unit="days",
         note="dates converted to day of month"),
    Item(question="| Order # | Ordered | Delivered | Qty |\n| 10451 | Jan 28 | Feb 3 | 40 |\n"
                  "| 10452 | Jan 30 | Feb 6 | 15 |\n| 10453 | Feb 1 | Feb 5 | 120 |\n"
                  "avg order cycle time (calendar days)?",
         domain=DIST, formula=F_OCT, function="order_cycle_time",
         compute=lambda: calc.order_cycle_time(order_days=[28, 30, 32], delivery_days=[34, 37, 36]), unit="days",
         note="dates converted to day of year (Feb 1 = 32); order numbers and quantities are distractors"),
]
