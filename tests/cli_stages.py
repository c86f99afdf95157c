"""Stages for the CLI tests, loaded with ``arabnews analyze --code``: one that raises and one that
stalls on a marker word, so the bad-record policy and the time limit can be seen at work."""

import time

import arabnews


def make_fragile():
    def fragile(doc):
        if "كلمة_تفجر" in doc.text:
            raise RuntimeError("a stage broke on this document")
        if "كلمة_تبطئ" in doc.text:
            time.sleep(30)
        return doc

    return fragile


arabnews.register_stage("fragile", make_fragile, requires=("tokens",))
