"""Blind practice set 3: calculation questions for the `demand` and `quality-tech-ci` domains.

Written without looking at how the tutor reads questions. Every expected value is computed by
calling `tutor.calc` directly with the numbers stated in the question (derived inputs are worked
out in the lambda with plain arithmetic). Items with `compute=None` really lack an input.
"""

from __future__ import annotations

from eval.blind.item import Item
from tutor import calc

D = "demand"
Q = "quality-tech-ci"


def _xbar_r_from_subgroups(rows, key):
    means = [sum(r) / len(r) for r in rows]
    ranges = [max(r) - min(r) for r in rows]
    limits = calc.xbar_r_limits(sum(means) / len(means), sum(ranges) / len(ranges), len(rows[0]))
    return limits[key]


def _trend(x, y, at):
    fit = calc.linear_regression(x, y)
    return calc.trend_forecast(fit["a"], fit["b"], at)


def _pareto_count_to(counts, share):
    rows = calc.pareto_analysis(counts)
    return next(i + 1 for i, r in enumerate(rows) if r["cumulative_share"] >= share - 1e-12)


ITEMS: list[Item] = [
    # ---------------------------------------------------------------- Simple moving average
    Item(
        question="3 mo moving avg forecast for july? apr 1,240 may 1,310 jun 1,285 "
                 "(jan-mar were 1100 / 1150 / 1190 if that matters)",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([1100, 1150, 1190, 1240, 1310, 1285], 3),
        unit="units", note="only the last three months count",
    ),
    Item(
        question="Week | Demand\n---|---\n1 | 420\n2 | 455\n3 | 398\n4 | 470\n5 | 512\n6 | 488\n\n"
                 "Using a four-week simple moving average, what is the forecast for week 7?",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([420, 455, 398, 470, 512, 488], 4),
        unit="units",
    ),
    Item(
        question="hey everyone, prepping for my CPIM Part 2 exam on 14 March (class of 22 ppl, we're all "
                 "panicking lol). Our little shop sold 52, 61, 47, 58, 66 cases of item #A-1140 over the last "
                 "five months, oldest first. Instructor wants next month's forecast using a five-period simple "
                 "moving average. what should I get?",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([52, 61, 47, 58, 66], 5),
        unit="units", note="distractor numbers: exam date, class size, item number",
    ),
    Item(
        question="month,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug\nunits,12k,13.5k,12.8k,14.1k,15k,14.6k,15.3k,16k\n\n"
                 "need the September forecast w/ a 6-month SMA (answer in units pls)",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([12000, 13500, 12800, 14100, 15000, 14600, 15300, 16000], 6),
        unit="units", note="CSV with periods as columns and k suffixes",
    ),
    # ---------------------------------------------------------------- Weighted moving average
    Item(
        question="weighted moving avg q: last 3 months 200, 230, 215 (oldest -> newest). weights .5 on the most "
                 "recent, .3 on the middle one, .2 on the oldest. forecast?",
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([200, 230, 215], [0.2, 0.3, 0.5]),
        unit="units",
    ),
    Item(
        question="Demand for the last five weeks was 640, 610, 700, 690 and 720 units (week 1 through week 5). "
                 "Forecast week 6 with a four-week weighted moving average using weights of 4, 3, 2 and 1, where "
                 "the 4 goes to the most recent week.",
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([640, 610, 700, 690, 720], [1, 2, 3, 4], normalize=True),
        unit="units", note="integer weights must be normalized (divide by 10); week 1 drops out",
    ),
    Item(
        question="A distributor applies weights of 50%, 30% and 20% to the most recent, second most recent and "
                 "third most recent months.\nJan: 1,020 / Feb: 980 / Mar: 1,110 / Apr: 1,060 / May: 1,150 / "
                 "Jun: 1,090\nWhat is the weighted moving average forecast for July?",
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([1020, 980, 1110, 1060, 1150, 1090], [0.2, 0.3, 0.5]),
        unit="units",
    ),
    Item(
        question="Compute a weighted moving average forecast for Q3 please. Q1 was 840 units and Q2 was 910. "
                 "My prof says weight the newer quarter more heavily than the older one but didn't say by how much.",
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=None, unit="units", missing=["weights"], note="no weights given",
    ),
    # ---------------------------------------------------------------- Exponential smoothing
    Item(
        question="March forecast was 500, actual came in at 540. alpha = 0.3. what's the april forecast using "
                 "exponential smoothing?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing",
        compute=lambda: calc.exponential_smoothing(500, 540, 0.3),
        unit="units",
    ),
    Item(
        question="Initial forecast for week 1 = 200. actuals: wk1 210, wk2 190, wk3 230. α=0.2. "
                 "Exponentially smoothed forecast for week 4?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing_series",
        compute=lambda: calc.exponential_smoothing_series([210, 190, 230], 200, 0.2)[-1],
        unit="units", note="three smoothing steps",
    ),
    Item(
        question="Our planner uses a smoothing constant of 10%. Last period's forecast was 1,200 units and actual "
                 "demand was 1,050 units (we also put through a 2% price increase, ignore that). What is the new "
                 "forecast?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing",
        compute=lambda: calc.exponential_smoothing(1200, 1050, 0.10),
        unit="units", note="alpha given as a percent; 2% is a distractor",
    ),
    Item(
        question="Exponential smoothing, α = 0.4, and the forecast for January was 400.\n"
                 "Month\tActual\nJan\t420\nFeb\t380\nMar\t450\nApr\t470\nMay\t430\n"
                 "What was the forecast for April?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing_series",
        compute=lambda: calc.exponential_smoothing_series([420, 380, 450, 470, 430], 400, 0.4)[3],
        unit="units", note="asks for an intermediate period (April), not the next one",
    ),
    Item(
        question="Last month's forecast was 860 and actual demand came in at 910 (our busiest month since 2019). "
                 "Using simple exponential smoothing, what is next month's forecast?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing",
        compute=None, unit="units", missing=["alpha"], note="no smoothing constant given",
    ),
    # ---------------------------------------------------------------- Seasonal index
    Item(
        question="Year 1: Q1 80, Q2 120, Q3 150, Q4 90\nYear 2: Q1 96, Q2 130, Q3 170, Q4 104\n"
                 "seasonal index for Q3?",
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[80, 120, 150, 90], [96, 130, 170, 104]])[2],
        unit="ratio",
    ),
    Item(
        question="I only have one year of data: winter 300, spring 450, summer 600, fall 250 (units sold). "
                 "What is the seasonal index for summer?",
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[300, 450, 600, 250]])[2],
        unit="ratio",
    ),
    Item(
        question="| Year | Q1 | Q2 | Q3 | Q4 |\n|------|----|----|----|----|\n| 2021 | 45 | 70 | 95 | 50 |\n"
                 "| 2022 | 50 | 78 | 102 | 58 |\n| 2023 | 55 | 82 | 110 | 61 |\n\nCalculate the seasonal index for Q1.",
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[45, 70, 95, 50], [50, 78, 102, 58], [55, 82, 110, 61]])[0],
        unit="ratio",
    ),
    Item(
        question="Quarter\t2022\t2023\nQ1\t1,200\t1,300\nQ2\t900\t950\nQ3\t700\t760\nQ4\t1,400\t1,500\n\n"
                 "seasnal index for Q4?",
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[1200, 900, 700, 1400], [1300, 950, 760, 1500]])[3],
        unit="ratio", note="years as columns, quarters as rows",
    ),
    # ---------------------------------------------------------------- Deseasonalize / reseasonalize
    Item(
        question="deseasonalize this: actual Q2 sales 1,380, Q2 index 1.15",
        domain=D, formula="Deseasonalize / reseasonalize", function="deseasonalize",
        compute=lambda: calc.deseasonalize(1380, 1.15),
        unit="units",
    ),
    Item(
        question="Next year's base forecast is 24,000 units in total, spread evenly across the 12 months before "
                 "seasonality is applied. December's seasonal index is 1.35. What should the December forecast be?",
        domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
        compute=lambda: calc.reseasonalize(24000 / 12, 1.35),
        unit="units", note="monthly base derived from the annual total",
    ),
    Item(
        question="trend projection gives 5,200 units for Q4 and the Q4 seasonal index is 85%. seasonalized forecast?",
        domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
        compute=lambda: calc.reseasonalize(5200, 0.85),
        unit="units", note="index written as a percent",
    ),
    Item(
        question="July actual demand was 9,450 units; July is usually our peak month. What is the deseasonalized "
                 "demand for July?",
        domain=D, formula="Deseasonalize / reseasonalize", function="deseasonalize",
        compute=None, unit="units", missing=["seasonal_index"], note="no index given",
    ),
    # ---------------------------------------------------------------- Linear trend / regression
    Item(
        question="Fit a least-squares trend line. Periods 1 to 5, demand 110, 118, 131, 135, 146. "
                 "What is the slope (b)?",
        domain=D, formula="Linear trend / regression", function="linear_regression",
        compute=lambda: calc.linear_regression([1, 2, 3, 4, 5], [110, 118, 131, 135, 146])["b"],
        unit="units",
    ),
    Item(
        question="Using linear regression (least squares) on the table below, forecast month 8.\n"
                 "month  sales\n1      20\n2      24\n3      23\n4      29\n5      31\n6      34",
        domain=D, formula="Linear trend / regression", function="trend_forecast",
        compute=lambda: _trend([1, 2, 3, 4, 5, 6], [20, 24, 23, 29, 31, 34], 8),
        unit="units", note="fit then project two periods past the data",
    ),
    Item(
        question="We think lumber orders follow housing starts. Housing starts (hundreds): 12, 15, 18, 20, 25. "
                 "Lumber orders (truckloads) in the same months: 40, 47, 55, 58, 70. Using simple linear "
                 "regression, how many truckloads should we expect when housing starts are 2,200?",
        domain=D, formula="Linear trend / regression", function="trend_forecast",
        compute=lambda: _trend([12, 15, 18, 20, 25], [40, 47, 55, 58, 70], 22),
        unit="units", note="causal regression; 2,200 starts = 22 hundreds",
    ),
    Item(
        question="our trend line is y = 250 + 12.5x where x = 1 is Jan 2023 (monthly periods). "
                 "what's the forecast for Jan 2025?",
        domain=D, formula="Linear trend / regression", function="trend_forecast",
        compute=lambda: calc.trend_forecast(250, 12.5, 25),
        unit="units", note="Jan 2025 is period 25",
    ),
    # ---------------------------------------------------------------- Forecast error
    Item(
        question="forecast was 1,200 and actual was 1,150. what's the forecast error?",
        domain=D, formula="Forecast error", function="forecast_errors",
        compute=lambda: calc.forecast_errors([1150], [1200])[0],
        unit="units", note="A − F convention gives a negative error",
    ),
    Item(
        question="Month | Forecast | Actual\nJan | 500 | 520\nFeb | 510 | 495\nMar | 505 | 540\nApr | 515 | 500\n"
                 "What was the forecast error in March?",
        domain=D, formula="Forecast error", function="forecast_errors",
        compute=lambda: calc.forecast_errors([520, 495, 540, 500], [500, 510, 505, 515])[2],
        unit="units", note="forecast column comes before actual",
    ),
    Item(
        question="We predicted 340 cases for week 12 but actually sold 362. What's the forecast error for that week?",
        domain=D, formula="Forecast error", function="forecast_errors",
        compute=lambda: calc.forecast_errors([362], [340])[0],
        unit="units",
    ),
    # ---------------------------------------------------------------- Bias (mean error)
    Item(
        question="we forecast 500 every week. actuals were 480, 530, 515, 470, 545, 520. whats the bias "
                 "(mean forecast error)?",
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([480, 530, 515, 470, 545, 520], [500] * 6),
        unit="units",
    ),
    Item(
        question="month,forecast,actual\nJan,1000,1040\nFeb,1050,1010\nMar,1100,1150\nApr,1080,1125\nMay,1120,1090\n"
                 "compute the average error (bias) for these five months",
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([1040, 1010, 1150, 1125, 1090], [1000, 1050, 1100, 1080, 1120]),
        unit="units",
    ),
    Item(
        question="Period:    1    2    3    4\nForecast:  250  260  270  280\nActual:    240  255  262  271\n"
                 "What is the mean error of this forecast?",
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([240, 255, 262, 271], [250, 260, 270, 280]),
        unit="units", note="periods as columns; negative bias",
    ),
    # ---------------------------------------------------------------- Mean absolute deviation
    Item(
        question="| Period | Actual | Forecast |\n|---|---|---|\n| 1 | 95 | 100 |\n| 2 | 108 | 100 |\n"
                 "| 3 | 112 | 105 |\n| 4 | 99 | 105 |\n| 5 | 118 | 110 |\nCompute the MAD.",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([95, 108, 112, 99, 118], [100, 100, 105, 105, 110]),
        unit="units",
    ),
    Item(
        question="forecast was flat at 1,000/month. actuals Jan 950, Feb 1,080, Mar 1,020, Apr 900. "
                 "mean absolute deviation?",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([950, 1080, 1020, 900], [1000] * 4),
        unit="units",
    ),
    Item(
        question="So my boss (who's been here since 1998, lol) asked me to work out the mean absolute deviation "
                 "of our forecast for SKU 7731-B. Over six weeks we forecast 60, 65, 70, 70, 75, 80 and actually "
                 "sold 58, 71, 66, 74, 81, 77. I think it's around 4 but I'm not sure?",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([58, 71, 66, 74, 81, 77], [60, 65, 70, 70, 75, 80]),
        unit="units", note="distractors: year, SKU number, learner's guess",
    ),
    # ---------------------------------------------------------------- Mean squared error
    Item(
        question="Calculate the mean squared error.\nActual: 42, 38, 45, 50\nForecast: 40, 40, 44, 46",
        domain=D, formula="Mean squared error", function="mean_squared_error",
        compute=lambda: calc.mean_squared_error([42, 38, 45, 50], [40, 40, 44, 46]),
        unit="number",
    ),
    Item(
        question="root mean squared error for these 5 months?\nJan: A 210 F 200 / Feb: A 190 F 205 / "
                 "Mar: A 225 F 215 / Apr: A 200 F 210 / May: A 230 F 220",
        domain=D, formula="Mean squared error", function="root_mean_squared_error",
        compute=lambda: calc.root_mean_squared_error([210, 190, 225, 200, 230], [200, 205, 215, 210, 220]),
        unit="units", note="asks for RMSE",
    ),
    Item(
        question="mse? forecasts 1.2k, 1.25k, 1.3k; actuals 1.15k, 1.32k, 1.28k",
        domain=D, formula="Mean squared error", function="mean_squared_error",
        compute=lambda: calc.mean_squared_error([1150, 1320, 1280], [1200, 1250, 1300]),
        unit="number", note="k suffixes; squared units",
    ),
    # ---------------------------------------------------------------- MAPE
    Item(
        question="Quarter | Actual | Forecast\nQ1 | 400 | 380\nQ2 | 500 | 520\nQ3 | 450 | 405\nQ4 | 600 | 630\n"
                 "What is the MAPE?",
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([400, 500, 450, 600], [380, 520, 405, 630]),
        unit="percent",
    ),
    Item(
        question="mape pls: A 200 250 180 220 / F 210 240 200 215",
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([200, 250, 180, 220], [210, 240, 200, 215]),
        unit="percent",
    ),
    Item(
        question="Monthly actuals were 12,500; 11,800 and 13,200 and the forecasts for those months were 12,000; "
                 "12,400 and 12,900. What is the mean absolute percent error?",
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([12500, 11800, 13200], [12000, 12400, 12900]),
        unit="percent",
    ),
    # ---------------------------------------------------------------- Tracking signal
    Item(
        question="Period\tForecast\tActual\n1\t100\t104\n2\t100\t98\n3\t100\t110\n4\t100\t112\n5\t100\t106\n"
                 "6\t100\t105\nWhat is the tracking signal at the end of period 6?",
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([104, 98, 110, 112, 106, 105], [100] * 6),
        unit="number",
    ),
    Item(
        question="is our forecast biased? weekly forecast is a flat 250; actuals wk1-4: 240, 235, 255, 230. "
                 "compute the tracking signal",
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([240, 235, 255, 230], [250] * 4),
        unit="number", note="negative tracking signal",
    ),
    Item(
        question="Month:    1   2   3   4    5    6\nForecast: 80  85  90  95   100  105\n"
                 "Actual:   86  90  88  101  97   112\n"
                 "What was the tracking signal at the end of month 4?",
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([86, 90, 88, 101], [80, 85, 90, 95]),
        unit="number", note="only the first four months count",
    ),
    Item(
        question="Jan: F 1,000 A 1,080 | Feb: F 1,020 A 1,100 | Mar: F 1,050 A 1,090 | Apr: F 1,070 A 1,150. "
                 "Our trip limit is ±4. What's the tracking signal after April, and are we out of control?",
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([1080, 1100, 1090, 1150], [1000, 1020, 1050, 1070]),
        unit="number", note="answer lands exactly on the trip limit",
    ),
    # ---------------------------------------------------------------- MAD to standard deviation
    Item(
        question="MAD = 36 units. estimate the std dev of forecast error (assume errors are normal)",
        domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad(36),
        unit="units",
    ),
    Item(
        question="The standard deviation of forecast errors for a product family is 120 units. "
                 "Approximately what is the mean absolute deviation?",
        domain=D, formula="MAD to standard deviation (normal errors)", function="mad_from_sigma",
        compute=lambda: calc.mad_from_sigma(120),
        unit="units", note="reverse direction (MAD from sigma)",
    ),
    Item(
        question="forecast errors over the last 5 weeks were +12, −8, +15, −10 and +5 units. assuming normally "
                 "distributed errors, what's the approximate standard deviation of the forecast error?",
        domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad((12 + 8 + 15 + 10 + 5) / 5),
        unit="units", note="MAD derived from the listed errors first",
    ),
    # ---------------------------------------------------------------- Fill rate
    Item(
        question="Customer ordered 12,000 units, we shipped 11,280 complete and on time. fill rate in %?",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(11280, 12000) * 100,
        unit="percent",
    ),
    Item(
        question="Of the 850 order lines we received last month, 782 shipped complete and on time. "
                 "What was the line fill rate?",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(782, 850) * 100,
        unit="percent",
    ),
    Item(
        question="1,240 orders came in during Q3. 1,178 shipped complete and on time; another 35 shipped complete "
                 "but late, and the rest went out partial. What's the order fill rate (complete and on time)?",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(1178, 1240) * 100,
        unit="percent", note="late-but-complete orders do not count",
    ),
    Item(
        question="customers requested 8,500 units this month. 425 of them were backordered; everything else "
                 "shipped on time. what's the unit fill rate, as a decimal?",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(8500 - 425, 8500),
        unit="fraction", note="shipped quantity derived from backorders",
    ),
    Item(
        question="we shipped 4,650 units complete and on time this month (up from 4,400 last month). "
                 "what's our unit fill rate?",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=None, unit="percent", missing=["requested"], note="quantity requested is not given",
    ),
    # ================================================================ quality-tech-ci
    # ---------------------------------------------------------------- Cost of quality
    Item(
        question="Prevention $25k, appraisal $48k, internal failure $132k, external failure $95k. "
                 "Total cost of quality?",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(25000, 48000, 132000, 95000)["total"],
        unit="money",
    ),
    Item(
        question="Last year we spent: quality training $40,000; incoming and final inspection $65,000; scrap "
                 "$90,000; warranty claims $120,000; rework $30,000; processing customer returns $25,000. We also "
                 "paid $200,000 in regular direct labor. What was our total cost of quality?",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(40000, 65000, 90000 + 30000, 120000 + 25000)["total"],
        unit="money", note="items must be classified; direct labor is not a quality cost",
    ),
    Item(
        question="what percent of our COQ is failure cost? prevention 12,000 appraisal 28,000 "
                 "internal failure 55,000 external failure 105,000",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(12000, 28000, 55000, 105000)["failure_share"] * 100,
        unit="percent", note="internal + external failure share",
    ),
    Item(
        question="Prevention 1.2m, appraisal 2.3m, internal failure 3.1m, external failure 3.4m (all USD). "
                 "What percentage of the total cost of quality goes to prevention?",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(1.2e6, 2.3e6, 3.1e6, 3.4e6)["prevention_share"] * 100,
        unit="percent", note="m suffixes",
    ),
    Item(
        question="prevention 20k, appraisal 45k, internal failure 80k. the warranty dept hasn't reported the "
                 "external failure costs yet. what's the total cost of quality?",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=None, unit="money", missing=["external_failure"], note="external failure not reported",
    ),
    # ---------------------------------------------------------------- Cp
    Item(
        question="USL 25.30, LSL 24.70, σ = 0.08. Cp?",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=lambda: calc.process_capability(25.30, 24.70, 0.08),
        unit="ratio",
    ),
    Item(
        question="shaft diameter spec is 12.00 ± 0.05 mm and the process std dev is 0.012 mm. whats the Cp",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=lambda: calc.process_capability(12.00 + 0.05, 12.00 - 0.05, 0.012),
        unit="ratio", note="limits from nominal ± tolerance",
    ),
    Item(
        question="We promise delivery between 30 and 50 minutes after an order is placed. Delivery times are "
                 "normally distributed with an average of 41 minutes and a standard deviation of 2.5 minutes. "
                 "What is the process capability ratio Cp?",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=lambda: calc.process_capability(50, 30, 2.5),
        unit="ratio", note="the mean is not used for Cp",
    ),
    Item(
        question="spec is 5.0 ± 0.3 mm and the process average is 5.05 mm. what's the Cp?",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=None, unit="ratio", missing=["sigma"], note="no standard deviation given",
    ),
    # ---------------------------------------------------------------- Cpk
    Item(
        question="USL 50.5 LSL 49.5 mean 50.1 sd 0.1 -> cpk?",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(50.5, 49.5, 50.1, 0.1),
        unit="ratio",
    ),
    Item(
        question="A filling line has a fill weight specification of 500 g ± 6 g. The process mean is 502.4 g and "
                 "the standard deviation is 1.2 g. What is Cpk?",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(506, 494, 502.4, 1.2),
        unit="ratio", note="limits from nominal ± tolerance",
    ),
    Item(
        question="Spec limits are 1.250 in to 1.370 in. Process mean is 1.300 in and the variance is 0.0004 in². "
                 "Find the Cpk.",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(1.370, 1.250, 1.300, 0.0004 ** 0.5),
        unit="ratio", note="sigma = square root of the variance",
    ),
    Item(
        question="Compute Cpk for a spec of 20 ± 0.5 with σ = 0.1.",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=None, unit="ratio", missing=["mean"], note="process mean not given",
    ),
    # ---------------------------------------------------------------- X-bar and R charts
    Item(
        question="x-double-bar 12.50, R-bar 0.30, subgroups of 4. UCL for the x-bar chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(12.50, 0.30, 4)["ucl_x"],
        unit="number",
    ),
    Item(
        question="Twenty-five subgroups of five parts each were measured. The grand mean is 74.00 mm and the "
                 "average range is 0.023 mm. What is the lower control limit of the X-bar chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(74.00, 0.023, 5)["lcl_x"],
        unit="number", note="25 is the number of subgroups, not the subgroup size",
    ),
    Item(
        question="subgroup size 7, average range 2.4. what's the upper control limit for the R chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(0, 2.4, 7)["ucl_r"],
        unit="number", note="grand mean irrelevant for the R chart",
    ),
    Item(
        question="Sample\tObs1\tObs2\tObs3\n1\t10.2\t10.4\t10.0\n2\t10.1\t10.3\t10.2\n3\t9.9\t10.2\t10.3\n"
                 "4\t10.4\t10.1\t10.3\n\nFrom these four samples, what's the UCL for the X-bar chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: _xbar_r_from_subgroups(
            [[10.2, 10.4, 10.0], [10.1, 10.3, 10.2], [9.9, 10.2, 10.3], [10.4, 10.1, 10.3]], "ucl_x"),
        unit="number", note="grand mean and average range derived from raw subgroups (n = 3)",
    ),
    Item(
        question="x̿ = 3.50 and R̄ = 0.12. What's the UCL for the x-bar chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=None, unit="number", missing=["subgroup_size"], note="subgroup size not given",
    ),
    # ---------------------------------------------------------------- p chart
    Item(
        question="p-bar = 0.05 and n = 150 per sample. UCL for the p chart?",
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.05, 150)["ucl"],
        unit="fraction",
    ),
    Item(
        question="We inspected 20 samples of 100 units each and found 160 defectives in total. "
                 "What is the lower control limit of the p-chart?",
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(160 / (20 * 100), 100)["lcl"],
        unit="fraction", note="p-bar derived; negative LCL floors at 0",
    ),
    Item(
        question="average 2.5% defective, 400 units in each daily sample. upper control limit in %?",
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.025, 400)["ucl"] * 100,
        unit="percent",
    ),
    Item(
        question="our average fraction defective is 3%. compute the upper control limit for the p chart",
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=None, unit="fraction", missing=["sample_size"], note="sample size not given",
    ),
    # ---------------------------------------------------------------- DPMO
    Item(
        question="87 errors were found on 1,500 invoices. Each invoice has 12 fields that can be wrong. DPMO?",
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=lambda: calc.dpmo(87, 1500, 12),
        unit="number",
    ),
    Item(
        question="Our line built 3,200 circuit boards last week, each with 25 solder joints. AOI inspection flagged "
                 "48 bad joints. What is the defects per million opportunities?",
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=lambda: calc.dpmo(48, 3200, 25),
        unit="number",
    ),
    Item(
        question="dpmo? defects 1.2k; units 40k; 6 opps per unit",
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=lambda: calc.dpmo(1200, 40000, 6),
        unit="number", note="k suffixes",
    ),
    Item(
        question="We found 36 defects in 4,000 application forms. Each form has several fields where an error can "
                 "occur. What is the DPMO?",
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=None, unit="number", missing=["opportunities_per_unit"],
        note="opportunities per unit stated only as 'several'",
    ),
    # ---------------------------------------------------------------- First-pass yield
    Item(
        question="2,400 units started; 2,160 passed inspection the first time, 180 were reworked and then passed, "
                 "and 60 were scrapped. What is the first-pass yield?",
        domain=Q, formula="First-pass yield", function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(2160, 2400) * 100,
        unit="percent", note="reworked units are not first-pass good",
    ),
    Item(
        question="started 850 units. 34 got scrapped, 68 needed rework before they passed, the rest were fine "
                 "first time. first pass yield %?",
        domain=Q, formula="First-pass yield", function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(850 - 34 - 68, 850) * 100,
        unit="percent", note="good-first-time derived",
    ),
    Item(
        question="Of 1,250 assemblies started at final test, 1,175 passed without any rework. "
                 "Give the FPY as a decimal.",
        domain=Q, formula="First-pass yield", function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(1175, 1250),
        unit="fraction",
    ),
    # ---------------------------------------------------------------- Rolled throughput yield
    Item(
        question="three process steps with first pass yields of 95%, 98% and 90%. RTY?",
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.95, 0.98, 0.90]) * 100,
        unit="percent",
    ),
    Item(
        question="Cutting: 1,000 units started, 970 good first time.\nWelding: 970 started, 922 good first time.\n"
                 "Painting: 950 started, 912 good first time.\nWhat is the rolled throughput yield of the process?",
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([970 / 1000, 922 / 970, 912 / 950]) * 100,
        unit="percent", note="step FPYs derived from counts",
    ),
    Item(
        question="| Op | FPY |\n|----|-----|\n| 10 | 99.2% |\n| 20 | 97.5% |\n| 30 | 98.0% |\n| 40 | 96.4% |\n"
                 "| 50 | 99.0% |\nrolled throughput yield for the routing?",
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.992, 0.975, 0.980, 0.964, 0.990]) * 100,
        unit="percent",
    ),
    # ---------------------------------------------------------------- OEE
    Item(
        question="An 8-hour shift (480 min) includes a 30-minute planned break. The machine had 50 minutes of "
                 "unplanned downtime. Ideal cycle time is 48 seconds per part. It produced 420 parts, of which 21 "
                 "were rejected. What is the OEE?",
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(480 - 30, 480 - 30 - 50, 48 / 60, 420, 420 - 21)["oee"] * 100,
        unit="percent", note="planned time excludes the break; cycle time in seconds converted to minutes",
    ),
    Item(
        question="oee if availability 88%, performance 92%, quality 97.5%?",
        domain=Q, formula="Overall equipment effectiveness", function="oee_from_rates",
        compute=lambda: calc.oee_from_rates(0.88, 0.92, 0.975) * 100,
        unit="percent",
    ),
    Item(
        question="Two 8-hour shifts. Planned production time is the 16 hours less 1 hour of scheduled maintenance. "
                 "The press was down 1.5 hours unplanned. Ideal rate is 60 parts per hour. We made 780 parts and "
                 "741 were good. What's the OEE?",
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(16 - 1, 16 - 1 - 1.5, 1 / 60, 780, 741)["oee"] * 100,
        unit="percent", note="ideal rate converted to cycle time; times in hours",
    ),
    Item(
        question="planned production time 420 min, run time 378 min, ideal cycle time 0.5 min, total count 690, "
                 "good count 672. what's the performance rate (not the full OEE)?",
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(420, 378, 0.5, 690, 672)["performance"] * 100,
        unit="percent", note="asks for the performance component only",
    ),
    Item(
        question="planned production was 7.5 h, we lost 40 min to breakdowns, 2,150 pcs made and 2,080 good. OEE?",
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=None, unit="percent", missing=["ideal_cycle_time"], note="no ideal cycle time or rate given",
    ),
    # ---------------------------------------------------------------- Pareto analysis
    Item(
        question="defect tally last month: scratches 142, dents 38, misalignment 95, wrong color 12, missing "
                 "screw 63. what cumulative % of defects do the top two causes account for?",
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"scratches": 142, "dents": 38, "misalignment": 95,
                                              "wrong color": 12, "missing screw": 63})[1]["cumulative_share"] * 100,
        unit="percent",
    ),
    Item(
        question="Cost of returns by reason: late delivery $52,000; damaged in transit $31,500; wrong item "
                 "$18,200; missing paperwork $9,800; other $4,500. In a Pareto analysis, what percentage of the "
                 "total cost is the largest category?",
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"late delivery": 52000, "damaged": 31500, "wrong item": 18200,
                                              "missing paperwork": 9800, "other": 4500})[0]["share"] * 100,
        unit="percent",
    ),
    Item(
        question="Cause\tCount\nOperator error\t23\nMachine jam\t88\nMaterial defect\t41\nPower loss\t7\n"
                 "Software bug\t15\nCalibration\t26\n\nWhat is the smallest number of causes that together make up "
                 "at least 80% of the occurrences?",
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: _pareto_count_to({"operator error": 23, "machine jam": 88, "material defect": 41,
                                          "power loss": 7, "software bug": 15, "calibration": 26}, 0.80),
        unit="count", note="count of vital few reaching 80 % cumulative",
    ),
    Item(
        question="reason,complaints\nbilling,310\nshipping delay,540\nproduct quality,220\nrude service,60\n"
                 "website,130\n\nrank these pareto style - what's the cumulative percentage after the third reason?",
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"billing": 310, "shipping delay": 540, "product quality": 220,
                                              "rude service": 60, "website": 130})[2]["cumulative_share"] * 100,
        unit="percent",
    ),
]
