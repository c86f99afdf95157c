"""Attribution, session 34 (ent34): a headline's speaker named by an acronym written without the article
("يونيسف: …", "إيكواس: …") or ECOWAS with it ("الإيكواس : …"): the entities layer now reads them as ORGs, and
``headline_institutions`` lets them speak, as "موديز: …" does."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, speaker, claim", [
    ("يونيسف: آلاف الأطفال مهددون بالمجاعة في اليمن\nحذرت المنظمة من تفاقم الوضع.", "يونيسف",
     "آلاف الأطفال مهددون بالمجاعة في اليمن"),
    ("الإيكواس : لا تدخل عسكري في غامبيا قبل انتهاء المهلة\nقالت المجموعة إنها تنتظر.", "الإيكواس",
     "لا تدخل عسكري في غامبيا قبل انتهاء المهلة"),
    ("إيكواس: لا تدخل عسكري في غامبيا قبل انتهاء المهلة\nقالت المجموعة إنها تنتظر.", "إيكواس",
     "لا تدخل عسكري في غامبيا قبل انتهاء المهلة"),
    ("يونيسف: مقتل 20 طفلا في اليمن منذ بداية الشهر\nقتل 20 طفلا في غارات.", "يونيسف",
     "مقتل 20 طفلا في اليمن منذ بداية الشهر"),
])
def test_acronym_headline_speaks(nlp: Pipeline, text: str, speaker: str, claim: str) -> None:
    claims = [c for c in _claims(nlp, text) if c[2] == ":"]
    assert claims == [("direct", claim, ":", speaker)]
