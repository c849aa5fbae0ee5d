"""Blind calculation questions, practice set 4: supply-chains-strategy, sop and distribution.

Written from the outline, item.py and the tutor.calc docstrings only. Mixed personas: terse chat,
non-native writers, ERP/spreadsheet pastes, exam stems with exhibits, forwarded manager emails,
Slack shorthand, and inputs given out of order or in units that need converting.
"""

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
WF = "Workforce needed"
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
    # ------------------------------------------------------------------ Total cost
    Item(
        question="tc? FC 42k/mo, VC $7.50 per unit, volume 9,600 units this month",
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(42_000, 7.50, 9_600), unit="money",
    ),
    Item(
        question=(
            "Hello all, I am prepare CPIM part 1 exam on 14 March. In my company the line have fixed cost "
            "180 000 EUR per year and every piece cost us 3,20 EUR variable (material + energy). Plan for "
            "next year is 65 000 pieces. Selling price is 5,50 EUR but I need only the total cost for the "
            "year, not profit. How much it is?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(180_000, 3.20, 65_000), unit="money",
        note="European decimal comma and space thousands separator; selling price is a distractor",
    ),
    Item(
        question=(
            "A plant runs 2 shifts of 8 hours, 22 days a month, and produces 40 units per hour. Fixed costs "
            "are $95,000 per month and variable cost is $14 per unit. What is the total monthly cost at "
            "that output?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=lambda: calc.total_cost(95_000, 14, 40 * 8 * 2 * 22), unit="money",
        note="volume derived: 40/h x 8 h x 2 shifts x 22 days = 14,080",
    ),
    Item(
        question=(
            "Our monthly fixed overhead for the packaging cell is $60,000 and we plan to build 5,000 units "
            "in October. What's the total cost for October?"
        ),
        domain=SCS, formula=TC, function="total_cost",
        compute=None, unit="money", missing=["variable_cost"],
    ),
    # ------------------------------------------------------------------ Break-even
    Item(
        question="break even units: fixed 250k, price 45, var cost 30",
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(250_000, 45, 30), unit="units",
    ),
    Item(
        question=(
            "Fwd: new product line numbers\n\n"
            "Team - see below from finance. Fixed costs for the line come to $1.2M annually (tooling + "
            "lease). Material is $18/unit, direct labor $6/unit. We'd price at $40. Marketing thinks we "
            "can sell 90,000 units in year one. Can someone tell me how many units we need to sell just "
            "to break even? Need it before Thursday's 2pm review.\n-- Dana"
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(1_200_000, 40, 18 + 6), unit="units",
        note="variable cost = material + labor = 24; forecast of 90,000 is a distractor",
    ),
    Item(
        question=(
            "Homework 3, Q2: A product sells for $50 and earns a contribution margin of $12.50 per unit. "
            "Annual fixed costs are $300,000. Find the break-even quantity."
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=lambda: calc.break_even_volume(300_000, 50, 50 - 12.50), unit="units",
        note="variable cost derived from contribution margin: 50 - 12.50 = 37.50",
    ),
    Item(
        question=(
            "price is $80 and variable cost $52 per unit. how many units to break even? sales target is "
            "10 000 units btw"
        ),
        domain=SCS, formula=BE, function="break_even_volume",
        compute=None, unit="units", missing=["fixed_cost"],
    ),
    # ------------------------------------------------------------------ ROA
    Item(
        question="ROA? NI 2.4m, total assets 30m (answer in %)",
        domain=SCS, formula=ROA, function="return_on_assets",
        compute=lambda: calc.return_on_assets(2_400_000, 30_000_000) * 100, unit="percent",
    ),
    Item(
        question=(
            "Using the DuPont model: a distributor reports net income of $450,000 on sales of $6,000,000, "
            "and total assets of $3,750,000. What is its return on assets, as a percentage?"
        ),
        domain=SCS, formula=ROA, function="dupont_roa",
        compute=lambda: calc.dupont_roa(450_000, 6_000_000, 3_750_000)["roa"] * 100, unit="percent",
    ),
    Item(
        question=(
            "Company X: sales $20M, net income $1.5M, total assets $12M (of which inventory is $4M). If "
            "inventory is cut by $1M and the inventory carrying cost rate is 25%/yr, with the carrying-cost "
            "savings going straight to net income (ignore taxes) and assets dropping by the inventory "
            "reduction, what is the new ROA in %?"
        ),
        domain=SCS, formula=ROA, function="return_on_assets",
        compute=lambda: calc.return_on_assets(1_500_000 + 0.25 * 1_000_000, 12_000_000 - 1_000_000) * 100,
        unit="percent", note="derived: NI 1.75M, assets 11M",
    ),
    Item(
        question=(
            "slack #cpim-study: for the dupont breakdown, what's the asset turnover (times/yr) if sales = "
            "8.4m, net income = 0.42m, total assets = 3.5m?"
        ),
        domain=SCS, formula=ROA, function="dupont_roa",
        compute=lambda: calc.dupont_roa(420_000, 8_400_000, 3_500_000)["asset_turnover"], unit="ratio",
        note="asks the asset-turnover factor of the DuPont ROA",
    ),
    # ------------------------------------------------------------------ DIO
    Item(
        question="DIO? avg inv $3.2m, COGS $24m",
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding(3_200_000, 24_000_000), unit="days",
    ),
    Item(
        question=(
            "FY2023 extract (USD)\n"
            "Revenue ............ 52,000,000\n"
            "COGS ............... 36,500,000\n"
            "Inventory, Jan 1 ...  5,400,000\n"
            "Inventory, Dec 31 ..  4,600,000\n"
            "What is days of inventory outstanding? 365-day year, average the two inventory balances."
        ),
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding((5_400_000 + 4_600_000) / 2, 36_500_000), unit="days",
        note="average inventory from opening and closing balances; revenue is a distractor",
    ),
    Item(
        question=(
            "Our cost of goods sold runs about $1.5m per month, and inventory on the books averages $2.1m. "
            "How many days of inventory do we carry? Our instructor says use a 360-day year."
        ),
        domain=SCS, formula=DIO, function="days_inventory_outstanding",
        compute=lambda: calc.days_inventory_outstanding(2_100_000, 1_500_000 * 12, days_in_year=360),
        unit="days", note="annual COGS from monthly; 360-day year",
    ),
    # ------------------------------------------------------------------ DSO
    Item(
        question="dso - AR 850k, annual revenue 10.2m",
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(850_000, 10_200_000), unit="days",
    ),
    Item(
        question=(
            "Revenue is steady at $4.5 million per quarter and average accounts receivable is $1.6 million. "
            "What is the days sales outstanding (365-day year)?"
        ),
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding(1_600_000, 4_500_000 * 4), unit="days",
        note="annual revenue = 4 x quarterly",
    ),
    Item(
        question=(
            "Good morning, in our company the receivables (clientes) at start of year was 700.000 and at "
            "end of year 900.000. Sales of the year 9.125.000. Please how to calculate the days of sales "
            "outstanding? We use 365 days."
        ),
        domain=SCS, formula=DSO, function="days_sales_outstanding",
        compute=lambda: calc.days_sales_outstanding((700_000 + 900_000) / 2, 9_125_000), unit="days",
        note="dots as thousands separators; average of opening and closing receivables",
    ),
    # ------------------------------------------------------------------ DPO
    Item(
        question="DPO: avg AP 1.1m, cogs 16m",
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding(1_100_000, 16_000_000), unit="days",
    ),
    Item(
        question=(
            "From the exhibit: Revenue $30.0M | COGS $21.9M | Avg. accounts receivable $3.0M | Avg. accounts "
            "payable $2.4M | Avg. inventory $4.5M. Calculate days payables outstanding."
        ),
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=lambda: calc.days_payables_outstanding(2_400_000, 21_900_000), unit="days",
        note="pipe-separated exhibit with AR, revenue and inventory as distractors",
    ),
    Item(
        question=(
            "Our average accounts payable is $900K and revenue last year was $14M. What's our DPO? (CFO "
            "wants it for the board deck on the 9th.)"
        ),
        domain=SCS, formula=DPO, function="days_payables_outstanding",
        compute=None, unit="days", missing=["cost_of_goods_sold"],
        note="DPO is on COGS, which is not given",
    ),
    # ------------------------------------------------------------------ Cash-to-cash
    Item(
        question="c2c cycle: DIO 62, DSO 41, DPO 38",
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(62, 41, 38), unit="days",
    ),
    Item(
        question=(
            "Given: average inventory $4.0M, cost of goods sold $29.2M, average receivables $3.0M, revenue "
            "$36.5M, average payables $2.4M. Compute the cash-to-cash cycle time in days (365-day year)."
        ),
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(
            calc.days_inventory_outstanding(4_000_000, 29_200_000),
            calc.days_sales_outstanding(3_000_000, 36_500_000),
            calc.days_payables_outstanding(2_400_000, 29_200_000)),
        unit="days", note="DIO, DSO and DPO must be computed first (50 + 30 - 30)",
    ),
    Item(
        question=(
            "we're an online retailer - customers pay by card so receivables are ~3 days, we pay suppliers "
            "at 45 days, and inventory sits 12 days on average. what's our cash to cash? can it go negative?"
        ),
        domain=SCS, formula=C2C, function="cash_to_cash_cycle",
        compute=lambda: calc.cash_to_cash_cycle(12, 3, 45), unit="days",
        note="inputs given in order DSO, DPO, DIO; negative result",
    ),
    # ------------------------------------------------------------------ Perfect order
    Item(
        question="SCOR perfect order %: complete 97%, on time 94%, damage free 99.5%, docs correct 98%",
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.97, 0.94, 0.995, 0.98) * 100, unit="percent",
    ),
    Item(
        question=(
            "Last month we shipped 2,000 orders. 1,940 were complete, 1,880 arrived on time, 1,990 arrived "
            "undamaged and 1,960 had correct paperwork. Using the multiplicative (SCOR) method, what is the "
            "perfect order rate in percent?"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(1940 / 2000, 1880 / 2000, 1990 / 2000, 1960 / 2000) * 100,
        unit="percent", note="fractions derived from order counts",
    ),
    Item(
        question=(
            "Q3 customer service review: 2% of orders were shipped incomplete, 6% were late, 0.5% had "
            "damage, and 1.5% had invoice/documentation errors. Assume the failures are independent. What "
            "fraction of orders were perfect? (give as a decimal)"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=lambda: calc.perfect_order_fulfillment(0.98, 0.94, 0.995, 0.985), unit="fraction",
        note="failure rates given; complement each",
    ),
    Item(
        question=(
            "perfect order fulfillment? on-time 95%, complete 98%, documentation accuracy 99%. what's the "
            "POF with the SCOR multiplication?"
        ),
        domain=SCS, formula=POF, function="perfect_order_fulfillment",
        compute=None, unit="percent", missing=["damage_free"],
    ),
    # ------------------------------------------------------------------ Weighted factor
    Item(
        question=(
            "Location study exhibit:\n"
            "Factor            | Weight | Site A | Site B\n"
            "Labor availability|  0.30  |   7    |   9\n"
            "Transport access  |  0.25  |   8    |   6\n"
            "Land cost         |  0.20  |   6    |   8\n"
            "Tax incentives    |  0.15  |   9    |   5\n"
            "Quality of life   |  0.10  |   5    |   7\n"
            "What is the weighted score of Site B?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.30, 0.25, 0.20, 0.15, 0.10], [9, 6, 8, 5, 7]), unit="number",
    ),
    Item(
        question=(
            "supplier scorecard - weights: quality 40%, delivery 30%, price 20%, service 10%. Supplier "
            "Kessler got (out of 5): quality 4, delivery 3.5, price 5, service 3. weighted score?"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.40, 0.30, 0.20, 0.10], [4, 3.5, 5, 3]), unit="number",
        note="weights as percents",
    ),
    Item(
        question=(
            "pasted from excel, need the weighted total for option 'nearshore':\n"
            "factor,weight,offshore,nearshore\n"
            "unit cost,0.35,90,70\n"
            "lead time,0.25,40,80\n"
            "flexibility,0.20,50,85\n"
            "risk,0.20,55,75"
        ),
        domain=SCS, formula=WFR, function="weighted_score",
        compute=lambda: calc.weighted_score([0.35, 0.25, 0.20, 0.20], [70, 80, 85, 75]), unit="number",
    ),
    # ------------------------------------------------------------------ Capital screens
    Item(
        question="payback? machine $180,000, net savings $45,000/yr",
        domain=SCS, formula=CAP, function="payback_period",
        compute=lambda: calc.payback_period(180_000, 45_000), unit="number", note="answer in years",
    ),
    Item(
        question=(
            "A new automated storage module costs $126,000 installed. It will save about $3,500 per month "
            "in labor, net of maintenance. Its expected life is 8 years. What is the simple payback period "
            "in years?"
        ),
        domain=SCS, formula=CAP, function="payback_period",
        compute=lambda: calc.payback_period(126_000, 3_500 * 12), unit="number",
        note="annual inflow from monthly savings; answer in years; life is a distractor",
    ),
    Item(
        question=(
            "NPV question: we invest $250k today. Net cash inflows at the end of years 1-4: 80k, 90k, 100k, "
            "70k. Discount rate 9%. What's the NPV?"
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=lambda: calc.net_present_value(0.09, [80_000, 90_000, 100_000, 70_000], 250_000), unit="money",
    ),
    Item(
        question=(
            "A conveyor upgrade costs $100,000 and returns $30,000 a year for 5 years (end of each year). "
            "The company's hurdle rate is 12%. Compute the net present value."
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=lambda: calc.net_present_value(0.12, [30_000] * 5, 100_000), unit="money",
    ),
    Item(
        question=(
            "Manager asked me for the NPV of a $75,000 labeling machine that brings $25,000 net each year for "
            "4 years. Finance has a standard discount rate but I don't have it. What's the NPV?"
        ),
        domain=SCS, formula=CAP, function="net_present_value",
        compute=None, unit="money", missing=["rate"],
    ),
    # ------------------------------------------------------------------ MTS level rate
    Item(
        question="level rate MTS: fcst 500 520 480 600 550 550, BI 300, target EI 200",
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([500, 520, 480, 600, 550, 550], 300, 200), unit="units",
    ),
    Item(
        question=(
            "Product family 'Outdoor Grills' forecast:\n"
            "Jan: 1,200 / Feb: 1,350 / Mar: 1,100 / Apr: 1,450\n"
            "Opening stock 800 units. We want to finish April with 500 units. Make-to-stock. What constant "
            "monthly production rate?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([1200, 1350, 1100, 1450], 800, 500), unit="units",
    ),
    Item(
        question=(
            "Q3 forecast by month: 2400, 2600, 2200 cases. Current inventory is 1,000 cases. Policy is to "
            "end the quarter with inventory equal to half of one month's average forecast. If we build to "
            "stock at a level rate, how many cases per month?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=lambda: calc.level_rate_mts([2400, 2600, 2200], 1000, (2400 + 2600 + 2200) / 3 / 2),
        unit="units", note="target ending inventory derived: 0.5 x 2,400 = 1,200",
    ),
    Item(
        question=(
            "We sell from stock. Forecast is 300 per month for the next 6 months and we have 250 on hand. "
            "Management wants to bring inventory to a new target at the end of the horizon (the number is "
            "in another memo I don't have). What's the level production rate?"
        ),
        domain=SOP, formula=MTS, function="level_rate_mts",
        compute=None, unit="units", missing=["target_ending_inventory"],
    ),
    # ------------------------------------------------------------------ MTO level rate
    Item(
        question="MTO level prod: backlog now 400, want 250 at end, orders fcst 300,320,310,330,340,300 per wk",
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([300, 320, 310, 330, 340, 300], 400, 250), unit="units",
    ),
    Item(
        question=(
            "A make-to-order firm has a current order backlog of 1,800 units. The forecast of incoming "
            "orders is 2,000 units in each of the next 4 months. To shorten customer lead time, management "
            "wants the backlog reduced to 1,000 units by the end of month 4. What level monthly production "
            "rate achieves this?"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([2000] * 4, 1800, 1000), unit="units",
    ),
    Item(
        question=(
            "custom cabinets, all made to order. new orders expected 150/week for the next 8 weeks. the "
            "backlog today equals 3 weeks of demand and we want to get it down to 2 weeks of demand by the "
            "end of week 8. level weekly production?"
        ),
        domain=SOP, formula=MTO, function="level_rate_mto",
        compute=lambda: calc.level_rate_mto([150] * 8, 3 * 150, 2 * 150), unit="units",
        note="backlogs derived from weeks of demand: 450 and 300",
    ),
    # ------------------------------------------------------------------ Projected inventory
    Item(
        question=(
            "period     | 1   | 2   | 3   | 4\n"
            "forecast   | 220 | 260 | 300 | 240\n"
            "production | 250 | 250 | 250 | 250\n"
            "beginning inventory 200. projected ending inventory in period 4?"
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(200, [250] * 4, [220, 260, 300, 240])[3], unit="units",
    ),
    Item(
        question=(
            "MTS family plan, starting inv 1,000.\n"
            "wk1 demand 900 prod 1000\nwk2 demand 1150 prod 1000\nwk3 demand 1300 prod 1000\n"
            "wk4 demand 800 prod 1000\nWhat is the projected inventory at the end of week 3?"
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(1000, [1000] * 4, [900, 1150, 1300, 800])[2], unit="units",
    ),
    Item(
        question=(
            "Hi, in S&OP meeting we have this for family B: begin inventory 150 units. Production per month "
            "is 400 (Jan to Jun, same every month). Sales forecast Jan 380, Feb 420, Mar 450, Apr 500, May "
            "470, Jun 360. What is projected inventory end of May? If negative it means backorder, ok."
        ),
        domain=SOP, formula=PINV, function="projected_inventory",
        compute=lambda: calc.projected_inventory(150, [400] * 6, [380, 420, 450, 500, 470, 360])[4], unit="units",
        note="result is negative (a shortage)",
    ),
    # ------------------------------------------------------------------ Projected backlog
    Item(
        question=(
            "MTO family, open backlog at start = 500.\n"
            "month:        1    2    3    4\n"
            "new orders: 420  450  480  400\n"
            "production: 460  460  460  460\n"
            "backlog at the end of month 3?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(500, [420, 450, 480, 400], [460] * 4)[2], unit="units",
    ),
    Item(
        question=(
            "period,orders_booked,planned_output\n1,95,110\n2,120,110\n3,105,110\n4,130,110\n5,90,110\n"
            "starting backlog 80 - what's the ending backlog after period 5?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(80, [95, 120, 105, 130, 90], [110] * 5)[4], unit="units",
    ),
    Item(
        question=(
            "An engineer-to-order shop starts the quarter with 36 weeks... sorry, 36 JOBS in backlog. It "
            "expects to book 14 new jobs per week for weeks 1-4 and will complete 16 jobs per week in weeks "
            "1-2 and 18 per week in weeks 3-4. What is the projected backlog at the end of week 4?"
        ),
        domain=SOP, formula=PBL, function="projected_backlog",
        compute=lambda: calc.projected_backlog(36, [14] * 4, [16, 16, 18, 18])[3], unit="count",
    ),
    # ------------------------------------------------------------------ Chase plan
    Item(
        question=(
            "chase strategy: demand Jan-Apr 80, 120, 100, 140. we start with 60 in stock and want to keep "
            "40 units at the end of every month. what do we produce in Jan?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: calc.chase_production([80, 120, 100, 140], 60, 40)[0], unit="units",
    ),
    Item(
        question=(
            "Pure chase plan, no inventory held at any time. Demand weeks 1-4: 40, 40, 50, 50. What is the "
            "production in week 3?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: calc.chase_production([40, 40, 50, 50])[2], unit="units",
    ),
    Item(
        question=(
            "From: Plant Manager\nSubject: chase plan Q1\n\nWe have 500 units on hand today and want to "
            "carry a steady 200 units as buffer from January onward. Demand: Jan 1,000, Feb 1,200, Mar "
            "900. If we chase demand, what's the TOTAL production for the three months?"
        ),
        domain=SOP, formula=CHASE, function="chase_production",
        compute=lambda: sum(calc.chase_production([1000, 1200, 900], 500, 200)), unit="units",
        note="sum of the chase plan over three months",
    ),
    # ------------------------------------------------------------------ Workforce
    Item(
        question=(
            "workers needed: 2,400 units this month, 1.25 std hr/unit, each worker works 8 hrs x 20 days. "
            "give unrounded figure"
        ),
        domain=SOP, formula=WF, function="workforce_required",
        compute=lambda: calc.workforce_required(2400, 1.25, 8 * 20), unit="number",
        note="hours per worker derived: 160",
    ),
    Item(
        question=(
            "Each unit needs 36 minutes of standard labour. The plan for May is 5,000 units. Workers are paid "
            "170 hours a month but only 85% of that is productive. How many workers (exact, not rounded)?"
        ),
        domain=SOP, formula=WF, function="workforce_required",
        compute=lambda: calc.workforce_required(5000, 36 / 60, 170 * 0.85), unit="number",
        note="minutes to hours; productive hours = 170 x 0.85",
    ),
    Item(
        question=(
            "Assembly works one 8-hour shift with a 30-minute unpaid lunch, 5 days a week, 4 weeks in the "
            "period. The production plan is 3,000 units at 0.9 standard hours each. How many full-time "
            "workers must be staffed (whole people)?"
        ),
        domain=SOP, formula=WF, function="workforce_required",
        compute=lambda: math.ceil(calc.workforce_required(3000, 0.9, 7.5 * 5 * 4) - 1e-9), unit="count",
        note="productive hours 7.5 x 20 = 150; rounded up to whole workers (exactly 18)",
    ),
    Item(
        question=(
            "production plan is 12,000 units in Q2, each worker gives 480 productive hours in the quarter. "
            "how many workers do we need??"
        ),
        domain=SOP, formula=WF, function="workforce_required",
        compute=None, unit="number", missing=["standard_hours_per_unit"],
    ),
    # ------------------------------------------------------------------ Plan cost
    Item(
        question=(
            "Level plan cost. Demand for 3 months: 400, 500, 600. Production: 500 each month. Beginning "
            "inventory 0, beginning workforce 10 workers, each worker makes 50 units/month. Wage $3,000 "
            "per worker per month, hire $1,000 per worker, layoff $1,500 per worker, carrying $4 per unit "
            "per month on ending inventory, backorder $10 per unit per month. Total plan cost?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([400, 500, 600], [500] * 3, 0, 10, 50, 3000, 1000, 1500, 4, 10)["total"],
        unit="money",
    ),
    Item(
        question=(
            "same data as the level plan (demand 400/500/600, start with 10 workers and zero inventory, 50 "
            "units per worker per month, wage 3000/worker/month, hiring 1000 each, layoff 1500 each, "
            "carrying $4/unit/mo, backorder $10/unit/mo) but now CHASE: production = demand each month. "
            "total cost of the chase plan?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([400, 500, 600], [400, 500, 600], 0, 10, 50, 3000, 1000, 1500, 4,
                                       10)["total"],
        unit="money", note="workforce 8, 10, 12: one layoff of 2, then hires",
    ),
    Item(
        question=(
            "Hybrid plan exhibit (quarters):\n"
            "Qtr      Q1    Q2    Q3    Q4\n"
            "Demand  900  1300  1500   800\n"
            "Prod   1100  1100  1300  1000\n"
            "Start: 100 units in stock, 11 workers. One worker produces 100 units per quarter. Labor "
            "$9,000 per worker-quarter. Hiring $2,000/worker, firing $3,000/worker. Holding $5 per unit "
            "on ending inventory each quarter; backorders $12 per unit per quarter. What is the total cost "
            "of this plan?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=lambda: calc.plan_cost([900, 1300, 1500, 800], [1100, 1100, 1300, 1000], 100, 11, 100, 9000,
                                       2000, 3000, 5, 12)["total"],
        unit="money",
    ),
    Item(
        question=(
            "Compare plans: demand 200, 300, 400 per month, level production 250 per month, no opening "
            "inventory, 5 workers at 50 units each per month. Wage $2,500/worker/month, hiring $800, "
            "layoff $1,200, carrying $3/unit/month. Some months end in backorder. What's total cost of the "
            "level plan?"
        ),
        domain=SOP, formula=PCOST, function="plan_cost",
        compute=None, unit="money", missing=["backorder_cost_per_unit"],
        note="ending inventory goes negative in month 3, so backorder cost is needed",
    ),
    # ------------------------------------------------------------------ Resource load
    Item(
        question=(
            "bill of resources, final assembly hrs per unit: family A 0.5, B 0.8, C 1.2. March plan: A "
            "1,000, B 600, C 250. load on final assembly?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"A": 1000, "B": 600, "C": 250}, {"A": 0.5, "B": 0.8, "C": 1.2}),
        unit="hours",
    ),
    Item(
        question=(
            "Paint line, minutes per unit from our bill of resources: chairs 6 min, tables 15 min, desks 20 "
            "min. Next month's S&OP volumes: 4,000 chairs, 1,200 tables, 500 desks. How many HOURS of "
            "paint line capacity are required?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"chairs": 4000, "tables": 1200, "desks": 500},
                                           {"chairs": 6 / 60, "tables": 15 / 60, "desks": 20 / 60}),
        unit="hours", note="minutes converted to hours",
    ),
    Item(
        question=(
            "ERP > Resource Planning > BOR view\n"
            "FAMILY   PLAN_QTY   MOLDING_HRS/U   PACK_HRS/U\n"
            "FAM-10     2,500        0.12           0.04\n"
            "FAM-20     1,800        0.20           0.05\n"
            "FAM-30       900        0.35           0.06\n"
            "How many hours does the plan put on MOLDING?"
        ),
        domain=SOP, formula=RLOAD, function="resource_load",
        compute=lambda: calc.resource_load({"FAM-10": 2500, "FAM-20": 1800, "FAM-30": 900},
                                           {"FAM-10": 0.12, "FAM-20": 0.20, "FAM-30": 0.35}),
        unit="hours", note="two resources shown; only molding asked",
    ),
    # ------------------------------------------------------------------ Days of supply
    Item(
        question="DOS? inv 1,200, avg daily demand 80",
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(1200, 80), unit="days",
    ),
    Item(
        question=(
            "Family 'Beverages 1L' projected inventory at month end: 6,000 cases. Demand is 45,000 cases per "
            "month and the month has 22 shipping days. Days of supply?"
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(6000, 45_000 / 22), unit="days",
        note="daily demand = monthly / 22 shipping days",
    ),
    Item(
        question=(
            "we ship 7 days a week. family projected inventory 3,500 units, weekly demand 1,400 units. how "
            "many days of supply is that?"
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=lambda: calc.days_of_supply(3500, 1400 / 7), unit="days",
    ),
    Item(
        question=(
            "Projected inventory for the family at the end of June is 2,400 units (it was 3,100 in May). "
            "How many days of supply does that represent?"
        ),
        domain=SOP, formula=DOS, function="days_of_supply",
        compute=None, unit="days", missing=["average_daily_demand"],
    ),
    # ------------------------------------------------------------------ DRP
    Item(
        question=(
            "DRP at DC Atlanta. Forecast wks 1-6: 60, 60, 70, 70, 80, 80. On hand 150. In transit: 100 "
            "arriving week 2. Safety stock 30. Shipping quantity 120 (fixed), transit time 2 weeks. What is "
            "the projected available balance at the end of week 6?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: calc.drp_record([60, 60, 70, 70, 80, 80], 150, 2, in_transit=[0, 100, 0, 0, 0, 0],
                                        safety_stock=30, lot_size=120)["projected_available"][5],
        unit="units",
    ),
    Item(
        question=(
            "DC Denver, lot for lot, transit lead time 1 week, on hand 80, no safety stock, nothing in "
            "transit. Forecast wk1 30, wk2 40, wk3 50, wk4 50, wk5 40. What is the planned shipment from "
            "the central warehouse in week 3?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: calc.drp_record([30, 40, 50, 50, 40], 80, 1)["planned_shipments"][2], unit="units",
        note="planned shipment = planned receipt offset one week",
    ),
    Item(
        question=(
            "DRP screen dump - DC-07 / SKU 44-1820\n"
            "OH 420  SS 50  LT(transit) 2  SHIP QTY 250\n"
            "WK       1    2    3    4    5    6    7    8\n"
            "FCST   120  150  150  130  160  140  150  170\n"
            "INTRN    0    0  200    0    0    0    0    0\n"
            "How many units in total are planned to be shipped to this DC (planned shipment releases) "
            "within weeks 1-8?"
        ),
        domain=DIST, formula=DRP, function="drp_record",
        compute=lambda: sum(calc.drp_record([120, 150, 150, 130, 160, 140, 150, 170], 420, 2,
                                            in_transit=[0, 0, 200, 0, 0, 0, 0, 0], safety_stock=50,
                                            lot_size=250)["planned_shipments"]),
        unit="units", note="sum of planned shipment releases within the horizon (receipt in wk 8 releases wk 6)",
    ),
    Item(
        question=(
            "Two DCs feed from the plant warehouse. Planned shipments:\n"
            "East: wk1 0, wk2 80, wk3 0, wk4 80\n"
            "West: wk1 60, wk2 0, wk3 60, wk4 0\n"
            "Central: wk1 25, wk2 25, wk3 30, wk4 30\n"
            "What is the gross requirement at the plant warehouse in week 2?"
        ),
        domain=DIST, formula=DRP, function="supply_source_requirements",
        compute=lambda: calc.supply_source_requirements(
            {"East": [0, 80, 0, 80], "West": [60, 0, 60, 0], "Central": [25, 25, 30, 30]})[1],
        unit="units", note="DC planned shipments summed by period become the supplier's gross requirements",
    ),
    # ------------------------------------------------------------------ Square-root law
    Item(
        question=(
            "We have 6 DCs holding 12,000 units of safety stock in total. Plan is to consolidate into 2 "
            "DCs. Using the square root law, how much total safety stock after?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(12_000, 6, 2), unit="units",
    ),
    Item(
        question=(
            "sqrt law: today 1 central whse w/ 5k units SS. moving to 4 regional DCs. system SS needed?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(5000, 1, 4), unit="units",
    ),
    Item(
        question=(
            "Each of our 9 warehouses keeps about 800 units of safety stock on this SKU family; demand is "
            "similar and independent across them. If we close down to 4 warehouses, what would total safety "
            "stock be?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=lambda: calc.square_root_law(9 * 800, 9, 4), unit="units",
        note="current total SS = 9 x 800 = 7,200",
    ),
    Item(
        question=(
            "Currently there's 2,500 units of safety stock across the network. If we go to 3 DCs, how much "
            "safety stock will we need under the square-root law?"
        ),
        domain=DIST, formula=SQRT, function="square_root_law",
        compute=None, unit="units", missing=["locations_current"],
    ),
    # ------------------------------------------------------------------ Fair share
    Item(
        question=(
            "Fair share allocation: 1,000 units available at the central warehouse.\n"
            "DC      On hand   Daily demand\n"
            "North     200         40\n"
            "South     150         25\n"
            "West       50         35\n"
            "How many units should go to West?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(1000, {"North": 200, "South": 150, "West": 50},
                                                   {"North": 40, "South": 25, "West": 35})["allocations"]["West"],
        unit="units",
    ),
    Item(
        question=(
            "We got only 600 units from the plant to split across 3 DCs so they all end with equal days of "
            "supply. DC1 has 100 on hand and sells 20/day, DC2 has 80 and sells 10/day, DC3 has 120 and "
            "sells 30/day. What is the common days of supply after allocation?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(600, {"1": 100, "2": 80, "3": 120},
                                                   {"1": 20, "2": 10, "3": 30})["common_days"],
        unit="days",
    ),
    Item(
        question=(
            "allocation q - 300 units to allocate (fair share). DC A: OH 900, demand 30/day. DC B: OH 100, "
            "demand 50/day. DC C: OH 50, demand 20/day. A is obviously overstocked so it shouldn't get "
            "anything. how much goes to B?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(300, {"A": 900, "B": 100, "C": 50},
                                                   {"A": 30, "B": 50, "C": 20})["allocations"]["B"],
        unit="units", note="DC A exceeds common days and is dropped; recompute for B and C",
    ),
    Item(
        question=(
            "Bonjour, I have 2 400 pieces to share between our DCs Lyon, Lille and Nantes with fair share "
            "method. Stock now: Lyon 1 000, Lille 400, Nantes 600. Demand per WEEK: Lyon 700, Lille 350, "
            "Nantes 350. How many pieces for Lille?"
        ),
        domain=DIST, formula=FAIR, function="fair_share_allocation",
        compute=lambda: calc.fair_share_allocation(2400, {"Lyon": 1000, "Lille": 400, "Nantes": 600},
                                                   {"Lyon": 700, "Lille": 350, "Nantes": 350})["allocations"][
            "Lille"],
        unit="units", note="weekly demand; allocations do not depend on the demand time unit",
    ),
    # ------------------------------------------------------------------ Pipeline inventory
    Item(
        question="pipeline inv units? annual demand 73,000, transit 5 days",
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(73_000, 5), unit="units",
    ),
    Item(
        question=(
            "We ship about 5,000 units a month by rail from the plant to the DC; transit takes 18 days and "
            "each unit costs us $12. What's the average value of the in-transit (pipeline) inventory? Use "
            "365 days."
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(5000 * 12, 18, unit_cost=12), unit="money",
        note="annual demand from monthly",
    ),
    Item(
        question=(
            "Trucks take 96 hours door to door from the factory to our West DC. The DC moves 27,375 units a "
            "year. How many units are in the pipeline on average?"
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=lambda: calc.pipeline_inventory(27_375, 96 / 24), unit="units",
        note="transit hours converted to days",
    ),
    Item(
        question=(
            "What is the dollar value of pipeline stock if annual volume is 50,000 units and the ocean leg "
            "takes 10 days?"
        ),
        domain=DIST, formula=PIPE, function="pipeline_inventory",
        compute=None, unit="money", missing=["unit_cost"],
    ),
    # ------------------------------------------------------------------ Landed cost
    Item(
        question=(
            "PO for 5,000 units at $8.40 each FOB Shanghai. Ocean freight $4,200, cargo insurance $380, "
            "import duty 6% of the purchase value, customs brokerage + handling $650. Landed cost per unit?"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(5000 * 8.40, 4200, 380, 0.06 * 5000 * 8.40, 650, 5000),
        unit="money", note="purchase value and duty derived",
    ),
    Item(
        question=(
            "landed cost/unit? 2,000 units @ $12, freight $1,500 total, insurance 0.5% of goods value, "
            "duties $960, handling $340"
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(2000 * 12, 1500, 0.005 * 2000 * 12, 960, 340, 2000),
        unit="money",
    ),
    Item(
        question=(
            "Hi team, forwarding the broker's summary for shipment #88213 (1,200 cartons):\n"
            "- supplier invoice: $30,000 (there's a 2% early-pay discount but we're NOT taking it, ignore)\n"
            "- freight: $2,850\n- insurance: $150\n- duties & taxes: $1,950\n- handling/brokerage: $450\n"
            "Can you work out the landed cost per carton? Thanks, M."
        ),
        domain=DIST, formula=LAND, function="landed_cost_per_unit",
        compute=lambda: calc.landed_cost_per_unit(30_000, 2850, 150, 1950, 450, 1200), unit="money",
        note="discount is a distractor",
    ),
    # ------------------------------------------------------------------ Transport & space utilization
    Item(
        question=(
            "Trailer interior is 3,800 cu ft. We loaded 26 pallets, each 48 x 40 x 60 inches. What is the "
            "cube utilization in %?"
        ),
        domain=DIST, formula=UTIL, function="cube_utilization",
        compute=lambda: calc.cube_utilization(26 * 48 * 40 * 60 / 1728, 3800) * 100, unit="percent",
        note="pallet volume in cubic inches converted to cubic feet (/1728)",
    ),
    Item(
        question="weight util? truck rated 44,000 lb payload, loaded 38,500 lb. in %",
        domain=DIST, formula=UTIL, function="weight_utilization",
        compute=lambda: calc.weight_utilization(38_500, 44_000) * 100, unit="percent",
    ),
    Item(
        question=(
            "The carrier invoice for last week's LTL moves came to $2,340 and covered 1,800 cartons (plus a "
            "$0 fuel surcharge). Freight cost per carton shipped?"
        ),
        domain=DIST, formula=UTIL, function="freight_cost_per_unit",
        compute=lambda: calc.freight_cost_per_unit(2340, 1800), unit="money",
    ),
    Item(
        question=(
            "40ft HC container: 76.3 m3 usable. We stuffed 58.2 m3 of cartons weighing 14.1 t (max payload "
            "26.5 t). What is the cube utilisation as a fraction?"
        ),
        domain=DIST, formula=UTIL, function="cube_utilization",
        compute=lambda: calc.cube_utilization(58.2, 76.3), unit="fraction",
        note="weight figures are distractors",
    ),
    # ------------------------------------------------------------------ Order cycle time
    Item(
        question=(
            "avg order cycle time? ordered Mar 3 delivered Mar 10; ordered Mar 5 delivered Mar 9; ordered "
            "Mar 8 delivered Mar 17"
        ),
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([3, 5, 8], [10, 9, 17]), unit="days",
    ),
    Item(
        question=(
            "order_day\tdelivery_day\n12\t16\n14\t21\n15\t19\n20\t23\n"
            "(day numbers from our WMS). what is the average order cycle time in days?"
        ),
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([12, 14, 15, 20], [16, 21, 19, 23]), unit="days",
    ),
    Item(
        question=(
            "Customer complaint review - 4 orders: #1 placed Jan 28, delivered Feb 3; #2 placed Jan 30, "
            "delivered Feb 6; #3 placed Feb 1, delivered Feb 5; #4 placed Feb 2, delivered Feb 12. Average "
            "order-to-delivery cycle time (calendar days)?"
        ),
        domain=DIST, formula=OCT, function="order_cycle_time",
        compute=lambda: calc.order_cycle_time([28, 30, 32, 33], [34, 37, 36, 43]), unit="days",
        note="dates cross a month boundary; converted to day-of-year",
    ),
]
