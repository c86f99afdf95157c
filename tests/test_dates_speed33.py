"""Session 33 (issue #18): ``merges.sentence_years`` returns at once for a region of fewer than two candidates (a
year goes from an earlier date to a later one), without the function-level import and scan it paid on every region.
The readings with one and with two dates of a sentence stay as they were."""

import pytest

import arabnews

REF = "2017-06-01"


def _dates(text: str) -> list[tuple[int, int, str, str | None, object]]:
    doc = arabnews.analyze(text, reference_date=REF)
    return [(d.start, d.end, d.text, d.value, d.attrs.get("anchor")) for d in doc.dates]


@pytest.mark.parametrize(("text", "expected"), [
    # one date alone: the reference gives its year (the early return)
    ("وقال الوزير إن الاجتماع عقد يوم 12 نوفمبر.", [(28, 41, "يوم 12 نوفمبر", "2016-11-12", "REF")]),
    # a year written earlier in the sentence goes to the yearless day after it
    ("جرت الانتخابات في 2014، وأعلنت النتائج يوم 3 ديسمبر.",
     [(18, 22, "2014", "2014", None), (39, 51, "يوم 3 ديسمبر", "2014-12-03", "PREV_DATE")]),
    # not across a future cue when the year is past
    ("وأعلنت الوزارة في 2015 أن الافتتاح سيكون يوم 12 نوفمبر.",
     [(18, 22, "2015", "2015", None), (41, 54, "يوم 12 نوفمبر", "2017-11-12", "REF")]),
])
def test_sentence_years_one_and_two_dates(text: str, expected: list[tuple[int, int, str, str | None, object]]) -> None:
    assert _dates(text) == expected
    for start, end, surface, _, _ in expected:
        assert text[start:end] == surface
