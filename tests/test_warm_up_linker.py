"""The app's warm-up builds the text index of fiches described loosely in comparisons before serving: at 20,000
fiches it took ~6 s, paid by the first such comparison."""

from __future__ import annotations

import ui
from assistant.linking import TitleLinker
from tests.helpers_retrieval import make_fiche


def _linker() -> TitleLinker:
    fiches = [
        make_fiche("f1", "Atelier mémoire", resume="Trois bénévoles animent une séance chaque mardi."),
        make_fiche("f2", "Jeux de mémoire", resume="La ludothèque prête des jeux le samedi."),
    ]
    return TitleLinker(fiches, {})


def test_warm_builds_the_text_index_of_described_sides():
    linker = _linker()
    assert linker._resolver is None or linker.resolver._by_text is None
    linker.warm()
    index = linker.resolver._by_text
    assert index is not None
    assert index["ludotheque"] == {"f2"}
    assert index["benevole"] == {"f1"}


class _Retriever:
    def __init__(self) -> None:
        self.linker = _linker()
        self.searched: list[str] = []

    def search(self, question: str, k: int = 5):
        self.searched.append(question)


class _Assistant:
    def __init__(self) -> None:
        self.retriever = _Retriever()


def test_app_warm_up_warms_the_linker():
    assistant = _Assistant()
    ui.warm_up(assistant)
    assert assistant.retriever.searched == [ui.EXAMPLES[0]]
    assert assistant.retriever.linker.resolver._by_text is not None
