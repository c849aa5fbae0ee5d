"""The calculation reader: layout, derived inputs, units, symbols, record fields, and asking instead of guessing.

Includes every silent misread listed in issue 14 ("12 000 units", "1.2e4", symbol style, "$3 per unit per
year", "480 minutes"...). Expected numbers come from `tutor.calc` called directly.
"""

from __future__ import annotations

import pytest

from tutor import calc
from tutor.derive import derive
from tutor.inputs import convert, in_percent, plausible
from tutor.layout import canonical, period_of
from tutor.solver import Solver
from tutor.targets import ask_of, select

EOQ = calc.eoq(12000, 50, 0.25, 12)


@pytest.mark.parametrize("question", [
    "EOQ: annual demand 12 000 units, $50 per order, carrying cost 25%, unit cost $12",
    "EOQ: annual demand 12.000 units, $50 per order, carrying cost 25%, unit cost $12",
    "EOQ: annual demand 1.2e4 units, $50 per order, carrying cost 25%, unit cost $12",
    "eoq? A = 12000, S = $50, i = 25%, c = $12",
    "eoq? D=12000, S=50, H=3",
    "EOQ with annual demand 12,000 units, $50 per order, carrying cost is $3 per unit per year",
])
def test_the_misreads_reported_in_issue_14_now_give_the_eoq(question):
    answer = Solver().solve(question)
    assert answer.numeric_answer == pytest.approx(EOQ)
    assert answer.calculation.inputs["annual_demand"] == 12000 and answer.calculation.inputs["order_cost"] == 50


def test_z_and_mad_keep_their_own_values_and_minutes_stay_minutes():
    answer = Solver().solve("safety stock? z = 2.33, MAD = 10")
    assert answer.calculation.inputs["z"] == 2.33 and answer.calculation.inputs["mad"] == 10
    assert answer.numeric_answer == pytest.approx(calc.safety_stock_from_mad(z=2.33, mad=10))
    takt = Solver().solve("takt time: 480 minutes available, demand 240 units")
    assert takt.numeric_answer == pytest.approx(2) and "minutes per unit" in takt.text


def test_spaced_thousands_with_a_currency_word_or_three_leading_digits_are_one_number():
    assert canonical("fixed cost 45 000 dollars a year") == "fixed cost $45000 a year"
    assert canonical("fixed costs are 240 000 per year") == "fixed costs are 240000 per year"
    assert canonical("forecast 90 100 110; later 500 000 100") == "forecast 90 100 110; later 500 000 100"
    answer = Solver().solve("make vs buy: in-house fixed cost 45 000 dollars a year, variable 6.20 per piece. "
                            "outside supplier wants 9.80 per piece, no fixed. indifference point in pieces?")
    assert answer.numeric_answer == pytest.approx(calc.make_or_buy_indifference(45000, 6.20, 0, 9.80))


def test_tables_with_periods_across_or_down_and_period_rows_become_labelled_series():
    assert canonical("Week | 1 | 2 | 3\nForecast | 30 | 30 | 40\nOrders | 35 | 20 | 10") == \
        "Forecast: 30, 30, 40; Orders: 35, 20, 10;"
    assert canonical("Month | Actual | Forecast / Jan | 640 | 620 / Feb | 610 | 630 / bias?") == \
        "Actual: 640, 610; Forecast: 620, 630; bias?"
    assert "demand 180, 260, 310, 150;" in canonical("demand wk1 180, wk2 260, wk3 310, wk4 150. end of week 3?")
    assert "MPS: 0, 0, 100, 0, 100;" in canonical("MPS: 100 in week 3 and 100 in week 5. orders 1, 2, 3, 4, 5")
    assert canonical("actuals: wk1 520 / wk2 480 / wk3 510. forecast for wk 4?") == \
        "actuals: 520, 480, 510; forecast for wk 4?"


def test_a_periods_number_or_an_id_is_no_quantity_but_an_order_of_800_is():
    text = "demand in week 6 is 500; op 10 takes 2 h; we order 800 at a time; the Q4 index"
    starts = {t: text.index(t) for t in ("6 is", "500", "10 takes", "800", "4 index")}
    assert all(period_of(starts[t], text) for t in ("6 is", "10 takes", "4 index"))
    assert not period_of(starts["500"], text) and not period_of(starts["800"], text)


def test_derived_inputs_are_worked_out_and_shown_as_steps():
    text, steps = derive("6 workers on one 8-hour shift with two 15-minute breaks, 22 days")
    assert "7.50-hour shift" in text and steps == ["hours per shift = 8 h − 2 × 15 min = 7.50 h"]
    text, steps = derive("spec 3.50 +/- 0.08 mm, variance 0.0004")
    assert "upper specification limit 3.58" in text and "lower specification limit 3.42" in text
    assert "standard deviation 0.02" in text and len(steps) == 2
    text, _ = derive("what safety stock gives a 95% service level if sigma over the lead time is 220?")
    assert "z = 1.6449" in text
    text, steps = derive("lead time is 3 weeks and 2 days")
    assert "3.40 weeks" in text and "/ 5" in steps[0]


def test_units_are_converted_to_what_each_input_expects():
    assert convert("hours_per_shift", "number", 450.0, " minutes a shift", "")[0] == 7.5
    assert convert("transit_days", "number", 2.0, " weeks", "")[0] == 14
    assert convert("lead_time", "number", 10.0, " working days", "weekly demand 50")[0] == 2
    assert convert("carrying_rate", "rate", 0.02, " per month", "")[0] == pytest.approx(0.24)
    assert convert("order_cost", "number", 50.0, " per order", "")[0] == 50  # nothing to convert
    assert not plausible("lead_time", 220) and not plausible("order_quantity", 75, "$75")
    assert plausible("order_cost", 75, "$75")


