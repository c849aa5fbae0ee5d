"""Blind calculation questions for supply chains and strategy, S&OP and distribution.

Written without seeing the tutor's question reader or solver; expected numbers come from calling
tutor.calc directly with the numbers in each question.
"""

import math

from eval.blind.item import Item
from tutor import calc

SCS = "supply-chains-strategy"
SOP = "sop"
DIST = "distribution"

ITEMS: list[Item] = [
    # ------------------------------------------------------------------ supply chains and strategy
    # Total cost
    Item(
        question="TC? FC=$45k/month, VC $7.50/unit, Q = 8,200 units",
        domain=SCS, formula="Total cost", function="total_cost",
        compute=lambda: calc.total_cost(45_000, 7.50, 8_200), unit="money",
    ),
    Item(
        question=("hi all, we run a small contract packaging line. fixed costs (rent, salaried staff, equipment "
                  "leases) are 240 000 per year, each unit costs 3.40 in material and direct labor and we sell "
                  "them at 6.99. sales expects 95,000 units next year. what will our total cost be for the year?"),
        domain=SCS, formula="Total cost", function="total_cost",
        compute=lambda: calc.total_cost(240_000, 3.40, 95_000), unit="money",
        note="selling price is a distractor",
    ),
    Item(
        question=("what would our total monthly cost be? fixed overhead is $18,500 a month, variable cost "
                  "$2.25 per unit and we sell at $4 a unit"),
        domain=SCS, formula="Total cost", function="total_cost",
        compute=None, unit="money", missing=["volume"],
    ),
    # Break-even volume
    Item(
        question="break even qty? FC 120k, price $35, VC $23",
        domain=SCS, formula="Break-even volume", function="break_even_volume",
        compute=lambda: calc.break_even_volume(120_000, 35, 23), unit="units",
    ),
    Item(
        question=("bep in units if fixed costs are 62500 per yr, selling price 15 dollars and we keep a 40% "
                  "contribution margin on each unit sold. round up"),
        domain=SCS, formula="Break-even volume", function="break_even_volume",
        compute=lambda: math.ceil(calc.break_even_volume(62_500, 15, 15 * (1 - 0.40))), unit="units",
        note="VC = 15 x (1 - 0.40) = 9; 10,416.7 rounded up",
    ),
    Item(
        question=("Break-even volume? Fixed cost $50,000 a year, variable cost $14 per unit, and marketing "
                  "expects to sell about 6,000 units."),
        domain=SCS, formula="Break-even volume", function="break_even_volume",
        compute=None, unit="units", missing=["price"],
    ),
    # Return on assets (DuPont view)
    Item(
        question=("Our profit margin is 6% on sales of $12M and total assets are $4.8M. Using the DuPont "
                  "model, what is ROA in percent?"),
        domain=SCS, formula="Return on assets (DuPont view)", function="dupont_roa",
        compute=lambda: calc.dupont_roa(0.06 * 12_000_000, 12_000_000, 4_800_000)["roa"] * 100, unit="percent",
        note="net income = 6% x 12M = 720k",
    ),
    Item(
        question="sales 9,000,000  total assets 3,600,000  net income 450,000 -- whats the asset turnover",
        domain=SCS, formula="Return on assets (DuPont view)", function="dupont_roa",
        compute=lambda: calc.dupont_roa(450_000, 9_000_000, 3_600_000)["asset_turnover"], unit="ratio",
    ),
    Item(
        question=("Trying to make the case for an inventory reduction project. Net income is $300,000 on sales "
                  "of $6 million. Total assets are $2.5M, of which $800k is inventory. If we cut inventory by "
                  "25% and everything else stays the same (ignore any carrying cost savings), what would ROA "
                  "be, in %?"),
        domain=SCS, formula="Return on assets (DuPont view)", function="return_on_assets",
        compute=lambda: calc.return_on_assets(300_000, 2_500_000 - 0.25 * 800_000) * 100, unit="percent",
        note="new assets = 2.5M - 200k = 2.3M",
    ),
    # Days of inventory outstanding
    Item(
        question="DIO? avg inv $1.8M, COGS $10.95M",
        domain=SCS, formula="Days of inventory outstanding", function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding(1_800_000, 10_950_000), unit="days",
    ),
    Item(
        question=("inventory at start of year 2.2M and at end of year 2.6M, cost of goods sold 17.52M, revenue "
                  "25M. how many days of inventory are we carrying on average"),
        domain=SCS, formula="Days of inventory outstanding", function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding((2_200_000 + 2_600_000) / 2, 17_520_000), unit="days",
        note="average inventory = (2.2M + 2.6M) / 2; revenue is a distractor",
    ),
    # Days sales outstanding
    Item(
        question="AR averages $640k, annual revenue $11.68M. DSO?",
        domain=SCS, formula="Days sales outstanding", function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(640_000, 11_680_000), unit="days",
    ),
    Item(
        question="customers owe us about 450k on average and sales last year were 4.5 mil. dso (365 days)?",
        domain=SCS, formula="Days sales outstanding", function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(450_000, 4_500_000), unit="days",
    ),
    Item(
        question=("our average receivables are 2.1M and cost of goods sold is 14M. how many days sales "
                  "outstanding is that?"),
        domain=SCS, formula="Days sales outstanding", function="days_sales_outstanding",
        compute=None, unit="days", missing=["revenue"],
        note="COGS is not revenue",
    ),
    # Days payables outstanding
    Item(
        question="avg AP 900k, COGS 13.14M -> DPO in days?",
        domain=SCS, formula="Days payables outstanding", function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding(900_000, 13_140_000), unit="days",
    ),
    Item(
        question=("Accounts payable was $1.5M at the start of the year and $1.3M at the end. Cost of goods sold "
                  "was $14.6M and revenue $30M. What is days payables outstanding?"),
        domain=SCS, formula="Days payables outstanding", function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding((1_500_000 + 1_300_000) / 2, 14_600_000), unit="days",
        note="average payables = 1.4M",
    ),
    # Cash-to-cash cycle time
    Item(
        question="c2c if DIO 45 DSO 38 DPO 52",
        domain=SCS, formula="Cash-to-cash cycle time", function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(45, 38, 52), unit="days",
    ),
    Item(
        question=("From last year's financials: average inventory $3M, average receivables $2M, average "
                  "payables $2.5M, revenue $36.5M, cost of goods sold $25M. What is the cash-to-cash cycle "
                  "time in days (365-day year)?"),
        domain=SCS, formula="Cash-to-cash cycle time", function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(
            calc.days_inventory_outstanding(3_000_000, 25_000_000),
            calc.days_sales_outstanding(2_000_000, 36_500_000),
            calc.days_payables_outstanding(2_500_000, 25_000_000)), unit="days",
        note="DIO 43.8 + DSO 20 - DPO 36.5",
    ),
    Item(
        question=("we're an online retailer. inventory turns over in about 12 days, customers pay by card so "
                  "receivables are ~2 days, and we pay our suppliers on 60 day terms. whats our cash to cash "
                  "cycle?"),
        domain=SCS, formula="Cash-to-cash cycle time", function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(12, 2, 60), unit="days",
        note="negative cycle: suppliers finance operations",
    ),
    # Perfect order fulfillment
    Item(
        question="POF? complete 97%, on time 94%, damage free 99.5%, docs correct 98%",
        domain=SCS, formula="Perfect order fulfillment", function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.97, 0.94, 0.995, 0.98) * 100, unit="percent",
    ),
    Item(
        question=("Out of 2,000 orders shipped last quarter, 40 were short-shipped, 120 arrived late, 10 had "
                  "damage and 30 had invoice/paperwork errors. Using the SCOR multiplicative method, what is "
                  "the perfect order fulfillment rate in percent?"),
        domain=SCS, formula="Perfect order fulfillment", function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(1 - 40 / 2000, 1 - 120 / 2000, 1 - 10 / 2000,
                                                       1 - 30 / 2000) * 100, unit="percent",
        note="each fraction = 1 - failures / 2000",
    ),
    Item(
        question="perfect order index as a decimal: .99 complete, .96 on time, .98 no damage, .995 correct docs",
        domain=SCS, formula="Perfect order fulfillment", function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.99, 0.96, 0.98, 0.995), unit="fraction",
    ),
    # Weighted-factor rating
    Item(
        question=("supplier scorecard, what's supplier B's weighted score?\n"
                  "factor | weight | A | B\n"
                  "price | 0.40 | 7 | 9\n"
                  "quality | 0.35 | 9 | 6\n"
                  "delivery | 0.25 | 8 | 8"),
        domain=SCS, formula="Weighted-factor rating (location, supplier or strategy option)",
        function="weighted_score",
        compute=lambda: calc.weighted_score([0.40, 0.35, 0.25], [9, 6, 8]), unit="number",
    ),
    Item(
        question=("We're scoring candidate sites for a new DC. Weights: labor cost 30%, proximity to market 25%, "
                  "taxes 20%, infrastructure 15%, quality of life 10%. Site X was rated (out of 100) 80, 65, "
                  "90, 70 and 85 on those factors in that order. What is Site X's weighted score?"),
        domain=SCS, formula="Weighted-factor rating (location, supplier or strategy option)",
        function="weighted_score",
        compute=lambda: calc.weighted_score([0.30, 0.25, 0.20, 0.15, 0.10], [80, 65, 90, 70, 85]),
        unit="number",
    ),
    Item(
        question=("factor\tweight\tOption 1\tOption 2\n"
                  "cost\t0.5\t6\t8\n"
                  "flexibility\t0.3\t9\t5\n"
                  "risk\t0.2\t7\t7\n"
                  "which strategy option wins on the weighted factor method and what is its score"),
        domain=SCS, formula="Weighted-factor rating (location, supplier or strategy option)",
        function="weighted_score",
        compute=lambda: max(calc.weighted_score([0.5, 0.3, 0.2], [6, 9, 7]),
                            calc.weighted_score([0.5, 0.3, 0.2], [8, 5, 7])), unit="number",
        note="option 1 = 7.1, option 2 = 6.9; the winner's score is asked",
    ),
    Item(
        question="rate supplier Q: price 8, quality 7, delivery 9, service 6 (1-10 scale). whats the weighted score",
        domain=SCS, formula="Weighted-factor rating (location, supplier or strategy option)",
        function="weighted_score",
        compute=None, unit="number", missing=["weights"],
    ),
    # Capital investment screens
    Item(
        question="payback? machine costs $180,000, net savings $45,000/yr",
        domain=SCS, formula="Capital investment screens (may appear under capital equipment)",
        function="payback_period",
        compute=lambda: calc.payback_period(180_000, 45_000), unit="number",
        note="years",
    ),
    Item(
        question=("new forklift is $38,400 and should save us about 800 a month in labor. payback period in "
                  "years?"),
        domain=SCS, formula="Capital investment screens (may appear under capital equipment)",
        function="payback_period",
        compute=lambda: calc.payback_period(38_400, 800 * 12), unit="number",
        note="annual inflow = 800 x 12; answer in years",
    ),
    Item(
        question=("NPV at 8%: invest 250k now, net cash inflows of 70k, 80k, 90k and 100k at the end of years "
                  "1-4"),
        domain=SCS, formula="Capital investment screens (may appear under capital equipment)",
        function="net_present_value",
        compute=lambda: calc.net_present_value(0.08, [70_000, 80_000, 90_000, 100_000], 250_000), unit="money",
    ),
    Item(
        question=("the new AS/RS costs 1.2M and should give net savings of 300k a year for 6 years. "
                  "what's the NPV?"),
        domain=SCS, formula="Capital investment screens (may appear under capital equipment)",
        function="net_present_value",
        compute=None, unit="money", missing=["rate"],
    ),
    # ------------------------------------------------------------------ sales and operations planning
    # Make-to-stock level production rate
    Item(
        question=("MTS family, level plan. what monthly production rate?\n"
                  "month | jan | feb | mar | apr | may | jun\n"
                  "fcst | 1200 | 1100 | 1300 | 1400 | 1250 | 1150\n"
                  "beginning inventory 500, target ending inventory 300"),
        domain=SOP, formula="Make-to-stock level production rate", function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([1200, 1100, 1300, 1400, 1250, 1150], 500, 300), unit="units",
    ),
    Item(
        question="level rate mts: fcst 400/450/500/450, OH 200, want end inv 100",
        domain=SOP, formula="Make-to-stock level production rate", function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([400, 450, 500, 450], 200, 100), unit="units",
    ),
    Item(
        question=("Planning a make-to-stock family for the next quarter. Forecasts by month are 2,000, 2,400 and "
                  "2,600 units. We start with 900 units in stock, and the policy is to end the quarter with "
                  "inventory equal to 10% of the last month's forecast. What level monthly production rate do "
                  "we need?"),
        domain=SOP, formula="Make-to-stock level production rate", function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([2000, 2400, 2600], 900, 0.10 * 2600), unit="units",
        note="target ending inventory = 10% x 2,600 = 260",
    ),
    # Make-to-order level production rate
    Item(
        question=("MTO family, backlog right now is 320 and we want to get it down to 200 by end of the "
                  "quarter. new orders forecast 900, 950, 1000 per month. level production rate?"),
        domain=SOP, formula="Make-to-order level production rate", function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([900, 950, 1000], 320, 200), unit="units",
    ),
    Item(
        question=("A make-to-order product family has an order backlog of 1,500 units. Incoming orders are "
                  "forecast at 600 units in each of the next 4 periods. Management wants the backlog reduced "
                  "to 900 units by the end of period 4. What is the level production rate per period?"),
        domain=SOP, formula="Make-to-order level production rate", function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([600] * 4, 1500, 900), unit="units",
    ),
    Item(
        question=("engineered-to-order pumps, we build to order. backlog 150 units, we want to keep it at 150. "
                  "orders expected wk1 210 / wk2 190 / wk3 220 / wk4 180 / wk5 200. level weekly build rate?"),
        domain=SOP, formula="Make-to-order level production rate", function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([210, 190, 220, 180, 200], 150, 150), unit="units",
    ),
    # Projected inventory (MTS)
    Item(
        question=("begin inv 250, we produce 500 a month level. demand 450, 520, 610, 480. what's projected "
                  "inventory at the end of month 3?"),
        domain=SOP, formula="Projected inventory (MTS)", function="projected_inventory",
        compute=lambda: calc.projected_inventory(250, [500] * 4, [450, 520, 610, 480])[2], unit="units",
    ),
    Item(
        question=("period\t1\t2\t3\t4\t5\n"
                  "forecast\t300\t340\t440\t480\t380\n"
                  "production\t360\t360\t360\t360\t360\n"
                  "opening inventory is 80. what is the projected inventory at the end of period 4? "
                  "(show a shortage as a negative number)"),
        domain=SOP, formula="Projected inventory (MTS)", function="projected_inventory",
        compute=lambda: calc.projected_inventory(80, [360] * 5, [300, 340, 440, 480, 380])[3], unit="units",
        note="ending 140, 160, 80, -40: a 40-unit shortage",
    ),
    # Projected backlog (MTO)
    Item(
        question=("backlog 400 at start, new orders 300 350 320 280 over the next 4 months, production 330 "
                  "each month. ending backlog month 4?"),
        domain=SOP, formula="Projected backlog (MTO)", function="projected_backlog",
        compute=lambda: calc.projected_backlog(400, [300, 350, 320, 280], [330] * 4)[3], unit="units",
    ),
    Item(
        question=("week\torders booked\tbuilt\n"
                  "1\t75\t60\n"
                  "2\t90\t60\n"
                  "3\t55\t60\n"
                  "open order backlog going in is 120. what's the backlog at end of week 2?"),
        domain=SOP, formula="Projected backlog (MTO)", function="projected_backlog",
        compute=lambda: calc.projected_backlog(120, [75, 90, 55], [60, 60, 60])[1], unit="units",
    ),
    # Chase plan
    Item(
        question=("chase plan: demand 500, 650, 700, 550. we have 200 in stock now and want to keep 100 on hand "
                  "at the end of each month. how much do we make in month 1?"),
        domain=SOP, formula="Chase plan", function="chase_production",
        compute=lambda: calc.chase_production([500, 650, 700, 550], 200, 100)[0], unit="units",
    ),
    Item(
        question=("Under a chase strategy, what is total production over the six months? Monthly demand: "
                  "1,100 / 1,300 / 1,500 / 1,200 / 900 / 1,000. Opening inventory is 300 units and we want to "
                  "carry a constant 50 units at every month end."),
        domain=SOP, formula="Chase plan", function="chase_production",
        compute=lambda: sum(calc.chase_production([1100, 1300, 1500, 1200, 900, 1000], 300, 50)), unit="units",
    ),
    # Workforce needed
    Item(
        question=("we need 4,800 units next month. standard time is 0.75 hrs per unit. each worker works 8 hrs a "
                  "day, 20 days a month, but is only productive 85% of the time. how many workers? round up"),
        domain=SOP, formula="Workforce needed", function="workforce_required",
        compute=lambda: math.ceil(calc.workforce_required(4800, 0.75, 8 * 20 * 0.85)), unit="count",
        note="productive hours per worker = 8 x 20 x 0.85 = 136; 26.47 rounded up",
    ),
    Item(
        question="workforce? P=36,000 units/qtr, 4.5 min per unit, 480 hrs per worker per quarter. FTEs (decimal ok)",
        domain=SOP, formula="Workforce needed", function="workforce_required",
        compute=lambda: calc.workforce_required(36_000, 4.5 / 60, 480), unit="number",
        note="4.5 min = 0.075 h",
    ),
    Item(
        question="need to make 9,000 units next month at 1.2 std hrs each. how many workers do i need??",
        domain=SOP, formula="Workforce needed", function="workforce_required",
        compute=None, unit="count", missing=["hours_per_worker"],
    ),
    # Plan cost comparison
    Item(
        question=("Level plan cost. Demand for months 1-4: 300, 500, 400, 600. Level production 450 a month. "
                  "Opening inventory 0, current workforce 9. Each worker makes 50 units a month and costs "
                  "$3,000 a month. Hiring $1,200 per worker, layoff $1,500 per worker. Carrying cost $4 per "
                  "unit per month on ending inventory, backorders $10 per unit per month. Total cost of the "
                  "plan?"),
        domain=SOP, formula="Plan cost comparison", function="plan_cost",
        compute=lambda: calc.plan_cost([300, 500, 400, 600], [450] * 4, 0, 9, 50, 3000, 1200, 1500, 4, 10)["total"],
        unit="money",
        note="workers = ceil(production / 50)",
    ),
    Item(
        question=("same data as a level plan: demand 300 / 500 / 400 / 600, start with 0 inventory and 9 "
                  "workers, 50 units per worker per month, wage $3,000/worker/month, hire $1,200, fire $1,500, "
                  "carry $4/unit/month, backorder $10/unit/month. now cost a CHASE plan (produce = demand each "
                  "month, staff to match). total cost?"),
        domain=SOP, formula="Plan cost comparison", function="plan_cost",
        compute=lambda: calc.plan_cost([300, 500, 400, 600], [300, 500, 400, 600], 0, 9, 50, 3000, 1200, 1500,
                                       4, 10)["total"],
        unit="money",
        note="workers 6, 10, 8, 12: layoff 3, hire 4, layoff 2, hire 4",
    ),
    Item(
        question=("Compare two plans for a 3-month horizon. Demand: 1,100, 1,000, 900. Beginning inventory 0, "
                  "20 workers on staff, each produces 50 units/month, wage 2,500/month, hiring 900, layoff "
                  "1,100, carrying $3 per unit per month, backorder $12 per unit per month (both on month-end "
                  "balances).\n"
                  "Plan A: level 1,000/month. Plan B: chase (produce demand each month).\n"
                  "How much cheaper is the cheaper plan?"),
        domain=SOP, formula="Plan cost comparison", function="plan_cost",
        compute=lambda: abs(
            calc.plan_cost([1100, 1000, 900], [1000] * 3, 0, 20, 50, 2500, 900, 1100, 3, 12)["total"]
            - calc.plan_cost([1100, 1000, 900], [1100, 1000, 900], 0, 20, 50, 2500, 900, 1100, 3, 12)["total"]),
        unit="money",
        note="A = 152,400 (backorders 100, 100); B = 156,200 (hire 2, lay off 2, lay off 2)",
    ),
    # Resource-planning load
    Item(
        question=("bill of resources for the paint line (hrs per unit):\n"
                  "family | plan qty | paint hrs/unit\n"
                  "A | 1,200 | 0.30\n"
                  "B | 800 | 0.45\n"
                  "C | 500 | 0.60\n"
                  "how many paint line hours does this month's plan need"),
        domain=SOP, formula="Resource-planning load", function="resource_load",
        compute=lambda: calc.resource_load({"A": 1200, "B": 800, "C": 500}, {"A": 0.30, "B": 0.45, "C": 0.60}),
        unit="hours",
    ),
    Item(
        question=("Resource check on the test cell for next month: family X 2,400 units at 6 minutes each, "
                  "family Y 1,500 units at 9 minutes, family Z 800 units at 15 minutes. Required hours?"),
        domain=SOP, formula="Resource-planning load", function="resource_load",
        compute=lambda: calc.resource_load({"X": 2400, "Y": 1500, "Z": 800}, {"X": 6 / 60, "Y": 9 / 60, "Z": 15 / 60}),
        unit="hours",
        note="minutes converted to hours",
    ),
    # Days of supply (family level)
    Item(
        question="projected inv end of march 4,200 units, avg daily demand 175. DOS?",
        domain=SOP, formula="Days of supply (family level)", function="days_of_supply",
        compute=lambda: calc.days_of_supply(4200, 175), unit="days",
    ),
    Item(
        question=("the family's projected ending inventory is 9,000 cases. next month's forecast is 27,000 cases "
                  "over 20 working days. how many days of supply is that?"),
        domain=SOP, formula="Days of supply (family level)", function="days_of_supply",
        compute=lambda: calc.days_of_supply(9000, 27_000 / 20), unit="days",
        note="daily demand = 27,000 / 20 working days",
    ),
    # ------------------------------------------------------------------ distribution
    # DRP record at a DC
    Item(
        question=("DRP for the Dallas DC, item 40-1187. weekly forecast wk1-6: 120, 110, 130, 140, 120, 150. "
                  "on hand 260, 200 in transit arriving wk 2, safety stock 80, fixed ship qty 250, transit "
                  "lead time 2 weeks. in which week is the first planned shipment from the plant?"),
        domain=DIST, formula="DRP record at a DC", function="drp_record",
        compute=lambda: float(next(i + 1 for i, q in enumerate(calc.drp_record(
            [120, 110, 130, 140, 120, 150], 260, 2, in_transit=[0, 200, 0, 0, 0, 0], safety_stock=80,
            lot_size=250)["planned_shipments"]) if q > 0)), unit="weeks",
        note="week number, week 1 = first week of the record",
    ),
    Item(
        question=("Chicago DC, lot-for-lot DRP, transit time 1 week, safety stock 50, on hand 180, nothing in "
                  "transit.\n"
                  "wk: 1 2 3 4 5 6 7 8\n"
                  "forecast: 45 50 55 60 50 65 70 55\n"
                  "what is the planned shipment quantity in week 3?"),
        domain=DIST, formula="DRP record at a DC", function="drp_record",
        compute=lambda: calc.drp_record([45, 50, 55, 60, 50, 65, 70, 55], 180, 1,
                                        safety_stock=50)["planned_shipments"][2], unit="units",
    ),
    Item(
        question=("DC record: GR by week 300, 300, 350, 350, 400, 400. on hand 900. in-transit 500 due week 2. "
                  "SS 200. ship in full truckloads of 600. transit LT 1 wk. projected available balance at end "
                  "of week 5?"),
        domain=DIST, formula="DRP record at a DC", function="drp_record",
        compute=lambda: calc.drp_record([300, 300, 350, 350, 400, 400], 900, 1, in_transit=[0, 500, 0, 0, 0, 0],
                                        safety_stock=200, lot_size=600)["projected_available"][4], unit="units",
    ),
    Item(
        question=("Three DCs are supplied from the central warehouse. Planned shipments (weeks 1-6):\n"
                  "East: 0, 250, 0, 250, 0, 250\n"
                  "Central: 400, 0, 400, 0, 0, 400\n"
                  "West: 120, 120, 150, 150, 0, 0\n"
                  "What is the central warehouse's gross requirement in week 3?"),
        domain=DIST, formula="DRP record at a DC", function="supply_source_requirements",
        compute=lambda: calc.supply_source_requirements({
            "East": [0, 250, 0, 250, 0, 250], "Central": [400, 0, 400, 0, 0, 400],
            "West": [120, 120, 150, 150, 0, 0]})[2], unit="units",
    ),
    # Square-root law
    Item(
        question="SS total 12,000 units across 9 DCs. consolidating to 4 DCs. new SS per sqrt law?",
        domain=DIST, formula="Square-root law (risk pooling)", function="square_root_law",
        compute=lambda: calc.square_root_law(12_000, 9, 4), unit="units",
    ),
    Item(
        question=("We currently have 2 warehouses holding 3,000 units of safety stock in total. Sales wants "
                  "next-day delivery everywhere, which means opening 8 warehouses. Assuming similar independent "
                  "demand, what will total safety stock be?"),
        domain=DIST, formula="Square-root law (risk pooling)", function="square_root_law",
        compute=lambda: calc.square_root_law(3000, 2, 8), unit="units",
    ),
    Item(
        question=("going from 16 stocking locations down to 4. we carry 20,000 units of safety stock today. by "
                  "what % does safety stock drop?"),
        domain=DIST, formula="Square-root law (risk pooling)", function="square_root_law",
        compute=lambda: (1 - calc.square_root_law(20_000, 16, 4) / 20_000) * 100, unit="percent",
    ),
    Item(
        question=("we hold 5,000 units of safety stock spread over 6 DCs and plan to consolidate some of them. "
                  "what would safety stock be after?"),
        domain=DIST, formula="Square-root law (risk pooling)", function="square_root_law",
        compute=None, unit="units", missing=["locations_new"],
    ),
    # Fair-share allocation
    Item(
        question=("Fair share allocation: 1,000 units available at the plant warehouse.\n"
                  "DC | on hand | daily demand\n"
                  "North | 200 | 40\n"
                  "South | 150 | 25\n"
                  "West | 50 | 35\n"
                  "How many units should West get?"),
        domain=DIST, formula="Fair-share allocation", function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(1000, {"North": 200, "South": 150, "West": 50},
                                                   {"North": 40, "South": 25, "West": 35})["allocations"]["West"],
        unit="units",
    ),
    Item(
        question=("short on product, 2,400 units to split among 4 DCs so they all end up with the same days of "
                  "supply. DC1 OH 300 sells 50/day, DC2 OH 500 sells 80/day, DC3 OH 100 sells 30/day, DC4 OH "
                  "200 sells 40/day. what's the common days of supply after allocation?"),
        domain=DIST, formula="Fair-share allocation", function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(2400, {"1": 300, "2": 500, "3": 100, "4": 200},
                                                   {"1": 50, "2": 80, "3": 30, "4": 40})["common_days"],
        unit="days",
    ),
    Item(
        question=("We have 500 units to allocate by fair share. DC A has 900 on hand and uses 30/day, DC B has "
                  "100 on hand and uses 20/day, DC C has 60 on hand and uses 20/day. Stock can't be pulled back "
                  "from a DC. How much goes to DC C?"),
        domain=DIST, formula="Fair-share allocation", function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(500, {"A": 900, "B": 100, "C": 60},
                                                   {"A": 30, "B": 20, "C": 20})["allocations"]["C"],
        unit="units",
        note="A already exceeds the common days and is left out; B and C share at 16.5 days",
    ),
    # Pipeline (in-transit) inventory
    Item(
        question="annual demand 73,000 units, transit time 5 days. pipeline inventory in units?",
        domain=DIST, formula="Pipeline (in-transit) inventory", function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(73_000, 5), unit="units",
    ),
    Item(
        question=("we import 52,000 units a year by ocean, door to door transit is 4 weeks, unit cost is "
                  "€12.50. what is the average value of the inventory sitting on the water?"),
        domain=DIST, formula="Pipeline (in-transit) inventory", function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(52_000, 28, unit_cost=12.50), unit="money",
        note="4 weeks = 28 days; 365-day year",
    ),
    Item(
        question="we move 90,000 units a year to the west DC by rail, unit cost $20. avg pipeline inventory value?",
        domain=DIST, formula="Pipeline (in-transit) inventory", function="pipeline_inventory",
        compute=None, unit="money", missing=["transit_days"],
    ),
    # Landed cost per unit
    Item(
        question=("landed cost per unit? PO for 5,000 units @ $8.20, ocean freight $3,100, cargo insurance $410, "
                  "duty 4% of product value, broker + handling $650"),
        domain=DIST, formula="Landed cost per unit", function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(5000 * 8.20, 3100, 410, 0.04 * 5000 * 8.20, 650, 5000),
        unit="money",
        note="purchase = 41,000; duty = 4% x 41,000 = 1,640",
    ),
    Item(
        question="landed cost/unit: goods 12k, freight 1.5k, ins 150, duties 900, handling 450, 1,000 pcs",
        domain=DIST, formula="Landed cost per unit", function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(12_000, 1500, 150, 900, 450, 1000), unit="money",
    ),
    # Transport and space utilization
    Item(
        question="loaded 38,500 lb on a truck rated for 45,000 lb. weight utilization in %?",
        domain=DIST, formula="Transport and space utilization", function="weight_utilization",
        compute=lambda: calc.weight_utilization(38_500, 45_000) * 100, unit="percent",
    ),
    Item(
        question=("a truckload costs $2,350 and carries 26 pallets of 40 cases each. what's the freight cost "
                  "per case?"),
        domain=DIST, formula="Transport and space utilization", function="freight_cost_per_unit",
        compute=lambda: calc.freight_cost_per_unit(2350, 26 * 40), unit="money",
        note="units = 26 x 40 = 1,040 cases",
    ),
    Item(
        question=("A 40 ft container has 67 m3 of usable space. We load 48 crates measuring 1.2 m x 0.8 m x "
                  "1.0 m. What is the cube utilization as a percentage?"),
        domain=DIST, formula="Transport and space utilization", function="cube_utilization",
        compute=lambda: calc.cube_utilization(48 * 1.2 * 0.8 * 1.0, 67) * 100, unit="percent",
        note="volume used = 48 x 0.96 = 46.08 m3",
    ),
    # Order cycle time
    Item(
        question=("avg order cycle time? order 1 placed day 2 delivered day 9, order 2 placed day 5 delivered "
                  "day 11, order 3 day 6 -> day 15, order 4 day 10 -> day 14"),
        domain=DIST, formula="Order cycle time", function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([2, 5, 6, 10], [9, 11, 15, 14]), unit="days",
    ),
    Item(
        question=("order id | order date | ship date | delivery date\n"
                  "SO-55101 | Mar 3 | Mar 6 | Mar 10\n"
                  "SO-55117 | Mar 7 | Mar 9 | Mar 12\n"
                  "SO-55140 | Mar 15 | Mar 20 | Mar 24\n"
                  "SO-55162 | Mar 20 | Mar 23 | Mar 26\n"
                  "SO-55190 | Mar 28 | Mar 30 | Apr 2\n"
                  "what is the average order cycle time in calendar days (order to delivery)?"),
        domain=DIST, formula="Order cycle time", function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([3, 7, 15, 20, 28], [10, 12, 24, 26, 33]), unit="days",
        note="March days numbered 1-31, Apr 2 = day 33; ship dates are distractors",
    ),
]
