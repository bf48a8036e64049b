"""French prompt files of the assistant, loaded from this package and rendered strictly.

Each prompt is a `<name>.txt` file next to this module. Placeholders use `str.format` syntax (`{fiches}`);
the placeholders a prompt must contain are checked at load time, and rendering with a missing variable
is an error (never a silently empty prompt).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Placeholders each prompt must contain (and may only contain).
REQUIRED: dict[str, frozenset[str]] = {
    "systeme": frozenset(),
    "question": frozenset({"fiches", "question", "consigne"}),
    "reformulation": frozenset({"historique", "question"}),
}


class PromptError(ValueError):
    """A prompt file is missing, lacks a required placeholder, or is rendered without a variable."""


@dataclass(frozen=True)
class Prompt:
    name: str
    template: str

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.template)

    def render(self, **values: str) -> str:
        missing = self.placeholders - values.keys()
        if missing:
            raise PromptError(f"Prompt « {self.name} » : variable(s) manquante(s) {sorted(missing)}.")
        return self.template.format(**values)


@dataclass(frozen=True)
class Prompts:
    systeme: Prompt
    question: Prompt
    reformulation: Prompt


def placeholders(template: str) -> frozenset[str]:
    """The `{name}` fields of a format string (escaped `{{` braces excluded)."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise PromptError(f"Accolade mal formée dans un prompt : {exc}") from exc
    return frozenset(fields)


def _read(name: str, directory: Path | None) -> str:
    if directory is not None:
        path = Path(directory) / f"{name}.txt"
        if not path.is_file():
            raise PromptError(f"Fichier de prompt introuvable : {path}")
        return path.read_text(encoding="utf-8")
    resource = resources.files(__name__) / f"{name}.txt"
    if not resource.is_file():
        raise PromptError(f"Fichier de prompt introuvable : prompts/{name}.txt (réinstallez le paquet).")
    return resource.read_text(encoding="utf-8")


def load_prompt(name: str, directory: Path | None = None) -> Prompt:
    """Load `<name>.txt` (from `directory`, else this package) and check its placeholders."""
    template = _read(name, directory).strip() + "\n"
    found = placeholders(template)
    required = REQUIRED.get(name, frozenset())
    if missing := required - found:
        raise PromptError(f"Prompt « {name} » : il manque {sorted('{' + m + '}' for m in missing)}.")
    if name in REQUIRED and (unknown := found - required):
        raise PromptError(
            f"Prompt « {name} » : variable(s) inconnue(s) {sorted(unknown)} ; doublez les accolades littérales."
        )
    return Prompt(name, template)


def load_prompts(directory: Path | None = None) -> Prompts:
    """All prompts of the assistant, checked."""
    return Prompts(**{name: load_prompt(name, directory) for name in REQUIRED})
