"""Bridges from arabnews Documents to other NLP libraries.

* :mod:`arabnews.interop.spacy` — ``to_spacy(doc)`` and the ``"arabnews"`` spaCy pipeline component
  (``spacy`` extra: ``pip install 'arabnews[spacy]'``).

Nothing here is imported by ``import arabnews``; each bridge imports its library when it is used.
"""
