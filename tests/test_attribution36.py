"""Attribution, session 36 (att36): families read in ANT v1.1, each tested on real sentences with exact spans.

1. A programme's guest named earlier in the article speaks under her name: the feminine "ضيفة" of `guest_words` was
   written with ة in the code, which the folded text never has (ANT 6505, 6506)."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), q.source_type)
            for q in checked_quotes(nlp(text), text)]


# 1. the guest of a programme, masculine and feminine, with and without the article
@pytest.mark.parametrize(("text", "speaker"), [
    # ANT 6505
    ("قالت وزيرة السياحة سلمى اللومي اليوم الأربعاء إن وزارتها تسعى لتسجيل عدد جديد من المواقع الأثرية.\n"
     'وقالت ضيفة بوليتيكا على "الجوهرة أف أم" إنه تم ادراج 8 مواقع بهذه المنظمة الأممية.', "سلمى اللومي"),
    # ANT 6506
    ("قالت رئيسة الاتحاد الوطني للمرأة التونسية راضية الجربي إن وضع المرأة في حاجة إلى العطاء.\n"
     'واعتبرت ضيفة "بوليتكا" اليوم الأربعاء، أن المرأة حققت عديد المكاسب من حيث الحقوق.', "راضية الجربي"),
])
def test_guest_named_before(nlp: Pipeline, text: str, speaker: str) -> None:
    last = _claims(nlp, text)[-1]
    assert last[3] == speaker and last[4] == "person"
