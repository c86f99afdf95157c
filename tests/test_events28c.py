"""Session 28 (lead): a civilian site written inside the name of a military site is no civilian target.

ANT held-out (7450): "الهجوم على قاعدة "براك الشاطئ" الجوية" was read as violence against civilians because of
"الشاطئ" (a beach, one of ``civilian_sites``) in the air base's name.
"""

from __future__ import annotations

import pytest

from event_cases import events

CLASH = "armed clash"
ATTACK = "attack"


@pytest.mark.parametrize(("text", "subtype", "actors"), [
    ('وكان المتحدث باسم الجيش الوطني الليبي أعلن أن الهجوم على قاعدة "براك الشاطئ" الجوية في جنوب ليبيا أسفر عن '
     'مقتل 141 شخصا.', CLASH, [("target", "قاعدة")]),
    ("أعلن أن الهجوم على قاعدة براك الشاطئ أسفر عن مقتل 141 شخصا.", CLASH, [("target", "قاعدة")]),
    ("وأسفر هجوم على معسكر الشاطئ عن مقتل 12 شخصا.", CLASH, [("target", "معسكر الشاطئ")]),
    # a civilian site with no military site before it stays one
    ("هجوم مسلح على شاطئ سوسة أسفر عن مقتل 38 سائحا.", ATTACK, []),
    ("أسفر الهجوم على فندق قرب قاعدة عسكرية عن مقتل 5 أشخاص.", ATTACK, [("target", "فندق")]),
])
def test_a_civilian_word_in_a_military_sites_name(nlp, text, subtype, actors):
    [(trigger, sub, negated, roles)] = events(nlp, text)
    assert (trigger.removeprefix("ال"), sub, negated, roles) == ("هجوم", subtype, False, actors)
