"""Numbers in Arabic news sentences: arabnews' numbers stage against pyarabic, on the same sentences.

    python benchmarks/numbers_vs_pyarabic.py          # the table
    python benchmarks/numbers_vs_pyarabic.py -v       # and every miss / false expression

Each sentence below comes with its gold number expressions (text as written, value).  The span
convention is arabnews' (the number itself with its scale words, no counted noun, no و/ب proclitic;
years and other date parts are not numbers); arabnews' spans include a qualifier before the number
("نحو ألفي"), which is taken off for the comparison.  Systems:

- arabnews: ``Pipeline(["numbers", "dates"])`` (the dates stage takes years and day numbers away from
  the numbers layer; without it, ``Pipeline(["numbers"])`` and years count as false).
- pyarabic: ``pyarabic.number.extract_number_phrases`` then ``text2number`` on each phrase.
  ``text2number`` returns 0 for digits, so a phrase of bare digits is given its digit value instead:
  the comparison is about finding and reading number words, not about that.

An expression is *found* when a system returns exactly its text (after normalization, a leading
و dropped), *correct* when the value is also right; a returned expression that matches no gold one
is *false*.

The sentences were written while the stage was developed (a development set, news-style, including
the traps it handles: أحد, الاثنين, لست, dates), so arabnews' score here is optimistic; the point is
what each system covers on the same input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from arabnews import Pipeline
from arabnews.pipeline import available_stages
from arabnews.text.normalize import fold, normalize

# (sentence, [(expression, value), ...])
SENTENCES: list[tuple[str, list[tuple[str, float]]]] = [
    ("قتل 7 أشخاص في قصف على حلب", [("7", 7)]),
    ("انتشلت الميليشيا جثث 46 مقاتلا من صفوفها عام 2016", [("46", 46)]),
    ("قتل ثلاثة وعشرون مدنيا بينهم سبعة أطفال", [("ثلاثة وعشرون", 23), ("سبعة", 7)]),
    ("أسفر القصف عن مقتل عشرات المدنيين وإصابة المئات", [("عشرات", 10), ("المئات", 100)]),
    ("خسرت الميليشيا مئات القتلى خلال معارك حلب", [("مئات", 100)]),
    ("نزح أكثر من 2.5 مليون شخص منذ بداية الحرب", [("2.5 مليون", 2500000)]),
    ("بلغت قيمة الصفقة 15 ألف دولار", [("15 ألف", 15000)]),
    ("قدرت الخسائر بأربعة ملايين ونصف المليون ليرة", [("أربعة ملايين ونصف المليون", 4500000)]),
    ("ارتفعت نسبة البطالة إلى 25% في المدينة", [("25%", 25)]),
    ("انخفضت الليرة بنسبة ٪١٥ خلال أسبوع", [("٪١٥", 15)]),
    ("وصل عدد اللاجئين إلى ١٥٠ ألفا", [("١٥٠ ألفا", 150000)]),
    ("تضم القوة نحو ألفي مقاتل", [("ألفي", 2000)]),
    ("شارك في الهجوم مئتان من العناصر", [("مئتان", 200)]),
    ("اعتقلت القوات مائتين وخمسين شخصا", [("مائتين وخمسين", 250)]),
    ("قتل سبعة عشر عنصرا في الكمين", [("سبعة عشر", 17)]),
    ("أصيب ثلاث نساء وأربعة رجال", [("ثلاث", 3), ("أربعة", 4)]),
    ("استهدفت الطائرات القرية بثلاثين غارة", [("ثلاثين", 30)]),
    ("وصلت حصيلة القتلى إلى 1,245 قتيلا", [("1,245", 1245)]),
    ("سجل معدل التضخم ٣٫٥ في المئة", [("٣٫٥", 3.5)]),
    ("خصصت الحكومة مليار دولار لإعادة الإعمار", [("مليار", 1000000000)]),
    ("قتل بضعة جنود في اشتباك", [("بضعة", 3)]),
    ("فر آلاف المدنيين من المدينة", [("آلاف", 1000)]),
    ("يعيش عشرات الآلاف في المخيمات", [("عشرات الآلاف", 10000)]),
    ("دمر نصف المباني في الحي", [("نصف", 0.5)]),
    ("يسيطر التنظيم على ثلث مساحة البلاد", [("ثلث", 1 / 3)]),
    ("خسر الجيش ربع قواته", [("ربع", 0.25)]),
    ("انتهت الجولة الثالثة من المفاوضات", [("الثالثة", 3)]),
    ("احتلت المدينة المرتبة الحادية عشرة", [("الحادية عشرة", 11)]),
    ("قتل ما بين 20 و30 مسلحا", [("20 و30", 20)]),
    ("اعتقل قرابة خمسين شخصا", [("خمسين", 50)]),
    ("أطلق المسلحون خمسمئة وثلاثة وعشرين صاروخا", [("خمسمئة وثلاثة وعشرين", 523)]),
    ("يبلغ عدد السكان مليون وخمسمئة ألف نسمة", [("مليون وخمسمئة ألف", 1500000)]),
    ("قتل أحد أبناء المخيم يوم الأحد", []),
    ("التقى الوزير نظيره يوم الاثنين", []),
    ("قال لست أدري ماذا حدث", []),
    ("وقع الهجوم في الثالث عشر من رمضان", []),
    ("اندلعت المعارك في كانون الأول عام 2012", []),
    ("وصلت ثلاثة آلاف عائلة إلى المخيم", [("ثلاثة آلاف", 3000)]),
    ("أعلن الجيش مقتل ثلاثة عشر ألفا من المسلحين", [("ثلاثة عشر ألفا", 13000)]),
    ("قتل اثنا عشر شخصا وجرح إحدى وعشرون امرأة", [("اثنا عشر", 12), ("إحدى وعشرون", 21)]),
    ("سقطت ثماني قذائف على الحي", [("ثماني", 8)]),
    ("بلغ عدد الضحايا 3 آلاف", [("3 آلاف", 3000)]),
    ("قتل ١٢ شخصاً وأصيب ٣٠ آخرون بجروح", [("١٢", 12), ("٣٠", 30)]),
    ("أكثر من ستة ملايين سوري لجأوا إلى دول الجوار", [("ستة ملايين", 6000000)]),
    ("تجاوز عدد الإصابات عشرة آلاف حالة", [("عشرة آلاف", 10000)]),
    ("سلم المسلحون 300 قطعة سلاح و12 دبابة", [("300", 300), ("12", 12)]),
    ("بلغت الموازنة 4.5 تريليون ليرة سورية", [("4.5 تريليون", 4500000000000)]),
    ("دفع الأهالي 500 ألف دولار فدية", [("500 ألف", 500000)]),
    ("يسكن المخيم نحو عشرين ألف نازح", [("عشرين ألف", 20000)]),
    ("أصيب العشرات بحالات اختناق", [("العشرات", 10)]),
    ("خرجت الدفعة الرابعة من المهجرين", [("الرابعة", 4)]),
    ("دوى الانفجار عند الساعة الثانية عشرة ظهرا", []),
    ("قتل الاثنان في الغارة", [("الاثنان", 2)]),
    ("زادت الأسعار بنسبة خمسين بالمئة", [("خمسين", 50)]),
    ("أسفر الانفجار عن سقوط 8 قتلى و25 جريحا", [("8", 8), ("25", 25)]),
    ("انسحبوا بعد ثلاثة أيام من المعارك", []),
    ("نزح مليونين ونصف المليون شخص", [("مليونين ونصف المليون", 2500000)]),
    ("قتل ١٠-١٥ مسلحا في الاشتباكات", [("١٠-١٥", 10)]),
]


def _key(text: str) -> str:
    k = fold(normalize(text)).strip()
    return k[1:] if k.startswith("و") and len(k) > 1 else k


def run_arabnews(sentence: str, nlp) -> list[tuple[str, float]]:
    out = []
    for n in nlp(sentence).numbers:
        text = n.text
        # Since issue #16 a qualifier before the number is inside arabnews' span ("أكثر من 2.5 مليون");
        # the gold spans here are the number itself, so the qualifier is compared without it.
        if n.attrs.get("qualifier_start") == n.start:
            text = sentence[n.attrs["qualifier_end"]:n.end].lstrip()
        out.append((text, n.value))
    return out


def run_pyarabic(sentence: str) -> list[tuple[str, float]]:
    from pyarabic.number import extract_number_phrases, text2number

    out = []
    for phrase in extract_number_phrases(sentence):
        bare = _key(phrase)
        value = int(bare) if bare.isdigit() else text2number(phrase)
        out.append((phrase, value))
    return out


def score(predicted: list[tuple[str, float]], gold: list[tuple[str, float]]):
    remaining = {_key(t): v for t, v in gold}
    found = correct = false = 0
    misses, falses = [], []
    for text, value in predicted:
        k = _key(text)
        if k in remaining:
            found += 1
            gold_value = remaining.pop(k)
            if value is not None and abs(value - gold_value) < 1e-9:
                correct += 1
            else:
                misses.append(f"{text} = {value} (gold {gold_value})")
        else:
            false += 1
            falses.append(f"{text} = {value}")
    misses += [f"missed {t}" for t in remaining]
    return found, correct, false, misses + [f"false {f}" for f in falses]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false expressions")
    args = parser.parse_args(argv)
    stages = ["numbers", "dates"] if "dates" in available_stages() else ["numbers"]
    nlp = Pipeline(stages)
    gold_total = sum(len(g) for _, g in SENTENCES)
    systems = {
        f"arabnews ({'+'.join(stages)})": lambda s: run_arabnews(s, nlp),
        "pyarabic extract_number_phrases+text2number": run_pyarabic,
    }
    print(f"{len(SENTENCES)} sentences, {gold_total} gold number expressions\n")
    print(f"{'system':48} {'returned':>8} {'found':>6} {'correct':>8} {'false':>6} {'precision':>10} {'recall':>7}")
    details = {}
    for name, system in systems.items():
        returned = found = correct = false = 0
        notes = []
        for sentence, gold in SENTENCES:
            predicted = system(sentence)
            f, c, x, n = score(predicted, gold)
            returned += len(predicted)
            found, correct, false = found + f, correct + c, false + x
            notes += [f"  {sentence}: {m}" for m in n]
        precision = correct / returned if returned else 0.0
        recall = correct / gold_total if gold_total else 0.0
        print(f"{name:48} {returned:8d} {found:6d} {correct:8d} {false:6d} {precision:10.2f} {recall:7.2f}")
        details[name] = notes
    if args.verbose:
        for name, notes in details.items():
            print(f"\n{name}:")
            print("\n".join(notes) or "  (none)")


if __name__ == "__main__":
    main()
