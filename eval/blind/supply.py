"""Blind calculation questions for the Supply domain (MPS, ATP, MRP, capacity, sourcing).

Written without seeing the question reader; expected values come from tutor.calc directly.
"""

from eval.blind.item import Item
from tutor import calc

D = "supply"

PAB_IN = "MPS projected available balance, inside the demand time fence"
PAB_OUT = "MPS projected available balance, outside the demand time fence"
ATP_FIRST = "Discrete ATP, first period"
ATP_LATER = "Discrete ATP, later periods"
LOOKAHEAD = "Look-ahead rule"
CATP = "Cumulative ATP (without look-ahead)"
GR = "MRP gross requirements for a component"
NR = "MRP net requirements"
PA = "MRP projected available"
OFFSET = "Lead-time offset"
LOTS = "Lot sizing"
SCRAP = "Scrap / yield allowance"
AVAIL = "Available time"
UTIL = "Utilization"
EFF = "Efficiency"
RATED = "Rated (calculated) capacity"
DEMO = "Demonstrated capacity"
LOAD = "Load (CRP)"
LOADPCT = "Load percent"
CPOF = "RCCP, overall factors (CPOF)"
BOL = "RCCP, bill of labor/resources"
MOB = "Make-or-buy indifference volume"
TCO = "Total cost of ownership"
SCORE = "Supplier scorecard"


def _first_week(values, nth=1):
    """1-based number of the nth period with a positive value."""
    hits = [i + 1 for i, v in enumerate(values) if v > 0]
    return hits[nth - 1]