def test_a_fraction_is_a_percent_where_learners_read_it_so_unless_a_decimal_is_asked():
    assert in_percent("what is the line fill rate?", "fill_rate")
    assert not in_percent("POF as a decimal?", "perfect_order_fulfillment")
    assert not in_percent("what is the UCL?", "p_chart_limits") and in_percent("UCL in %?", "p_chart_limits")
    assert not in_percent("what is the EOQ in %?", "eoq")
    answer = Solver().solve("Order line fill rate: 640 lines ordered and 608 shipped complete. What is the fill rate?")
    assert answer.numeric_answer == pytest.approx(95) and answer.calculation.unit == "%"


def test_the_asked_field_of_a_record_is_picked_and_a_statement_keeps_the_usual_result():
    limits = calc.xbar_r_limits(grand_mean=20, average_range=0.5, subgroup_size=4)
    assert select(limits, "what's the LCL for the x-bar chart?") == (limits["lcl_x"], "lcl x")
    assert select(limits, "what's the upper control limit of the range chart?")[0] == limits["ucl_r"]
    record = calc.mrp_record(gross_requirements=[10, 20, 30], on_hand=5, lead_time=1)
    assert select(record, "what is the planned order release in week 2?")[0] == record["planned_order_releases"][1]
    assert select(record, "MRP record: gross requirements 10, 20, 30, on hand 5") is None  # nothing asked
    assert ask_of("on hand 80. what is the ATP in week 4?") == "what is the ATP in week 4?"


@pytest.mark.parametrize("question", [
    "what's the EOQ if D = 12,000/yr and an order costs $50?",  # no carrying cost at all
    "EOQ: annual demand 12,000, $50 per order, unit cost $12, carrying 25%, and the supplier gives 3% off",
])
def test_an_unsure_reading_asks_instead_of_giving_a_number(question):
    answer = Solver().solve(question)
    assert answer.numeric_answer is None and answer.calculation.missing
    assert "To compute this I still need" in answer.text


def test_every_answer_lists_the_values_it_used():
    answer = Solver().solve("break even? fixed costs 50,000, price $20, variable cost $12")
    assert "Given:" in answer.text and "fixed cost (FC) = 50,000" in answer.text


@pytest.mark.parametrize(("question", "expected", "step"), [
    ("Last week the crew produced 1,150 units. The standard time is 0.12 hours per unit and they worked 130 actual "
     "hours. What was their efficiency?", calc.efficiency(1150 * 0.12, 130) * 100, "standard hours"),
    ("cutting: 1,000 in, 970 good. welding: 970 in, 921 good. what's the rolled throughput yield?",
     calc.rolled_throughput_yield([0.97, 921 / 970]) * 100, "step yields"),
    ("spec limits are 4.8 g to 5.2 g and sigma is 0.05 g. what's the Cp?",
     calc.process_capability(usl=5.2, lsl=4.8, sigma=0.05), "specification limits"),
    ("our trend line is Y = 215 + 12.5X where X = 1 is Jan 2024. forecast for March 2025?",
     calc.trend_forecast(a=215, b=12.5, x=15), "x for"),
    ("For the period order quantity I first need the EOQ. Annual demand is 5,200 units (52-week year), ordering "
     "cost is $75, carrying cost is 20% a year and the item costs $30. POQ in weeks?",
     calc.period_order_quantity(calc.eoq(5200, 75, 0.2, 30), 100), "Economic order quantity"),
    ("WMA: weights .5 .3 .2, the .5 goes on the most recent month. last 3 months oldest to newest: 800, 760, 840.",
     calc.weighted_moving_average([800, 760, 840], [0.2, 0.3, 0.5]), None),
    ("D=1,800/yr, S=$38, i=25%. Unit price is $24 for orders under 250 units and $22.80 for 250 or more. "
     "Lowest total annual cost?", calc.quantity_discount(1800, 38, 0.25, [[0, 24], [250, 22.8]])["total_cost"],
     "price breaks"),
])
def test_inputs_given_in_another_form_are_worked_out_first_and_shown(question, expected, step):
    answer = Solver().solve(question)
    assert answer.numeric_answer == pytest.approx(expected)
    if step:
        assert "Worked out first" in answer.text and step in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("c2c if DIO 40 DSO 35 DPO 50", calc.cash_to_cash_cycle(40, 35, 50)),  # "c2c" has no number in it
    ("MAD? A 90 100 110 F 95 95 95", calc.mean_absolute_deviation([90, 100, 110], [95, 95, 95])),
    ("exponential smoothing, alpha 0.2, forecast for Jan was 300. actual sales Jan 320, Feb 290, Mar 310. forecast "
     "for April?", calc.exponential_smoothing_series([320, 290, 310], 300, 0.2)[-1]),
    ("backlog 300 at the start, new orders 250, 270, 260, production 280 each month. backlog after month 3?",
     calc.projected_backlog(300, [250, 270, 260], [280, 280, 280])[-1]),
    ("level production rate for a make-to-order family: backlog 800 now, we want it down to 500, orders forecast "
     "at 400 units in each of the next 3 periods", calc.level_rate_mto([400, 400, 400], 800, 500)),
    ("available time? 3 machines x 2 shifts x 7.5 hours x 5 days, utilization 90%, efficiency 100%. rated capacity?",
     calc.rated_capacity(3 * 2 * 7.5 * 5, 0.9, 1.0)),
    ("p chart: 25 samples of 200 units each, 150 defectives in total. UCL as a fraction?",
     calc.p_chart_limits(150 / 5000, 200)["ucl"]),
    ("DSO? customers owe us 300k on average and sales were 3.65 mil last year",
     calc.days_sales_outstanding(300_000, 3_650_000)),
])
def test_learner_shorthand_is_read(question, expected):
    answer = Solver().solve(question)
    assert answer.numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question", [
    # a target given as a share of a forecast is not an inventory of 0.1
    "level production rate: forecasts 1,000, 1,200 and 1,100, we start with 400 in stock and want to end with "
    "inventory equal to 5% of next year's first month",
    # a lot size the reader cannot place: asked about, not left at lot-for-lot
    "DRP: forecast 100, 120, 130, 90; on hand 150; transit time 1 week; we ship in pallets of 80. planned shipment "
    "in week 2?",
])
def test_a_number_that_fits_no_input_is_asked_about(question):
    answer = Solver().solve(question)
    assert answer.numeric_answer is None and answer.calculation.missing


