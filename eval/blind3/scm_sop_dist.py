"""Blind practice set 3: supply chains and strategy, S&OP and distribution calculations.

Questions are written as a learner would type them (chat, forum posts, exam stems, pasted
tables) and the expected answers come straight from `tutor.calc`. About one item in ten really
lacks an input; those have `compute=None` and name the missing calc parameter(s).
"""

from __future__ import annotations

import math

from eval.blind.item import Item
from tutor import calc

SCS = "supply-chains-strategy"
SOP = "sop"
DIST = "distribution"

TC = "Total cost"
BE = "Break-even volume"
ROA = "Return on assets (DuPont view)"
DIO = "Days of inventory outstanding"
DSO = "Days sales outstanding"
DPO = "Days payables outstanding"
C2C = "Cash-to-cash cycle time"
POF = "Perfect order fulfillment"
WFR = "Weighted-factor rating (location, supplier or strategy option)"
CAP = "Capital investment screens (may appear under capital equipment)"

MTS = "Make-to-stock level production rate"
MTO = "Make-to-order level production rate"
PINV = "Projected inventory (MTS)"
PBL = "Projected backlog (MTO)"
CHASE = "Chase plan"
WORK = "Workforce needed"
PCOST = "Plan cost comparison"
RLOAD = "Resource-planning load"
DOS = "Days of supply (family level)"

DRP = "DRP record at a DC"
SQRT = "Square-root law (risk pooling)"
FAIR = "Fair-share allocation"
PIPE = "Pipeline (in-transit) inventory"
LAND = "Landed cost per unit"
UTIL = "Transport and space utilization"
OCT = "Order cycle time"


