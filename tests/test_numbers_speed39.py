"""Session 39 (pf39b): the numbers stage's ``match`` patterns no longer scan the rest of the text on every call.

A ``regex`` pattern with a literal after a part of no fixed length ("[^\\S\\n]++مجموعات") makes ``regex`` look for
that literal from the position to the end of the string before each ``match``: in a long document with no such
word, every call read to the document's end (the score rule's ``score_plural_re`` cost 350 µs a call on 5 MB of
ANT, and the whole ``_find`` took longer for one 5 MB document than for the same text as five).
:func:`arabnews.extract.numbers.gated.at_pos` compiles them with a branch that never matches, which leaves no
required literal: the same matches, no scan.
"""

from __future__ import annotations

import random
import time

import regex

import arabnews
from arabnews.extract.numbers import _OF_AFTER, _OF_THE, grammar, lexicon, measures
from arabnews.extract.numbers.gated import Gated, at_pos

REF = "2017-06-01"


def _patterns() -> list[regex.Pattern[str]]:
    lex, ms = lexicon(), measures()
    pats = [grammar._FINAL, _OF_AFTER, _OF_THE, lex.score_plural_re, lex.score_filler_re,
            lex.score_one_after_re, ms.seconds_after_re, lex.share_re.pattern, ms.half_after_re.pattern]
    pats += [after for after, _ in lex.ordinal_names.values() if after.pattern.endswith(")|(?!)")]
    return pats


def _plain(p: regex.Pattern[str]) -> regex.Pattern[str]:
    source = p.pattern
    assert source.startswith("(?:") and source.endswith(")|(?!)"), source
    return regex.compile(source[3:-6])


def test_same_matches_as_the_plain_pattern() -> None:
    words = ["من", "الاصوات", "النهايي", "نهايي", "مجموعات", "كامله", "وحيد", "واحده", "ث", "5", "30", "ونصف",
             "والنصف", "الشعب", "العدويه", "اكسيد", "ال", "هدف", " ", "  ", "\n", "،", "x"]
    rng = random.Random(39)
    text = "".join(rng.choice(words) + rng.choice([" ", "", "  ", "\n"]) for _ in range(4000))
    for p in _patterns():
        plain = _plain(p)
        for pos in range(0, len(text), 3):
            a, b = p.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p.pattern, pos)
            hi = min(len(text), pos + 9)
            a, b = p.match(text, pos, hi), plain.match(text, pos, hi)
            assert (a and a.span()) == (b and b.span()), (p.pattern, pos, hi)


def test_match_does_not_read_to_the_end() -> None:
    # 2 MB without the patterns' words: the plain patterns scan it on every call (tens of ms each), these do not
    text = "قتل ثلاثه اشخاص في حلب " * 90_000
    for p in _patterns():
        t = time.process_time()
        for pos in range(0, 24 * 50, 24):
            p.match(text, pos + 9)
        assert time.process_time() - t < 0.25, p.pattern


def test_at_pos_keeps_groups_and_refuses_flags() -> None:
    p = at_pos(r"[^\S\n]++(?P<w>مجموعات)(?![\p{L}\p{N}\p{M}])")
    m = p.match("بثلاث مجموعات لواحده", 5)
    assert m is not None and m.group("w") == "مجموعات" and m.span() == (5, 13)
    assert p.match("بثلاث مجموعاتها", 5) is None
    try:
        at_pos("(?i)abc")
    except AssertionError:
        pass
    else:
        raise AssertionError("inline flags must stay outside")
    g = Gated(r"[^\S\n]*+(?P<p>بالميه)(?![\p{L}\p{N}])")
    assert g.pattern.match(" بالميه", 0) is not None


def test_score_and_final_through_the_stage() -> None:
    text = "فاز الفريق بثلاث مجموعات دون رد. وبلغ ربع النهائي. " + "وقال المدرب إن الفريق جاهز. " * 2000
    d = arabnews.analyze(text, reference_date=REF).to_dict()
    got = [(n["text"], n["kind"]) for n in d["numbers"]]
    assert ("ثلاث مجموعات دون رد", "score") in got
    assert not any("ربع" in t for t, _ in got)
