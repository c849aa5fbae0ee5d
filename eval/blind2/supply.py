"""Blind calculation questions for the Supply domain (MPS, ATP, MRP, capacity, sourcing).

Written without seeing the tutor's question reader; every expected number comes from calling
tutor.calc directly with the numbers in the question. Periods are numbered from 1.
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
LOADP = "Load percent"
CPOF = "RCCP, overall factors (CPOF)"
BOL = "RCCP, bill of labor/resources"
MOB = "Make-or-buy indifference volume"
TCO = "Total cost of ownership"
SCORE = "Supplier scorecard"


def _first(values, from_period=1):
    """1-based index of the first period (at or after from_period) holding a positive value."""
    return float(next(t for t, v in enumerate(values, 1) if t >= from_period and v and v > 0))


ITEMS: list[Item] = [
    # ---------------------------------------------------------------- PAB inside the DTF
    Item(
        question="pab wk2? OH 80, DTF = 3 wks, fcst 50/50/50/50/50, cust orders 55 42 30 18 10, MPS 0 60 0 60 0",
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(80, [50] * 5, [55, 42, 30, 18, 10], [0, 60, 0, 60, 0], 3)[1],
        unit="units",
    ),
    Item(
        question=(
            "week | 1 | 2 | 3 | 4 | 5 | 6\n"
            "forecast | 100 | 100 | 100 | 120 | 120 | 120\n"
            "customer orders | 110 | 85 | 60 | 40 | 15 | 0\n"
            "MPS | 0 | 150 | 0 | 150 | 0 | 150\n"
            "on hand is 140 and the demand time fence is at the end of week 3. what is the projected "
            "available balance in week 3?"
        ),
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(
            140, [100, 100, 100, 120, 120, 120], [110, 85, 60, 40, 15, 0], [0, 150, 0, 150, 0, 150], 3)[2],
        unit="units",
    ),
    Item(
        question=(
            "I just started as master scheduler at a furniture plant (item CH-2207, the oak dining chair). "
            "We start the month with 25 chairs on hand and our DTF is 2 periods. Period 1: forecast 40, "
            "46 actually booked. Period 2: forecast 40, 31 booked. There's an MPS receipt of 60 in period 1 "
            "and nothing in period 2. What PAB should I show at the end of period 2? Inside the fence we "
            "only net against the booked orders, right?"
        ),
        domain=D, formula=PAB_IN, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(25, [40, 40], [46, 31], [60, 0], 2)[1],
        unit="units",
    ),
    # ---------------------------------------------------------------- PAB outside the DTF
    Item(
        question=(
            "proj avail bal wk 6? on hand 60. DTF 2 wks. fcst 45 every wk (wk1-6). orders 50, 38, 52, 20, 12, 5. "
            "mps 0, 80, 0, 80, 0, 80"
        ),
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(
            60, [45] * 6, [50, 38, 52, 20, 12, 5], [0, 80, 0, 80, 0, 80], 2)[5],
        unit="units",
    ),
    Item(
        question=(
            "MPS lot size is 100, no safety stock, on hand 35. Demand time fence = end of week 2. Forecast is 60 "
            "a week for weeks 1-8. Customer orders: wk1 58, wk2 44, wk3 30, wk4 65, wk5 20, nothing booked after "
            "that. Build the MPS (schedule a lot whenever PAB would go negative) - what is the PAB at week 8?"
        ),
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: calc.master_schedule(35, [60] * 8, [58, 44, 30, 65, 20, 0, 0, 0], 100, 2)["pab"][7],
        unit="units",
    ),
    Item(
        question=(
            "exam q: beginning inventory 110, safety stock 20, MPS lots of 120, demand time fence at period 3.\n"
            "period\tforecast\tbooked\n"
            "1\t70\t72\n"
            "2\t70\t65\n"
            "3\t70\t48\n"
            "4\t80\t52\n"
            "5\t80\t30\n"
            "6\t80\t11\n"
            "in which period is the first MPS lot needed to keep PAB at or above the safety stock?"
        ),
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: _first(calc.master_schedule(
            110, [70, 70, 70, 80, 80, 80], [72, 65, 48, 52, 30, 11], 120, 3, safety_stock=20)["mps"]),
        unit="periods",
    ),
    Item(
        question=(
            "quick check on my PAB row pls. 200 on hand going into jan. DTF is 1 month. "
            "forecast jan-may: 150 150 180 180 200. customer orders booked: 170 120 190 90 40. "
            "MPS: jan 0, feb 250, mar 0, apr 250, may 0. what's PAB for april? (price is $18.50/unit if that matters)"
        ),
        domain=D, formula=PAB_OUT, function="mps_projected_available",
        compute=lambda: calc.mps_projected_available(
            200, [150, 150, 180, 180, 200], [170, 120, 190, 90, 40], [0, 250, 0, 250, 0], 1)[3],
        unit="units",
    ),
    Item(
        question=(
            "on hand 0, ss 0, lot size 80, DTF 2 weeks. fcst wk1-wk5 = 40 40 40 40 40, orders = 45 30 25 50 10. "
            "how many units does the MPS have in total over the 5 weeks?"
        ),
        domain=D, formula=PAB_OUT, function="master_schedule",
        compute=lambda: sum(calc.master_schedule(0, [40] * 5, [45, 30, 25, 50, 10], 80, 2)["mps"]),
        unit="units",
    ),
    # ---------------------------------------------------------------- Discrete ATP, first period
    Item(
        question="ATP for period 1? OH 45. MPS: p1 0, p2 100, p3 0, p4 100. booked orders 30 25 40 10",
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(45, [0, 100, 0, 100], [30, 25, 40, 10])[0],
        unit="units",
    ),
    Item(
        question=(
            "on hand 20 units, MPS receipts of 80 in week 1 and 80 in week 4. customer orders wk1 35, wk2 25, "
            "wk3 15, wk4 30, wk5 10. what is the discrete available-to-promise in week 1?"
        ),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(20, [80, 0, 0, 80, 0], [35, 25, 15, 30, 10])[0],
        unit="units",
    ),
    Item(
        question=(
            "Sales keeps asking me how many more units of the 12V pump (P/N 4471-B, list $310) they can promise "
            "for this week. We have 130 on hand. The MPS is 0 this week, 150 in week 3 and 150 in week 5. "
            "Booked orders are 60 in wk1, 45 in wk2, 70 in wk3, 20 in wk4, 35 in wk5. What's the ATP for week 1?"
        ),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=lambda: calc.atp_discrete(130, [0, 0, 150, 0, 150], [60, 45, 70, 20, 35])[0],
        unit="units",
    ),
    Item(
        question=(
            "what's the first-period ATP? MPS is 120 in period 1 and 120 in period 3, customer orders are "
            "52 in period 1, 40 in period 2, 66 in period 3."
        ),
        domain=D, formula=ATP1, function="atp_discrete",
        compute=None, missing=["on_hand"],
        unit="units",
        note="the on-hand balance is not given",
    ),
    # ---------------------------------------------------------------- Discrete ATP, later periods
    Item(
        question="discrete atp wk3? on hand 10 / MPS 0 0 90 0 90 0 / orders 8 0 35 40 25 15",
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(10, [0, 0, 90, 0, 90, 0], [8, 0, 35, 40, 25, 15])[2],
        unit="units",
    ),
    Item(
        question=(
            "period\tMPS\tcustomer orders\n"
            "1\t0\t25\n"
            "2\t70\t30\n"
            "3\t0\t22\n"
            "4\t70\t41\n"
            "5\t0\t38\n"
            "6\t70\t12\n"
            "on hand at start: 40\n"
            "without look-ahead, what is the discrete ATP in period 4?"
        ),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(40, [0, 70, 0, 70, 0, 70], [25, 30, 22, 41, 38, 12])[3],
        unit="units",
        note="negative discrete ATP (no look-ahead applied)",
    ),
    Item(
        question=(
            "Textbook-style problem I'm stuck on: the item has 15 units on hand. Master schedule receipts: "
            "200 in week 2, 200 in week 5, 200 in week 8. Customer orders booked: week 1 10, week 2 80, "
            "week 3 55, week 4 40, week 5 90, week 6 25, week 7 30, week 8 60. "
            "What is the discrete ATP for week 5?"
        ),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(15, [0, 200, 0, 0, 200, 0, 0, 200],
                                          [10, 80, 55, 40, 90, 25, 30, 60])[4],
        unit="units",
    ),
    Item(
        question=(
            "hi all, ATP question. OH = 0. mps wk1 60, wk3 60, wk5 60. orders: wk1 50 wk2 5 wk3 20 wk4 18 "
            "wk5 9 wk6 14. how much can i still promise out of the wk 5 receipt?"
        ),
        domain=D, formula=ATPN, function="atp_discrete",
        compute=lambda: calc.atp_discrete(0, [60, 0, 60, 0, 60, 0], [50, 5, 20, 18, 9, 14])[4],
        unit="units",
    ),
    # ---------------------------------------------------------------- Look-ahead rule
    Item(
        question=(
            "ATP with look-ahead: on hand 35, MPS 0/60/0/60/0, customer orders 25/22/30/45/20 for periods 1-5. "
            "what is the ATP in period 2 after you apply the look-ahead?"
        ),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(35, [0, 60, 0, 60, 0], [25, 22, 30, 45, 20])[1],
        unit="units",
    ),
    Item(
        question=(
            "week: 1 2 3 4 5 6\n"
            "MPS: 100 0 100 0 100 0\n"
            "orders: 40 20 70 45 60 55\n"
            "OH 30. use the look ahead rule so no week goes negative -- what's the week 1 ATP then?"
        ),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(30, [100, 0, 100, 0, 100, 0], [40, 20, 70, 45, 60, 55])[0],
        unit="units",
    ),
    Item(
        question=(
            "Our scheduler says the big order in week 7 'borrows' from earlier ATP. Data: 25 on hand, MPS 75 in "
            "weeks 1, 4 and 7, orders wk1 30, wk2 10, wk3 5, wk4 35, wk5 20, wk6 0, wk7 95, wk8 20. "
            "After the look-ahead, what ATP is left in week 4?"
        ),
        domain=D, formula=LOOK, function="atp_lookahead",
        compute=lambda: calc.atp_lookahead(25, [75, 0, 0, 75, 0, 0, 75, 0],
                                           [30, 10, 5, 35, 20, 0, 95, 20])[3],
        unit="units",
        note="the week-7 shortfall of 40 cascades: week 4 ATP 20 goes to 0, week 1 ATP 55 covers the other 20",
    ),
    # ---------------------------------------------------------------- Cumulative ATP
    Item(
        question=(
            "cumulative ATP (no look-ahead) in period 4? on hand 28, MPS 0 70 0 70 0, orders 18 26 31 40 22"
        ),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(28, [0, 70, 0, 70, 0], [18, 26, 31, 40, 22])[3],
        unit="units",
    ),
    Item(
        question=(
            "| month | Jan | Feb | Mar | Apr | May | Jun |\n"
            "| MPS | 0 | 300 | 0 | 300 | 0 | 300 |\n"
            "| booked | 120 | 150 | 90 | 110 | 60 | 20 |\n"
            "starting on hand 180. cumulative ATP without look-ahead for June?"
        ),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(180, [0, 300, 0, 300, 0, 300], [120, 150, 90, 110, 60, 20])[5],
        unit="units",
    ),
    Item(
        question=(
            "A customer wants 150 units delivered in week 3 and I need to know the total I could promise by then. "
            "On hand is 50. MPS: week 1 100, week 3 100, week 5 100. Orders already booked: week 1 70, week 2 30, "
            "week 3 25, week 4 45, week 5 10. What is the cumulative ATP through week 3 (plain running total, "
            "no look-ahead)?"
        ),
        domain=D, formula=CATP, function="atp_cumulative",
        compute=lambda: calc.atp_cumulative(50, [100, 0, 100, 0, 100], [70, 30, 25, 45, 10])[2],
        unit="units",
    ),
    # ---------------------------------------------------------------- MRP gross requirements
    Item(
        question=(
            "component C goes into A (2 per) and B (1 per). planned order releases A: wk1 0, wk2 40, wk3 0, "
            "wk4 60. B: wk1 10, wk2 0, wk3 20, wk4 15. gross reqs for C in wk4?"
        ),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"A": [0, 40, 0, 60], "B": [10, 0, 20, 15]}, {"A": 2, "B": 1})[3],
        unit="units",
    ),
    Item(
        question=(
            "The bracket (part 88-310) is used 4 per frame assembly, and we also sell it as a service part, "
            "about 25 a week. The frame's planned order releases are 0, 120, 0, 90, 150 for weeks 1 to 5. "
            "What's the bracket's gross requirement in week 2?"
        ),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements({"frame": [0, 120, 0, 90, 150]}, {"frame": 4}, [25] * 5)[1],
        unit="units",
    ),
    Item(
        question=(
            "parent\tqty per\tPOR wk1\twk2\twk3\twk4\twk5\n"
            "X100\t3\t50\t0\t75\t0\t40\n"
            "X200\t2\t0\t60\t30\t0\t0\n"
            "Y300\t1\t25\t25\t25\t25\t25\n"
            "what are the gross requirements of the common component in week 3?"
        ),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: calc.gross_requirements(
            {"X100": [50, 0, 75, 0, 40], "X200": [0, 60, 30, 0, 0], "Y300": [25] * 5},
            {"X100": 3, "X200": 2, "Y300": 1})[2],
        unit="units",
    ),
    Item(
        question=(
            "bike frame needs 2 wheels. frame planned order releases wk3 = 300, wk5 = 250, nothing else. "
            "no service demand for wheels. total wheel gross requirements over weeks 1-6?"
        ),
        domain=D, formula=GR, function="gross_requirements",
        compute=lambda: sum(calc.gross_requirements({"frame": [0, 0, 300, 0, 250, 0]}, {"frame": 2})),
        unit="units",
    ),
    # ---------------------------------------------------------------- MRP net requirements
    Item(
        question="net req? GR 250, SR 100, PA from prior period 60, SS 20",
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(250, 100, 60, 20),
        unit="units",
    ),
    Item(
        question=(
            "In week 6 the gross requirement for the gear is 1,200. There is an open purchase order (scheduled "
            "receipt) of 500 due that week and the projected available at the end of week 5 is 340. "
            "We carry no safety stock on this part. What is the net requirement for week 6?"
        ),
        domain=D, formula=NR, function="net_requirement",
        compute=lambda: calc.net_requirement(1200, 500, 340, 0),
        unit="units",
    ),
    Item(
        question=(
            "wk      1   2   3   4   5\n"
            "GR      30  40  45  50  35\n"
            "SR      0   60  0   0   0\n"
            "on hand 55, safety stock 15, LT 1 wk, lot for lot. what is the net requirement in wk 4?"
        ),
        domain=D, formula=NR, function="mrp_record",
        compute=lambda: calc.mrp_record([30, 40, 45, 50, 35], 55, 1, [0, 60, 0, 0, 0], safety_stock=15)[
            "net_requirements"][3],
        unit="units",
    ),
    Item(
        question=(
            "gross requirement in wk 3 is 400, there's a scheduled receipt of 150 due that wk and we keep "
            "safety stock of 50. what's the net requirement?"
        ),
        domain=D, formula=NR, function="net_requirement",
        compute=None, missing=["projected_available_before"],
        unit="units",
        note="the projected available carried into week 3 is not given",
    ),
    # ---------------------------------------------------------------- MRP projected available
    Item(
        question=(
            "MRP record, part 7731. on hand 120, scheduled receipt 50 in wk2. gross reqs wk1 40, wk2 30, "
            "wk3 60, wk4 25. projected available at end of wk3?"
        ),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([40, 30, 60, 25], 120, 1, [0, 50, 0, 0])["projected_available"][2],
        unit="units",
        note="no planned orders are triggered through week 3",
    ),
    Item(
        question=(
            "fixed order qty 200, safety stock 25, LT 2 weeks, on hand 80, no scheduled receipts.\n"
            "gross requirements weeks 1-6: 40, 70, 90, 60, 80, 50\n"
            "what's the projected available balance at the end of week 5 (after planned order receipts)?"
        ),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([40, 70, 90, 60, 80, 50], 80, 2, safety_stock=25, lot_rule="fixed",
                                        lot_size=200)["projected_available"][4],
        unit="units",
    ),
    Item(
        question=(
            "I'm filling out the projected available row by hand and want to check. Beginning on hand 35, "
            "scheduled receipt of 100 in period 1. Gross requirements periods 1-4: 60, 45, 20, 70. "
            "Lot-for-lot, zero safety stock. What should projected available show in period 2?"
        ),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([60, 45, 20, 70], 35, 1, [100, 0, 0, 0])["projected_available"][1],
        unit="units",
    ),
    Item(
        question=(
            "POQ = 3 periods, LT 1, OH 10, SS 0.\n"
            "period | 1 | 2 | 3 | 4 | 5 | 6\n"
            "gross  | 20 | 30 | 25 | 40 | 35 | 15\n"
            "PA at the end of period 2?"
        ),
        domain=D, formula=PA, function="mrp_record",
        compute=lambda: calc.mrp_record([20, 30, 25, 40, 35, 15], 10, 1, lot_rule="poq", periods=3)[
            "projected_available"][1],
        unit="units",
    ),
    # ---------------------------------------------------------------- Lead-time offset
    Item(
        question=(
            "need 300 units received in wk 7, nothing on hand and no open orders, lead time 3 wks, lot for lot. "
            "which week do we release the order?"
        ),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: _first(calc.mrp_record([0, 0, 0, 0, 0, 0, 300], 0, 3)["planned_order_releases"]),
        unit="weeks",
    ),
    Item(
        question=(
            "Part H-12, lot-for-lot, lead time 2 periods, on hand 50, safety stock 0.\n"
            "Gross requirements: P1 20, P2 25, P3 30, P4 45, P5 60, P6 40.\n"
            "How many units is the planned order release in period 3?"
        ),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: calc.mrp_record([20, 25, 30, 45, 60, 40], 50, 2)["planned_order_releases"][2],
        unit="units",
    ),
    Item(
        question=(
            "a planned order receipt of 480 is due in period 9. the item's LT is 4 periods - in which period "
            "should the planned order be released?"
        ),
        domain=D, formula=LTO, function="mrp_record",
        compute=lambda: _first(calc.mrp_record([0] * 8 + [480], 0, 4)["planned_order_releases"]),
        unit="periods",
        note="modelled as a gross requirement of 480 in period 9 with nothing on hand, lot-for-lot",
    ),
    # ---------------------------------------------------------------- Lot sizing
    Item(
        question=(
            "POQ? EOQ is 480 units, annual demand 6,240 units, 52 weeks a year. how many weeks should each "
            "order cover (round to nearest whole week)?"
        ),
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: float(calc.period_order_quantity(480, 6240 / 52)),
        unit="weeks",
        note="average weekly demand = 6,240 / 52 = 120",
    ),
    Item(
        question=(
            "For our MRP lot sizing I want to use period order quantity. Annual usage is 10,400 units, ordering "
            "cost $50 per order, carrying cost $2 per unit per year. We plan in weeks (52/yr). "
            "How many weeks of requirements should each order cover?"
        ),
        domain=D, formula=LOT, function="period_order_quantity",
        compute=lambda: float(calc.period_order_quantity(calc.eoq_from_holding_cost(10400, 50, 2), 10400 / 52)),
        unit="weeks",
        note="EOQ = sqrt(2*10400*50/2) = 721.1; weekly demand 200; 3.6 rounds to 4 weeks",
    ),
    Item(
        question=(
            "fixed lot size 250. LT 1 wk. OH 100, SS 0. gross reqs wk1-5: 60 80 90 70 110. "
            "how many units of planned order receipts in total over wks 1-5?"
        ),
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: sum(calc.mrp_record([60, 80, 90, 70, 110], 100, 1, lot_rule="fixed", lot_size=250)[
            "planned_order_receipts"]),
        unit="units",
    ),
    Item(
        question=(
            "using POQ with 2 periods per order: on hand 0, no SS, gross requirements per period 35, 25, 40, 10, "
            "50, 30. how big is the first planned order?"
        ),
        domain=D, formula=LOT, function="mrp_record",
        compute=lambda: calc.mrp_record([35, 25, 40, 10, 50, 30], 0, 1, lot_rule="poq", periods=2)[
            "planned_order_receipts"][0],
        unit="units",
    ),
    Item(
        question="EOQ works out to 600 units. what's the period order quantity in weeks?",
        domain=D, formula=LOT, function="period_order_quantity",
        compute=None, missing=["average_demand_per_period"],
        unit="weeks",
        note="no demand rate is given",
    ),
    # ---------------------------------------------------------------- Scrap / yield
    Item(
        question="need 1,800 good units, process yield is 90%. how many do we start?",
        domain=D, formula=SCRAP, function="planned_input_for_yield",
        compute=lambda: calc.planned_input_for_yield(1800, 0.9),
        unit="units",
    ),
    Item(
        question="scrap rate 4 pct, customer needs 480 good pcs. planned input qty?",
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(480, 0.04),
        unit="units",
    ),
    Item(
        question=(
            "Our stamping line has a yield of .93 on the new housing. The order is for 1000 good housings. "
            "How many blanks should we launch? Round up to a whole unit."
        ),
        domain=D, formula=SCRAP, function="planned_input_for_yield",
        compute=lambda: float(-(-calc.planned_input_for_yield(1000, 0.93) // 1)),
        unit="units",
        note="1000 / 0.93 = 1075.27, rounded up to 1076",
    ),
    Item(
        question=(
            "net requirement for the PCB in week 8 is 2,375. historically 5% of boards are scrapped in "
            "the process. what should the planned order be so we still end up with 2,375 good?"
        ),
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=lambda: calc.planned_input_for_scrap(2375, 0.05),
        unit="units",
    ),
    Item(
        question=(
            "the foundry loses some castings to shrinkage and porosity. planner wants 2,400 good castings "
            "for the pump order. how many should we pour to allow for scrap?"
        ),
        domain=D, formula=SCRAP, function="planned_input_for_scrap",
        compute=None, missing=["scrap_rate"],
        unit="units",
        note="the scrap (or yield) rate is not given",
    ),
    # ---------------------------------------------------------------- Available time
    Item(
        question="available time? 5 machines, 2 shifts, 7.5 hrs/shift, 6 days/wk",
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(5, 7.5, 2, 6),
        unit="hours",
    ),
    Item(
        question=(
            "Work center 20 has 4 lathes. We run 2 shifts a day, each shift is 8 hours but includes two "
            "15-minute breaks when the lathes are idle. How many hours are available in a 5-day week?"
        ),
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(4, 7.5, 2, 5),
        unit="hours",
        note="hours per shift = 8 - 0.5 h of breaks = 7.5",
    ),
    Item(
        question=(
            "assembly cell: 6 operators, one 10-hr shift, 4 days a week. available hours for a 4-week month?"
        ),
        domain=D, formula=AVAIL, function="available_time",
        compute=lambda: calc.available_time(6, 10, 1, 16),
        unit="hours",
        note="days = 4 days/week x 4 weeks = 16",
    ),
    Item(
        question="6 CNC machines, 8 h shifts, 22 working days in May. total available machine hours for May?",
        domain=D, formula=AVAIL, function="available_time",
        compute=None, missing=["shifts_per_day"],
        unit="hours",
        note="the number of shifts per day is not given",
    ),
    # ---------------------------------------------------------------- Utilization
    Item(
        question="utilization if the crew worked 34 of the 40 available hrs? as a %",
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(34, 40) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "2 machines, 1 shift of 8 hours, 5 days. The machines actually ran 68 hours last week "
            "(and earned 71 standard hours). What was the utilization in percent?"
        ),
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(68, calc.available_time(2, 8, 1, 5)) * 100,
        unit="percent",
        note="available = 2 x 8 x 1 x 5 = 80 h",
    ),
    Item(
        question=(
            "WC 35 was scheduled for 120 hours last week but lost 18 hours to a breakdown and waiting for "
            "material. utilization as a decimal?"
        ),
        domain=D, formula=UTIL, function="utilization",
        compute=lambda: calc.utilization(120 - 18, 120),
        unit="fraction",
        note="actual hours = 120 - 18 = 102",
    ),
    # ---------------------------------------------------------------- Efficiency
    Item(
        question="efficiency? produced 460 std hrs of work in 400 actual hrs. give %",
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(460, 400) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "The packing line made 1,150 cartons last week. Standard time is 12 minutes per carton and the "
            "line actually worked 250 hours. What was its efficiency (%)?"
        ),
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(1150 * 12 / 60, 250) * 100,
        unit="percent",
        note="standard hours = 1,150 x 12 min / 60 = 230",
    ),
    Item(
        question=(
            "hours worked 176, standard hours earned 158.4, hours available 200. "
            "what is the efficiency expressed as a fraction"
        ),
        domain=D, formula=EFF, function="efficiency",
        compute=lambda: calc.efficiency(158.4, 176),
        unit="fraction",
    ),
    # ---------------------------------------------------------------- Rated capacity
    Item(
        question="rated capacity? available 160 hrs, utilization 90%, efficiency 105%",
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(160, 0.9, 1.05),
        unit="hours",
    ),
    Item(
        question=(
            "2 machines x 2 shifts x 8 hours x 5 days per week. utilization .85, efficiency 110%. "
            "what's the weekly rated capacity in standard hours?"
        ),
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(calc.available_time(2, 8, 2, 5), 0.85, 1.1),
        unit="hours",
        note="available = 160 h",
    ),
    Item(
        question=(
            "Last month work center 50 had 320 hours available, actually worked 288 hours and produced "
            "302.4 standard hours. Next month it has 1 machine on 2 eight-hour shifts for 21 days. Using last "
            "month's utilization and efficiency, what is next month's rated capacity?"
        ),
        domain=D, formula=RATED, function="rated_capacity",
        compute=lambda: calc.rated_capacity(calc.available_time(1, 8, 2, 21), calc.utilization(288, 320),
                                            calc.efficiency(302.4, 288)),
        unit="hours",
        note="utilization 0.9, efficiency 1.05, available 336 h",
    ),
    Item(
        question=(
            "WC 10 has 240 available hours next week and runs at about 88% utilization. "
            "what is its rated capacity?"
        ),
        domain=D, formula=RATED, function="rated_capacity",
        compute=None, missing=["efficiency_rate"],
        unit="hours",
        note="the efficiency is not given",
    ),
    # ---------------------------------------------------------------- Demonstrated capacity
    Item(
        question="demonstrated capacity? std hrs produced last 4 wks: 210, 198, 225, 207",
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([210, 198, 225, 207]),
        unit="hours",
    ),
    Item(
        question=(
            "week | actual hours worked | standard hours produced\n"
            "31 | 152 | 141\n"
            "32 | 160 | 149\n"
            "33 | 148 | 138\n"
            "34 | 156 | 144\n"
            "35 | 158 | 148\n"
            "what's the demonstrated capacity per week?"
        ),
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([141, 149, 138, 144, 148]),
        unit="hours",
    ),
    Item(
        question=(
            "our paint line turned out 520, 480 and 500 units over the last three weeks; the standard is "
            "0.5 hr per unit. demonstrated capacity in std hours per week?"
        ),
        domain=D, formula=DEMO, function="demonstrated_capacity",
        compute=lambda: calc.demonstrated_capacity([520 * 0.5, 480 * 0.5, 500 * 0.5]),
        unit="hours",
        note="standard hours per week = units x 0.5",
    ),
    # ---------------------------------------------------------------- Load (CRP)
    Item(
        question=(
            "load on WC 12 for wk 15? order A: 150 pcs, setup 2.5 h, run .12 h/pc. "
            "order B: 75 pcs, setup 1 h, run 0.3 h/pc"
        ),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 150, "setup_hours": 2.5, "run_hours_per_unit": 0.12},
            {"quantity": 75, "setup_hours": 1, "run_hours_per_unit": 0.3}]),
        unit="hours",
    ),
    Item(
        question=(
            "Three jobs are released to the drill press this week. Job 101: 200 pieces, setup 45 minutes, "
            "3 minutes per piece. Job 102: 120 pieces, setup 30 minutes, 5 minutes per piece. Job 103: "
            "80 pieces, setup 1 hour, 6 min per piece. What's the total load in hours?"
        ),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 200, "setup_hours": 0.75, "run_hours_per_unit": 3 / 60},
            {"quantity": 120, "setup_hours": 0.5, "run_hours_per_unit": 5 / 60},
            {"quantity": 80, "setup_hours": 1, "run_hours_per_unit": 6 / 60}]),
        unit="hours",
        note="minutes converted to hours",
    ),
    Item(
        question=(
            "order\tdue\tqty\tsetup hrs\trun hrs/unit\tunit price\n"
            "MO-5521\t3/14\t40\t1.5\t0.25\t$85\n"
            "MO-5530\t3/15\t60\t2.0\t0.30\t$60\n"
            "MO-5544\t3/17\t25\t0.5\t0.80\t$140\n"
            "all three hit the grinding work center in the same week. CRP load for that week?"
        ),
        domain=D, formula=LOAD, function="work_center_load",
        compute=lambda: calc.work_center_load([
            {"quantity": 40, "setup_hours": 1.5, "run_hours_per_unit": 0.25},
            {"quantity": 60, "setup_hours": 2.0, "run_hours_per_unit": 0.30},
            {"quantity": 25, "setup_hours": 0.5, "run_hours_per_unit": 0.80}]),
        unit="hours",
    ),
    Item(
        question="how many hrs does one order of 350 units take at the saw? setup 1.25 hrs, run time .02 hr each",
        domain=D, formula=LOAD, function="operation_time",
        compute=lambda: calc.operation_time(350, 1.25, 0.02),
        unit="hours",
    ),
    # ---------------------------------------------------------------- Load percent
    Item(
        question="load % ? 273 hrs of load vs 260 hrs rated capacity",
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(273, 260),
        unit="percent",
    ),
    Item(
        question=(
            "WC 12 has a rated capacity of 64 standard hours next week. Released work: order 1 is 200 units "
            "with 3 h setup and 0.1 h/unit run; order 2 is 80 units with 1.5 h setup and 0.35 h/unit run. "
            "What percent of capacity is loaded?"
        ),
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(calc.work_center_load([
            {"quantity": 200, "setup_hours": 3, "run_hours_per_unit": 0.1},
            {"quantity": 80, "setup_hours": 1.5, "run_hours_per_unit": 0.35}]), 64),
        unit="percent",
        note="load = 23 + 29.5 = 52.5 h",
    ),
    Item(
        question=(
            "load percent for the weld cell? available 80 h, util 90%, efficiency 95%, "
            "load from CRP is 75.24 std hours"
        ),
        domain=D, formula=LOADP, function="load_percent",
        compute=lambda: calc.load_percent(75.24, calc.rated_capacity(80, 0.9, 0.95)),
        unit="percent",
        note="rated capacity = 80 x 0.9 x 0.95 = 68.4",
    ),
    Item(
        question="WC 40 has 184 std hrs loaded for week 12. whats the load percent",
        domain=D, formula=LOADP, function="load_percent",
        compute=None, missing=["capacity"],
        unit="percent",
        note="no capacity is given",
    ),
    # ---------------------------------------------------------------- CPOF
    Item(
        question=(
            "CPOF: MPS next month A 200 units, B 150 units. total std hrs per unit A 1.2, B 0.8. historical "
            "split machining 60%, assembly 25%, test 15%. how many hours at assembly?"
        ),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"A": 200, "B": 150}, {"A": 1.2, "B": 0.8},
                                                  {"machining": 0.6, "assembly": 0.25, "test": 0.15})["assembly"],
        unit="hours",
    ),
    Item(
        question=(
            "Using capacity planning with overall factors: the MPS calls for 400 standard routers and 250 plunge "
            "routers in week 10. Total labor is 0.5 h per standard router and 0.9 h per plunge router. "
            "Historically 45% of hours go to fabrication, 35% to assembly and 20% to finishing. "
            "What load does fabrication get in week 10?"
        ),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"std": 400, "plunge": 250}, {"std": 0.5, "plunge": 0.9},
                                                  {"fab": 0.45, "asm": 0.35, "fin": 0.2})["fab"],
        unit="hours",
    ),
    Item(
        question=(
            "product | MPS qty | std hrs/unit\n"
            "K1 | 120 | 2.0\n"
            "K2 | 80 | 3.5\n"
            "K3 | 60 | 1.5\n"
            "work centre shares: WC-A .30, WC-B .50, WC-C .20\n"
            "overall factors method -> WC-B hours?"
        ),
        domain=D, formula=CPOF, function="rccp_overall_factors",
        compute=lambda: calc.rccp_overall_factors({"K1": 120, "K2": 80, "K3": 60}, {"K1": 2.0, "K2": 3.5, "K3": 1.5},
                                                  {"WC-A": 0.3, "WC-B": 0.5, "WC-C": 0.2})["WC-B"],
        unit="hours",
    ),
    # ---------------------------------------------------------------- Bill of labor / resources
    Item(
        question=(
            "bill of labor rccp. MPS: A 220, B 90. hrs/unit A: assembly .6, test .25. B: assembly 1.1, "
            "test .5. hours needed in test?"
        ),
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor({"A": 220, "B": 90},
                                                {"A": {"assembly": 0.6, "test": 0.25},
                                                 "B": {"assembly": 1.1, "test": 0.5}})["test"],
        unit="hours",
    ),
    Item(
        question=(
            "We make three grills. This month's MPS: Classic 300, Deluxe 180, Pro 70. Time in the welding "
            "department is 12 minutes per Classic, 18 minutes per Deluxe and 30 minutes per Pro. Using the bill "
            "of resources, how many welding hours does the MPS need?"
        ),
        domain=D, formula=BOL, function="rccp_bill_of_labor",
        compute=lambda: calc.rccp_bill_of_labor({"Classic": 300, "Deluxe": 180, "Pro": 70},
                                                {"Classic": {"weld": 12 / 60}, "Deluxe": {"weld": 18 / 60},
                                                 "Pro": {"weld": 30 / 60}})["weld"],
        unit="hours",
        note="minutes per unit converted to hours",
    ),
    Item(
        question=(
            "resource profile. MPS: item A 80 due in wk4, item B 60 due in wk3 (nothing else). each A needs 2.5 hrs "
            "of machining 2 weeks before its due week and 1.5 hrs of assembly 1 week before. each B needs 1 hr "
            "of machining 1 week before its due week. machining hours in wk 2?"
        ),
        domain=D, formula=BOL, function="rccp_resource_profile",
        compute=lambda: calc.rccp_resource_profile({"A": [0, 0, 0, 80], "B": [0, 0, 60, 0]},
                                                   {"A": {"machining": [0, 0, 2.5], "assembly": [0, 1.5]},
                                                    "B": {"machining": [0, 1]}})["machining"][1],
        unit="hours",
    ),
    # ---------------------------------------------------------------- Make-or-buy
    Item(
        question="make or buy break-even qty? make: fixed $72,000, var $9/unit. buy: no fixed cost, $13.50/unit",
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(72000, 9, 0, 13.5),
        unit="units",
    ),
    Item(
        question=(
            "We're deciding whether to bring a machined shaft in-house. Making it needs a $150k fixture "
            "investment plus $22.50 per unit in labor and material. The supplier quotes $31 per unit plus a "
            "one-time tooling charge of $30,000. At what annual volume are the two options equal?"
        ),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(150000, 22.5, 30000, 31),
        unit="units",
    ),
    Item(
        question=(
            "make vs buy: in-house fixed cost 45 000 dollars a year, variable 6.20 per piece. outside supplier "
            "wants 9.80 per piece, no fixed. indifference point in pieces?"
        ),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=lambda: calc.make_or_buy_indifference(45000, 6.2, 0, 9.8),
        unit="units",
    ),
    Item(
        question=(
            "make-or-buy: making the part costs $80,000 fixed plus $5 a unit. buying has a $10,000 fixed "
            "contract fee. what volume makes us indifferent?"
        ),
        domain=D, formula=MOB, function="make_or_buy_indifference",
        compute=None, missing=["variable_cost_buy"],
        unit="units",
        note="the supplier's price per unit is not given",
    ),
    # ---------------------------------------------------------------- TCO
    Item(
        question=(
            "TCO? price 24,000; acquisition (freight, ordering, inspection) 2,750; ownership costs 9,100; "
            "disposal 650; salvage 1,800"
        ),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(24000, 2750, 9100, 650, 1800),
        unit="money",
    ),
    Item(
        question=(
            "We're buying a packaging machine for $85,000. Freight and installation come to $6,500 and "
            "operator training $2,000 (count both as acquisition). Maintenance is about $3,200 a year over "
            "its 6-year life. Removal at end of life costs $1,500 and we expect to sell it for scrap at "
            "$4,000. What's the total cost of ownership?"
        ),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(85000, 6500 + 2000, 3200 * 6, 1500, 4000),
        unit="money",
        note="acquisition = 6,500 + 2,000; ownership = 3,200 x 6 years",
    ),
    Item(
        question=(
            "total cost of ownership for supplier B: purchase price 1.2k per unit, freight+ordering+inspection "
            "$150/unit, carrying and maintenance $210/unit, disposal $40/unit, no salvage value. per-unit TCO?"
        ),
        domain=D, formula=TCO, function="total_cost_of_ownership",
        compute=lambda: calc.total_cost_of_ownership(1200, 150, 210, 40, 0),
        unit="money",
    ),
    # ---------------------------------------------------------------- Supplier scorecard
    Item(
        question=(
            "supplier scorecard: weights quality 0.4, delivery 0.35, price 0.25. supplier X ratings "
            "(1-10): quality 8, delivery 6, price 9. weighted score?"
        ),
        domain=D, formula=SCORE, function="weighted_score",
        compute=lambda: calc.weighted_score([0.4, 0.35, 0.25], [8, 6, 9]),
        unit="number",
    ),
    Item(
        question=(
            "criteria\tweight\tAcme rating\n"
            "quality\t30%\t90\n"
            "delivery\t30%\t75\n"
            "cost\t25%\t85\n"
            "responsiveness\t15%\t70\n"
            "what's Acme's weighted score out of 100?"
        ),
        domain=D, formula=SCORE, function="weighted_score",
        compute=lambda: calc.weighted_score([0.3, 0.3, 0.25, 0.15], [90, 75, 85, 70]),
        unit="number",
    ),
    Item(
        question=(
            "Our resin supplier shipped 240 deliveries last year and 222 of them arrived inside the agreed "
            "window. What is their on-time delivery percentage?"
        ),
        domain=D, formula=SCORE, function="on_time_delivery_rate",
        compute=lambda: calc.on_time_delivery_rate(222, 240) * 100,
        unit="percent",
    ),
    Item(
        question="defect rate in ppm? 54 bad parts out of 180,000 received in Q3",
        domain=D, formula=SCORE, function="defect_ppm",
        compute=lambda: calc.defect_ppm(54, 180000),
        unit="number",
    ),
    Item(
        question=(
            "incoming inspection rejected 27 fasteners from supplier 0412-77 this quarter. what's their "
            "defect rate in parts per million?"
        ),
        domain=D, formula=SCORE, function="defect_ppm",
        compute=None, missing=["units_received"],
        unit="number",
        note="the number of units received is not given",
    ),
]
