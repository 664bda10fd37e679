"""Reported speech: what someone said, thought or wanted, without marks.

Read only when ``extract_quotes(kinds=...)`` asks for ``"indirect"``. One
pass over the text with the cue pattern of :func:`reported_patterns` (the
verbs of ``reported_verbs.txt``, the nouns of ``reported_nouns.txt`` before
"that", the reporting phrases); each cue outside a quotation is read by the
first layout of :data:`~quotex.reported.layouts.LAYOUTS` that fits it,
within its sentence:

``reported_after``
    the content, a comma, then the frame: ``The plan will fail, he said.``,
    ``…, said Smith.``
``reported_according_to``
    ``According to the FBI, the files were deleted.`` and ``…, according to
    the FBI.``
``reported_before``
    the subject, the cue, the content: ``Trump said (that) the system is
    rigged.``, ``She told reporters she would run.``, ``He wants to run.``
``reported_nominal``
    ``the claim that …``, ``Trump's view that …``.
``reported_opening``
    ``Asked about the budget, Okafor said …``: a participle opening its
    sentence, its content up to the comma.
``reported_colon``
    ``Mike Pence: Trump was mocking the Clinton camp``: a name and a colon
    opening a paragraph.
``reported_raising``
    ``The vote is expected to pass``: a passive cue reports its subject
    and its complement.
``reported_passive``
    ``Okafor was accused by her rivals``: a judging verb in the passive
    reports its subject; the words after "by" said it.
``reported_relative``
    ``a charge which she denied``: a relative word stands for the content.
``reported_headline``
    ``Port Authority Says Bridge Will Open``: a cue verb capitalised in a
    headline in title case.

The content follows the conventions of news attribution corpora: "that"
belongs to it, the recipient ("told reporters") and the sentence's final
full stop do not, a question mark does. Which person a mention names is
the attribution stage's work (:mod:`quotex.weave`).

A language whose reports stand in a clause of their own after a comma
(German; conventions.txt: ``reported_clauses``) is read by the layouts of
:mod:`~quotex.reported.clauses` and :mod:`~quotex.reported.sources`
instead.

Modules: :mod:`~quotex.reported.patterns` (the cue pattern and friends,
compiled once per lexicon), :mod:`~quotex.reported.text` (sentences and
quotations of one document), :mod:`~quotex.reported.subjects` (who a report
is by), :mod:`~quotex.reported.speakers` (the subject of a cue's clause,
for a cue that shares it), :mod:`~quotex.reported.layouts` (the layouts,
and the pass over the text), :mod:`~quotex.reported.split` (the layouts
of a content on both sides of its cue), :mod:`~quotex.reported.trailing`
(the layout of a content before its frame), :mod:`~quotex.reported.contents`
(a content's span, trimmed and cut at its break),
:mod:`~quotex.reported.breaks` (where a content breaks),
:mod:`~quotex.reported.headlines` (headlines in title case),
:mod:`~quotex.reported.words` (thresholds, and the word lists of each
language, :func:`~quotex.reported.words.reported_words`).
"""

from quotex.reported.layouts import LAYOUTS, read_reports
from quotex.reported.patterns import ReportedPatterns, reported_patterns
from quotex.reported.text import Report

__all__ = ["LAYOUTS", "Report", "ReportedPatterns", "read_reports", "reported_patterns"]
