"""Session 47 (pf47b): the dates stage finds a region's anchor words by one set intersection of its runs of letters
(``windows._anchors``), not by a test per token.  It must give what the test per token gave: the spans of the word
tokens whose folded text is an anchor form (a bare weekday only after "كل") and of the numbers of four digits or
before a separator."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.dates import windows
from arabnews.text.tokenize import KIND_CODES, Tokens

_WORD, _NUMBER = KIND_CODES["word"], KIND_CODES["number"]


def _per_token(tokens: Tokens, lo: int, hi: int, folded: str) -> list[tuple[int, int]]:
    """The anchors by a test of every token (the loop the stage ran up to session 46)."""
    forms, spans, out = windows.anchor_forms(), tokens.nspans, []
    for i in range(lo, hi):
        a, b = spans[2 * i], spans[2 * i + 1]
        kind = tokens.kind_codes[i]
        w = folded[a:b]
        if kind == _WORD and w in forms and (w not in windows.bare_weekdays() or folded[a - 3:a] == "كل "):
            out.append((a, b))
        elif kind == _NUMBER and (b - a == 4 or folded[b:b + 1] in ("/", ".", "-", ":")):
            out.append((a, b))
    return out


def _anchor_words(text: str) -> list[str]:
    doc = Pipeline([]).make_doc(text)
    tokens = doc.tokens
    assert isinstance(tokens, Tokens)
    found = windows._anchors(tokens, 0, len(tokens), doc.folded, windows.anchor_forms())
    assert found == _per_token(tokens, 0, len(tokens), doc.folded)
    return [doc.folded[a:b] for a, b in found]


# (ANT sentences, and the token boundaries the runs of letters must agree with)
CASES = [
    # a month before "،", a unit and a weekday with the article, an anaphoric "الموالي"
    ("في اليوم الموالي، الجمعة 12 ماي، عاش الجمهور لحظات استثنائية",
     ["اليوم", "الموالي", "الجمعه", "ماي"]),
    # a month glued to its day ("13جانفي"), years before "،", "عام" twice
    ("ان عام 2012، وهو الحكم الذي ألغته محكمة النقض في 13جانفي عام 2013، وقررت إعادة المحاكمة",
     ["عام", "2012", "جانفي", "عام", "2013"]),
    # proclitic و + a digit + the month ("و7ماي": the word token is the month alone)
    ("في حال فوزها بالاقتراع من دورتين في 23 أفريل و7ماي 2017", ["افريل", "ماي", "2017"]),
    # a bare weekday: after "كل" only ("مهدي جمعة" is a name)
    ("يصلي كل جمعة في المسجد وقال مهدي جمعة إن الحكومة", ["جمعه"]),
    # a month inside a word ("يمارس") is none, the month itself is
    ("يمارس الرياضة منذ مارس الماضي", ["مارس", "الماضي"]),
    # word tokens of their own: before "@", after "#", after a tatweel
    ("راسلونا على مارس@mail.com و#مارس ثم ـمارس", ["مارس", "مارس", "مارس"]),
    # inside a URL no word token; after a Latin letter and its Arabic mark ("aَ" is a Latin token) one
    ("انظر http://x.com/مارس و www.site.com/العام/مارس ثم aَمارس", ["مارس"]),
    # a word glued after Latin letters, the numbers before ":" and "/" and of four digits
    ("قناة CNNاليوم على الساعة 12:30 من يوم 2016/05/12", ["اليوم", "الساعه", "12", "يوم", "2016", "05"]),
    # the form "تشرين1" holds a digit, no word token's character: "تشرين" before it still is one
    ("في تشرين1 وتشرين الثاني", ["تشرين", "وتشرين", "الثاني"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anchor_words(text: str, expected: list[str]) -> None:
    assert _anchor_words(text) == expected


def test_a_long_region_is_read_in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(t for t, _ in CASES)
    whole = _anchor_words(text)
    monkeypatch.setattr(windows, "_TOKENS_AT_ONCE", 3)  # a part ends and the next begins inside "13جانفي"…
    assert _anchor_words(text) == whole
    assert whole == [w for _, expected in CASES for w in expected]


def test_a_region_of_the_text() -> None:
    """A region's tokens only, at their normalized offsets (not the text's first token)."""
    text = "الجمعة 12 ماي. وفي يوم السبت 13 ماي 2017 عاد"
    doc = Pipeline([]).make_doc(text)
    tokens = doc.tokens
    assert isinstance(tokens, Tokens)
    lo, hi = 4, len(tokens)  # from "وفي"
    found = windows._anchors(tokens, lo, hi, doc.folded, windows.anchor_forms())
    assert found == _per_token(tokens, lo, hi, doc.folded)
    assert [text[a:b] for a, b in found] == ["يوم", "السبت", "ماي", "2017"]
