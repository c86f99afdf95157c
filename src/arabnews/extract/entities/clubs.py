"""Sport clubs (part of the ORG rules; :mod:`.orgs` lists them all).

- :func:`arab_clubs`, :func:`foreign_clubs` — clubs named by a word of a list, in a sentence about sport;
- :func:`club_names` — a club head and the nisbas of its town are one ORG ("النادي الصفاقسي",
  "الترجي الرياضي التونسي", and the regional "النجم الساحلي", "النادي الإفريقي");
- :func:`clubs_in_lists`, :func:`club_of_town`, :func:`town_sport_club` — clubs in lists and named by their town;
- :func:`org_without_nationality` — a club or company ends before its nationality ("فرايبورغ الألماني");
- :func:`club_by_nationality` — a city followed by a masculine nationality adjective is a club.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...lang.ar import fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .backoff import ARAB_COUNTRIES
from .bio import Tag, chunk_end, chunk_list, edit_chunks, tag_set
from .gates import gate
from .gazetteer import Gazetteer, given_names, verb_forms
from .orgheads import (
    _nationality_adjective,
)
from .rulewords import (
    ARAB_CLUB,
    ARTICLE,
    CLUB_HEAD,
    CLUB_NAME_FIRST,
    CLUB_NAME_WORD,
    CLUB_TOWN_HEAD,
    CLUB_WORD,
    FOREIGN_CLUB,
    FOREIGN_CLUBS_FILE,
    FOREIGN_CLUBS_SCHEMA,
    MASC_NISBA,
    ORG_HEAD,
    PREDICATE,
    STADIUM_HEAD,
    flagged,
    has_article,
    in_list,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    sport_sentence,
    stems,
)


@gate(bits=ARAB_CLUB)  # a club is a word of the list: its stems hold one (the bit), as the loop and _clubs_in_match ask
def arab_clubs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An Arab club named by a definite word that is an ordinary word or a town too (``rules.yaml``'s
    ``arab_club_names``: "السد", "العين", "الوحدة"), untagged or read as a place or person, before a country's
    masculine nisba near a word of sport (``sport_words``, ``match_words``, "أمام", "ضد") or a score, three words
    before it or after the nisba, is the club, the nisba left out
    as ANERcorp tags clubs ("فاز السد
    القطري على الدحيل", "العين الإماراتي"); not outside sport ("الشباب السعودي", the young)."""
    folds = sentence_folds(toks)
    names = rule_words().arab_club_names
    if names.isdisjoint(folds) and not any(f[:1] in ("و", "ف", "ل", "ب") and f[1:] in names for f in folds):
        return
    n, flags = len(toks), sentence_flags(toks)
    for i in flagged(toks, ARAB_CLUB):  # a club's name among the word's stems (its flags, read once per sentence)
        if i >= n - 1:
            break
        if not flags[i] & ARTICLE:
            continue
        if tags[i] not in ("O", "B-LOC", "B-PER", "B-MISC") or tags[i + 1] != "O" or toks[i + 1].kind != "word":
            continue
        nxt = folds[i + 1]
        if not (nxt.startswith("ال") and nxt.endswith("ي") and nxt in gaz.nisba
                and _nationality_adjective(toks[i + 1].norm)):
            continue
        if gaz.nisba.get(nxt) not in ARAB_COUNTRIES or (i + 2 < n and tags[i + 2] == "B-PER"):
            # an Arab club's nationality is an Arab country's, and a person after them makes the name a noun:
            # "يخوضها النجم البرتغالي خارج" (ANERcorp), "قاده النجم البرازيلي رونالدينيو" (ANT 9329), "النجم
            # المصري محمد صلاح" are players
            continue
        # a match word or a score near the club: three words before it or after its nisba ("فاز السد القطري على")
        rw = rule_words()
        near = [*toks[max(0, i - 3):i], *toks[i + 2:i + 5]]
        if any(tok.text[:1].isdigit() or (tok.kind == "word" and (
                in_list(tok.norm, rw.match_words) or in_list(tok.norm, rw.sport_words)
                or fold(tok.norm) in ("امام", "ضد"))) for tok in near):
            tags[i] = "B-ORG"
    _clubs_in_match(toks, tags, folds, names, gaz)
    _club_and_town(toks, tags, folds, names, gaz)


def _club_and_town(toks: Sequence[Token], tags: list[Tag], folds: Sequence[str], names: frozenset[str],
                   gaz: Gazetteer) -> None:
    """A club of ``arab_club_names`` that is an ORG of its own word, right before a town or region of the gazetteer
    without the article, is the club of that town, one ORG with it: "نادي الاهلي شندي", "لقيادة الاهلي شندي" (Ahli
    Shendi, ANT 9185), "الأهلي بنغازي", "الاتحاد" + a town; the tagger's LOC of the town gives way.  Not a country
    ("الأهلي مصر"), a word with the article (another club of a list, "الأهلي الزمالك"), a given name or an ordinary
    word, nor after a preposition ("الأهلي في القاهرة": nothing between them), and a nisba after the town stays out
    as after any club ("أهلي شندي السوداني")."""
    n = len(toks)
    for i in flagged(toks, ARAB_CLUB):
        k = i + 1
        if k >= n or tags[i] != "B-ORG" or tags[k] not in ("O", "B-LOC") or toks[k].kind != "word":
            continue
        if folds[i] not in names and names.isdisjoint(stems(toks[i].norm)):
            continue
        word = folds[k]
        if has_article(toks[k].norm) or word in names or word in gaz.common or word in gaz.person_parts \
                or word in gaz.nisba or word in gaz.particles or len(word) < 3:
            continue
        size = gaz.match_place(list(folds), k, (word,)) or 1
        if tags[k] == "B-LOC" and chunk_end(tags, k) != k + size:
            continue
        if tags[k] == "O" and any(t != "O" for t in tags[k + 1:k + size]):
            continue
        if not _club_town(" ".join(folds[k:k + size]), gaz):
            continue
        tags[k:k + size] = ["I-ORG"] * size


