"""Session 28 (grp28): groups — the qualified nisbas from the table's pairs only, the UGTT's article-less unions,
the UTAP's and UTICA's regional unions, foreign parties."""

from itertools import product

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.lexicon import lexicon, qualified_pair
from arabnews.extract.groups.matcher import _document_countries

# ---------------------------------------------------------------- qualified nisbas: the table's pairs only


def test_the_qualified_pattern_matches_every_pair_of_the_table_and_gives_its_code():
    lex = lexicon()
    nlp = Pipeline([])
    for (base, side), code in lex.qualified.items():
        text = f"قال الجيش ال{base} ال{side} اليوم"
        m = lex.qualified_re.search(text)
        assert m is not None and qualified_pair(m) == (base, side), text
        assert _document_countries(nlp.make_doc(text)).get(code, 0) > 0, text


def test_the_qualified_pattern_matches_no_pair_the_table_lacks():
    lex = lexicon()
    bases = sorted({b for b, _ in lex.qualified})
    sides = sorted({s for _, s in lex.qualified})
    unpaired = [(b, s) for b, s in product(bases, sides) if (b, s) not in lex.qualified]
    assert ("افريقي", "جنوبي") in unpaired
    for base, side in unpaired:
        assert lex.qualified_re.search(f"قال الجيش ال{base} ال{side} اليوم") is None, (base, side)


@pytest.mark.parametrize(("text", "pair"), [
    ("وصلت القوات الكورية الجنوبية", ("كوري", "جنوبي")),
    ("جيش كوريا الشمالية", ("كوريا", "شمالي")),
    ("والجيش الجنوب سوداني", ("جنوب", "سوداني")),
    ("قوات الكونغو الديمقراطية", ("الكونغو", "ديمقراطي")),
    ("بالجيش الأفريقي الوسطى", ("افريقي", "وسطي")),
])
def test_qualified_pairs_in_text(text, pair):
    from arabnews.lang import ar

    m = lexicon().qualified_re.search(ar.lookup_key(text))
    assert m is not None and qualified_pair(m) == pair
