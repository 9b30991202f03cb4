"""The clocks as the CLI prints them (contract section 1)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from register.rules import clock_to_json, evaluate_many, format_table


def test_json_element_in_contract_order_and_format(story):
    s = story()
    s.arrive("IVS-1", 275)  # 95 minutes after the 3-hour limit
    element = clock_to_json(s.clock(300, "delivery-3h"))
    assert list(element) == ["custody", "person", "rule", "status", "severity", "trigger_at", "due_at",
                             "met_at", "overdue_minutes", "basis"]
    assert element["trigger_at"] == "2026-01-05T05:00:00Z"
    assert element["due_at"] == "2026-01-05T08:00:00Z"
    assert element["met_at"] == "2026-01-05T09:35:00Z"
    assert (element["status"], element["overdue_minutes"], element["severity"]) == ("late", 95, "breach")
    assert element["basis"].startswith("Supreme Court Regulatory Decision No. 7 of 28 Dec 2009")


def test_json_null_met_at_and_details(story):
    s = story(citizenship="stateless")
    s.notify("consulate", 10)
    element = clock_to_json(s.clock(13 * 60, "foreign-national-notice-12h"))
    assert element["met_at"] is None
    assert element["details"].startswith("missing: procurator_general")
    assert json.loads(json.dumps(element, ensure_ascii=False)) == element


def test_table_has_one_line_per_clock(story):
    s = story(citizenship="UZ")
    clocks = s.clocks(60)
    table = format_table(clocks).splitlines()
    assert table[0].split() == ["custody", "person", "rule", "status", "trigger_at", "due_at", "met_at",
                                "overdue_minutes"]
    assert len(table) == len(clocks) + 2
    assert any("foreign-national-notice-12h" in line and "missing: consulate" in line for line in table)


def test_evaluate_many_judges_each_custody_on_its_own(story, kz):
    first, second = story(custody_id="C-1"), story(citizenship="UZ", custody_id="C-2")
    second.arrive("IVS-1", 30)
    as_of = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    clocks = evaluate_many([first.timeline(), second.timeline()], kz, as_of)
    statuses = {(c.custody, c.rule): c.status for c in clocks}
    assert statuses[("C-1", "delivery-3h")] == "breached"
    assert statuses[("C-2", "delivery-3h")] == "met"
    assert statuses[("C-2", "foreign-national-notice-12h")] == "running"
    assert ("C-1", "foreign-national-notice-12h") not in statuses