@lru_cache(maxsize=1)
def _foreign_clubs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded names of ``foreign_clubs.yaml`` by their first word, longest first ("سانت" → ("سانت", "اتيان"))."""
    names = {tuple(fold(w) for w in name.split()) for name in load(FOREIGN_CLUBS_FILE, FOREIGN_CLUBS_SCHEMA)["clubs"]}
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


@lru_cache(maxsize=1)
def _club_second_words() -> frozenset[str]:
    """The folded second words of :func:`_club_names` ("سان", "مدريد", "يونايتد"…): a sentence has one as a word
    wherever it names such a club, and most sentences have none."""
    return frozenset(name[1] for names in _club_names().values() for name in names)


@gate(bits=FOREIGN_CLUB)
def foreign_clubs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A European club named by its town or a word (``ner/foreign_clubs.yaml``: "نيم", "تروا", "أورليون", "ليل"),
    untagged or read as a place, a person or a MISC of its own words, is an ORG after a team's word
    (``rules.yaml``'s ``foreign_club_cues``, a proclitic allowed: "لفريقه نيم", "تشكيلة أورليون", "لاعب نانت"); in a
    sentence about sport also before a country's masculine nisba ("ليون الفرنسي"; not "مدينة ليون الفرنسية") or after
    a match's link ("على", "أمام", "ضد", "مع") that a match word or a club comes shortly before ("فاز على نيورت").
    Elsewhere the town stays a place ("في مدينة نيس") and the word a word ("ليل", night)."""
    clubs = _foreign_clubs()
    folds = sentence_folds(toks)
    if clubs.keys().isdisjoint(folds) and not any(_clitic_club(f, clubs) for f in folds):
        return
    rw = rule_words()
    n = len(toks)
    for i in range(1, n):
        names = clubs.get(folds[i])
        clitic = ""
        if names is None:
            clitic = _clitic_club(folds[i], clubs)
            names = clubs.get(folds[i][len(clitic):]) if clitic else None
        if names is None or toks[i].kind != "word" or tags[i] not in ("O", "B-LOC", "B-PER", "B-MISC"):
            continue
        first = folds[i][len(clitic):]
        size = next((len(name) for name in names if (first, *folds[i + 1:i + len(name)]) == name), 0)
        if not size:
            continue
        e = i + size
        # the tagger's name may run on into the nationality after the club ("وجوفنتوس الإيطالي" a PER)
        # (the gazetteer's nisbas of countries too: "نابولي الإيطالي", "تاندا الإيفواري")
        nisba = e < n and toks[e].kind == "word" and folds[e].endswith("ي") and (
            _nationality_adjective(toks[e].norm) or (folds[e].startswith("ال") and folds[e] in gaz.nisba))
        whole = chunk_end(tags, i) if tags[i] != "O" else e
        if whole != e and not (nisba and whole == e + 1 and tags[e].startswith("I-")):
            continue  # a longer name of its own ("سانت إتيان" in a person's name)
        if any(t != "O" for t in tags[i + 1:e]) and tags[i] == "O":
            continue
        before = toks[i - 1]
        cue = before.kind == "word" and tags[i - 1] == "O" and not rw.foreign_club_cues.isdisjoint(stems(before.norm))
        if not cue:
            nisba = nisba and (tags[e] == "O" or whole > e)
            link = before.kind == "word" and folds[i - 1] in _MATCH_LINKS and any(
                (tags[m] != "O" and tags[m][2:] == "ORG") or (toks[m].kind == "word" and in_list(toks[m].norm,
                                                                                              rw.match_words))
                for m in range(max(0, i - 5), i - 1))
            # with its proclitic: the club scored for or joined ("التسجيل لنابولي", "انتقاله ليوفنتوس"), or a club's
            # coordinate ("يوفنتوس ونابولي"), in a sentence about sport; the coordinate of a club with its nationality
            # and with its own anywhere ("ريال مدريد الإسباني وجوفنتوس الإيطالي")
            p = i - 2 if i > 1 and tags[i - 1] == "O" and folds[i - 1] in gaz.nisba else i - 1
            coordinate = clitic[:1] == "و" and tags[p][2:] == "ORG"
            if not ((nisba or link or coordinate or clitic[-1:] == "ل")
                    and ((coordinate and nisba) or sport_sentence(toks, gaz))):
                continue
        tags[i:e] = ["B-ORG"] + ["I-ORG"] * (e - i - 1)
        if whole > e:
            tags[e] = "O"


#: The proclitics a foreign club's town takes in :func:`foreign_clubs` ("لنابولي", "ونابولي", "ولنابولي").
_CLUB_CLITICS = ("ول", "فل", "ل", "و")


def _clitic_club(word: str, clubs: dict[str, tuple[tuple[str, ...], ...]]) -> str:
    """The proclitic of the folded ``word`` that leaves the first word of a club of four letters at least
    (not "ليل", "نيس": "لليل", "لنيس" are other words), or ""."""
    for clitic in _CLUB_CLITICS:
        rest = word[len(clitic):]
        if word.startswith(clitic) and len(rest) >= 4 and rest in clubs:
            return clitic
    return ""


#: Multi-word football club names (session 38; :func:`whole_club_names`).
CLUB_NAMES_FILE = "ner/club_names.yaml"
CLUB_NAMES_SCHEMA = Record({"clubs": Words}, {"_about": str})


@lru_cache(maxsize=1)
def _club_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded names of ``club_names.yaml`` by their first word, longest first ("باريس" → ("باريس", "سان",
    "جيرمان"), …)."""
    names = {tuple(fold(w) for w in name.split()) for name in load(CLUB_NAMES_FILE, CLUB_NAMES_SCHEMA)["clubs"]}
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


@gate(bits=CLUB_NAME_FIRST)
def whole_club_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A football club named by two words or more that name nothing else (``ner/club_names.yaml``: "باريس سان
    جيرمان", "ريال مدريد", "مانشستر يونايتد"), a proclitic allowed on its first word ("لباريس سان جيرمان"), is one
    ORG wherever it stands: untagged, or read as a place and a person ("باريس" + "سان جيرمان"), a person or a place
    of its own words or of more ("ديبورتيفو الافيس"); a name the tagger went on with after the club begins after it.
    Not inside a longer ORG or MISC ("نادي ريال مدريد", "كأس …"), and the town alone stays a place ("باريس")."""
    folds = sentence_folds(toks)
    if _club_second_words().isdisjoint(folds):
        return  # (most sentences: each token's proclitic splits are not asked)
    clubs = _club_names()
    n = len(toks)
    for i in range(n - 1):
        if toks[i].kind != "word" or tags[i] in ("I-ORG", "I-MISC"):
            continue
        firsts = [f for f in (folds[i], *stems(toks[i].norm)) if f in clubs]
        if not firsts:
            continue
        size = next((len(name) for first in firsts for name in clubs[first]
                     if tuple(folds[i + 1:i + len(name)]) == name[1:]), 0)
        if not size:
            continue
        e = i + size
        if tags[i] == "B-ORG" and chunk_end(tags, i) > e:
            continue  # a longer ORG that starts with the club's name ("ريال مدريد لكرة السلة")
        if any(t in ("B-ORG", "B-MISC") for t in tags[i + 1:e]):
            continue  # an ORG or MISC that starts inside the name: left as it is
        tags[i:e] = ["B-ORG"] + ["I-ORG"] * (size - 1)
        if e < n and tags[e].startswith("I-"):
            tags[e] = "B-" + tags[e][2:]


