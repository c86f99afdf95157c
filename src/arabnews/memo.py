"""Bounds of the per-word memos (word → a fact that depends on the word and the loaded tables alone).

A memo that reaches its bound is emptied and filled again from the words that follow: the frequent
words come back at once, and a long corpus or one 5 MB document (some 80,000 word types) does not keep
every word type it has seen in a dozen tables.  A memo never changes a result, only its cost.
"""

from __future__ import annotations

#: Word types a per-word memo holds before it starts afresh.
WORD_MEMO_LIMIT = 30_000
