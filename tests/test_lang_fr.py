"""French: guillemets, dialogue set with dashes, inverted incises, news cues.

Every sentence here was written for these tests, in the manner of French
news and nineteenth-century novels.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.dashes import find_dash_spans
from quotex.segment import paragraphs

NBSP = "\N{NO-BREAK SPACE}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"

# text, then each quotation: (start, end, text, speaker, cue)
CASES = [
    # news: « » with the cue after, a compound tense, "selon"
    pytest.param(
        "« Nous partirons demain », a déclaré le ministre.",
        [(2, 23, "Nous partirons demain", "le ministre", "déclaré")],
        id="news-a-declare-nominal",
    ),
    pytest.param(
        "« Nous verrons », a dit le chef du gouvernement.",
        [(2, 14, "Nous verrons", "le chef du gouvernement", "dit")],
        id="a-noun-in-ment-is-no-adverb",
    ),
    pytest.param(
        f"«{NBSP}La ville est prête{NBSP}», a déclaré Anne Hidalgo lundi.",
        [(2, 20, "La ville est prête", "Anne Hidalgo", "déclaré")],
        id="news-no-break-spaces-inside-guillemets",
    ),
    pytest.param(
        f"Claire Morel posa son verre. «{NNBSP}Rien n’est décidé{NNBSP}», déclare-t-elle.",
        [(31, 48, "Rien n’est décidé", "Claire Morel", "déclare")],
        id="thin-spaces-declare-t-elle",
    ),
    pytest.param(
        "Le maire, Paul Brun, sourit. « Le projet avance », a-t-il déclaré.",
        [(31, 47, "Le projet avance", "Paul Brun", "déclaré")],
        id="a-t-il-declare",
    ),
    pytest.param(
        "« Le budget sera tenu », selon le ministre.",
        [(2, 21, "Le budget sera tenu", "le ministre", "selon")],
        id="selon-after",
    ),
    pytest.param(
        "Selon Jean Dupont, « la réforme est nécessaire ».",
        [(21, 46, "la réforme est nécessaire", "Jean Dupont", "Selon")],
        id="selon-before",
    ),
    # fiction: dialogue set with dashes, il/elle by gender
    pytest.param(
        "Pierre entra dans la cuisine.\n— Bonjour, dit-il.\n— Bonjour, répondit Marie.",
        [
            (32, 40, "Bonjour,", "Pierre", "dit"),
            (51, 59, "Bonjour,", "Marie", "répondit"),
        ],
        id="dash-lines-dit-il-repondit-marie",
    ),
    pytest.param(
        "Marie posa sa tasse.\n— Tu es en retard, dit-elle. Le train est parti.",
        [
            (23, 39, "Tu es en retard,", "Marie", "dit"),
            (50, 69, "Le train est parti.", "Marie", None),
        ],
        id="dash-line-dit-elle-then-more-speech",
    ),
    pytest.param(
        "— Oui, oui, s’écria la servante ; venez ici.",
        [
            (2, 11, "Oui, oui,", "la servante", "écria"),
            (34, 44, "venez ici.", "la servante", None),
        ],
        id="reflexive-incise-description",
    ),
    pytest.param(
        "— Madame Roux ? – continua le domestique. – C’est au fond du couloir.",
        [
            (2, 15, "Madame Roux ?", "le domestique", "continua"),
            (44, 69, "C’est au fond du couloir.", "le domestique", None),
        ],
        id="en-dash-aside",
    ),
    pytest.param(
        "— Aujourd’hui, on ne sort pas.",
        [(2, 30, "Aujourd’hui, on ne sort pas.", None, None)],
        id="dash-line-without-incise",
    ),
    # an incise inside guillemets, and guillemet continuation
    pytest.param(
        "« Je le savais, dit Paul, mais je n’ai rien dit. »",
        [
            (2, 15, "Je le savais,", "Paul", "dit"),
            (26, 48, "mais je n’ai rien dit.", "Paul", "dit"),
        ],
        id="incise-inside-guillemets",
    ),
    pytest.param(
        "Le curé ouvrit la lettre :\n« Mon cher ami,\n« Je pars demain pour Lyon.\n"
        "» Je vous embrasse. »",
        [
            (29, 42, "Mon cher ami,", "Le curé", None),
            (45, 70, "Je pars demain pour Lyon.", None, None),
            (73, 90, "Je vous embrasse.", None, None),
        ],
        id="guillemet-continuation-one-per-paragraph",
    ),
    # no quotation: a dash in narration, and no marks
    pytest.param("Il pleuvait. Les enfants jouaient dans la cour.", [], id="no-quotation"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_quotations(text: str, expected: list[tuple[object, ...]]) -> None:
    quotes = extract_quotes(text, lang="fr")
    assert [(q.start, q.end, q.text, q.speaker, q.cue) for q in quotes] == expected
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.kind == "direct"


def test_english_does_not_read_dash_dialogue() -> None:
    assert extract_quotes("— Bonjour, dit-il.\n— Oui, répondit Marie.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Il sortit.\n— Oui, dit-il.",
            [(13, 25, 11, "—", "", 1)],
            id="one-line",
        ),
        pytest.param(
            "— Madame ? – fit-il. – Entrez.",
            [(2, 10, 0, "—", "", 0), (23, 30, 21, "–", "", 0)],
            id="aside-set-off-by-dashes",
        ),
        pytest.param("La route — longue — montait.", [], id="dash-inside-narration"),
    ],
)
def test_dash_spans(text: str, expected: list[tuple[object, ...]]) -> None:
    spans = find_dash_spans(text, paragraphs(text))
    assert [(s.start, s.end, s.open_at, s.open_mark, s.close_mark, s.paragraph) for s in spans] == (
        expected
    )
