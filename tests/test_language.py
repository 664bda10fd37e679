"""The ``lang`` argument: its checks, and the guess of ``lang="auto"``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotex import Lexicon, extract_quotes
from quotex.language import conventions, guess_language, languages

# Written for these tests: a few sentences of each language, as the start
# of a news article or a novel would read.
OPENINGS = [
    pytest.param(
        "en",
        "“We will not give up,” the mayor said on Monday. She added that the "
        "city had been waiting for this decision for years.",
        id="english-news",
    ),
    pytest.param(
        "de",
        "„Wir geben nicht auf“, sagte die Bürgermeisterin am Montag. Sie fügte "
        "hinzu, dass die Stadt seit Jahren auf diese Entscheidung gewartet habe.",
        id="german-news",
    ),
    pytest.param(
        "de",
        "»Komm doch herein«, rief der Alte, und er hielt ihr die Tür auf. Es war "
        "kalt, und der Wind pfiff über das Dach.",
        id="german-fiction",
    ),
    pytest.param(
        "fr",
        "« Nous ne renoncerons pas », a déclaré la maire lundi. Elle a ajouté que "
        "la ville attendait cette décision depuis des années.",
        id="french-news",
    ),
    pytest.param(
        "es",
        "—No vamos a rendirnos —dijo la alcaldesa el lunes. También explicó que "
        "la ciudad esperaba esta decisión desde hace años.",
        id="spanish-news",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OPENINGS)
def test_the_guess_names_the_language_of_each_opening(lang: str, text: str) -> None:
    assert guess_language(text, among=("en", "de", "fr", "es")) == lang


@pytest.mark.parametrize("text", ["", "12 345 678", "NATO, EU, UN"])
def test_a_text_without_function_words_is_read_as_english(text: str) -> None:
    assert guess_language(text) == "en"


def test_auto_reads_a_german_text_with_the_german_lexicon() -> None:
    text = "„Wir geben nicht auf“, sagte Angela Merkel am Montag in Berlin."
    [q] = extract_quotes(text, lang="auto")
    assert (q.text, q.speaker, q.cue, q.cue_lemma) == (
        "Wir geben nicht auf",
        "Angela Merkel",
        "sagte",
        "sagen",
    )
    assert extract_quotes(text, lang="auto") == extract_quotes(text, lang="de")


def test_an_unknown_language_is_a_value_error_listing_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"lang must be one of 'en', .*'de'.*'auto', not 'xx'"):
        extract_quotes("“Go,” he said.", lang="xx")


def test_a_lang_other_than_the_lexicons_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="lang='de' but the lexicon given reads 'en'"):
        extract_quotes("“Go,” he said.", lexicon=Lexicon.default(), lang="de")
    with pytest.raises(ValueError, match="lang='auto'"):
        extract_quotes("“Go,” he said.", lexicon=Lexicon.default(), lang="auto")


def test_a_lexicon_knows_its_language() -> None:
    assert [Lexicon.default(lang).lang for lang in languages()] == list(languages())
    assert Lexicon.default("de").with_verbs("keifen").lang == "de"
    assert Lexicon.default("de").with_verbs("keifen").lemma("keifte") == "keifen"


# The files of reported speech: a lexicon without them reads no reported
# speech, and one with its verbs has them all.
REPORTED_SPEECH_FILES = {
    "reported_verbs.txt",
    "reported_nouns.txt",
    "reported_blockers.txt",
    "question_openers.txt",
    "content_stops.txt",
    "subordinators.txt",
    "plural_subjects.txt",
    "clause_openers.txt",
    "clause_conjunctions.txt",
    "clause_subjects.txt",
    "clause_starters.txt",
    "content_subjects.txt",
    "shared_participle_endings.txt",
    "clause_verb_endings.txt",
    "subject_joiners.txt",
    "plural_endings.txt",
    "complementizers.txt",
    "relative_subjects.txt",
    "possessive_endings.txt",
    "recipient_words.txt",
    "reported_possessives.txt",
    "content_breaks.txt",
    "reported_not_forms.txt",
    "subject_heads.txt",
    "plural_joiners.txt",
    "opening_participles.txt",
    "topic_prepositions.txt",
    "cue_prepositions.txt",
    "colon_headings.txt",
    "object_cues.txt",
    "unnamed_cues.txt",
    "clause_cues.txt",
    "focus_adverbs.txt",
    "raising_cues.txt",
    "active_raising_cues.txt",
    "infinitive_cues.txt",
    "passive_cues.txt",
    "agent_prepositions.txt",
    "expletive_subjects.txt",
    "passive_auxiliaries.txt",
    "relative_contents.txt",
    "participle_lookalikes.txt",
    "cue_adverbs.txt",
    "verb_particles.txt",
    "naming_cues.txt",
    "progressive_auxiliaries.txt",
    "absolute_openers.txt",
    "subject_prepositions.txt",
    "irregular_pasts.txt",
}
# The files of reported speech that stands in a clause of its own, read
# only for a language whose conventions.txt sets "reported_clauses".
CLAUSE_FILES = {
    "content_openers.txt",
    "subjunctives.txt",
    "subjunctive_endings.txt",
    "not_subjunctives.txt",
    "infinitive_particles.txt",
    "clause_cue_blockers.txt",
    "content_blockers.txt",
    "source_clause_openers.txt",
    "reported_modals.txt",
    "reported_subjunctives.txt",
    "content_joiners.txt",
    "content_continuers.txt",
    "main_clause_subjects.txt",
    "object_words.txt",
}
# Files of one language's own grammar, read only by its inflection.
OWN_GRAMMAR_FILES = {"inseparable_prefixes.txt"}


def test_every_language_folder_has_the_files_of_english() -> None:
    from importlib.resources import files

    data = files("quotex") / "data"
    english = {f.name for f in (data / "en").iterdir()}
    for lang in languages():
        found = {f.name for f in (data / lang).iterdir()}
        apart = REPORTED_SPEECH_FILES | OWN_GRAMMAR_FILES | CLAUSE_FILES
        assert found - apart == english - apart, lang
        if "reported_verbs.txt" in found:
            assert found >= REPORTED_SPEECH_FILES, lang
        if "reported_clauses" in conventions(lang):
            assert found >= CLAUSE_FILES, lang


def test_each_function_word_belongs_to_one_language() -> None:
    from quotex.lexicon import word_list

    seen: dict[str, str] = {}
    for lang in ("en", "de", "fr", "es"):
        for word in word_list("function_words.txt", lang):
            assert seen.setdefault(word, lang) == lang, (word, seen[word], lang)


def test_extract_many_and_options_take_lang() -> None:
    from quotex import extract_many
    from quotex.batch import Options

    texts = ["„Wir bleiben“, sagte Merkel.", "“We stay,” said Merkel."]
    german, english = extract_many(texts, lang="auto")
    assert [(q.speaker, q.cue_lemma) for q in german + english] == [
        ("Merkel", "sagen"),
        ("Merkel", "say"),
    ]
    assert Options.checked(lang="de").extract(texts[0])[0].cue_lemma == "sagen"
    with pytest.raises(ValueError, match="lang must be one of"):
        Options.checked(lang="klingon")


def test_the_cli_reads_german_with_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quotex.cli import main

    path = tmp_path / "rede.txt"
    path.write_text("„Wir bleiben hier“, erklärte die Ministerin.\n", encoding="utf-8")
    assert main([str(path), "--lang", "de"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    quote = json.loads(line)
    assert (quote["start"], quote["end"], quote["speaker"], quote["cue"]) == (
        1,
        17,
        "Ministerin",
        "erklärte",
    )


def test_indirect_asked_of_a_language_without_reported_speech_reads_none() -> None:
    text = "Il a dit qu'il viendrait. « Oui », dit Anna."
    quotes = extract_quotes(text, lang="fr", kinds={"direct", "mixed", "indirect"})
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Oui", "direct", "Anna")]


# Every layout each language reads, in sentences of our own: read in every
# language, with every kind asked for, none may raise, and the offsets must hold. A
# word list that one language's layout asks of every language, but only
# some have, shows here (a missing file raises).
_LAYOUTS_OF_EVERY_LANGUAGE = [
    "“We will stay,” said Ruth Ames, who chairs the board, “until it is done.”",
    "Said Tom Hale, who grew up there, “Nobody asked us.”",
    "Dijo Marta Ruiz, que vivía allí, «Nadie nos preguntó.»",
    "Déclara Marie Dubois, qui vivait là, « Personne ne nous a demandé. »",
    "Sagte Anna Weber, die dort wohnte, „Niemand hat uns gefragt.“",
    "Asked about the budget, Mayor Lin said the city would cope.",
    "Pence: We are ready for the vote.",
    "— Oui, dit Marie, qui riait encore. Venez ici.",
    "« C’était, a-t-il déclaré, une belle journée. »",
    "—Espero que sí —dijo Azucena, que sonreía—. Afortunadamente no llueve.",
    "Merkel sagte: „Wir schaffen das.“ Er sagte, dass er krank sei.",
    "Laut der Zeitung ist der Minister zurückgetreten, heißt es.",
    "»Aha!« dachte er, »so ist das.«",
    # a dialogue whose turn calls a name out inside it, then a list
    "—¿Vienes? —preguntó Pedro.\n\n—No sé.\n\n—Ven aquí, Marta, y siéntate.\n\n"
    "—Bueno, ya voy.\n\n—Pues date prisa.\n",
    "« Tu viens ? » demanda Pierre.\n\n« Je ne sais pas. »\n\n"
    "« Viens ici, Marie, et assieds-toi. »\n\n« Bon, j'arrive. »\n\n« Alors vite. »\n",
]


@pytest.mark.parametrize("text", _LAYOUTS_OF_EVERY_LANGUAGE)
def test_every_language_reads_every_layout_without_raising(text: str) -> None:
    # every kind: reading reported speech reads the quotations' frames too
    for lang in languages():
        for q in extract_quotes(text, lang=lang, kinds={"direct", "mixed", "indirect"}):
            assert text[q.start : q.end] == q.text
            if q.speaker_mention_span is not None:
                a, b = q.speaker_mention_span
                assert text[a:b] == q.speaker_mention