@pytest.mark.parametrize("question, expected", [
    ("Inventory was $1.8 million at the start of the year and $2.2 million at year end. Cost of goods sold for the "
     "year was $16 million and revenue was $24 million. What are the days of inventory outstanding?",
     calc.days_inventory_outstanding(2_000_000, 16_000_000)),
    ("Accounts payable: $1.9m at the beginning of FY2024, $2.3m at the end. Cost of goods sold: $25.55m. "
     "How many days payables outstanding?", calc.days_payables_outstanding(2_100_000, 25_550_000)),
    ("my instructor uses a 360 day year. average inventory at cost 750,000; cost of goods sold 5,400,000. DIO?",
     calc.days_inventory_outstanding(750_000, 5_400_000, days_in_year=360)),
    ("Sales run about $850k a month and our receivables balance averages $1.1 million. DSO (365 days)?",
     calc.days_sales_outstanding(1_100_000, 850_000 * 12)),
])
def test_balances_at_start_and_end_are_averaged_and_the_year_basis_is_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_every_break_lunch_or_meeting_in_minutes_or_hours_comes_off_the_shift():
    text, steps = derive("2 shifts of 8 hours; each shift has two 15-minute breaks and a 30-minute lunch")
    assert "shifts of 7 hours" in text and steps == ["hours per shift = 8 h − 2 × 15 min − 1 × 30 min = 7 h"]
    answer = Solver().solve("The quarterly production plan is 9,100 units. Each unit requires 2.0 standard hours. "
                            "Employees work one 8-hour shift, 5 days a week, for 13 weeks, but 1 hour per shift goes "
                            "to breaks and meetings. How many workers are needed (whole workers)?")
    assert answer.numeric_answer == 40  # 18,200 h / (7 h × 65 days) = 40


def test_money_asked_for_a_result_in_units_is_the_units_times_the_price():
    answer = Solver().solve("fixed cost $84,000, selling price $35/unit, variable cost $23/unit. find the break-even "
                            "point in SALES DOLLARS, not units.")
    assert answer.numeric_answer == pytest.approx(calc.break_even_volume(84_000, 35, 23) * 35)
    answer = Solver().solve("Order quantity 1,000 units, safety stock 200 units, unit cost $7.50. What is the "
                            "average inventory in dollars?")
    assert answer.numeric_answer == pytest.approx(calc.average_inventory(1000, 200) * 7.5)
    unpriced = Solver().solve("Order quantity 1,000 units, safety stock 200 units. Average inventory in dollars?")
    assert unpriced.numeric_answer is None and "unit price" in unpriced.text


def test_a_monthly_fixed_cost_is_made_yearly_when_the_question_is_about_a_year():
    answer = Solver().solve("Fixed costs are $15,000 per month. Variable cost is $12 per unit and annual volume is "
                            "30 000 units. What is the total annual cost?")
    assert answer.numeric_answer == pytest.approx(calc.total_cost(180_000, 12, 30_000))


@pytest.mark.parametrize("question, function, expected", [
    ("cum ATP wk4, no look-ahead. OH 20; MPS 0,70,0,70,0; orders 10,35,20,50,10", "atp_cumulative",
     calc.atp_cumulative(20, [0, 70, 0, 70, 0], [10, 35, 20, 50, 10])[3]),
    ("week 1 2 3 4 5 6\norders 30 10 60 35 20 10\nMPS 0 0 100 0 0 100\non hand 40. What is the discrete ATP for "
     "week 3, before applying any look-ahead?", "atp_discrete",
     calc.atp_discrete(40, [0, 0, 100, 0, 0, 100], [30, 10, 60, 35, 20, 10])[2]),
])
def test_shorthand_and_a_cue_negated_by_before_pick_the_right_variant_and_period(question, function, expected):
    answer = Solver().solve(question)
    assert answer.calculation.function == function and answer.numeric_answer == pytest.approx(expected)


def test_a_list_whose_first_member_carries_its_unit_keeps_that_member():
    assert "1.2, 0.8, 0.5, 1.5" in canonical("six tasks, 1.2 min, 0.8, 0.5, 1.5, 0.9 and 1.1 min")
    assert "8 hours, 20 days, 3 shifts" in canonical("8 hours, 20 days, 3 shifts")


