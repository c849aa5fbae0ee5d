"""Blind practice set 3: calculation questions for the `inventory` and `detailed-schedules` domains.

Written without looking at how the tutor reads questions. Every outline calculation of both
domains appears at least three times, in mixed styles (terse chat, forum posts with backstory,
exam stems, pasted tables), and about one item in ten lacks an input (`compute=None`).
Expected values come from calling `tutor.calc` directly.
"""

import math

from eval.blind.item import Item
from tutor import calc

DS = "detailed-schedules"
INV = "inventory"

ITEMS: list[Item] = [
    # ------------------------------------------------------------------ detailed-schedules
    # Operation time
    Item(
        question="op time? lot 250 pcs, setup 1.5 h, run .08 h/pc",
        domain=DS, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(250, 1.5, 0.08), unit="hours",
    ),
    Item(
        question=(
            "Setting up the press brake for the new bracket takes 45 minutes, and once it's running each "
            "bracket takes 2.4 minutes. The customer order is 300 brackets. How many HOURS will this "
            "operation tie up the press brake?"
        ),
        domain=DS, formula="Operation time", function="operation_time",
        compute=lambda: calc.operation_time(300, 45 / 60, 2.4 / 60), unit="hours",
        note="setup and run given in minutes, answer asked in hours",
    ),
    Item(
        question=(
            "Work center 40 (CNC lathe) - setup is 2 hours and the run standard is 0.1 hr per unit. "
            "The lathe is 85% utilized. What's the operation time for the shop order?"
        ),
        domain=DS, formula="Operation time", function="operation_time",
        compute=None, unit="hours", missing=["quantity"],
        note="order quantity never given; utilization is a distractor",
    ),
    # Manufacturing lead time
    Item(
        question=(
            "Routing for part 88-204, all times in days:\n"
            "| Op | Queue | Setup | Run | Wait | Move |\n"
            "|----|-------|-------|-----|------|------|\n"
            "| 10 | 3     | 0.5   | 1.5 | 0.5  | 0.5  |\n"
            "| 20 | 2     | 0.25  | 2   | 0    | 0.5  |\n"
            "| 30 | 4     | 0.5   | 1   | 1    | 0.25 |\n"
            "What is the total manufacturing lead time?"
        ),
        domain=DS, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 3, "setup": 0.5, "run": 1.5, "wait": 0.5, "move": 0.5},
            {"queue": 2, "setup": 0.25, "run": 2, "wait": 0, "move": 0.5},
            {"queue": 4, "setup": 0.5, "run": 1, "wait": 1, "move": 0.25},
        ]), unit="days",
    ),
    Item(
        question=(
            "An order of 100 units passes through two operations. Op 1: queue 16 h, setup 2 h, run 0.1 h "
            "per unit, move 4 h. Op 2: queue 8 h, setup 1 h, run 0.2 h per unit, wait 2 h, move 4 h. "
            "Calculate the manufacturing lead time in hours."
        ),
        domain=DS, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 16, "setup": 2, "run": 100 * 0.1, "move": 4},
            {"queue": 8, "setup": 1, "run": 100 * 0.2, "wait": 2, "move": 4},
        ]), unit="hours",
        note="run time per operation = quantity x run hours per unit",
    ),
    Item(
        question=(
            "queue time is the killer in our shop lol. part goes saw -> mill -> deburr. saw: queue 2 days, "
            "setup+run half a day, move 0.5 day. mill: queue 3 days, setup .25, run 1.25, wait .5, move .5. "
            "deburr: queue 1 day, run .5, then .25 day move into stock. we have 14 people on 2nd shift if "
            "that matters. what's the total mfg lead time in days??"
        ),
        domain=DS, formula="Manufacturing lead time", function="manufacturing_lead_time",
        compute=lambda: calc.manufacturing_lead_time([
            {"queue": 2, "run": 0.5, "move": 0.5},
            {"queue": 3, "setup": 0.25, "run": 1.25, "wait": 0.5, "move": 0.5},
            {"queue": 1, "run": 0.5, "move": 0.25},
        ]), unit="days",
        note="saw setup and run given combined; headcount is a distractor",
    ),
    # Backward-scheduled start
    Item(
        question="backward sched: order due shop day 412, lead time 9 working days. start day?",
        domain=DS, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(412, 9), unit="days",
        note="answer is a shop-calendar day number",
    ),
    Item(
        question=(
            "A shop order is due on M-day 184. Its remaining operations take 3 days (op 30), 2 days "
            "(op 40) and 1 day for final inspection, in working days. Using backward scheduling, on "
            "which shop-calendar day must op 30 start?"
        ),
        domain=DS, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=lambda: calc.backward_schedule_start(184, 3 + 2 + 1), unit="days",
        note="lead time is the sum of the remaining operation times",
    ),
    Item(
        question=(
            "Hi all, exam is on the 22nd and I'm stuck on this one. A job has a total lead time of 14 "
            "working days and today is shop day 120. If we backward schedule it, what day should it be "
            "released to the floor?"
        ),
        domain=DS, formula="Backward-scheduled start", function="backward_schedule_start",
        compute=None, unit="days", missing=["due_day"],
        note="due date is never given; today is a distractor for backward scheduling",
    ),
    # Critical ratio
    Item(
        question="CR? due day 245, today 230, remaining LT 10 days",
        domain=DS, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(245, 230, 10), unit="ratio",
    ),
    Item(
        question=(
            "Today is shop day 78. Job K-12 is due on day 90 and still has 16 working days of lead time "
            "remaining. What is its critical ratio?"
        ),
        domain=DS, formula="Critical ratio", function="critical_ratio",
        compute=lambda: calc.critical_ratio(90, 78, 16), unit="ratio",
    ),
    Item(
        question=(
            "Dispatch list, today = day 50\n"
            "Job\tDue day\tRemaining lead time (days)\n"
            "J1\t58\t6\n"
            "J2\t60\t12\n"
            "J3\t55\t4\n"
            "Under the critical ratio rule, what is the CR of the job that should be run first?"
        ),
        domain=DS, formula="Critical ratio", function="critical_ratio",
        compute=lambda: min(calc.critical_ratio(58, 50, 6), calc.critical_ratio(60, 50, 12),
                            calc.critical_ratio(55, 50, 4)), unit="ratio",
        note="lowest CR of three jobs (J2)",
    ),
    # Slack
    Item(
        question=(
            "A job is due on day 150 and today is day 138. It has 8 days of processing left. "
            "How much slack does it have?"
        ),
        domain=DS, formula="Slack", function="slack",
        compute=lambda: calc.slack(150, 138, 8), unit="days",
    ),
    Item(
        question=(
            "slack per remaining operation: today d200, due d213, 7 days of processing left spread "
            "over 3 ops"
        ),
        domain=DS, formula="Slack", function="slack_per_operation",
        compute=lambda: calc.slack_per_operation(213, 200, 7, 3), unit="days",
    ),
    Item(
        question=(
            "Our shop runs one 8-hour shift. An order is due in 2 working days and still needs 20 hours "
            "of processing. What is the slack in hours? (negative if it's already behind)"
        ),
        domain=DS, formula="Slack", function="slack",
        compute=lambda: calc.slack(2 * 8, 0, 20), unit="hours",
        note="time to due date converted to hours: 2 days x 8 h",
    ),
    # Sequencing measures
    Item(
        question=(
            "Five jobs are waiting at a single machine, listed in order of arrival (processing time, due "
            "date in days from now): A (5, 10), B (3, 6), C (8, 18), D (2, 4), E (6, 15). If they are "
            "sequenced by shortest processing time, what is the average flow time?"
        ),
        domain=DS, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "A", "processing_time": 5, "due": 10}, {"name": "B", "processing_time": 3, "due": 6},
            {"name": "C", "processing_time": 8, "due": 18}, {"name": "D", "processing_time": 2, "due": 4},
            {"name": "E", "processing_time": 6, "due": 15},
        ], "SPT")["average_flow_time"], unit="days",
    ),
    Item(
        question=(
            "EDD rule, avg tardiness? (days)\n"
            "job | proc time | due\n"
            "P   | 4 | 6\n"
            "Q   | 7 | 9\n"
            "R   | 3 | 20\n"
            "S   | 5 | 8\n"
            "T   | 2 | 15"
        ),
        domain=DS, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "P", "processing_time": 4, "due": 6}, {"name": "Q", "processing_time": 7, "due": 9},
            {"name": "R", "processing_time": 3, "due": 20}, {"name": "S", "processing_time": 5, "due": 8},
            {"name": "T", "processing_time": 2, "due": 15},
        ], "EDD")["average_tardiness"], unit="days",
    ),
    Item(
        question=(
            "pasted from my homework sheet:\n"
            "job,processing_days,due_day\n"
            "101,3,5\n"
            "102,6,8\n"
            "103,2,7\n"
            "104,4,16\n"
            "Jobs are listed in arrival order and all are available now. Processed first-come first-served, "
            "what is the average number of jobs in the system?"
        ),
        domain=DS, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "101", "processing_time": 3, "due": 5}, {"name": "102", "processing_time": 6, "due": 8},
            {"name": "103", "processing_time": 2, "due": 7}, {"name": "104", "processing_time": 4, "due": 16},
        ], "FCFS")["average_jobs_in_system"], unit="number",
        note="average jobs in system = sum of flow times / makespan",
    ),
    Item(
        question=(
            "Four jobs at the paint booth, all available now. Job A takes 4 days and is due in 12 days; "
            "B takes 6 days, due in 9; C takes 3 days, due in 15; D takes 5 days, due in 8. If the "
            "scheduler sequences them by critical ratio (due date / processing time, lowest first), how "
            "many jobs will finish late?"
        ),
        domain=DS, formula="Sequencing measures", function="sequence_jobs",
        compute=lambda: calc.sequence_jobs([
            {"name": "A", "processing_time": 4, "due": 12}, {"name": "B", "processing_time": 6, "due": 9},
            {"name": "C", "processing_time": 3, "due": 15}, {"name": "D", "processing_time": 5, "due": 8},
        ], "CR")["jobs_late"], unit="count",
    ),
    # Input/output control
    Item(
        question=(
            "I/O report for WC 12 (standard hours). Backlog at the start of week 1 was 60 hrs.\n"
            "              wk1   wk2   wk3   wk4\n"
            "planned in    120   120   120   120\n"
            "actual in     110   125   130   115\n"
            "planned out   130   130   130   130\n"
            "actual out    125   120   135   128\n"
            "What's the queue at the end of week 4?"
        ),
        domain=DS, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control([120] * 4, [110, 125, 130, 115], [130] * 4,
                                                  [125, 120, 135, 128], 60)["queue"][3], unit="hours",
    ),
    Item(
        question=(
            "Input/output control, assembly cell, standard hours by month. Opening queue 40 h.\n"
            "Jan: planned input 300 / actual input 310 / planned output 300 / actual output 285\n"
            "Feb: planned input 300 / actual input 290 / planned output 300 / actual output 295\n"
            "Mar: planned input 320 / actual input 330 / planned output 320 / actual output 300\n"
            "What is the cumulative output deviation at the end of March?"
        ),
        domain=DS, formula="Input/output control", function="input_output_control",
        compute=lambda: calc.input_output_control([300, 300, 320], [310, 290, 330], [300, 300, 320],
                                                  [285, 295, 300], 40)["cumulative_output_deviation"][2],
        unit="hours",
    ),
    Item(
        question=(
            "For the grinding work center, actual input over weeks 1-3 was 95, 102, 88 standard hours; "
            "planned output was 100 each week and actual output was 97, 99, 101. Beginning queue 25 hours. "
            "What is the cumulative input deviation after week 3?"
        ),
        domain=DS, formula="Input/output control", function="input_output_control",
        compute=None, unit="hours", missing=["planned_input"],
        note="planned input is never given (only planned output)",
    ),
    # Little's Law
    Item(
        question="little's law - throughput 60 units/day, flow time 4.5 days, avg WIP?",
        domain=DS, formula="Little's Law", function="littles_law_wip",
        compute=lambda: calc.littles_law_wip(60, 4.5), unit="units",
    ),
    Item(
        question=(
            "There are 1,800 units of work-in-process on the line. The line turns out 300 units per shift "
            "and runs 2 shifts a day. Using Little's Law, what is the average flow time in days?"
        ),
        domain=DS, formula="Little's Law", function="littles_law_flow_time",
        compute=lambda: calc.littles_law_flow_time(1800, 300 * 2), unit="days",
        note="throughput per day = 300 per shift x 2 shifts",
    ),
    Item(
        question=(
            "At the test bench a unit spends 45 minutes on average from arrival to departure, and the "
            "bench completes 120 units per hour. On average, how many units are in the test area?"
        ),
        domain=DS, formula="Little's Law", function="littles_law_wip",
        compute=lambda: calc.littles_law_wip(120, 45 / 60), unit="units",
        note="flow time converted from minutes to hours",
    ),
    # Takt time
    Item(
        question=(
            "The plant runs 2 shifts of 8 hours. Each shift has two 15-minute breaks and a 30-minute "
            "lunch, all within the 8 hours, and the line stops for all of them. Customer demand is 840 "
            "units per day. What is the takt time in minutes?"
        ),
        domain=DS, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(2 * (8 * 60 - 2 * 15 - 30), 840), unit="minutes",
        note="available time = 2 x (480 - 60) min = 840 min",
    ),
    Item(
        question=(
            "takt time pls. customer wants 2,400 units a week. we work 5 days, 1 shift of 8 hrs w/ 40 min "
            "of breaks per shift. answer in seconds"
        ),
        domain=DS, formula="Takt time", function="takt_time",
        compute=lambda: calc.takt_time(5 * (8 * 60 - 40) * 60, 2400), unit="number",
        note="weekly available time = 5 x 440 min = 132,000 s; answer in seconds (no seconds unit)",
    ),
    Item(
        question=(
            "We run two 8-hour shifts, 5 days a week, with 30 minutes of breaks in each shift. Our cell "
            "has 6 operators and the average cycle time is 48 seconds. What is the takt time?"
        ),
        domain=DS, formula="Takt time", function="takt_time",
        compute=None, unit="number", missing=["demand"],
        note="customer demand is never given; cycle time and headcount are distractors",
    ),
    # Number of kanban containers
    Item(
        question="# of kanbans? D = 150/hr, LT 2 hrs, safety 10%, 25 per container",
        domain=DS, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: math.ceil(calc.kanban_containers(150, 2, 0.10, 25)), unit="count",
        note="13.2 rounded up to whole containers",
    ),
    Item(
        question=(
            "The assembly line uses 1,600 brackets per 8-hour day. When a kanban is pulled, the card waits "
            "1.5 hours before the supplying cell starts on it and processing takes another 0.5 hour. Each "
            "tote holds 40 brackets and management wants a 25% safety factor. How many totes should "
            "circulate (round up)?"
        ),
        domain=DS, formula="Number of kanban containers", function="kanban_containers",
        compute=lambda: math.ceil(calc.kanban_containers(1600 / 8, 1.5 + 0.5, 0.25, 40)), unit="count",
        note="demand per hour = 1,600 / 8; lead time = waiting + processing; 12.5 rounded up",
    ),
    Item(
        question=(
            "Kanban sizing question: demand is 480 parts per day, replenishment lead time is half a day, "
            "and we use a 15% safety factor. How many containers do we need?"
        ),
        domain=DS, formula="Number of kanban containers", function="kanban_containers",
        compute=None, unit="count", missing=["container_quantity"],
        note="container size is never given",
    ),
    # Line balancing
    Item(
        question=(
            "Task times (sec): A 45, B 30, C 25, D 50, E 40, F 20, G 35. Cycle time is 60 seconds. "
            "What is the theoretical minimum number of workstations?"
        ),
        domain=DS, formula="Line balancing", function="minimum_workstations",
        compute=lambda: calc.minimum_workstations([45, 30, 25, 50, 40, 20, 35], 60), unit="count",
    ),
    Item(
        question=(
            "line balancing hw: six tasks, 1.2 min, 0.8, 0.5, 1.5, 0.9 and 1.1 min. The line ended up "
            "with 5 stations at a 1.5 minute cycle time. balance efficiency in %?"
        ),
        domain=DS, formula="Line balancing", function="balance_efficiency",
        compute=lambda: 100 * calc.balance_efficiency([1.2, 0.8, 0.5, 1.5, 0.9, 1.1], 5, 1.5), unit="percent",
    ),
    Item(
        question=(
            "Demand is 400 units per day. The line runs one 8-hour shift with 40 minutes of breaks. "
            "Task times in seconds: 30, 45, 22, 38, 50, 18, 27, 40. The cycle time is set equal to takt. "
            "If the line is balanced with the theoretical minimum number of stations, what is the balance "
            "efficiency (percent)?"
        ),
        domain=DS, formula="Line balancing", function="balance_efficiency",
        compute=lambda: 100 * calc.balance_efficiency(
            [30, 45, 22, 38, 50, 18, 27, 40],
            calc.minimum_workstations([30, 45, 22, 38, 50, 18, 27, 40], (8 * 60 - 40) * 60 / 400),
            (8 * 60 - 40) * 60 / 400), unit="percent",
        note="cycle = takt = 26,400 s / 400 = 66 s; minimum stations = ceil(270 / 66) = 5",
    ),
    # Throughput accounting (TOC)
    Item(
        question=(
            "Using throughput accounting: sales revenue $2.4M, totally variable cost $900k, operating "
            "expense $1.1M, investment $2M. What is net profit?"
        ),
        domain=DS, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(2_400_000, 900_000, 1_100_000, 2_000_000)["net_profit"],
        unit="money",
    ),
    Item(
        question=(
            "TOC question from our Jonah course. Last year: sales 850k, raw materials 310k (the only truly "
            "variable cost), direct labor 220k (we treat it as fixed, so operating expense), overhead 180k, "
            "inventory/investment 600k. What's the ROI in percent under throughput accounting?"
        ),
        domain=DS, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: 100 * calc.throughput_accounting(850_000, 310_000, 220_000 + 180_000, 600_000)["roi"],
        unit="percent",
        note="OE = labor + overhead",
    ),
    Item(
        question=(
            "A plant sold 12,000 units at $95 each. Totally variable cost is $40 per unit. Operating "
            "expense for the year was $480,000 and the plant's investment is $1.5 million. Calculate "
            "throughput (T)."
        ),
        domain=DS, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=lambda: calc.throughput_accounting(12_000 * 95, 12_000 * 40, 480_000, 1_500_000)["throughput"],
        unit="money",
        note="sales and TVC derived from units x per-unit figures",
    ),
    Item(
        question=(
            "throughput accounting ROI? sales $3.2m, TVC $1.4m, OE $1.2m. (ignore taxes)"
        ),
        domain=DS, formula="Throughput accounting (TOC)", function="throughput_accounting",
        compute=None, unit="percent", missing=["investment"],
        note="investment is never given",
    ),
    # ------------------------------------------------------------------ inventory
    # Economic order quantity
    Item(
        question="eoq?? annual usage 9,600 units, setup $120, holding $4/unit/yr",
        domain=INV, formula="Economic order quantity", function="eoq_from_holding_cost",
        compute=lambda: calc.eoq_from_holding_cost(9600, 120, 4), unit="units",
    ),
    Item(
        question=(
            "A distributor sells 1,500 units of a valve per month. Each purchase order costs $60 to place, "
            "the valve costs $25, and the annual carrying cost rate is 20%. What is the economic order "
            "quantity?"
        ),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(1500 * 12, 60, 0.20, 25), unit="units",
        note="annual demand = monthly x 12",
    ),
    Item(
        question=(
            "Question about EOQ from a practice quiz (taking the exam Oct 3, 2nd attempt...). Weekly "
            "demand is 250 units, 52 weeks a year. Unit cost $40, carrying cost 2% per month, cost per "
            "order $45. Ignore the 3% discount the supplier offers for pallets of 500. What's the EOQ?"
        ),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=lambda: calc.eoq(250 * 52, 45, 0.02 * 12, 40), unit="units",
        note="annual demand from weekly; carrying rate annualized from 2% a month",
    ),
    Item(
        question=(
            "calc EOQ: annual demand 10k units, ordering cost $80/order, carrying cost 22% per year. "
            "lead time 3 weeks."
        ),
        domain=INV, formula="Economic order quantity", function="eoq",
        compute=None, unit="units", missing=["unit_cost"],
        note="carrying cost is a rate but the unit cost is never given",
    ),
    # Annual cost components
    Item(
        question=(
            "Annual demand 10,000 units, order quantity 500, ordering cost $40 per order, carrying cost "
            "20% per year, unit cost $15. No safety stock. What is the total annual ordering plus carrying "
            "cost?"
        ),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(10_000, 500, 40, 0.20, 15)["total"], unit="money",
    ),
    Item(
        question=(
            "we order 400 at a time, usage is 5,200/yr, order cost $30, and we keep 100 units of safety "
            "stock. item costs $8, carrying rate 25%. what's the annual CARRYING cost only?"
        ),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(5200, 400, 30, 0.25, 8, safety_stock=100)["carrying"],
        unit="money",
        note="carrying cost includes the safety stock: (Q/2 + SS) x i x c",
    ),
    Item(
        question=(
            "A = 3,600 units/yr\tQ = 300\tS = $25\ti = 18%\tc = $12.50\n"
            "What is the total annual cost including the purchase cost of the units?"
        ),
        domain=INV, formula="Annual cost components", function="inventory_costs",
        compute=lambda: calc.inventory_costs(3600, 300, 25, 0.18, 12.5, include_purchase=True)["total"],
        unit="money",
    ),
    # Orders per year / time between orders
    Item(
        question="how many orders per year if we buy 750 at a time and use 15,000 a year?",
        domain=INV, formula="Orders per year / time between orders", function="orders_per_year",
        compute=lambda: calc.orders_per_year(15_000, 750), unit="count",
    ),
    Item(
        question=(
            "An item has annual demand of 6,000 units and is ordered in lots of 400. The company works 240 "
            "days a year. What is the time between orders in working days?"
        ),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=lambda: calc.time_between_orders(6000, 400, 240), unit="days",
    ),
    Item(
        question=(
            "We go through about 150 cases a week (52-week year) and the buyer orders 1,200 cases each "
            "time. How many weeks between orders?"
        ),
        domain=INV, formula="Orders per year / time between orders", function="time_between_orders",
        compute=lambda: calc.time_between_orders(150 * 52, 1200, 52), unit="weeks",
        note="annual demand from weekly; 52 periods a year",
    ),
    # Economic production quantity
    Item(
        question=(
            "A component is made in-house. Annual demand 24,000; setup cost $200 per run; unit cost $30; "
            "carrying cost 20% a year. The assembly line uses 96 per day and the fab cell produces 240 per "
            "day. What is the economic production quantity?"
        ),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=lambda: calc.epq(24_000, 200, 0.20, 30, 96, 240), unit="units",
    ),
    Item(
        question=(
            "EPQ run of 2,000 units. Production rate 100/day, usage 40/day. What's the max inventory "
            "level reached during the run?"
        ),
        domain=INV, formula="Economic production quantity", function="epq_max_inventory",
        compute=lambda: calc.epq_max_inventory(2000, 40, 100), unit="units",
    ),
    Item(
        question=(
            "usage is 1,000 units per week, 50 working weeks/yr. The machine can make 500/day and we work "
            "5-day weeks. setup $150, unit cost $16, carrying rate 25%. economic production lot size?"
        ),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=lambda: calc.epq(1000 * 50, 150, 0.25, 16, 1000, 500 * 5), unit="units",
        note="annual demand = 1,000 x 50; production rate converted to per week (500 x 5)",
    ),
    Item(
        question=(
            "Economic production quantity for a part with annual demand 18,000, setup cost $90, holding "
            "cost $2.50 per unit per year, daily usage 72 units?"
        ),
        domain=INV, formula="Economic production quantity", function="epq",
        compute=None, unit="units", missing=["production_rate"],
        note="production rate is never given",
    ),
    # Quantity discounts
    Item(
        question=(
            "Supplier price schedule: 1-999 units $5.00; 1,000-2,499 units $4.80; 2,500 and up $4.75. "
            "Annual demand 5,000, ordering cost $49, carrying cost 20% of unit price. What order quantity "
            "minimizes total annual cost?"
        ),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(5000, 49, 0.20, [(0, 5.00), (1000, 4.80), (2500, 4.75)])[
            "quantity"], unit="units",
    ),
    Item(
        question=(
            "Same idea as the textbook example: A = 5,000/yr, S = $49, i = 20%, price breaks "
            "<1000 @ $5.00, 1000+ @ $4.80, 2500+ @ $4.75 (all-units discount). What is the total annual "
            "cost (purchase + ordering + carrying) of the best option?"
        ),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(5000, 49, 0.20, [(0, 5.00), (1000, 4.80), (2500, 4.75)])[
            "total_cost"], unit="money",
    ),
    Item(
        question=(
            "Quantity discount problem, pasted from Excel:\n"
            "Min qty | Unit price\n"
            "0       | $20.00\n"
            "500     | $19.00\n"
            "2,000   | $18.50\n"
            "Annual demand 8,000 units, cost per order $100, carrying cost 25%. How many should we order "
            "each time?"
        ),
        domain=INV, formula="Quantity discounts", function="quantity_discount",
        compute=lambda: calc.quantity_discount(8000, 100, 0.25, [(0, 20.0), (500, 19.0), (2000, 18.5)])[
            "quantity"], unit="units",
    ),
    # Average inventory
    Item(
        question="avg inventory? Q=800, SS=120",
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(800, 120), unit="units",
    ),
    Item(
        question=(
            "We order 2,400 units at a time and carry no safety stock for this item. Demand is steady. "
            "What is our average inventory?"
        ),
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(2400, 0), unit="units",
    ),
    Item(
        question=(
            "Order quantity 1,000 units, safety stock 200 units, unit cost $7.50. What is the average "
            "inventory in dollars?"
        ),
        domain=INV, formula="Average inventory", function="average_inventory",
        compute=lambda: calc.average_inventory(1000, 200) * 7.50, unit="money",
        note="average units x unit cost",
    ),
    # Lead-time demand
    Item(
        question="DDLT: 45 units/day, lead time 12 days",
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(45, 12), unit="units",
    ),
    Item(
        question=(
            "Weekly demand averages 300 units and the supplier quotes a lead time of 15 working days. We "
            "work 5-day weeks. What is the expected demand during the lead time?"
        ),
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(300, 15 / 5), unit="units",
        note="lead time converted to weeks",
    ),
    Item(
        question=(
            "annual demand 12,500 over 250 working days, lead time 8 days. demand during lead time?"
        ),
        domain=INV, formula="Lead-time demand", function="lead_time_demand",
        compute=lambda: calc.lead_time_demand(12_500 / 250, 8), unit="units",
        note="daily demand derived from annual",
    ),
    # Order point
    Item(
        question=(
            "An item is used at 120 units per day, the lead time is 5 days, and safety stock is 150 units. "
            "What is the order point?"
        ),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(120, 5, 150), unit="units",
    ),
    Item(
        question=(
            "reorder point? weekly demand avg 400, std dev of weekly demand 60, lead time 1 week, "
            "z = 1.65 for 95% service"
        ),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(400, 1, calc.safety_stock(1.65, 60, 1, 1)), unit="units",
        note="safety stock = 1.65 x 60",
    ),
    Item(
        question=(
            "Our shop uses 36 gaskets a day. Replenishment lead time is 3 weeks (5 working days per week) "
            "and we hold one week's worth of usage as safety stock. At what stock level should we reorder?"
        ),
        domain=INV, formula="Order point", function="order_point",
        compute=lambda: calc.order_point(36, 3 * 5, 36 * 5), unit="units",
        note="lead time 15 days; safety stock = 5 days of usage",
    ),
    # Statistical safety stock
    Item(
        question=(
            "safety stock w/ z=1.65, sigma 40 units/week, lead time 1 week"
        ),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(1.65, 40, 1, 1), unit="units",
    ),
    Item(
        question=(
            "The standard deviation of forecast error is 25 units per week. Lead time is 4 weeks and the "
            "target cycle service level is 98%. How much safety stock is needed?"
        ),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(calc.safety_factor(0.98), 25, 4, 1), unit="units",
        note="z for 98% (about 2.05); sigma scaled by sqrt(4)",
    ),
    Item(
        question=(
            "We want a 90% cycle service level. The standard deviation of demand over the lead time is "
            "120 units. Safety stock?"
        ),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=lambda: calc.safety_stock(calc.safety_factor(0.90), 120), unit="units",
        note="sigma already over the lead time; z about 1.28",
    ),
    Item(
        question=(
            "Help! My manager wants safety stock for SKU 55-A at a 95% service level. Lead time is 2 weeks "
            "and weekly demand averages 500 units. What should it be?"
        ),
        domain=INV, formula="Statistical safety stock", function="safety_stock",
        compute=None, unit="units", missing=["sigma"],
        note="no measure of demand variability (sigma or MAD) is given",
    ),
    # Scaling sigma to the lead time
    Item(
        question=(
            "The standard deviation of forecast error is 30 units per week. Lead time is 9 weeks. "
            "What is the standard deviation over the lead time?"
        ),
        domain=INV, formula="Scaling σ to the lead time", function="sigma_over_lead_time",
        compute=lambda: calc.sigma_over_lead_time(30, 9, 1), unit="units",
    ),
    Item(
        question=(
            "MAD = 20 units per week, lead time 4 weeks, safety factor 1.65. Safety stock using the MAD? "
            "(use sigma = 1.25 MAD)"
        ),
        domain=INV, formula="Scaling σ to the lead time", function="safety_stock_from_mad",
        compute=lambda: calc.safety_stock_from_mad(1.65, 20, 4, 1), unit="units",
    ),
    Item(
        question=(
            "Forecasts are made monthly (treat a month as 4 weeks) and the forecast error std dev is 80 "
            "units per month. The lead time is 1 week. What's sigma for the lead time?"
        ),
        domain=INV, formula="Scaling σ to the lead time", function="sigma_over_lead_time",
        compute=lambda: calc.sigma_over_lead_time(80, 1, 4), unit="units",
        note="forecast interval 4 weeks, lead time 1 week",
    ),
    # Safety stock after a lead-time change
    Item(
        question=(
            "Safety stock is 300 units with a 4-week lead time. The supplier moves to a 9-week lead time. "
            "What should the new safety stock be?"
        ),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(300, 4, 9), unit="units",
    ),
    Item(
        question=(
            "good news - we nearshored the supplier and lead time dropped from 8 wks to 2 wks! current SS "
            "is 240 units. what's the new SS if service level stays the same?"
        ),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(240, 8, 2), unit="units",
    ),
    Item(
        question=(
            "Current safety stock: 400 units, set for a 10-working-day lead time. The new lead time is 3 "
            "weeks (5 working days per week). Adjusted safety stock?"
        ),
        domain=INV, formula="Safety stock after a lead-time change", function="safety_stock_for_new_lead_time",
        compute=lambda: calc.safety_stock_for_new_lead_time(400, 10, 3 * 5), unit="units",
        note="new lead time converted to 15 working days",
    ),
    # Periodic review (order-up-to) target
    Item(
        question=(
            "Periodic review system: demand 50 units per day, review every 10 days, lead time 4 days, "
            "safety stock 80 units. What is the target (order-up-to) level?"
        ),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_target",
        compute=lambda: calc.periodic_review_target(50, 10, 4, 80), unit="units",
    ),
    Item(
        question=(
            "We review this SKU every 2 weeks. Weekly demand 400, lead time 1 week, safety stock 250. At "
            "today's review there are 600 on hand and nothing on order. How much should we order?"
        ),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_order",
        compute=lambda: calc.periodic_review_order(calc.periodic_review_target(400, 2, 1, 250), 600, 0),
        unit="units",
        note="target = 400 x 3 + 250",
    ),
    Item(
        question=(
            "order-up-to level is 1,200. on hand 430, on order 300, backorders 45. order qty?"
        ),
        domain=INV, formula="Periodic review (order-up-to) target", function="periodic_review_order",
        compute=lambda: calc.periodic_review_order(1200, 430, 300, 45), unit="units",
    ),
    # ABC classification
    Item(
        question=(
            "ABC analysis. Class A = items making up the first 80% of annual dollar usage.\n"
            "Part  Annual units  Unit cost\n"
            "X4    1,000         $5.00\n"
            "X1    1,000         $60.00\n"
            "X6    400           $5.00\n"
            "X2    4,000         $5.00\n"
            "X3    500           $20.00\n"
            "X5    300           $10.00\n"
            "How many parts are class A?"
        ),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: sum(1 for v in calc.abc_classification(
            {"X4": 1000 * 5, "X1": 1000 * 60, "X6": 400 * 5, "X2": 4000 * 5, "X3": 500 * 20, "X5": 300 * 10},
            0.80, 0.95).values() if v["class"] == "A"), unit="count",
        note="dollar usages 60k, 20k, 10k, 5k, 3k, 2k; the top two reach exactly 80%",
    ),
    Item(
        question=(
            "10 SKUs (annual units x unit cost):\n"
            "K-01 2,000 x $3.00\nK-02 150 x $240\nK-03 12,000 x $0.50\nK-04 800 x $27.50\nK-05 40 x $100\n"
            "K-06 5,000 x $2.00\nK-07 300 x $10\nK-08 900 x $5\nK-09 1,000 x $4.50\nK-10 250 x $16\n"
            "If class A is the top 20% of items (2 SKUs) ranked by annual dollar usage, what percent of total "
            "dollar usage does class A account for?"
        ),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: 100 * calc.abc_classification({
            "K-01": 2000 * 3.0, "K-02": 150 * 240, "K-03": 12000 * 0.5, "K-04": 800 * 27.5, "K-05": 40 * 100,
            "K-06": 5000 * 2.0, "K-07": 300 * 10, "K-08": 900 * 5, "K-09": 1000 * 4.5, "K-10": 250 * 16,
        })["K-04"]["cumulative_share"], unit="percent",
        note="K-02 and K-04 are the top two; cumulative share after the second-ranked item",
    ),
    Item(
        question=(
            "part,annual_qty,unit_cost\n"
            "7731,12000,1.25\n"
            "7732,800,45.00\n"
            "7733,3000,4.00\n"
            "7734,150,120.00\n"
            "7735,6000,0.50\n"
            "What percentage of total annual dollar usage is part 7734?"
        ),
        domain=INV, formula="ABC classification", function="abc_classification",
        compute=lambda: 100 * calc.abc_classification({
            "7731": 12000 * 1.25, "7732": 800 * 45.0, "7733": 3000 * 4.0, "7734": 150 * 120.0, "7735": 6000 * 0.5,
        })["7734"]["share"], unit="percent",
    ),
    # Cycle-count workload
    Item(
        question=(
            "Cycle counting: 400 A items counted monthly, 1,200 B items counted quarterly, 2,400 C items "
            "counted once a year. 240 working days. How many counts per day?"
        ),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 400, "B": 1200, "C": 2400}, {"A": 12, "B": 4, "C": 1}, 240),
        unit="count",
    ),
    Item(
        question=(
            "class | # items | count frequency\n"
            "A     | 150     | weekly\n"
            "B     | 600     | monthly\n"
            "C     | 3,000   | twice a year\n"
            "250 work days/yr. daily cycle count workload?"
        ),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 150, "B": 600, "C": 3000}, {"A": 52, "B": 12, "C": 2}, 250),
        unit="count",
        note="weekly = 52 counts a year",
    ),
    Item(
        question=(
            "Our warehouse (3 counters, 2 forklifts) is setting up cycle counting. 300 A items every month, "
            "900 B items every quarter, 1,800 C items every six months. We work 260 days a year. How many "
            "items need to be counted each day on average?"
        ),
        domain=INV, formula="Cycle-count workload", function="cycle_counts_per_day",
        compute=lambda: calc.cycle_counts_per_day({"A": 300, "B": 900, "C": 1800}, {"A": 12, "B": 4, "C": 2}, 260),
        unit="count",
    ),
    # Inventory record accuracy
    Item(
        question=(
            "We counted 250 locations this month and 17 of them were outside tolerance. What is inventory "
            "record accuracy?"
        ),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: 100 * calc.inventory_record_accuracy(250 - 17, 250), unit="percent",
        note="records within tolerance = 250 - 17",
    ),
    Item(
        question=(
            "Tolerance is +/-2% for all these items.\n"
            "Item  Record  Counted\n"
            "101   500     495\n"
            "102   120     118\n"
            "103   60      57\n"
            "104   1,000   1,030\n"
            "105   250     250\n"
            "106   80      81\n"
            "107   40      38\n"
            "108   300     305\n"
            "What's the record accuracy %?"
        ),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=lambda: 100 * calc.inventory_record_accuracy(5, 8), unit="percent",
        note="103 (5%), 104 (3%) and 107 (5%) are outside tolerance; 5 of 8 within",
    ),
    Item(
        question=(
            "IRA question - during the audit 12 records were found outside the tolerance and the counters "
            "worked 3 days. What is the inventory record accuracy?"
        ),
        domain=INV, formula="Inventory record accuracy", function="inventory_record_accuracy",
        compute=None, unit="percent", missing=["records_counted"],
        note="the number of records counted is never given",
    ),
    # Inventory turns
    Item(
        question="turns? COGS 4.2m, avg inventory 700k",
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(4_200_000, 700_000), unit="number",
    ),
    Item(
        question=(
            "Beginning inventory for the year was $500,000 and ending inventory $700,000, both at cost. "
            "Cost of goods sold was $3,900,000. Using the average of beginning and ending inventory, what "
            "were the inventory turns?"
        ),
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(3_900_000, (500_000 + 700_000) / 2), unit="number",
    ),
    Item(
        question=(
            "Retailer financials: sales revenue $10 million, cost of goods sold $6.5 million, average "
            "inventory $1.3 million at cost ($2 million at retail). How many times did inventory turn over "
            "(at cost)?"
        ),
        domain=INV, formula="Inventory turns", function="inventory_turns",
        compute=lambda: calc.inventory_turns(6_500_000, 1_300_000), unit="number",
        note="revenue and retail value are distractors",
    ),
    # Days (weeks) of supply
    Item(
        question="1,440 on hand, using 60 a day - days of supply?",
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(1440, 60), unit="days",
    ),
    Item(
        question=(
            "There are 3,000 units on hand and average weekly usage is 750 units. How many weeks of supply "
            "is that?"
        ),
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(3000, 750), unit="weeks",
    ),
    Item(
        question=(
            "Monthly consumption was 2,200 units over 22 working days. We have 1,500 units in the "
            "warehouse right now. How many working days of supply do we have?"
        ),
        domain=INV, formula="Days (weeks) of supply", function="days_of_supply",
        compute=lambda: calc.days_of_supply(1500, 2200 / 22), unit="days",
        note="daily usage derived from monthly",
    ),
    # Carrying cost in money
    Item(
        question="annual carrying cost? avg inventory $2.5M, carrying rate 24%",
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(2_500_000, 0.24), unit="money",
    ),
    Item(
        question=(
            "Our carrying cost is made up of cost of capital 12%, storage 5%, obsolescence 4% and "
            "insurance and taxes 2%. Average inventory value is $800,000. What does it cost us per year to "
            "carry that inventory?"
        ),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(800_000, 0.12 + 0.05 + 0.04 + 0.02), unit="money",
        note="carrying rate = sum of components, 23%",
    ),
    Item(
        question=(
            "finance says carrying cost is 1.5% per month. avg inventory is 450k. annual $ carrying cost?"
        ),
        domain=INV, formula="Carrying cost in money", function="carrying_cost",
        compute=lambda: calc.carrying_cost(450_000, 0.015 * 12), unit="money",
        note="monthly rate annualized",
    ),
    # Valuation
    Item(
        question=(
            "Receipts this quarter: Jan 200 units @ $5.00, Feb 300 @ $5.50, Mar 100 @ $6.00. We issued "
            "400 units. Under FIFO, what is cost of goods sold?"
        ),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(200, 5.00), (300, 5.50), (100, 6.00)], 400, "fifo")["cogs"],
        unit="money",
    ),
    Item(
        question=(
            "LIFO ending inventory value? layers (oldest first): 500 @ $2.00, 300 @ $2.20, 400 @ $2.50. "
            "700 units sold."
        ),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(500, 2.00), (300, 2.20), (400, 2.50)], 700, "lifo")[
            "ending_inventory"], unit="money",
    ),
    Item(
        question=(
            "Weighted average costing. Purchases: 1,000 units at $12.00, 500 units at $13.50, 1,500 units "
            "at $14.00. 1,800 units were issued to production. What is the cost of the units issued?"
        ),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(1000, 12.0), (500, 13.5), (1500, 14.0)], 1800,
                                                 "weighted_average")["cogs"], unit="money",
    ),
    Item(
        question=(
            "We use standard costing; the standard cost is $8.00 per unit. We received 200 units at $7.80 "
            "and 300 units at $8.30 and issued 350. What is the value of ending inventory?"
        ),
        domain=INV, formula="Valuation", function="inventory_valuation",
        compute=lambda: calc.inventory_valuation([(200, 7.80), (300, 8.30)], 350, "standard", standard_cost=8.0)[
            "ending_inventory"], unit="money",
        note="ending inventory valued at standard; actual costs are distractors",
    ),
    # Single-period (newsvendor) stocking
    Item(
        question=(
            "A calendar costs $5 to buy and sells for $12. Unsold calendars are sold for $1 each in "
            "January. What is the critical ratio (optimal service level) as a percent?"
        ),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="critical_fractile",
        compute=lambda: 100 * calc.critical_fractile(12 - 5, 5 - 1), unit="percent",
        note="Cu = price - cost, Co = cost - salvage",
    ),
    Item(
        question=(
            "newsvendor: demand ~ normal mean 800 sd 120, underage cost $3/unit, overage $1/unit. "
            "optimal stocking qty?"
        ),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="newsvendor_quantity",
        compute=lambda: calc.newsvendor_quantity(800, 120, 3, 1), unit="units",
    ),
    Item(
        question=(
            "Scout troop selling Christmas trees (we have 40 kids volunteering, lot open Dec 1-24). We pay "
            "$15 a tree, sell at $40, and leftovers go to the mulch company for $5 each. Demand is roughly "
            "normal with a mean of 300 trees and a standard deviation of 50. How many trees should we order?"
        ),
        domain=INV, formula="Single-period (newsvendor) stocking (may appear)", function="newsvendor_quantity",
        compute=lambda: calc.newsvendor_quantity(300, 50, 40 - 15, 15 - 5), unit="units",
        note="Cu 25, Co 10; critical ratio 0.714",
    ),
]