ITEMS = [
    # ------------------------------------------------------------------ PAB inside the DTF
    Item(question="PAB wk 2? OH 60, DTF = 2 wks. fcst 40 40 40 40 40, cust orders 45 32 20 12 5, MPS 0 80 0 80 0",
         domain=D, formula=PAB_IN, function="mps_projected_available",
         compute=lambda: calc.mps_projected_available(on_hand=60, forecast=[40] * 5, orders=[45, 32, 20, 12, 5],
                                                      mps=[0, 80, 0, 80, 0], demand_time_fence=2)[1],
         unit="units"),
    Item(question="ok so im doing a master schedule problem and I'm stuck. Beginning inventory is 120 units, the demand "
                  "time fence is at the end of period 3. Forecast is 70 per period for periods 1-6, and the customer "
                  "orders actually booked are 82, 64, 51, 30, 18, 9. The MPS has 150 coming in period 2 and 150 in "
                  "period 5. What's the projected available balance in period 3? my book says inside the fence you "
                  "only use the orders??",
         domain=D, formula=PAB_IN, function="mps_projected_available",
         compute=lambda: calc.mps_projected_available(on_hand=120, forecast=[70] * 6, orders=[82, 64, 51, 30, 18, 9],
                                                      mps=[0, 150, 0, 0, 150, 0], demand_time_fence=3)[2],
         unit="units"),
    Item(question="Week | 1 | 2 | 3 | 4 | 5 | 6\n"
                  "Forecast | 200 | 200 | 220 | 220 | 240 | 240\n"
                  "Customer orders | 215 | 180 | 140 | 95 | 60 | 20\n"
                  "MPS | 0 | 400 | 0 | 400 | 0 | 400\n"
                  "On hand 250, DTF ends after week 2. Projected available balance at the end of week 2?",
         domain=D, formula=PAB_IN, function="mps_projected_available",
         compute=lambda: calc.mps_projected_available(on_hand=250, forecast=[200, 200, 220, 220, 240, 240],
                                                      orders=[215, 180, 140, 95, 60, 20],
                                                      mps=[0, 400, 0, 400, 0, 400], demand_time_fence=2)[1],
         unit="units", note="week 2 orders (180) are below forecast; inside the DTF only orders count"),
    Item(question="whats the projected available balance at end of week 2? demand time fence is 2 weeks. forecast "
                  "300/wk, booked orders wk1 310 and wk2 260, we have an MPS receipt of 500 in week 1",
         domain=D, formula=PAB_IN, function="mps_projected_available",
         compute=None, unit="units", missing=["on_hand"], note="starting inventory never given"),

    # ------------------------------------------------------------------ PAB outside the DTF
    Item(question="OH = 60, DTF = 2, F = 50,50,50,50,50,50 ; CO = 48,41,35,56,22,10 ; MPS = 0,100,0,100,0,0 "
                  "-> PAB in period 4??",
         domain=D, formula=PAB_OUT, function="mps_projected_available",
         compute=lambda: calc.mps_projected_available(on_hand=60, forecast=[50] * 6, orders=[48, 41, 35, 56, 22, 10],
                                                      mps=[0, 100, 0, 100, 0, 0], demand_time_fence=2)[3],
         unit="units", note="period 4 orders (56) exceed forecast, so max() picks orders"),
    Item(question="Period\t1\t2\t3\t4\t5\t6\t7\t8\n"
                  "Forecast\t120\t120\t120\t120\t150\t150\t150\t150\n"
                  "Orders\t131\t110\t96\t70\t41\t20\t0\t0\n"
                  "MPS\t250\t0\t250\t0\t250\t0\t250\t0\n"
                  "on hand 90, demand time fence = 3 periods, the item sells for $48. whats the PAB in period 6",
         domain=D, formula=PAB_OUT, function="mps_projected_available",
         compute=lambda: calc.mps_projected_available(on_hand=90, forecast=[120] * 4 + [150] * 4,
                                                      orders=[131, 110, 96, 70, 41, 20, 0, 0],
                                                      mps=[250, 0, 250, 0, 250, 0, 250, 0],
                                                      demand_time_fence=3)[5],
         unit="units", note="$48 price is irrelevant"),
    Item(question="Need to build the MPS for an end item. Lot size 150, safety stock 20, on hand 75, demand time fence "
                  "at the end of week 2.\nForecast: wk1 60, wk2 60, wk3 65, wk4 65, wk5 70, wk6 70\n"
                  "Customer orders: wk1 72, wk2 58, wk3 40, wk4 22, wk5 10, wk6 0\n"
                  "Schedule a lot any time the PAB would drop below safety stock. What's the projected available "
                  "balance in week 6 after the lots are in?",
         domain=D, formula=PAB_OUT, function="master_schedule",
         compute=lambda: calc.master_schedule(on_hand=75, forecast=[60, 60, 65, 65, 70, 70],
                                              orders=[72, 58, 40, 22, 10, 0], lot_size=150, demand_time_fence=2,
                                              safety_stock=20)["pab"][5],
         unit="units"),
    Item(question="An end item has 280 units on hand. The demand time fence is 3 weeks. The forecast is 100 per week "
                  "for weeks 1 to 8 and customer orders are 110, 95, 80, 120, 45, 30, 15 and 0. MPS lots are 250 "
                  "units and no safety stock is carried. In which week will the second MPS lot be needed?",
         domain=D, formula=PAB_OUT, function="master_schedule",
         compute=lambda: _first_week(calc.master_schedule(on_hand=280, forecast=[100] * 8,
                                                          orders=[110, 95, 80, 120, 45, 30, 15, 0], lot_size=250,
                                                          demand_time_fence=3)["mps"], nth=2),
         unit="periods", note="answer is the week number of the 2nd MPS receipt"),

    # ------------------------------------------------------------------ Discrete ATP, first period
    Item(question="atp for period 1? on hand 35, MPS 0,80,0,80,0,80 orders 20,25,30,18,10,5",
         domain=D, formula=ATP_FIRST, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=35, mps=[0, 80, 0, 80, 0, 80], orders=[20, 25, 30, 18, 10, 5])[0],
         unit="units"),
    Item(question="Beginning inventory is 20. MPS receipts: week 1 = 100, week 3 = 100, week 5 = 100. Forecast is 50 a "
                  "week. Customer orders: week 1 = 55, week 2 = 30, week 3 = 40, week 4 = 25, week 5 = 10. What is "
                  "the available-to-promise in week 1?",
         domain=D, formula=ATP_FIRST, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=20, mps=[100, 0, 100, 0, 100], orders=[55, 30, 40, 25, 10])[0],
         unit="units", note="forecast is not used for ATP"),
    Item(question="quick q on ATP. on hand = 140\n"
                  "week 1: forecast 90, orders 82, MPS 0\n"
                  "week 2: forecast 90, orders 41, MPS 0\n"
                  "week 3: forecast 90, orders 44, MPS 200\n"
                  "week 4: forecast 90, orders 20, MPS 0\n"
                  "what's the available to promise for week 1?",
         domain=D, formula=ATP_FIRST, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=140, mps=[0, 0, 200, 0], orders=[82, 41, 44, 20])[0],
         unit="units"),

    # ------------------------------------------------------------------ Discrete ATP, later periods
    Item(question="ATP in week 4? OH 50 | MPS: wk2 120, wk4 120, wk6 120 | booked orders wk1 30 wk2 45 wk3 38 wk4 60 "
                  "wk5 41 wk6 22",
         domain=D, formula=ATP_LATER, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=50, mps=[0, 120, 0, 120, 0, 120],
                                           orders=[30, 45, 38, 60, 41, 22])[3],
         unit="units"),
    Item(question="Period | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8\n"
                  "MPS | 0 | 0 | 300 | 0 | 0 | 300 | 0 | 0\n"
                  "Customer orders | 110 | 95 | 140 | 88 | 60 | 75 | 30 | 10\n"
                  "on hand 210. discrete ATP in period 6?",
         domain=D, formula=ATP_LATER, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=210, mps=[0, 0, 300, 0, 0, 300, 0, 0],
                                           orders=[110, 95, 140, 88, 60, 75, 30, 10])[5],
         unit="units"),
    Item(question="On hand is 100 units. The MPS shows 150 units in period 3 and 150 units in period 5. Customer "
                  "orders for periods 1 through 5 are 40, 35, 90, 75 and 60. Before applying any look-ahead, what "
                  "discrete ATP does period 3 show?",
         domain=D, formula=ATP_LATER, function="atp_discrete",
         compute=lambda: calc.atp_discrete(on_hand=100, mps=[0, 0, 150, 0, 150], orders=[40, 35, 90, 75, 60])[2],
         unit="units", note="negative: period 3 is over-promised"),

    # ------------------------------------------------------------------ Look-ahead rule
    Item(question="On hand is 100 units. The MPS shows 150 units in period 3 and 150 in period 5, and the customer "
                  "orders for periods 1-5 are 22, 45, 95, 70 and 55. Using the look-ahead rule (no period may show a "
                  "negative ATP), what is the ATP in period 1?",
         domain=D, formula=LOOKAHEAD, function="atp_lookahead",
         compute=lambda: calc.atp_lookahead(on_hand=100, mps=[0, 0, 150, 0, 150], orders=[22, 45, 95, 70, 55])[0],
         unit="units"),
    Item(question="hi, stuck on ATP with look ahead. on hand 50. MPS is 100 in weeks 2, 4 and 6. orders: wk1 15, "
                  "wk2 40, wk3 30, wk4 80, wk5 40, wk6 70. after look-ahead whats ATP in week 2?",
         domain=D, formula=LOOKAHEAD, function="atp_lookahead",
         compute=lambda: calc.atp_lookahead(on_hand=50, mps=[0, 100, 0, 100, 0, 100],
                                            orders=[15, 40, 30, 80, 40, 70])[1],
         unit="units", note="week 4 shortfall of 20 is taken from week 2"),
    Item(question="atp w/ look-ahead, wk 1? 15 on hand. MPS wk1 200 wk3 200 wk5 200, orders 120 50 140 85 90 60",
         domain=D, formula=LOOKAHEAD, function="atp_lookahead",
         compute=lambda: calc.atp_lookahead(on_hand=15, mps=[200, 0, 200, 0, 200, 0],
                                            orders=[120, 50, 140, 85, 90, 60])[0],
         unit="units"),

    # ------------------------------------------------------------------ Cumulative ATP
    Item(question="cumulative ATP (no look-ahead) in period 5? on hand 25; MPS 0, 60, 0, 60, 0, 60; "
                  "orders 10, 25, 20, 30, 15, 5",
         domain=D, formula=CATP, function="atp_cumulative",
         compute=lambda: calc.atp_cumulative(on_hand=25, mps=[0, 60, 0, 60, 0, 60],
                                             orders=[10, 25, 20, 30, 15, 5])[4],
         unit="units"),
    Item(question="On hand 80. MPS: 100 in week 3 and 100 in week 5. Booked orders week 1-6: 30, 20, 70, 55, 40, 25. "
                  "What is the cumulative ATP in week 4, without look-ahead?",
         domain=D, formula=CATP, function="atp_cumulative",
         compute=lambda: calc.atp_cumulative(on_hand=80, mps=[0, 0, 100, 0, 100, 0],
                                             orders=[30, 20, 70, 55, 40, 25])[3],
         unit="units", note="week 3 discrete ATP is negative and reduces the running total"),
    Item(question="sales keeps asking me how much we can still promise by week 6. we have 45 in stock, MPS lots of 100 "
                  "land in weeks 1, 3, 5 and 7, and customer orders for weeks 1-8 are 70, 30, 55, 40, 20, 35, 10, 0. "
                  "what's the cumulative atp for week 6 (not using look ahead)?",
         domain=D, formula=CATP, function="atp_cumulative",
         compute=lambda: calc.atp_cumulative(on_hand=45, mps=[100, 0, 100, 0, 100, 0, 100, 0],
                                             orders=[70, 30, 55, 40, 20, 35, 10, 0])[5],
         unit="units"),

    # ------------------------------------------------------------------ Gross requirements
    Item(question="Component X goes into A (2 per) and B (3 per). Planned order releases for A: wk1 0, wk2 50, wk3 0, "
                  "wk4 40. For B: wk1 20, wk2 0, wk3 30, wk4 0. What is the gross requirement for X in week 3?",
         domain=D, formula=GR, function="gross_requirements",
         compute=lambda: calc.gross_requirements(parent_releases={"A": [0, 50, 0, 40], "B": [20, 0, 30, 0]},
                                                 quantity_per={"A": 2, "B": 3})[2],
         unit="units"),
    Item(question="part 1104 (bracket) is used 4 per on assembly K. K's planned order releases are wk1 35, wk2 0, "
                  "wk3 60, wk4 25, wk5 0. we also sell 1104 as a service part, about 20 a week. gross reqs for 1104 "
                  "in week 4?",
         domain=D, formula=GR, function="gross_requirements",
         compute=lambda: calc.gross_requirements(parent_releases={"K": [35, 0, 60, 25, 0]}, quantity_per={"K": 4},
                                                 independent_demand=[20] * 5)[3],
         unit="units", note="service-part demand is independent demand added on top"),
    Item(question="parent\tqty per\twk1\twk2\twk3\twk4\twk5\twk6\n"
                  "Table-36\t4\t0\t120\t0\t0\t90\t0\n"
                  "Table-48\t4\t60\t0\t0\t75\t0\t0\n"
                  "Bench\t2\t0\t0\t40\t40\t0\t30\n"
                  "^ planned order releases of the parents that use the leg. gross requirement for legs in wk4?",
         domain=D, formula=GR, function="gross_requirements",
         compute=lambda: calc.gross_requirements(
             parent_releases={"Table-36": [0, 120, 0, 0, 90, 0], "Table-48": [60, 0, 0, 75, 0, 0],
                              "Bench": [0, 0, 40, 40, 0, 30]},
             quantity_per={"Table-36": 4, "Table-48": 4, "Bench": 2})[3],
         unit="units"),
    Item(question="Wheel W-9 goes on both the cart and the wagon. Planned order releases: cart 40 in week 2 and 55 in "
                  "week 5, wagon 30 in week 2. What is the gross requirement for W-9 in week 2?",
         domain=D, formula=GR, function="gross_requirements",
         compute=None, unit="units", missing=["quantity_per"], note="how many wheels per cart / wagon is not given"),

    # ------------------------------------------------------------------ Net requirements
    Item(question="NR? GR=450, SR=100, PA(prev period)=120, SS=50",
         domain=D, formula=NR, function="net_requirement",
         compute=lambda: calc.net_requirement(gross=450, scheduled_receipts=100, projected_available_before=120,
                                              safety_stock=50),
         unit="units"),
    Item(question="MRP for a component, lot-for-lot, lead time 1 week, on hand 140, safety stock 30.\n"
                  "Gross requirements weeks 1-6: 60, 80, 75, 90, 70, 85\n"
                  "Scheduled receipt: 100 in week 2\n"
                  "What is the net requirement in week 4?",
         domain=D, formula=NR, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[60, 80, 75, 90, 70, 85], on_hand=140, lead_time=1,
                                         scheduled_receipts=[0, 100, 0, 0, 0, 0],
                                         safety_stock=30)["net_requirements"][3],
         unit="units"),
    Item(question="we have 200 on hand but 40 of those are already allocated to another job. gross requirements next "
                  "3 weeks are 90, 110 and 130, and there's a scheduled receipt of 50 in week 2. no safety stock. "
                  "what's the net requirement in week 3?",
         domain=D, formula=NR, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[90, 110, 130], on_hand=200, allocated=40, lead_time=1,
                                         scheduled_receipts=[0, 50, 0])["net_requirements"][2],
         unit="units", note="allocated stock is not available; lead time does not affect NR (1 passed as filler)"),
    Item(question="Week 5: gross requirement 300, a scheduled receipt of 250 is due that week, and 80 units are "
                  "projected available at the end of week 4. No safety stock. What's the week 5 net requirement?",
         domain=D, formula=NR, function="net_requirement",
         compute=lambda: calc.net_requirement(gross=300, scheduled_receipts=250, projected_available_before=80),
         unit="units", tolerance=0.01, note="expected 0: receipts plus stock cover the requirement"),

    # ------------------------------------------------------------------ MRP projected available
    Item(question="projected available this week? PA last week 60, a scheduled receipt of 200 arrives, gross req is "
                  "180, no planned order receipt",
         domain=D, formula=PA, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[180], on_hand=60, lead_time=0,
                                         scheduled_receipts=[200])["projected_available"][0],
         unit="units"),
    Item(question="Item R-22: fixed order quantity 300, lead time 2 weeks, 110 on hand, scheduled receipt of 300 in "
                  "week 1. Gross requirements weeks 1-8 = 90, 120, 150, 100, 130, 110, 80, 140. What is the projected "
                  "available at the end of week 7?",
         domain=D, formula=PA, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[90, 120, 150, 100, 130, 110, 80, 140], on_hand=110,
                                         lead_time=2, scheduled_receipts=[300, 0, 0, 0, 0, 0, 0, 0], lot_rule="fixed",
                                         lot_size=300)["projected_available"][6],
         unit="units", note="PA shown after the planned order receipt of week 7"),
    Item(question="Period | 1 | 2 | 3 | 4 | 5\n"
                  "Gross reqs | 120 | 140 | 160 | 130 | 90\n"
                  "Sched receipts | | | 200 | |\n"
                  "OH 400, SS 100, L4L, LT 1. projected available in period 3?",
         domain=D, formula=PA, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[120, 140, 160, 130, 90], on_hand=400, lead_time=1,
                                         scheduled_receipts=[0, 0, 200, 0, 0],
                                         safety_stock=100)["projected_available"][2],
         unit="units"),

    # ------------------------------------------------------------------ Lead-time offset
    Item(question="we have a planned order receipt of 400 pcs due in week 7 and the lead time is 3 weeks. in which "
                  "week do we release the order?",
         domain=D, formula=OFFSET, function="mrp_record",
         compute=lambda: _first_week(calc.mrp_record(gross_requirements=[0, 0, 0, 0, 0, 0, 400], on_hand=0,
                                                     lead_time=3)["planned_order_releases"]),
         unit="periods", note="answer is the release week number"),
    Item(question="L4L, LT = 2 wks, OH = 85. GR: wk2 70, wk4 95, wk6 110 (nothing in the other weeks). planned order "
                  "release in wk 4?",
         domain=D, formula=OFFSET, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[0, 70, 0, 95, 0, 110], on_hand=85,
                                         lead_time=2)["planned_order_releases"][3],
         unit="units", note="the week-6 receipt of 110 is released in week 4"),
    Item(question="Lot-for-lot item, purchasing lead time is 10 working days (we work 5-day weeks). 150 on hand. "
                  "Weekly gross requirements:\nweek 1 - 50\nweek 2 - 60\nweek 3 - 80\nweek 4 - 40\nweek 5 - 90\n"
                  "week 6 - 30\nHow many units should the planned order release in week 3 be?",
         domain=D, formula=OFFSET, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[50, 60, 80, 40, 90, 30], on_hand=150,
                                         lead_time=10 // 5)["planned_order_releases"][2],
         unit="units", note="lead time derived: 10 working days / 5 per week = 2 weeks"),

    # ------------------------------------------------------------------ Lot sizing
    Item(question="poq? eoq = 380, avg demand 95/wk",
         domain=D, formula=LOTS, function="period_order_quantity",
         compute=lambda: calc.period_order_quantity(eoq=380, average_demand_per_period=95),
         unit="weeks"),
    Item(question="For the period order quantity I first need the EOQ. Annual demand is 5,200 units (52-week year), "
                  "ordering cost is $75, carrying cost is 20% a year and the item costs $30. How many weeks of "
                  "requirements should each order cover?",
         domain=D, formula=LOTS, function="period_order_quantity",
         compute=lambda: calc.period_order_quantity(
             eoq=calc.eoq(annual_demand=5200, order_cost=75, carrying_rate=0.20, unit_cost=30),
             average_demand_per_period=5200 / 52),
         unit="weeks", note="EOQ computed first; weekly demand = 5200/52; 3.6 rounds to 4"),
    Item(question="Fixed order quantity of 250, lead time 1 week, 120 on hand, no scheduled receipts. Gross "
                  "requirements for weeks 1 through 6 are 80, 95, 110, 60, 140, 75. In which week is the second "
                  "planned order released?",
         domain=D, formula=LOTS, function="mrp_record",
         compute=lambda: _first_week(calc.mrp_record(gross_requirements=[80, 95, 110, 60, 140, 75], on_hand=120,
                                                     lead_time=1, lot_rule="fixed",
                                                     lot_size=250)["planned_order_releases"], nth=2),
         unit="periods", note="answer is a week number"),
    Item(question="using POQ = 3 weeks (each order covers 3 weeks of net reqs), lead time 1 wk, on hand 70.\n"
                  "wk: 1 2 3 4 5 6 7 8 9\nGR: 40 55 60 45 50 70 65 40 55\n"
                  "what quantity is the planned order released in week 1?",
         domain=D, formula=LOTS, function="mrp_record",
         compute=lambda: calc.mrp_record(gross_requirements=[40, 55, 60, 45, 50, 70, 65, 40, 55], on_hand=70,
                                         lead_time=1, lot_rule="poq", periods=3)["planned_order_releases"][0],
         unit="units"),

    # ------------------------------------------------------------------ Scrap / yield
    Item(question="We need 1,800 good units and the process yield is 92%. How many units should we start?",
         domain=D, formula=SCRAP, function="planned_input_for_yield",
         compute=lambda: calc.planned_input_for_yield(required_output=1800, yield_rate=0.92),
         unit="units"),
    Item(question="scrap rate 6%, need 4 700 good pcs out -> how many to launch?",
         domain=D, formula=SCRAP, function="planned_input_for_scrap",
         compute=lambda: calc.planned_input_for_scrap(required_output=4700, scrap_rate=0.06),
         unit="units"),
    Item(question="my instructor keeps saying don't just add 8% on top... we lose 8% to scrap on the press and the "
                  "customer order is for 2,300 good parts. what should the planned input be?",
         domain=D, formula=SCRAP, function="planned_input_for_scrap",
         compute=lambda: calc.planned_input_for_scrap(required_output=2300, scrap_rate=0.08),
         unit="units"),
    Item(question="A part goes through two operations with yields of 97% and 94%. To ship 1000 good parts, how many "
                  "should be started at the first operation?",
         domain=D, formula=SCRAP, function="planned_input_for_yield",
         compute=lambda: calc.planned_input_for_yield(required_output=1000, yield_rate=0.97 * 0.94),
         unit="units", note="overall yield derived as 0.97 x 0.94"),
    Item(question="how many blanks do we need to start to end up with 640 good brackets? the stamping step always "
                  "loses some to scrap",
         domain=D, formula=SCRAP, function="planned_input_for_scrap",
         compute=None, unit="units", missing=["scrap_rate"], note="scrap rate never stated"),

    # ------------------------------------------------------------------ Available time
    Item(question="4 machines, 7.5 hrs per shift, 2 shifts, 5 days/wk. weekly available time?",
         domain=D, formula=AVAIL, function="available_time",
         compute=lambda: calc.available_time(units=4, hours_per_shift=7.5, shifts_per_day=2, days=5),
         unit="hours"),
    Item(question="Assembly cell: 6 workers on one 8-hour shift, but each shift has two 15-minute breaks. There are "
                  "22 working days in the month. How many hours are available in the month after breaks?",
         domain=D, formula=AVAIL, function="available_time",
         compute=lambda: calc.available_time(units=6, hours_per_shift=8 - 2 * 15 / 60, shifts_per_day=1, days=22),
         unit="hours", note="hours per shift derived: 8 h minus 2 x 15 min = 7.5 h"),
    Item(question="work centre 40 has 2 CNC machines running 3 shifts of 8 hours, 6 days a week. what's the "
                  "available time for a 4-week planning period?",
         domain=D, formula=AVAIL, function="available_time",
         compute=lambda: calc.available_time(units=2, hours_per_shift=8, shifts_per_day=3, days=6 * 4),
         unit="hours", note="days derived: 6 days x 4 weeks = 24"),
    Item(question="5 machines, 2 shifts a day, 20 working days this month. how many hours of available time?",
         domain=D, formula=AVAIL, function="available_time",
         compute=None, unit="hours", missing=["hours_per_shift"], note="shift length not given"),

    # ------------------------------------------------------------------ Utilization
    Item(question="machine was available 40 hrs and actually ran 35.5 hrs, utilization %?",
         domain=D, formula=UTIL, function="utilization",
         compute=lambda: calc.utilization(actual_hours=35.5, available_hours=40) * 100,
         unit="percent"),
    Item(question="Two machines, one 8 h shift each, 5 days last week. Between them they actually ran 68.5 hours. "
                  "What was the utilization?",
         domain=D, formula=UTIL, function="utilization",
         compute=lambda: calc.utilization(actual_hours=68.5,
                                          available_hours=calc.available_time(units=2, hours_per_shift=8,
                                                                              shifts_per_day=1, days=5)) * 100,
         unit="percent", note="available hours derived: 2 x 8 x 1 x 5 = 80"),
    Item(question="The line has 450 minutes available per shift. Yesterday we lost 63 minutes to a breakdown and "
                  "waiting for material, otherwise it was working. Utilization for the shift?",
         domain=D, formula=UTIL, function="utilization",
         compute=lambda: calc.utilization(actual_hours=450 - 63, available_hours=450) * 100,
         unit="percent", note="time worked derived as 450 - 63 minutes; same unit both sides"),
    Item(question="our lathe cell clocked 310 hours of actual run time last month. what's the utilization?",
         domain=D, formula=UTIL, function="utilization",
         compute=None, unit="percent", missing=["available_hours"], note="available time not given"),

    # ------------------------------------------------------------------ Efficiency
    Item(question="we earned 176 standard hours in 160 clock hours worked. efficiency?",
         domain=D, formula=EFF, function="efficiency",
         compute=lambda: calc.efficiency(standard_hours=176, actual_hours=160) * 100,
         unit="percent"),
    Item(question="Last week the crew produced 1,150 units. The standard time is 0.12 hours per unit and they worked "
                  "130 actual hours. What was their efficiency?",
         domain=D, formula=EFF, function="efficiency",
         compute=lambda: calc.efficiency(standard_hours=1150 * 0.12, actual_hours=130) * 100,
         unit="percent", note="standard hours derived: 1150 x 0.12 = 138"),
    Item(question="SH = 312, AH = 325, eff = ? (as a decimal)",
         domain=D, formula=EFF, function="efficiency",
         compute=lambda: calc.efficiency(standard_hours=312, actual_hours=325),
         unit="fraction"),
    Item(question="the crew produced 640 units against a standard of 15 min each. what's their efficiency?",
         domain=D, formula=EFF, function="efficiency",
         compute=None, unit="percent", missing=["actual_hours"], note="hours actually worked not given"),

    # ------------------------------------------------------------------ Rated capacity
    Item(question="Rated capacity if available time is 320 hours, utilization 90% and efficiency 95%?",
         domain=D, formula=RATED, function="rated_capacity",
         compute=lambda: calc.rated_capacity(available_hours=320, utilization_rate=0.90, efficiency_rate=0.95),
         unit="hours"),
    Item(question="A work center has 4 machines, runs 2 shifts of 7.5 hours, 5 days a week. Utilization is 88% and "
                  "efficiency is 105%. What is the weekly rated capacity in standard hours?",
         domain=D, formula=RATED, function="rated_capacity",
         compute=lambda: calc.rated_capacity(
             available_hours=calc.available_time(units=4, hours_per_shift=7.5, shifts_per_day=2, days=5),
             utilization_rate=0.88, efficiency_rate=1.05),
         unit="hours", note="available time derived: 4 x 7.5 x 2 x 5 = 300"),
    Item(question="Last month the paint cell was available 176 h, actually worked 158.4 h and earned 166.32 standard "
                  "hours. Next month it has 168 available hours. Assuming the same utilization and efficiency, what "
                  "is next month's rated capacity?",
         domain=D, formula=RATED, function="rated_capacity",
         compute=lambda: calc.rated_capacity(available_hours=168,
                                             utilization_rate=calc.utilization(actual_hours=158.4,
                                                                               available_hours=176),
                                             efficiency_rate=calc.efficiency(standard_hours=166.32,
                                                                             actual_hours=158.4)),
         unit="hours", note="utilization 0.90 and efficiency 1.05 derived from last month's hours"),
    Item(question="rated cap? 2 wkrs x 40 h/wk x 4 wks, U .93 E .97",
         domain=D, formula=RATED, function="rated_capacity",
         compute=lambda: calc.rated_capacity(available_hours=2 * 40 * 4, utilization_rate=0.93,
                                             efficiency_rate=0.97),
         unit="hours", note="available hours derived: 2 x 40 x 4 = 320"),

    # ------------------------------------------------------------------ Demonstrated capacity
    Item(question="demonstrated capacity? std hrs produced last 4 wks: 212, 198, 225, 207",
         domain=D, formula=DEMO, function="demonstrated_capacity",
         compute=lambda: calc.demonstrated_capacity([212, 198, 225, 207]),
         unit="hours"),
    Item(question="Week\tActual hrs\tStd hrs produced\n"
                  "14\t168\t151\n15\t160\t149\n16\t172\t158\n17\t165\t146\n18\t170\t155\n"
                  "what's the demonstrated capacity of this work center?",
         domain=D, formula=DEMO, function="demonstrated_capacity",
         compute=lambda: calc.demonstrated_capacity([151, 149, 158, 146, 155]),
         unit="hours", note="actual hours and week numbers are distractors"),
    Item(question="The packing line turned out 410, 385, 440 and 425 units in the last four weeks. Each unit carries "
                  "0.5 standard hours. What is its demonstrated capacity in standard hours per week?",
         domain=D, formula=DEMO, function="demonstrated_capacity",
         compute=lambda: calc.demonstrated_capacity([u * 0.5 for u in (410, 385, 440, 425)]),
         unit="hours", note="standard hours derived as units x 0.5"),

    # ------------------------------------------------------------------ Load (CRP)
    Item(question="WC 30 next week:\norder 5512 - 120 pcs, setup 1.5 h, run 0.2 h/pc\n"
                  "order 5520 - 60 pcs, setup 2 h, run 0.45 h/pc\norder 5531 - 300 pcs, setup 0.5 h, run 0.05 h/pc\n"
                  "total load in hours?",
         domain=D, formula=LOAD, function="work_center_load",
         compute=lambda: calc.work_center_load([
             {"quantity": 120, "setup_hours": 1.5, "run_hours_per_unit": 0.2},
             {"quantity": 60, "setup_hours": 2, "run_hours_per_unit": 0.45},
             {"quantity": 300, "setup_hours": 0.5, "run_hours_per_unit": 0.05}]),
         unit="hours"),
    Item(question="an order for 200 units hits the mill next week. setup is 45 minutes and run time is 6 minutes per "
                  "unit. how many hours of load does that put on the mill?",
         domain=D, formula=LOAD, function="operation_time",
         compute=lambda: calc.operation_time(quantity=200, setup_hours=45 / 60, run_hours_per_unit=6 / 60),
         unit="hours", note="minutes converted to hours"),
    Item(question="| Order | Qty | Setup (hr) | Run (hr/unit) | Due |\n"
                  "| 7001 | 40 | 2.0 | 0.75 | wk 14 |\n"
                  "| 7002 | 150 | 1.0 | 0.12 | wk 14 |\n"
                  "| 7003 | 25 | 3.5 | 1.6 | wk 15 |\n"
                  "all three are scheduled through the paint booth in week 12. load on the booth that week?",
         domain=D, formula=LOAD, function="work_center_load",
         compute=lambda: calc.work_center_load([
             {"quantity": 40, "setup_hours": 2.0, "run_hours_per_unit": 0.75},
             {"quantity": 150, "setup_hours": 1.0, "run_hours_per_unit": 0.12},
             {"quantity": 25, "setup_hours": 3.5, "run_hours_per_unit": 1.6}]),
         unit="hours", note="due weeks are distractors"),
    Item(question="CRP load: Q = 500, setup = 2.5 h, run = 0.03 h/unit",
         domain=D, formula=LOAD, function="operation_time",
         compute=lambda: calc.operation_time(quantity=500, setup_hours=2.5, run_hours_per_unit=0.03),
         unit="hours"),

    # ------------------------------------------------------------------ Load percent
    Item(question="load percent if the load is 340 std hrs and rated capacity is 310?",
         domain=D, formula=LOADPCT, function="load_percent",
         compute=lambda: calc.load_percent(load=340, capacity=310),
         unit="percent"),
    Item(question="WC 12 has two jobs next week: 200 units at 0.15 h/unit with a 2 h setup, and 90 units at 0.3 h/unit "
                  "with a 1.5 h setup. The work center is 1 machine on 2 shifts of 8 hours, 5 days, with 90% "
                  "utilization and 95% efficiency. What is the load as a percent of rated capacity?",
         domain=D, formula=LOADPCT, function="load_percent",
         compute=lambda: calc.load_percent(
             load=calc.work_center_load([{"quantity": 200, "setup_hours": 2, "run_hours_per_unit": 0.15},
                                         {"quantity": 90, "setup_hours": 1.5, "run_hours_per_unit": 0.3}]),
             capacity=calc.rated_capacity(available_hours=calc.available_time(units=1, hours_per_shift=8,
                                                                              shifts_per_day=2, days=5),
                                          utilization_rate=0.90, efficiency_rate=0.95)),
         unit="percent", note="load (60.5 h) and rated capacity (68.4 h) derived first"),
    Item(question="the CRP load report for the dept says 1,245 std hrs for week 9 and the rated capacity of the "
                  "department is 1,380 std hrs. what % loaded are we?",
         domain=D, formula=LOADPCT, function="load_percent",
         compute=lambda: calc.load_percent(load=1245, capacity=1380),
         unit="percent"),
    Item(question="WC 20 has 3 orders next week: 80 pcs at 0.5 h each (setup 1 h), 150 pcs at 0.2 h each (setup 2 h) "
                  "and 40 pcs at 1.1 h each (setup 0.5 h). what's the load percent?",
         domain=D, formula=LOADPCT, function="load_percent",
         compute=None, unit="percent", missing=["capacity"], note="capacity of WC 20 not given"),

    # ------------------------------------------------------------------ CPOF
    Item(question="Capacity planning using overall factors. MPS: A 200, B 150, C 80 units. Total standard hours per "
                  "unit: A 1.2, B 0.8, C 2.5. Historical split of hours: fabrication 45%, welding 30%, assembly 25%. "
                  "How many hours does the plan put on welding?",
         domain=D, formula=CPOF, function="rccp_overall_factors",
         compute=lambda: calc.rccp_overall_factors(mps={"A": 200, "B": 150, "C": 80},
                                                   hours_per_unit={"A": 1.2, "B": 0.8, "C": 2.5},
                                                   work_center_shares={"fabrication": 0.45, "welding": 0.30,
                                                                       "assembly": 0.25})["welding"],
         unit="hours"),
    Item(question="cpof total hrs? MPS next month 1.5k of X @ 0.35 std h and 900 of Y @ 0.6 std h",
         domain=D, formula=CPOF, function="total_standard_hours",
         compute=lambda: calc.total_standard_hours(mps={"X": 1500, "Y": 900}, hours_per_unit={"X": 0.35, "Y": 0.6}),
         unit="hours"),
    Item(question="Product | MPS wk 5 | std hrs/unit\nP10 | 320 | 0.9\nP20 | 180 | 1.4\nP30 | 95 | 2.2\n"
                  "historically machining gets 60% of the hours, finishing 25% and packing 15%. using CPOF how many "
                  "hours land on finishing in week 5?",
         domain=D, formula=CPOF, function="rccp_overall_factors",
         compute=lambda: calc.rccp_overall_factors(mps={"P10": 320, "P20": 180, "P30": 95},
                                                   hours_per_unit={"P10": 0.9, "P20": 1.4, "P30": 2.2},
                                                   work_center_shares={"machining": 0.60, "finishing": 0.25,
                                                                       "packing": 0.15})["finishing"],
         unit="hours"),

    # ------------------------------------------------------------------ Bill of labor / resource profile
    Item(question="MPS this week: 250 of model S and 120 of model D. Bill of labor: S needs 0.4 h in assembly and "
                  "0.15 h in test; D needs 0.7 h in assembly and 0.25 h in test. How many hours in test?",
         domain=D, formula=BOL, function="rccp_bill_of_labor",
         compute=lambda: calc.rccp_bill_of_labor(mps={"S": 250, "D": 120},
                                                 bill={"S": {"assembly": 0.4, "test": 0.15},
                                                       "D": {"assembly": 0.7, "test": 0.25}})["test"],
         unit="hours"),
    Item(question="bill of resources (hrs per unit):\n"
                  "item | machining | welding | paint\n"
                  "K1 | 0.50 | 0.20 | 0.10\n"
                  "K2 | 0.80 | 0.00 | 0.25\n"
                  "K3 | 1.10 | 0.45 | 0.30\n"
                  "MPS for period 7: K1 = 400, K2 = 150, K3 = 60. rough cut hrs needed in machining?",
         domain=D, formula=BOL, function="rccp_bill_of_labor",
         compute=lambda: calc.rccp_bill_of_labor(mps={"K1": 400, "K2": 150, "K3": 60},
                                                 bill={"K1": {"machining": 0.5, "welding": 0.2, "paint": 0.1},
                                                       "K2": {"machining": 0.8, "welding": 0.0, "paint": 0.25},
                                                       "K3": {"machining": 1.1, "welding": 0.45, "paint": 0.3}}
                                                 )["machining"],
         unit="hours"),
    Item(question="Resource profile question. End item K has an MPS of 80 in week 3 and 60 in week 4 (nothing in weeks "
                  "1-2). Machining takes 1.5 h per unit and is done one week before the MPS due week; assembly takes "
                  "0.8 h per unit in the due week itself. How many machining hours fall in week 3?",
         domain=D, formula=BOL, function="rccp_resource_profile",
         compute=lambda: calc.rccp_resource_profile(mps={"K": [0, 0, 80, 60]},
                                                    profile={"K": {"machining": [0, 1.5],
                                                                   "assembly": [0.8]}})["machining"][2],
         unit="hours", note="week 3 machining is for the week-4 MPS (lead-time offset of 1 week)"),

    # ------------------------------------------------------------------ Make or buy
    Item(question="Make: fixed cost $45,000, variable $6.50/unit. Buy: $9.75/unit, no fixed cost. At what volume are "
                  "we indifferent?",
         domain=D, formula=MOB, function="make_or_buy_indifference",
         compute=lambda: calc.make_or_buy_indifference(fixed_cost_make=45000, variable_cost_make=6.50,
                                                       fixed_cost_buy=0, variable_cost_buy=9.75),
         unit="units"),
    Item(question="Making the housing in-house needs $62,000 a year in fixed costs and $7.40 of variable cost per "
                  "unit. The supplier quotes $11.20 per unit plus an $8,000 tooling charge per year. Above what annual "
                  "volume should we make it ourselves?",
         domain=D, formula=MOB, function="make_or_buy_indifference",
         compute=lambda: calc.make_or_buy_indifference(fixed_cost_make=62000, variable_cost_make=7.40,
                                                       fixed_cost_buy=8000, variable_cost_buy=11.20),
         unit="units"),
    Item(question="ok make vs buy. making = 120k/yr for equipment lease + overhead, then 14.25 a unit. buying = 19 bucks "
                  "a unit. break even qty?",
         domain=D, formula=MOB, function="make_or_buy_indifference",
         compute=lambda: calc.make_or_buy_indifference(fixed_cost_make=120000, variable_cost_make=14.25,
                                                       fixed_cost_buy=0, variable_cost_buy=19),
         unit="units"),
    Item(question="If we make the part it's $80,000 in fixed costs plus $5.20 per unit; the outside vendor charges no "
                  "setup or tooling. What's the make-or-buy indifference point?",
         domain=D, formula=MOB, function="make_or_buy_indifference",
         compute=None, unit="units", missing=["variable_cost_buy"], note="vendor's unit price not given"),

    # ------------------------------------------------------------------ Total cost of ownership
    Item(question="TCO for a new press: purchase price $48,500, acquisition costs (freight + installation) $3,200, "
                  "ownership costs over its life $9,000, disposal $1,100, salvage value at the end $4,000.",
         domain=D, formula=TCO, function="total_cost_of_ownership",
         compute=lambda: calc.total_cost_of_ownership(purchase_price=48500, acquisition_costs=3200,
                                                      ownership_costs=9000, end_of_life_costs=1100,
                                                      salvage_value=4000),
         unit="money"),
    Item(question="We're buying a packaging machine for $22,000. Freight is $850, the PO/admin cost is about $150 and "
                  "incoming inspection $400. Maintenance runs $1,200 a year and energy $600 a year over a 6-year life. "
                  "Disposal will cost $500 and we expect $2,500 salvage. What's the total cost of ownership "
                  "(ignore time value of money)?",
         domain=D, formula=TCO, function="total_cost_of_ownership",
         compute=lambda: calc.total_cost_of_ownership(purchase_price=22000, acquisition_costs=850 + 150 + 400,
                                                      ownership_costs=(1200 + 600) * 6, end_of_life_costs=500,
                                                      salvage_value=2500),
         unit="money", note="acquisition = 850+150+400; ownership = (1200+600) x 6 years"),
    Item(question="tco? price 135k, acquisition 7.5k, ownership 41k, end of life 3k, salvage 12k",
         domain=D, formula=TCO, function="total_cost_of_ownership",
         compute=lambda: calc.total_cost_of_ownership(purchase_price=135000, acquisition_costs=7500,
                                                      ownership_costs=41000, end_of_life_costs=3000,
                                                      salvage_value=12000),
         unit="money"),
    Item(question="Trying to get the total cost of ownership for a forklift: freight and setup $1,800, maintenance "
                  "$2,100/yr for 5 years, disposal $600, resale value at the end about $5,000. What's the TCO?",
         domain=D, formula=TCO, function="total_cost_of_ownership",
         compute=None, unit="money", missing=["purchase_price"], note="purchase price of the forklift not given"),

    # ------------------------------------------------------------------ Supplier scorecard
    Item(question="Supplier B scorecard: quality weight 0.40, rating 85; delivery weight 0.30, rating 92; cost weight "
                  "0.20, rating 78; service weight 0.10, rating 88. Weighted score?",
         domain=D, formula=SCORE, function="weighted_score",
         compute=lambda: calc.weighted_score(weights=[0.40, 0.30, 0.20, 0.10], ratings=[85, 92, 78, 88]),
         unit="number"),
    Item(question="supplier delivered 180 receipts last quarter and 171 of them were on time. on-time delivery %?",
         domain=D, formula=SCORE, function="on_time_delivery_rate",
         compute=lambda: calc.on_time_delivery_rate(on_time_receipts=171, total_receipts=180) * 100,
         unit="percent"),
    Item(question="we rejected 42 pcs out of 9.6e4 received from Acme in Q3. defect rate in ppm?",
         domain=D, formula=SCORE, function="defect_ppm",
         compute=lambda: calc.defect_ppm(defective_units=42, units_received=96000),
         unit="number"),
    Item(question="Criterion | Weight | Supplier Y rating (1-5)\n"
                  "Quality | 35% | 4\n"
                  "Delivery | 25% | 3\n"
                  "Price | 25% | 5\n"
                  "Responsiveness | 15% | 2\n"
                  "what's supplier Y's weighted score?",
         domain=D, formula=SCORE, function="weighted_score",
         compute=lambda: calc.weighted_score(weights=[0.35, 0.25, 0.25, 0.15], ratings=[4, 3, 5, 2]),
         unit="number"),
    Item(question="Supplier Z shipped us 27 bad parts this year. What's their defect rate in PPM for the scorecard?",
         domain=D, formula=SCORE, function="defect_ppm",
         compute=None, unit="number", missing=["units_received"], note="total units received not given"),
]