def test_first_pass_good_is_worked_out_when_the_start_is_written_verb_first():
    answer = Solver().solve("started 850 units. 34 got scrapped, 68 needed rework before they passed, the rest were "
                            "fine first time. first pass yield %?")
    assert answer.numeric_answer == pytest.approx(calc.first_pass_yield(850 - 34 - 68, 850) * 100)


def test_today_and_a_due_day_keep_their_own_numbers_and_late_deliveries_leave_the_on_time_ones():
    slack = Solver().solve("A job is due on day 150 and today is day 138. It has 8 days of processing left. "
                           "How much slack does it have?")
    assert slack.numeric_answer == pytest.approx(calc.slack(150, 138, 8))
    on_time = Solver().solve("Of 240 deliveries from Acme last year, 18 arrived late. What was Acme's on-time "
                             "delivery percentage?")
    assert on_time.numeric_answer == pytest.approx(calc.on_time_delivery_rate(222, 240) * 100)


def test_kanban_containers_are_rounded_up_and_the_working_says_so():
    answer = Solver().solve("# of kanbans? D = 150/hr, LT 2 hrs, safety 10%, 25 per container")
    assert calc.kanban_containers(150, 2, 0.1, 25) == pytest.approx(13.2)
    assert answer.numeric_answer == 14 and "rounded up" in answer.text


def test_error_series_are_cut_to_the_period_asked_and_weights_listed_newest_first_are_turned():
    answer = Solver().solve("Month: 1 2 3 4 5 6\nForecast: 80 85 90 95 100 105\nActual: 86 90 88 101 97 112\n"
                            "What was the tracking signal at the end of month 4?")
    assert answer.numeric_answer == pytest.approx(calc.tracking_signal([86, 90, 88, 101], [80, 85, 90, 95]))
    assert "periods 1 to 4 only" in answer.text
    wma = Solver().solve("A distributor applies weights of 50%, 30% and 20% to the most recent, second most recent "
                         "and third most recent months. Jan: 1,020 / Feb: 980 / Mar: 1,110 / Apr: 1,060 / May: 1,150 "
                         "/ Jun: 1,090. What is the weighted moving average forecast for July?")
    assert wma.numeric_answer == pytest.approx(0.5 * 1090 + 0.3 * 1150 + 0.2 * 1060)


def test_the_wider_complete_reading_wins_and_an_input_said_to_be_unknown_is_asked_for():
    newsvendor = Solver().solve("newsvendor: demand ~ normal mean 800 sd 120, underage cost $3/unit, overage $1/unit. "
                                "optimal stocking qty?")
    assert newsvendor.calculation.function == "newsvendor_quantity"
    assert newsvendor.numeric_answer == pytest.approx(calc.newsvendor_quantity(800, 120, 3, 1))
    level = Solver().solve("We're MTO. Orders forecast for weeks 1-4: 80, 95, 90, 105. Current backlog is 210 units. "
                           "The ending backlog target will be set at next week's exec meeting. What level weekly "
                           "production do we need?")
    assert level.numeric_answer is None and level.calculation.missing == ["target_ending_backlog"]


@pytest.mark.parametrize("question, expected", [
    ("Supplier price schedule: 1-999 units $5.00; 1,000-2,499 units $4.80; 2,500 and up $4.75. Annual demand 5,000, "
     "ordering cost $49, carrying cost 20% of unit price. What order quantity minimizes total annual cost?",
     calc.quantity_discount(5000, 49, 0.2, [[0, 5.0], [1000, 4.8], [2500, 4.75]])["quantity"]),
    ("A = 5,000/yr, S = $49, i = 20%, price breaks <1000 @ $5.00, 1000+ @ $4.80, 2500+ @ $4.75. What order quantity "
     "is best?", calc.quantity_discount(5000, 49, 0.2, [[0, 5.0], [1000, 4.8], [2500, 4.75]])["quantity"]),
    ("A = 3,600 units/yr, Q = 300, S = $25, i = 18%, c = $12.50. What is the total annual cost including the purchase "
     "cost of the units?", calc.inventory_costs(3600, 300, 25, 0.18, 12.5, include_purchase=True)["total"]),
    ("Weighted average costing. Purchases: 1,000 units at $12.00, 500 units at $13.50, 1,500 units at $14.00. 1,800 "
     "units were issued to production. What is the cost of the units issued?",
     calc.inventory_valuation([[1000, 12], [500, 13.5], [1500, 14]], 1800, "weighted_average")["cogs"]),
])
def test_price_schedules_in_ranges_and_the_cost_field_asked_are_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, function", [
    ("How long do we take to pay suppliers, in days? Payables average 640 000 and cost of sales is 4 380 000 a year.",
     "days_payables_outstanding"),
    ("load pct? load 230 hrs, rated cap 200 hrs", "load_percent"),
    ("backward sched: order due shop day 412, lead time 9 working days. start day?", "backward_schedule_start"),
    ("average 2.5% defective, 400 units in each daily sample. upper control limit in %?", "p_chart_limits"),
    ("A customer order requires 1,500 good castings. The foundry historically scraps 4% of what it pours. How many "
     "castings should be planned to start?", "planned_input_for_scrap"),
])
def test_plain_names_for_a_calculation_are_recognised(question, function):
    assert Solver().solve(question).calculation.function == function


def test_periods_a_quantity_arrives_in_are_no_series_and_dont_round_up_is_kept():
    assert "MPS quantity 60, 0, 60, 0, 60;" in canonical("MPS quantity 60 arriving in periods 1, 3 and 5, orders 4, 5")
    answer = Solver().solve("Assembly takes 18 minutes of standard time per unit. Next month's plan is 5,000 units and "
                            "each operator works 160 productive hours a month. How many FTEs (to two decimals, don't "
                            "round up)?")
    assert answer.numeric_answer == pytest.approx(calc.workforce_required(5000, 0.3, 160))


