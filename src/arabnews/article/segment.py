"""Split a scraped page (plain text, one paragraph per line) into title, body, comments, media and
furniture.  One pass over the lines, so time is linear in the text.

>>> page = ("مقتل 5 أشخاص في حلب\\n\\nقُتل خمسة أشخاص في قصف على حلب.\\n\\nاقرأ أيضاً\\n\\n"
...         "التعليقات (1)\\nسامي\\n·منذ يومين\\nرحمهم الله")
>>> art = segment(page)
>>> art.title.text, [p.text for p in art.body]
('مقتل 5 أشخاص في حلب', ['قُتل خمسة أشخاص في قصف على حلب.'])
>>> c = art.comments[0]
>>> c.author, c.age, c.text
('سامي', 'منذ يومين', 'رحمهم الله')
>>> [b.rule for b in art.boilerplate]
['section_heading', 'comments_heading']
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ..lang.ar.serial import SERIAL
from ..text.normalize import NormalizedText, fold, normalize_with_map
from .age import search_age
from .furniture import MAX_LINE, Rules, load_rules, word_list
from .media import classify_url, find_urls, is_youtube_id
from .model import Article, Boilerplate, Comment, Media, TextSpan

# Characters stripped around a line: Unicode spaces and the invisible marks scrapers leave.
_WS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"

#: A title has at most this many words and characters.
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
#: A link title under "اقرأ أيضاً" and the like.
LINK_MAX_WORDS = 20
LINK_MAX_CHARS = 200
MAX_LINKS = 12
#: An author's name above a comment.
AUTHOR_MAX_WORDS = 5
AUTHOR_MAX_CHARS = 60

_SEPARATORS = "·•|-–—:،,"
_SENTENCE_END = (".", "。", "…", ":", "؛", ";", "،", ",")
_BULLETS = regex.compile(r"[\s·•|\-–—:،,]++")
_AFTER_AGE = regex.compile(r"[\s·•|\-–—.,،:)(]*+")
#: Furniture rules whose lines alone are no evidence of a scraped page (see ``looks_like_page``).
_WEAK_EVIDENCE = frozenset({"emoji_menu", "menu"})
#: Furniture rules of the lines around a byline: a short name beside them is the writer's.
_BYLINE_RULES = frozenset({"byline", "timestamp", "source"})
#: A menu entry above the title, a writer's name beside a byline, a tag below the body: words at most.
MENU_MAX_WORDS = 2
NAME_MAX_WORDS = 4
TAG_MAX_WORDS = 3
#: A line below the title with this many words is a paragraph, with or without its full stop.
PARAGRAPH_WORDS = 12
#: More short lines than this at a page's end are no tags (and the check stays linear).
MAX_TAGS = 20
_NUMERIC_STAMP = regex.compile(r"\d{1,4}+[/\-.:]\d")
_WORD_START = regex.compile(r"(?<=\s)\S")
_LETTER = regex.compile(r"\p{L}")
#: و + a verb: a present-tense prefix ("ويخوض", "وتمت", "وسيستقبل"), forms VII, VIII and X ("وانطلقت",
#: "واعتبر", "واستأجرت"; "واشنطن" is none), و + a word with the article ("والغريب"; "والي" is none) or
#: with و ("ووضع"), folded.
_PRESENT_AFTER_WA = regex.compile(r"وس?[يتن]\p{L}{2,}+|وا(?:ست|ن|\p{L}ت)\p{L}{2,}+|وال\p{L}{3,}+|وو\p{L}{2,}+")
_PLACE_NAME = regex.compile(r"[\p{L}\p{M}]++(?:[ \u00a0]++[\p{L}\p{M}]++){0,2}+\s*+[\-–—]\s*+[\p{L}\p{M}]++"
                             r"(?:[ \u00a0]++[\p{L}\p{M}]++){1,3}+")
_BARE_WORDS = regex.compile(r"[\p{L}\p{M}]++(?:[ \u00a0]++[\p{L}\p{M}]++)*+")


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    blank_before: bool
    kind: str = "content"  # content, furniture, media
    rule: str | None = None
    role: str | None = None
    nstart: int = 0  # normalized offsets of the stripped line (short lines only)
    nend: int = 0
    short: bool = False
    age: tuple[int, int, Any] | None = None  # (orig start, orig end, RelativeAge or None for a date) of an age line
    age_author: tuple[int, int] | None = None  # an author written before the age on the same line


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos, n = 0, len(text)
    blank = True
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        left = raw.lstrip(_WS)
        if left:
            s = pos + (len(raw) - len(left))
            e = s + len(left.rstrip(_WS))
            lines.append(_Line(s, e, blank))
            blank = False
        else:
            blank = True
        if nl < 0:
            break
        pos = nl + 1
    return lines


def _words(s: str) -> int:
    return len(s.split())


def _title_like(s: str) -> bool:
    return len(s) <= TITLE_MAX_CHARS and _words(s) <= TITLE_MAX_WORDS and not s.endswith(_SENTENCE_END)


def _link_like(s: str) -> bool:
    return len(s) <= LINK_MAX_CHARS and _words(s) <= LINK_MAX_WORDS and not s.endswith((".", "。", "…"))


def _author_like(s: str, strict: bool = False) -> bool:
    if len(s) > AUTHOR_MAX_CHARS or _words(s) > (3 if strict else AUTHOR_MAX_WORDS):
        return False
    if s.endswith((".", "؟", "?", "!", "…")):
        return False
    return not (strict and regex.search(r"[\p{P}\d]", s))


class _Segmenter:
    def __init__(self, text: str, view: NormalizedText, folded: str, rules: Rules,
                 reference_date: _dt.date | None, hints: dict[str, Any]) -> None:
        self.text = text
        self.view = view
        self.folded = folded
        self.rules = rules
        self.reference_date = reference_date
        self.hints = hints
        self.article = Article()

    # -- line classification ---------------------------------------------------------------------
    def classify(self, lines: list[_Line]) -> None:
        text, view = self.text, self.view
        seen: dict[str, tuple[str, str] | None] = {}  # pages repeat their menus: match each line once
        # a text of one line (a headline, a tweet) is no page (:meth:`looks_like_page`): its line's
        # kind is body whatever a rule says, and only a YouTube id on it is kept (as media); no rule is tried
        alone = len(lines) < 2 and not self.hints
        for line in lines:
            if line.end - line.start > MAX_LINE:
                continue
            line.short = True
            line.nstart, line.nend = view.to_normalized(line.start), view.to_normalized(line.end)
            if alone and not is_youtube_id(text[line.start:line.end]):
                continue
            key = self.folded[line.nstart:line.nend]
            if key in seen:
                hit = seen[key]
            else:
                hit = self.rules.match(key, folded=True)
                if len(seen) < 50_000:
                    seen[key] = hit
            if hit is not None and not (hit[0] == "caption" and self.opens_paragraph(line)):
                line.kind, (line.rule, line.role) = "furniture", hit
                continue
            raw = text[line.start:line.end]
            if is_youtube_id(raw):
                line.kind = "media"
                self.article.media.append(Media(line.start, line.end, raw, "youtube", raw,
                                                f"https://www.youtube.com/watch?v={raw}"))
                continue
            if not self.has_url(line):
                continue
            urls = list(find_urls(text, line.start, line.end))
            if len(urls) == 1 and urls[0][0] == line.start and urls[0][1] == line.end and classify_url(urls[0][2]):
                line.kind = "media"

    def has_url(self, line: _Line) -> bool:
        return self.text.find("://", line.start, line.end) >= 0 or self.text.find("www.", line.start, line.end) >= 0

    def find_age(self, line: _Line) -> None:
        """Mark ``line`` as an age line ("·منذ 3 سنوات شهرين", "سامي · منذ يومين")."""
        if not line.short or line.kind != "content":
            return
        seg = self.folded[line.nstart:line.nend]
        found = search_age(seg)
        if found is None:
            return
        a, b, age = found
        if not _AFTER_AGE.fullmatch(seg, b, None, SERIAL):
            return
        s, e = self.view.to_original(line.nstart + a, line.nstart + b)
        prefix = self.text[line.start:s]
        author = prefix.strip(_WS + _SEPARATORS)
        # an author on the same line is set off by a bullet ("سامي · منذ يومين"); without one the
        # line is a sentence or a headline that happens to end in an age ("… منذ أشهر")
        if author and (not _author_like(author) or not prefix.rstrip(_WS).endswith(tuple(_SEPARATORS))):
            return
        line.age = (s, e, age)
        if author:
            a_start = line.start + prefix.index(author)
            line.age_author = (a_start, a_start + len(author))

    def find_stamp(self, line: _Line) -> None:
        """Mark ``line`` as a comment's header when it is a date and time ("2021-12-05 10:30"), alone
        or after its author ("محمد علي - 05/12/2021 10:30", "1 - محمد الأحد 05 دجنبر 2021 - 11:22")."""
        if not line.short or line.kind == "media" or (line.kind == "furniture" and line.rule != "timestamp"):
            return
        if line.rule == "timestamp":
            line.kind, line.rule, line.role = "content", None, None
            line.age = (line.start, line.end, None)
            return
        raw = self.text[line.start:line.end]
        if _words(raw) > AUTHOR_MAX_WORDS + 12:
            return
        for m in _WORD_START.finditer(raw, 1):
            head = raw[:m.start()].rstrip(_WS + _SEPARATORS)
            if not head or not _author_like(head):
                continue
            if _words(head) > AUTHOR_MAX_WORDS:
                return
            s = line.start + m.start()
            key = self.folded[self.view.to_normalized(s):line.nend]
            # set off from the author by a bullet, or beginning with a numeric date or time or a weekday
            # ("زائر 2021-12-05 10:30", "سامي الأحد 5 …"),
            # never a comment that ends with a date ("شكرا يوم 5 ديسمبر 2021")
            set_off = raw[:m.start()].rstrip(_WS).endswith(tuple(_SEPARATORS))
            if not (set_off or _NUMERIC_STAMP.match(key) or key.split(None, 1)[0] in _weekdays()):
                continue
            hit = self.rules.match(key, folded=True)
            if hit is not None and hit[0] == "timestamp":
                rest = self.text[s:line.end]
                line.age = (s + len(rest) - len(rest.lstrip(_WS + _SEPARATORS)), line.end, None)
                line.age_author = (line.start, line.start + len(head))
                return

    # -- parts -----------------------------------------------------------------------------------
    def boiler(self, start: int, end: int, rule: str) -> None:
        self.article.boilerplate.append(Boilerplate(start, end, self.text[start:end], rule))

    def span(self, line: _Line) -> TextSpan:
        return TextSpan.of(self.text, line.start, line.end)

    def run(self) -> Article:
        lines = _split_lines(self.text)
        self.classify(lines)
        if not self.hints and not self.looks_like_page(lines):
            return self.plain(lines)
        if "title" not in self.hints:
            self.head(lines)
        c0 = self.comments_start(lines)
        if "comments_start" not in self.hints:
            self.tags(lines[:c0])
        self.body(lines[:c0])
        if c0 < len(lines):
            self.comments(lines[c0:])
        self.urls(lines)
        art = self.article
        art.media.sort(key=lambda m: m.start)
        art.boilerplate.sort(key=lambda b: b.start)
        return art

    def looks_like_page(self, lines: list[_Line]) -> bool:
        """Does the text show the structure of a scraped page?  Only then do furniture rules apply: a
        sentence, a headline, a tweet or a number ("٣٥٠") is body, whatever a rule would call it.

        The evidence: a section or comments heading ("الأكثر قراءة", "التعليقات (1)") or two
        furniture lines among at least two lines, a media line, the title repeated on the next line,
        or a comment header (a short line that is only an age, "· منذ يومين") after the first line;
        never when every line would be furniture (a list of dates or of headings is a text of its own).
        """
        if len(lines) < 2:
            return False
        furniture = [ln for ln in lines if ln.kind == "furniture"]
        if len(furniture) == len(lines):  # a text of furniture only ("الأحد 5 ديسمبر 2021" ¶ …) is its own body
            return False
        if any(ln.role in ("section", "comments") for ln in furniture):
            return True
        # emoji-led lines are a tweet's or a breaking-news post's own lines as often as a menu's
        # ("🔴 عاجل | غارات على إدلب" ¶ "📌 مقتل 9 مدنيين"): they count only beside other furniture
        if len(furniture) >= 2 and any(ln.rule not in _WEAK_EVIDENCE for ln in furniture):
            return True
        if any(ln.kind == "media" for ln in lines):
            return True
        first, second = lines[0], lines[1]
        if first.short and second.short:
            head = self.folded[first.nstart:first.nend]
            nxt = self.folded[second.nstart:second.nend]
            # (a line of letters: "!!!" ¶ "!!!" repeats no title)
            if (nxt == head or (_words(head) >= 3 and nxt.startswith(head))) and _LETTER.search(head):
                return True
        for line in lines[1:]:
            self.find_age(line)
            if line.age is not None:
                return True
        return False

    def furnish(self, line: _Line, rule: str) -> None:
        line.kind, line.rule, line.role = "furniture", rule, "line"

    def bare(self, line: _Line, max_words: int) -> bool:
        """A short line of words only (no digit, no punctuation): a menu entry, a name, a tag."""
        raw = self.text[line.start:line.end]
        return line.short and _words(raw) <= max_words and _BARE_WORDS.fullmatch(raw) is not None

    def head(self, lines: list[_Line]) -> None:
        """The page's head, above its first paragraph: a relative age there is the article's own
        time ("قبل 3 ساعات", not a comment's); one- or two-word lines above a title of three words
        or more are its menu ("أخبار" ¶ "سياسة" ¶ title); a short name beside a byline or a
        timestamp is the writer's ("سالي نبيل" ¶ "بي بي سي نيوز عربي - القاهرة")."""
        head = lines[:self.first_paragraph(lines)]
        for line in head:
            self.find_age(line)
            if line.age is not None and line.age_author is None:
                line.age = None
                self.furnish(line, "timestamp")
        content = [i for i, ln in enumerate(head) if ln.kind == "content"]
        k = 0
        while k < len(content) and (self.bare(head[content[k]], MENU_MAX_WORDS) or self.section_name(head[content[k]])):
            k += 1
        if 0 < k < len(content) and _words(self.text[head[content[k]].start:head[content[k]].end]) >= 3:
            for i in content[:k]:
                self.furnish(head[i], "menu")
            content = content[k:]
        for i in content[1:]:  # content[0] is the title
            line = head[i]
            if not (self.bare(line, NAME_MAX_WORDS) or self.place_and_name(line)):
                continue
            # the nearest line on each side, past separators ("محمد عبد الله" ¶ "|" ¶ timestamp)
            near = []
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(head) and head[j].rule == "separator":
                    j += step
                if 0 <= j < len(head):
                    near.append(head[j])
            if any(ln.rule in _BYLINE_RULES for ln in near):
                self.furnish(line, "byline")

    def place_and_name(self, line: _Line) -> bool:
        """A dateline of a place and a writer's name ("أسيوط - محمد أبو العلا")."""
        return line.short and _PLACE_NAME.fullmatch(self.text, line.start, line.end) is not None

    def opens_paragraph(self, line: _Line) -> bool:
        """Does ``line`` open like a paragraph that continues the article ("وأكد …", "كما تطرق …",
        "ويخوض …"; the resource's ``openers``)?  Such a line is no link title and no caption."""
        if line.short:
            if self.text[line.start:line.end].endswith((":", "：")):  # "تعرف على قصة الفيلم في التسجيل التالي :"
                return True
            words = self.folded[line.nstart:min(line.nend, line.nstart + 80)].split(None, 2)
        else:  # a long line's first words (it is no link title nor caption anyway)
            n0 = self.view.to_normalized(line.start)
            words = self.folded[n0:n0 + 80].split(None, 2)
        if not words:
            return False
        openers = word_list("openers")
        if words[0] in openers or (len(words) > 1 and f"{words[0]} {words[1]}" in openers):
            return True
        return _PRESENT_AFTER_WA.fullmatch(words[0]) is not None

    def section_name(self, line: _Line) -> bool:
        """A section's or a forum's name of three words ("أخبار العالم العربي", "منتديات الحوار العربي"):
        its first word is one of the resource's ``section`` words."""
        if not self.bare(line, MENU_MAX_WORDS + 1):
            return False
        first = self.folded[line.nstart:line.nend].split(None, 1)[0]
        return first in word_list("section")

    def first_paragraph(self, lines: list[_Line]) -> int:
        """Index of the page's first paragraph: a content line that does not read like a title, or
        one of PARAGRAPH_WORDS words or more below the title (scrapers drop full stops)."""
        title_seen = False
        for i, line in enumerate(lines):
            if line.kind != "content":
                continue
            raw = self.text[line.start:line.end]
            if not _title_like(raw) or (title_seen and _words(raw) >= PARAGRAPH_WORDS):
                return i
            title_seen = title_seen or _words(raw) >= 3
        return len(lines)

    def tags(self, lines: list[_Line]) -> None:
        """A page's tags below the body with no heading ("حقل الدرة" ¶ "السعودية" ¶ "الكويت"): two
        or more short lines of words only, last in the page (before its comments), after a paragraph,
        each named in the page above it (a statement's signature, "الكاتب العام" ¶ "لسعد اليعقوبي",
        names nothing of the article)."""
        run: list[_Line] = []
        for line in reversed(lines):
            if line.kind != "content":
                continue
            if not self.bare(line, TAG_MAX_WORDS):
                raw = self.text[line.start:line.end]
                # a paragraph that ends with a colon announces its list ("… النقاط التالية:")
                above = self.folded[:run[-1].nstart] if run else ""
                if (len(run) >= 2 and not _title_like(raw) and not raw.endswith((":", "："))
                        and all(self.folded[t.nstart:t.nend] in above for t in run)):
                    for tag in run:
                        self.furnish(tag, "tags")
                return
            run.append(line)
            if len(run) > MAX_TAGS:
                return

    def plain(self, lines: list[_Line]) -> Article:
        """The article of a text with no page structure: every line is a body paragraph."""
        for line in lines:
            line.kind, line.rule, line.role = "content", None, None
        self.article.body = [self.span(line) for line in lines]
        self.urls(lines)
        self.article.media.sort(key=lambda m: m.start)
        return self.article

    def comments_start(self, lines: list[_Line]) -> int:
        """Index of the first line of the comments block (its heading included), or len(lines)."""
        forced = self.hints.get("comments_start")
        if forced is not None:
            return next((i for i, ln in enumerate(lines) if ln.start >= forced), len(lines))
        seen_content = False
        for i, line in enumerate(lines):
            if line.kind == "furniture" and line.role == "comments" and seen_content:
                return i
            if line.kind == "content":
                if seen_content and line.short:
                    # no heading: a line that is only an age starts the comments (with the author above it)
                    self.find_age(line)
                    if line.age is not None:
                        prev = lines[i - 1] if i else None
                        if (line.age_author is None and prev is not None and prev.kind == "content"
                                and _author_like(self.text[prev.start:prev.end])):
                            return i - 1
                        return i
                seen_content = True
        return len(lines)

    def body(self, lines: list[_Line]) -> None:
        art = self.article
        content = [ln for ln in lines if ln.kind == "content"]
        links = -1  # >= 0 while absorbing the link titles under a section heading
        forced_title = self.hints.get("title")
        title_checked = repeat_checked = False
        prev: _Line | None = None
        for k, line in enumerate(lines):
            prev, last = line, prev
            if line.kind == "furniture":
                self.boiler(line.start, line.end, line.rule or "furniture")
                links = 0 if line.role == "section" else links
                continue
            if line.kind == "media":
                continue
            raw = self.text[line.start:line.end]
            if links >= 0:
                # (a headline is no sentence of 12 words or more with a comma: "ولاقت الحادثة تفاعلا …، واستخدم …")
                if (links < MAX_LINKS and _link_like(raw) and not self.opens_paragraph(line)
                        and not (_words(raw) >= PARAGRAPH_WORDS and ("،" in raw or "," in raw))
                        and not (not title_checked and self.heads_article(lines, k))):
                    self.boiler(line.start, line.end, "link_list")
                    links += 1
                    continue
                links = -1
            if not title_checked:
                title_checked = True
                # under a dateline ("تونس - وات"), a line followed by one that continues it ("وأضافت
                # الوزارة …") is the first paragraph (a title's first paragraph may open with "و")
                if forced_title or (forced_title is None and len(content) >= 2 and _title_like(raw)
                                    and not (self.dateline(last) and self.continued(line, content))):
                    art.title = self.span(line)
                    continue
            if art.title is not None and not repeat_checked:
                repeat_checked = True
                if self.repeats_title(line):
                    continue
            art.body.append(self.span(line))

    def heads_article(self, lines: list[_Line], i: int) -> bool:
        """Is ``lines[i]`` the title of an article under a sidebar ("الأكثر قراءة" ¶ headlines ¶ title ¶
        timestamp ¶ paragraph)?  It is followed by bylines or timestamps, then by a paragraph (a widget's
        headline with its date is followed by another headline)."""
        j = i + 1
        while j < len(lines) and lines[j].kind == "furniture" and lines[j].rule in ("byline", "timestamp"):
            j += 1
        if j == i + 1 or j >= len(lines) or lines[j].kind != "content":
            return False
        raw = self.text[lines[j].start:lines[j].end]
        return not _link_like(raw) or _words(raw) >= PARAGRAPH_WORDS or raw.endswith(_SENTENCE_END)

    def dateline(self, line: _Line | None) -> bool:
        """A byline of a place and an outlet or agency ("تونس - وات", "القاهرة (رويترز) -"), not a masthead."""
        return (line is not None and line.rule == "byline"
                and any(c in self.text[line.start:line.end] for c in "-–—/:("))

    def continued(self, line: _Line, content: list[_Line]) -> bool:
        """Whether the content line after ``line`` opens like a paragraph that continues it."""
        i = next(k for k, ln in enumerate(content) if ln is line)
        return i + 1 < len(content) and self.opens_paragraph(content[i + 1])

    def repeats_title(self, line: _Line) -> bool:
        """Whether ``line`` repeats the title (wholly: furniture; as its start: the rest is body)."""
        title = self.article.title
        assert title is not None
        t_key = fold(self.view.text[self.view.to_normalized(title.start):self.view.to_normalized(title.end)])
        if not line.short and len(t_key) > MAX_LINE:
            return False
        n0 = self.view.to_normalized(line.start)
        n1 = self.view.to_normalized(line.end)
        if self.folded[n0:n1] == t_key:
            self.boiler(line.start, line.end, "title_repeat")
            return True
        if _words(t_key) >= 3 and self.folded.startswith(t_key, n0) and n0 + len(t_key) < n1:
            cut_n = n0 + len(t_key)
            if not self.folded[cut_n].isspace() and self.folded[cut_n] not in "-–—:|.":
                return False
            _, cut = self.view.to_original(n0, cut_n)
            rest = self.text[cut:line.end]
            lead = len(rest) - len(rest.lstrip(_WS + "-–—:|."))
            self.boiler(line.start, cut, "title_repeat")
            if cut + lead < line.end:
                self.article.body.append(TextSpan.of(self.text, cut + lead, line.end))
            return True
        return False

    def comments(self, lines: list[_Line]) -> None:
        """The comments block: heading, then author / age / text lines, until a section heading."""
        art = self.article
        end = len(lines)
        for i, line in enumerate(lines):
            if i and line.kind == "furniture" and line.role == "section":
                end = i
                break
        section = lines[:end]
        for line in section:
            self.find_age(line)
            if line.age is None:
                self.find_stamp(line)
        has_ages = any(ln.age is not None for ln in section)
        cur: Comment | None = None
        open_ = False
        pending: _Line | None = None
        for i, line in enumerate(section):
            if line.kind == "furniture":
                self.boiler(line.start, line.end, line.rule or "furniture")
                open_ = False
                continue
            if line.kind == "media":
                continue
            if line.age is not None:
                cur = self.new_comment(line, pending)
                pending, open_ = None, True
                continue
            raw = self.text[line.start:line.end]
            nxt = section[i + 1] if i + 1 < len(section) else None
            if nxt is not None and nxt.kind == "content":
                if has_ages:
                    is_author = nxt.age is not None and nxt.age_author is None and _author_like(raw)
                else:
                    is_author = (line.blank_before or i == 0 or not open_) and not nxt.blank_before \
                        and _author_like(raw, strict=True)
                if is_author:
                    if pending is not None:  # two author-like lines: the first is a short comment ("شكرا")
                        self.text_comment(pending)
                    pending, open_ = line, False
                    continue
            if cur is not None and open_:
                if not cur.text:
                    cur.start = line.start
                cur.end = line.end
                cur.text = self.text[cur.start:cur.end]
                continue
            cur = self.new_comment(None, pending)
            cur.start, cur.end, cur.text = line.start, line.end, raw
            pending, open_ = None, True
        for line in lines[end:]:
            if line.kind == "furniture":
                self.boiler(line.start, line.end, line.rule or "furniture")
            elif line.kind == "content":
                self.boiler(line.start, line.end, "page_tail")
        art.comments = [c for c in art.comments if c.text or c.author or c.age]

    def text_comment(self, line: _Line) -> None:
        """A comment of ``line``'s text alone."""
        comment = self.new_comment(None, None)
        comment.start, comment.end, comment.text = line.start, line.end, self.text[line.start:line.end]

    def new_comment(self, age_line: _Line | None, author_line: _Line | None) -> Comment:
        at = age_line.end if age_line is not None else (author_line.end if author_line is not None else 0)
        comment = Comment(at, at, "")
        if age_line is not None and age_line.age is not None:
            s, e, age = age_line.age
            comment.age, comment.age_start, comment.age_end = self.text[s:e], s, e
            if self.reference_date is not None and age is not None:
                resolved = age.resolve(self.reference_date)
                comment.age_date = resolved.isoformat() if resolved else None
            if age_line.age_author is not None:
                comment.author_start, comment.author_end = age_line.age_author
        if comment.author_start is None and author_line is not None:
            comment.author_start, comment.author_end = author_line.start, author_line.end
        if comment.author_start is not None:
            comment.author = self.text[comment.author_start:comment.author_end]
        self.article.comments.append(comment)
        return comment

    def urls(self, lines: list[_Line]) -> None:
        """YouTube, Twitter and Facebook URLs anywhere but in furniture lines."""
        art = self.article
        for line in lines:
            if line.kind == "furniture" or not self.has_url(line):
                continue
            for s, e, url in find_urls(self.text, line.start, line.end):
                found = classify_url(url)
                if found:
                    kind, ident, canonical = found
                    art.media.append(Media(s, e, url, kind, ident, canonical))


@cache
def _weekdays() -> frozenset[str]:
    from ..extract.dates.months import lexicon  # the dates stage's weekday names, folded

    return frozenset(lexicon().weekdays)


def segment(text: str, *, rules: Rules | None = None, reference_date: _dt.date | None = None,
            view: NormalizedText | None = None, folded: str | None = None,
            hints: dict[str, Any] | None = None) -> Article:
    """Split ``text`` into an :class:`Article`.  ``view``/``folded`` are the Document's normalized
    view and its folding (computed when not given); ``hints`` come from the HTML extractor
    (``{"title": True, "comments_start": offset}``)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if view is None:
        view = normalize_with_map(text)
    if folded is None:
        folded = fold(view.text)
    segmenter = _Segmenter(text, view, folded, rules or load_rules(), reference_date, dict(hints or {}))
    article = segmenter.run()
    article.meta.setdefault("source", "text")
    return article
