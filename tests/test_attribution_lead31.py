"""A speaker after an occupation noun the entities layer keeps out of the name (session 31: ent31d took "الطالب" out of
'الطالب سيدي محمد ولد أحمد', and the claim lost its speaker; the noun is a person's head for attribution now)."""
from __future__ import annotations

import pytest

import arabnews


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأكد الطالب سيدي محمد ولد أحمد أن الشرطة اعتقلت أربعة من زملائه.", "سيدي محمد ولد أحمد"),
    ("وقال الناشط خضر دوملي إن الحكومة تجاهلت مطالب السكان.", "خضر دوملي"),
    ("وقالت الناشطة الحقوقية سلمى أحمد إن الشرطة اعتقلت أربعة متظاهرين.", "سلمى أحمد"),
    ("وأكد طالب في جامعة الخرطوم أن الشرطة اعتقلت زملاءه.", "طالب في جامعة الخرطوم"),
])
def test_speaker_after_occupation(text: str, speaker: str) -> None:
    d = arabnews.analyze(text, reference_date="2024-03-10").to_dict()
    assert [(q.get("source") or {}).get("text") for q in d["quotes"]] == [speaker]