def test_numbers_the_question_says_to_ignore_feed_nothing_and_stop_nothing():
    eoq = Solver().solve("Weekly demand is 250 units, 52 weeks a year. Unit cost $40, carrying cost 2% per month, "
                         "cost per order $45. Ignore the 3% discount the supplier offers for pallets of 500. EOQ?")
    assert eoq.numeric_answer == pytest.approx(calc.eoq(13000, 45, 0.24, 40))
    smoothing = Solver().solve("Our planner uses a smoothing constant of 10%. Last period's forecast was 1,200 units "
                               "and actual demand was 1,050 units (we also put through a 2% price increase, ignore "
                               "that). What is the new forecast?")
    assert smoothing.numeric_answer == pytest.approx(calc.exponential_smoothing(1200, 1050, 0.1))


def test_flat_series_tagged_period_values_and_comma_separated_tables_are_read():
    assert "actual: 210, 190; forecast: 200, 205;" in canonical("RMSE? Jan: A 210 F 200 / Feb: A 190 F 205")
    assert canonical("month,forecast,actual\nJan,1000,1040\nFeb,1050,1010\nbias?") == \
        "forecast: 1000, 1050; actual: 1040, 1010; bias?"
    assert canonical("trailer has 3,800 cu ft,3,040 used") == "trailer has 3,800 cu ft,3,040 used"
    mad = Solver().solve("forecast was flat at 1,000/month. actuals Jan 950, Feb 1,080, Mar 1,020, Apr 900. MAD?")
    assert mad.numeric_answer == pytest.approx(calc.mean_absolute_deviation([950, 1080, 1020, 900], [1000] * 4))
    signal = Solver().solve("weekly forecast is a flat 250; actuals wk1-4: 240, 235, 255, 230. tracking signal?")
    assert signal.numeric_answer == pytest.approx(calc.tracking_signal([240, 235, 255, 230], [250] * 4))


@pytest.mark.parametrize("question, expected", [
    ("Demand for the last five weeks was 640, 610, 700, 690 and 720 units. Forecast week 6 with a four-week weighted "
     "moving average using weights of 4, 3, 2 and 1, where the 4 goes to the most recent week.",
     calc.weighted_moving_average([610, 700, 690, 720], [0.1, 0.2, 0.3, 0.4])),
    ("we forecast 500 every week. actuals were 480, 530, 515, 470, 545, 520. whats the bias (mean forecast error)?",
     calc.mean_error([480, 530, 515, 470, 545, 520], [500] * 6)),
    ("defect tally last month: scratches 142, dents 38, misalignment 95, wrong color 12, missing screw 63. what "
     "cumulative % of defects do the top two causes account for?", (142 + 95) / 350 * 100),
    ("Cost of returns by reason: late delivery $52,000; damaged in transit $31,500; wrong item $18,200; missing "
     "paperwork $9,800; other $4,500. In a Pareto analysis, what percentage of the total cost is the largest "
     "category?", 52 / 116 * 100),
    ("The standard deviation of forecast errors for a product family is 120 units. Approximately what is the mean "
     "absolute deviation?", calc.mad_from_sigma(120)),
])
def test_weights_in_whole_numbers_bias_wording_and_ranked_rows_are_answered(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, expected", [
    ("break even qty pls: fixed 150k, price 25, var cost 17.50/unit", calc.break_even_volume(150_000, 25, 17.5)),
    ("DPO?? AP 900k, COGS 7.3m", calc.days_payables_outstanding(900_000, 7_300_000)),
    ("Inventory sits for 6 weeks on average, customers pay us in 30 days and we pay our suppliers in 45 days. What is "
     "the cash-to-cash cycle time in days?", calc.cash_to_cash_cycle(42, 30, 45)),
    ("A conveyor upgrade costs $60,000 installed and will cut costs by $2,500 a month. What is the payback period in "
     "years?", calc.payback_period(60_000, 30_000)),
    ("we ship 5 days a week and move about 1,500 units a week for this product family. projected month-end "
     "inventory is 2.1k units. days of supply (working days)?", calc.days_of_supply(2100, 300)),
    ("custom furniture shop (all build to order). open orders on the books today = 64 tables. forecast new orders "
     "months 1-6: 40, 40, 50, 50, 60, 60. management wants backlog to stay the same at the end of month 6 as it is "
     "today. level rate per month?", calc.level_rate_mto([40, 40, 50, 50, 60, 60], 64, 64)),
])
def test_shorthand_plain_verbs_and_kept_levels_are_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, expected", [
    ("Last year we spent: quality training $40,000; incoming and final inspection $65,000; scrap $90,000; warranty "
     "claims $120,000; rework $30,000; processing customer returns $25,000. We also paid $200,000 in regular direct "
     "labor. What was our total cost of quality?", 370_000),
    ("We promise delivery between 30 and 50 minutes after an order is placed. Delivery times are normally distributed "
     "with an average of 41 minutes and a standard deviation of 2.5 minutes. What is the process capability ratio Cp?",
     calc.process_capability(50, 30, 2.5)),
    ("We predicted 340 cases for week 12 but actually sold 362. What's the forecast error for that week?", 22),
    ("customers requested 8,500 units this month. 425 of them were backordered; everything else shipped on time. "
     "what's the unit fill rate, as a decimal?", 0.95),
    ("Twenty-five subgroups of five parts each were measured. The grand mean is 74.00 mm and the average range is "
     "0.023 mm. What is the lower control limit of the X-bar chart?", calc.xbar_r_limits(74.0, 0.023, 5)["lcl_x"]),
])
def test_itemised_quality_costs_ranges_complements_and_counted_words_are_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, expected", [
    ("make or buy breakeven? make: fixed $60k + $8/unit, buy: $14/unit",
     calc.make_or_buy_indifference(60_000, 8, 0, 14)),
    ("A company can make a bracket in-house with annual fixed costs of $150,000 and a variable cost of $4.50 per unit, "
     "or buy it from a supplier who charges $7.00 per unit plus a $25,000 annual tooling fee. At what annual volume "
     "are the two options equal in cost?", calc.make_or_buy_indifference(150_000, 4.5, 25_000, 7)),
])
def test_make_or_buy_costs_are_read_side_by_side(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, expected", [
    ("rated capacity? available 240 h, util 85%, eff 105%", calc.rated_capacity(240, 0.85, 1.05)),
    ("op time? lot 250 pcs, setup 1.5 h, run .08 h/pc", calc.operation_time(250, 1.5, 0.08)),
    ("how many orders per year if we buy 750 at a time and use 15,000 a year?", calc.orders_per_year(15_000, 750)),
    ("slack per remaining operation: today d200, due d213, 7 days of processing left spread over 3 ops",
     calc.slack_per_operation(213, 200, 7, 3)),
    ("eoq?? annual usage 9,600 units, setup $120, holding $4/unit/yr", calc.eoq_from_holding_cost(9600, 120, 4)),
])
def test_more_shorthand_for_inputs_is_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_a_series_a_few_words_after_its_cue_is_read_once():
    atp = Solver().solve("A product has 30 units on hand. The MPS shows receipts of 80 units in period 1 and period 4 "
                         "of a 6-period horizon. Booked customer orders for periods 1 through 6 are 40, 20, 10, 25, 5 "
                         "and 0. What is the discrete available-to-promise in period 1?")
    assert atp.numeric_answer == pytest.approx(calc.atp_discrete(30, [80, 0, 0, 80, 0, 0], [40, 20, 10, 25, 5, 0])[0])
    cycle = Solver().solve("A customer placed five orders. The times from order entry to delivery were 4, 6, 5, 9 "
                           "and 6 days, respectively. What is the average order cycle time?")
    assert cycle.numeric_answer is None or cycle.numeric_answer == pytest.approx(6)


