"""The entities stage's rules are listed once each, in the order they run (session 39: ``org_stops_at_clause`` was
listed twice and the catalogue, a dict by name, silently kept one place)."""

from __future__ import annotations

from collections import Counter

from arabnews.extract.entities import corrections


def test_each_rule_listed_once() -> None:
    counts = Counter(rule.__name__ for rule in corrections.ORDER)
    assert [name for name, n in counts.items() if n > 1] == []
    assert len(corrections.CATALOGUE) == len(corrections.ORDER)


def test_rules_run_in_listed_order() -> None:
    assert corrections.RULES == tuple(r for r in corrections.ORDER if r.__name__ not in corrections.LEFT_OUT)
    names = [r.__name__ for r in corrections.RULES]
    stop = names.index("org_stops_at_clause")
    assert names.index("split_coordinated_orgs") < stop < names.index("indefinite_org_out")
    assert "whole_strip" not in names and "head_before_org" not in names
