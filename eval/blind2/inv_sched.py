"""Blind calculation questions for the inventory and detailed-schedules domains.

Written without seeing the tutor's question reader or solver; every expected number comes from
calling tutor.calc directly with the numbers in the question.
"""

import math

from eval.blind.item import Item
from tutor import calc

INV = "inventory"
SCH = "detailed-schedules"

ITEMS: list[Item] = [
    # ------------------------------------------------------------------ inventory: EOQ
    Item(
        question="eoq? D=12k/yr S=$40 H=$2.5",
        domain=INV, formula="Economic order quantity", function="eoq_from_holding_cost",
        compute=lambda: calc.eoq_from_holding_cost(12000, 40, 2.5), unit="units",
    ),
    Item(
        question=("hi all, studying for CPIM part 2 and trying this on a real part at work. we buy a bracket "
                  "(part #44-1023) for $8.40 each and use about 1,500 a month. purchasing says each PO costs "
                  "around $65 to process and finance uses a 22% annual carrying rate. what would the EOQ be? "
                  "(we work 250 days a year if that matters)"),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(1500 * 12, 65, 0.22, 8.40), unit="units",
        note="monthly usage x 12 = 18,000 a year; working days are not needed",
    ),
    Item(
        question=("Annual demand for an item is 4,800 units. The cost of placing an order is $120, the item costs "
                  "$25 and the annual carrying cost is 18% of unit cost. Calculate the economic order quantity, "
                  "rounded to the nearest whole unit."),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: round(calc.eoq(4800, 120, 0.18, 25)), unit="units",
    ),
    Item(
        question=("weekly usage 300 units 50 wk per year setup cost 90 dollars holding cost is 1.80 per unit per "
                  "year what is the economic lot size"),
        domain=INV, formula="Economic order quantity", function="eoq_from_holding_cost",
        compute=lambda: calc.eoq_from_holding_cost(300 * 50, 90, 1.80), unit="units",
        note="annual demand = 300 x 50 = 15,000",
    ),
    Item(
        question=("need the EOQ for a resin we stock: annual usage 9,600 kg, it costs $3.10/kg and we carry "
                  "inventory at 24% a year. what qty should we order each time?"),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=None, unit="units", missing=["order_cost"],
        note="no ordering cost is given",
    ),
    # ------------------------------------------------------------------ inventory: annual costs
    Item(
        question=("If we order 800 at a time instead of the EOQ, what's the annual ordering cost? "
                  "A = 20,000 units/yr, S = $75 per order, c = $6, i = 20%"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(20000, 800, 75, 0.20, 6)["ordering"], unit="money",
    ),
    Item(
        question=("Item: gasket kit | annual demand 6,000 | unit cost $15 | order cost $50 | carrying 25% | "
                  "order qty 400 | safety stock 100\nwhat's the annual carrying cost incl the SS?"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(6000, 400, 50, 0.25, 15, safety_stock=100)["carrying"], unit="money",
    ),
    Item(
        question=("total relevant annual cost (ordering + holding, ignore the purchase price) for Q = 1,000? "
                  "D = 36,000/yr, S = $150, unit cost $12, carrying rate .2, no safety stock"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(36000, 1000, 150, 0.2, 12)["total"], unit="money",
    ),
    # ------------------------------------------------------------------ inventory: orders per year / TBO
    Item(
        question=("how many orders per yr will we place if we order the EOQ? annual demand 24,000, "
                  "S $60 per order, unit cost $20, carrying 20%"),
        domain=INV, formula="Orders per year / time between orders", function="orders_per_year",
        compute=lambda: calc.orders_per_year(24000, calc.eoq(24000, 60, 0.20, 20)), unit="count",
        note="Q = EOQ = 848.5 first, then N = A / Q",
    ),
    Item(
        question=("we buy 2,400 units each time and use 200 a week. plant runs 5 days a week, 50 weeks a year. "
                  "how many working days between orders?"),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=lambda: calc.time_between_orders(200 * 50, 2400, working_days=5 * 50), unit="days",
        note="A = 200 x 50 = 10,000 a year; 250 working days",
    ),
    # ------------------------------------------------------------------ inventory: EPQ
    Item(
        question=("EPQ question: annual demand 18,000, setup $200, unit cost $40, carrying 25%/yr. daily usage "
                  "is 72 and the line produces 300/day. whats the economic production qty?"),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=lambda: calc.epq(18000, 200, 0.25, 40, 72, 300), unit="units",
    ),
    Item(
        question=("we run lots of 2,000 units. the line makes 400/day while demand draws 150/day. what's the "
                  "peak inventory level we hit during a run?"),
        domain=INV, formula="Economic production quantity", function="epq_max_inventory",
        compute=lambda: calc.epq_max_inventory(2000, 150, 400), unit="units",
    ),
    Item(
        question=("economic production quantity? D=30k/yr, setup $250, item cost $15, carrying 20%, usage "
                  "120/day"),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=None, unit="units", missing=["production_rate"],
        note="no production rate is given",
    ),
    # ------------------------------------------------------------------ inventory: quantity discounts
    Item(
        question=("price breaks from the supplier:\nqty | price\n1-499 | $10.00\n500-999 | $9.50\n1000+ | $9.00\n"
                  "annual demand 5,000, order cost $49, carrying cost 20% of price. what order qty minimizes "
                  "total annual cost?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(5000, 49, 0.20, [(1, 10.00), (500, 9.50), (1000, 9.00)])["quantity"],
        unit="units",
    ),
    Item(
        question=("Supplier quote: under 200 units $25 each, 200 or more $24 each. We use 1,200 a year, ordering "
                  "costs $40 an order and holding is 30% per year of unit cost. What is the total annual cost "
                  "(including purchase cost) of the best option?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(1200, 40, 0.30, [(0, 25), (200, 24)])["total_cost"], unit="money",
    ),
    Item(
        question=("qty discount problem - A=8000/yr S=$100 i=.25\nprices: 0-999 $5.00, 1000-2499 $4.80, "
                  "2500+ $4.60\nwhich unit price should we end up buying at?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(8000, 100, 0.25, [(0, 5.00), (1000, 4.80), (2500, 4.60)])[
            "unit_price"],
        unit="money",
    ),
    # ------------------------------------------------------------------ inventory: average inventory
    Item(
        question="avg inventory if we order 1,200 at a time and keep 150 SS?",
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(1200, 150), unit="units",
    ),
    Item(
        question=("Our lot size is 3 weeks' supply, demand runs 400 per week and we hold one week of demand as "
                  "safety stock. What's the average inventory in units?"),
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(3 * 400, 400), unit="units",
        note="Q = 3 x 400 = 1,200; SS = 400",
    ),
    # ------------------------------------------------------------------ inventory: lead-time demand
    Item(
        question="DDLT? avg demand 35/day, LT 3 weeks (5-day weeks)",
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(35, 3 * 5), unit="units",
        note="lead time = 15 working days",
    ),
    Item(
        question=("We sell about 130 units a week and the supplier's lead time is 18 working days. We work 5 days "
                  "a week. What is the expected demand during the lead time?"),
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(130 / 5, 18), unit="units",
        note="130 a week / 5 = 26 a day",
    ),
    # ------------------------------------------------------------------ inventory: order point
    Item(
        question="OP = ? demand 250/wk LT 3 wks SS 200",
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(250, 3, 200), unit="units",
    ),
    Item(
        question=("our planner wants a reorder point for a valve. average weekly demand 80, std dev of weekly "
                  "forecast error 20, lead time 4 weeks, target 95% service level. what's the ROP?"),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(80, 4, calc.safety_stock(calc.safety_factor(0.95), 20, 4)), unit="units",
        note="SS = 1.645 x 20 x sqrt(4) = 65.8; DDLT = 320",
    ),
    Item(
        question="what should the order point be? usage 45 units per day, safety stock 120 units, item costs $9",
        domain=INV, formula="Order point", function="order_point",
        compute=None, unit="units", missing=["lead_time"],
        note="no lead time is given",
    ),
    # ------------------------------------------------------------------ inventory: statistical safety stock
    Item(
        question="SS for 98% service, sigma = 40 units (forecast interval = lead time = 1 week)?",
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(calc.safety_factor(0.98), 40), unit="units",
        note="z for 98% = 2.054 (tables 2.05)",
    ),
    Item(
        question="z = 1.28, std dev of demand during lead time 150 units, what's the safety stock",
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(1.28, 150), unit="units",
    ),
    Item(
        question=("service level 99%, MAD of 30 units per month, lead time is 1 month. how much safety stock "
                  "should we carry?"),
        domain=INV, formula="Statistical safety stock", function="safety_stock_from_mad",
        compute=lambda: calc.safety_stock_from_mad(calc.safety_factor(0.99), 30), unit="units",
        note="sigma = 1.25 x MAD; z for 99% = 2.326 (tables 2.33)",
    ),
    Item(
        question=("how much safety stock do I need for 95% service? lead time is 2 weeks and weekly demand "
                  "averages 500"),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=None, unit="units", missing=["sigma"],
        note="no standard deviation or MAD of demand/forecast error is given",
    ),
    # ------------------------------------------------------------------ inventory: scaling sigma
    Item(
        question="sigma of forecast error is 60 units per week, lead time is 9 weeks. what's sigma over the lead time?",
        domain=INV, formula="Scaling σ to the lead time", function="sigma_over_lead_time",
        compute=lambda: calc.sigma_over_lead_time(60, 9, 1), unit="units",
    ),
    Item(
        question=("MAD is 100 units per month (our forecast interval is 4 weeks) and the lead time is 2 weeks. "
                  "For 95% service use z = 1.65. Safety stock?"),
        domain=INV, formula="Scaling σ to the lead time", function="safety_stock_from_mad",
        compute=lambda: calc.safety_stock_from_mad(1.65, 100, 2, 4), unit="units",
        note="SS = 1.65 x 1.25 x 100 x sqrt(2/4)",
    ),
    Item(
        question="forecast error std dev is 25/day, lead time 16 days, z=2. safety stock pls",
        domain=INV, formula="Scaling σ to the lead time", function="safety_stock",
        compute=lambda: calc.safety_stock(2, 25, 16, 1), unit="units",
    ),
    # ------------------------------------------------------------------ inventory: SS after LT change
    Item(
        question="our SS is 300 units with a 4 wk lead time. supplier is moving LT to 6 wks. new SS?",
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(300, 4, 6), unit="units",
    ),
    Item(
        question=("Lead time was cut from 16 days to 9 days after we switched to a local vendor. Safety stock is "
                  "currently 480 units. What should the safety stock become?"),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(480, 16, 9), unit="units",
    ),
    # ------------------------------------------------------------------ inventory: periodic review
    Item(
        question="order-up-to level? demand 120/wk, review every 2 wks, LT 1 wk, SS 90",
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_target",
        compute=lambda: calc.periodic_review_target(120, 2, 1, 90), unit="units",
    ),
    Item(
        question=("periodic review system, we check the shelf every 4 weeks. demand is 50/wk, LT 2 wks, safety "
                  "stock 60. today OH = 140, on order 100, backorders 20. how much do we order?"),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_order",
        compute=lambda: calc.periodic_review_order(calc.periodic_review_target(50, 4, 2, 60), 140, 100, 20),
        unit="units",
        note="T = 50 x 6 + 60 = 360; position = 140 + 100 - 20 = 220",
    ),
    # ------------------------------------------------------------------ inventory: ABC
    Item(
        question=("ABC question. Policy: A = the items making up the top 80% of annual dollar usage, B = the next "
                  "15%, C = the rest.\nitem | annual units | unit cost\nP-101 | 900 | $50\nP-102 | 1,400 | $25\n"
                  "P-103 | 4,000 | $2\nP-104 | 350 | $20\nP-105 | 300 | $5\nP-106 | 2,000 | $0.50\n"
                  "P-107 | 90 | $10\nP-108 | 1,400 | $0.50\nP-109 | 25 | $20\nP-110 | 800 | $0.50\n"
                  "how many items are class B?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: float(sum(1 for r in calc.abc_classification(
            {"P-101": 900 * 50, "P-102": 1400 * 25, "P-103": 4000 * 2, "P-104": 350 * 20, "P-105": 300 * 5,
             "P-106": 2000 * 0.5, "P-107": 90 * 10, "P-108": 1400 * 0.5, "P-109": 25 * 20, "P-110": 800 * 0.5},
            0.80, 0.95).values() if r["class"] == "B")),
        unit="count",
        note="usage totals 100,000; cumulative shares land exactly on 80% and 95%",
    ),
    Item(
        question=("SKU\tunits/yr\tunit cost\nK1\t12,000\t1.25\nK2\t500\t90\nK3\t3,000\t4\nK4\t200\t15\n"
                  "K5\t6,000\t3.50\nK6\t1,000\t4\n\nrank these by annual $ usage for an ABC split. what cumulative "
                  "% of total dollar usage do the top 3 SKUs account for?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: calc.abc_classification(
            {"K1": 12000 * 1.25, "K2": 500 * 90, "K3": 3000 * 4, "K4": 200 * 15, "K5": 6000 * 3.5,
             "K6": 1000 * 4})["K1"]["cumulative_share"] * 100,
        unit="percent",
        note="ranked K2 45k, K5 21k, K1 15k of 100k",
    ),
    # ------------------------------------------------------------------ inventory: cycle counting
    Item(
        question=("A items: 400, counted monthly. B items: 1,200, counted quarterly. C items: 2,400, counted twice "
                  "a year. 240 working days. how many counts per day?"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 400, "B": 1200, "C": 2400}, {"A": 12, "B": 4, "C": 2}, 240),
        unit="count",
    ),
    Item(
        question=("setting up cycle counting at our DC. we have 8,000 SKUs: 10% are A and get counted 6x/yr, "
                  "30% are B counted 3x/yr, the rest are C counted once a year. 250 work days. how many counts a "
                  "day does that mean?"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 800, "B": 2400, "C": 4800}, {"A": 6, "B": 3, "C": 1}, 250),
        unit="count",
        note="A 800, B 2,400, C 4,800 items",
    ),
    # ------------------------------------------------------------------ inventory: record accuracy
    Item(
        question="counted 250 records, 235 were within tolerance. IRA as a %?",
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: calc.inventory_record_accuracy(235, 250) * 100, unit="percent",
    ),
    Item(
        question=("cycle count results, tolerance is +/-2% of the system qty:\npart | system qty | counted\n"
                  "A1 | 500 | 495\nA2 | 120 | 118\nA3 | 1000 | 975\nA4 | 60 | 60\nA5 | 250 | 240\nA6 | 80 | 81\n"
                  "what's our inventory record accuracy in %?"),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: calc.inventory_record_accuracy(4, 6) * 100, unit="percent",
        note="A3 (2.5% off) and A5 (4% off) are outside tolerance: 4 of 6 good",
    ),
    # ------------------------------------------------------------------ inventory: turns
    Item(
        question="COGS 4.8M, avg inventory at cost $1.2M, turns?",
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(4.8e6, 1.2e6), unit="number",
    ),
    Item(
        question=("Annual sales were $10M and cost of goods sold runs at 65% of sales. Inventory at cost was "
                  "$1.5M at the start of the year and $1.1M at the end. What were the inventory turns?"),
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(10e6 * 0.65, (1.5e6 + 1.1e6) / 2), unit="number",
        note="COGS 6.5M; average inventory (1.5M + 1.1M) / 2 = 1.3M",
    ),
    Item(
        question="what's our inventory turnover? sales were $12 million this year and gross margin was 40%",
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=None, unit="number", missing=["average_inventory_value"],
        note="COGS = 7.2M can be derived, but no inventory value is given",
    ),
    # ------------------------------------------------------------------ inventory: days/weeks of supply
    Item(
        question="on hand 1,800 units, avg daily usage 120. days of supply?",
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(1800, 120), unit="days",
    ),
    Item(
        question="weeks of supply? OH 3,300. usage the last 4 wks: wk1 500 / wk2 560 / wk3 540 / wk4 600",
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(3300, (500 + 560 + 540 + 600) / 4), unit="weeks",
        note="average weekly usage 550",
    ),
    # ------------------------------------------------------------------ inventory: carrying cost
    Item(
        question="avg inventory $2.4M, carrying rate 21%. annual carrying cost in $?",
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(2.4e6, 0.21), unit="money",
    ),
    Item(
        question=("we hold on average 600 units of an item that costs $35. our carrying cost rate is 2% per "
                  "month. what does it cost us per year to carry it?"),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(600 * 35, 0.02 * 12), unit="money",
        note="average value 21,000; annual rate 24%",
    ),
    # ------------------------------------------------------------------ inventory: valuation
    Item(
        question=("Receipts this year: Jan 200 @ $10, Mar 300 @ $11, Jun 100 @ $13. We shipped 450 units. "
                  "What is cost of goods sold under FIFO?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(200, 10), (300, 11), (100, 13)], 450, "fifo")["cogs"],
        unit="money",
    ),
    Item(
        question=("beginning inventory 100 units at $4.00, then we bought 300 @ $4.40 and 100 @ $5.00. sold 350. "
                  "value of ending inventory using weighted average cost?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(100, 4.00), (300, 4.40), (100, 5.00)], 350,
                                                 "weighted_average")["ending_inventory"],
        unit="money",
        note="average cost 2,220 / 500 = 4.44",
    ),
    # ------------------------------------------------------------------ inventory: newsvendor
    Item(
        question=("newsvendor type problem: we sell a seasonal kit at $12, it costs us $5 and anything unsold is "
                  "salvaged for $1. demand is normal, mean 400, sd 80. how many should we stock?"),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="newsvendor_quantity",
        compute=lambda: calc.newsvendor_quantity(400, 80, 12 - 5, 5 - 1), unit="units",
        note="Cu = 7, Co = 4; ratio 0.636",
    ),
    Item(
        question=("single period item: underage cost $30/unit, overage cost $10/unit. what's the critical ratio "
                  "(target probability of not stocking out) as a %?"),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="critical_fractile",
        compute=lambda: calc.critical_fractile(30, 10) * 100, unit="percent",
    ),
    # ------------------------------------------------------------------ schedules: operation time
    Item(
        question="order for 250 pcs, setup 1.5 hrs, run 0.08 hr/pc. total operation time in hrs?",
        domain=SCH, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(250, 1.5, 0.08), unit="hours",
    ),
    Item(
        question=("how long will op 20 take on the mill? lot of 40 pieces, setup is 45 minutes and run time is "
                  "6 minutes each. answer in hours please"),
        domain=SCH, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(40, 45 / 60, 6 / 60), unit="hours",
        note="setup 0.75 h, run 0.1 h per piece",
    ),
    Item(
        question="lot of 300 going through the press, setup is 2 hours. how many hours is the operation?",
        domain=SCH, formula="Operation time", function="operation_time",
        compute=None, unit="hours", missing=["run_hours_per_unit"],
        note="no run time per unit is given",
    ),
    # ------------------------------------------------------------------ schedules: manufacturing lead time
    Item(
        question=("routing times in days:\nop | queue | setup | run | wait | move\n10 | 2 | 0.5 | 1.5 | 0.5 | 0.5\n"
                  "20 | 3 | 0.25 | 2 | 0 | 0.5\n30 | 1 | 0.25 | 0.75 | 0.5 | 0.25\nmanufacturing lead time?"),
        domain=SCH, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 2, "setup": 0.5, "run": 1.5, "wait": 0.5, "move": 0.5},
            {"queue": 3, "setup": 0.25, "run": 2, "wait": 0, "move": 0.5},
            {"queue": 1, "setup": 0.25, "run": 0.75, "wait": 0.5, "move": 0.25}]),
        unit="days",
    ),
    Item(
        question=("An order of 200 units goes through two work centers. WC A: queue 16 hrs, setup 2 hrs, run "
                  "0.05 hr per unit, move 4 hrs. WC B: queue 24 hrs, setup 1 hr, run 0.1 hr per unit, wait 3 hrs, "
                  "move 4 hrs. What is the manufacturing lead time in hours?"),
        domain=SCH, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 16, "setup": 2, "run": 200 * 0.05, "move": 4},
            {"queue": 24, "setup": 1, "run": 200 * 0.1, "wait": 3, "move": 4}]),
        unit="hours",
        note="run = 200 x run time per unit: 10 h at A, 20 h at B",
    ),
    # ------------------------------------------------------------------ schedules: backward scheduling
    Item(
        question="order due shop day 412, total lead time 17 days. backward scheduled start day?",
        domain=SCH, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(412, 17), unit="days",
    ),
    Item(
        question=("job is due on shop calendar day 286. it has 3 operations, each with 2 days queue + 1 day run, "
                  "then 1 day of final inspection. using backward scheduling, what day do we release it?"),
        domain=SCH, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(286, 3 * (2 + 1) + 1), unit="days",
        note="lead time = 3 x 3 + 1 = 10 days; answer is a shop-day number",
    ),
    # ------------------------------------------------------------------ schedules: critical ratio
    Item(
        question="CR? today is day 120, due day 135, 10 days of work left",
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(135, 120, 10), unit="ratio",
    ),
    Item(
        question=("today = shop day 200\njob | due | remaining LT (days)\nJ1 | 212 | 8\nJ2 | 206 | 8\n"
                  "J3 | 220 | 16\nby critical ratio, what is the CR of the job that should run first?"),
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(206, 200, 8), unit="ratio",
        note="CRs: J1 1.5, J2 0.75, J3 1.25; lowest runs first",
    ),
    Item(
        question="CR for job 7781? it's due on day 340 and today is day 322",
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=None, unit="ratio", missing=["remaining_lead_time"],
        note="no remaining lead time is given",
    ),
    # ------------------------------------------------------------------ schedules: slack
    Item(
        question="slack? due day 90, today 72, remaining processing 11 days",
        domain=SCH, formula="Slack", function="slack",
        compute=lambda: calc.slack(90, 72, 11), unit="days",
    ),
    Item(
        question=("slack per remaining operation: the job is due in 15 working days and still has 9 days of "
                  "processing spread across 3 operations"),
        domain=SCH, formula="Slack", function="slack_per_operation",
        compute=lambda: calc.slack_per_operation(15, 0, 9, 3), unit="days",
    ),
    # ------------------------------------------------------------------ schedules: sequencing
    Item(
        question=("5 jobs waiting at one work center (listed in arrival order), times in days:\n"
                  "job | proc time | due\nA | 5 | 10\nB | 3 | 6\nC | 8 | 18\nD | 2 | 4\nE | 6 | 15\n"
                  "if we sequence by SPT what's the average flow time?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "A", "processing_time": 5, "due": 10}, {"name": "B", "processing_time": 3, "due": 6},
            {"name": "C", "processing_time": 8, "due": 18}, {"name": "D", "processing_time": 2, "due": 4},
            {"name": "E", "processing_time": 6, "due": 15}], "SPT")["average_flow_time"],
        unit="days",
    ),
    Item(
        question=("four jobs all available now. J1 needs 4 days and is due day 9, J2 7 days due day 10, J3 3 days "
                  "due day 5, J4 6 days due day 20. sequence by earliest due date - average tardiness?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "J1", "processing_time": 4, "due": 9}, {"name": "J2", "processing_time": 7, "due": 10},
            {"name": "J3", "processing_time": 3, "due": 5}, {"name": "J4", "processing_time": 6, "due": 20}],
            "EDD")["average_tardiness"],
        unit="days",
    ),
    Item(
        question=("FCFS on these (arrival order), hours: job 101 takes 3 due at 5; job 102 takes 5 due at 6; job "
                  "103 takes 2 due at 10; job 104 takes 4 due at 9. what's the average number of jobs in the "
                  "system?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "101", "processing_time": 3, "due": 5}, {"name": "102", "processing_time": 5, "due": 6},
            {"name": "103", "processing_time": 2, "due": 10}, {"name": "104", "processing_time": 4, "due": 9}],
            "FCFS")["average_jobs_in_system"],
        unit="number",
        note="sum of flow times 35 / makespan 14",
    ),
    Item(
        question=("Jobs in arrival order (processing days, due in days from now): P 4, 12; Q 6, 9; R 2, 4; "
                  "S 5, 20. Using the critical ratio rule (due date / processing time, lowest first), how many "
                  "jobs will be late?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: float(calc.sequence_jobs([
            {"name": "P", "processing_time": 4, "due": 12}, {"name": "Q", "processing_time": 6, "due": 9},
            {"name": "R", "processing_time": 2, "due": 4}, {"name": "S", "processing_time": 5, "due": 20}],
            "CR")["jobs_late"]),
        unit="count",
        note="order Q, R, P, S; only R is late (P finishes exactly on its due day)",
    ),
    # ------------------------------------------------------------------ schedules: input/output control
    Item(
        question=("I/O report for WC 30 (std hrs)\nwk | 1 | 2 | 3 | 4\nplanned input | 200 | 200 | 200 | 200\n"
                  "actual input | 180 | 210 | 190 | 205\nplanned output | 210 | 210 | 210 | 210\n"
                  "actual output | 200 | 195 | 215 | 205\nbeginning backlog 120 std hrs. what's the queue at the "
                  "end of wk 4?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control([200] * 4, [180, 210, 190, 205], [210] * 4,
                                                  [200, 195, 215, 205], 120)["queue"][3],
        unit="hours",
    ),
    Item(
        question=("planned output 50 hrs/wk for wks 1-3, actual output 46, 52, 44. planned input also 50/wk, "
                  "actual input 55, 50, 48. starting queue 30 hrs. cumulative output deviation after wk 3?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control([50] * 3, [55, 50, 48], [50] * 3, [46, 52, 44],
                                                  30)["cumulative_output_deviation"][2],
        unit="hours",
    ),
    Item(
        question=("wk1 planned in 100 actual in 92 / wk2 planned in 100 actual in 97 / wk3 planned in 100 actual "
                  "in 108. planned out 100 each wk, actual out 95, 99, 101. queue at start 40 hrs. cum input "
                  "deviation at end of wk3?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control([100] * 3, [92, 97, 108], [100] * 3, [95, 99, 101],
                                                  40)["cumulative_input_deviation"][2],
        unit="hours",
    ),
    # ------------------------------------------------------------------ schedules: Little's Law
    Item(
        question="WIP = ? throughput 25 units/hr, flow time 6 hrs",
        domain=SCH, formula="Little's Law", function="littles_law_wip",
        compute=lambda: calc.littles_law_wip(25, 6), unit="units",
    ),
    Item(
        question=("we have about 1,200 orders in process on the floor and we finish 150 a day. using Little's "
                  "law, what's the average lead time in days?"),
        domain=SCH, formula="Little's Law", function="littles_law_flow_time",
        compute=lambda: calc.littles_law_flow_time(1200, 150), unit="days",
    ),
    Item(
        question=("the cell turns out 60 units per shift and runs 2 shifts a day. if the lead time through the "
                  "cell is 3 days, how much WIP is sitting in it?"),
        domain=SCH, formula="Little's Law", function="littles_law_wip",
        compute=lambda: calc.littles_law_wip(60 * 2, 3), unit="units",
        note="throughput 120 a day",
    ),
    # ------------------------------------------------------------------ schedules: takt time
    Item(
        question=("takt time? 2 shifts x 8 hrs, 30 min of breaks per shift, customer demand 450 units/day. "
                  "answer in minutes"),
        domain=SCH, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(2 * (8 * 60 - 30), 450), unit="minutes",
        note="available 900 minutes a day",
    ),
    Item(
        question=("One shift with 7.5 productive hours, 5 days a week. Weekly customer demand is 1,500 units. "
                  "What is the takt time in minutes?"),
        domain=SCH, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(7.5 * 60 * 5, 1500), unit="minutes",
        note="2,250 minutes a week",
    ),
    Item(
        question="what's our takt? we run 3 shifts of 8 h with a 20-minute break each",
        domain=SCH, formula="Takt time", function="takt_time",
        compute=None, unit="minutes", missing=["demand"],
        note="no customer demand is given",
    ),
    # ------------------------------------------------------------------ schedules: kanban
    Item(
        question="kanbans: demand 120 per hour, lead time 2 hours, safety 10%, container holds 30. round up",
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: math.ceil(calc.kanban_containers(120, 2, 0.10, 30)), unit="count",
        note="8.8 rounded up",
    ),
    Item(
        question=("how many kanban cards do we need? daily usage 400, replenishment lead time is 0.5 day waiting "
                  "+ 0.25 day processing, container is 50 units, no safety factor"),
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: calc.kanban_containers(400, 0.5 + 0.25, 0, 50), unit="count",
        note="L = 0.75 day",
    ),
    Item(
        question="number of kanban containers? usage 80/hr, LT 3 hrs, alpha 0.2",
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=None, unit="count", missing=["container_quantity"],
        note="no container size is given",
    ),
    # ------------------------------------------------------------------ schedules: line balancing
    Item(
        question="tasks: A 45s B 30s C 50s D 25s E 40s F 20s; cycle time 60s. min number of stations?",
        domain=SCH, formula="Line balancing", function="minimum_workstations",
        compute=lambda: calc.minimum_workstations([45, 30, 50, 25, 40, 20], 60), unit="count",
    ),
    Item(
        question=("task times (min): 1.2, 0.8, 1.5, 0.5, 1.0. we balanced it into 3 stations at a 2.0 minute "
                  "cycle. balance efficiency in %?"),
        domain=SCH, formula="Line balancing", function="balance_efficiency",
        compute=lambda: calc.balance_efficiency([1.2, 0.8, 1.5, 0.5, 1.0], 3, 2.0) * 100, unit="percent",
    ),
    Item(
        question=("We need 480 units per 8-hour shift. Task times in seconds: 30, 45, 20, 35, 40, 25, 15, 50. "
                  "What is the theoretical minimum number of workstations?"),
        domain=SCH, formula="Line balancing", function="minimum_workstations",
        compute=lambda: calc.minimum_workstations([30, 45, 20, 35, 40, 25, 15, 50], 8 * 3600 / 480), unit="count",
        note="cycle (takt) time = 28,800 s / 480 = 60 s; 260 / 60 = 4.33 -> 5",
    ),
    # ------------------------------------------------------------------ schedules: throughput accounting
    Item(
        question=("TOC numbers for the plant: sales 2.4M, raw materials (totally variable cost) 900k, operating "
                  "expense 1.1M, investment/inventory 2M. ROI as a %?"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(2.4e6, 900e3, 1.1e6, 2e6)["roi"] * 100, unit="percent",
    ),
    Item(
        question=("throughput in the TOC sense? we sold 5,000 units at $80, materials are $30/unit and sales "
                  "commissions $5/unit, direct labor is $60k a year"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(5000 * 80, 5000 * (30 + 5), 60e3, 1)["throughput"],
        unit="money",
        note="labor is operating expense, not totally variable; investment is not needed (1 is a placeholder)",
    ),
]
