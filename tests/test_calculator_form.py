"""The calculator form: opened on a calculation that lacks an input, prefilled, computed on submit.

gradio_client against a real server on loopback, and the same in a real headless Chromium.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tutor import calc
from tutor.ui import calculator

from .test_app import BROWSER_FLAGS, _client, _text, served  # noqa: F401 - the module's server fixture

MISSING = "what's the EOQ? annual demand 12,000 units, it costs $50 to place an order, unit cost $12"
EOQ = calc.eoq(12000, 50, 0.25, 12)


def _value(x):
    """A component's value as the client returns it: plain, or inside an update."""
    return x.get("value") if isinstance(x, dict) and x.get("__type__") == "update" else x


def _form(out):
    """(dropdown value, result text, field values) from /ask's outputs after the chat and the cleared box."""
    return _value(out[2]), _value(out[3]), [_value(x) for x in out[4:4 + calculator.SLOTS]]


def test_a_missing_input_opens_the_form_prefilled_and_submitting_it_computes(served):  # noqa: F811
    _, url = served
    client = _client(url)
    out = client.predict(MISSING, "All domains", [], "Calc Ada", api_name="/ask")
    chat, cleared = out[0], out[1]
    assert cleared == "" and "To compute this I still need" in _text(chat[1])  # then its source
    function, result, fields = _form(out)
    assert function == "eoq" and result == ""
    assert fields[:4] == ["12,000", "50", "", "12"]  # annual demand, order cost, carrying rate (missing), unit cost
    shown = client.predict("eoq", "12,000", "50", "25%", "12", *[""] * (calculator.SLOTS - 4), api_name="/calculate")
    assert "Working:" in shown and "632.46" in shown and f"{EOQ:.2f}" in shown
    assert "[1] “" in shown and "worked-examples.md" in shown  # the cited sentence, not a dangling marker
    bad = client.predict("eoq", "12,000", "fifty", "25%", "12", *[""] * (calculator.SLOTS - 4), api_name="/calculate")
    assert "could not be read" in bad and "cost per order" in bad
    none = client.predict(None, *[""] * calculator.SLOTS, api_name="/calculate")
    assert "Pick a formula" in none


def test_every_formula_opens_an_empty_form_with_its_inputs(served):  # noqa: F811
    _, url = served
    client = _client(url)
    result, *fields = (_value(x) for x in client.predict("takt_time", api_name="/calc_formula"))
    assert result == "" and fields == [""] * calculator.SLOTS
    assert len(calculator.CHOICES) == len({f for _, f in calculator.CHOICES}) >= 130


def test_a_finished_calculation_leaves_the_form_alone(served):  # noqa: F811
    _, url = served
    out = _client(url).predict("EOQ with annual demand 12,000, $50 per order, carrying 25%, unit cost $12",
                               "All domains", [], "Calc Bo", api_name="/ask")
    assert "632.46" in _text(out[0][1])
    assert _form(out)[0] is None  # nothing was opened or prefilled


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_form_in_a_real_browser(served):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    _, url = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=BROWSER_FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.goto(url)
        page.locator("#learner textarea, #learner input").first.fill("Calc Browser")
        page.locator("#question textarea, #question input").first.fill(MISSING)
        page.locator("button#ask").click()
        expect(page.locator("#chat")).to_contain_text("still need", timeout=60_000)
        rate = page.locator("#calc-field-2 textarea, #calc-field-2 input").first
        expect(rate).to_be_visible(timeout=30_000)
        expect(page.locator("#calc-field-0 textarea, #calc-field-0 input").first).to_have_value("12,000")
        rate.fill("25%")
        page.locator("button#calc-compute").click()
        expect(page.locator("#calc-result")).to_contain_text("632.46", timeout=30_000)
        expect(page.locator("body")).not_to_contain_text(re.compile(r"^Error$"))
        assert page.locator(".toast-body.error, .error-badge").count() == 0
        browser.close()
