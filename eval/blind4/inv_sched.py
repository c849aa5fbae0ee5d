"""Blind practice set 4, part inv_sched: inventory and detailed-schedules calculations.

Questions are written as learners would type them (chat, forum posts, exam stems, ERP dumps,
pasted tables, emails); expected values come from calling tutor.calc directly.
"""

import math

from eval.blind.item import Item
from tutor import calc

INV = "inventory"
SCH = "detailed-schedules"

# shared data sets
_ABC1 = {"P-101": 800 * 50, "P-102": 1450 * 20, "P-103": 2200 * 5, "P-104": 300 * 30,
         "P-105": 4000 * 1.5, "P-106": 500 * 5, "P-107": 3000 * 0.5, "P-108": 125 * 8}
_ABC2 = {"A1": 35000, "A2": 25000, "A3": 10000, "A4": 8000, "A5": 7000, "A6": 5000, "A7": 4000,
         "A8": 3000, "A9": 2000, "A10": 1000}
_VAL1 = [(200, 4.00), (300, 4.50), (500, 5.00)]
_VAL2 = [(400, 5.80), (600, 6.30)]
_JOBS1 = [{"name": "J1", "processing_time": 5, "due": 10}, {"name": "J2", "processing_time": 3, "due": 6},
          {"name": "J3", "processing_time": 8, "due": 18}, {"name": "J4", "processing_time": 2, "due": 5},
          {"name": "J5", "processing_time": 6, "due": 20}]
_JOBS2 = [{"name": "A", "processing_time": 4, "due": 6}, {"name": "B", "processing_time": 7, "due": 9},
          {"name": "C", "processing_time": 3, "due": 15}, {"name": "D", "processing_time": 5, "due": 12}]
_JOBS3 = [{"name": "K", "processing_time": 6, "due": 12}, {"name": "L", "processing_time": 4, "due": 6},
          {"name": "M", "processing_time": 10, "due": 11}, {"name": "N", "processing_time": 3, "due": 9}]
_IO = dict(planned_input=[200, 200, 200, 200], actual_input=[190, 215, 180, 205],
           planned_output=[210, 210, 210, 210], actual_output=[200, 205, 195, 220], beginning_queue=120)
_IO2 = dict(planned_input=[500, 520, 540], actual_input=[480, 560, 530],
            planned_output=[520, 520, 520], actual_output=[510, 500, 545], beginning_queue=300)
_TASKS1 = [45, 30, 50, 25, 40, 35]
_TASKS2 = [20, 45, 30, 60, 35, 25, 40, 50]
_TASKS3 = [1.2, 0.8, 2.0, 1.5, 0.5]


def _ceil(x: float) -> int:
    return math.ceil(x - 1e-9)


