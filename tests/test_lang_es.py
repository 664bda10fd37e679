"""Spanish: the raya, « » and “ ”, comma incises, news cues.

Every sentence here was written for these tests, in the manner of Spanish
news and nineteenth-century novels.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes

# text, then each quotation: (start, end, text, speaker, cue)
CASES = [
    # the raya: the narrator's words inside the line frame two quotations
    pytest.param(
        "Azucena miró por la ventana.\n—Espero que sí —dijo Azucena—. Afortunadamente, no llueve.",
        [
            (30, 43, "Espero que sí", "Azucena", "dijo"),
            (60, 87, "Afortunadamente, no llueve.", "Azucena", "dijo"),
        ],
        id="raya-dijo-azucena",
    ),
    pytest.param(
        "—Tu madre —dijo Pedro— no vendrá hoy.",
        [
            (1, 9, "Tu madre", "Pedro", "dijo"),
            (23, 37, "no vendrá hoy.", "Pedro", "dijo"),
        ],
        id="raya-mid-sentence",
    ),
    pytest.param(
        "—¡Basta! —gritó Juan—. Nos vamos.\n—No quiero —respondió Ana.",
        [
            (1, 8, "¡Basta!", "Juan", "gritó"),
            (23, 33, "Nos vamos.", "Juan", "gritó"),
            (35, 44, "No quiero", "Ana", "respondió"),
        ],
        id="two-lines",
    ),
    pytest.param(
        "—Yo lo sé —murmuró el viejo, mirando al suelo—, pero no lo diré.",
        [
            (1, 9, "Yo lo sé", "el viejo", "murmuró"),
            (48, 64, "pero no lo diré.", "el viejo", "murmuró"),
        ],
        id="raya-aside-with-a-clause",
    ),
    # él/ella by gender
    pytest.param(
        "Lucía abrió la puerta.\n—¿Quién es? —preguntó ella.",
        [(24, 34, "¿Quién es?", "Lucía", "preguntó")],
        id="pregunto-ella",
    ),
    # an older layout: the incise set off by commas
    pytest.param(
        "Don Pablo se levantó.\n—Me alegraré, contestó él, porque deseo volver.",
        [
            # a given name keeps its honorific: "Don Pablo", as written
            (23, 35, "Me alegraré,", "Don Pablo", "contestó"),
            (49, 69, "porque deseo volver.", "Don Pablo", "contestó"),
        ],
        id="comma-incise-contesto-el",
    ),
    # news: « », “ ”, afirmó, aseguró, según
    pytest.param(
        "«No habrá acuerdo», afirmó el ministro.",
        [(1, 17, "No habrá acuerdo", "el ministro", "afirmó")],
        id="guillemets-afirmo",
    ),
    pytest.param(
        "“Todo está en orden”, aseguró Pedro Gómez.",
        [(1, 19, "Todo está en orden", "Pedro Gómez", "aseguró")],
        id="curly-aseguro",
    ),
    pytest.param(
        "«La economía crecerá», según el gobernador.",
        [(1, 20, "La economía crecerá", "el gobernador", "según")],
        id="segun-after",
    ),
    pytest.param(
        "Según Ana Ruiz, «el acuerdo llegará pronto».",
        [(17, 42, "el acuerdo llegará pronto", "Ana Ruiz", "Según")],
        id="segun-before",
    ),
    # a dash inside narration opens no line of dialogue
    pytest.param(
        "Era tarde. Llovía sobre la ciudad — una lluvia fina — y nadie salía.",
        [],
        id="dash-inside-narration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spanish_quotations(text: str, expected: list[tuple[object, ...]]) -> None:
    quotes = extract_quotes(text, lang="es")
    assert [(q.start, q.end, q.text, q.speaker, q.cue) for q in quotes] == expected
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.kind == "direct"


def test_a_line_of_dialogue_opens_with_its_dash() -> None:
    text = "—Sí —dijo—. Claro."
    first, second = extract_quotes(text, lang="es")
    assert (first.open_mark, first.close_mark) == ("—", "")
    assert (second.open_mark, second.text) == ("—", "Claro.")