@pytest.mark.parametrize("question, expected", [
    ("Beginning inventory for the year was $500,000 and ending inventory $700,000, both at cost. Cost of goods sold "
     "was $3,900,000. Using the average of beginning and ending inventory, what were the inventory turns?",
     calc.inventory_turns(3_900_000, 600_000)),
    ("workers needed? 2,400 units this month, 1.25 std hrs per unit, each worker gives 8 h x 20 days. round up to "
     "whole people", 19),
    ("A supplier ships 54,750 units per year to our DC by rail. Rail transit takes 2 weeks (calendar days). On "
     "average, how many units are in transit at any time? Use a 365-day year.", calc.pipeline_inventory(54_750, 14)),
    ("We go through about 150 cases a week (52-week year) and the buyer orders 1,200 cases each time. How many weeks "
     "between orders?", 8),
    ("MAD = 20 units per week, lead time 4 weeks, safety factor 1.65. Safety stock using the MAD? (use sigma = 1.25 "
     "MAD)", calc.safety_stock_from_mad(1.65, 20, 4)),
])
def test_conventions_stated_in_the_question_are_no_inputs_and_averages_are_worked_out(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_balances_at_start_and_end_stay_separate_inputs_for_a_level_plan():
    answer = Solver().solve("MTS family, level plan. what monthly production rate? forecast 1200, 1100, 1300, 1400, "
                            "1250, 1150. beginning inventory 500, target ending inventory 300")
    assert answer.numeric_answer == pytest.approx(calc.level_rate_mts([1200, 1100, 1300, 1400, 1250, 1150], 500, 300))


def test_records_outside_tolerance_and_classes_counted_by_count_first_are_worked_out():
    ira = Solver().solve("We counted 250 locations this month and 17 of them were outside tolerance. What is "
                         "inventory record accuracy?")
    assert ira.numeric_answer == pytest.approx(calc.inventory_record_accuracy(233, 250) * 100)
    counts = Solver().solve("Cycle counting: 400 A items counted monthly, 1,200 B items counted quarterly, 2,400 C "
                            "items counted once a year. 240 working days. How many counts per day?")
    assert counts.numeric_answer == pytest.approx(
        calc.cycle_counts_per_day({"A": 400, "B": 1200, "C": 2400}, {"A": 12, "B": 4, "C": 1}, 240))


def test_period_rows_with_tags_and_two_consecutive_months_are_series_but_skipped_months_are_not():
    assert "gross requirements: 20, 15, 30; scheduled receipts: 0, 0, 40;" in canonical(
        "on hand 60.\nP1 GR 20 SR 0\nP2 GR 15 SR 0\nP3 GR 30 SR 40\nWhat is the net requirement?")
    assert "orders 340, 290;" in canonical("firm customer orders Jan 340, Feb 290. MPS in Feb")
    assert "MPS: Feb 300, Apr 300" in canonical("MPS: Feb 300, Apr 300. Customer orders: Jan 100, Feb 180, Mar 90")


def test_jobs_with_setup_and_run_in_words_load_the_work_center_and_records_keep_their_due_week():
    answer = Solver().solve("Two jobs hit the saw in period 6: job 1 is 40 units with 1 h setup and 0.5 h/unit, job 2 "
                            "is 100 units with 2 h setup and 0.25 h/unit. Rated capacity of the saw is 60 standard "
                            "hours per period. Load percent?")
    assert answer.numeric_answer == pytest.approx(calc.load_percent(1 + 40 * 0.5 + 2 + 100 * 0.25, 60))
    from tutor.reading import read_records
    records = read_records("SO-1: 150 units, due at WC20 in week 3, setup 2 h, 0.1 h/unit; SO-2: 90 units, due at "
                           "WC20 in week 4, setup 1 h, 0.3 h/unit",
                           (("quantity", "units?"), ("?setup_hours", "set ?up"), ("run_hours_per_unit", "run")))
    assert [(r["quantity"], r["run_hours_per_unit"], r["period"]) for r in records] == [(150, 0.1, 3), (90, 0.3, 4)]


@pytest.mark.parametrize("question, expected", [
    ("supplier selection: cost weighted 40%, quality 30%, delivery 20%, service 10%. supplier X rated 7, 9, 8, 6 on "
     "those (out of 10). weighted rating for X?", calc.weighted_score([0.4, 0.3, 0.2, 0.1], [7, 9, 8, 6])),
    ("Task times (sec): A 45, B 30, C 25, D 50, E 40, F 20, G 35. Cycle time is 60 seconds. What is the theoretical "
     "minimum number of workstations?", calc.minimum_workstations([45, 30, 25, 50, 40, 20, 35], 60)),
])
def test_series_typed_as_named_numbers_are_read_in_order_and_once(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_one_series_never_feeds_two_inputs():
    answer = Solver().solve("supplier scorecard: weights quality 0.4, delivery 0.35, price 0.25. supplier X ratings "
                            "(1-10): quality 8, delivery 6, price 9. weighted score?")
    assert answer.calculation.inputs.get("ratings") != answer.calculation.inputs.get("weights")
    assert answer.numeric_answer is None or answer.numeric_answer == pytest.approx(7.55)


def test_a_table_with_years_across_and_seasons_down_gives_each_year_its_series():
    assert canonical("Quarter\t2022\t2023\nQ1\t1,200\t1,300\nQ2\t900\t950\nQ3\t700\t760\nQ4\t1,400\t1,500\n\n"
                     "seasnal index for Q4?") == \
        "2022: 1,200, 900, 700, 1,400; 2023: 1,300, 950, 760, 1,500; seasonal index for Q4?"


@pytest.mark.parametrize("question, expected", [
    ("DDLT: 45 units/day, lead time 12 days", calc.lead_time_demand(45, 12)),
    ("1,440 on hand, using 60 a day - days of supply?", calc.days_of_supply(1440, 60)),
    ("finance says carrying cost is 1.5% per month. avg inventory is 450k. annual $ carrying cost?",
     calc.carrying_cost(450_000, 0.18)),
    ("A calendar costs $5 to buy and sells for $12. Unsold calendars are sold for $1 each in January. What is the "
     "critical ratio (optimal service level) as a percent?", 7 / 11 * 100),
    ("we order 400 at a time, usage is 5,200/yr, order cost $30, and we keep 100 units of safety stock. item costs $8, "
     "carrying rate 25%. what's the annual CARRYING cost only?", (400 / 2 + 100) * 0.25 * 8),
])
def test_plain_words_for_lead_time_demand_supply_carrying_cost_and_the_newsvendor_ratio(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_a_carrying_rate_given_as_its_parts_is_summed():
    answer = Solver().solve("Our carrying cost is made up of cost of capital 12%, storage 5%, obsolescence 4% and "
                            "insurance and taxes 2%. Average inventory value is $800,000. What does it cost us per "
                            "year to carry that inventory?")
    assert answer.numeric_answer == pytest.approx(calc.carrying_cost(800_000, 0.23))
    assert "carrying rate = 12% cost of capital + 5% storage" in answer.text


def test_a_terse_ask_typed_last_picks_its_period_and_shift_counts_before_a_shift_length_count():
    atp = Solver().solve("on hand 10. MPS: 0, 60, 0, 0, 60, 0. customer orders: 5, 30, 18, 5, 40, 15 (periods 1-6). "
                         "discrete atp in period 2 pls")
    assert atp.numeric_answer == pytest.approx(calc.atp_discrete(10, [0, 60, 0, 0, 60, 0], [5, 30, 18, 5, 40, 15])[1])
    rated = Solver().solve("A department has 4 machines running 2 eight-hour shifts, 5 days a week. Utilization is "
                           "90% and efficiency is 95%. What is the weekly rated capacity in standard hours?")
    assert rated.numeric_answer == pytest.approx(calc.rated_capacity(4 * 2 * 8 * 5, 0.9, 0.95))


def test_periods_in_words_commas_and_a_count_restated_in_units_are_read():
    pab = Solver().solve("An end item has 120 units on hand. The demand time fence falls at the end of period 2. The "
                         "forecast is 100 units in each of periods 1 and 2; actual customer orders booked are 85 in "
                         "period 1 and 70 in period 2. The MPS shows no receipt in period 1 and a receipt of 150 in "
                         "period 2. What is the projected available balance at the end of period 2?")
    assert pab.numeric_answer == pytest.approx(calc.mps_projected_available(120, [100, 100], [85, 70], [0, 150], 2)[1])
    backlog = Solver().solve("An engineer-to-order firm begins the quarter with 12 projects' worth of backlog measured "
                             "in standard units: 1,200 units. Expected new orders: month 1, 500; month 2, 650; month "
                             "3, 400. The plan produces 600 units per month. What is the projected backlog at the end "
                             "of month 3?")
    assert backlog.numeric_answer == pytest.approx(calc.projected_backlog(1200, [500, 650, 400], [600] * 3)[2])


@pytest.mark.parametrize("question, expected", [
    ("Last month we paid carriers $18,600 in total to ship 12,400 cartons. What was the freight cost per carton?",
     calc.freight_cost_per_unit(18_600, 12_400)),
    ("3 mo moving avg forecast for july? apr 1,240 may 1,310 jun 1,285 (jan-mar were 1100 / 1150 / 1190 if that "
     "matters)", (1240 + 1310 + 1285) / 3),
    ("A distribution center forecasts demand of 50 units per week for weeks 1 through 6. It has 90 units on hand, no "
     "shipments in transit, no safety stock, and it orders lot-for-lot from the plant with a transit lead time of 1 "
     "week. What is the planned shipment quantity released in week 3?", 50),
])
def test_freight_totals_ignored_series_and_a_rate_over_a_run_of_periods_are_read(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


@pytest.mark.parametrize("question, expected, step", [
    ("Sales run at $2.1 million per quarter and receivables average $700,000. DSO on a 365-day year?",
     calc.days_sales_outstanding(700_000, 8_400_000), "× 4"),
    ("We ship 3,000 units a month to the west DC; transit is 10 days and units cost $20. Average pipeline "
     "inventory in units (365 days)?", calc.pipeline_inventory(36_000, 10), "× 12"),
    ("Our store is open 50 weeks a year and sells 40 units per week. Ordering costs $25, holding cost is $2 per unit "
     "per year. EOQ?", calc.eoq_from_holding_cost(2_000, 25, 2), "× 50"),
    ("annual usage 10,400 units, lead time 3 weeks. lead time demand?", calc.lead_time_demand(200, 3), "/ 52"),
    ("Family stock at month end is 9,000 units; demand is 42,000 units per month and the month has 21 working "
     "days. How many days of supply?", calc.days_of_supply(9_000, 2_000), "/ 21"),
    ("We ship every day of the week. Inventory 2,800 units, weekly demand 1,400. Days of supply?",
     calc.days_of_supply(2_800, 200), "/ 7"),
])
def test_a_figure_for_another_period_is_converted_with_its_step(question, expected, step):
    answer = Solver().solve(question)
    assert answer.numeric_answer == pytest.approx(expected)
    assert step in answer.text


def test_a_unit_cost_turns_units_into_money_only_when_money_is_asked():
    base = "We ship 3,000 units a month to the west DC; transit is 10 days and units cost $20. "
    units = Solver().solve(base + "Average pipeline inventory in units (365 days)?")
    money = Solver().solve(base + "Average value of the pipeline inventory (365 days)?")
    assert units.numeric_answer == pytest.approx(calc.pipeline_inventory(36_000, 10))
    assert "left out" in units.text
    assert money.numeric_answer == pytest.approx(calc.pipeline_inventory(36_000, 10, unit_cost=20))
    assert "units × 20" in money.text


def test_an_unexplained_quantity_of_things_or_time_is_asked_about_not_dropped():
    answer = Solver().solve("Our line works 2 shifts of 8 hours on 21 days a month. Fixed costs are $50,000 a month "
                            "and variable cost is $6 per unit. What is the monthly total cost?")
    assert answer.numeric_answer is None
    assert "stand for" in answer.text or "still need" in answer.text


def test_a_price_beside_a_question_about_units_is_no_reason_to_ask():
    answer = Solver().solve("An item sells 900 units per week, lead time is 3 weeks and safety stock is 400 units. "
                            "It costs $2.75. What is the order point?")
    assert answer.numeric_answer == pytest.approx(calc.order_point(900, 3, 400))


@pytest.mark.parametrize("question, expected", [
    ("Prevention $20k, appraisal $30k, internal failure $55k, external failure $45k. The $90k advertising spend is "
     "not a quality cost. Total cost of quality?", calc.cost_of_quality(20_000, 30_000, 55_000, 45_000)["total"]),
    ("We ship 7,300 units a year; transit takes 5 days. Average units in transit? Use 365 days.",
     calc.pipeline_inventory(7_300, 5)),
    ("An order of 100 units goes through two work centers. WC 1: queue 10 hrs, setup 1 hr, run 0.1 hr per unit, "
     "move 2 hrs. WC 2: queue 6 hrs, setup 2 hrs, run 0.2 hr per unit, move 3 hrs. Manufacturing lead time in hours?",
     10 + 1 + 10 + 2 + 6 + 2 + 20 + 3),
])
def test_numbers_set_aside_or_used_to_derive_are_explained(question, expected):
    assert Solver().solve(question).numeric_answer == pytest.approx(expected)


def test_dollar_usage_is_worked_out_for_every_row_of_a_table():
    answer = Solver().solve("| SKU | units/yr | unit cost |\n| A | 100 | $10.00 |\n| B | 40 | $50.00 |\n"
                            "| C | 1,000 | $0.50 |\n| D | 300 | $2.00 |\nwhat % of total annual dollar usage is SKU B?")
    usage = {"A": 1_000, "B": 2_000, "C": 500, "D": 600}
    assert all(f"{name}: " in answer.text for name in usage)
    if answer.numeric_answer is not None:
        assert answer.numeric_answer == pytest.approx(100 * usage["B"] / sum(usage.values()))
