"""Blind practice set 4, domain `supply`: MPS/ATP, MRP, capacity (CRP/RCCP) and purchasing calculations.

Questions are written in varied personas (chat, forum, ERP dumps, exam exhibits, emails, Slack,
non-native English). Expected values come from calling tutor.calc directly.
"""

from eval.blind.item import Item
from tutor import calc

D = "supply"
PAB_IN = "MPS projected available balance, inside the demand time fence"
PAB_OUT = "MPS projected available balance, outside the demand time fence"
ATP1 = "Discrete ATP, first period"
ATPL = "Discrete ATP, later periods"
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
LOADP = "Load percent"
CPOF = "RCCP, overall factors (CPOF)"
BOL = "RCCP, bill of labor/resources"
MOB = "Make-or-buy indifference volume"
TCO = "Total cost of ownership"
CARD = "Supplier scorecard"

ITEMS: list[Item] = [
    # ---------------- MPS PAB inside the DTF ----------------
    Item(
        question="mps pab wk 2? on hand 80, DTF end of wk 3. fcst 50 50 50 50 50 50 / cust orders 55 42 30 18 10 0 / MPS 0 100 0 100 0 100",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(80, [50] * 6, [55, 42, 30, 18, 10, 0],
                                                     [0, 100, 0, 100, 0, 100], 3)[1],
        unit="units"),
    Item(
        question="""Copied from our ERP's MPS screen (item 44-1190-B, planner code P07). Demand time fence = 2 periods. Beginning on hand 120.

PERIOD        1     2     3     4     5     6
FORECAST     70    70    80    80    90    90
CUST ORD     82    64    51    30    12     0
MPS           0   150     0   150     0   150
PAB          ??    ??    ??    ??    ??    ??

What PAB should the screen show in period 2?""",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(120, [70, 70, 80, 80, 90, 90], [82, 64, 51, 30, 12, 0],
                                                     [0, 150, 0, 150, 0, 150], 2)[1],
        unit="units"),
    Item(
        question="Hello, I am preparing CPIM part 2 for exam in 14 of March. Please help me: the start inventory is 35 units, "
                 "the demand time fence is at week 4. Customer orders for week 1 to 4 are 20, 25, 18, 30, forecast is 25 "
                 "every week. Master schedule have 60 in week 2 and 60 in week 4. What is the projected available balance "
                 "for week 3? I am confuse if I use forecast or the orders.",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(35, [25] * 4, [20, 25, 18, 30], [0, 60, 0, 60], 4)[2],
        unit="units"),
    Item(
        question="""Exhibit 4-2 (MPS record, item K-77). On hand at start: 200. Safety stock: 25 (shown for information only; not used in the PAB). The demand time fence is at the end of period 3.
Period:    1    2    3    4    5
Forecast:  90   90   90   100  100
Orders:    95   110  60   40   20
MPS:       0    150  150  0    150
Based on the exhibit, the projected available balance at the end of period 3 is:""",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(200, [90, 90, 90, 100, 100], [95, 110, 60, 40, 20],
                                                     [0, 150, 150, 0, 150], 3)[2],
        unit="units", note="safety stock is a stated distractor"),
    Item(
        question="Our MPS for the blender line: DTF is 2 weeks. Wk1-4 forecast 40/40/45/45, booked orders 38/44/20/10, "
                 "MPS 0/80/0/80. What's the PAB at wk 2? the inventory figure got cut off the report so I only have the rest.",
        domain=D, formula=PAB_IN, function="mps_projected_available", compute=None, unit="units",
        missing=["on_hand"], note="starting on-hand not given"),
    # ---------------- MPS PAB outside the DTF ----------------
    Item(
        question="""PAB for week 5? OH 60, DTF 2 wks.
wk:     1  2  3  4  5  6
fcst:   40 40 40 40 40 40
orders: 45 30 25 12 5  0
MPS:    0  80 0  80 0  80""",
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(60, [40] * 6, [45, 30, 25, 12, 5, 0],
                                                     [0, 80, 0, 80, 0, 80], 2)[4],
        unit="units"),
    Item(
        question="""---------- Forwarded message ----------
From: Dana (Materials Mgr)
Subject: MPS check before Thursday's S&OP

Can someone confirm the February number? Demand time fence is January only (1 month). Opening stock 500.
Forecast: Jan 400, Feb 400, Mar 420, Apr 420
Customer orders booked: Jan 430, Feb 460, Mar 300, Apr 150
MPS: Jan 600, Feb 0, Mar 600, Apr 0
What is the projected available balance at the end of February?""",
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(500, [400, 400, 420, 420], [430, 460, 300, 150],
                                                     [600, 0, 600, 0], 1)[1],
        unit="units", note="orders exceed forecast outside the DTF"),
    Item(
        question="Item Z has 30 units on hand, an MPS lot size of 100 units, and a demand time fence of 1 week. Safety stock "
                 "is zero. Forecast is 45 per week for weeks 1 through 6; customer orders are 52, 38, 30, 20, 8 and 0. "
                 "Scheduling an MPS lot whenever the projected available balance would go negative, what is the projected "
                 "available balance at the end of week 5?",
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: calc.master_schedule(30, [45] * 6, [52, 38, 30, 20, 8, 0], 100, 1)["pab"][4],
        unit="units"),
    Item(
        question="@here quick one - MPS for SKU 8812: OH 140, SS 50, lot 120, DTF 2 wks. fc 100/wk wks 1-5, booked 110, 95, "
                 "60, 40, 10. if we drop a lot in every time PAB would dip under SS, whats the total MPS qty over the 5 wks?",
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: sum(calc.master_schedule(140, [100] * 5, [110, 95, 60, 40, 10], 120, 2, 50)["mps"]),
        unit="units", note="sum of MPS lots over 5 weeks, lots keep PAB at or above safety stock"),
    Item(
        question="Need to build the MPS: beginning inventory 75, DTF 3 periods, forecast 60 per period for periods 1-6, "
                 "orders 70, 55, 48, 30, 15, 5. Safety stock 20. What will the PAB be in period 4 once the MPS lots are "
                 "in? The lot size is set by purchasing and they haven't told me yet.",
        domain=D, formula=PAB_OUT, function="master_schedule", compute=None, unit="units",
        missing=["lot_size"]),
    # ---------------- Discrete ATP, first period ----------------
    Item(
        question="ATP period 1? on hand 45. MPS: p1 0, p2 80, p3 0, p4 80. customer orders: p1 30, p2 25, p3 20, p4 10",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(45, [0, 80, 0, 80], [30, 25, 20, 10])[0],
        unit="units"),
    Item(
        question="A master scheduler has 20 units on hand and an MPS receipt of 60 units in week 1; the next MPS receipt "
                 "of 60 is in week 4. Customer orders are 25 in week 1, 15 in week 2, 10 in week 3, 30 in week 4 and 5 "
                 "in week 5. What is the discrete available-to-promise for week 1?",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(20, [60, 0, 0, 60, 0], [25, 15, 10, 30, 5])[0],
        unit="units"),
    Item(
        question="""week,forecast,orders,mps
1,100,88,0
2,100,40,0
3,100,12,250
4,100,0,0
5,100,0,250
on hand = 150. what's ATP in week 1 (discrete, not cumulative)? the forecast column is just there, ignore it""",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(150, [0, 0, 250, 0, 250], [88, 40, 12, 0, 0])[0],
        unit="units"),
    Item(
        question="ok so beginning inv is 0 (brand new product), MPS 100 in wk1 and 100 in wk3, customer orders wk1 35, "
                 "wk2 40, wk3 20. atp for wk 1??",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(0, [100, 0, 100], [35, 40, 20])[0],
        unit="units"),
    Item(
        question="What's the ATP in period 1? MPS is 0 in p1 and 90 in p3; orders p1 22, p2 18, p3 40. We haven't "
                 "counted the warehouse yet so I don't know the starting on-hand.",
        domain=D, formula=ATP1, function="atp_discrete", compute=None, unit="units",
        missing=["on_hand"]),
    # ---------------- Discrete ATP, later periods ----------------
    Item(
        question="OH 30. Weeks 1-6 MPS: 0, 100, 0, 0, 100, 0. Booked orders: 25, 40, 30, 15, 60, 45. Discrete ATP in week 2?",
        domain=D, formula=ATPL, function="atp_discrete",
        compute=lambda: calc.atp_discrete(30, [0, 100, 0, 0, 100, 0], [25, 40, 30, 15, 60, 45])[1],
        unit="units"),
    Item(
        question="""| Period | 1 | 2 | 3 | 4 | 5 | 6 |
|---|---|---|---|---|---|---|
| MPS | 0 | 120 | 0 | 120 | 0 | 0 |
| Cust orders | 40 | 70 | 30 | 90 | 35 | 10 |

On hand 55. What is the discrete ATP for period 4, before applying any look-ahead?""",
        domain=D, formula=ATPL, function="atp_discrete",
        compute=lambda: calc.atp_discrete(55, [0, 120, 0, 120, 0, 0], [40, 70, 30, 90, 35, 10])[3],
        unit="units", note="answer is negative (over-promised)"),
    Item(
        question="Jan: MPS 0, orders 300 / Feb: MPS 500, orders 210 / Mar: MPS 0, orders 150 / Apr: MPS 500, orders 90 / "
                 "May: MPS 0, orders 40. Opening on hand 320. How much is available to promise in April (discrete ATP)?",
        domain=D, formula=ATPL, function="atp_discrete",
        compute=lambda: calc.atp_discrete(320, [0, 500, 0, 500, 0], [300, 210, 150, 90, 40])[3],
        unit="units"),
    # ---------------- Look-ahead ----------------
    Item(
        question="On hand 40. MPS receipts of 100 in periods 2 and 4 (nothing in 1, 3, 5, 6). Customer orders for periods "
                 "1-6: 20, 50, 30, 80, 40, 10. Applying the look-ahead rule so no period shows negative ATP, what ATP "
                 "is shown in period 1?",
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(40, [0, 100, 0, 100, 0, 0], [20, 50, 30, 80, 40, 10])[0],
        unit="units", note="shortfall cascades back through period 2 into period 1"),
    Item(
        question="atp w/ look ahead for wk 3 pls. OH 0. MPS wk1 50, wk3 50, wk5 50. orders wk1-6: 30 10 20 15 50 10",
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(0, [50, 0, 50, 0, 50, 0], [30, 10, 20, 15, 50, 10])[2],
        unit="units"),
    Item(
        question="Our customer service reps keep promising against April. Opening stock 100. MPS: Apr 0, May 200, Jun 0, "
                 "Jul 200, Aug 0. Orders already on the books: Apr 60, May 120, Jun 50, Jul 180, Aug 70. If we "
                 "use the look-ahead ATP (back-filling later shortfalls from earlier ATP), how many units can still be "
                 "promised out of April?",
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(100, [0, 200, 0, 200, 0], [60, 120, 50, 180, 70])[0],
        unit="units"),
    # ---------------- Cumulative ATP ----------------
    Item(
        question="cumulative ATP for week 4 (no look-ahead)? OH 25; MPS 0, 60, 0, 60, 0, 60; orders 20, 30, 10, 40, 15, 5",
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(25, [0, 60, 0, 60, 0, 60], [20, 30, 10, 40, 15, 5])[3],
        unit="units"),
    Item(
        question="""Period 1 - MPS 0, booked 12
Period 2 - MPS 50, booked 20
Period 3 - MPS 0, booked 10
Period 4 - MPS 50, booked 15
Period 5 - MPS 0, booked 5
start inventory 18. Cumulative ATP without look-ahead in period 5?""",
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(18, [0, 50, 0, 50, 0], [12, 20, 10, 15, 5])[4],
        unit="units"),
    Item(
        question="A product has 10 units on hand. MPS receipts: 40 in week 1 and 40 in week 3. Customer orders: week 1 "
                 "20, week 2 15, week 3 48, week 4 5. What is the cumulative ATP in week 4, computed without look-ahead?",
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(10, [40, 0, 40, 0], [20, 15, 48, 5])[3],
        unit="units", note="a negative discrete ATP in week 3 reduces the running total"),
    # ---------------- Gross requirements ----------------
    Item(
        question="component C goes into A (2 per) and B (3 per). planned order releases A: wk1 0 wk2 40 wk3 0 wk4 60; "
                 "B: wk1 20 wk2 0 wk3 25 wk4 10. GR for C in wk4?",
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"A": [0, 40, 0, 60], "B": [20, 0, 25, 10]}, {"A": 2, "B": 3})[3],
        unit="units"),
    Item(
        question="Hub H-12 is used once in assembly FA-100 and is also sold as a service part, 15 per week. FA-100 planned "
                 "order releases for weeks 1-5: 0, 200, 0, 150, 0 (its planned order receipts are 0, 0, 200, 0, 150 "
                 "with a 1-week lead time). What are the gross requirements for H-12 in week 2?",
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"FA-100": [0, 200, 0, 150, 0]}, {"FA-100": 1}, [15] * 5)[1],
        unit="units", note="parent receipts are a distractor; releases drive the component"),
    Item(
        question="Parent\tQty per\tW1\tW2\tW3\nX\t4\t10\t0\t25\nY\t1\t0\t30\t30\nZ\t2\t5\t5\t0\n"
                 "^ planned order releases of the parents pasted from excel. gross req of the common component in W3?",
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"X": [10, 0, 25], "Y": [0, 30, 30], "Z": [5, 5, 0]},
                                                {"X": 4, "Y": 1, "Z": 2})[2],
        unit="units"),
    Item(
        question="Bicycle has 2 wheel. Planned order release of bicycle is 120 in month 3 and tricycle (it have 3 wheel) "
                 "release is 50 in month 3. Also we sell spare wheel, 40 every month. What is gross requirement for "
                 "wheel in month 3?",
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"bike": [120], "trike": [50]}, {"bike": 2, "trike": 3}, [40])[0],
        unit="units"),
    # ---------------- Net requirements ----------------
    Item(
        question="NR? GR 300, SR 120, PA last period 95, SS 40",
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(300, 120, 95, 40), unit="units"),
    Item(
        question="Gross requirement in week 6 is 180 units. We have an open PO for 100 arriving in week 6, and projected "
                 "on hand at the end of week 5 is 110. No safety stock is carried. What is the net requirement in week 6?",
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(180, 100, 110, 0), unit="units", note="answer is zero"),
    Item(
        question="Item P-4: on hand 150, safety stock 30, lead time 2 weeks, lot-for-lot. Gross requirements weeks 1-6: "
                 "40, 60, 50, 70, 30, 80. There is one scheduled receipt of 50 in week 2. What is the net requirement in week 4?",
        domain=D, formula=NR, function="mrp_record",
        compute=lambda: calc.mrp_record([40, 60, 50, 70, 30, 80], 150, 2, [0, 50, 0, 0, 0, 0], 30)["net_requirements"][3],
        unit="units"),
    Item(
        question="NR wk 3? gross req 260, projected avail end of wk2 = 70, SS 0. there's a scheduled receipt due wk3 too "
                 "but the qty isn't on the screen",
        domain=D, formula=NR, function="net_requirement", compute=None, unit="units",
        missing=["scheduled_receipts"]),
    # ---------------- Projected available ----------------
    Item(
        question="MRP for part 3300: OH 120, LT 1, fixed order quantity 100, SS 0. GR 50 70 40 90 60, SR 0 0 30 0 0. "
                 "What is projected available at the end of period 5?",
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([50, 70, 40, 90, 60], 120, 1, [0, 0, 30, 0, 0], lot_rule="fixed",
                                        lot_size=100)["projected_available"][4],
        unit="units"),
    Item(
        question="On hand is 200, but 40 of that is already allocated to a released work order. Safety stock 25, "
                 "lot-for-lot, no open orders. Gross requirements wk1-4: 60, 50, 45, 55. What's the projected available "
                 "at the end of week 2?",
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([60, 50, 45, 55], 200, 1, safety_stock=25,
                                        allocated=40)["projected_available"][1],
        unit="units", note="allocated stock is subtracted from on hand; lead time irrelevant (set to 1)"),
    Item(
        question="POQ covering 3 periods, OH 40, LT 2, SS 0, GR for periods 1-8: 30, 20, 25, 35, 40, 20, 30, 25. "
                 "No scheduled receipts. Projected available in period 3?",
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([30, 20, 25, 35, 40, 20, 30, 25], 40, 2, lot_rule="poq",
                                        periods=3)["projected_available"][2],
        unit="units"),
    Item(
        question="Gross reqs Jan: 120 / Feb: 135 / Mar: 150 / Apr: 110. On hand 300, scheduled receipt 100 in Feb, "
                 "fixed lot size 250, lead time 1 month, no safety stock. PA at the end of April?",
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([120, 135, 150, 110], 300, 1, [0, 100, 0, 0], lot_rule="fixed",
                                        lot_size=250)["projected_available"][3],
        unit="units"),
    # ---------------- Lead-time offset ----------------
    Item(
        question="Planned order receipts for part K: 300 in week 5 and 250 in week 8 (nothing else). Lead time is 3 weeks. "
                 "What quantity is released in week 5?",
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([0, 0, 0, 0, 300, 0, 0, 250], 0, 3)["planned_order_releases"][4],
        unit="units", note="receipts given directly; modelled as GR = receipts with zero on hand, lot-for-lot"),
    Item(
        question="Part 7B: on hand 90, LT 2 wks, lot-for-lot, SS 0, no open orders. Gross requirements wk1-6: 30, 40, 50, "
                 "20, 60, 40. Planned order release in wk 3?",
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([30, 40, 50, 20, 60, 40], 90, 2)["planned_order_releases"][2],
        unit="units"),
    Item(
        question="lead time is 3 weeks, on hand 25, lot-for-lot, gross reqs wk1-5: 10, 40, 35, 20, 20. How many units of "
                 "planned orders are already past due (their release date would fall before week 1)?",
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([10, 40, 35, 20, 20], 25, 3)["past_due"],
        unit="units"),
    Item(
        question="lt offset q: planned order receipt in wk 9 = 400 units, LT = 10 working days, 5-day work weeks. which "
                 "week number does the planned order release land in?",
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([0] * 8 + [400], 0, 2)["planned_order_releases"].index(400) + 1,
        unit="number", note="answer is a week number; 10 working days = 2 weeks"),
    # ---------------- Lot sizing ----------------
    Item(
        question="EOQ 380, avg demand 95/wk. POQ in weeks?",
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: calc.period_order_quantity(380, 95), unit="weeks"),
    Item(
        question="The EOQ came out at 520 units. Net requirements for the next 8 weeks are 120, 150, 90, 180, 140, 110, "
                 "160, 130. Using period order quantity, how many weeks should each order cover?",
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: calc.period_order_quantity(520, (120 + 150 + 90 + 180 + 140 + 110 + 160 + 130) / 8),
        unit="weeks", note="average weekly demand derived from the list"),
    Item(
        question="Fixed order quantity of 200 (multiples allowed as needed). OH 80, GR wk1-4: 150, 300, 420, 100, no "
                 "scheduled receipts, SS 0. What's the planned order receipt quantity in wk 3?",
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: calc.mrp_record([150, 300, 420, 100], 80, 1, lot_rule="fixed",
                                        lot_size=200)["planned_order_receipts"][2],
        unit="units", note="two lots needed in week 3"),
    Item(
        question="Using a POQ of 2 periods: on hand 60, gross requirements 40, 50, 70, 30, 60, 20, lead time 1, no safety "
                 "stock. What is the planned order receipt in period 2?",
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: calc.mrp_record([40, 50, 70, 30, 60, 20], 60, 1, lot_rule="poq",
                                        periods=2)["planned_order_receipts"][1],
        unit="units"),
    # ---------------- Scrap / yield ----------------
    Item(
        question="need 4,600 good pcs, process yield 92%. how many to start?",
        domain=D, formula=SCRAP, function="planned_input_for_yield",
        compute=lambda: calc.planned_input_for_yield(4600, 0.92), unit="units"),
    Item(
        question="Final assembly needs 2,400 good units; the stamping operation historically scraps 4% of what it starts. "
                 "How many blanks should we launch?",
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(2400, 0.04), unit="units"),
    Item(
        question="Two sequential operations: op 10 yields 95%, op 20 yields 90%. The customer wants 1,710 good units. "
                 "What quantity must be started at op 10?",
        domain=D, formula=SCRAP, function="planned_input_for_yield",
        compute=lambda: calc.planned_input_for_yield(1710, 0.95 * 0.90), unit="units",
        note="combined yield = product of operation yields"),
    Item(
        question="We need 800 good castings for the June order. How many should the foundry pour to allow for scrap? "
                 "(Our usual scrap factor is in the routing file, I don't have it with me.)",
        domain=D, formula=SCRAP, function="planned_input_for_scrap", compute=None, unit="units",
        missing=["scrap_rate"]),
    Item(
        question="roughly 1 out of every 20 parts is scrapped at the coating step. to ship 1,900 good ones, how many do we "
                 "start?",
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(1900, 1 / 20), unit="units", note="scrap rate 1/20 = 5%"),
    # ---------------- Available time ----------------
    Item(
        question="4 machines, 2 shifts x 8h, 5 days/wk. available hrs per wk?",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(4, 8, 2, 5), unit="hours"),
    Item(
        question="Work center 220 has 6 lathes. Each runs two 8-hour shifts with a 30-minute unpaid lunch per shift, "
                 "5 days a week. What is the available time per week in hours?",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(6, 8 - 0.5, 2, 5), unit="hours", note="lunch deducted: 7.5 h per shift"),
    Item(
        question="Assembly cell has 12 operators on one 10-hour shift, 4-day weeks. April is planned as 4 weeks (ignore "
                 "holidays). Available labor hours for April?",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(12, 10, 1, 4 * 4), unit="hours", note="days = 4 weeks x 4 days"),
    Item(
        question="In our factory we have 5 machine, we work 3 shift of 7 hour, 22 working day in a month. What is the "
                 "available time monthly?",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(5, 7, 3, 22), unit="hours"),
    # ---------------- Utilization ----------------
    Item(
        question="utilization? avail 320 hrs, actually worked 288",
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(288, 320) * 100, unit="percent"),
    Item(
        question="A work center has 2 machines running one 8-hour shift, 5 days a week. Last week the machines actually "
                 "ran 68 hours and produced output worth 72 standard hours. What was the utilization?",
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(68, calc.available_time(2, 8, 1, 5)) * 100, unit="percent",
        note="available hours derived; standard hours are a distractor"),
    Item(
        question="Line 4 was scheduled for 2,400 minutes this week, but downtime and changeovers meant it only ran "
                 "1,980 minutes. Utilization %?",
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(1980, 2400) * 100, unit="percent"),
    Item(
        question="utilization for the paint booth: operators clocked 136 hours of actual run time last week and earned "
                 "150 std hrs. whats utilization?",
        domain=D, formula=UTIL, function="utilization", compute=None, unit="percent",
        missing=["available_hours"]),
    # ---------------- Efficiency ----------------
    Item(
        question="Eff? std hrs earned 231, actual hrs 220",
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(231, 220) * 100, unit="percent"),
    Item(
        question="Operators produced 1,150 brackets with a standard time of 0.2 hours each, in 240 hours actually worked. "
                 "What was their efficiency?",
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(1150 * 0.2, 240) * 100, unit="percent", note="standard hours = units x std time"),
    Item(
        question="Standard is 12 minutes per piece. Crew made 380 pieces and logged 80 hours. What's their efficiency %?",
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(380 * 12 / 60, 80) * 100, unit="percent", note="minutes converted to hours"),
    Item(
        question="Welding cell: 184 actual hours worked last week out of 200 available. What's the efficiency?",
        domain=D, formula=EFF, function="efficiency", compute=None, unit="percent",
        missing=["standard_hours"]),
    # ---------------- Rated capacity ----------------
    Item(
        question="rated cap? avail 400 h, util 85%, eff 110%",
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(400, 0.85, 1.10), unit="hours"),
    Item(
        question="A work center has 3 machines, each scheduled for 2 shifts of 8 hours, 5 days per week. Utilization is "
                 "90% and efficiency is 95%. What is the rated capacity in standard hours per week?",
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(calc.available_time(3, 8, 2, 5), 0.90, 0.95), unit="hours"),
    Item(
        question="Last month the mill had 176 available hours, the crew actually worked 158.4 of them, and they produced "
                 "166.32 standard hours. This month there will be 200 available hours. Assuming the same utilization and "
                 "efficiency, what is this month's rated capacity?",
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(200, 158.4 / 176, 166.32 / 158.4), unit="hours",
        note="utilization and efficiency derived from last month's history"),
    Item(
        question="calc rated capacity for WC 50: 2 machines x 8 h x 5 d, utilization 0.88. we haven't measured "
                 "efficiency on that line yet.",
        domain=D, formula=RATED, function="rated_capacity", compute=None, unit="hours",
        missing=["efficiency_rate"]),
    # ---------------- Demonstrated capacity ----------------
    Item(
        question="Standard hours produced the last 4 weeks: 380, 410, 395, 415. Demonstrated capacity?",
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([380, 410, 395, 415]), unit="hours"),
    Item(
        question="""Week | Actual hrs | Std hrs earned
31   | 150        | 142
32   | 148        | 151
33   | 160        | 155
34   | 152        | 148
What's the demonstrated capacity of this work center per week?""",
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([142, 151, 155, 148]), unit="hours",
        note="actual hours column is a distractor"),
    Item(
        question="Per our ERP: Jan: 1,210 / Feb: 1,185 / Mar: 1,240 standard hours produced at final assembly. What's its "
                 "demonstrated capacity per month?",
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([1210, 1185, 1240]), unit="hours"),
    # ---------------- Load (CRP) ----------------
    Item(
        question="Orders at WC 30 in week 12: A 100 pcs, setup 2h, run 0.15h/pc; B 50 pcs, setup 1h, run 0.4h/pc; "
                 "C 200 pcs, setup 1.5h, run 0.05 h/pc. Total load in hours?",
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 100, "setup_hours": 2, "run_hours_per_unit": 0.15},
            {"quantity": 50, "setup_hours": 1, "run_hours_per_unit": 0.4},
            {"quantity": 200, "setup_hours": 1.5, "run_hours_per_unit": 0.05}]),
        unit="hours"),
    Item(
        question="Job 4411 is 300 units, setup 45 minutes, run time 6 minutes per unit. How many hours of load does it put "
                 "on the work center?",
        domain=D, formula=LOAD, function="operation_time",
        compute=lambda: calc.operation_time(300, 45 / 60, 6 / 60), unit="hours", note="minutes converted to hours"),
    Item(
        question="""order,qty,setup_hr,run_hr_each
1001,80,1.0,0.25
1002,120,0.5,0.1
1003,40,2.0,0.5
^ released orders at the mill for next week. load?""",
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 80, "setup_hours": 1.0, "run_hours_per_unit": 0.25},
            {"quantity": 120, "setup_hours": 0.5, "run_hours_per_unit": 0.1},
            {"quantity": 40, "setup_hours": 2.0, "run_hours_per_unit": 0.5}]),
        unit="hours"),
    Item(
        question="two orders in week 7 for drill press: first one 250 pcs with 1.2 min each and setup 30 min; second is "
                 "400 pcs, 0.9 min each, setup 20 min. how many hours load it is?",
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 250, "setup_hours": 30 / 60, "run_hours_per_unit": 1.2 / 60},
            {"quantity": 400, "setup_hours": 20 / 60, "run_hours_per_unit": 0.9 / 60}]),
        unit="hours", note="minutes converted to hours"),
    # ---------------- Load percent ----------------
    Item(
        question="load 171 std hrs vs rated capacity 190 std hrs -> load %?",
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(171, 190), unit="percent"),
    Item(
        question="WC 15: 2 machines, one 8-hour shift, 5 days a week, utilization 90%, efficiency 100%. CRP shows 86.4 "
                 "standard hours of load for next week. What is the load as a percent of rated capacity?",
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(86.4, calc.rated_capacity(calc.available_time(2, 8, 1, 5), 0.9, 1.0)),
        unit="percent", note="rated capacity derived"),
    Item(
        question="Capacity is 40 std hrs/wk. Released orders this week: 100 units x 0.3 h plus 2 h setup; 60 units x 0.25 h "
                 "plus 1 h setup. Load percent?",
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(100 * 0.3 + 2 + 60 * 0.25 + 1, 40), unit="percent", note="load derived"),
    Item(
        question="""Hi all,
fwd from the plant controller below. Work center "Paint" is loaded at 286 hours for week 14 against a rated capacity of 260 hours. Class size for our CPIM study group is 9, exam is 6/12.
What % is that loaded?""",
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(286, 260), unit="percent"),
    # ---------------- CPOF ----------------
    Item(
        question="RCCP with overall factors. MPS: A 200, B 120, C 80. Total std hrs per unit: A 1.5, B 2.0, C 0.5. "
                 "Historical split of hours: machining 45%, assembly 35%, packing 20%. Hours needed in assembly?",
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"A": 200, "B": 120, "C": 80}, {"A": 1.5, "B": 2.0, "C": 0.5},
                                                  {"machining": 0.45, "assembly": 0.35, "packing": 0.20})["assembly"],
        unit="hours"),
    Item(
        question="For CPOF: next month's MPS is 400 of model X (0.8 standard hours per unit) and 250 of model Y (1.2 "
                 "standard hours per unit). What's the total capacity requirement in standard hours?",
        domain=D, formula=CPOF, function="total_standard_hours",
        compute=lambda: calc.total_standard_hours({"X": 400, "Y": 250}, {"X": 0.8, "Y": 1.2}), unit="hours"),
    Item(
        question="""PLANNING FAMILY P   MONTH 05
MPS QTY      P1=1,000   P2=600
LABOR STD    P1=0.25H   P2=0.50H
HIST % HRS   WC10=40%   WC20=25%   WC30=35%
-> rough-cut hrs at WC30 using overall factors?""",
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"P1": 1000, "P2": 600}, {"P1": 0.25, "P2": 0.5},
                                                  {"WC10": 0.40, "WC20": 0.25, "WC30": 0.35})["WC30"],
        unit="hours"),
    # ---------------- Bill of labor / resource profile ----------------
    Item(
        question="Bill of labor - product A: weld 0.3 h, paint 0.1 h, assy 0.6 h; product B: weld 0.5 h, paint 0.2 h, "
                 "assy 0.4 h. MPS this week A 120, B 80. Weld hours required?",
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor({"A": 120, "B": 80},
                                                {"A": {"weld": 0.3, "paint": 0.1, "assy": 0.6},
                                                 "B": {"weld": 0.5, "paint": 0.2, "assy": 0.4}})["weld"],
        unit="hours"),
    Item(
        question="""| Item | MPS qty | Cutting (h/u) | Sewing (h/u) |
|------|---------|---------------|--------------|
| J-1  | 300     | 0.05          | 0.20         |
| J-2  | 450     | 0.04          | 0.25         |
| J-3  | 150     | 0.08          | 0.30         |
how many sewing hours does this MPS need (bill of resources)?""",
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor({"J-1": 300, "J-2": 450, "J-3": 150},
                                                {"J-1": {"cutting": 0.05, "sewing": 0.20},
                                                 "J-2": {"cutting": 0.04, "sewing": 0.25},
                                                 "J-3": {"cutting": 0.08, "sewing": 0.30}})["sewing"],
        unit="hours"),
    Item(
        question="Resource profile: each unit of M needs 2 h in machining one week before its MPS due week, and 1.5 h in "
                 "assembly in the due week itself. MPS for M: wk1 0, wk2 80, wk3 60, wk4 100. Machining hours in week 2?",
        domain=D, formula=BOL, function="rccp_resource_profile",
        compute=lambda: calc.rccp_resource_profile({"M": [0, 80, 60, 100]},
                                                   {"M": {"machining": [0, 2], "assembly": [1.5]}})["machining"][1],
        unit="hours", note="lead-time offset: week 3 MPS drives week 2 machining"),
    Item(
        question="test bay load from the bill of labor: Model S uses 18 min in test, Model T 24 min. MPS this week 150 S "
                 "and 90 T. hrs in test?",
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor({"S": 150, "T": 90}, {"S": {"test": 18 / 60}, "T": {"test": 24 / 60}})["test"],
        unit="hours", note="minutes converted to hours"),
    # ---------------- Make or buy ----------------
    Item(
        question="make vs buy: make fixed $45,000 + $6.50/unit, buy $9.50/unit no fixed. indifference qty?",
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(45000, 6.5, 0, 9.5), unit="units"),
    Item(
        question="The supplier charges a one-time tooling fee of $12,000 plus $22 per unit. In-house we'd need a $90,000 "
                 "fixture and $15.50 per unit for labor and material. At what annual volume are we indifferent "
                 "between making and buying?",
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(90000, 15.5, 12000, 22), unit="units"),
    Item(
        question="mk/buy breakeven: make FC 150k, VC 3.2; buy VC 4.8 (ignore the 2% early-pay discount on the buy price)",
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(150000, 3.2, 0, 4.8), unit="units"),
    Item(
        question="Buying costs $18 per unit with no fixed cost. Making requires a $200,000 machine. What's the break-even "
                 "volume between make and buy? (Production hasn't estimated our per-unit cost yet.)",
        domain=D, formula=MOB, function="make_or_buy_indifference", compute=None, unit="units",
        missing=["variable_cost_make"]),
    # ---------------- TCO ----------------
    Item(
        question="TCO? price 10k, freight 600, inspection 300, ordering 150, carrying/maintenance 4,000, disposal 500, "
                 "salvage 1,000",
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(10000, 600 + 300 + 150, 4000, 500, 1000), unit="money"),
    Item(
        question="A forklift costs $32,000. Delivery and setup are $1,800. Maintenance runs $2,500 a year and insurance "
                 "$1,200 a year over its 5-year life. There's a $400 disposal fee at the end and we expect to resell it "
                 "for $6,000. What is the total cost of ownership over the 5 years (no discounting)?",
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(32000, 1800, 5 * (2500 + 1200), 400, 6000), unit="money",
        note="ownership costs = 5 years x annual costs"),
    Item(
        question="""Fw: supplier quote, PO # 4500123 dated 3/2
Unit price $48.00 x 5,000 units. Freight $3,200, receiving inspection $800. Holding the lot for the year costs about $4,500. No end-of-life cost, no salvage.
What's the total cost of ownership for the lot?""",
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(48 * 5000, 3200 + 800, 4500, 0, 0), unit="money",
        note="purchase price = unit price x quantity"),
    Item(
        question="capital equipment TCO: purchase $1.2m, installation + freight $85k, ownership costs over its life $340k, "
                 "decommissioning $60k, salvage $150k",
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(1_200_000, 85_000, 340_000, 60_000, 150_000), unit="money"),
    # ---------------- Supplier scorecard ----------------
    Item(
        question="supplier scorecard: weights quality 40%, delivery 35%, price 25%; ratings 9, 7, 8. weighted score?",
        domain=D, formula=CARD, function="weighted_score",
        compute=lambda: calc.weighted_score([0.40, 0.35, 0.25], [9, 7, 8]), unit="number"),
    Item(
        question="Our supplier had 240 receipts last quarter and 222 of them were on time. On-time delivery %?",
        domain=D, formula=CARD, function="on_time_delivery_rate",
        compute=lambda: calc.on_time_delivery_rate(222, 240) * 100, unit="percent"),
    Item(
        question="Received 85,000 pieces, 34 rejected at incoming inspection. Defect rate in PPM?",
        domain=D, formula=CARD, function="defect_ppm",
        compute=lambda: calc.defect_ppm(34, 85000), unit="number"),
    Item(
        question="received 2.5m parts from Acme this yr, 1,150 were defective -> ppm?",
        domain=D, formula=CARD, function="defect_ppm",
        compute=lambda: calc.defect_ppm(1150, 2_500_000), unit="number"),
    Item(
        question="Vendor shipped us 18 lots this quarter; 27 parts were found defective. What's their defect rate in PPM?",
        domain=D, formula=CARD, function="defect_ppm", compute=None, unit="number",
        missing=["units_received"], note="lot count is not a unit count"),
    Item(
        question="Scorecard weights (points out of 100): cost 30, quality 30, delivery 25, service 15. Supplier B scored "
                 "80, 92, 75 and 88 in that order. Weighted score?",
        domain=D, formula=CARD, function="weighted_score",
        compute=lambda: calc.weighted_score([0.30, 0.30, 0.25, 0.15], [80, 92, 75, 88]), unit="number",
        note="weights given as points out of 100"),
    Item(
        question="Of 160 deliveries, 138 arrived inside the delivery window, 12 came early (our policy counts early as "
                 "not on time; they're not part of the 138) and 10 were late. On-time delivery percent?",
        domain=D, formula=CARD, function="on_time_delivery_rate",
        compute=lambda: calc.on_time_delivery_rate(138, 160) * 100, unit="percent"),
]