ITEMS: list[Item] = [
    # ------------------------------------------------------------------ supply chains and strategy
    # Total cost
    Item(
        question="tc? FC $48,000  VC $7.25/unit  Q = 9,600 units",
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(48_000, 7.25, 9_600), unit="money",
    ),
    Item(
        question=(
            "hi all, prepping for my CPIM part 1 sitting on June 14 (study group of 25, nobody agrees on this one). "
            "Our plant carries fixed overhead of 22k a month, each unit costs us $3.40 in variable cost, and "
            "we expect to build 15,000 units next month. What is the total cost for next month?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(22_000, 3.40, 15_000), unit="money",
        note="exam date and class size are distractors",
    ),
    Item(
        question=(
            "Fixed costs at the Reno plant are $15,000 per month. Variable cost is $12 per unit and annual "
            "volume is planned at 30 000 units. Selling price is $19 (not needed here). What is the total "
            "annual cost?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(15_000 * 12, 12, 30_000), unit="money",
        note="monthly fixed cost must be annualized (x12); price is a distractor",
    ),
    Item(
        question=(
            "A contract packer has annual fixed costs of $1.2m and a variable cost of $0.85 per case. If it "
            "packs 2.4m cases during the year, what is its total cost for the year?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(1_200_000, 0.85, 2_400_000), unit="money",
    ),
    # Break-even volume
    Item(
        question="break even qty pls: fixed 150k, price 25, var cost 17.50/unit",
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(150_000, 25, 17.50), unit="units",
    ),
    Item(
        question=(
            "A firm is evaluating a new product line. Annual fixed costs would be $240,000, the selling price "
            "$60 per unit and the variable cost $36 per unit. How many units must it sell per year to break even?"
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(240_000, 60, 36), unit="units",
    ),
    Item(
        question=(
            "We sell the widget at $20 and each one gives a unit contribution margin of $8. Fixed costs are "
            "$50,000 per year. What's the break-even point in units?"
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(50_000, 20, 20 - 8), unit="units",
        note="variable cost derived as price minus contribution margin",
    ),
    Item(
        question=(
            "homework q: fixed cost $84,000, selling price $35/unit, variable cost $23/unit. find the "
            "break-even point in SALES DOLLARS (revenue), not units."
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(84_000, 35, 23) * 35, unit="money",
        note="break-even revenue = break-even units x price",
    ),
    Item(
        question=(
            "Our fixed costs are 90,000 a year and variable cost per unit is 14. Marketing hasn't set the "
            "price yet. What's the break-even volume?"
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=None, unit="units", missing=["price"],
        note="selling price not given",
    ),
    # Return on assets (DuPont view)
    Item(
        question="ROA in %?  net income $420,000   total assets $5.6M",
        domain=SCS, formula=ROA, function="return_on_assets",
        compute=lambda: calc.return_on_assets(420_000, 5_600_000) * 100, unit="percent",
    ),
    Item(
        question=(
            "Using the DuPont view: a company earned net income of $300k on sales of $4m, and total assets "
            "are $2.5m. What is its return on assets (as a %)?"
        ),
        domain=SCS, formula=ROA, function="dupont_roa",
        compute=lambda: calc.dupont_roa(300_000, 4_000_000, 2_500_000)["roa"] * 100, unit="percent",
    ),
    Item(
        question=(
            "In the DuPont breakdown of ROA, what is the asset turnover for a firm with sales of $12 million, "
            "net income of $0.9 million and total assets of $8 million?"
        ),
        domain=SCS, formula=ROA, function="dupont_roa",
        compute=lambda: calc.dupont_roa(900_000, 12_000_000, 8_000_000)["asset_turnover"], unit="ratio",
        note="asks for the asset-turnover factor, not ROA",
    ),
    Item(
        question=(
            "Total assets are $10m, of which $3m is inventory, and net income is $800k. If we cut inventory by "
            "$1m and the carrying-cost saving (25% of the inventory reduction) drops straight to net income "
            "(ignore tax), what would the new ROA be, in percent?"
        ),
        domain=SCS, formula=ROA, function="return_on_assets",
        compute=lambda: calc.return_on_assets(800_000 + 0.25 * 1_000_000, 10_000_000 - 1_000_000) * 100,
        unit="percent",
        note="derived: income rises by 250k, assets fall by 1m",
    ),
    # Days of inventory outstanding
    Item(
        question="DIO? avg inventory $2.4m, COGS $18m",
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding(2_400_000, 18_000_000), unit="days",
    ),
    Item(
        question=(
            "Inventory was $1.8 million at the start of the year and $2.2 million at year end. Cost of goods "
            "sold for the year was $16 million and revenue was $24 million. Using a 365-day year, what are the "
            "days of inventory outstanding?"
        ),
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding((1_800_000 + 2_200_000) / 2, 16_000_000), unit="days",
        note="average inventory from beginning and ending; revenue is a distractor",
    ),
    Item(
        question=(
            "my instructor uses a 360 day year for this one. average inventory at cost 750,000; cost of goods "
            "sold 5,400,000. how many days of inventory on hand (DIO)?"
        ),
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding(750_000, 5_400_000, days_in_year=360), unit="days",
        note="360-day year stated explicitly",
    ),
    Item(
        question=(
            "Inventory averages about $3M and annual revenue is $30M; I don't have the cost of goods sold or "
            "the gross margin. What's our DIO?"
        ),
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=None, unit="days", missing=["cost_of_goods_sold"],
        note="COGS missing and not derivable (no margin)",
    ),
    # Days sales outstanding
    Item(
        question="dso: avg AR 1.5m, annual revenue 20m",
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(1_500_000, 20_000_000), unit="days",
    ),
    Item(
        question=(
            "Sales run about $850k a month, every month, and our receivables balance averages $1.1 million. "
            "What is days sales outstanding on an annual basis (365 days)?"
        ),
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(1_100_000, 850_000 * 12), unit="days",
        note="annual revenue = monthly x 12",
    ),
    Item(
        question=(
            "A distributor reports annual revenue of $36.5 million, cost of goods sold of $27 million and "
            "average accounts receivable of $4 million. What is its DSO?"
        ),
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(4_000_000, 36_500_000), unit="days",
        note="COGS is a distractor",
    ),
    # Days payables outstanding
    Item(
        question="DPO?? AP 900k, COGS 7.3m",
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding(900_000, 7_300_000), unit="days",
    ),
    Item(
        question=(
            "Accounts payable: $1.9m at the beginning of FY2024, $2.3m at the end. Cost of goods sold: $25.55m. "
            "Net sales: $38m. How many days payables outstanding?"
        ),
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding((1_900_000 + 2_300_000) / 2, 25_550_000), unit="days",
        note="average payables from beginning/ending; net sales is a distractor",
    ),
    Item(
        question=(
            "How long do we take to pay suppliers, in days? Payables average 640 000 and cost of sales is "
            "4 380 000 a year."
        ),
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding(640_000, 4_380_000), unit="days",
        note="space thousands separators; 'cost of sales' = COGS",
    ),
    # Cash-to-cash cycle time
    Item(
        question="c2c cycle time: DIO 45, DSO 38, DPO 52",
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(45, 38, 52), unit="days",
    ),
    Item(
        question=(
            "Can someone check my cash-to-cash? From the annual report: revenue $73m, COGS $51.1m, average "
            "inventory $8.4m, average receivables $6m, average payables $4.2m. 365-day year."
        ),
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(8_400_000 / 51_100_000 * 365, 6_000_000 / 73_000_000 * 365,
                                                4_200_000 / 51_100_000 * 365),
        unit="days",
        note="DIO, DSO, DPO derived from balances first",
    ),
    Item(
        question=(
            "Inventory sits for 6 weeks on average, customers pay us in 30 days and we pay our suppliers in "
            "45 days. What is the cash-to-cash cycle time in days?"
        ),
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(6 * 7, 30, 45), unit="days",
        note="DIO given in weeks (x7)",
    ),
    Item(
        question=(
            "An online retailer holds inventory 20 days, collects from card processors in 5 days and pays "
            "vendors after 60 days. What is its cash-to-cash cycle?"
        ),
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(20, 5, 60), unit="days",
        note="negative result",
    ),
    # Perfect order fulfillment
    Item(
        question="perfect order %: complete 97%, on time 94%, damage free 99.5%, docs correct 98%",
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.97, 0.94, 0.995, 0.98) * 100, unit="percent",
    ),
    Item(
        question=(
            "Out of 2,000 orders shipped last quarter, 60 went out incomplete, 110 arrived late, 14 were "
            "damaged and 40 had invoice or paperwork errors. Using the SCOR multiplicative method, what is the "
            "perfect order fulfillment rate in percent?"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(1 - 60 / 2000, 1 - 110 / 2000, 1 - 14 / 2000,
                                                       1 - 40 / 2000) * 100,
        unit="percent",
        note="fractions derived from failure counts",
    ),
    Item(
        question=(
            "Metric | Result\n"
            "Complete | 0.99\n"
            "On time | 0.96\n"
            "Damage-free | 0.985\n"
            "Correct documentation | 0.97\n"
            "What's the perfect order rate as a decimal fraction?"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.99, 0.96, 0.985, 0.97), unit="fraction",
    ),
    Item(
        question=(
            "Our scorecard shows 98.2% of orders complete, 99.1% damage-free and 97.5% with correct "
            "documentation. The carrier hasn't sent the delivery timestamps yet. What is the perfect order "
            "fulfillment?"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=None, unit="percent", missing=["on_time"],
        note="on-time fraction missing",
    ),
    # Weighted-factor rating
    Item(
        question=(
            "Factor | Weight | Site A | Site B\n"
            "Labor cost | 0.35 | 7 | 9\n"
            "Proximity to customers | 0.25 | 8 | 6\n"
            "Infrastructure | 0.20 | 9 | 7\n"
            "Tax incentives | 0.20 | 5 | 8\n"
            "What's Site B's weighted score?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.35, 0.25, 0.20, 0.20], [9, 6, 7, 8]), unit="number",
    ),
    Item(
        question=(
            "supplier selection: cost weighted 40%, quality 30%, delivery 20%, service 10%. supplier X rated "
            "7, 9, 8, 6 on those (out of 10). weighted rating for X?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.40, 0.30, 0.20, 0.10], [7, 9, 8, 6]), unit="number",
        note="weights given as percents",
    ),
    Item(
        question=(
            "criterion,weight,Acme,Birch,Cobalt\n"
            "price,0.30,4,3,5\n"
            "quality,0.30,3,5,4\n"
            "lead time,0.25,5,4,2\n"
            "financial stability,0.15,2,4,3\n"
            "Ratings are on a 1-5 scale. What weighted score does the best-scoring supplier get?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: max(calc.weighted_score([0.30, 0.30, 0.25, 0.15], r)
                            for r in ([4, 3, 5, 2], [3, 5, 4, 4], [5, 4, 2, 3])),
        unit="number",
        note="score of the highest-rated option",
    ),
    Item(
        question=(
            "We're choosing a strategy option for the new region. Option 'Nearshore' scores 60 on cost, 85 on "
            "responsiveness, 70 on risk and 90 on sustainability (0-100 scale). Factor weights: cost .4, "
            "responsiveness .3, risk .2, sustainability .1. Weighted score of Nearshore?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.4, 0.3, 0.2, 0.1], [60, 85, 70, 90]), unit="number",
    ),
    # Capital investment screens
    Item(
        question="payback period? new palletizer costs $180,000 and saves $45,000 net per year",
        domain=SCS, formula=CAP, function="payback_period",
        compute=lambda: calc.payback_period(180_000, 45_000), unit="periods",
        note="answer in years",
    ),
    Item(
        question=(
            "A conveyor upgrade costs $60,000 installed and will cut costs by $2,500 a month. What is the "
            "payback period in years?"
        ),
        domain=SCS, formula=CAP, function="payback_period",
        compute=lambda: calc.payback_period(60_000, 2_500 * 12), unit="periods",
        note="annual inflow = monthly x 12; answer in years",
    ),
    Item(
        question=(
            "NPV question: initial investment 100k, cash flows year 1 30k, year 2 40k, year 3 50k, discount "
            "rate 8%. What's the NPV?"
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=lambda: calc.net_present_value(0.08, [30_000, 40_000, 50_000], 100_000), unit="money",
    ),
    Item(
        question=(
            "A company is considering an automated storage system costing $85,000. It will generate net cash "
            "inflows of $25,000 at the end of each of the next 5 years. At a 12% cost of capital, what is the "
            "net present value?"
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=lambda: calc.net_present_value(0.12, [25_000] * 5, 85_000), unit="money",
    ),
    Item(
        question=(
            "Boss wants the NPV on the new forklift fleet: $240k upfront, then $70k, $80k, $90k and $60k net "
            "cash in years 1-4. Finance hasn't told me which hurdle rate to use. What's the NPV?"
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=None, unit="money", missing=["rate"],
        note="discount rate missing",
    ),
    # ------------------------------------------------------------------ S&OP
    # Make-to-stock level production rate
    Item(
        question=(
            "level production rate (MTS) for the family: forecast Jan-Jun 1200, 1100, 1300, 1500, 1600, 1400; "
            "opening inventory 800; we want to finish June with 500. units/month?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([1200, 1100, 1300, 1500, 1600, 1400], 800, 500), unit="units",
    ),
    Item(
        question=(
            "Quarter\tQ1\tQ2\tQ3\tQ4\n"
            "Forecast\t4,500\t5,200\t6,100\t4,800\n"
            "Beginning inventory is 1,000 units and the target ending inventory is 1,500 units. This is a "
            "make-to-stock family. What level quarterly production rate is needed?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([4500, 5200, 6100, 4800], 1000, 1500), unit="units",
    ),
    Item(
        question=(
            "MTS family, 4 weeks: wk1 300, wk2 320, wk3 340, wk4 360 forecast. we have 250 on hand and want "
            "to cut that to 10% of the 4-week total forecast by the end of week 4. what level weekly rate?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([300, 320, 340, 360], 250, 0.10 * (300 + 320 + 340 + 360)),
        unit="units",
        note="target ending inventory derived as 10% of total forecast (132)",
    ),
    Item(
        question=(
            "Make-to-stock family, forecast for the next 3 months is 2,000 / 2,400 / 2,600 units and the "
            "target ending inventory is 900. There's some stock in the warehouse now but the cycle count isn't "
            "done so I don't know how much. Level monthly production?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=None, unit="units", missing=["beginning_inventory"],
        note="beginning inventory explicitly unknown",
    ),
    # Make-to-order level production rate
    Item(
        question=(
            "MTO level rate please: backlog now 300, want it down to 200 at the end; expected orders 250/wk "
            "for the next 5 weeks"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([250] * 5, 300, 200), unit="units",
    ),
    Item(
        question=(
            "A make-to-order manufacturer expects to book the following orders: Jan: 120 / Feb: 135 / Mar: 150 "
            "/ Apr: 140. It starts January with a backlog of 180 units and wants to end April with a backlog of "
            "100 units. What level monthly production rate achieves this?"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([120, 135, 150, 140], 180, 100), unit="units",
    ),
    Item(
        question=(
            "custom furniture shop (all build to order). open orders on the books today = 64 tables. forecast "
            "new orders months 1-6: 40, 40, 50, 50, 60, 60. management wants backlog to stay the same at the "
            "end of month 6 as it is today. level rate per month?"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([40, 40, 50, 50, 60, 60], 64, 64), unit="units",
        note="target ending backlog equals beginning backlog",
    ),
    Item(
        question=(
            "We're MTO. Orders forecast for weeks 1-4: 80, 95, 90, 105. Current backlog is 210 units. The "
            "ending backlog target will be set at next week's exec meeting. What level weekly production do we "
            "need?"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=None, unit="units", missing=["target_ending_backlog"],
        note="target ending backlog not yet set",
    ),
    # Projected inventory (MTS)
    Item(
        question=(
            "Week | Forecast | Production\n"
            "1 | 500 | 450\n"
            "2 | 480 | 450\n"
            "3 | 420 | 450\n"
            "4 | 400 | 450\n"
            "Starting inventory 200. What is the projected ending inventory in week 4?"
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(200, [450] * 4, [500, 480, 420, 400])[3], unit="units",
    ),
    Item(
        question=(
            "Our production plan is a flat 1,000 cases a month. Demand forecast: Jan 900, Feb 1,150, Mar 1,300, "
            "Apr 950. We open January with 150 cases. What's the projected inventory at the end of March? "
            "(negative = backorders)"
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(150, [1000] * 4, [900, 1150, 1300, 950])[2], unit="units",
        note="result is negative (a shortage)",
    ),
    Item(
        question=(
            "             M1     M2     M3     M4     M5\n"
            "demand     2200   2600   3000   2800   2400\n"
            "production 2500   2500   2800   2800   2800\n"
            "opening inventory = 400.  projected inventory end of M5?"
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(400, [2500, 2500, 2800, 2800, 2800],
                                                 [2200, 2600, 3000, 2800, 2400])[4],
        unit="units",
    ),
    # Projected backlog (MTO)
    Item(
        question=(
            "backlog start 400. new orders wk1-4: 350, 380, 420, 300. we produce 370 every week. what's the "
            "backlog at end of wk 4?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(400, [350, 380, 420, 300], [370] * 4)[3], unit="units",
    ),
    Item(
        question=(
            "period,orders_booked,planned_output\n"
            "1,60,55\n"
            "2,70,55\n"
            "3,45,55\n"
            "Opening order backlog 90 units. Projected backlog after period 2?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(90, [60, 70, 45], [55, 55, 55])[1], unit="units",
    ),
    Item(
        question=(
            "An engineer-to-order firm begins the quarter with 12 projects' worth of backlog measured in "
            "standard units: 1,200 units. Expected new orders: month 1, 500; month 2, 650; month 3, 400. The "
            "plan produces 600 units per month. What is the projected backlog at the end of month 3?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(1200, [500, 650, 400], [600] * 3)[2], unit="units",
        note="'12 projects' is a distractor",
    ),
    # Chase plan
    Item(
        question=(
            "chase strategy. demand M1-M4: 500, 650, 800, 700. we start with 200 in stock and want to hold a "
            "constant 100 units at each month end. production in month 1?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: calc.chase_production([500, 650, 800, 700], 200, 100)[0], unit="units",
        note="first month absorbs the drop from 200 to 100",
    ),
    Item(
        question=(
            "Using a chase plan with no inventory carried (start at zero, end each month at zero), what is "
            "total production over the horizon? Forecast: Jul 1,800; Aug 2,100; Sep 2,400; Oct 1,900; "
            "Nov 1,600; Dec 1,200."
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: sum(calc.chase_production([1800, 2100, 2400, 1900, 1600, 1200], 0, 0)), unit="units",
        note="sum of the chase plan",
    ),
    Item(
        question=(
            "We're switching the family to a chase plan and want to run inventory down to zero. We have 900 "
            "units on hand now. Forecast: week 1: 600, week 2: 700, week 3: 650, week 4: 720. Production "
            "needed in week 2?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: calc.chase_production([600, 700, 650, 720], 900, 0)[1], unit="units",
        note="week 1 needs no production; week 2 uses the 300 left",
    ),
    Item(
        question=(
            "A company uses a chase production strategy. Beginning inventory is 50 units and it wants to hold "
            "150 units at the end of every period from now on. Forecast demand for periods 1-3 is 400, 450, 500. "
            "How much should it produce in period 1?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: calc.chase_production([400, 450, 500], 50, 150)[0], unit="units",
    ),
    # Workforce needed
    Item(
        question=(
            "workers needed? 2,400 units this month, 1.25 std hrs per unit, each worker gives 8 h x 20 days. "
            "round up to whole people"
        ),
        domain=SOP, formula=WORK, function="workforce_required",
        compute=lambda: math.ceil(calc.workforce_required(2_400, 1.25, 8 * 20)), unit="count",
        note="hours per worker = 8 x 20; rounded up",
    ),
    Item(
        question=(
            "Assembly takes 18 minutes of standard time per unit. Next month's plan is 5,000 units and each "
            "operator works 160 productive hours a month. How many FTEs (to two decimals, don't round up)?"
        ),
        domain=SOP, formula=WORK, function="workforce_required",
        compute=lambda: calc.workforce_required(5_000, 18 / 60, 160), unit="number",
        note="minutes per unit converted to hours; exact FTE",
    ),
    Item(
        question=(
            "The quarterly production plan for a product family is 9,100 units. Each unit requires 2.0 "
            "standard hours. Employees work one 8-hour shift, 5 days a week, for 13 weeks in the quarter, but "
            "1 hour per shift goes to breaks and meetings. How many workers are needed (whole workers)?"
        ),
        domain=SOP, formula=WORK, function="workforce_required",
        compute=lambda: math.ceil(calc.workforce_required(9_100, 2.0, (8 - 1) * 5 * 13)), unit="count",
        note="productive hours = 7 h x 5 days x 13 weeks = 455",
    ),
    Item(
        question=(
            "how many people do I need for 3,600 units next month if each worker is available 150 hours? "
            "the routing for this family is being revised so I don't have the labor standard yet"
        ),
        domain=SOP, formula=WORK, function="workforce_required",
        compute=None, unit="count", missing=["standard_hours_per_unit"],
        note="labor standard missing",
    ),
    # Plan cost comparison
    Item(
        question=(
            "Level plan cost check. Demand M1-M4: 420, 480, 560, 540. Level plan produces 500 every month, "
            "beginning inventory 0. One worker makes 25 units a month; we start with 20 workers and staff each "
            "month with just enough whole workers for that month's production. Wage $3,200 per worker per "
            "month, hiring $1,500 per worker, layoff $2,000 per worker, carrying cost $4 per unit on month-end "
            "inventory, backorder cost $10 per unit short at month end. Total cost of the level plan?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([420, 480, 560, 540], [500] * 4, 0, 20, 25, 3_200, 1_500, 2_000, 4,
                                       10)["total"],
        unit="money",
    ),
    Item(
        question=(
            "Same family, now a chase plan: production = demand each month (420, 480, 560, 540), no inventory. "
            "25 units per worker per month, workers rounded up to whole people each month, 20 workers on the "
            "payroll before month 1. Hiring costs $1,500 per person and layoffs $2,000 per person. What is the "
            "total HIRING cost of the chase plan (hiring only)?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([420, 480, 560, 540], [420, 480, 560, 540], 0, 20, 25, 3_200, 1_500,
                                       2_000, 4, 10)["hiring"],
        unit="money",
        note="hiring component only (wage/carrying not needed)",
    ),
    Item(
        question=(
            "Hybrid plan: make 450, 450, 550, 550 against demand of 420, 480, 560, 540 (months 1-4), starting "
            "with no inventory and 20 workers. Each worker produces 25 units/month; headcount each month is "
            "production / 25 rounded up. Costs: wages $3,200/worker/month, hire $1,500, lay off $2,000, "
            "carry $4 per unit of ending inventory per month, backorder $10 per unit backordered at month end. "
            "What is the total plan cost?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([420, 480, 560, 540], [450, 450, 550, 550], 0, 20, 25, 3_200, 1_500,
                                       2_000, 4, 10)["total"],
        unit="money",
        note="plan has both carrying and backorder cost",
    ),
    # Resource-planning load
    Item(
        question=(
            "Family   | Planned volume | Paint line hrs/unit\n"
            "Standard | 1,200          | 0.15\n"
            "Deluxe   | 800            | 0.25\n"
            "Premium  | 300            | 0.40\n"
            "What's the required load on the paint line?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"Standard": 1200, "Deluxe": 800, "Premium": 300},
                                           {"Standard": 0.15, "Deluxe": 0.25, "Premium": 0.40}),
        unit="hours",
    ),
    Item(
        question=(
            "bill of resources for the test cell, in MINUTES per unit: family A 12, family B 20, family C 6. "
            "March plan: A 900, B 450, C 2,000. how many hours of test cell capacity does March need?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"A": 900, "B": 450, "C": 2000},
                                           {"A": 12 / 60, "B": 20 / 60, "C": 6 / 60}),
        unit="hours",
        note="minutes converted to hours",
    ),
    Item(
        question=(
            "During resource planning, a company checks its heat-treat furnace. The production plan for the "
            "quarter is 5,000 gears, 2,500 shafts and 1,000 housings. The bill of resources shows furnace hours "
            "per unit of 0.02 for gears, 0.05 for shafts and 0.10 for housings. The furnace can provide 400 hours "
            "per quarter. What is the required furnace load in hours?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"gears": 5000, "shafts": 2500, "housings": 1000},
                                           {"gears": 0.02, "shafts": 0.05, "housings": 0.10}),
        unit="hours",
        note="available capacity is a distractor",
    ),
    # Days of supply (family level)
    Item(
        question="DOS? projected inv 4,500 cases, avg daily demand 300",
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(4_500, 300), unit="days",
    ),
    Item(
        question=(
            "The family's projected inventory at end of June is 5,400 units. June demand is 6,600 units over "
            "22 working days. How many days of supply is that?"
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(5_400, 6_600 / 22), unit="days",
        note="daily demand = monthly / working days",
    ),
    Item(
        question=(
            "we ship 5 days a week and move about 1,500 units a week for this product family. projected "
            "month-end inventory is 2.1k units. days of supply (working days)?"
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(2_100, 1_500 / 5), unit="days",
        note="daily demand from weekly / 5 working days; '2.1k' suffix",
    ),
    Item(
        question=(
            "At the pre-S&OP meeting we need the days of supply for the outdoor family at end of Q3. Average "
            "daily demand is 240 units. The supply team hasn't published the Q3 inventory projection yet."
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=None, unit="days", missing=["inventory"],
        note="projected inventory missing",
    ),
    # ------------------------------------------------------------------ distribution
    # DRP record at a DC
    Item(
        question=(
            "DRP for DC-West, item 4471:\n"
            "wk     1   2   3   4   5   6   7   8\n"
            "fcst  120 130 110 140 150 120 130 140\n"
            "in transit arriving wk2: 300\n"
            "on hand 260, safety stock 80, ship in multiples of 300, transit time 2 wks.\n"
            "projected available at end of wk 7?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: calc.drp_record([120, 130, 110, 140, 150, 120, 130, 140], 260, 2,
                                        [0, 300, 0, 0, 0, 0, 0, 0], 80, 300)["projected_available"][6],
        unit="units",
    ),
    Item(
        question=(
            "Same DC-West record (forecast 120,130,110,140,150,120,130,140 for weeks 1-8; on hand 260; 300 in "
            "transit due week 2; SS 80; shipment quantity 300; 2-week transit). In which week is the FIRST "
            "planned shipment released from the central warehouse?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: next(i + 1 for i, q in enumerate(calc.drp_record(
            [120, 130, 110, 140, 150, 120, 130, 140], 260, 2, [0, 300, 0, 0, 0, 0, 0, 0], 80,
            300)["planned_shipments"]) if q > 0),
        unit="weeks",
        note="answer is a week number",
    ),
    Item(
        question=(
            "A distribution center forecasts demand of 50 units per week for weeks 1 through 6. It has 90 "
            "units on hand, no shipments in transit, no safety stock, and it orders lot-for-lot from the plant "
            "with a transit lead time of 1 week. What is the planned shipment quantity released in week 3?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: calc.drp_record([50] * 6, 90, 1)["planned_shipments"][2], unit="units",
        note="lot-for-lot",
    ),
    Item(
        question=(
            "Central warehouse gross requirements: the DRP records show these planned shipments.\n"
            "DC East: wk1 0, wk2 100, wk3 0, wk4 100\n"
            "DC South: wk1 60, wk2 60, wk3 60, wk4 60\n"
            "DC North: wk1 0, wk2 0, wk3 150, wk4 0\n"
            "What's the gross requirement at the central warehouse in week 3?"
        ),
        domain=DIST, formula=DRP, function="supply_source_requirements",
        compute=lambda: calc.supply_source_requirements({"East": [0, 100, 0, 100], "South": [60, 60, 60, 60],
                                                         "North": [0, 0, 150, 0]})[2],
        unit="units",
        note="DC planned shipments summed into the supply source's gross requirements",
    ),
    # Square-root law
    Item(
        question="square root law: consolidating 9 DCs into 4, total safety stock today 18,000 units. new SS?",
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(18_000, 9, 4), unit="units",
    ),
    Item(
        question=(
            "Each of our 6 regional warehouses carries 500 units of safety stock for SKU 88-210 (demand is "
            "similar and independent across regions). If we close down to 2 warehouses, roughly how much total "
            "safety stock will we need?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(6 * 500, 6, 2), unit="units",
        note="current total = 6 x 500; SKU number is a distractor",
    ),
    Item(
        question=(
            "A company currently serves the country from 2 distribution centers holding a combined 4,000 units "
            "of safety stock. To improve responsiveness it plans to open 6 more, for 8 in total. Using the "
            "square-root law, what total safety stock will the network need?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(4_000, 2, 8), unit="units",
        note="n_new = 2 + 6",
    ),
    Item(
        question=(
            "If we centralize everything into a single national DC, how much safety stock will we need under the "
            "square-root law? Today's network holds 12,500 units of safety stock in total."
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=None, unit="units", missing=["locations_current"],
        note="current number of locations not given",
    ),
    # Fair-share allocation
    Item(
        question=(
            "fair share allocation, 600 units available at the plant.\n"
            "DC   on hand   daily demand\n"
            "1    100       20\n"
            "2    80        10\n"
            "3    120       30\n"
            "how many go to DC 3?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(600, {"1": 100, "2": 80, "3": 120},
                                                   {"1": 20, "2": 10, "3": 30})["allocations"]["3"],
        unit="units",
    ),
    Item(
        question=(
            "The central warehouse has 1,150 units to deploy. Atlanta holds 240 units and sells 40 per day; "
            "Dallas holds 310 and sells 50 per day; Denver holds 100 and sells 30 per day. Under fair-share "
            "allocation, what common days of supply will every DC end up with?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(1_150, {"ATL": 240, "DAL": 310, "DEN": 100},
                                                   {"ATL": 40, "DAL": 50, "DEN": 30})["common_days"],
        unit="days",
    ),
    Item(
        question=(
            "Allocating 500 units across three DCs with fair share:\n"
            "DC A: 400 on hand, 20/day\n"
            "DC B: 50 on hand, 25/day\n"
            "DC C: 100 on hand, 30/day\n"
            "How much should DC C receive? (A DC already above the common days of supply gets nothing.)"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(500, {"A": 400, "B": 50, "C": 100},
                                                   {"A": 20, "B": 25, "C": 30})["allocations"]["C"],
        unit="units",
        note="DC A is overstocked and drops out; days recomputed for B and C",
    ),
    Item(
        question=(
            "Plant has 2,000 units to push out using fair-share allocation. DC North: 300 on hand, 45/day. "
            "DC South: 150 on hand, 60/day. DC Central: 500 on hand, demand figure not yet updated in the "
            "system. How much goes to DC South?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=None, unit="units", missing=["daily_demand"],
        note="one DC's daily demand missing",
    ),
    # Pipeline (in-transit) inventory
    Item(
        question="pipeline inventory? annual demand 73,000 units, 8 days in transit",
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(73_000, 8), unit="units",
    ),
    Item(
        question=(
            "We import 146,000 units a year by ocean; door-to-door transit is 25 days and each unit costs us "
            "$40. What is the average value of inventory in the pipeline?"
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(146_000, 25, unit_cost=40), unit="money",
    ),
    Item(
        question=(
            "A supplier ships 54,750 units per year to our DC by rail. Rail transit takes 2 weeks (calendar "
            "days). On average, how many units are in transit at any time? Use a 365-day year."
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(54_750, 2 * 7), unit="units",
        note="transit weeks converted to days",
    ),
    Item(
        question=(
            "How much in-transit inventory should we expect on the new Mexico lane? Annual volume 20k units, "
            "unit cost $15. Carrier quotes for transit time come in next week."
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=None, unit="units", missing=["transit_days"],
        note="transit time missing",
    ),
    # Landed cost per unit
    Item(
        question=(
            "landed cost per unit: purchase 20,000, freight 2,000, insurance 200, duties 1,000, handling + "
            "brokerage 800, 1,000 units in the shipment"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(20_000, 2_000, 200, 1_000, 800, 1_000), unit="money",
    ),
    Item(
        question=(
            "We're bringing in 5,000 units at $12.50 each. Ocean freight for the container is $3,400, cargo "
            "insurance $150, import duty is 4% of the purchase value, and customs brokerage plus port handling "
            "come to $650. What is the landed cost per unit?"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(5_000 * 12.50, 3_400, 150, 0.04 * 5_000 * 12.50, 650, 5_000),
        unit="money",
        note="purchase total and duty derived from unit price",
    ),
    Item(
        question=(
            "Shipment of 2,400 units from our vendor in Vietnam (PO #55812): goods $36k, freight $4.2k, "
            "insurance $0.3k, duties & taxes $2.7k, handling/brokerage $0.6k. Ignore the 2% early-payment "
            "discount. Landed cost per unit?"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(36_000, 4_200, 300, 2_700, 600, 2_400), unit="money",
        note="'k' suffixes; discount and PO number are distractors",
    ),
    Item(
        question=(
            "Container from Shenzhen: goods $48,000, freight $5,200, insurance $240, duties $2,880, brokerage "
            "$400. What's the landed cost per unit? (packing list not received yet)"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=None, unit="money", missing=["units"],
        note="number of units missing",
    ),
    # Transport and space utilization
    Item(
        question="cube utilization %: 58 m3 used of a 76 m3 trailer",
        domain=DIST, formula=UTIL, function="cube_utilization",
        compute=lambda: calc.cube_utilization(58, 76) * 100, unit="percent",
    ),
    Item(
        question=(
            "The trailer's rated load capacity is 44,000 lb and we loaded 36,300 lb of product (the load took "
            "up 2,900 of the 3,800 cubic feet). What is the WEIGHT utilization in percent?"
        ),
        domain=DIST, formula=UTIL, function="weight_utilization",
        compute=lambda: calc.weight_utilization(36_300, 44_000) * 100, unit="percent",
        note="cube figures are a distractor",
    ),
    Item(
        question=(
            "We loaded 26 pallets, each 1.2 m x 1.0 m x 1.5 m high, into a trailer whose inside dimensions "
            "are 13.6 m long x 2.45 m wide x 2.7 m high. What percentage of the trailer's cube is used?"
        ),
        domain=DIST, formula=UTIL, function="cube_utilization",
        compute=lambda: calc.cube_utilization(26 * 1.2 * 1.0 * 1.5, 13.6 * 2.45 * 2.7) * 100, unit="percent",
        note="volumes derived from dimensions",
    ),
    Item(
        question=(
            "freight cost per unit shipped? truckload rate $2.40/mile, 750 miles, plus $150 fuel surcharge, "
            "load was 1,200 units"
        ),
        domain=DIST, formula=UTIL, function="freight_cost_per_unit",
        compute=lambda: calc.freight_cost_per_unit(2.40 * 750 + 150, 1_200), unit="money",
        note="total freight derived from rate x miles + surcharge",
    ),
    Item(
        question=(
            "Last month we paid carriers $18,600 in total to ship 12,400 cartons. What was the freight cost "
            "per carton?"
        ),
        domain=DIST, formula=UTIL, function="freight_cost_per_unit",
        compute=lambda: calc.freight_cost_per_unit(18_600, 12_400), unit="money",
    ),
    # Order cycle time
    Item(
        question="avg order cycle time? orders placed on day 1, 3, 4, 8; delivered day 6, 7, 10, 12",
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([1, 3, 4, 8], [6, 7, 10, 12]), unit="days",
    ),
    Item(
        question=(
            "Order  | Ordered | Shipped | Delivered\n"
            "SO-101 | Mar 2   | Mar 4   | Mar 9\n"
            "SO-102 | Mar 5   | Mar 6   | Mar 10\n"
            "SO-103 | Mar 11  | Mar 15  | Mar 20\n"
            "SO-104 | Mar 28  | Mar 31  | Apr 3\n"
            "What's the average order cycle time (order to delivery) in days?"
        ),
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([2, 5, 11, 28], [9, 10, 20, 31 + 3]), unit="days",
        note="dates converted to day numbers (March has 31 days); ship dates are distractors",
    ),
    Item(
        question=(
            "A customer placed five orders. The times from order entry to delivery were 4, 6, 5, 9 and 6 "
            "days, respectively. What is the average order cycle time?"
        ),
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([0, 0, 0, 0, 0], [4, 6, 5, 9, 6]), unit="days",
        note="gaps given directly (order day 0)",
    ),
]
