"""Blind calculation questions for the inventory and detailed-schedules domains (part `inv_sched`).

Written without seeing the question reader; every expected value is computed through tutor.calc.
"""

from __future__ import annotations

import math

from eval.blind.item import Item
from tutor import calc

INV = "inventory"
DS = "detailed-schedules"

# Outline calculation names, exactly as in outline_calcs.md.
EOQ = "Economic order quantity"
COSTS = "Annual cost components"
ORDERS = "Orders per year / time between orders"
EPQ = "Economic production quantity"
QD = "Quantity discounts"
AVG = "Average inventory"
DDLT = "Lead-time demand"
OP = "Order point"
SS = "Statistical safety stock"
SCALE = "Scaling σ to the lead time"
SSLT = "Safety stock after a lead-time change"
PR = "Periodic review (order-up-to) target"
ABC = "ABC classification"
CYCLE = "Cycle-count workload"
IRA = "Inventory record accuracy"
TURNS = "Inventory turns"
DOS = "Days (weeks) of supply"
CARRY = "Carrying cost in money"
VAL = "Valuation"
NEWS = "Single-period (newsvendor) stocking (may appear)"

OPT = "Operation time"
MLT = "Manufacturing lead time"
BACK = "Backward-scheduled start"
CR = "Critical ratio"
SLACK = "Slack"
SEQ = "Sequencing measures"
IO = "Input/output control"
LITTLE = "Little's Law"
TAKT = "Takt time"
KANBAN = "Number of kanban containers"
LINE = "Line balancing"
TOC = "Throughput accounting (TOC)"


# ---- shared data sets ---------------------------------------------------------------------------

# ABC data for the tab-separated paste (part: annual units, unit cost).
_ABC_PASTE = {"P-210": (2000, 3.00), "P-114": (1200, 45.00), "P-377": (90, 50.00), "P-052": (3000, 9.00),
              "P-489": (160, 30.00), "P-233": (600, 25.00), "P-901": (1000, 1.50), "P-618": (480, 15.00)}

# Sequencing set 1 (days), listed in arrival order.
_JOBS_1 = [{"name": "A", "processing_time": 7, "due": 15}, {"name": "B", "processing_time": 3, "due": 9},
           {"name": "C", "processing_time": 10, "due": 25}, {"name": "D", "processing_time": 4, "due": 8},
           {"name": "E", "processing_time": 6, "due": 20}]
# Sequencing set 2 (hours), listed in arrival order.
_JOBS_2 = [{"name": "1", "processing_time": 4, "due": 12}, {"name": "2", "processing_time": 9, "due": 16},
           {"name": "3", "processing_time": 2, "due": 5}, {"name": "4", "processing_time": 6, "due": 10},
           {"name": "5", "processing_time": 3, "due": 20}, {"name": "6", "processing_time": 5, "due": 14}]

# Record-accuracy table: (record, count, tolerance fraction).
_IRA_ROWS = [(500, 494, 0.02), (120, 120, 0.02), (1000, 962, 0.03), (60, 62, 0.03),
             (2400, 2310, 0.05), (75, 70, 0.05), (300, 300, 0.05), (900, 860, 0.05)]


def _abc(rows):
    return calc.abc_classification({k: u * c for k, (u, c) in rows.items()})


