"""Blind practice set 3, domain `supply`: master scheduling, ATP, MRP, capacity, RCCP and sourcing.

Every question is written as a learner would type it (chat, forum posts, exam stems, pasted
tables); the expected value comes from calling tutor.calc directly with the numbers in the text.
"""

from eval.blind.item import Item
from tutor import calc

D = "supply"

PAB_IN = "MPS projected available balance, inside the demand time fence"
PAB_OUT = "MPS projected available balance, outside the demand time fence"
ATP1 = "Discrete ATP, first period"
ATPN = "Discrete ATP, later periods"
LOOK = "Look-ahead rule"
CATP = "Cumulative ATP (without look-ahead)"
GR = "MRP gross requirements for a component"
NR = "MRP net requirements"
PA = "MRP projected available"
LTO = "Lead-time offset"
LOT = "Lot sizing"
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


ITEMS: list[Item] = [
    # ------------------------------------------------------------------ PAB inside the DTF
    Item(
        question="pab wk1?? OH 80, fcst 60, cust orders 45, nothing on the MPS for wk1, DTF = 3 wks",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(80, [60], [45], [0], 3)[0],
        unit="units",
    ),
    Item(
        question=("An end item has 120 units on hand. The demand time fence falls at the end of period 2. "
                  "The forecast is 100 units in each of periods 1 and 2; actual customer orders booked are 85 "
                  "in period 1 and 70 in period 2. The MPS shows no receipt in period 1 and a receipt of 150 in "
                  "period 2. What is the projected available balance at the end of period 2?"),
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(120, [100, 100], [85, 70], [0, 150], 2)[1],
        unit="units",
    ),
    Item(
        question=("Week\t1\t2\t3\t4\t5\t6\n"
                  "Forecast\t50\t50\t50\t60\t60\t60\n"
                  "Customer orders\t58\t44\t30\t22\t10\t5\n"
                  "MPS\t0\t100\t0\t100\t0\t0\n"
                  "\n"
                  "starting inventory 70, demand time fence is after week 3. what's the projected available "
                  "balance in week 3?"),
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(
            70, [50, 50, 50, 60, 60, 60], [58, 44, 30, 22, 10, 5], [0, 100, 0, 100, 0, 0], 3)[2],
        unit="units",
    ),
    Item(
        question=("Hi all, studying for CPIM part 2 (my exam is 14 March, 3 weeks away!!). At our plant the "
                  "model X-220 has 400 on hand. Our master scheduler put the demand time fence at 2 months. "
                  "Jan forecast 300, Feb forecast 320; firm customer orders Jan 340, Feb 290. The MPS has 250 "
                  "arriving in Feb and nothing in Jan. What should the PAB be at the end of Feb? I keep "
                  "getting 30 and the key says something else."),
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(400, [300, 320], [340, 290], [0, 250], 2)[1],
        unit="units",
        note="both months are inside the DTF, so only customer orders count",
    ),
    # ------------------------------------------------------------------ PAB outside the DTF
    Item(
        question=("| Period | 1 | 2 | 3 | 4 | 5 |\n"
                  "| Forecast | 40 | 40 | 45 | 45 | 40 |\n"
                  "| Orders | 42 | 35 | 50 | 20 | 12 |\n"
                  "| MPS | 0 | 80 | 0 | 80 | 0 |\n"
                  "OH = 55, DTF = 2. PAB for period 5?"),
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(
            55, [40, 40, 45, 45, 40], [42, 35, 50, 20, 12], [0, 80, 0, 80, 0], 2)[4],
        unit="units",
    ),
    Item(
        question=("Master scheduling homework: the item has 40 on hand, MPS lot size is 100, the demand time "
                  "fence is 2 weeks and there's no safety stock. Forecast for weeks 1-6: 60, 60, 60, 70, 70, 70. "
                  "Customer orders: 55, 48, 30, 25, 10, 0. Scheduling an MPS lot whenever the projected "
                  "available would go negative, what is the projected available balance at the end of week 6?"),
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: calc.master_schedule(
            40, [60, 60, 60, 70, 70, 70], [55, 48, 30, 25, 10, 0], 100, 2)["pab"][5],
        unit="units",
    ),
    Item(
        question=("monthly MPS problem. beginning inventory 130, safety stock 20, lot size 150, DTF = 2 months.\n"
                  "Jan: fcst 100 / orders 90\n"
                  "Feb: fcst 100 / orders 105\n"
                  "Mar: fcst 110 / orders 60\n"
                  "Apr: fcst 110 / orders 40\n"
                  "May: fcst 120 / orders 20\n"
                  "Jun: fcst 120 / orders 5\n"
                  "how many units should the MPS show in April? (lots are planned so PAB never drops below "
                  "the safety stock)"),
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: calc.master_schedule(
            130, [100, 100, 110, 110, 120, 120], [90, 105, 60, 40, 20, 5], 150, 2, 20)["mps"][3],
        unit="units",
    ),
    Item(
        question=("Quick one from the study group. Demand time fence = 1 week, 25 units on hand.\n"
                  "wk1: forecast 30, orders 28, MPS 40\n"
                  "wk2: forecast 30, orders 36, MPS 0\n"
                  "wk3: forecast 30, orders 12, MPS 40\n"
                  "What's the projected available balance in wk 3?"),
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(25, [30, 30, 30], [28, 36, 12], [40, 0, 40], 1)[2],
        unit="units",
        note="week 2 orders exceed forecast outside the DTF, so the larger one is used",
    ),
    # ------------------------------------------------------------------ Discrete ATP, first period
    Item(
        question="ATP wk1? OH 50, MPS wk1 0 wk2 0 wk3 100 wk4 0, cust orders 20, 15, 30, 10",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(50, [0, 0, 100, 0], [20, 15, 30, 10])[0],
        unit="units",
    ),
    Item(
        question=("A product has 30 units on hand. The MPS shows receipts of 80 units in period 1 and period 4 "
                  "of a 6-period horizon. Booked customer orders for periods 1 through 6 are 40, 20, 10, 25, 5 "
                  "and 0. What is the discrete available-to-promise in period 1?"),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(30, [80, 0, 0, 80, 0, 0], [40, 20, 10, 25, 5, 0])[0],
        unit="units",
    ),
    Item(
        question=("period,forecast,orders,mps\n"
                  "1,100,85,150\n"
                  "2,100,60,0\n"
                  "3,100,20,150\n"
                  "4,100,10,0\n"
                  "on hand is 25. what can sales still promise out of period 1 (discrete ATP)?"),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(25, [150, 0, 150, 0], [85, 60, 20, 10])[0],
        unit="units",
        note="forecast column is a distractor; ATP uses customer orders only",
    ),
    Item(
        question=("The MPS for our pump housing is 200 in week 1 and 200 in week 3; customer orders are 90, 70, "
                  "40, 20 for weeks 1-4. I don't have the beginning inventory figure from the report. What's "
                  "the ATP for week 1?"),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=None, unit="units", missing=["on_hand"],
        note="on hand is explicitly unknown",
    ),
    # ------------------------------------------------------------------ Discrete ATP, later periods
    Item(
        question=("on hand 10. MPS: 0, 60, 0, 0, 60, 0. customer orders: 5, 30, 18, 5, 40, 15 (periods 1-6). "
                  "discrete atp in period 2 pls"),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(10, [0, 60, 0, 0, 60, 0], [5, 30, 18, 5, 40, 15])[1],
        unit="units",
    ),
    Item(
        question=("Jan: MPS 0, orders 35 / Feb: MPS 120, orders 50 / Mar: MPS 0, orders 40 / Apr: MPS 120, "
                  "orders 70 / May: MPS 0, orders 25. Beginning inventory 60. What's the discrete ATP for "
                  "April?"),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(60, [0, 120, 0, 120, 0], [35, 50, 40, 70, 25])[3],
        unit="units",
    ),
    Item(
        question=("week        1    2    3    4    5    6\n"
                  "orders     30   10   60   35   20   10\n"
                  "MPS         0    0  100    0    0  100\n"
                  "on hand 40. What is the discrete ATP for week 3, before applying any look-ahead?"),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(40, [0, 0, 100, 0, 0, 100], [30, 10, 60, 35, 20, 10])[2],
        unit="units",
        note="answer is negative (over-promised)",
    ),
    Item(
        question=("A master scheduler has 15 units of a valve on hand. MPS receipts of 75 are due in periods 2 "
                  "and 5. Customer orders promised so far: period 1 - 10, period 2 - 25, period 3 - 20, "
                  "period 4 - 12, period 5 - 30, period 6 - 8, period 7 - 0. A customer calls asking for "
                  "delivery in period 5. What is the discrete ATP in period 5?"),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(15, [0, 75, 0, 0, 75, 0, 0], [10, 25, 20, 12, 30, 8, 0])[4],
        unit="units",
    ),
    # ------------------------------------------------------------------ Look-ahead rule
    Item(
        question=("OH 70; MPS 0/80/0/80/0/0 for wks 1-6; orders 20/50/45/60/30/5. Using the look-ahead rule, "
                  "what ATP ends up in week 1?"),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(70, [0, 80, 0, 80, 0, 0], [20, 50, 45, 60, 30, 5])[0],
        unit="units",
        note="shortfall cascades from week 4 through week 2 back to week 1",
    ),
    Item(
        question=("Given: on-hand 20. Periods 1-6 MPS = 100, 0, 100, 0, 100, 0. Customer orders = 60, 30, 40, "
                  "35, 90, 40. With look-ahead (cover any later negative ATP from the nearest earlier ATP), "
                  "what is the ATP for period 3?"),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(20, [100, 0, 100, 0, 100, 0], [60, 30, 40, 35, 90, 40])[2],
        unit="units",
    ),
    Item(
        question=("My instructor says period 1 ATP changes once you apply look-ahead. Data: beginning "
                  "inventory 35, MPS quantity 60 arriving in periods 1, 3 and 5, and sold orders of 40, 10, 45, "
                  "30, 25, 10. What is the period 1 ATP after look-ahead? (we're doing a 6 period horizon, "
                  "lead time is 2 wks but I think that's irrelevant)"),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(35, [60, 0, 60, 0, 60, 0], [40, 10, 45, 30, 25, 10])[0],
        unit="units",
    ),
    Item(
        question=("Month | Mar | Apr | May | Jun | Jul\n"
                  "MPS   | 0   | 200 | 0   | 200 | 0\n"
                  "Booked| 45  | 100 | 60  | 180 | 50\n"
                  "On hand at start of March: 90.\n"
                  "What is April's ATP once the look-ahead rule has been applied?"),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(90, [0, 200, 0, 200, 0], [45, 100, 60, 180, 50])[1],
        unit="units",
    ),
    # ------------------------------------------------------------------ Cumulative ATP
    Item(
        question="cum ATP wk4, no look-ahead. OH 20; MPS 0,70,0,70,0; orders 10,35,20,50,10",
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(20, [0, 70, 0, 70, 0], [10, 35, 20, 50, 10])[3],
        unit="units",
    ),
    Item(
        question=("Period\tOrders\tMPS\n"
                  "1\t55\t120\n"
                  "2\t40\t0\n"
                  "3\t30\t120\n"
                  "4\t25\t0\n"
                  "5\t60\t120\n"
                  "6\t15\t0\n"
                  "Starting inventory 10. Find the cumulative ATP (without look-ahead) in period 6."),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(10, [120, 0, 120, 0, 120, 0], [55, 40, 30, 25, 60, 15])[5],
        unit="units",
    ),
    Item(
        question=("Sales wants to know how much they can promise cumulatively through May. Inventory on hand "
                  "at the start of January is 150. MPS: Feb 300, Apr 300. Customer orders: Jan 100, Feb 180, "
                  "Mar 90, Apr 140, May 60. Cumulative ATP, no look-ahead, please."),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(150, [0, 300, 0, 300, 0], [100, 180, 90, 140, 60])[4],
        unit="units",
    ),
    Item(
        question=("What is the cumulative available-to-promise in week 3 (no look ahead)? On hand = 12. MPS "
                  "receipts: week 1 = 50, week 3 = 50, week 5 = 50. Customer orders: wk1 30, wk2 25, wk3 45, "
                  "wk4 20, wk5 10. Forecast is 40 a week if that matters."),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(12, [50, 0, 50, 0, 50], [30, 25, 45, 20, 10])[2],
        unit="units",
        note="week-3 discrete ATP is negative; cumulative adds it without look-ahead; forecast is a distractor",
    ),
    # ------------------------------------------------------------------ MRP gross requirements
    Item(
        question=("Component C goes into end items A (2 per) and B (3 per). Planned order releases for A: "
                  "wk1 50, wk2 0, wk3 40. For B: wk1 0, wk2 30, wk3 20. C also sells as a service part, 10 a "
                  "week. Gross requirement for C in week 3?"),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"A": [50, 0, 40], "B": [0, 30, 20]}, {"A": 2, "B": 3},
                                                [10, 10, 10])[2],
        unit="units",
    ),
    Item(
        question=("Each table (parent) uses 4 legs. The table's MRP record shows planned order receipts of "
                  "120 in week 3 and 90 in week 5, and because of a 1-week lead time the planned order "
                  "releases are 120 in week 2 and 90 in week 4. What is the gross requirement for legs in "
                  "week 4?"),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"table": [0, 120, 0, 90, 0]}, {"table": 4})[3],
        unit="units",
        note="parent receipts are a distractor; GR follows the parent's releases",
    ),
    Item(
        question=("parent planned order releases (wk 1..4):\n"
                  "| parent | qty per | 1 | 2 | 3 | 4 |\n"
                  "| X100 | 1 | 25 | 0 | 40 | 30 |\n"
                  "| X200 | 2 | 0 | 35 | 10 | 15 |\n"
                  "| X300 | 0.5 | 60 | 60 | 0 | 80 |\n"
                  "gross reqs for the shared component in wk 4?"),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements(
            {"X100": [25, 0, 40, 30], "X200": [0, 35, 10, 15], "X300": [60, 60, 0, 80]},
            {"X100": 1, "X200": 2, "X300": 0.5})[3],
        unit="units",
    ),
    Item(
        question=("Part K-7 is used on assemblies A and B. A uses 2 of K-7 each; I can't find the BOM for B so "
                  "I don't know its quantity per. A's planned releases are 100 (wk1) and 60 (wk2); B's are 40 "
                  "(wk1) and 80 (wk2). What's the gross requirement for K-7 in week 2?"),
        domain=D, formula=GR, function="gross_requirements",
        compute=None, unit="units", missing=["quantity_per"],
        note="quantity per B is explicitly unknown",
    ),
    # ------------------------------------------------------------------ MRP net requirements
    Item(
        question="net req? GR 250, sched receipt 60, proj avail last period 90, SS 25",
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(250, 60, 90, 25),
        unit="units",
    ),
    Item(
        question=("In period 4, an item has a gross requirement of 120 units and no scheduled receipts. The "
                  "projected available balance at the end of period 3 is 200 units; there's no safety stock. "
                  "What is the net requirement in period 4?"),
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(120, 0, 200, 0),
        unit="units",
    ),
    Item(
        question=("MRP record, lot-for-lot, safety stock 30, on hand 110.\n"
                  "week: 1, 2, 3, 4, 5\n"
                  "gross reqs: 40, 50, 0, 70, 60\n"
                  "sched receipts: 0, 25, 0, 0, 0\n"
                  "whats the net requirement in week 4?"),
        domain=D, formula=NR, function="mrp_record",
        compute=lambda: calc.mrp_record([40, 50, 0, 70, 60], 110, 1, [0, 25, 0, 0, 0], 30)["net_requirements"][3],
        unit="units",
        note="lead time not given but does not affect net requirements",
    ),
    Item(
        question=("ok so my textbook problem: on-hand 300 units but 80 of those are allocated to an order "
                  "already released to the floor. gross requirement this week is 400, an open PO of 50 is due "
                  "this week, and policy is to keep 30 as safety stock. the part costs $12.50 btw. net "
                  "requirement?"),
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(400, 50, 300 - 80, 30),
        unit="units",
        note="allocated stock is subtracted from on hand first; price is a distractor",
    ),
    # ------------------------------------------------------------------ MRP projected available
    Item(
        question=("Item Z: on hand 120, lot size fixed at 200, lead time 2 weeks, SS 0.\n"
                  "GR wk1-6: 60, 40, 80, 50, 90, 30\n"
                  "SR: 200 due wk 3\n"
                  "What is the projected available at the end of week 6 (after any planned order receipts)?"),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([60, 40, 80, 50, 90, 30], 120, 2, [0, 0, 200, 0, 0, 0],
                                        lot_rule="fixed", lot_size=200)["projected_available"][5],
        unit="units",
    ),
    Item(
        question=("A component starts with 500 in stock. Gross requirements for weeks 1-5 are 120, 150, 90, "
                  "130, 60 and there is a scheduled receipt of 100 in week 2. No planned orders are needed "
                  "yet. What is the projected available balance at the end of week 4?"),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([120, 150, 90, 130, 60], 500, 1, [0, 100, 0, 0, 0])[
            "projected_available"][3],
        unit="units",
    ),
    Item(
        question=("On hand 150, of which 30 is allocated. GR: p1 45, p2 20, p3 60. Open order for 40 due p2. "
                  "No lot sizing issues (nothing needs ordering). Projected available at end of p3?"),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([45, 20, 60], 150, 1, [0, 40, 0], allocated=30)["projected_available"][2],
        unit="units",
        note="allocated quantity reduces starting availability",
    ),
    Item(
        question=("MRP grid (lot size = 150 fixed, LT 1, safety stock 0, OH 35)\n"
                  "Period     1    2    3    4\n"
                  "Gross     20   60   40  100\n"
                  "Sched R    0    0    0    0\n"
                  "Projected available for period 4 = ?"),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([20, 60, 40, 100], 35, 1, lot_rule="fixed",
                                        lot_size=150)["projected_available"][3],
        unit="units",
    ),
    # ------------------------------------------------------------------ Lead-time offset
    Item(
        question=("GR wk 1-6: 0, 40, 0, 60, 0, 80. On hand 50, lead time 2 wks, lot-for-lot, no SS. What "
                  "planned order release shows up in week 2?"),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([0, 40, 0, 60, 0, 80], 50, 2)["planned_order_releases"][1],
        unit="units",
    ),
    Item(
        question=("A purchased part is ordered in a fixed lot of 500 with a lead time of 1 week. On hand 120, "
                  "no open orders. Gross requirements by week: 80, 100, 150, 200, 90, 60. What quantity is "
                  "released (planned order release) in week 5?"),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([80, 100, 150, 200, 90, 60], 120, 1, lot_rule="fixed",
                                        lot_size=500)["planned_order_releases"][4],
        unit="units",
    ),
    Item(
        question=("help - gross requirement in week 1 is 120, we only have 40 on hand, L4L, LT = 2 weeks. The "
                  "planned order should have been released before week 1. How many units are past due?"),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([120], 40, 2)["past_due"],
        unit="units",
    ),
    Item(
        question=("Item: bracket. LT = 3 periods, lot-for-lot, safety stock 10, on hand 60.\n"
                  "P1 GR 20 SR 0\n"
                  "P2 GR 15 SR 0\n"
                  "P3 GR 30 SR 40\n"
                  "P4 GR 25 SR 0\n"
                  "P5 GR 70 SR 0\n"
                  "P6 GR 35 SR 0\n"
                  "Planned order release in period 3?"),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([20, 15, 30, 25, 70, 35], 60, 3, [0, 0, 40, 0, 0, 0],
                                        10)["planned_order_releases"][2],
        unit="units",
    ),
    # ------------------------------------------------------------------ Lot sizing
    Item(
        question="POQ? EOQ = 380 units, annual demand 5,200 (52 wks). answer in weeks",
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: calc.period_order_quantity(380, 5200 / 52),
        unit="weeks",
    ),
    Item(
        question=("An item has annual usage of 2,400 units, an ordering cost of $90 per order, a carrying rate "
                  "of 24% per year and a unit cost of $15. Demand is level across 12 months. Using the period "
                  "order quantity method, each order should cover how many months?"),
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: calc.period_order_quantity(calc.eoq(2400, 90, 0.24, 15), 2400 / 12),
        unit="periods",
        note="EOQ must be computed first; monthly demand from annual",
    ),
    Item(
        question=("POQ lot sizing with each order covering 3 weeks. OH 40, LT 1, SS 0.\n"
                  "GR: wk1 30, wk2 50, wk3 45, wk4 35, wk5 60, wk6 20\n"
                  "What size is the planned order receipt in week 2?"),
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: calc.mrp_record([30, 50, 45, 35, 60, 20], 40, 1, lot_rule="poq",
                                        periods=3)["planned_order_receipts"][1],
        unit="units",
    ),
    Item(
        question=("fixed order quantity of 250, OH 100, no SS, gross reqs for periods 1-5 = 90, 180, 350, 60, "
                  "150. how big is the planned order receipt in period 3?"),
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: calc.mrp_record([90, 180, 350, 60, 150], 100, 1, lot_rule="fixed",
                                        lot_size=250)["planned_order_receipts"][2],
        unit="units",
        note="period 3 needs two lots; lead time not given and irrelevant for receipts",
    ),
    Item(
        question=("We want to switch a part to period order quantity. Weekly demand averages 75 units. "
                  "Nobody has worked out the EOQ and I don't have the cost data. How many weeks should each "
                  "order cover?"),
        domain=D, formula=LOT, function="period_order_quantity",
        compute=None, unit="weeks", missing=["eoq"],
    ),
    # ------------------------------------------------------------------ Scrap / yield
    Item(
        question="need 2,400 good units, process yield is 92%. how many do i start?",
        domain=D, formula=SCRAP, function="planned_input_for_yield",
        compute=lambda: calc.planned_input_for_yield(2400, 0.92),
        unit="units",
    ),
    Item(
        question=("A customer order requires 1,500 good castings. The foundry historically scraps 4% of what it "
                  "pours. How many castings should be planned to start?"),
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(1500, 0.04),
        unit="units",
    ),
    Item(
        question=("Our supervisor just multiplies the requirement by 1.06 to cover a 6% scrap rate, but I think "
                  "that's wrong. If we need 5 000 good pieces and scrap really is 6% of the input, how many "
                  "pieces do we need to launch per the CPIM method?"),
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(5000, 0.06),
        unit="units",
    ),
    Item(
        question=("Planning a run of sensor boards: 800 good boards needed by the 15th, line runs 2 shifts. "
                  "There's some scrap on this line but I don't know the rate yet. How many boards should we "
                  "start?"),
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=None, unit="units", missing=["scrap_rate"],
    ),
    # ------------------------------------------------------------------ Available time
    Item(
        question="available hrs/week? 3 machines, 2 shifts x 8 hrs, 5 days",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(3, 8, 2, 5),
        unit="hours",
    ),
    Item(
        question=("A cell has 4 operators. Each shift is 8 hours long but includes a 30-minute unpaid lunch "
                  "break, so only 7.5 hours are workable. The cell runs 2 shifts a day and 20 working days in "
                  "the month. What is the available time for the month in hours?"),
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(4, 8 - 0.5, 2, 20),
        unit="hours",
        note="break subtracted from shift length",
    ),
    Item(
        question=("Work center 40 has six identical lathes running one 480-minute shift per day. April has 22 "
                  "working days. How many hours are available in April?"),
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(6, 480 / 60, 1, 22),
        unit="hours",
        note="shift given in minutes",
    ),
    Item(
        question=("Two presses, three 8-hour shifts a day. How much available time do we have for the period? "
                  "(I'm not sure yet how many days the plant will run that month.)"),
        domain=D, formula=AVAIL, function="available_time",
        compute=None, unit="hours", missing=["days"],
    ),
    # ------------------------------------------------------------------ Utilization
    Item(
        question="utilization? worked 34 hrs out of 40 available",
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(34, 40) * 100,
        unit="percent",
    ),
    Item(
        question=("Work center 12 has 2 machines, each scheduled for 2 shifts of 8 hours, 5 days a week. Last "
                  "week the machines actually ran 136 hours. What was the utilization (%)?"),
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(136, calc.available_time(2, 8, 2, 5)) * 100,
        unit="percent",
        note="available hours derived from machines x shifts x hours x days",
    ),
    Item(
        question=("Available hours 450, actual hours worked 396, standard hours earned 410. What is the "
                  "utilization of the work center? (don't need efficiency)"),
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(396, 450) * 100,
        unit="percent",
        note="standard hours are a distractor",
    ),
    Item(
        question=("Our welding cell logged 312 actual hours last month and produced 298 standard hours of "
                  "work. What was its utilization?"),
        domain=D, formula=UTIL, function="utilization",
        compute=None, unit="percent", missing=["available_hours"],
    ),
    # ------------------------------------------------------------------ Efficiency
    Item(
        question="efficiency: 176 std hrs earned in 160 actual hrs. %?",
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(176, 160) * 100,
        unit="percent",
    ),
    Item(
        question=("A work center produced 420 units last week. The routing standard is 0.4 hours per unit. "
                  "Operators clocked 180 hours on the job. What was the efficiency of the work center?"),
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(420 * 0.4, 180) * 100,
        unit="percent",
        note="standard hours derived from units x standard time",
    ),
    Item(
        question=("Standard time is 12 minutes per part. In the last two weeks the line made 1,150 parts and "
                  "the crew worked 240 hours. Efficiency?"),
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(1150 * 12 / 60, 240) * 100,
        unit="percent",
        note="standard minutes converted to hours",
    ),
    Item(
        question=("Work center data for week 22: available 200 h, actual hours 170, earned (standard) hours "
                  "161.5, 3 operators. What's the efficiency as a percent?"),
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(161.5, 170) * 100,
        unit="percent",
        note="available hours are a distractor",
    ),
    # ------------------------------------------------------------------ Rated capacity
    Item(
        question="rated capacity? available 240 h, util 85%, eff 105%",
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(240, 0.85, 1.05),
        unit="hours",
    ),
    Item(
        question=("A department has 4 machines running 2 eight-hour shifts, 5 days a week. Utilization is 90% "
                  "and efficiency is 95%. What is the weekly rated capacity in standard hours?"),
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(calc.available_time(4, 8, 2, 5), 0.90, 0.95),
        unit="hours",
        note="available time derived first",
    ),
    Item(
        question=("Over the last quarter the paint line had 320 hours available per week, averaged 288 "
                  "actual hours worked and earned 302.4 standard hours per week. Calculate the rated "
                  "capacity per week."),
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(320, calc.utilization(288, 320), calc.efficiency(302.4, 288)),
        unit="hours",
        note="utilization and efficiency derived from hours",
    ),
    Item(
        question=("Hey, trying to get the rated capacity for our CNC cell for next month: 2 machines x 1 shift "
                  "x 10 hrs x 21 days, utilization runs about 80%. Efficiency numbers haven't been published "
                  "yet. What's the rated capacity?"),
        domain=D, formula=RATED, function="rated_capacity",
        compute=None, unit="hours", missing=["efficiency_rate"],
    ),
    # ------------------------------------------------------------------ Demonstrated capacity
    Item(
        question="demonstrated capacity, last 4 wks std hrs: 410, 385, 402, 395",
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([410, 385, 402, 395]),
        unit="hours",
    ),
    Item(
        question=("Week | Actual hrs | Std hrs produced\n"
                  "31   | 172        | 160\n"
                  "32   | 168        | 171\n"
                  "33   | 180        | 165\n"
                  "34   | 175        | 172\n"
                  "What is the demonstrated capacity of this work center?"),
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([160, 171, 165, 172]),
        unit="hours",
        note="actual hours column is a distractor",
    ),
    Item(
        question=("Jan: 1,220 std hours / Feb: 1,180 / Mar: 1,260 / Apr: 1,240 - what's the demonstrated "
                  "capacity per month?"),
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([1220, 1180, 1260, 1240]),
        unit="hours",
    ),
    Item(
        question=("Standard hours of output for the last six weeks were 88, 92, 95, 61, 90 and 94. Week 4 "
                  "(the 61) was a shutdown week and my instructor says leave it out. Using the remaining "
                  "weeks, what is the demonstrated capacity?"),
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([88, 92, 95, 90, 94]),
        unit="hours",
        note="shutdown week excluded as instructed",
    ),
    # ------------------------------------------------------------------ Load (CRP)
    Item(
        question=("CRP: work center 30 has three orders in week 12.\n"
                  "Order 101: 200 pcs, setup 1.5 h, run 0.05 h/pc\n"
                  "Order 102: 80 pcs, setup 2 h, run 0.2 h/pc\n"
                  "Order 103: 500 pcs, setup 0.5 h, run 0.02 h/pc\n"
                  "Total load in hours?"),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 200, "setup_hours": 1.5, "run_hours_per_unit": 0.05},
            {"quantity": 80, "setup_hours": 2, "run_hours_per_unit": 0.2},
            {"quantity": 500, "setup_hours": 0.5, "run_hours_per_unit": 0.02},
        ]),
        unit="hours",
    ),
    Item(
        question=("order,qty,setup_min,run_min_per_unit\n"
                  "A-11,120,45,6\n"
                  "A-12,60,30,10\n"
                  "A-13,300,60,1.5\n"
                  "what load (hours) do these put on the grinder?"),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 120, "setup_hours": 45 / 60, "run_hours_per_unit": 6 / 60},
            {"quantity": 60, "setup_hours": 30 / 60, "run_hours_per_unit": 10 / 60},
            {"quantity": 300, "setup_hours": 60 / 60, "run_hours_per_unit": 1.5 / 60},
        ]),
        unit="hours",
        note="times in minutes, answer in hours",
    ),
    Item(
        question=("Open shop orders routed through WC 20 (drilling):\n"
                  "- SO-1: 150 units, due at WC20 in week 3, setup 2 h, 0.1 h/unit\n"
                  "- SO-2: 90 units, due at WC20 in week 4, setup 1 h, 0.3 h/unit\n"
                  "- SO-3: 240 units, due at WC20 in week 3, setup 3 h, 0.05 h/unit\n"
                  "What is the load on WC 20 in week 3?"),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 150, "setup_hours": 2, "run_hours_per_unit": 0.1},
            {"quantity": 240, "setup_hours": 3, "run_hours_per_unit": 0.05},
        ]),
        unit="hours",
        note="the week-4 order is excluded",
    ),
    Item(
        question=("how many hours of load does one order put on the mill: 350 pieces at 0.08 hr each? the "
                  "setup sheet is missing so I don't know the setup time"),
        domain=D, formula=LOAD, function="operation_time",
        compute=None, unit="hours", missing=["setup_hours"],
    ),
    # ------------------------------------------------------------------ Load percent
    Item(
        question="load pct? load 230 hrs, rated cap 200 hrs",
        domain=D, formula=LOADPCT, function="load_percent",
        compute=lambda: calc.load_percent(230, 200),
        unit="percent",
    ),
    Item(
        question=("Week 18 load at the assembly work center is 310 standard hours. The work center has 400 "
                  "available hours, 85% utilization and 95% efficiency. What is the load as a percentage of "
                  "rated capacity?"),
        domain=D, formula=LOADPCT, function="load_percent",
        compute=lambda: calc.load_percent(310, calc.rated_capacity(400, 0.85, 0.95)),
        unit="percent",
        note="rated capacity derived first",
    ),
    Item(
        question=("Two jobs hit the saw in period 6: job 1 is 40 units with 1 h setup and 0.5 h/unit, job 2 is "
                  "100 units with 2 h setup and 0.25 h/unit. Rated capacity of the saw is 60 standard hours "
                  "per period. Load percent?"),
        domain=D, formula=LOADPCT, function="load_percent",
        compute=lambda: calc.load_percent(
            calc.work_center_load([
                {"quantity": 40, "setup_hours": 1, "run_hours_per_unit": 0.5},
                {"quantity": 100, "setup_hours": 2, "run_hours_per_unit": 0.25},
            ]), 60),
        unit="percent",
        note="load derived from orders first",
    ),
    Item(
        question=("The CRP report shows 1,150 hours of load on final assembly for July. Is that over capacity? "
                  "What percent loaded are we? (capacity report hasn't been run yet)"),
        domain=D, formula=LOADPCT, function="load_percent",
        compute=None, unit="percent", missing=["capacity"],
    ),
    # ------------------------------------------------------------------ CPOF
    Item(
        question=("Capacity planning using overall factors. MPS this month: product A 200 units, B 150, C 80. "
                  "Total standard hours per unit: A 1.2, B 0.9, C 2.5. Historical split of hours: WC100 45%, "
                  "WC200 35%, WC300 20%. How many hours should be planned at WC200?"),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"A": 200, "B": 150, "C": 80}, {"A": 1.2, "B": 0.9, "C": 2.5},
                                                  {"WC100": 0.45, "WC200": 0.35, "WC300": 0.20})["WC200"],
        unit="hours",
    ),
    Item(
        question=("cpof - total std hrs needed for the MPS? widgets 1,200 @ 0.25 hr, gadgets 800 @ 0.6 hr, "
                  "gizmos 300 @ 1.1 hr"),
        domain=D, formula=CPOF, function="total_standard_hours",
        compute=lambda: calc.total_standard_hours({"widgets": 1200, "gadgets": 800, "gizmos": 300},
                                                  {"widgets": 0.25, "gadgets": 0.6, "gizmos": 1.1}),
        unit="hours",
    ),
    Item(
        question=("Item\tMPS wk1\tMPS wk2\tStd hrs/unit\n"
                  "P1\t50\t70\t3.0\n"
                  "P2\t120\t90\t1.5\n"
                  "Historical % of total hours: machining 60%, assembly 25%, packing 15%.\n"
                  "Using overall factors, what is the assembly load in week 2?"),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"P1": 70, "P2": 90}, {"P1": 3.0, "P2": 1.5},
                                                  {"machining": 0.60, "assembly": 0.25, "packing": 0.15})[
            "assembly"],
        unit="hours",
        note="week 2 only",
    ),
    Item(
        question=("Our plant uses overall factors for rough cut. The MPS for Q3 is 2,000 standard chairs and "
                  "500 deluxe chairs; a standard chair takes 0.75 labor hours in total and a deluxe 1.8. "
                  "Historically 30% of hours land in the upholstery shop, 50% in frame assembly and 20% in "
                  "finishing. Q3 upholstery hours?"),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"std": 2000, "deluxe": 500}, {"std": 0.75, "deluxe": 1.8},
                                                  {"upholstery": 0.30, "frame": 0.50, "finishing": 0.20})[
            "upholstery"],
        unit="hours",
    ),
    # ------------------------------------------------------------------ Bill of labor / resource profile
    Item(
        question=("Bill of labor (hours per unit):\n"
                  "           Fab    Weld   Paint\n"
                  "Model A    0.5    0.3    0.2\n"
                  "Model B    0.8    0.6    0.25\n"
                  "MPS next week: A 300, B 150. How many welding hours does that require?"),
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor(
            {"A": 300, "B": 150},
            {"A": {"fab": 0.5, "weld": 0.3, "paint": 0.2}, "B": {"fab": 0.8, "weld": 0.6, "paint": 0.25}})["weld"],
        unit="hours",
    ),
    Item(
        question=("RCCP with a bill of resources: product X needs 12 min at test per unit, product Y needs 20 "
                  "min, product Z needs 6 min. The master schedule is X 400, Y 250, Z 900 for the week. "
                  "Test hours required?"),
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor(
            {"X": 400, "Y": 250, "Z": 900},
            {"X": {"test": 12 / 60}, "Y": {"test": 20 / 60}, "Z": {"test": 6 / 60}})["test"],
        unit="hours",
        note="minutes per unit converted to hours",
    ),
    Item(
        question=("Resource profile question. Product P has MPS quantities (weeks 1-5) of 0, 0, 120, 0, 150. Per "
                  "unit it needs 1.5 h of final assembly in the week it is due, 2.0 h of subassembly one week "
                  "before, and 0.8 h of machining two weeks before that due week. How many machining hours fall "
                  "in week 3?"),
        domain=D, formula=BOL, function="rccp_resource_profile",
        compute=lambda: calc.rccp_resource_profile(
            {"P": [0, 0, 120, 0, 150]},
            {"P": {"assembly": [1.5], "sub": [0, 2.0], "machining": [0, 0, 0.8]}})["machining"][2],
        unit="hours",
    ),
    Item(
        question=("bill of labor, hrs/unit @ assembly: Deluxe 2.2, Standard 1.4, Economy 0.9. MPS for May: "
                  "Deluxe 80, Standard 220, Economy 400. unit prices $1,200 / $800 / $450. assembly hrs for "
                  "May?"),
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor(
            {"D": 80, "S": 220, "E": 400},
            {"D": {"assembly": 2.2}, "S": {"assembly": 1.4}, "E": {"assembly": 0.9}})["assembly"],
        unit="hours",
        note="prices are distractors",
    ),
    # ------------------------------------------------------------------ Make-or-buy
    Item(
        question="make or buy breakeven? make: fixed $60k + $8/unit, buy: $14/unit",
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(60000, 8, 0, 14),
        unit="units",
    ),
    Item(
        question=("A company can make a bracket in-house with annual fixed costs of $150,000 and a variable "
                  "cost of $4.50 per unit, or buy it from a supplier who charges $7.00 per unit plus a $25,000 "
                  "annual tooling fee. At what annual volume are the two options equal in cost?"),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(150000, 4.50, 25000, 7.00),
        unit="units",
    ),
    Item(
        question=("Long story short, our CFO wants to bring a molded part in house. Molding machine lease is "
                  "1.2m a year (fixed), material + labor comes to $2.10 per part. The current supplier "
                  "charges $3.60 a part, no fixed charge. We need about 650,000 parts next year and the "
                  "supplier's contract expires 2025-06-30. What's the indifference volume?"),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(1_200_000, 2.10, 0, 3.60),
        unit="units",
        note="expected volume and date are distractors",
    ),
    Item(
        question=("Make: $80,000 fixed per year plus $11 variable per unit. Buy: the quote hasn't come back "
                  "yet, but there would be no fixed cost. What's the break-even volume between making and "
                  "buying?"),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=None, unit="units", missing=["variable_cost_buy"],
    ),
    # ------------------------------------------------------------------ TCO
    Item(
        question=("TCO? price 10k, acquisition costs 1.2k, ownership (carrying+maint) 4.5k, disposal 300, "
                  "salvage 800"),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(10000, 1200, 4500, 300, 800),
        unit="money",
    ),
    Item(
        question=("We're evaluating a packaging machine. Purchase price $85,000. Freight $2,400, installation "
                  "and inspection $3,100, ordering/admin $500. Over its life we expect maintenance of $12,000 "
                  "and energy/carrying costs of $9,500. Decommissioning and disposal will cost $1,800 and we "
                  "expect to sell it for $6,000 at the end. What is the total cost of ownership?"),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(85000, 2400 + 3100 + 500, 12000 + 9500, 1800, 6000),
        unit="money",
        note="acquisition and ownership costs are sums of several lines",
    ),
    Item(
        question=("Supplier B's forklift: price $32,000, delivery $900. Maintenance is $1,500 per year and we "
                  "keep forklifts 5 years. Disposal fee $400, resale value $5,000 at the end. Ignore the time "
                  "value of money. TCO over the 5 years?"),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(32000, 900, 1500 * 5, 400, 5000),
        unit="money",
        note="ownership cost is annual x years",
    ),
    Item(
        question=("Trying to compute TCO for a new server rack: shipping $650, inspection $200, annual support "
                  "$1,100 for 3 years, disposal $150, no salvage. The vendor hasn't given us a price yet. "
                  "What's the TCO?"),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=None, unit="money", missing=["purchase_price"],
    ),
    # ------------------------------------------------------------------ Supplier scorecard
    Item(
        question=("Supplier scorecard: quality weight 40%, delivery 30%, price 20%, service 10%. Supplier "
                  "ratings (1-10): quality 8, delivery 7, price 9, service 6. Weighted score?"),
        domain=D, formula=SCORE, function="weighted_score",
        compute=lambda: calc.weighted_score([0.4, 0.3, 0.2, 0.1], [8, 7, 9, 6]),
        unit="number",
    ),
    Item(
        question="on-time delivery %: 188 of 200 receipts on time",
        domain=D, formula=SCORE, function="on_time_delivery_rate",
        compute=lambda: calc.on_time_delivery_rate(188, 200) * 100,
        unit="percent",
    ),
    Item(
        question=("Supplier shipped us 2.5m fasteners this year and incoming inspection rejected 140 as "
                  "defective. What's their defect rate in PPM?"),
        domain=D, formula=SCORE, function="defect_ppm",
        compute=lambda: calc.defect_ppm(140, 2_500_000),
        unit="number",
    ),
    Item(
        question=("Of 240 deliveries from Acme last year, 18 arrived late. Every other delivery was inside the "
                  "window. What was Acme's on-time delivery percentage?"),
        domain=D, formula=SCORE, function="on_time_delivery_rate",
        compute=lambda: calc.on_time_delivery_rate(240 - 18, 240) * 100,
        unit="percent",
        note="on-time count derived from late deliveries",
    ),
    Item(
        question=("criterion | weight (pts) | score (out of 5)\n"
                  "cost      | 35 | 4\n"
                  "quality   | 30 | 5\n"
                  "delivery  | 25 | 3\n"
                  "flexibility | 10 | 2\n"
                  "weights add to 100. what's the supplier's weighted score (on the 5-point scale)?"),
        domain=D, formula=SCORE, function="weighted_score",
        compute=lambda: calc.weighted_score([0.35, 0.30, 0.25, 0.10], [4, 5, 3, 2]),
        unit="number",
        note="weights in points converted to fractions",
    ),
    Item(
        question=("Incoming QC for lot 7731: received 48,000 resistors, found 36 bad. PPM?"),
        domain=D, formula=SCORE, function="defect_ppm",
        compute=lambda: calc.defect_ppm(36, 48000),
        unit="number",
    ),
]