@gate(bits=FOREIGN_CLUB | CLUB_NAME_FIRST, tags=("I-ORG",))  # a ORG of 2+ words
def split_coordinated_clubs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG of two clubs joined by و, each a club of ``foreign_clubs.yaml`` or ``club_names.yaml`` ("يوفنتوس
    وبورتو", "أرسنال ونابولي", "ريال مدريد وبايرن ميونيخ"), is two ORGs (session 38); not a name of one club that
    holds و, and not where a side is no listed club ("نادي الهلال والنصر" stays as the tagger read it)."""
    short, long_ = _foreign_clubs(), _club_names()
    folds = sentence_folds(toks)

    def club_at(a: int, b: int, clitic: bool) -> bool:  # are toks[a:b] one club's name (و on the first word)?
        words = tuple(folds[a:b])
        if clitic:
            if not words[0].startswith("و") or len(words[0]) < 4:
                return False
            words = (words[0][1:], *words[1:])
        return words in short.get(words[0], ()) or words in long_.get(words[0], ())

    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i < 2 or any(t.kind != "word" for t in toks[i:j]):
            continue
        cut = next((k for k in range(i + 1, j) if club_at(i, k, False) and club_at(k, j, True)), None)
        if cut is not None:
            tags[cut] = "B-ORG"


#: The prepositions between two sides of a match ("فاز السد على الغرافة", "تعادل الوحدة مع الجزيرة"), folded.
_MATCH_LINKS = frozenset({"علي", "مع", "امام", "ضد"})


def _clubs_in_match(toks: Sequence[Token], tags: list[Tag], folds: Sequence[str], names: frozenset[str],
                    gaz: Gazetteer) -> None:
    """The two sides of a match named alone, without their nisba: a club of ``arab_club_names`` right after a
    match word (``match_words``: "فاز السد على الغرافة") or after "على"/"مع"/"أمام"/"ضد" that follows such a
    club, an ORG or a match word ("تعادل الوحدة مع الجزيرة", "الفوز على النصر"), is the club: both sides named, or
    one in a sentence about sport (not "وفاز النصر في الانتخابات")."""
    rw = rule_words()
    n = len(toks)

    def club(i: int) -> bool:
        return 0 <= i < n and toks[i].kind == "word" and folds[i] in names \
            and tags[i] in ("O", "B-LOC", "B-PER", "B-MISC", "B-ORG") \
            and (i + 1 >= n or not tags[i + 1].startswith("I-"))

    def match_word(i: int) -> bool:
        return 0 <= i < n and toks[i].kind == "word" and tags[i] == "O" and in_list(toks[i].norm, rw.match_words)

    for i in range(1, n - 1):
        if not match_word(i - 1):
            continue
        first = club(i)
        link = i + 1 if first else i
        second = link + 1 < n and folds[link] in _MATCH_LINKS and (club(link + 1) or tags[link + 1] == "B-ORG")
        if not (first and second) and not sport_sentence(toks, gaz):
            continue  # one side alone: only in a sentence about sport ("وفاز النصر في الانتخابات")
        if first:
            tags[i] = "B-ORG"
        if second and club(link + 1):
            tags[link + 1] = "B-ORG"


def _town_nisba(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` the nisba of a town or region with the article ("الصفاقسي" of صفاقس,
    "المنستيري" of المنستير, "الباجي" of باجة), not a country's ("التونسي")?"""
    if not word.startswith("ال") or word in gaz.nisba or word in gaz.common:  # "الدولي", "الإفريقي"
        return False
    if word.endswith("يه"):
        stem = word[2:-2]
    elif word.endswith("ي"):
        stem = word[2:-1]
    else:
        return False
    if len(stem) < 3:
        return False
    if gaz.place(stem) is not None or gaz.place("ال" + stem) is not None:
        return True
    # "الباجي" of باجة; the ة is restored only for an Arab town ("المولدي" is a given name, not مولده)
    place = gaz.place(stem + "ه") or gaz.place("ال" + stem + "ه")
    return place is not None and place.country in ARAB_COUNTRIES


@gate(CLUB_HEAD)
def club_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A club head with the article (``rules.yaml``'s ``club_heads``: "النادي", "الترجي", "النجم")
    and the town nisbas and ``club_words`` after it are one ORG ("النادي الصفاقسي", "الترجي الرياضي
    التونسي": after "الرياضي" a nationality belongs to the name), whether the tagger left the head
    untagged or tagged it alone; the head and "الرياضي" alone before ب + a town are a club too, the town left
    out ("الإتحاد الرياضي" + "ببن قردان"; not after a stadium's head, nor before a country: "بتونس")."""
    if not sentence_bits(toks) & CLUB_HEAD:
        return
    flags = sentence_flags(toks)
    rw = rule_words()
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & CLUB_HEAD or not flags[h] & ARTICLE or tags[h] not in ("O", "B-ORG"):
            continue
        if tags[h] == "O" and not rw.club_heads_common.isdisjoint(stems(toks[h].norm)):
            # "الشباب القيرواني" (Kairouan's youth), "الوفاق السطايفي": an ordinary noun, a club in a sentence about
            # sport only
            if not sport_sentence(toks, gaz):
                continue
        j = h + 1
        while j < n and tags[h] == "B-ORG" and tags[j] == "I-ORG":
            j += 1
        sport = any(fold(t.norm) in rw.club_words for t in toks[h + 1:j])
        k = j
        while k < n and k - h <= 4 and toks[k].kind == "word" and tags[k] == "O":
            word = fold(toks[k].norm)
            if word in rw.club_words:
                sport = True
            elif word in rw.club_nisbas:  # "النجم الساحلي", "النادي الإفريقي"
                pass
            elif word in gaz.nisba:
                if sport:
                    k += 1
                break
            elif not _town_nisba(word, gaz):
                break
            k += 1
        # "الإتحاد الرياضي" + "ببن قردان": before ب + a town the sport word makes a club, no stadium; the town
        # stays its LOC, as place_out_of_org leaves it ("نادي كرة القدم" + "بالحمامات")
        if sport and k < n and fold(toks[k - 1].norm) in rw.club_words and not in_list(toks[h].norm, rw.stadium_heads) \
                and _club_town_after_ba(toks, tags, k, gaz) > k:
            tags[h:k] = ["B-ORG"] + ["I-ORG"] * (k - h - 1)
            continue
        # "أمام البعث" + "ببني خيار": the head alone, the other side of a match, before ب + its town
        # (session 41: also after a verb or an indefinite noun, "انهزم البعث ببني خيار", before a Tunisian town; not
        # after a definite noun it qualifies, "الملعب الأولمبي برادس", an organisation's head or a function word)
        if k == h + 1 < n and tags[h] == "O" and (h == 0 or fold(toks[h - 1].norm) in _MATCH_LINKS or (
                tags[h - 1] == "O" and toks[h - 1].kind == "word" and not flags[h - 1] & (ORG_HEAD | ARTICLE)
                and fold(toks[h - 1].norm) not in rw.function_words and _tunisian_town_after_ba(toks, tags, k, gaz))) \
                and not in_list(toks[h].norm, rw.stadium_heads) and sport_sentence(toks, gaz) \
                and _club_town_after_ba(toks, tags, k, gaz) > k:
            tags[h] = "B-ORG"
            continue
        # "الملعب الرياضي" alone is a stadium: a sport word must be followed by a nisba
        if k > j and (k - j > 1 or fold(toks[k - 1].norm) not in rw.club_words or tags[h] == "B-ORG"):
            tags[h:k] = ["B-ORG"] + ["I-ORG"] * (k - h - 1)


def _tunisian_town_after_ba(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> bool:
    """Is the town that ``toks[k]`` opens with ب (:func:`_club_town_after_ba`) a Tunisian one ("ببني خيار")?"""
    end = _club_town_after_ba(toks, tags, k, gaz)
    if end <= k:
        return False
    name = " ".join([fold(toks[k].norm)[1:], *(fold(t.norm) for t in toks[k + 1:end])])
    place = gaz.place(name)
    return gaz.towns.get(name) == "TN" or (place is not None and place.country == "TN")


def _club_town_after_ba(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> int:
    """Index after the town that ``toks[k]`` opens with the preposition ب, the tagger's place ("ببن" + "قردان",
    "بالمتلوي") or a town of the gazetteer it left untagged, no country ("بتونس" is the country's: "الاتحاد
    الرياضي بتونس" is no name); ``k`` when there is none."""
    tok = toks[k]
    if tok.kind != "word" or not tok.norm.startswith("ب") or len(tok.norm) < 3:
        return k
    if tags[k] == "B-LOC":
        end = chunk_end(tags, k)
    elif tags[k] == "O":
        # a town of several words the tagger left untagged ("بمنزل" + "حر": known_towns tags it later)
        size = gaz.match_place(sentence_folds(toks), k, (fold(tok.norm)[1:],))
        end = k + size if size >= 2 and all(t == "O" for t in tags[k + 1:k + size]) else k + 1
    else:
        return k
    place = gaz.place(" ".join([fold(tok.norm)[1:], *(fold(t.norm) for t in toks[k + 1:end])]))
    if (place is None and tags[k] == "O") or (place is not None and place.kind == "country"):
        return k
    return end


@gate(CLUB_HEAD)
def clubs_in_lists(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Clubs named by a head with the article (``club_heads``) that :func:`club_names` leaves: the tagger's
    person, place or MISC made of the head and a town's nisba is the club ("الأولمبي الباجي", "الترجي
    الجرجيسي", "الملعب النابلي" read as a PER or a stadium; "الملعب" and the MISC "النابلي 8 ن 5" of a table);
    a head that names one club alone
    (``club_alone``: "الترجي") is its ORG; and an ORG that starts with a club and runs into the next club
    of a list or a table ends before its head ("النادي الإفريقي النادي البنزرتي", "النادي الصفاقسي الترجي
    الرياضي التونسي")."""
    if not sentence_bits(toks) & CLUB_HEAD:
        return
    rw = rule_words()
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    n = len(toks)
    for h in range(n):
        if not flags[h] & CLUB_HEAD or not flags[h] & ARTICLE or toks[h].kind != "word":
            continue
        if not rw.club_heads_common.isdisjoint(stems(toks[h].norm)):
            # "منتدى الشباب لثقافة المواطنة" is no club that runs into the next: an ordinary noun ("الشباب", youth)
            # is a club's head in a sentence about sport only
            if not sport_sentence(toks, gaz):
                continue
        if tags[h] in ("B-PER", "B-LOC", "B-MISC"):
            e = chunk_end(tags, h)
            if e - h >= 2 and all(f in rw.club_words or f in rw.club_nisbas or _town_nisba(f, gaz)
                                  for f in folds[h + 1:e]):
                tags[h:e] = ["B-ORG"] + ["I-ORG"] * (e - h - 1)
        elif tags[h] == "O" and h + 1 < n and tags[h + 1] in ("B-PER", "B-LOC", "B-MISC") \
                and _town_nisba(folds[h + 1], gaz):
            e = chunk_end(tags, h + 1)  # "الملعب" + the MISC "النابلي 8 ن 5" of a table
            tags[h:e] = ["B-ORG", "I-ORG"] + ["O"] * (e - h - 2)
        elif tags[h] == "O" and folds[h] in rw.club_alone and (h + 1 == n or tags[h + 1] != "I-ORG"):
            e = h + 1
            while e < n and tags[e] == "O" and folds[e] in rw.club_words:
                e += 1  # "الترجي الرياضي (مباشر"
            tags[h:e] = ["B-ORG"] + ["I-ORG"] * (e - h - 1)
        elif tags[h] == "I-ORG":
            a = h - 1
            while a > 0 and tags[a] == "I-ORG":
                a -= 1
            if tags[a] == "B-ORG" and flags[a] & (CLUB_HEAD | CLUB_TOWN_HEAD) and h - a >= 2:
                tags[h] = "B-ORG"
                # session 41: the split club takes the sport word and nisbas the tagger left after it
                # ("سبورتينغ المكنين النسر" + "الرياضي" + "بطبلبة" → "النسر الرياضي")
                e = chunk_end(tags, h)
                while e < n and e - h <= 3 and tags[e] == "O" and toks[e].kind == "word" \
                        and (folds[e] in rw.club_words or folds[e] in rw.club_nisbas):
                    tags[e] = "I-ORG"
                    e += 1


@gate(bits=CLUB_TOWN_HEAD)
def club_of_town(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A club head without the article (``rules.yaml``'s ``club_town_heads``) right before a town or region of the
    gazetteer, no country, is the club named after it: "شبيبة القيروان", "ترجي جرجيس", "مستقبل المرسى", "اتحاد
    ساقية سيدي يوسف" are ORGs with their head, whatever the tagger made of them (a place, a person: "نجم
    المتلوي"); after "نادي" or "فريق" (``club_generic_heads``) the head stays out, as ANERcorp mostly tags it
    ("فريق باستيا", "بنادي الخور" → "الخور"), unless the tagger began the name with it, and so do the words
    after a foreign town of ``club_town_suffixes`` ("لنادي باريس سان جرمان"). A head that is an ordinary word
    before a town too (``club_town_heads_ambiguous``: "مستقبل تونس", "اتحاد المغرب العربي") only in a sentence
    about sport: a word of ``sport_words``, another club's head or a score ("2 - 0"). The tagger's person after
    a generic head that ends with a nationality is the club too ("بنادي حوريا كوناكري الغيني" → "حوريا
    كوناكري")."""
    if not sentence_bits(toks) & CLUB_TOWN_HEAD:
        return
    rw = rule_words()
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & CLUB_TOWN_HEAD or flags[h] & ARTICLE or toks[h].kind != "word":
            continue
        forms = set(stems(toks[h].norm)) & rw.club_town_heads
        if not forms:
            continue
        generic = not forms.isdisjoint(rw.club_generic_heads)
        if generic and _ball_club_of_town(toks, tags, folds, h, gaz):
            continue
        if tags[h] == "I-ORG" and folds[h][:1] == "ل" and folds[h] not in forms:
            continue  # "الهيئة المديرة لشبيبة القيروان": the club's board
        k = h + 1
        if toks[k].kind != "word":
            continue
        # the name the tagger found, or began one word late ("حوريا" + the place "كوناكري" the gazetteer knows)
        late = generic and tags[k] == "O" and k + 2 < n and tags[k + 1] in ("B-PER", "B-LOC", "B-MISC", "B-ORG") \
            and toks[k + 1].kind == "word" and not folds[k].startswith("ال") and folds[k] not in gaz.common
        if generic and (tags[k] in ("B-PER", "B-LOC", "B-MISC") or late):
            e = chunk_end(tags, k + 1 if late else k)
            c = e - 1 if folds[e - 1] in gaz.nisba and folds[e - 1].startswith("ال") else e  # the club's end
            if c - k >= 2 and c < n and folds[c] in gaz.nisba and folds[c].startswith("ال") \
                    and (any(_club_town(f, gaz) for f in folds[k:c]) or sport_sentence(toks, gaz)):
                tags[k:e] = ["B-ORG"] + ["I-ORG"] * (c - k - 1) + ["O"] * (e - c)  # "بنادي حوريا كوناكري الغيني"
                continue
        listed = folds[k] in rw.club_common_towns  # "هلال الشابة"
        size = gaz.match_place(folds, k, (folds[k],)) or (1 if _club_town(folds[k], gaz) or listed else 0)
        for m in (3, 2):  # "نصر حسين داي", "مولودية باب الوادي": a listed district of several words
            if k + m <= n and " ".join(folds[k:k + m]) in rw.club_common_towns:
                listed, size = True, m
                break
        if size <= 1 and not listed and _club_country(folds[k], forms, toks, folds, flags, gaz):
            listed, size = True, 1  # "مولودية الجزائر": Algiers' club, in a sentence about sport
        if not size or not (listed or _club_town(" ".join(folds[k:k + size]), gaz)):
            continue
        if size == 1 and folds[k] in gaz.common and not listed:
            # a town that is an ordinary word too ("مساكن", houses): a Tunisian town, in a sentence about sport
            town = gaz.place(folds[k])
            if town is None or town.country != "TN" or not sport_sentence(toks, gaz):
                continue
        if size == 1 and (len(folds[k]) < 3 or folds[k] in gaz.particles or folds[k] == "الله" or (
                folds[k] in gaz.person_parts and not forms.isdisjoint(rw.club_town_heads_ambiguous))):
            continue  # "هلال بن مسعود", "نصر الله": a person's name ("بن" is Bonn too)
        if generic and size == 1 and folds[k] in gaz.person_parts and "B-ORG" not in (tags[h], tags[k]):
            continue  # "فريق لويس إنريكي": the coach's team
        e = k + size
        if (tags[k] == "B-ORG" and chunk_end(tags, k) >= e) or (tags[h] == "B-ORG" and chunk_end(tags, h) >= e):
            # the tagger's club already ("لنادي برشلونة", "نادي حمام الأنف"), but for a foreign club's last words
            # ("لنادي مانشستر" + "سيتي")
            end = chunk_end(tags, k if tags[k] == "B-ORG" else h)
            if not generic and tags[h] == "B-ORG" and end > e and not folds[e].startswith("ال") \
                    and folds[e] in gaz.common and folds[e] not in rw.club_town_suffixes:
                # "اتحاد الحراش" + "لحساب الجولة 18": the tagger ran the club into the ordinary words after it
                tags[e:end] = ["O"] * (end - e)
                continue
            e = end
            if not generic or e >= n or folds[e] not in rw.club_town_suffixes:
                continue
        if not forms.isdisjoint(rw.club_town_heads_ambiguous) and generic is False and not sport_sentence(toks, gaz) \
                and not (tags[h] == "B-ORG" and chunk_end(tags, h) == h + 1 and tags[k] == "O"):
            # outside sport the tagger's ORG of the head alone says it is a club ("أهلي شندي يقيل لسعد معمر", a
            # headline: "أهلي" was the ORG, ANT 9185)
            continue
        if generic:
            while e < n and e - k - size < 3 and folds[e] in rw.club_town_suffixes:
                e += 1  # "لنادي باريس سان جرمان"
        if e < n and folds[e] in rw.club_town_directions:
            e += 1  # "نادي الرفاع الشرقي": the town's direction is the club's
        s = k if generic and tags[h] != "B-ORG" else h  # "نادي حمام الأنف" the tagger began with its head
        # what the tagger's names overlapping the club were: out, or what is left of them after it
        tags[h:s] = ["O"] * (s - h)
        # a name before the head keeps its words ("أولمبيك الكاف ونادي الحمامات"), unless they are ordinary
        # words ("مقابلة مستقبل المرسى", "أمام ترجي جرجيس")
        a = h
        while a > 0 and tags[a].startswith("I-"):
            a -= 1
        if a < h and tags[a].startswith("B-") and all(f in gaz.common or f in rw.function_words for f in folds[a:h]):
            tags[a:h] = ["O"] * (h - a)
        b = e
        if b < n and tags[b].startswith("I-"):
            label, end = tags[b][2:], chunk_end(tags, b)
            if flags[b] & (CLUB_HEAD | CLUB_TOWN_HEAD):
                tags[b:end] = ["B-ORG"] + ["I-ORG"] * (end - b - 1)  # another club
            elif label == "PER" and gaz.common.isdisjoint(stems(toks[b].norm)) and folds[b] not in gaz.nisba \
                    and (folds[b].startswith("ال") or not has_article(toks[b].norm)):  # not "بالتوفيق"
                tags[b] = "B-PER"  # "لترجي جرجيس خليل شلندي": the person after the club
            else:
                tags[b:end] = ["O"] * (end - b)
        tags[s:e] = ["B-ORG"] + ["I-ORG"] * (e - s - 1)


@gate(bits=CLUB_WORD)
def town_sport_club(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town or district of the gazetteer (or ``club_common_towns``), no country nor ordinary word, right before a
    word of ``club_words`` ("الرياضي", "الرياضية") is the town's club, one ORG with it: "جندوبة الرياضية" (27 times
    in ANT 8500-10099, no name on main), "قرمبالية الرياضية", "الزهراء الرياضية", "المنزه الرياضي" (session 35).  Not
    after a head or a name ("قاعة الزهراء الرياضية", the hall; "ملعب"), nor a word the tagger made part of a longer
    name."""
    rw = rule_words()
    folds = sentence_folds(toks)
    if rw.club_words.isdisjoint(folds):
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for k in range(n - 1):
        if folds[k + 1] not in rw.club_words or tags[k + 1] != "O" or toks[k].kind != "word" \
                or tags[k] not in ("O", "B-LOC") or (k + 1 < n - 1 and tags[k + 2].startswith("I-")):
            continue
        word = folds[k]
        if word[:1] == "و" and not _club_town(word, gaz) and _club_town(word[1:], gaz):
            word = word[1:]  # "والزهراء الرياضية"
        if word in gaz.common or word in gaz.person_parts \
                or not (_club_town(word, gaz) or word in rw.club_common_towns):
            continue
        if k and (tags[k - 1] != "O" or flags[k - 1] & (ORG_HEAD | CLUB_HEAD | CLUB_TOWN_HEAD | STADIUM_HEAD)
                  or _noun_before_town(toks[k - 1], folds[k - 1], flags[k - 1], gaz)):
            continue  # "قاعة الزهراء الرياضية": a head that governs the town
        tags[k:k + 2] = ["B-ORG", "I-ORG"]


#: The ball games of a club's name after "كرة" ("نادي كرة اليد بجمال"), folded.
_BALL_GAMES = frozenset({"القدم", "اليد", "السله", "الطائره"})


def _ball_club_of_town(toks: Sequence[Token], tags: list[Tag], folds: Sequence[str], h: int, gaz: Gazetteer) -> bool:
    """A generic head, "كرة" and a ball game before ب + a town are the club, the town its LOC out of the name, as
    :func:`club_names` reads "الإتحاد الرياضي" + "ببن قردان" ("نادي كرة اليد" + "بجمال", "لنادي كرة القدم" +
    "بالحمامات"; not "بتونس", the country's); whatever the tagger made of those words gives way.  Did it tag one?"""
    k = h + 1
    if k + 2 >= len(toks) or folds[k] != "كره" or folds[k + 1] not in _BALL_GAMES:
        return False
    end = _club_town_after_ba(toks, tags, k + 2, gaz)
    if end == k + 2:
        return False
    tags[h:k + 2] = ["B-ORG", "I-ORG", "I-ORG"]
    if tags[k + 2] == "O" or tags[k + 2].startswith("I-"):
        tags[k + 2:end] = ["B-LOC"] + ["I-LOC"] * (end - k - 3)
    if end < len(tags) and tags[end].startswith("I-"):
        tags[end] = "B-" + tags[end][2:]
    return True


def _noun_before_town(tok: Token, folded: str, bits: int, gaz: Gazetteer) -> bool:
    """Is ``tok`` an ordinary noun without the article that governs the name after it ("قاعة", "مدينة"): no particle,
    verb or predicate ("وفازت"), nor a word that folds to a given name ("على" as "علي")?"""
    if tok.kind != "word" or folded not in gaz.common or folded.startswith("ال") or folded in gaz.particles \
            or folded in rule_words().function_words or folded in gaz.person_parts or bits & PREDICATE:
        return False
    verbs = verb_forms()
    return not any(form in verbs for form in stems(tok.norm))


def _club_town(key: str, gaz: Gazetteer) -> bool:
    """Is the folded ``key`` a town or region of the gazetteer or of ``provinces.yaml`` (with the article or
    without: "المتلوي"), no country?"""
    place = gaz.place(key)
    if place is None and key.startswith("ال"):
        place = gaz.place(key[2:])
    return (place is not None and place.kind != "country") or key in gaz.towns


def _club_country(word: str, forms: set[str], toks: Sequence[Token], folds: Sequence[str], flags: Sequence[int],
                  gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a country's name that names a club after a head that is no ordinary word nor a
    generic one (``forms``: "مولودية الجزائر", Algiers' Mouloudia; not "شباب تونس", "فريق الجزائر"), in a sentence
    about sport?"""
    rw = rule_words()
    if not forms.isdisjoint(rw.club_town_heads_ambiguous) or not forms.isdisjoint(rw.club_generic_heads):
        return False
    place = gaz.place(word)
    return place is not None and place.kind == "country" and sport_sentence(toks, gaz)


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def org_without_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose last word is a nationality after a word without the article ends before it
    ("فرايبورغ الألماني", "ليل الفرنسي"): a club or company and its country, as ANERcorp tags them;
    "وزارة الخارجية الروسية", "الحزب الشيوعي الصيني" keep theirs."""
    if "B-ORG" not in tag_set(tags) and "I-ORG" not in tag_set(tags):
        return
    for i, j, label in edit_chunks(tags):
        if label != "ORG" or j - i < 2 or toks[j - 1].kind != "word" or toks[j - 2].kind != "word":
            continue
        if fold(toks[j - 1].norm) in gaz.nisba and not has_article(toks[j - 2].norm) \
                and not in_list(toks[j - 2].norm, rule_words().org_heads):
            tags[j - 1] = "O"


@gate(MASC_NISBA)
def club_by_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A city followed by a masculine nationality adjective is a club, the adjective left out as
    ANERcorp tags it ("هامبورغ الألماني", "موناكو الفرنسي", "اندرلخت البلجيكي"): a city is feminine
    in Arabic, so a masculine adjective agrees with the club ("النادي") the name stands for.  The
    city is the tagger's LOC of one or two words, or an untagged GeoNames city that is no ordinary
    word; never a country ("فرنسا")."""
    folds = sentence_folds(toks)
    nisba = gaz.nisba
    if nisba.keys().isdisjoint(folds):  # no nationality adjective
        return
    # the words that are one (the others pass): a club's name is read back from each
    for j in [j for j, word in enumerate(folds) if word in nisba]:
        tok = toks[j]
        if not j or tags[j] != "O" or tok.kind != "word" or not tok.norm.endswith("ي"):
            continue
        word = folds[j]
        if not (word.startswith("ال") and word.endswith("ي") and word in gaz.nisba):
            continue
        i = j - 1
        while i > 0 and tags[i].startswith("I-") and j - i < 2:
            i -= 1
        if tags[i] == "B-LOC" and j - i <= 2:
            name = " ".join(folds[i:j])
        elif tags[i] == "O" and i == j - 1 and toks[i].kind == "word":
            name = fold(toks[i].norm)
            if name in gaz.common or name in rule_words().function_words or len(name) < 3:
                continue
        else:
            continue
        if has_article(toks[i].norm):  # "القطر الليبي": a noun with the article and its adjective
            continue
        place = gaz.place(name)
        if (place is None and tags[i] == "O") or (place is not None and place.kind != "city"):
            continue
        tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


#: Most words of a club's name in a fixture list ("لودوجوريتس رازجراد", "آف سي كوبنهاجن", "زينيت سان بيترسبورغ").
MAX_FIXTURE_WORDS = 4
_FIXTURE_DASHES = frozenset({"-", "–", "—"})


def _masculine_nisba(folded: str, gaz: Gazetteer) -> bool:
    """Is the folded word a country's masculine nisba with the article ("الروسي", "التشيكي")?"""
    return folded.startswith("ال") and folded.endswith("ي") and folded in gaz.nisba


@gate(texts=_FIXTURE_DASHES)
def clubs_in_fixtures(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The two sides of a fixture, each a name of one to four words and its country's masculine nisba on either
    side of a dash ("روستوف الروسي - سبارتا براغ التشيكي", "سيلتا فيغو الأسباني - شاختار دونيتسك الأوكراني"), are
    two clubs, the nisbas left out as :func:`org_without_nationality` leaves them, whatever the tagger made of
    them (persons, a club cut in two, a name run over the dash).  The left side starts after a punctuation, a
    number or the nisba of the fixture before it (a list); the words of both are without the article
    ("المنتخب التونسي - المنتخب المصري", "نادي الترجي الرياضي التونسي" are left to the team and club rules),
    and a side that the tagger made a person starting with a given name ("رافائيل نادال الإسباني - نوفاك
    ديوكوفيتش الصربي", tennis) leaves the fixture alone."""
    folds = sentence_folds(toks)
    if _FIXTURE_DASHES.isdisjoint(t.text for t in toks) or gaz.nisba.keys().isdisjoint(folds):
        return
    n = len(toks)
    for d in range(2, n - 2):
        if toks[d].text not in _FIXTURE_DASHES or not _masculine_nisba(folds[d - 1], gaz):
            continue
        left = _fixture_left(toks, folds, d - 1, gaz)
        right = _fixture_right(toks, folds, d + 1, gaz)
        if left is None or right is None:
            continue
        sides = ((left, d - 1), (d + 1, right))
        if any(tags[s] == "B-PER" and folds[s] in gaz.person_parts for s, _ in sides):
            continue
        for s, j in sides:
            _tag_club(tags, s, j)


#: Most words of the other side of a fixture after a club and a dash ("يونغ سبورت أكاديمي الكامروني").
_FIXTURE_SIDE_WORDS = 4


@gate(tags=("B-PER",), texts=_FIXTURE_DASHES)
def club_after_club_dash(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a sentence about sport, the tagger's person right after a club and a dash is the other club of the fixture
    ("الترجي الرياضي التونسي - حوريا كوناكري الغيني", "النجم الساحلي - تاندا الايفواري"; session 45: a dozen such
    lines in ANT's sport part), its country's nisba left out as :func:`clubs_in_fixtures` leaves it. Not a name
    that starts with a known given name ("حركة النهضة - محمد النوري": the party's official) nor after a person (a
    line-up: "دياغو أكوستا - حمدي النقاز"). A club named by its nisba alone at the line's start is the first club, an
    ORG, with no other word of sport needed, and a town is its club: "الإفريقي - بن قردان :" (ANT 9081, session 46)."""
    folds: Sequence[str] | None = None
    for i, j, label in chunk_list(tags):
        if label != "PER" or i < 2 or j - i > _FIXTURE_SIDE_WORDS or toks[i - 1].text not in _FIXTURE_DASHES:
            continue
        if folds is None:
            folds = sentence_folds(toks)
        alone = tags[i - 2] == "O" and _club_alone_at_start(toks, folds, i - 2)
        if not (alone or tags[i - 2] in ("B-ORG", "I-ORG")):
            continue
        if (folds[i] in gaz.person_parts and gaz.place(" ".join(folds[i:j])) is None) \
                or not (alone or sport_sentence(toks, gaz)):
            continue  # (a town is its club: "الإفريقي - بن قردان :")
        if alone:
            tags[i - 2] = "B-ORG"
        if j - i > 1 and _masculine_nisba(folds[j - 1], gaz):
            _tag_club(tags, i, j - 1)
        else:
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


#: The word of ``club_name_words`` is among a name's first words ("يونغ سبورت أكاديمي": the second).
_CLUB_WORD_WITHIN = 3


@gate(CLUB_NAME_WORD, tags=("B-PER", "B-MISC"))
def club_word_in_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a sentence about sport, the tagger's person (or MISC: "يونيون سبورتيف") of two to five words that holds a word
    of a club's name among its first three (``club_name_words``: "يانغ سبورتس الكامروني", "يونيون سبورتيف غوريان
    السينغالي", "أولينزي ستارز الكيني"; session 46: 18 such PERs in ANT's sport part) is the club, an ORG, its
    country's nisba left out as :func:`clubs_in_fixtures` leaves it.  A name that ends a venue's ("أولكر سبورتس
    أرينا", ``venue_name_ends``; session 47) is the club's hall, left to :func:`.boundaries.venue_name_ends`."""
    rw = rule_words()
    words = rw.club_name_words
    folds: Sequence[str] | None = None
    for i, j, label in chunk_list(tags):
        if label not in ("PER", "MISC") or not 2 <= j - i <= _FIXTURE_SIDE_WORDS + 1:
            continue
        if folds is None:
            folds = sentence_folds(toks)
        if words.isdisjoint(folds[i:min(j, i + _CLUB_WORD_WITHIN)]) or folds[j - 1] in rw.venue_name_ends \
                or not sport_sentence(toks, gaz):
            continue
        if _masculine_nisba(folds[j - 1], gaz):
            _tag_club(tags, i, j - 1)
        else:
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


def _club_alone_at_start(toks: Sequence[Token], folds: Sequence[str], k: int) -> bool:
    """Is word ``k`` a club named by its nisba or head alone (``club_nisbas``: "الإفريقي", ``club_alone``:
    "الترجي"), opening its line or clause, before a fixture's dash ("الإفريقي - بن قردان : التشكيلة …")?"""
    rw = rule_words()
    return (folds[k] in rw.club_nisbas or folds[k] in rw.club_alone) and (k == 0 or toks[k - 1].kind == "punct")


#: Most words of a country's name in brackets after a club ("(بوركينا فاسو)", "(جمهورية الكونغو الديمقراطية)").
_BRACKET_COUNTRY_WORDS = 4


@gate(texts=("(",))
def clubs_before_country(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a fixture list about sport, a name of one to four words between the list's marks (a dash, a number, a
    colon, a score) and its country in brackets is a club, whatever the tagger made of it: "- نابس سبورت
    (مدغشقر) 2 : 1 تاونشيب رولرز (بوتسوانا)", "نابولي (إيطاليا)" (ANT 9333; session 45).  The country is its LOC.  A
    name that starts with a known given name stays a person ("رافائيل نادال (إسبانيا)": tennis, athletics), and so
    does a name after a date's number ("يوم 9 جوان القادم بجينيف (سويسرا)": a score's number follows a colon or a
    dash), and one with no score nor dash after its country unless a score comes before it."""
    n = len(toks)
    folds: Sequence[str] | None = None
    for b in range(1, n - 2):
        if toks[b].text != "(" or toks[b - 1].kind != "word" or tags[b - 1][2:] == "ORG":
            continue  # the tagger's club stays as it is ("المجموعة الثامنة ايك اثينا ( اليونان )")
        c = b + 1
        while c < n and c - b <= _BRACKET_COUNTRY_WORDS and toks[c].kind == "word":
            c += 1
        if c >= n or c == b + 1 or toks[c].text != ")":
            continue
        folds = folds or sentence_folds(toks)
        place = gaz.place(" ".join(folds[b + 1:c]))
        if place is None or place.kind != "country":
            continue
        s = b - 1
        while s > 0 and b - s < MAX_FIXTURE_WORDS and toks[s - 1].kind == "word":
            s -= 1
        if (s > 0 and toks[s - 1].kind == "word") or folds[s] in gaz.person_parts or folds[s] in given_names():
            continue
        score = s > 1 and _score_number(toks, s - 1)
        if not (s == 0 or score or toks[s - 1].text in _LIST_MARKS):
            continue  # "يوم 9 جوان القادم بجينيف (سويسرا)": a date's number, no fixture's
        if not (score or (c + 1 < n and (toks[c + 1].kind == "number" or toks[c + 1].text in _FIXTURE_DASHES))):
            continue
        if not sport_sentence(toks, gaz):
            continue
        if tags[s] != "B-ORG" or chunk_end(tags, s) != b:
            k = s
            while k > 0 and tags[k].startswith("I-"):
                k -= 1
                tags[k] = "O"
            tags[s:b] = ["B-ORG"] + ["I-ORG"] * (b - s - 1)
        tags[b + 1:c] = ["B-LOC"] + ["I-LOC"] * (c - b - 2)


def _score_number(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` a score's second number, after a colon or a dash ("2 : 1", "0 - 2")?"""
    return toks[k].kind == "number" and k > 0 and toks[k - 1].text in _LIST_MARKS


#: The marks that part the sides and scores of a fixture list (a dash, a colon).
_LIST_MARKS = _FIXTURE_DASHES | {":"}


def _fixture_left(toks: Sequence[Token], folds: Sequence[str], j: int, gaz: Gazetteer) -> int | None:
    """The start of the club's name before the nisba ``toks[j]`` in a fixture list, or None."""
    s = j
    while s > 0 and j - s < MAX_FIXTURE_WORDS and toks[s - 1].kind == "word" \
            and not has_article(toks[s - 1].norm):
        s -= 1
    if s == j:
        return None
    if s > 0 and toks[s - 1].kind == "word" and not _masculine_nisba(folds[s - 1], gaz):
        return None  # no list's boundary before it: a sentence's words
    return s


def _fixture_right(toks: Sequence[Token], folds: Sequence[str], s: int, gaz: Gazetteer) -> int | None:
    """The index of the nisba after the club's name that starts at ``toks[s]`` after a fixture's dash, or None."""
    n = len(toks)
    if toks[s].kind != "word" or has_article(toks[s].norm):
        return None
    e = s + 1
    while e < n and e - s <= MAX_FIXTURE_WORDS and (toks[e].kind == "number" or (
            toks[e].kind == "word" and not has_article(toks[e].norm))):
        e += 1
    return e if e < n and e - s <= MAX_FIXTURE_WORDS and _masculine_nisba(folds[e], gaz) else None


def _tag_club(tags: list[Tag], s: int, j: int) -> None:
    """Tag ``s``–``j`` one ORG and the nisba ``j`` after it "O"; a name the tagger ran into it from before
    or on after it loses those words (they are a dash, the fixture before or after)."""
    k = s
    while k > 0 and tags[k].startswith("I-"):
        k -= 1
        tags[k] = "O"
    tags[s:j + 1] = ["B-ORG"] + ["I-ORG"] * (j - s - 1) + ["O"]
    k = j + 1
    while k < len(tags) and tags[k].startswith("I-"):
        tags[k] = "O"
        k += 1