ITEMS: list[Item] = [
    # ================================ INVENTORY ================================================
    # ---- Economic order quantity ----
    Item(question="eoq? A=18k/yr S=$75 i=20% c=$30",
         domain=INV, formula=EOQ, function="eoq",
         compute=lambda: calc.eoq(annual_demand=18000, order_cost=75, carrying_rate=0.20, unit_cost=30),
         unit="units"),
    Item(question=("ok so my study guide says EOQ = sqrt(2AS/ic) but our demand is weekly and I'm not sure what "
                   "to do with it. we sell 450 units a week, 52 weeks a year, every PO costs us $120 to place, "
                   "the part costs $8.40 and carrying cost is 24% per year. what EOQ should I get??"),
         domain=INV, formula=EOQ, function="eoq",
         compute=lambda: calc.eoq(annual_demand=450 * 52, order_cost=120, carrying_rate=0.24, unit_cost=8.40),
         unit="units", note="annual demand derived: 450/week x 52 weeks"),
    Item(question="D = 9 600 units/yr, S = $45 per order, H = $2.40 per unit per year. Economic order qty?",
         domain=INV, formula=EOQ, function="eoq",
         compute=lambda: calc.eoq(annual_demand=9600, order_cost=45, carrying_rate=1.0, unit_cost=2.40),
         unit="units", note="H given directly; passed as i = 1, c = H so that i x c = H"),
    Item(question=("what is the eoq for part 7731-B? annual usage is 5,200 pcs, ordering cost $60 per order and "
                   "the unit price is $14.50"),
         domain=INV, formula=EOQ, function="eoq",
         compute=None, unit="units", missing=["carrying_rate"], note="no carrying rate or holding cost given"),

    # ---- Annual cost components ----
    Item(question=("We order 800 at a time. Annual usage 9,600, cost per order $45, carrying rate 22%, unit cost "
                   "$16. What's the annual ordering cost?"),
         domain=INV, formula=COSTS, function="inventory_costs",
         compute=lambda: calc.inventory_costs(annual_demand=9600, order_quantity=800, order_cost=45,
                                              carrying_rate=0.22, unit_cost=16)["ordering"],
         unit="money"),
    Item(question=("annual carrying cost? Q = 1,500 units, safety stock 300 units, unit cost $22, i = 20%/yr "
                   "(annual demand 18,000 and S = $85 if that matters)"),
         domain=INV, formula=COSTS, function="inventory_costs",
         compute=lambda: calc.inventory_costs(annual_demand=18000, order_quantity=1500, order_cost=85,
                                              carrying_rate=0.20, unit_cost=22, safety_stock=300)["carrying"],
         unit="money", note="carrying includes safety stock: (Q/2 + SS) x i x c"),
    Item(question=("| annual demand | order cost | carrying % | unit cost | lot size |\n"
                   "|---|---|---|---|---|\n"
                   "| 42,000 | $110 | 18% | $9.75 | 3,500 |\n"
                   "what's the total annual ordering + carrying cost at this lot size?"),
         domain=INV, formula=COSTS, function="inventory_costs",
         compute=lambda: calc.inventory_costs(annual_demand=42000, order_quantity=3500, order_cost=110,
                                              carrying_rate=0.18, unit_cost=9.75)["total"],
         unit="money"),

    # ---- Orders per year / time between orders ----
    Item(question="how many orders/yr if A = 24,000 and Q = 1,500?",
         domain=INV, formula=ORDERS, function="orders_per_year",
         compute=lambda: calc.orders_per_year(annual_demand=24000, order_quantity=1500), unit="count"),
    Item(question=("annual demand 31 200 units, order qty 1 200, the plant works 260 days a year. how many "
                   "working days between orders?"),
         domain=INV, formula=ORDERS, function="time_between_orders",
         compute=lambda: calc.time_between_orders(annual_demand=31200, order_quantity=1200, working_days=260),
         unit="days"),
    Item(question=("Annual demand is 6.5k and we buy in lots of 500. Assuming a 52-week year, how many weeks "
                   "are there between orders?"),
         domain=INV, formula=ORDERS, function="time_between_orders",
         compute=lambda: calc.time_between_orders(annual_demand=6500, order_quantity=500, working_days=52),
         unit="weeks", note="52 weeks per year used as the period count to get weeks"),

    # ---- Economic production quantity ----
    Item(question="EPQ?? A=15,000/yr, setup $200, i=25%, c=$40, d=60/day, p=250/day",
         domain=INV, formula=EPQ, function="epq",
         compute=lambda: calc.epq(annual_demand=15000, setup_cost=200, carrying_rate=0.25, unit_cost=40,
                                  usage_rate=60, production_rate=250),
         unit="units"),
    Item(question=("our packing line can make 1,000 units a week but we only use 400 a week. annual demand is "
                   "20,800. each changeover costs $350, the item costs $18 and carrying is 30%/yr. whats the "
                   "economic production run size?"),
         domain=INV, formula=EPQ, function="epq",
         compute=lambda: calc.epq(annual_demand=20800, setup_cost=350, carrying_rate=0.30, unit_cost=18,
                                  usage_rate=400, production_rate=1000),
         unit="units"),
    Item(question=("max inventory during a production run? we run lots of 3,000, the machine makes 500 a day "
                   "and we use 150 a day"),
         domain=INV, formula=EPQ, function="epq_max_inventory",
         compute=lambda: calc.epq_max_inventory(lot_size=3000, usage_rate=150, production_rate=500),
         unit="units", note="maximum inventory variant: Q x (1 - d/p)"),
    Item(question=("economic production quantity for a bracket: annual demand 8,000, setup cost $150 per run, "
                   "carrying cost $3 per unit per year, we consume about 32 a day. what lot size should we run?"),
         domain=INV, formula=EPQ, function="epq",
         compute=None, unit="units", missing=["production_rate"], note="production rate never given"),

    # ---- Quantity discounts ----
    Item(question=("price breaks from our supplier:\n"
                   "qty 1-499: $10.00\n"
                   "500-999: $9.50\n"
                   "1,000+: $9.00\n"
                   "annual demand 5,000, cost per order $49, carrying 20% a year. what order quantity gives the "
                   "lowest total cost?"),
         domain=INV, formula=QD, function="quantity_discount",
         compute=lambda: calc.quantity_discount(annual_demand=5000, order_cost=49, carrying_rate=0.20,
                                                price_breaks=[(0, 10.00), (500, 9.50), (1000, 9.00)])["quantity"],
         unit="units"),
    Item(question=("D=1,800/yr, S=$38, i=25%. Unit price is $24 for orders under 250 units and $22.80 for 250 or "
                   "more. What's the lowest total annual cost, purchase cost included?"),
         domain=INV, formula=QD, function="quantity_discount",
         compute=lambda: calc.quantity_discount(annual_demand=1800, order_cost=38, carrying_rate=0.25,
                                                price_breaks=[(0, 24.00), (250, 22.80)])["total_cost"],
         unit="money"),
    Item(question=("min qty\tunit price\n"
                   "0\t4.00\n"
                   "2000\t3.80\n"
                   "5000\t3.70\n"
                   "annual usage 24 000, $150 per order, carrying rate 30%. all-units discount. "
                   "which unit price should we buy at?"),
         domain=INV, formula=QD, function="quantity_discount",
         compute=lambda: calc.quantity_discount(annual_demand=24000, order_cost=150, carrying_rate=0.30,
                                                price_breaks=[(0, 4.00), (2000, 3.80), (5000, 3.70)])["unit_price"],
         unit="money"),

    # ---- Average inventory ----
    Item(question="avg inventory if Q=900 and SS=120?",
         domain=INV, formula=AVG, function="average_inventory",
         compute=lambda: calc.average_inventory(order_quantity=900, safety_stock=120), unit="units"),
    Item(question="we order 2,400 units each time and carry no safety stock. what's our average inventory?",
         domain=INV, formula=AVG, function="average_inventory",
         compute=lambda: calc.average_inventory(order_quantity=2400, safety_stock=0), unit="units"),
    Item(question=("lot size is 650 units and safety stock is set at 2 weeks of supply; we use 40 a week. unit "
                   "cost $7. what's the average inventory in units?"),
         domain=INV, formula=AVG, function="average_inventory",
         compute=lambda: calc.average_inventory(order_quantity=650, safety_stock=2 * 40),
         unit="units", note="safety stock derived: 2 weeks x 40/week"),

    # ---- Lead-time demand ----
    Item(question="DDLT? 35/day, LT 12 days",
         domain=INV, formula=DDLT, function="lead_time_demand",
         compute=lambda: calc.lead_time_demand(demand_per_period=35, lead_time=12), unit="units"),
    Item(question=("Weekly demand averages 1,250 units. The lead time is 3 weeks and 2 days (we work 5-day "
                   "weeks). What is the demand during lead time?"),
         domain=INV, formula=DDLT, function="lead_time_demand",
         compute=lambda: calc.lead_time_demand(demand_per_period=1250, lead_time=3 + 2 / 5),
         unit="units", note="lead time derived: 3 weeks + 2 of 5 days = 3.4 weeks"),
    Item(question=("annual demand 26,000 units (52-week year), supplier lead time 6 weeks, unit cost $4. "
                   "lead time demand?"),
         domain=INV, formula=DDLT, function="lead_time_demand",
         compute=lambda: calc.lead_time_demand(demand_per_period=26000 / 52, lead_time=6),
         unit="units", note="weekly demand derived from annual / 52"),

    # ---- Order point ----
    Item(question="ROP: d = 180/day, L = 7 days, SS = 400",
         domain=INV, formula=OP, function="order_point",
         compute=lambda: calc.order_point(demand_per_period=180, lead_time=7, safety_stock=400), unit="units"),
    Item(question=("An item has an average demand of 2,600 units per week, a lead time of 2 weeks and safety "
                   "stock of 1,500 units. The item costs $3.20. What is the order point?"),
         domain=INV, formula=OP, function="order_point",
         compute=lambda: calc.order_point(demand_per_period=2600, lead_time=2, safety_stock=1500), unit="units"),
    Item(question=("reorder point? weekly demand 500, lead time 4 weeks, std dev of the weekly forecast error is "
                   "60 units and we use a safety factor of 1.65"),
         domain=INV, formula=OP, function="order_point",
         compute=lambda: calc.order_point(demand_per_period=500, lead_time=4,
                                          safety_stock=calc.safety_stock(z=1.65, sigma=60, lead_time=4)),
         unit="units", note="safety stock derived first: 1.65 x 60 x sqrt(4)"),
    Item(question="demand is 40 a day and we keep 250 units of safety stock, what should our reorder point be?",
         domain=INV, formula=OP, function="order_point",
         compute=None, unit="units", missing=["lead_time"], note="lead time not given"),

    # ---- Statistical safety stock ----
    Item(question="SS = z·σ_LT, z = 1.88, σ_LT = 145 units",
         domain=INV, formula=SS, function="safety_stock",
         compute=lambda: calc.safety_stock(z=1.88, sigma=145), unit="units"),
    Item(question=("what safety stock gives a 95% service level if the standard deviation of demand over the "
                   "lead time is 220 units?"),
         domain=INV, formula=SS, function="safety_stock",
         compute=lambda: calc.safety_stock(z=calc.safety_factor(0.95), sigma=220),
         unit="units", note="z from the normal table for 95% (1.645; 1.65 is within tolerance)"),
    Item(question=("Safety factor 2.33, standard deviation of forecast error 38 units per week, lead time 1 week. "
                   "How much safety stock?"),
         domain=INV, formula=SS, function="safety_stock",
         compute=lambda: calc.safety_stock(z=2.33, sigma=38, lead_time=1, forecast_interval=1), unit="units"),
    Item(question="how much safety stock do i need? std dev of lead time demand is 75 units, we use about 300 a week",
         domain=INV, formula=SS, function="safety_stock",
         compute=None, unit="units", missing=["z"], note="no service level or safety factor given"),

    # ---- Scaling sigma to the lead time ----
    Item(question="The std dev of weekly forecast error is 40 units. Lead time is 9 weeks. What's σ over the lead time?",
         domain=INV, formula=SCALE, function="sigma_over_lead_time",
         compute=lambda: calc.sigma_over_lead_time(sigma=40, lead_time=9, forecast_interval=1), unit="units"),
    Item(question="MAD = 30 units per week, LT = 4 weeks, k = 2 -> safety stock?",
         domain=INV, formula=SCALE, function="safety_stock_from_mad",
         compute=lambda: calc.safety_stock_from_mad(z=2, mad=30, lead_time=4, forecast_interval=1),
         unit="units", note="MAD variant: z x 1.25 x MAD x sqrt(LT/FI)"),
    Item(question=("our forecast interval is 4 weeks and the std dev of forecast error per interval is 100 units. "
                   "lead time is 1 week, z = 1.28. safety stock?"),
         domain=INV, formula=SCALE, function="safety_stock",
         compute=lambda: calc.safety_stock(z=1.28, sigma=100, lead_time=1, forecast_interval=4),
         unit="units", note="lead time shorter than the forecast interval: sqrt(1/4)"),

    # ---- Safety stock after a lead-time change ----
    Item(question="SS is 400 at a 4 wk lead time. lead time goes to 6 wks -> new SS?",
         domain=INV, formula=SSLT, function="safety_stock_for_new_lead_time",
         compute=lambda: calc.safety_stock_for_new_lead_time(safety_stock_old=400, lead_time_old=4, lead_time_new=6),
         unit="units"),
    Item(question=("Our supplier just cut their lead time from 10 days to 5 days. We currently hold 1,200 units of "
                   "safety stock. How much safety stock do we need now?"),
         domain=INV, formula=SSLT, function="safety_stock_for_new_lead_time",
         compute=lambda: calc.safety_stock_for_new_lead_time(safety_stock_old=1200, lead_time_old=10,
                                                             lead_time_new=5),
         unit="units"),
    Item(question=("our safety stock of 700 was set back when the LT was 3 weeks. with the port congestion the LT "
                   "is now 12 weeks. what should the new SS be (square root rule)?"),
         domain=INV, formula=SSLT, function="safety_stock_for_new_lead_time",
         compute=lambda: calc.safety_stock_for_new_lead_time(safety_stock_old=700, lead_time_old=3, lead_time_new=12),
         unit="units"),

    # ---- Periodic review (order-up-to) target ----
    Item(question="order-up-to level? D = 120/wk, R = 2 wks, L = 1 wk, SS = 90",
         domain=INV, formula=PR, function="periodic_review_target",
         compute=lambda: calc.periodic_review_target(demand_per_period=120, review_period=2, lead_time=1,
                                                     safety_stock_units=90),
         unit="units"),
    Item(question="Target inventory is 2,000. On hand 640, on order 300, backorders 50. How much should we order?",
         domain=INV, formula=PR, function="periodic_review_order",
         compute=lambda: calc.periodic_review_order(target=2000, on_hand=640, on_order=300, backorders=50),
         unit="units"),
    Item(question=("we review every 4 weeks and the supplier lead time is 2 weeks. demand is 75 a week and safety "
                   "stock is 110 units. today we have 180 on hand and nothing on order. how much do we order?"),
         domain=INV, formula=PR, function="periodic_review_order",
         compute=lambda: calc.periodic_review_order(
             target=calc.periodic_review_target(demand_per_period=75, review_period=4, lead_time=2,
                                                safety_stock_units=110),
             on_hand=180, on_order=0),
         unit="units", note="target computed first, then order = target - position"),
    Item(question=("periodic review system: weekly demand 300, lead time 2 weeks, safety stock 250. what's the "
                   "order-up-to target?"),
         domain=INV, formula=PR, function="periodic_review_target",
         compute=None, unit="units", missing=["review_period"], note="review period not given"),

    # ---- ABC classification ----
    Item(question=("Part\tAnnual units\tUnit cost\n"
                   "P-210\t2000\t3.00\n"
                   "P-114\t1200\t45.00\n"
                   "P-377\t90\t50.00\n"
                   "P-052\t3000\t9.00\n"
                   "P-489\t160\t30.00\n"
                   "P-233\t600\t25.00\n"
                   "P-901\t1000\t1.50\n"
                   "P-618\t480\t15.00\n"
                   "pasted from our sheet. if class A is the items that make up the first 80% of annual dollar "
                   "usage, how many parts are A?"),
         domain=INV, formula=ABC, function="abc_classification",
         compute=lambda: sum(1 for r in _abc(_ABC_PASTE).values() if r["class"] == "A"),
         unit="count", note="top three reach exactly 80% of $120,000"),
    Item(question=("| SKU | units/yr | unit cost |\n"
                   "| A | 500 | $12.00 |\n"
                   "| B | 80 | $210.00 |\n"
                   "| C | 2,500 | $4.40 |\n"
                   "| D | 1,000 | $0.90 |\n"
                   "| E | 45 | $66.00 |\n"
                   "what % of total annual dollar usage is SKU C?"),
         domain=INV, formula=ABC, function="abc_classification",
         compute=lambda: _abc({"A": (500, 12.0), "B": (80, 210.0), "C": (2500, 4.40), "D": (1000, 0.90),
                               "E": (45, 66.0)})["C"]["share"] * 100,
         unit="percent"),
    Item(question=("abc question. item 1: 12,500 units x $2.40; item 2: 800 x $55; item 3: 4,000 x $6.25; "
                   "item 4: 20,000 x $0.35; item 5: 150 x $18. ranked by annual $ usage, what cumulative % of "
                   "total usage do the top 2 items cover?"),
         domain=INV, formula=ABC, function="abc_classification",
         compute=lambda: list(_abc({"1": (12500, 2.40), "2": (800, 55.0), "3": (4000, 6.25), "4": (20000, 0.35),
                                    "5": (150, 18.0)}).values())[1]["cumulative_share"] * 100,
         unit="percent"),

    # ---- Cycle-count workload ----
    Item(question=("A items: 400, counted monthly. B: 1,200 counted quarterly. C: 2,800 counted once a year. "
                   "240 working days. how many counts per day?"),
         domain=INV, formula=CYCLE, function="cycle_counts_per_day",
         compute=lambda: calc.cycle_counts_per_day(items_per_class={"A": 400, "B": 1200, "C": 2800},
                                                   counts_per_year={"A": 12, "B": 4, "C": 1}, working_days=240),
         unit="count", note="monthly = 12, quarterly = 4 counts a year"),
    Item(question=("| class | # items | counts/yr |\n"
                   "| A | 350 | 12 |\n"
                   "| B | 900 | 4 |\n"
                   "| C | 3,150 | 1 |\n"
                   "250 working days/yr. daily cycle count workload?"),
         domain=INV, formula=CYCLE, function="cycle_counts_per_day",
         compute=lambda: calc.cycle_counts_per_day(items_per_class={"A": 350, "B": 900, "C": 3150},
                                                   counts_per_year={"A": 12, "B": 4, "C": 1}, working_days=250),
         unit="count"),
    Item(question=("we have 6,000 SKUs. 10% are A and get counted 6x a year, 20% are B counted 3x a year, the rest "
                   "are C counted once. we work 5 days a week, 50 weeks a year. how many items do we count per day?"),
         domain=INV, formula=CYCLE, function="cycle_counts_per_day",
         compute=lambda: calc.cycle_counts_per_day(items_per_class={"A": 6000 * 0.10, "B": 6000 * 0.20,
                                                                    "C": 6000 * 0.70},
                                                   counts_per_year={"A": 6, "B": 3, "C": 1}, working_days=5 * 50),
         unit="count", note="items per class from shares of 6,000; working days 5 x 50"),

    # ---- Inventory record accuracy ----
    Item(question="counted 250 locations, 231 within tolerance. record accuracy %?",
         domain=INV, formula=IRA, function="inventory_record_accuracy",
         compute=lambda: calc.inventory_record_accuracy(records_within_tolerance=231, records_counted=250) * 100,
         unit="percent"),
    Item(question=("This month's cycle count: 480 records checked, 36 of them were outside tolerance. What's our "
                   "inventory record accuracy?"),
         domain=INV, formula=IRA, function="inventory_record_accuracy",
         compute=lambda: calc.inventory_record_accuracy(records_within_tolerance=480 - 36, records_counted=480) * 100,
         unit="percent", note="within tolerance = 480 - 36"),
    Item(question=("Part | Record | Count | Tolerance\n"
                   "A-1 | 500 | 494 | ±2%\n"
                   "A-2 | 120 | 120 | ±2%\n"
                   "B-7 | 1,000 | 962 | ±3%\n"
                   "B-9 | 60 | 62 | ±3%\n"
                   "C-3 | 2,400 | 2,310 | ±5%\n"
                   "C-4 | 75 | 70 | ±5%\n"
                   "C-8 | 300 | 300 | ±5%\n"
                   "C-9 | 900 | 860 | ±5%\n"
                   "what is the inventory record accuracy in percent?"),
         domain=INV, formula=IRA, function="inventory_record_accuracy",
         compute=lambda: calc.inventory_record_accuracy(
             records_within_tolerance=sum(1 for rec, cnt, tol in _IRA_ROWS if abs(cnt - rec) / rec <= tol),
             records_counted=len(_IRA_ROWS)) * 100,
         unit="percent", note="hits derived per row: |count - record| / record within tolerance (5 of 8)"),

    # ---- Inventory turns ----
    Item(question="COGS 8.4e6, avg inventory 1.2e6 at cost. turns?",
         domain=INV, formula=TURNS, function="inventory_turns",
         compute=lambda: calc.inventory_turns(cost_of_goods_sold=8.4e6, average_inventory_value=1.2e6),
         unit="ratio"),
    Item(question=("Beginning inventory was $600k and ending inventory $900k (both at cost). Cost of goods sold "
                   "for the year was $4.5M. What were the inventory turns?"),
         domain=INV, formula=TURNS, function="inventory_turns",
         compute=lambda: calc.inventory_turns(cost_of_goods_sold=4.5e6, average_inventory_value=(600e3 + 900e3) / 2),
         unit="ratio", note="average inventory = (beginning + ending) / 2"),
    Item(question=("annual sales 12 million dollars (at selling price), COGS 7.2 million, average inventory valued "
                   "at cost 1.6 million. how many inventory turns?"),
         domain=INV, formula=TURNS, function="inventory_turns",
         compute=lambda: calc.inventory_turns(cost_of_goods_sold=7.2e6, average_inventory_value=1.6e6),
         unit="ratio", note="sales figure is a distractor"),
    Item(question=("we carry an average of $2.4M in inventory at cost and our carrying rate is 22%. how many turns "
                   "are we getting?"),
         domain=INV, formula=TURNS, function="inventory_turns",
         compute=None, unit="ratio", missing=["cost_of_goods_sold"], note="no COGS given"),

    # ---- Days (weeks) of supply ----
    Item(question="on hand 3,600 units, avg daily usage 240. days of supply?",
         domain=INV, formula=DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=3600, average_daily_demand=240), unit="days"),
    Item(question="weeks of supply? on hand at end of wk 6 is 1,850 and we use 370/week on average",
         domain=INV, formula=DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=1850, average_daily_demand=370),
         unit="weeks", note="weekly usage in the daily slot gives weeks"),
    Item(question=("we use 5,500 a month and there are 22 working days in a month. on hand is 2,750. how many "
                   "working days of supply do we have?"),
         domain=INV, formula=DOS, function="days_of_supply",
         compute=lambda: calc.days_of_supply(inventory=2750, average_daily_demand=5500 / 22),
         unit="days", note="daily usage derived: 5,500 / 22"),

    # ---- Carrying cost in money ----
    Item(question="avg invetory $2.5M, carying cost rate 18%/yr. annual carrying cost $?",
         domain=INV, formula=CARRY, function="carrying_cost",
         compute=lambda: calc.carrying_cost(average_inventory_value=2.5e6, carrying_rate=0.18), unit="money"),
    Item(question=("Our carrying cost is 2% per month and the average inventory value is $800,000. What is the "
                   "annual carrying cost?"),
         domain=INV, formula=CARRY, function="carrying_cost",
         compute=lambda: calc.carrying_cost(average_inventory_value=800000, carrying_rate=0.02 * 12),
         unit="money", note="annual rate derived: 2%/month x 12"),
    Item(question="avg inventory is 1,400 units @ $35 each, carrying 25% a year. what does it cost us to carry per year?",
         domain=INV, formula=CARRY, function="carrying_cost",
         compute=lambda: calc.carrying_cost(average_inventory_value=1400 * 35, carrying_rate=0.25),
         unit="money", note="average value derived: 1,400 x $35"),

    # ---- Valuation ----
    Item(question=("beginning inventory 200 units @ $5.00, recieved 300 @ $5.50 on Mar 10 and 250 @ $6.00 on "
                   "Jun 2. we issued 600 units. COGS under FIFO?"),
         domain=INV, formula=VAL, function="inventory_valuation",
         compute=lambda: calc.inventory_valuation(receipts=[(200, 5.00), (300, 5.50), (250, 6.00)],
                                                  units_issued=600, method="fifo")["cogs"],
         unit="money"),
    Item(question=("layers, oldest first: 400 @ $12.00, 250 @ $12.60, 350 @ $13.10. 700 units were sold. what is "
                   "the ending inventory value using LIFO?"),
         domain=INV, formula=VAL, function="inventory_valuation",
         compute=lambda: calc.inventory_valuation(receipts=[(400, 12.00), (250, 12.60), (350, 13.10)],
                                                  units_issued=700, method="lifo")["ending_inventory"],
         unit="money"),
    Item(question=("Receipts this quarter: 1,000 units at $2.10, 1,500 at $2.30 and 500 at $2.50. We used 1,800. "
                   "What is the weighted average unit cost?"),
         domain=INV, formula=VAL, function="inventory_valuation",
         compute=lambda: calc.inventory_valuation(receipts=[(1000, 2.10), (1500, 2.30), (500, 2.50)],
                                                  units_issued=1800, method="weighted_average")["unit_cost"],
         unit="money", tolerance=0.005),
    Item(question=("standard cost is $4.00/unit. this month we received 500 @ $4.20 and 300 @ $3.90 and issued "
                   "600. what's the purchase price variance on the receipts (actual minus standard)?"),
         domain=INV, formula=VAL, function="inventory_valuation",
         compute=lambda: calc.inventory_valuation(receipts=[(500, 4.20), (300, 3.90)], units_issued=600,
                                                  method="standard", standard_cost=4.00)["variance"],
         unit="money"),

    # ---- Single-period (newsvendor) ----
    Item(question=("newsvendor: we sell at $20, buy at $8, and leftovers get salvaged for $2. what's the critical "
                   "ratio in %?"),
         domain=INV, formula=NEWS, function="critical_fractile",
         compute=lambda: calc.critical_fractile(underage_cost=20 - 8, overage_cost=8 - 2) * 100,
         unit="percent", note="Cu = price - cost, Co = cost - salvage"),
    Item(question="single period model: demand ~ normal, mean 800, sd 150. Cu = $4, Co = $1. optimal stock qty?",
         domain=INV, formula=NEWS, function="newsvendor_quantity",
         compute=lambda: calc.newsvendor_quantity(mean_demand=800, sd_demand=150, underage_cost=4, overage_cost=1),
         unit="units"),
    Item(question=("christmas tree lot: we pay $18 a tree and sell them for $45. anything unsold on dec 24 goes to "
                   "a mulch company for $5. demand looks normal, mean 1,200, std dev 250. how many trees should "
                   "we order?"),
         domain=INV, formula=NEWS, function="newsvendor_quantity",
         compute=lambda: calc.newsvendor_quantity(mean_demand=1200, sd_demand=250, underage_cost=45 - 18,
                                                  overage_cost=18 - 5),
         unit="units", note="Cu = 27, Co = 13"),

    # ============================ DETAILED SCHEDULES ===========================================
    # ---- Operation time ----
    Item(question="op time: 250 pcs, setup 1.5 h, run 0.08 h/pc",
         domain=DS, formula=OPT, function="operation_time",
         compute=lambda: calc.operation_time(quantity=250, setup_hours=1.5, run_hours_per_unit=0.08), unit="hours"),
    Item(question=("setup takes 45 minutes and run time is 2.4 minutes per piece. lot of 400. how many hours "
                   "for the whole operation?"),
         domain=DS, formula=OPT, function="operation_time",
         compute=lambda: calc.operation_time(quantity=400, setup_hours=45 / 60, run_hours_per_unit=2.4 / 60),
         unit="hours", note="minutes converted to hours"),
    Item(question=("Work order 5512 for 1,200 units at the lathe, due week 14. Setup is 3 hours and run time is "
                   "0.012 hours per unit. What is the total operation time?"),
         domain=DS, formula=OPT, function="operation_time",
         compute=lambda: calc.operation_time(quantity=1200, setup_hours=3, run_hours_per_unit=0.012), unit="hours"),

    # ---- Manufacturing lead time ----
    Item(question=("| op | queue | setup | run | wait | move |\n"
                   "| 10 | 2.0 | 0.2 | 1.1 | 0.5 | 0.3 |\n"
                   "| 20 | 3.0 | 0.3 | 0.8 | 0 | 0.4 |\n"
                   "| 30 | 1.5 | 0.1 | 0.6 | 0.5 | 0.2 |\n"
                   "all in days. manufacturing lead time?"),
         domain=DS, formula=MLT, function="manufacturing_lead_time",
         compute=lambda: calc.manufacturing_lead_time([
             {"queue": 2.0, "setup": 0.2, "run": 1.1, "wait": 0.5, "move": 0.3},
             {"queue": 3.0, "setup": 0.3, "run": 0.8, "wait": 0, "move": 0.4},
             {"queue": 1.5, "setup": 0.1, "run": 0.6, "wait": 0.5, "move": 0.2}]),
         unit="days"),
    Item(question=("op 10: queue 16 h, setup 1 h, run 6 h, move 2 h. op 20: queue 24 h, setup 2 h, run 9 h, "
                   "wait 4 h, move 2 h. whats the MLT in hours?"),
         domain=DS, formula=MLT, function="manufacturing_lead_time",
         compute=lambda: calc.manufacturing_lead_time([
             {"queue": 16, "setup": 1, "run": 6, "move": 2},
             {"queue": 24, "setup": 2, "run": 9, "wait": 4, "move": 2}]),
         unit="hours"),
    Item(question=("Lot of 200 pcs.\n"
                   "Op A: queue 8 hrs, setup 1.5 hrs, run 0.05 hr/pc, move 1 hr\n"
                   "Op B: queue 12 hrs, setup 0.5 hrs, run 0.03 hr/pc, wait 2 hrs, move 1 hr\n"
                   "Total manufacturing lead time for the lot?"),
         domain=DS, formula=MLT, function="manufacturing_lead_time",
         compute=lambda: calc.manufacturing_lead_time([
             {"queue": 8, "setup": 1.5, "run": 200 * 0.05, "move": 1},
             {"queue": 12, "setup": 0.5, "run": 200 * 0.03, "wait": 2, "move": 1}]),
         unit="hours", note="run time derived: 200 pcs x run hours per piece"),

    # ---- Backward-scheduled start ----
    Item(question="due on shop day 318, MLT 14 days, when do we start?",
         domain=DS, formula=BACK, function="backward_schedule_start",
         compute=lambda: calc.backward_schedule_start(due_day=318, lead_time=14), unit="days"),
    Item(question=("Order is due on shop calendar day 1,042. Routing: op 10 queue 4 days, run 2 days, move 1 day; "
                   "op 20 queue 2 days, run 1 day, move 1 day. Backward schedule it: what's the start day?"),
         domain=DS, formula=BACK, function="backward_schedule_start",
         compute=lambda: calc.backward_schedule_start(due_day=1042, lead_time=calc.manufacturing_lead_time([
             {"queue": 4, "run": 2, "move": 1}, {"queue": 2, "run": 1, "move": 1}])),
         unit="days", note="lead time derived as the sum of the routing elements (11 days)"),
    Item(question=("customer needs it on M-day 575. total lead time is 3 weeks and we work 5 days a week. latest "
                   "start day?"),
         domain=DS, formula=BACK, function="backward_schedule_start",
         compute=lambda: calc.backward_schedule_start(due_day=575, lead_time=3 * 5),
         unit="days", note="lead time derived: 3 weeks x 5 working days"),

    # ---- Critical ratio ----
    Item(question="CR? today = day 212, due day 230, remaining LT 12 days",
         domain=DS, formula=CR, function="critical_ratio",
         compute=lambda: calc.critical_ratio(due_day=230, today=212, remaining_lead_time=12), unit="ratio"),
    Item(question=("Job 44 was due on day 140. Today is day 146 and it still has 4 days of work left. "
                   "What is its critical ratio?"),
         domain=DS, formula=CR, function="critical_ratio",
         compute=lambda: calc.critical_ratio(due_day=140, today=146, remaining_lead_time=4),
         unit="ratio", note="past due, so CR is negative"),
    Item(question=("job | due day | days of work left\n"
                   "101 | 158 | 6\n"
                   "102 | 161 | 12\n"
                   "103 | 155 | 2\n"
                   "today is day 150. using critical ratio, which job goes first and what is its CR?"),
         domain=DS, formula=CR, function="critical_ratio",
         compute=lambda: min(calc.critical_ratio(due_day=d, today=150, remaining_lead_time=w)
                             for d, w in [(158, 6), (161, 12), (155, 2)]),
         unit="ratio", note="lowest CR (job 102) runs first; the number asked is its CR"),
    Item(question="job due on shop day 415 still needs 10 days of processing. whats its critical ratio?",
         domain=DS, formula=CR, function="critical_ratio",
         compute=None, unit="ratio", missing=["today"], note="today's date not given"),

    # ---- Slack ----
    Item(question="slack? due day 88, todays day 75, 9 days proccessing remaining",
         domain=DS, formula=SLACK, function="slack",
         compute=lambda: calc.slack(due_day=88, today=75, remaining_processing_time=9), unit="days"),
    Item(question=("a job is due in 20 working days and has 11 days of processing left across 3 remaining "
                   "operations. slack per remaining operation?"),
         domain=DS, formula=SLACK, function="slack_per_operation",
         compute=lambda: calc.slack_per_operation(due_day=20, today=0, remaining_processing_time=11,
                                                  operations_remaining=3),
         unit="days", note="days until due given directly, so today = 0 and due = 20"),
    Item(question="Today is shop day 301. Job K7 is due on day 305 and still has 7 days of processing left. Slack?",
         domain=DS, formula=SLACK, function="slack",
         compute=lambda: calc.slack(due_day=305, today=301, remaining_processing_time=7),
         unit="days", note="negative slack"),

    # ---- Sequencing measures ----
    Item(question=("| job | processing (days) | due (days from now) |\n"
                   "| A | 7 | 15 |\n"
                   "| B | 3 | 9 |\n"
                   "| C | 10 | 25 |\n"
                   "| D | 4 | 8 |\n"
                   "| E | 6 | 20 |\n"
                   "sequence by SPT. what's the average flow time?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_1, "SPT")["average_flow_time"], unit="days"),
    Item(question=("Five jobs arrived in this order: A (7 days of work, due day 15), B (3 days, due day 9), "
                   "C (10 days, due day 25), D (4 days, due day 8), E (6 days, due day 20). All are ready now "
                   "(day 0). If we use EDD, what is the average tardiness?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_1, "EDD")["average_tardiness"], unit="days"),
    Item(question=("jobs in arrival order w/ processing time and due date (days): A 7/15, B 3/9, C 10/25, D 4/8, "
                   "E 6/20. run them FCFS. average number of jobs in the system?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_1, "FCFS")["average_jobs_in_system"],
         unit="number", note="sum of flow times / makespan"),
    Item(question=("Jobs A-E in arrival order: processing 7, 3, 10, 4, 6 days; due in 15, 9, 25, 8, 20 days. Sequence "
                   "by critical ratio (days until due / processing days, lowest first). How many jobs finish late?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_1, "CR")["jobs_late"], unit="count"),
    Item(question=("job 1 - 4 hrs, due at hour 12\n"
                   "job 2 - 9 hrs, due at hour 16\n"
                   "job 3 - 2 hrs, due at hour 5\n"
                   "job 4 - 6 hrs, due at hour 10\n"
                   "job 5 - 3 hrs, due at hour 20\n"
                   "job 6 - 5 hrs, due at hour 14\n"
                   "earliest due date rule, all jobs available at hour 0. what is the maximum tardiness?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_2, "EDD")["max_tardiness"], unit="hours"),
    Item(question=("SPT on these (hours): j1 4h due 12, j2 9h due 16, j3 2h due 5, j4 6h due 10, j5 3h due 20, "
                   "j6 5h due 14. avg tardiness?"),
         domain=DS, formula=SEQ, function="sequence_jobs",
         compute=lambda: calc.sequence_jobs(_JOBS_2, "SPT")["average_tardiness"], unit="hours"),

    # ---- Input/output control ----
    Item(question=("I/O report, work center 30 (std hours)\n"
                   "Week | 1 | 2 | 3 | 4\n"
                   "Planned input | 120 | 120 | 120 | 120\n"
                   "Actual input | 110 | 125 | 118 | 130\n"
                   "Planned output | 120 | 120 | 120 | 120\n"
                   "Actual output | 115 | 112 | 121 | 119\n"
                   "Beginning queue 45 hrs. What's the queue at the end of week 4?"),
         domain=DS, formula=IO, function="input_output_control",
         compute=lambda: calc.input_output_control(planned_input=[120] * 4, actual_input=[110, 125, 118, 130],
                                                   planned_output=[120] * 4, actual_output=[115, 112, 121, 119],
                                                   beginning_queue=45)["queue"][3],
         unit="hours"),
    Item(question=("wk1: planned output 120, actual output 115\n"
                   "wk2: planned output 120, actual output 112\n"
                   "wk3: planned output 120, actual output 121\n"
                   "(input was 110, 125, 118 vs 120 planned each week; queue started at 45 std hrs) "
                   "cumulative output deviation thru week 3?"),
         domain=DS, formula=IO, function="input_output_control",
         compute=lambda: calc.input_output_control(planned_input=[120] * 3, actual_input=[110, 125, 118],
                                                   planned_output=[120] * 3, actual_output=[115, 112, 121],
                                                   beginning_queue=45)["cumulative_output_deviation"][2],
         unit="hours"),
    Item(question=("hi all, input/output control question. planned input is 200 std hours per week, actual input "
                   "was 185, 210 and 190 in weeks 1-3. planned output also 200/wk, actual output 195, 205, 180. "
                   "we started with a queue of 60 hours. what is the cumulative input deviation at the end of "
                   "week 3?"),
         domain=DS, formula=IO, function="input_output_control",
         compute=lambda: calc.input_output_control(planned_input=[200] * 3, actual_input=[185, 210, 190],
                                                   planned_output=[200] * 3, actual_output=[195, 205, 180],
                                                   beginning_queue=60)["cumulative_input_deviation"][2],
         unit="hours"),

    # ---- Little's Law ----
    Item(question="throughput 120 units/day, flow time 4.5 days. WIP?",
         domain=DS, formula=LITTLE, function="littles_law_wip",
         compute=lambda: calc.littles_law_wip(throughput_rate=120, flow_time=4.5), unit="units"),
    Item(question="We have 2,400 orders in process and we finish 300 per week. What's the average lead time in weeks?",
         domain=DS, formula=LITTLE, function="littles_law_flow_time",
         compute=lambda: calc.littles_law_flow_time(wip=2400, throughput_rate=300), unit="weeks"),
    Item(question=("the cell turns out 45 units per hour and the lead time through it is 2 days (two 8-hour shifts "
                   "a day). how much WIP should we expect in the cell?"),
         domain=DS, formula=LITTLE, function="littles_law_wip",
         compute=lambda: calc.littles_law_wip(throughput_rate=45, flow_time=2 * 2 * 8),
         unit="units", note="flow time derived in hours: 2 days x 2 shifts x 8 h = 32 h"),
    Item(question="there are 850 pieces of WIP in the cell right now. what's the average flow time through it?",
         domain=DS, formula=LITTLE, function="littles_law_flow_time",
         compute=None, unit="days", missing=["throughput_rate"], note="no throughput rate given"),

    # ---- Takt time ----
    Item(question=("2 shifts x 8 h, each shift has 30 min of breaks, demand is 840 units/day. takt time in "
                   "seconds?"),
         domain=DS, formula=TAKT, function="takt_time",
         compute=lambda: calc.takt_time(available_time=2 * (8 * 3600 - 30 * 60), demand=840),
         unit="number", note="available seconds derived: 2 x (28,800 - 1,800); answer in seconds"),
    Item(question="takt = ? available time 26,100 sec per shift, demand 450 per shift",
         domain=DS, formula=TAKT, function="takt_time",
         compute=lambda: calc.takt_time(available_time=26100, demand=450), unit="number",
         note="answer in seconds per unit"),
    Item(question=("Weekly customer demand is 1,800 units. We run 5 days x 7.5 hours of production time. What is "
                   "the takt time in minutes?"),
         domain=DS, formula=TAKT, function="takt_time",
         compute=lambda: calc.takt_time(available_time=5 * 7.5 * 60, demand=1800),
         unit="minutes", note="available minutes derived: 5 x 7.5 x 60"),
    Item(question="what's the takt time for line 3? one 8-hour shift with two 15-minute breaks and a 30-minute lunch",
         domain=DS, formula=TAKT, function="takt_time",
         compute=None, unit="minutes", missing=["demand"], note="customer demand not given"),

    # ---- Number of kanban containers ----
    Item(question="kanbans: D = 300/hr, L = 2 hr, α = 10%, C = 60",
         domain=DS, formula=KANBAN, function="kanban_containers",
         compute=lambda: calc.kanban_containers(demand_rate=300, lead_time=2, safety_factor=0.10,
                                                container_quantity=60),
         unit="count"),
    Item(question=("we use 1,200 parts a day. replenishment takes half a day (0.2 day waiting + 0.3 day "
                   "processing). safety factor 20%, each bin holds 90. how many bins?"),
         domain=DS, formula=KANBAN, function="kanban_containers",
         compute=lambda: calc.kanban_containers(demand_rate=1200, lead_time=0.2 + 0.3, safety_factor=0.20,
                                                container_quantity=90),
         unit="count", note="lead time = waiting + processing"),
    Item(question=("How many kanban containers do we need (round up)? Demand 150 per hour, lead time 3.5 hours, "
                   "safety factor 15%, 40 parts per container."),
         domain=DS, formula=KANBAN, function="kanban_containers",
         compute=lambda: math.ceil(calc.kanban_containers(demand_rate=150, lead_time=3.5, safety_factor=0.15,
                                                          container_quantity=40)),
         unit="count", note="15.09 rounded up as asked"),
    Item(question=("kanban calc: demand 500 per day, lead time 1.5 days, safety factor 0.1. how many containers "
                   "do we need?"),
         domain=DS, formula=KANBAN, function="kanban_containers",
         compute=None, unit="count", missing=["container_quantity"], note="container size not given"),

    # ---- Line balancing ----
    Item(question=("task times (sec): 45, 30, 25, 50, 40, 35, 20. cycle time 60 s. theoretical minimum number "
                   "of workstations?"),
         domain=DS, formula=LINE, function="minimum_workstations",
         compute=lambda: calc.minimum_workstations(task_times=[45, 30, 25, 50, 40, 35, 20], cycle_time=60),
         unit="count"),
    Item(question=("A line has tasks of 45, 30, 25, 50, 40, 35 and 20 seconds. It was balanced into 5 stations at "
                   "a 60-second cycle. What is the balance efficiency?"),
         domain=DS, formula=LINE, function="balance_efficiency",
         compute=lambda: calc.balance_efficiency(task_times=[45, 30, 25, 50, 40, 35, 20], workstations=5,
                                                 cycle_time=60) * 100,
         unit="percent"),
    Item(question=("demand is 400 per day and we run one 8 hour shift (480 min). task times in minutes: 0.6, 0.9, "
                   "0.4, 1.1, 0.7, 0.5. min # of workstations?"),
         domain=DS, formula=LINE, function="minimum_workstations",
         compute=lambda: calc.minimum_workstations(task_times=[0.6, 0.9, 0.4, 1.1, 0.7, 0.5],
                                                   cycle_time=calc.takt_time(available_time=480, demand=400)),
         unit="count", note="cycle time = takt = 480 / 400 = 1.2 min"),
    Item(question=("we balanced the line into 6 stations with a 50 s cycle. total work content is 262 s. balance "
                   "efficiency %?"),
         domain=DS, formula=LINE, function="balance_efficiency",
         compute=lambda: calc.balance_efficiency(task_times=[262], workstations=6, cycle_time=50) * 100,
         unit="percent", note="only the total work content is given"),

    # ---- Throughput accounting (TOC) ----
    Item(question="TOC throughput? sales $2.4M, totally variable costs $900k, OE $1.1M, investment $1.6M",
         domain=DS, formula=TOC, function="throughput_accounting",
         compute=lambda: calc.throughput_accounting(sales_revenue=2.4e6, totally_variable_cost=900e3,
                                                    operating_expense=1.1e6, investment=1.6e6)["throughput"],
         unit="money"),
    Item(question=("Under throughput accounting, what is net profit? Sales 850,000; raw material (the only truly "
                   "variable cost) 310,000; operating expense 420,000; inventory/investment 600,000."),
         domain=DS, formula=TOC, function="throughput_accounting",
         compute=lambda: calc.throughput_accounting(sales_revenue=850000, totally_variable_cost=310000,
                                                    operating_expense=420000, investment=600000)["net_profit"],
         unit="money"),
    Item(question="T = sales − TVC. sales $3.6M, TVC $1.4M, OE $1.75M, I $2.5M. ROI %?",
         domain=DS, formula=TOC, function="throughput_accounting",
         compute=lambda: calc.throughput_accounting(sales_revenue=3.6e6, totally_variable_cost=1.4e6,
                                                    operating_expense=1.75e6, investment=2.5e6)["roi"] * 100,
         unit="percent"),
    Item(question="ROI under TOC? sales 5M, raw materials 2M, operating expense 2.2M",
         domain=DS, formula=TOC, function="throughput_accounting",
         compute=None, unit="percent", missing=["investment"], note="investment/inventory not given"),
]
