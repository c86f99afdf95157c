"""Attribution families of session 33: a broken plural of a nisba noun is the adjective of a plural speaker
("قال مسؤولون أتراك", "عن مسؤولين ألمان", "خبراء روس": no suffix marks them, ``ar_words.yaml`` lists them), and
the Albanian nisba, whose أل folds like the article ("مسؤول ألباني", "مصادر ألبانية")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.lang.ar.words import nisba_adjectives, nisba_plurals
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, speaker", [
    ("وقال مسؤولون ألمان إن الهجوم نفذه تنظيم داعش.", "مسؤولون ألمان"),
    ("وقال مسؤولون أتراك إن القصف أودى بحياة جنديين.", "مسؤولون أتراك"),
    ("وذكر مسؤولون أكراد أن المسلحين انسحبوا من القرية.", "مسؤولون أكراد"),
    ("وقال مسؤولون روس إن الطائرة سقطت بعد الإقلاع.", "مسؤولون روس"),
    ("وقال مسؤولون عرب إن القمة تأجلت إلى الشهر المقبل.", "مسؤولون عرب"),
    ("وقال مسؤولون أجانب إن الوضع الأمني خطير.", "مسؤولون أجانب"),
    ("وقال خبراء روس إن الصاروخ من طراز قديم.", "خبراء روس"),
    ("وقال محللون أتراك إن أنقرة لن تتراجع عن العملية.", "محللون أتراك"),
    ("ونقلت وكالة رويترز عن مسؤولين أتراك قولهم إن الطائرة أسقطت.", "مسؤولين أتراك"),
    ("وبحسب مسؤولين ألمان، فإن المهاجم كان معروفا للشرطة.", "مسؤولين ألمان"),
    ("وقال مسؤولون أفغان إن طالبان هاجمت نقطة تفتيش.", "مسؤولون أفغان"),
    ("وقال مسؤول ألباني إن الشرطة اعتقلت ثلاثة أشخاص.", "مسؤول ألباني"),
    ("وذكرت مصادر أمنية ألبانية أن المشتبه بهم اعتقلوا.", "مصادر أمنية ألبانية"),
    # the sound plurals, as before
    ("وقال مسؤولون عراقيون إن الهجوم وقع فجرا.", "مسؤولون عراقيون"),
    ("وقال مسؤولون صوماليون إن حركة الشباب هاجمت قاعدة.", "مسؤولون صوماليون"),
])
def test_plural_nisba_speaker(nlp: Pipeline, text: str, speaker: str) -> None:
    claims = _claims(nlp, text)
    assert [c[3] for c in claims] == [speaker]


def test_a_bare_plural_is_no_adjective_of_nothing(nlp: Pipeline) -> None:
    # "روس" alone is the speaker's name (as before), not an adjective added to "قال"
    claims = _claims(nlp, "وقال روس إن الخطة فشلت.")
    assert [c[3] for c in claims] == ["روس"]


def test_word_lists() -> None:
    assert {"اتراك", "المان", "اجانب", "روس"} <= nisba_plurals()
    assert "سوريون" not in nisba_plurals()
    assert "الباني" in nisba_adjectives()
