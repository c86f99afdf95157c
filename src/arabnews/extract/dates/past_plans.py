"""A plan told in the past is no future cue (session 44).

"كان من المقرر أن تنطلق فعاليات الدورة الرابعة يوم 31 مارس" (article 93 of ANT), "كان من المقرر أن تصل إلى الولايات
المتحدة يوم 31 جانفي" (1306), "كان يفترض أن …": the plan word (المقرر, مقررا, المفترض, يفترض …) after a form of
كان says the plan was made in the writer's past — often called off since — and the imperfect verb after أن tells
no future.  The tense readers took "المقرر" or that verb as a future cue and gave the next such month or weekday
(2018-01-31 against a reference of 2017-06-01); :func:`past_plan` says a future read is such a plan's, and the
readers take the date as told in the past.  Words in ``dates_lexicon.yaml`` (``past_plan_auxiliaries``,
``past_plan_words``).
"""

from __future__ import annotations

from functools import cache

from .months import lexicon
from .reading import gate_parts, last_end

#: How far before a date the plan is looked for (characters; about twelve words): "كان من المقرر أن تنطلق
#: فعاليات الدورة الرابعة من التظاهرة يوم 31 مارس"
_REACH = 150
#: Quotes, brackets and commas a word may be glued to ('"كان من المقرر', "المقرر،")
_MARKS = "\"'«»“”„()[]،,-"


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of كان (and with و/ف before them) and the plan words (sets: a loop over a sentence's words, no
    pattern to compile)."""
    lex = lexicon()
    aux = frozenset(lex.past_plan_auxiliaries)
    return aux | {c + w for w in aux for c in "وف"}, frozenset(lex.past_plan_words)


@cache
def _parts() -> tuple[str, ...]:
    """The plan words as parts of words, the article taken off, a word that holds another left out ("مقرر" is in
    "مقررا", "المقرر"): a stretch without one holds no plan (speed only)."""
    return gate_parts(w[2:] if w.startswith("ال") else w for w in lexicon().past_plan_words)


def past_plan(text: str, pos: int) -> bool:
    """Is there a plan told in the past ("كان من المقرر", "كانت مقرره", "كان يفترض") before ``pos`` of the folded
    ``text``, in its sentence and within :data:`_REACH` characters?"""
    lo = pos - _REACH if pos > _REACH else 0
    stretch = text[lo:pos]
    if "كان" not in stretch:
        return False  # (most future reads: no كان in reach, no search)
    for part in _parts():
        if part in stretch:
            break
    else:
        return False  # (كان alone, "مكان", "السكان": no plan word in reach, no search)
    cut = last_end(stretch)
    # a form of كان (with و/ف), then قد or not, then من or not, then a plan word
    aux, plans = _words()
    words = [w.strip(_MARKS) for w in stretch[cut + 1:].split()]
    for i, word in enumerate(words):
        if word in aux:
            j = i + 1
            if j < len(words) and words[j] == "قد":
                j += 1
            if j < len(words) and words[j] == "من":
                j += 1
            if j < len(words) and words[j] in plans:
                return True
    return False
