"""The ``dates`` stage: temporal expressions with TIMEX3-style values (runs after ``numbers``).

Finds absolute dates in the four month systems of Arabic news (Levantine "كانون الأول",
Egyptian "ديسمبر", Maghrebi "دجنبر"/"جانفي", Hijri "ذو الحجة" with هـ), numeric dates (day first),
years and decades, ranges, relative expressions resolved against ``doc.reference_date``,
durations, clock times, vague references and periodic sets.

Each :class:`~arabnews.document.DateSpan` has

* ``type``: DATE, TIME, DURATION or SET;
* ``value``: ISO 8601 / TIMEX3, always Gregorian — ``2016-05``, ``2019-12-15``, ``2018-W09``,
  ``2021-Q1``, ``2021-H1``, ``2015-SU`` (a season), ``199`` (a decade), ``20`` (a century),
  ``2011/2015`` (an interval, with ``end_value`` its end), ``P4Y``, ``PXY`` (unknown count), ``T03:00``,
  ``2020-05-12TMO`` (a part of a day), ``PAST_REF`` / ``FUTURE_REF`` / ``PRESENT_REF``; a Hijri date
  has ``calendar="hijri"``, its Gregorian reading as ``value`` (an interval for a Hijri month or year)
  and its Hijri reading in ``attrs["hijri"]`` (``1444-09-13``);
* ``resolved``: False when the value needs a reference date that was not given.  Then ``value`` is
  ``None`` — never today's date — and ``attrs`` carry ``anchor="REF"`` and ``offset`` (a signed
  ISO duration: "منذ 3 سنوات" → ``-P3Y``; "اليوم" → ``P0D``), and ``timex`` where TIMEX3 has an
  underspecified form ("أيار" → ``XXXX-05``, "الخميس" → ``XXXX-WXX-4``).  Resolved relative dates
  keep ``anchor``/``offset`` too;
* ``mod``: TIMEX3 modifiers in upper case — START (مطلع، بداية، أوائل), MID (منتصف), END (أواخر،
  نهاية), APPROX (قرابة، نحو، حوالي), MORE_THAN (أكثر من), LESS_THAN (أقل من);
* ``attrs``: ``weekday`` (ISO number, Monday = 1) and ``weekday_ok`` when a weekday is written with a
  full date; ``relation`` (since / until / before / after / during) for a signal word before the
  expression; ``range`` {start, end} and ``end_value`` of an interval; ``ambiguous`` (the month-first
  reading of a numeric date), ``timezone``, ``holiday``, ``freq`` (a SET), ``direction`` (the last/next N
  units).  "منذ" before an absolute date makes one since-interval span: "منذ عام 2012" → ``2012/<reference>``.

Signal words are left out of a span ("بعد أربعة أعوام" → "أربعة أعوام", P4Y, relation "after"),
except منذ/قبل before a duration, which make it a relative date ("منذ 3 سنوات" → DATE ref − 3 years
at year granularity), and من/بين of a range.  Proclitics (و ف ب ل ك) are left out too.

Word numbers come from ``doc.numbers``: the stage requires the ``numbers`` stage before it.  Numbers
inside a date span are removed from ``doc.numbers``: the dates stage owns them.

Choices: "اليوم" is the reference day except before a definite word ("اليوم الوطني", "اليوم التالي");
"حتى اليوم" is today.  A weekday written with اليوم/أمس/غدا names the day, and the writer's day is the
last one on or before the day after the reference that makes it fall there: "اليوم السبت" with a Friday
reference is the Saturday after it, "اليوم الاثنين" the Monday before it (``offset`` says how far).
Days sharing a month are one range when they follow each other ("يومي 18
و19 جانفي" → ``2017-01-18/2017-01-19``) and separate dates when not ("يومي 22 و24 مارس").  A month name
alone is a date after a preposition ("في مارس", "خلال رمضان") or after another month and و/أو/إلى
("مارس وأفريل"); "بين شهري مارس وأفريل" is a range.  A bare weekday ("الخميس", "يوم الخميس") is the
most recent such day on or before the reference (past-tense news) unless a future cue precedes it (سـ,
سوف, من المقرر, an imperfect verb: the next one on or after it); "الخميس المقبل" the next one; when the
document names its day ("اليوم الجمعة"), a bare weekday of that name is that day (:mod:`.today`).  A month without
a year takes the reference year.  "عام" is a date only before a year ("الرأي العام" is not).

>>> import datetime as dt
>>> from arabnews import Pipeline
>>> doc = Pipeline(["numbers", "dates"])("تأسست الميليشيا مطلع عام 2014", reference_date=dt.date(2020, 5, 12))
>>> [(d.text, d.value, d.mod) for d in doc.dates]
[('مطلع عام 2014', '2014', 'START')]

Modules, in the order the stage uses them: :mod:`.months` (the lexicon, from ``date_tables.json`` and
``dates_lexicon.yaml``), :mod:`.patterns` (the compiled rules), :mod:`.masking` (word numbers as
number slots), :mod:`.windows` (where the rules run), :mod:`.rules` (the ordered rule table) with
:mod:`.starts` (where in a window each rule can begin) with :mod:`.places` (those places of all rules found
by one scan of the window) and :mod:`.handlers` (one module per family),
:mod:`.candidates` (overlap resolution), :mod:`.merges` (ranges, times with their day, relations),
:mod:`.resolve` (calendar arithmetic), :mod:`.today` (one "today" per document) and :mod:`.stage`.
"""

from __future__ import annotations

from .stage import extract_dates, make_stage

__all__ = ["extract_dates", "make_stage"]
