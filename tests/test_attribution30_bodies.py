"""A body's speaker phrase keeps the adjectives after the name the entities layer reads (session 30: "خفر السواحل",
"الدفاع المدني", "لجان المقاومة" became ORGs; their speakers had lost "الإيطالي", "السوري", "المحلية")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes

NLP = Pipeline(["numbers", "dates", "groups", "entities", "attribution"])


@pytest.mark.parametrize("text, speaker", [
    ("وأعلن خفر السواحل الإيطالي أن سفينة نرويجية تعمل في المنطقة.", "خفر السواحل الإيطالي"),
    ("وكان خفر السواحل التونسي قد أعلن أمس أن 20 مهاجرا أنقذوا.", "خفر السواحل التونسي"),
    ("ولقي 12 شخصا حتفهم وفقا للدفاع المدني السوري.", "دفاع المدني السوري"),
    ("وقالت لجان المقاومة المحلية إن خمسة مدنيين قتلوا في القصف.", "لجان المقاومة المحلية"),
    ("وفق مديرية الأمن العام فإن خمسة أشخاص أوقفوا.", "مديرية الأمن العام"),
    # no adjective after the body: the name alone; a day after it is no part of it
    ("وأعلن الدفاع المدني الثلاثاء أن 12 شخصا لقوا حتفهم.", "الدفاع المدني"),
    ("وقال خفر السواحل إن القارب غرق قبالة السواحل.", "خفر السواحل"),
])
def test_body_speaker_keeps_its_adjectives(text, speaker):
    quotes = checked_quotes(NLP(text, reference_date="2024-03-10"), text)
    assert [q.source["text"] for q in quotes] == [speaker]
    assert quotes[0].source_type == "organisation"