ITEMS: list[Item] = [
    # ------------------------------------------------------------------ Economic order quantity
    Item(
        question="eoq pls. usage 9,600/yr, ordering cost $45, holding $2.70 per unit per yr",
        domain=INV, formula="Economic order quantity", function="eoq_from_holding_cost",
        compute=lambda: calc.eoq_from_holding_cost(9600, 45, 2.70), unit="units",
    ),
    Item(
        question=("Hi all, studying for my CPIM part 2 on May 14 (class of 25 of us at the chapter). "
                  "Our instructor gave this one: a distributor sells about 180 units a week and is open "
                  "50 weeks a year. Each replenishment order costs $120 to place and receive, the item "
                  "costs $38, and carrying cost is 22% per year. What's the EOQ? I keep getting weird "
                  "numbers because I used weekly demand lol"),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(180 * 50, 120, 0.22, 38), unit="units",
        note="annual demand derived from weekly demand x 50 weeks",
    ),
    Item(
        question=("Monthly consumption of part 7731-B is 1,250 pcs. Purchase price $15.00, cost per order $60, "
                  "carrying cost 2% per month. Compute the economic order quantity."),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(1250 * 12, 60, 0.02 * 12, 15), unit="units",
        note="monthly demand and monthly carrying rate converted to annual",
    ),
    Item(
        question=("Hello, I have question for EOQ. Our company consume 36k pieces per year of one "
                  "component, cost of one purchase order is 90 euro, the price of item is 4.50 euro and "
                  "carrying cost they tell me is 18 percent in one year. Which quantity we must order each time?"),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(36000, 90, 0.18, 4.50), unit="units",
    ),
    Item(
        question=("EOQ question: annual demand 20,000 units, unit cost $8, carrying rate 25% a year. "
                  "Lead time is 2 weeks. What is the EOQ?"),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=None, unit="units", missing=["order_cost"],
        note="ordering/setup cost not given; lead time is a distractor",
    ),
    # ------------------------------------------------------------------ Annual cost components
    Item(
        question=("A company uses 8,000 units of an item per year. It orders 400 units at a time; each order "
                  "costs $50, the unit cost is $25 and the annual carrying cost rate is 20%. No safety stock "
                  "is held. What is the total annual ordering plus carrying cost?"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(8000, 400, 50, 0.20, 25)["total"], unit="money",
    ),
    Item(
        question=("ITEM: 40-2291  DESC: BRACKET ZN\n"
                  "ANN USAGE.......: 18 000\n"
                  "LOT SIZE (FIXED): 1 500\n"
                  "ORDER COST......: 72.00\n"
                  "STD COST........: 3.20\n"
                  "CARRY %.........: 24\n"
                  "SAFETY STK......: 0\n"
                  "what is the annual ORDERING cost only for this item?"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(18000, 1500, 72, 0.24, 3.20)["ordering"], unit="money",
    ),
    Item(
        question=("how much does it cost us per year just to carry this sku? we order 1,200 at a time, keep "
                  "300 safety stock, unit cost $8, carrying rate 25%/yr. (annual demand is 30k but I don't "
                  "think that matters for this part)"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(30000, 1200, 0, 0.25, 8, safety_stock=300)["carrying"], unit="money",
        note="carrying cost includes safety stock",
    ),
    Item(
        question=("Exam item: Annual demand = 6,000 units; order quantity = 500; setup cost = $40 per order; "
                  "unit price = $12; holding cost rate = 30% per year. Including the purchase cost of the "
                  "goods, what is the total annual cost?"),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(6000, 500, 40, 0.30, 12, include_purchase=True)["total"],
        unit="money",
    ),
    # ------------------------------------------------------------------ Orders per year / TBO
    Item(
        question="annual req 15,000, lot size 750. how many orders a year?",
        domain=INV, formula="Orders per year / time between orders", function="orders_per_year",
        compute=lambda: calc.orders_per_year(15000, 750), unit="count",
    ),
    Item(
        question=("We buy 24,000 units per year in lots of 1,200. The plant works 250 days a year. How many "
                  "working days are there between orders?"),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=lambda: calc.time_between_orders(24000, 1200, 250), unit="days",
    ),
    Item(
        question=("Weekly demand runs at 300 units, 52 weeks a year. Our EOQ came out at 1,560. We work "
                  "260 days per year. What is the time between orders in working days?"),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=lambda: calc.time_between_orders(300 * 52, 1560, 260), unit="days",
        note="annual demand derived from weekly",
    ),
    Item(
        question=("Manager email fwd: 'Demand for the resin is about 4.5k kg per month and we now order "
                  "the EOQ of 2,700 kg. How many purchase orders will purchasing cut in a year?'"),
        domain=INV, formula="Orders per year / time between orders", function="orders_per_year",
        compute=lambda: calc.orders_per_year(4500 * 12, 2700), unit="count",
        note="annual demand from monthly",
    ),
    Item(
        question=("If the order quantity is 800 units and the company works 240 days a year, how many days "
                  "between orders?"),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=None, unit="days", missing=["annual_demand"],
        note="demand not given",
    ),
    # ------------------------------------------------------------------ EPQ
    Item(
        question=("A plant makes a component in batches. Annual demand is 20,000 units, setup cost $200, unit "
                  "cost $40, and annual carrying cost 20%. Daily usage is 80 units and the line produces 200 "
                  "units per day while running. What is the economic production quantity?"),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=lambda: calc.epq(20000, 200, 0.20, 40, 80, 200), unit="units",
    ),
    Item(
        question=("epq problem, got the lot size already = 2,000. usage 40/day, production 100/day. what's "
                  "max inventory during the cycle?"),
        domain=INV, formula="Economic production quantity", function="epq_max_inventory",
        compute=lambda: calc.epq_max_inventory(2000, 40, 100), unit="units",
    ),
    Item(
        question=("Our press line can produce 1,000 parts per week; assembly uses 250 per week, 50 weeks per "
                  "year. Changeover costs $350, part cost $50, carrying 24% annually. Economic run "
                  "quantity?"),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=lambda: calc.epq(250 * 50, 350, 0.24, 50, 250, 1000), unit="units",
        note="annual demand = 250/wk x 50 wk",
    ),
    Item(
        question=("Homework 7.3: For a manufactured item, A = 9,000 units/yr, S = $150 per setup, i = 0.18, "
                  "C = $20. It is made at 120 units/day and used at 36 units/day. (a) EPQ (b) maximum "
                  "inventory. I only need (b) please."),
        domain=INV, formula="Economic production quantity", function="epq_max_inventory",
        compute=lambda: calc.epq_max_inventory(calc.epq(9000, 150, 0.18, 20, 36, 120), 36, 120),
        unit="units", note="max inventory computed from the EPQ",
    ),
    # ------------------------------------------------------------------ Quantity discounts
    Item(
        question=("Supplier quote for gasket GK-12:\n"
                  "Qty        | Price\n"
                  "1-499      | $5.00\n"
                  "500-999    | $4.80\n"
                  "1000+      | $4.75\n"
                  "Annual demand 5,000, order cost $49, carrying 20% of price per year. What order quantity "
                  "minimizes total annual cost (all-units discount)?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(5000, 49, 0.20, [(0, 5.00), (500, 4.80), (1000, 4.75)])["quantity"],
        unit="units",
    ),
    Item(
        question=("A buyer gets these all-units price breaks: under 1,000 units $10.00 each; 1,000 to 2,499 "
                  "$9.70; 2,500 and over $9.50. Annual requirement 12,000 units, ordering cost $60, carrying "
                  "25% a year. What is the total annual cost (purchase + ordering + carrying) of the best "
                  "option?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(12000, 60, 0.25, [(0, 10.00), (1000, 9.70), (2500, 9.50)])["total_cost"],
        unit="money",
    ),
    Item(
        question=("qty discount q: D=2400/yr, S=$100, i=30%. price $20 below 300 units, $19.60 from 300, "
                  "$19.00 from 1200. best order qty?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(2400, 100, 0.30, [(0, 20.00), (300, 19.60), (1200, 19.00)])["quantity"],
        unit="units",
    ),
    Item(
        question=("Price breaks: 0-199 at $30, 200+ at $28.50. Annual demand is 1,800 units and each order "
                  "costs $80. Should we take the discount? What is the best order quantity?"),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=None, unit="units", missing=["carrying_rate"],
        note="no carrying cost given",
    ),
    # ------------------------------------------------------------------ Average inventory
    Item(
        question="Q = 800, safety stock = 150. Average inventory?",
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(800, 150), unit="units",
    ),
    Item(
        question=("We order two months' supply at a time; monthly usage is 600 units and we keep 200 units "
                  "of safety stock. What is our average inventory in units?"),
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(2 * 600, 200), unit="units",
        note="Q derived as 2 x monthly usage",
    ),
    Item(
        question=("Slack msg: hey, for the widget we get lots of 1k, no SS at all, lead time 3 wks, "
                  "unit cost 12 bucks. avg on-hand in units?"),
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(1000, 0), unit="units",
    ),
    # ------------------------------------------------------------------ Lead-time demand
    Item(
        question=("Daily demand averages 45 units and the supplier lead time is 3 weeks (we work 5-day "
                  "weeks). What is demand during lead time?"),
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(45, 3 * 5), unit="units",
        note="lead time converted to 15 working days",
    ),
    Item(
        question="annual demand 26,000 (52 wks), LT 6 weeks -> DDLT?",
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(26000 / 52, 6), unit="units",
    ),
    Item(
        question=("Monthly usage 2,400 units, 20 working days in a month. Replenishment lead time is 10 "
                  "working days. How many units do we expect to use during the lead time?"),
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(2400 / 20, 10), unit="units",
    ),
    # ------------------------------------------------------------------ Order point
    Item(
        question=("An item has average demand of 200 units per week, a lead time of 3 weeks and safety "
                  "stock of 150 units. What is the order point?"),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(200, 3, 150), unit="units",
    ),
    Item(
        question=("reorder point? d = 35/day, LT 12 days, safety stock = 2 days of supply"),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(35, 12, 2 * 35), unit="units",
        note="safety stock derived as 2 days x 35",
    ),
    Item(
        question=("Weekly demand 300 units, standard deviation of forecast error 40 units per week, lead "
                  "time 4 weeks, safety factor z = 1.65. Compute the order point including safety stock."),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(300, 4, calc.safety_stock(1.65, 40, 4, 1)), unit="units",
        note="SS derived from sigma scaled to lead time",
    ),
    Item(
        question=("ROP question — demand is 500 units a week and we hold 400 units safety stock. The item "
                  "costs $3. What order point should we set?"),
        domain=INV, formula="Order point", function="order_point",
        compute=None, unit="units", missing=["lead_time"],
        note="lead time missing",
    ),
    # ------------------------------------------------------------------ Statistical safety stock
    Item(
        question=("Management wants a 95% service level (use z = 1.65). The standard deviation of demand "
                  "over the lead time is 120 units. How much safety stock?"),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(1.65, 120), unit="units",
    ),
    Item(
        question=("Hi! I am from Brazil and still learning. Service level target is 90 percent, sigma of "
                  "forecast error during lead time is 250 unit. How many safety stock I need?"),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(calc.safety_factor(0.90), 250), unit="units",
        note="z from 90% service level (about 1.28)",
    ),
    Item(
        question=("The MAD of forecast error for an item is 80 units; the forecast interval and the lead "
                  "time are both one month. Safety factor 1.28. Safety stock = ?"),
        domain=INV, formula="Statistical safety stock", function="safety_stock_from_mad",
        compute=lambda: calc.safety_stock_from_mad(1.28, 80, 1, 1), unit="units",
        note="sigma = 1.25 MAD",
    ),
    Item(
        question=("SS for 99% csl? σ_LT = 64 units. (our ERP says z = 2.33)"),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(2.33, 64), unit="units",
    ),
    # ------------------------------------------------------------------ Scaling sigma to lead time
    Item(
        question=("Std dev of weekly forecast error is 30 units. Lead time is 9 weeks. What is the standard "
                  "deviation over the lead time?"),
        domain=INV, formula="Scaling σ to the lead time", function="sigma_over_lead_time",
        compute=lambda: calc.sigma_over_lead_time(30, 9, 1), unit="units",
    ),
    Item(
        question=("Forecasts are made monthly (4-week months), MAD = 50 units per month. The lead time is "
                  "16 weeks. With a safety factor of 1.65, what safety stock should be carried?"),
        domain=INV, formula="Scaling σ to the lead time", function="safety_stock_from_mad",
        compute=lambda: calc.safety_stock_from_mad(1.65, 50, 16, 4), unit="units",
        note="LT/FI = 16/4",
    ),
    Item(
        question=("forecast interval = 2 weeks, std dev of error per interval 60, lead time 8 weeks, "
                  "z 2.33. safety stock?"),
        domain=INV, formula="Scaling σ to the lead time", function="safety_stock",
        compute=lambda: calc.safety_stock(2.33, 60, 8, 2), unit="units",
    ),
    Item(
        question=("Daily demand error has σ = 12 units per day. Replenishment takes 25 days. Convert σ to the "
                  "lead-time period."),
        domain=INV, formula="Scaling σ to the lead time", function="sigma_over_lead_time",
        compute=lambda: calc.sigma_over_lead_time(12, 25, 1), unit="units",
    ),
    # ------------------------------------------------------------------ SS after lead-time change
    Item(
        question=("We carry 400 units of safety stock with a 4-week lead time. The supplier has moved "
                  "production offshore and lead time is now 9 weeks. New safety stock?"),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(400, 4, 9), unit="units",
    ),
    Item(
        question=("Good news from the forwarded email: 'vendor cut lead time from 6 wks to 2 wks, effective "
                  "3/1'. Current SS is 900 pcs. What should safety stock become (same service level)?"),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(900, 6, 2), unit="units",
    ),
    Item(
        question=("Safety stock 320 units was set for a 20 working day lead time. Lead time is now 5 weeks "
                  "(5 working days per week). Revised safety stock?"),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(320, 20, 5 * 5), unit="units",
        note="new lead time converted to 25 days",
    ),
    Item(
        question=("Our safety stock is 500 units. Lead time is going up to 8 weeks. How much safety stock "
                  "should we hold now?"),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=None, unit="units", missing=["lead_time_old"],
        note="old lead time not given",
    ),
    # ------------------------------------------------------------------ Periodic review
    Item(
        question=("Periodic review system: demand 150 units/week, review every 2 weeks, lead time 1 week, "
                  "safety stock 90 units. What is the target (order-up-to) level?"),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_target",
        compute=lambda: calc.periodic_review_target(150, 2, 1, 90), unit="units",
    ),
    Item(
        question=("Order-up-to question: D = 150/wk, R = 2 wks, L = 1 wk, SS = 90. At review we have 210 "
                  "on hand, 100 on order and 30 backordered. How many should we order?"),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_order",
        compute=lambda: calc.periodic_review_order(calc.periodic_review_target(150, 2, 1, 90), 210, 100, 30),
        unit="units",
    ),
    Item(
        question=("Shelf items are reviewed every 10 days. Lead time 4 days, average daily demand 25, "
                  "safety stock 50. Maximum (target) inventory level = ?"),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_target",
        compute=lambda: calc.periodic_review_target(25, 10, 4, 50), unit="units",
    ),
    Item(
        question=("target level is 1,000. on hand 380, open PO 250, backorders 40. order qty?"),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_order",
        compute=lambda: calc.periodic_review_order(1000, 380, 250, 40), unit="units",
    ),
    # ------------------------------------------------------------------ ABC
    Item(
        question=("Part\tAnnual units\tUnit cost\n"
                  "P-101\t800\t$50.00\n"
                  "P-102\t1,450\t$20.00\n"
                  "P-103\t2,200\t$5.00\n"
                  "P-104\t300\t$30.00\n"
                  "P-105\t4,000\t$1.50\n"
                  "P-106\t500\t$5.00\n"
                  "P-107\t3,000\t$0.50\n"
                  "P-108\t125\t$8.00\n"
                  "Class A = top 80% of annual dollar usage, B = next 15%, C = the rest. How many parts are "
                  "class A?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: sum(1 for v in calc.abc_classification(_ABC1, 0.80, 0.95).values() if v["class"] == "A"),
        unit="count",
    ),
    Item(
        question=("Using the same table (P-101 800 @ $50, P-102 1,450 @ $20, P-103 2,200 @ $5, P-104 300 @ $30, "
                  "P-105 4,000 @ $1.50, P-106 500 @ $5, P-107 3,000 @ $0.50, P-108 125 @ $8), what "
                  "cumulative percent of annual dollar usage is reached by the fourth-ranked part?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: list(calc.abc_classification(_ABC1).values())[3]["cumulative_share"] * 100,
        unit="percent",
    ),
    Item(
        question=("item,annual_dollar_usage\n"
                  "A1,35000\nA2,25000\nA3,10000\nA4,8000\nA5,7000\nA6,5000\nA7,4000\nA8,3000\nA9,2000\nA10,1000\n"
                  "policy: A items = first 70% of value, B = up to 90%, rest C. how many B items?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: sum(1 for v in calc.abc_classification(_ABC2, 0.70, 0.90).values() if v["class"] == "B"),
        unit="count",
    ),
    Item(
        question=("ABC: P-102 uses 1,450 units/yr at $20. The other parts' annual dollar usage: P-101 $40,000, "
                  "P-103 $11,000, P-104 $9,000, P-105 $6,000, P-106 $2,500, P-107 $1,500, P-108 $1,000. "
                  "What percent of total annual dollar usage is P-102?"),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: calc.abc_classification(_ABC1)["P-102"]["share"] * 100, unit="percent",
    ),
    # ------------------------------------------------------------------ Cycle-count workload
    Item(
        question=("A warehouse has 400 A items counted monthly, 1,200 B items counted quarterly and 2,400 C "
                  "items counted once a year. There are 240 working days. How many counts per day?"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 400, "B": 1200, "C": 2400}, {"A": 12, "B": 4, "C": 1}, 240),
        unit="count",
    ),
    Item(
        question=("Class | # items | count freq\n"
                  "A | 150 | weekly\n"
                  "B | 600 | monthly\n"
                  "C | 2,250 | twice a year\n"
                  "250 working days/yr, 52 weeks. Daily cycle count workload?"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 150, "B": 600, "C": 2250}, {"A": 52, "B": 12, "C": 2}, 250),
        unit="count",
    ),
    Item(
        question=("we're starting cycle counting: 80 A parts 6x/yr, 320 B parts quarterly, 1,600 C parts "
                  "annually. plant runs 5 days a week for 50 weeks. how many counts does the counter do "
                  "per day? (we have 2 counters but just tell me the total)"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 80, "B": 320, "C": 1600}, {"A": 6, "B": 4, "C": 1}, 5 * 50),
        unit="count", note="working days derived 5 x 50",
    ),
    Item(
        question=("Cycle count plan: 300 A items counted monthly, 900 B items counted quarterly, 3,000 C "
                  "items. 250 working days. Counts per day?"),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=None, unit="count", missing=["counts_per_year"],
        note="C-class count frequency missing",
    ),
    # ------------------------------------------------------------------ Record accuracy
    Item(
        question="485 of the 500 records counted were within tolerance. Inventory record accuracy %?",
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: calc.inventory_record_accuracy(485, 500) * 100, unit="percent",
    ),
    Item(
        question=("Last month the team counted 320 locations; 24 of them were outside tolerance. What was "
                  "record accuracy in percent?"),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: calc.inventory_record_accuracy(320 - 24, 320) * 100, unit="percent",
        note="within tolerance = counted - outside",
    ),
    Item(
        question=("Cycle count results, tolerance ±2% of the record for every item:\n"
                  "SKU   Record  Counted\n"
                  "1001    100     101\n"
                  "1002    250     240\n"
                  "1003     75      75\n"
                  "1004  1,000     985\n"
                  "1005     40      38\n"
                  "1006    500     508\n"
                  "1007     60      60\n"
                  "1008    320     300\n"
                  "1009     12      12\n"
                  "1010    800     790\n"
                  "What is the inventory record accuracy (%)?"),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: calc.inventory_record_accuracy(7, 10) * 100, unit="percent",
        note="7 of 10 within +/-2% (1002, 1005, 1008 out)",
    ),
    # ------------------------------------------------------------------ Inventory turns
    Item(
        question="COGS $4.2m, avg inventory at cost $700k. turns?",
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(4_200_000, 700_000), unit="ratio",
    ),
    Item(
        question=("Last year sales were $14 million and cost of goods sold was $9.6 million. Inventory was "
                  "$1.1 million at cost at the start of the year and $1.3 million at the end. How many "
                  "inventory turns did we achieve?"),
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(9_600_000, (1_100_000 + 1_300_000) / 2), unit="ratio",
        note="average inventory from beginning and ending; sales is a distractor",
    ),
    Item(
        question=("Q3 cost of goods sold was $2.25M. Average inventory (at cost) held steady at $1.5M. "
                  "What is the annualized inventory turnover?"),
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(2_250_000 * 4, 1_500_000), unit="ratio",
        note="annual COGS = quarterly x 4",
    ),
    # ------------------------------------------------------------------ Days of supply
    Item(
        question="on hand 1,800, avg daily usage 120. days of supply?",
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(1800, 120), unit="days",
    ),
    Item(
        question=("We have 4,500 units on the shelf and consumption over the past 13 weeks was 9,750 units. "
                  "How many weeks of supply do we have?"),
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(4500, 9750 / 13), unit="weeks",
        note="weekly usage derived as 9,750 / 13",
    ),
    Item(
        question=("ERP snapshot ITEM 5530-C  OH: 2 640  ALLOC: 0  MTD USAGE (22 working days): 3 520. "
                  "How many working days of supply is the on-hand?"),
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(2640, 3520 / 22), unit="days",
    ),
    # ------------------------------------------------------------------ Carrying cost in money
    Item(
        question=("Average inventory is valued at $2.4 million and our carrying cost rate is 25% per year. "
                  "What is the annual carrying cost?"),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(2_400_000, 0.25), unit="money",
    ),
    Item(
        question=("Our finance guy says holding costs us 1.5% per month. For this item we order 2,000 units at "
                  "a time, keep 400 safety stock, and each unit costs $12.50. What's the annual carrying cost "
                  "in dollars?"),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost((2000 / 2 + 400) * 12.50, 0.015 * 12), unit="money",
        note="average value = (Q/2 + SS) x c; rate annualized",
    ),
    Item(
        question=("Carrying cost components: cost of capital 12%, storage 4%, obsolescence 3%, insurance and "
                  "taxes 2%. Average inventory $850k. What does it cost per year to carry the inventory?"),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(850_000, 0.12 + 0.04 + 0.03 + 0.02), unit="money",
        note="rate = sum of components",
    ),
    # ------------------------------------------------------------------ Valuation
    Item(
        question=("Receipts this quarter: Jan 3 — 200 units @ $4.00; Feb 10 — 300 units @ $4.50; Mar 2 — 500 "
                  "units @ $5.00. 700 units were issued. What is cost of goods sold under FIFO?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation(_VAL1, 700, "fifo")["cogs"], unit="money",
    ),
    Item(
        question=("Same receipts (200 @ $4.00, then 300 @ $4.50, then 500 @ $5.00), 700 issued. Value of "
                  "ending inventory using LIFO?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation(_VAL1, 700, "lifo")["ending_inventory"], unit="money",
    ),
    Item(
        question="layers: 200@4.00, 300@4.50, 500@5.00 — weighted avg unit cost?",
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation(_VAL1, 0, "weighted_average")["unit_cost"], unit="money",
    ),
    Item(
        question=("Two receipts: 400 units at $5.80 and 600 units at $6.30. We issued 750 units. Using the "
                  "weighted average cost method, what is COGS?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation(_VAL2, 750, "weighted_average")["cogs"], unit="money",
    ),
    Item(
        question=("Standard cost of the part is $6.00. We received 400 units at $5.80 and 600 at $6.30, and "
                  "issued 750. What is the ending inventory value at standard cost?"),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation(_VAL2, 750, "standard", standard_cost=6.00)["ending_inventory"],
        unit="money",
    ),
    # ------------------------------------------------------------------ Newsvendor
    Item(
        question=("Christmas trees: we sell at $20, buy at $8, and leftovers are sold for mulch at $3. What "
                  "service level (probability demand ≤ Q) should we stock to? Give it in %."),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="critical_fractile",
        compute=lambda: calc.critical_fractile(20 - 8, 8 - 3) * 100, unit="percent",
        note="Cu = price - cost, Co = cost - salvage",
    ),
    Item(
        question=("Single-period item, demand normal with mean 400 and std dev 80. Underage cost $9 per "
                  "unit, overage cost $3 per unit. How many should be stocked?"),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="newsvendor_quantity",
        compute=lambda: calc.newsvendor_quantity(400, 80, 9, 3), unit="units",
    ),
    Item(
        question="newsvendor: cost of shortage $6/unit, cost of excess $2/unit. critical ratio?",
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="critical_fractile",
        compute=lambda: calc.critical_fractile(6, 2), unit="fraction",
    ),
    Item(
        question=("A newspaper kiosk: mean demand 150 papers a day. Paper sells for $2.50, costs $1.00 and "
                  "unsold ones are worthless. How many papers to stock?"),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="newsvendor_quantity",
        compute=None, unit="units", missing=["sd_demand"],
        note="demand spread not given",
    ),
    # ================================================================== DETAILED SCHEDULES
    # ------------------------------------------------------------------ Operation time
    Item(
        question=("Work order 55012: 250 pieces, setup 1.5 hours, run time 0.04 hours per piece. Total "
                  "operation time in hours?"),
        domain=SCH, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(250, 1.5, 0.04), unit="hours",
    ),
    Item(
        question=("Setup takes 45 minutes and each unit runs 2.4 minutes. Order quantity 400. How many "
                  "hours will the operation take?"),
        domain=SCH, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(400, 45 / 60, 2.4 / 60), unit="hours",
        note="minutes converted to hours",
    ),
    Item(
        question="op time in minutes? setup 30 min, 120 pcs x 1.5 min each",
        domain=SCH, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(120, 30, 1.5), unit="minutes",
        note="all in minutes",
    ),
    # ------------------------------------------------------------------ Manufacturing lead time
    Item(
        question=("Routing for part 88-10 (all times in days):\n"
                  "Op  Queue  Setup  Run  Wait  Move\n"
                  "10  2.0    0.5    1.5  0.5   0.5\n"
                  "20  3.0    0.25   2.0  0.25  0.5\n"
                  "30  1.0    0.25   0.75 0     0.25\n"
                  "What is the total manufacturing lead time?"),
        domain=SCH, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 2.0, "setup": 0.5, "run": 1.5, "wait": 0.5, "move": 0.5},
            {"queue": 3.0, "setup": 0.25, "run": 2.0, "wait": 0.25, "move": 0.5},
            {"queue": 1.0, "setup": 0.25, "run": 0.75, "wait": 0, "move": 0.25}]), unit="days",
    ),
    Item(
        question=("Two operations. Op A: queue 16 h, setup 2 h, run 6 h, wait 4 h, move 4 h. Op B: queue 24 h, "
                  "setup 1 h, run 5 h, move 2 h. One shift of 8 hours per day. What is the manufacturing "
                  "lead time in days?"),
        domain=SCH, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 16, "setup": 2, "run": 6, "wait": 4, "move": 4},
            {"queue": 24, "setup": 1, "run": 5, "move": 2}]) / 8, unit="days",
        note="hours divided by 8 h/day",
    ),
    Item(
        question=("MLT? op1 | q 3 | su 0.5 | run 2 | wait 1 | move 0.5 || op2 | q 2 | su 0.5 | run 1 | wait 0 | "
                  "move 0.5 (days). queue is like 60% of it right??"),
        domain=SCH, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 3, "setup": 0.5, "run": 2, "wait": 1, "move": 0.5},
            {"queue": 2, "setup": 0.5, "run": 1, "wait": 0, "move": 0.5}]), unit="days",
    ),
    # ------------------------------------------------------------------ Backward-scheduled start
    Item(
        question=("An order is due on shop day 412. Its remaining manufacturing lead time is 15 working days. "
                  "On which shop day must it start (backward scheduling)?"),
        domain=SCH, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(412, 15), unit="days", note="answer is a shop-calendar day",
    ),
    Item(
        question=("Due on M-day 585. Lead time is 4 weeks (5 working days per week). Backward scheduled "
                  "start day?"),
        domain=SCH, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(585, 4 * 5), unit="days", note="lead time 20 days",
    ),
    Item(
        question=("Customer due date = day 240 on the shop calendar. Routing: op 10 takes 3 days queue + 1 day "
                  "setup/run + 1 day move; op 20 takes 2 days queue + 2 days setup/run + 1 day move. When "
                  "should we release the order?"),
        domain=SCH, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(240, (3 + 1 + 1) + (2 + 2 + 1)), unit="days",
        note="lead time summed from routing = 10 days",
    ),
    # ------------------------------------------------------------------ Critical ratio
    Item(
        question="today = day 120, job due day 135, remaining LT 10 days. CR?",
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(135, 120, 10), unit="ratio",
    ),
    Item(
        question=("Today is shop day 300. Three jobs in the dispatch list:\n"
                  "Job 4411: due 312, lead time remaining 8 days\n"
                  "Job 4412: due 306, lead time remaining 10 days\n"
                  "Job 4413: due 320, lead time remaining 16 days\n"
                  "What is the critical ratio of the job that should run first?"),
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=lambda: min(calc.critical_ratio(312, 300, 8), calc.critical_ratio(306, 300, 10),
                            calc.critical_ratio(320, 300, 16)), unit="ratio",
        note="lowest CR runs first (job 4412, 0.6)",
    ),
    Item(
        question=("A job is due in 8 working days and still needs 10 working days of lead time. Calculate "
                  "its critical ratio."),
        domain=SCH, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(8, 0, 10), unit="ratio",
    ),
    # ------------------------------------------------------------------ Slack
    Item(
        question=("Order due on day 150; today is day 138; 7 days of processing remain. What is the slack?"),
        domain=SCH, formula="Slack", function="slack",
        compute=lambda: calc.slack(150, 138, 7), unit="days",
    ),
    Item(
        question=("Using slack per remaining operation: today is day 72, due day 90, total remaining "
                  "processing time 10 days spread over 4 operations. What is the slack per operation?"),
        domain=SCH, formula="Slack", function="slack_per_operation",
        compute=lambda: calc.slack_per_operation(90, 72, 10, 4), unit="days",
    ),
    Item(
        question=("The job is due 12 working days from today. It still needs 36 hours of processing and we "
                  "run one 8-hour shift a day. Slack in days?"),
        domain=SCH, formula="Slack", function="slack",
        compute=lambda: calc.slack(12, 0, 36 / 8), unit="days", note="36 h / 8 h per day = 4.5 days",
    ),
    # ------------------------------------------------------------------ Sequencing
    Item(
        question=("Five jobs wait at a work center (all available now), listed in arrival order:\n"
                  "Job  Proc time (days)  Due (days from now)\n"
                  "J1   5   10\n"
                  "J2   3   6\n"
                  "J3   8   18\n"
                  "J4   2   5\n"
                  "J5   6   20\n"
                  "Using SPT, what is the average flow time?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs(_JOBS1, "SPT")["average_flow_time"], unit="days",
    ),
    Item(
        question=("same 5 jobs (J1 5d due 10, J2 3d due 6, J3 8d due 18, J4 2d due 5, J5 6d due 20) — if we "
                  "sequence by earliest due date what's the average tardiness?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs(_JOBS1, "EDD")["average_tardiness"], unit="days",
    ),
    Item(
        question=("Jobs arrived in order A, B, C, D with processing times 4, 7, 3, 5 hours and due times 6, 9, "
                  "15, 12 hours from now. Under first-come-first-served, what is the average number of jobs in "
                  "the system?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs(_JOBS2, "FCFS")["average_jobs_in_system"], unit="number",
        note="sum of flow times / makespan",
    ),
    Item(
        question=("Exhibit 4: Jobs K, L, M, N (all on hand at day 0).\n"
                  "K: 6 days work, due day 12\nL: 4 days work, due day 6\nM: 10 days work, due day 11\n"
                  "N: 3 days work, due day 9\n"
                  "Sequence by the critical ratio rule (due date / processing time, lowest first). What is "
                  "the maximum tardiness?"),
        domain=SCH, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs(_JOBS3, "CR")["max_tardiness"], unit="days",
    ),
    # ------------------------------------------------------------------ Input/output control
    Item(
        question=("I/O report for WC 300 (standard hours), beginning queue 120 hrs:\n"
                  "Week            1    2    3    4\n"
                  "Planned input  200  200  200  200\n"
                  "Actual input   190  215  180  205\n"
                  "Planned output 210  210  210  210\n"
                  "Actual output  200  205  195  220\n"
                  "What is the queue at the end of week 4?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control(**_IO)["queue"][3], unit="hours",
    ),
    Item(
        question=("wk1 planned in 200 / actual in 190, wk2 200/215, wk3 200/180, wk4 200/205. planned out "
                  "210 every wk, actual out 200, 205, 195, 220. start backlog 120 std hrs. cumulative input "
                  "deviation thru wk 3?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control(**_IO)["cumulative_input_deviation"][2], unit="hours",
    ),
    Item(
        question=("Month,Planned In,Actual In,Planned Out,Actual Out\n"
                  "Jan,500,480,520,510\nFeb,520,560,520,500\nMar,540,530,520,545\n"
                  "Opening queue 300 standard hours. What is the cumulative output deviation at the end of March?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control(**_IO2)["cumulative_output_deviation"][2], unit="hours",
    ),
    Item(
        question=("Planned input 500/520/540, actual input 480/560/530 for Jan/Feb/Mar; planned output 520 each "
                  "month, actual output 510/500/545. Starting queue was 300 hours. What's the queue after Feb?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control(**_IO2)["queue"][1], unit="hours",
    ),
    Item(
        question=("Work center input/output: planned input 100 per week, actual input 90, 110, 95; actual "
                  "output 100, 100, 100 (planned output also 100). What is the backlog at the end of week 3?"),
        domain=SCH, formula="Input/output control", function="input_output_control",
        compute=None, unit="hours", missing=["beginning_queue"],
        note="starting queue not given",
    ),
    # ------------------------------------------------------------------ Little's Law
    Item(
        question=("A line completes 60 units per day and a unit spends 4 days in the process. How much WIP "
                  "is in the line?"),
        domain=SCH, formula="Little's Law", function="littles_law_wip",
        compute=lambda: calc.littles_law_wip(60, 4), unit="units",
    ),
    Item(
        question="WIP 1,500 units, throughput 300/week → flow time in weeks? (Little)",
        domain=SCH, formula="Little's Law", function="littles_law_flow_time",
        compute=lambda: calc.littles_law_flow_time(1500, 300), unit="weeks",
    ),
    Item(
        question=("Our cell puts out 12 units per hour and runs two 8-hour shifts a day. There are 480 units "
                  "of WIP on the floor. Average throughput time in days?"),
        domain=SCH, formula="Little's Law", function="littles_law_flow_time",
        compute=lambda: calc.littles_law_flow_time(480, 12 * 8 * 2), unit="days",
        note="throughput per day = 12 x 16",
    ),
    # ------------------------------------------------------------------ Takt time
    Item(
        question=("The plant runs 2 shifts of 8 hours. Each shift has two 15-minute breaks and a 30-minute "
                  "lunch, during which the line stops. Customer demand is 672 units per day. Takt time in "
                  "minutes?"),
        domain=SCH, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(2 * (8 * 60 - 2 * 15 - 30), 672), unit="minutes",
        note="available = 2 x 420 min",
    ),
    Item(
        question="takt? 5 days x 7.5 h per week available, weekly demand 900 units. answer in minutes",
        domain=SCH, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(5 * 7.5 * 60, 900), unit="minutes",
    ),
    Item(
        question=("Bonjour, monthly demand is 5 040 pieces and the month has 21 working days. We work one shift "
                  "of 8 h with 40 min of pauses. What is takt time in minute per piece?"),
        domain=SCH, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(8 * 60 - 40, 5040 / 21), unit="minutes",
        note="daily demand 240, daily available 440 min",
    ),
    Item(
        question=("Takt time: the line is available 450 minutes per shift, 2 shifts a day. We have 6 operators "
                  "on the line. What takt time should we run?"),
        domain=SCH, formula="Takt time", function="takt_time",
        compute=None, unit="minutes", missing=["demand"],
        note="customer demand not given",
    ),
    # ------------------------------------------------------------------ Kanban
    Item(
        question=("Demand at the assembly cell is 300 parts per hour. Kanban lead time (wait + processing) is "
                  "2 hours, the safety factor is 10%, and each container holds 60 parts. How many "
                  "containers are needed (whole containers)?"),
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: _ceil(calc.kanban_containers(300, 2, 0.10, 60)), unit="count",
    ),
    Item(
        question=("kanban sizing: usage 120/day, waiting time 0.5 day + processing 1.5 days, alpha 0.2, "
                  "container = 25 pcs. # of cards (round up)?"),
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: _ceil(calc.kanban_containers(120, 0.5 + 1.5, 0.2, 25)), unit="count",
        note="lead time = wait + processing",
    ),
    Item(
        question=("Compute N = D L (1 + α) / C for D = 200 units/hour, L = 90 minutes, α = 0.10, C = 50. "
                  "Give the unrounded value."),
        domain=SCH, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: calc.kanban_containers(200, 90 / 60, 0.10, 50), unit="number",
        note="lead time converted to 1.5 h; unrounded",
    ),
    # ------------------------------------------------------------------ Line balancing
    Item(
        question=("Tasks (seconds): A 45, B 30, C 50, D 25, E 40, F 35. Cycle time 60 s. What is the "
                  "theoretical minimum number of workstations?"),
        domain=SCH, formula="Line balancing", function="minimum_workstations",
        compute=lambda: calc.minimum_workstations(_TASKS1, 60), unit="count",
    ),
    Item(
        question=("Same six tasks (45, 30, 50, 25, 40, 35 s) balanced onto 5 stations with a 50-second cycle. "
                  "Balance efficiency %?"),
        domain=SCH, formula="Line balancing", function="balance_efficiency",
        compute=lambda: calc.balance_efficiency(_TASKS1, 5, 50) * 100, unit="percent",
    ),
    Item(
        question=("The line has 450 minutes available per day and must make 360 units per day. Task times in "
                  "seconds: 20, 45, 30, 60, 35, 25, 40, 50. Minimum number of stations?"),
        domain=SCH, formula="Line balancing", function="minimum_workstations",
        compute=lambda: calc.minimum_workstations(_TASKS2, 450 * 60 / 360), unit="count",
        note="cycle = takt = 75 s",
    ),
    Item(
        question=("Tasks take 1.2, 0.8, 2.0, 1.5 and 0.5 minutes. Cycle time is 2.2 minutes. If we staff the "
                  "theoretical minimum number of stations, what is the balance efficiency in percent?"),
        domain=SCH, formula="Line balancing", function="balance_efficiency",
        compute=lambda: calc.balance_efficiency(_TASKS3, calc.minimum_workstations(_TASKS3, 2.2), 2.2) * 100,
        unit="percent", note="stations = ceil(6.0 / 2.2) = 3",
    ),
    # ------------------------------------------------------------------ Throughput accounting
    Item(
        question=("FY numbers from the plant controller: sales $2.4M, raw materials $900k, outsourced "
                  "processing $150k (both totally variable), direct labour $400k (we treat labour as "
                  "operating expense). What is throughput (T)?"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(2_400_000, 900_000 + 150_000, 400_000, 1)["throughput"],
        unit="money", note="TVC = materials + outsourcing",
    ),
    Item(
        question=("TOC: sales 5m, totally variable cost 2m, operating expense 2.2m, investment 4m. net profit?"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(5_000_000, 2_000_000, 2_200_000, 4_000_000)["net_profit"],
        unit="money",
    ),
    Item(
        question=("We sold 10,000 units at $80 each; totally variable cost is $30 per unit. Operating expense "
                  "was $350,000 and investment (inventory + assets) is $1,000,000. What is ROI in percent, "
                  "using throughput accounting?"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(10000 * 80, 10000 * 30, 350_000, 1_000_000)["roi"] * 100,
        unit="percent", note="sales and TVC from per-unit figures",
    ),
    Item(
        question=("Throughput accounting ROI: revenue $3.1M, TVC $1.2M, OE $1.4M. What's the ROI?"),
        domain=SCH, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=None, unit="percent", missing=["investment"],
        note="investment not given",
    ),
]
