"""A speaker after an occupation noun and a long name (session 31: ent31d took "الطالب" out of the PER 'الطالب سيدي
محمد ولد أحمد', and the claim lost its speaker: an unknown word and a name of four words were past the fallback's
reach). The speaker was the whole, as "الناشط خضر دوملي" was; since session 40 it is the name with its role in
source.role."""
from __future__ import annotations

import pytest

import arabnews


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأكد الطالب سيدي محمد ولد أحمد أن الشرطة اعتقلت أربعة من زملائه.", "سيدي محمد ولد أحمد"),
    ("وقال الناشط خضر دوملي إن الحكومة تجاهلت مطالب السكان.", "خضر دوملي"),
    ("وأكد الطالب محمد ولد أحمد أن الشرطة اعتقلت زملاءه.", "محمد ولد أحمد"),
])
def test_speaker_after_occupation(text: str, speaker: str) -> None:
    d = arabnews.analyze(text, reference_date="2024-03-10").to_dict()
    assert [(q.get("source") or {}).get("text") for q in d["quotes"]] == [speaker]
