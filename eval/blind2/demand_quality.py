"""Blind calculation questions for the Demand and the Quality, technology and continuous improvement domains.

Written without seeing the tutor's question reader or solver; every key is computed by calling
tutor.calc directly with the numbers in the question. Conventions: forecast error = actual − forecast
(CPIM); MAPE in percent; a negative p-chart lower limit counts as 0; X-bar/R constants from the standard
table.
"""

from eval.blind.item import Item
from tutor import calc

D = "demand"
Q = "quality-tech-ci"

ITEMS: list[Item] = [
    # ------------------------------------------------------------------ simple moving average
    Item(
        question="3 period moving avg fcst for june? jan 420 feb 388 mar 455 apr 410 may 437",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([420, 388, 455, 410, 437], 3), unit="units",
    ),
    Item(
        question=(
            "Hi all, my boss wants a 4-week moving average forecast for week 9 and I keep getting a different "
            "number than my coworker. Here's what we shipped:\n"
            "wk | units\n1 | 212\n2 | 198\n3 | 240\n4 | 225\n5 | 231\n6 | 219\n7 | 250\n8 | 244\n"
            "What should the week 9 forecast be?"
        ),
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([212, 198, 240, 225, 231, 219, 250, 244], 4), unit="units",
    ),
    Item(
        question=(
            "item #44-1920 (sells for $12.50/unit). demand for the last 6 months, oldest first: 1.2k, 1.35k, "
            "1,100, 1,280, 1,310 and 1,190. using a five month simple moving average what's next month's forecast?"
        ),
        domain=D, formula="Simple moving average", function="moving_average",
        compute=lambda: calc.moving_average([1200, 1350, 1100, 1280, 1310, 1190], 5), unit="units",
    ),
    Item(
        question="whats the moving average forecast for next period? demand was 80, 95, 102, 88, 91 and 97",
        domain=D, formula="Simple moving average", function="moving_average",
        compute=None, unit="units", missing=["periods"],
        note="the number of periods to average is not given",
    ),
    # ------------------------------------------------------------------ weighted moving average
    Item(
        question=(
            "wma fcst? weights .5 .3 .2 with the .5 on the most recent month. last 3 "
            "months (oldest first) 300, 340, 320"
        ),
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([300, 340, 320], [0.2, 0.3, 0.5]), unit="units",
    ),
    Item(
        question=(
            "Using a 3-period weighted moving average with weights of 3 for the latest period, 2 for the one "
            "before and 1 for the oldest, forecast period 7. Demand in periods 1 to 6 was 58, 64, 61, 70, 66 and 73."
        ),
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([58, 64, 61, 70, 66, 73], [1, 2, 3], normalize=True),
        unit="units", note="weights 1:2:3 normalized to sixths",
    ),
    Item(
        question=(
            "pasted from excel:\nmonth\tdemand\nJul\t1500\nAug\t1620\nSep\t1580\nOct\t1710\n"
            "weighted moving avg with weights 10%, 20%, 30%, 40% (oldest to newest) - whats the Nov forecast"
        ),
        domain=D, formula="Weighted moving average", function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([1500, 1620, 1580, 1710], [0.1, 0.2, 0.3, 0.4]), unit="units",
    ),
    # ------------------------------------------------------------------ exponential smoothing
    Item(
        question="exp smoothing alpha .15, last fcst 500 actual 560. new fcst?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing",
        compute=lambda: calc.exponential_smoothing(500, 560, 0.15), unit="units",
    ),
    Item(
        question=(
            "We started with a forecast of 200 units for January and use exponential smoothing with α = 0.3. "
            "Actual sales: Jan 210, Feb 190, Mar 230. What is the forecast for April?"
        ),
        domain=D, formula="Exponential smoothing", function="exponential_smoothing_series",
        compute=lambda: calc.exponential_smoothing_series([210, 190, 230], 200, 0.3)[-1], unit="units",
    ),
    Item(
        question="old forecast was 75 and the actual came in at 82 - what's the new exponentially smoothed forecast?",
        domain=D, formula="Exponential smoothing", function="exponential_smoothing",
        compute=None, unit="units", missing=["alpha"], note="no smoothing constant given",
    ),
    # ------------------------------------------------------------------ seasonal index
    Item(
        question=(
            "quarterly sales, two years:\n"
            "year | Q1 | Q2 | Q3 | Q4\n2022 | 120 | 180 | 240 | 60\n2023 | 140 | 200 | 260 | 80\n"
            "what is the seasonal index for Q3?"
        ),
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[120, 180, 240, 60], [140, 200, 260, 80]])[2], unit="ratio",
    ),
    Item(
        question=(
            "I run a small ice cream stand and split the year in two seasons. Sales in thousand $: 2021 summer 84, "
            "winter 36; 2022 summer 90, winter 42; 2023 summer 96, winter 48. What's the seasonal index for winter?"
        ),
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[84, 36], [90, 42], [96, 48]])[1], unit="ratio",
    ),
    Item(
        question="only have one yr of data: Q1 50, Q2 70, Q3 90, Q4 30 units. seasonal index of Q2?",
        domain=D, formula="Seasonal index", function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[50, 70, 90, 30]])[1], unit="ratio",
    ),
    # ------------------------------------------------------------------ deseasonalize / reseasonalize
    Item(
        question=(
            "march actual sales were 1,386 units and the march seasonal index is "
            "126%. deseasonalized demand for march?"
        ),
        domain=D, formula="Deseasonalize / reseasonalize", function="deseasonalize",
        compute=lambda: calc.deseasonalize(1386, 1.26), unit="units",
    ),
    Item(
        question=(
            "Next year's deseasonalized forecast is 24,000 units spread evenly across the 12 months. December's "
            "seasonal index is 1.35. What should the December forecast be?"
        ),
        domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
        compute=lambda: calc.reseasonalize(24000 / 12, 1.35), unit="units", note="monthly base = 24,000 / 12",
    ),
    Item(
        question="our deseasonalized base forecast is 5,000 cases per month. what should the forecast be for july?",
        domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
        compute=None, unit="units", missing=["seasonal_index"], note="July seasonal index not given",
    ),
    # ------------------------------------------------------------------ linear trend / regression
    Item(
        question=(
            "Fit a least-squares trend line to this demand and forecast period 8.\n"
            "period: 1, 2, 3, 4, 5, 6\ndemand: 52, 57, 60, 66, 69, 74"
        ),
        domain=D, formula="Linear trend / regression", function="trend_forecast",
        compute=lambda: calc.trend_forecast(
            **calc.linear_regression([1, 2, 3, 4, 5, 6], [52, 57, 60, 66, 69, 74]), x=8),
        unit="units",
    ),
    Item(
        question=(
            "regression of sales on ad spend. ad spend ($k) -> units sold: 10 -> 220, 15 -> 260, 20 -> 310, "
            "25 -> 340, 30 -> 385. whats the slope b (extra units per $1k)?"
        ),
        domain=D, formula="Linear trend / regression", function="linear_regression",
        compute=lambda: calc.linear_regression([10, 15, 20, 25, 30], [220, 260, 310, 340, 385])["b"],
        unit="number",
    ),
    Item(
        question=(
            "We sell replacement windows and think sales follow housing starts. Last 5 quarters: housing starts "
            "(thousands) 12, 15, 11, 18, 14; our window sales 240, 290, 225, 340, 275 units. Economists expect "
            "16 thousand starts next quarter. Using simple linear regression, what's our sales forecast?"
        ),
        domain=D, formula="Linear trend / regression", function="trend_forecast",
        compute=lambda: calc.trend_forecast(
            **calc.linear_regression([12, 15, 11, 18, 14], [240, 290, 225, 340, 275]), x=16),
        unit="units",
    ),
    # ------------------------------------------------------------------ forecast error
    Item(
        question=(
            "forecast by wk: 100, 110, 120. actual: 96, 118, 131. what was the forecast error in wk 3 "
            "(actual minus forecast)?"
        ),
        domain=D, formula="Forecast error", function="forecast_errors",
        compute=lambda: calc.forecast_errors([96, 118, 131], [100, 110, 120])[2], unit="units",
    ),
    Item(
        question="we forecast 2.5k for last month and shipped 2,730. forecast error using the CPIM sign convention?",
        domain=D, formula="Forecast error", function="forecast_errors",
        compute=lambda: calc.forecast_errors([2730], [2500])[0], unit="units", note="error = actual − forecast",
    ),
    # ------------------------------------------------------------------ bias (mean error)
    Item(
        question="bias? A: 100 95 110 120 / F: 105 100 100 110",
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([100, 95, 110, 120], [105, 100, 100, 110]), unit="units",
        note="error = actual − forecast",
    ),
    Item(
        question=(
            "Our sales team swears the forecast is always too high. Here is the last half year:\n"
            "| month | forecast | actual |\n|---|---|---|\n| Jan | 1,000 | 940 |\n| Feb | 1,050 | 1,010 |\n"
            "| Mar | 1,100 | 1,120 |\n| Apr | 1,100 | 1,030 |\n| May | 1,150 | 1,090 |\n| Jun | 1,200 | 1,185 |\n"
            "What is the forecast bias (mean error, actual minus forecast) per month?"
        ),
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([940, 1010, 1120, 1030, 1090, 1185], [1000, 1050, 1100, 1100, 1150, 1200]),
        unit="units",
    ),
    Item(
        question="forecast errors (A-F) for 5 periods were +12, -8, +15, -3, +9. whats the mean error / bias",
        domain=D, formula="Bias (mean error)", function="mean_error",
        compute=lambda: calc.mean_error([112, 92, 115, 97, 109], [100, 100, 100, 100, 100]), unit="units",
        note="errors given directly; encoded as actuals against a flat forecast of 100",
    ),
    # ------------------------------------------------------------------ MAD
    Item(
        question="calc MAD for the last 4 wks. fcst was 500 every week, actual 520 470 535 490",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([520, 470, 535, 490], [500, 500, 500, 500]), unit="units",
    ),
    Item(
        question=(
            "period\tforecast\tactual\n1\t250\t262\n2\t260\t241\n3\t255\t270\n4\t265\t258\n5\t270\t291\n6\t275\t266\n"
            "mean absolute deviation?"
        ),
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([262, 241, 270, 258, 291, 266], [250, 260, 255, 265, 270, 275]),
        unit="units",
    ),
    Item(
        question="errors over the last five periods were 12, -7, 4, -9 and 3 units. what is the MAD",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([112, 93, 104, 91, 103], [100, 100, 100, 100, 100]),
        unit="units", note="errors given directly; encoded as actuals against a flat forecast of 100",
    ),
    Item(
        question="need the MAD for these pls - actual sales 40, 44, 39, 47, 50",
        domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
        compute=None, unit="units", missing=["forecasts"], note="no forecasts given",
    ),
    # ------------------------------------------------------------------ MSE
    Item(
        question="mse? actual 25 30 28 35 / forecast 27 27 30 31",
        domain=D, formula="Mean squared error", function="mean_squared_error",
        compute=lambda: calc.mean_squared_error([25, 30, 28, 35], [27, 27, 30, 31]), unit="number",
    ),
    Item(
        question=(
            "Compute the root mean squared error (RMSE) of our forecast. Weekly forecast vs actual: "
            "wk1 80/86, wk2 85/79, wk3 90/97, wk4 95/92, wk5 100/104."
        ),
        domain=D, formula="Mean squared error", function="root_mean_squared_error",
        compute=lambda: calc.root_mean_squared_error([86, 79, 97, 92, 104], [80, 85, 90, 95, 100]), unit="units",
        note="pairs are forecast/actual as labelled",
    ),
    # ------------------------------------------------------------------ MAPE
    Item(
        question="mape?? A 200 250 180, F 190 260 200",
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([200, 250, 180], [190, 260, 200]), unit="percent",
    ),
    Item(
        question=(
            "| Month | Fcst | Actual |\n| Jan | 400 | 380 |\n| Feb | 420 | 450 |\n| Mar | 410 | 400 |\n"
            "| Apr | 430 | 470 |\nWhat's the mean absolute percentage error? answer in %"
        ),
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([380, 450, 400, 470], [400, 420, 410, 430]),
        unit="percent",
    ),
    Item(
        question=(
            "SKU 7781: demand came in at 1,000, 800 and 1,250 over three months against a forecast of 900 each "
            "month. MAPE as a decimal (e.g. 0.05)?"
        ),
        domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([1000, 800, 1250], [900, 900, 900]) / 100,
        unit="fraction",
    ),
    # ------------------------------------------------------------------ tracking signal
    Item(
        question="TS? A 110 125 130 140 F 100 110 120 125",
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([110, 125, 130, 140], [100, 110, 120, 125]), unit="number",
    ),
    Item(
        question=(
            "Our trip limit is ±4 MAD. Over six months the forecast was 600, 600, 620, 620, 640, 640 and actual "
            "demand was 575, 590, 600, 615, 610, 628. What is the tracking signal at the end of month 6?"
        ),
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([575, 590, 600, 615, 610, 628], [600, 600, 620, 620, 640, 640]),
        unit="number",
    ),
    Item(
        question=(
            "tracking signal pls\nperiod 1: fcst 50 actual 58\nperiod 2: fcst 52 actual 49\n"
            "period 3: fcst 54 actual 61\nperiod 4: fcst 56 actual 60\nperiod 5: fcst 58 actual 57"
        ),
        domain=D, formula="Tracking signal", function="tracking_signal",
        compute=lambda: calc.tracking_signal([58, 49, 61, 60, 57], [50, 52, 54, 56, 58]), unit="number",
    ),
    # ------------------------------------------------------------------ MAD <-> sigma
    Item(
        question="MAD of our weekly forecast errors is 32 units. assuming normal errors, approx std dev?",
        domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad(32), unit="units",
    ),
    Item(
        question="If the standard deviation of forecast error is 75 units, what's the approximate MAD?",
        domain=D, formula="MAD to standard deviation (normal errors)", function="mad_from_sigma",
        compute=lambda: calc.mad_from_sigma(75), unit="units",
    ),
    Item(
        question=(
            "actual 60 72 55 68, forecast 65 each period. estimate the standard deviation of forecast error "
            "from the MAD (normal distribution)"
        ),
        domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad(calc.mean_absolute_deviation([60, 72, 55, 68], [65, 65, 65, 65])),
        unit="units", note="MAD computed first from the data",
    ),
    # ------------------------------------------------------------------ fill rate
    Item(
        question=(
            "customers ordered 12,500 units last month and we shipped 11,875 of them "
            "complete and on time. unit fill rate as a %?"
        ),
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(11875, 12500) * 100, unit="percent",
    ),
    Item(
        question=(
            "Order #55120 for $18,400 had 40 line items. 37 lines shipped complete on the promised date, the "
            "other 3 were short. What's the line fill rate?"
        ),
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(37, 40) * 100, unit="percent",
    ),
    Item(
        question="we shipped 4,820 units on time this quarter - whats our unit fill rate",
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=None, unit="percent", missing=["requested"], note="quantity requested not given",
    ),
    Item(
        question=(
            "4,000 units were ordered in week 12. 210 went on backorder and another 46 shipped complete but late; "
            "the rest shipped complete and on time. unit fill rate as a fraction?"
        ),
        domain=D, formula="Fill rate (customer service)", function="fill_rate",
        compute=lambda: calc.fill_rate(4000 - 210 - 46, 4000), unit="fraction",
        note="shipped complete on time = 4,000 − 210 − 46",
    ),
    # ================================================================== quality
    # ------------------------------------------------------------------ cost of quality
    Item(
        question="COQ? prevention 45k appraisal 80k internal failure 120k external failure 165k",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(45000, 80000, 120000, 165000)["total"], unit="money",
    ),
    Item(
        question=(
            "Trying to build our cost of quality report for the plant. Last year we spent: training $30,000, "
            "final inspection $55,000, scrap $72,000, rework $38,000, warranty claims $64,000, customer returns "
            "$21,000 and quality planning $15,000. What percentage of the total cost of quality is failure cost "
            "(internal + external)?"
        ),
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(30000 + 15000, 55000, 72000 + 38000, 64000 + 21000)["failure_share"] * 100,
        unit="percent",
        note=(
            "prevention = training + planning; appraisal = inspection; internal = scrap + "
            "rework; external = warranty + returns"
        ),
    ),
    Item(
        question="prevention 10k, appraisal 25k, internal failures 40k. total cost of quality?",
        domain=Q, formula="Cost of quality", function="cost_of_quality",
        compute=None, unit="money", missing=["external_failure"], note="external failure cost not given",
    ),
    # ------------------------------------------------------------------ Cp
    Item(
        question=(
            "spec is 25.00 mm ± 0.06 mm and the process standard deviation is 0.015 mm. "
            "what is the process capability (Cp)?"
        ),
        domain=Q, formula="Process capability index", function="process_capability",
        compute=lambda: calc.process_capability(25.06, 24.94, 0.015), unit="ratio",
        note="USL/LSL = nominal ± tolerance",
    ),
    Item(
        question="fill weight spec 500 g to 510 g, process mean 506 g, std dev 1.5 g. Cp?",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=lambda: calc.process_capability(510, 500, 1.5), unit="ratio",
    ),
    Item(
        question="spec 50 +/- 0.5, process mean running at 50.1. whats the Cp",
        domain=Q, formula="Process capability index", function="process_capability",
        compute=None, unit="ratio", missing=["sigma"], note="process standard deviation not given",
    ),
    # ------------------------------------------------------------------ Cpk
    Item(
        question="cpk: usl 1.030 lsl 0.970 mean 1.008 sd 0.006",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(1.030, 0.970, 1.008, 0.006), unit="ratio",
    ),
    Item(
        question="fill weight spec 500 g to 510 g, process mean 506 g, std dev 1.5 g. what's the Cpk?",
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(510, 500, 506, 1.5), unit="ratio",
    ),
    Item(
        question=(
            "Shaft diameter is specified at 12.00 ± 0.03 mm. The lathe is currently running at a mean of 11.99 mm "
            "with a standard deviation of 0.005 mm. Calculate Cpk."
        ),
        domain=Q, formula="Capability allowing for centering", function="process_capability_index",
        compute=lambda: calc.process_capability_index(12.03, 11.97, 11.99, 0.005), unit="ratio",
        note="USL/LSL = nominal ± tolerance",
    ),
    # ------------------------------------------------------------------ X-bar and R
    Item(
        question="xbar chart UCL? grand mean 50.2, Rbar 1.4, n=5",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(50.2, 1.4, 5)["ucl_x"], unit="number",
    ),
    Item(
        question=(
            "We took 4 subgroups of 4 parts each (mm):\n"
            "s1: 10.2 10.4 10.1 10.3\ns2: 10.5 10.3 10.4 10.6\ns3: 10.0 10.2 10.3 10.1\ns4: 10.4 10.2 10.5 10.3\n"
            "Using the standard A2 table, what is the lower control limit of the X-bar chart?"
        ),
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(
            (10.25 + 10.45 + 10.15 + 10.35) / 4, (0.3 + 0.3 + 0.3 + 0.3) / 4, 4)["lcl_x"],
        unit="number", note="grand mean of subgroup means 10.25/10.45/10.15/10.35; each range 0.3",
    ),
    Item(
        question="R chart, subgroups of 7, R-bar = 0.8. what's the LCL of the range chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(0, 0.8, 7)["lcl_r"], unit="number",
        note="grand mean irrelevant to the R chart",
    ),
    Item(
        question="grand mean 74.0 mm, subgroup size 5 - what's the UCL for the x-bar chart?",
        domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
        compute=None, unit="number", missing=["average_range"], note="average range not given",
    ),
    # ------------------------------------------------------------------ p chart
    Item(
        question=(
            "We inspected 20 samples of 150 units each and found 90 defectives in total. What's the upper "
            "control limit of the p chart (3 sigma), as a %?"
        ),
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(90 / (20 * 150), 150)["ucl"] * 100, unit="percent",
        note="p-bar = 90 / 3,000",
    ),
    Item(
        question="pbar .08 n 100 LCL for p chart?",
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.08, 100)["lcl"], unit="fraction", note="negative LCL set to 0",
    ),
    Item(
        question=(
            "daily samples of 200 invoices:\nday | checked | with errors\nMon | 200 | 6\nTue | 200 | 9\n"
            "Wed | 200 | 4\nThu | 200 | 7\nFri | 200 | 4\nset up a p chart - what's the UCL (as a fraction)?"
        ),
        domain=Q, formula="p chart", function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(30 / 1000, 200)["ucl"], unit="fraction", note="p-bar = 30 / 1,000",
    ),
    # ------------------------------------------------------------------ DPMO
    Item(
        question=(
            "Our AP team processed 5,000 invoices last quarter. Each invoice has 12 fields that could be keyed "
            "wrong, and the audit found 84 field errors. What is the defects per million opportunities?"
        ),
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=lambda: calc.dpmo(84, 5000, 12), unit="number",
    ),
    Item(
        question=(
            "found 93 defects in 3,000 units, 5 defect opportunities per unit. what sigma level is that "
            "(usual 1.5 sigma shift)?"
        ),
        domain=Q, formula="Defects per million opportunities", function="sigma_level",
        compute=lambda: calc.sigma_level(calc.dpmo(93, 3000, 5)), unit="number",
        note="DPMO 6,200 then sigma level with the 1.5σ shift",
    ),
    Item(
        question="we had 27 defects on 900 circuit boards. dpmo?",
        domain=Q, formula="Defects per million opportunities", function="dpmo",
        compute=None, unit="number", missing=["opportunities_per_unit"], note="opportunities per unit not given",
    ),
    # ------------------------------------------------------------------ first-pass yield
    Item(
        question=(
            "Started 2,500 units on the line this week: 2,310 passed inspection the first time, 140 were reworked "
            "and then passed, 50 were scrapped. First-pass yield in %?"
        ),
        domain=Q, formula="First-pass yield", function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(2310, 2500) * 100, unit="percent",
    ),
    Item(
        question="fpy? 800 units in, 36 needed rework, 12 scrapped, rest good first time",
        domain=Q, formula="First-pass yield", function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(800 - 36 - 12, 800), unit="fraction",
        note="good first time = 800 − 36 − 12",
    ),
    # ------------------------------------------------------------------ rolled throughput yield
    Item(
        question="rty for a 4 step process, first pass yields 98%, 95%, 99%, 97%? give %",
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.98, 0.95, 0.99, 0.97]) * 100, unit="percent",
    ),
    Item(
        question=(
            "Three-step process. Cutting: 1,000 started, 970 good first time. Welding: 1,000 started, 940 good "
            "first time. Painting: 1,000 started, 985 good first time. What is the rolled throughput yield?"
        ),
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([
            calc.first_pass_yield(970, 1000), calc.first_pass_yield(940, 1000), calc.first_pass_yield(985, 1000)]),
        unit="fraction",
    ),
    Item(
        question=(
            ""
            "step\tFPY\nmold\t0.992\ntrim\t0.985\nassemble\t0.97\ntest\t0.995\npack\t0.988\nrolled throughput yield?"
        ),
        domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.992, 0.985, 0.97, 0.995, 0.988]), unit="fraction",
    ),
    # ------------------------------------------------------------------ OEE
    Item(
        question=(
            "oee? 8 hr shift with a 30 min break (not planned production), 45 min of breakdowns, ideal cycle "
            "0.5 min/pc, 780 pcs made, 760 good"
        ),
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(480 - 30, 480 - 30 - 45, 0.5, 780, 760)["oee"] * 100, unit="percent",
        note="planned = 450 min, run = 405 min",
    ),
    Item(
        question="availability 88%, performance 92%, quality 98.5% - OEE?",
        domain=Q, formula="Overall equipment effectiveness", function="oee_from_rates",
        compute=lambda: calc.oee_from_rates(0.88, 0.92, 0.985) * 100, unit="percent",
    ),
    Item(
        question=(
            "Press #3 runs 2 shifts of 8 hours. Yesterday it was down 1.5 hours for a die change and a jam. "
            "Ideal rate is 60 parts/hour; it made 780 parts, 39 of them rejects. What was the OEE?"
        ),
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(960, 960 - 90, 1, 780, 780 - 39)["oee"] * 100, unit="percent",
        note="planned 960 min, run 870 min, ideal cycle 1 min, good 741",
    ),
    Item(
        question=(
            "planned production time 420 min, run time 378 min, ideal cycle time 0.8 min, "
            "450 units produced. performance rate?"
        ),
        domain=Q, formula="Overall equipment effectiveness", function="oee",
        compute=lambda: calc.oee(420, 378, 0.8, 450, 450)["performance"] * 100, unit="percent",
        note="good count irrelevant to performance",
    ),
    # ------------------------------------------------------------------ Pareto
    Item(
        question=(
            "pareto on paint defects this month: scratches 46, dents 12, misaligned 88, paint runs 30, other 8. "
            "what cumulative % do the top 2 causes account for?"
        ),
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: calc.pareto_analysis(
            {"scratches": 46, "dents": 12, "misaligned": 88, "paint runs": 30, "other": 8},
        )[1]["cumulative_share"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Customer complaint log by cost ($):\n| cause | cost |\n| late delivery | 12,400 |\n"
            "| wrong item | 31,000 |\n"
            "| damaged | 8,600 |\n| billing error | 4,200 |\n| missing paperwork | 1,800 |\n"
            "What share of the total cost does the #1 cause represent, in percent?"
        ),
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"late delivery": 12400, "wrong item": 31000, "damaged": 8600,
                                              "billing error": 4200, "missing paperwork": 1800})[0]["share"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "downtime causes (hrs): changeover 64, material shortage 22, breakdown 41, operator absent 9, "
            "quality hold 14. how many causes do you need, from the largest, to reach at least 80% of downtime?"
        ),
        domain=Q, formula="Pareto analysis", function="pareto_analysis",
        compute=lambda: float(next(i + 1 for i, row in enumerate(calc.pareto_analysis(
            {"changeover": 64, "material shortage": 22, "breakdown": 41, "operator absent": 9, "quality hold": 14}))
            if row["cumulative_share"] >= 0.8)),
        unit="count",
    ),
]
