"""Embedded media: YouTube, Twitter/X and Facebook URLs, and bare YouTube ids on a line of their own.

>>> classify_url("https://youtu.be/BRxlYSrAP5s")
('youtube', 'BRxlYSrAP5s', 'https://www.youtube.com/watch?v=BRxlYSrAP5s')
>>> classify_url("https://twitter.com/OrientNews/status/1267800000000000000")[:2]
('twitter', '1267800000000000000')
>>> classify_url("https://example.com/x") is None
True
>>> is_youtube_id("BRxlYSrAP5s"), is_youtube_id("Information")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lang.ar.serial import SERIAL

#: A URL in running text; trailing punctuation is trimmed afterwards.
URL_RE = regex.compile(r"""(?i)\b(?:https?://|www\.)[^\s"'<>\[\]{}«»]++""")
_TRAILING = ".,،؛;:!?؟)}]'\"»"

_YOUTUBE = regex.compile(
    r"""(?i)^(?:https?://)?(?:www\.|m\.|music\.)?(?:
        youtube(?:-nocookie)?\.com/(?:watch/?\?(?:(?!v=)[^\s&#]*+&)*+v=|embed/|shorts/|live/|v/)
      | youtu\.be/)
      (?P<id>[A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])""",
    regex.X,
)
_TWITTER = regex.compile(
    r"(?i)^(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?P<user>\w{1,15})/status(?:es)?/(?P<id>\d{1,20})")
_FACEBOOK = regex.compile(r"(?i)^(?:https?://)?(?:www\.|m\.|web\.|mbasic\.)?(?:facebook\.com|fb\.com|fb\.watch)(?P<path>/[^\s?#]*+)?"
                          r"(?P<query>\?[^\s#]*+)?")
_FB_ID = regex.compile(r"(?:videos|posts|reel|watch|permalink|photos)/(?:[^/\s]*+/)?(?P<id>[\w.-]++)")
_FB_QUERY_ID = regex.compile(r"[?&](?:v|story_fbid|fbid|id)=(?P<id>[\w.-]++)")
_FB_SHARE = regex.compile(r"(?i)^/(?:sharer|share|dialog|plugins|login|tr)\b")

_BARE_ID = regex.compile(r"[A-Za-z0-9_-]{11}")
_PLAIN_WORD = regex.compile(r"[A-Z]?[a-z]++|[A-Z]++|\d++|[a-z]++(?:[-_][a-z]++)*+")


def is_youtube_id(s: str) -> bool:
    """Whether ``s`` (a whole line, stripped) looks like an 11-character YouTube video id: the right
    alphabet, and not an ordinary word or number ("Information", "12345678901")."""
    return len(s) == 11 and _BARE_ID.fullmatch(s) is not None and _PLAIN_WORD.fullmatch(s) is None


def classify_url(url: str) -> tuple[str, str, str] | None:
    """``(kind, id, canonical url)`` for a YouTube, Twitter/X or Facebook URL, else None.  Facebook
    share buttons ("facebook.com/sharer.php?…") are not media."""
    m = _YOUTUBE.match(url, None, None, SERIAL)
    if m:
        vid = m.group("id")
        return "youtube", vid, f"https://www.youtube.com/watch?v={vid}"
    m = _TWITTER.match(url, None, None, SERIAL)
    if m:
        return "twitter", m.group("id"), f"https://twitter.com/{m.group('user')}/status/{m.group('id')}"
    m = _FACEBOOK.match(url, None, None, SERIAL)
    if m:
        path = m.group("path") or ""
        query = m.group("query") or ""
        if _FB_SHARE.match(path, None, None, SERIAL):
            inner = regex.search(r"(?i)[?&](?:href|u)=(?P<u>[^&\s]++)", query)
            if inner:
                from urllib.parse import unquote

                return classify_url(unquote(inner.group("u")))
            return None
        found = _FB_ID.search(path) or _FB_QUERY_ID.search(query)
        ident = found.group("id") if found else path.strip("/")
        if not ident:
            return None
        full = url if url.lower().startswith("http") else f"https://{url}"
        return "facebook", ident, full
    return None


def find_urls(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """``(start, end, url)`` for each URL in ``text[start:end]``, trailing punctuation trimmed."""
    for m in URL_RE.finditer(text, start, len(text) if end is None else end, False, SERIAL):
        s, e = m.span()
        while e > s and text[e - 1] in _TRAILING:
            e -= 1
        if e > s:
            yield s, e, text[s:e]
