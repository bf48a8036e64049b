"""Optional LLM answers through LangChain: chat-model factory, prompt building, citation checks, fallback.

- `make_chat_model(settings)` builds a LangChain `BaseChatModel` for `llm_provider` (`none` → None).
- The fiches are given to the model numbered, as DATA between `<fiche n="…">` and `</fiche>`; any `<`/`>` inside
  fiche text (or the question) is neutralised, so a fiche cannot close its own delimiter or open a new one.
- After generation every `[n]` is checked: numbers outside 1..len(fiches) are removed and reported in warnings.
- Citations are built from the fiches' metadata, never from the model's text. Decision: the citation list holds
  only the fiches the text cites (keeping their number n); when the text cites none, all the given fiches are
  listed with a warning. The final text ends with a « Sources » block (one line per cited fiche, with its link).
- Any failure of the model (connection refused, timeout, HTTP 5xx, malformed or empty stream) gives the
  extractive answer with a visible French warning, never an exception.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from assistant.answer import (
    citation,
    cut_sentences,
    defuse_autolinks,
    excerpt,
    extractive_answer,
    field_summary,
    hit_lines,
)
from assistant.records import Answer, Hit, SearchResult
from ingest.models import FIELD_LABELS, Fiche

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from config import Settings
    from prompts import Prompts

logger = logging.getLogger(__name__)

# provider → (module, class, pip requirement)
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "openai": ("langchain_openai", "ChatOpenAI", "langchain-openai==1.7.3"),
    "ollama": ("langchain_ollama", "ChatOllama", "langchain-ollama==1.1.0"),
}
LOCAL_API_KEY = "sans-cle"  # OpenAI-compatible local servers (llama.cpp, vLLM) accept any key

_CITATION = re.compile(r"\s*\[(\d+(?:\s*[-–,;]\s*\d+)*)\]")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BIG_NUMBER = re.compile(r"\d[\d  .]{2,}\d|\d{3,}")

CONSIGNES: dict[str, str] = {
    "list": "nomme les centres qui ont mené ces actions et dis en une phrase ce que fait chacune, avec son numéro.",
    "lookup": "donne l'information « {label} » de la fiche [1], en recopiant exactement les chiffres.",
    "similar": "présente brièvement ces fiches proches, avec leur numéro.",
    "search": "explique en quoi chaque fiche utile répond à la question, avec son numéro.",
    "compare": "compare ces fiches point par point à partir du tableau comparatif fourni, avec leurs numéros ; "
    "recopie exactement les chiffres du tableau.",
    "rank": "donne le classement fourni, dans cet ordre, avec le chiffre de chaque fiche recopié exactement et "
    "son numéro ; dis sur quel chiffre porte le classement.",
    "lessons": "résume, groupés par thème, les difficultés, facteurs de réussite ou perspectives fournis, "
    "chaque point avec le numéro de sa fiche.",
}


class LLMConfigError(RuntimeError):
    """The LLM settings are unusable (unknown provider, missing package, missing model name)."""


# ---------------------------------------------------------------- factory


def _chat_class(provider: str) -> type:
    module_name, class_name, requirement = PROVIDERS[provider]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise LLMConfigError(
            f"Le fournisseur de LLM « {provider} » demande un paquet absent : lancez `pip install {requirement}`."
        ) from exc
    return getattr(module, class_name)


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model of the settings, or None when `llm_provider` is 'none' (extractive answers)."""
    provider = (settings.llm_provider or "none").strip().lower()
    if provider == "none":
        return None
    if provider not in PROVIDERS:
        raise LLMConfigError(
            f"LLM_PROVIDER inconnu : « {provider} ». Valeurs possibles : none, openai, ollama."
        )
    if not settings.llm_model:
        raise LLMConfigError(
            "LLM_MODEL est vide : indiquez le nom du modèle (ex. LLM_MODEL=mistral-small-latest)."
        )
    chat_class = _chat_class(provider)
    if provider == "openai":
        if not settings.llm_api_key and not settings.llm_base_url:
            raise LLMConfigError(
                "LLM_API_KEY est vide : indiquez la clé de l'API (ou LLM_BASE_URL d'un serveur local)."
            )
        return chat_class(
            model=settings.llm_model,
            base_url=settings.llm_base_url or None,
            api_key=settings.llm_api_key or LOCAL_API_KEY,
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=settings.llm_temperature,
        )
    return chat_class(
        model=settings.llm_model,
        base_url=settings.llm_base_url or None,
        temperature=settings.llm_temperature,
        client_kwargs={"timeout": settings.llm_timeout},
    )


# ---------------------------------------------------------------- prompt


def neutralise(text: str) -> str:
    """Make delimiter-like text inert: no '<' or '>' survives, so no `<fiche>`/`</fiche>` can be forged."""
    return text.replace("<", "‹").replace(">", "›")


def _fiche_facts(fiche: Fiche) -> list[str]:
    facts = [
        ("Titre", fiche.title),
        ("Structure organisatrice", fiche.centre),
        ("Département", fiche.departement),
        ("Statut", fiche.statut),
        ("Mots clés", ", ".join(fiche.mots_cles)),
        ("Public", ", ".join(fiche.public)),
        ("Partenaires", ", ".join(fiche.partenaires)),
        ("Résumé", cut_sentences(fiche.resume, 500) if fiche.resume else ""),
    ]
    return [f"{label} : {value}" for label, value in facts if value]


def render_fiche(n: int, hit: Hit, lookup_field: str = "", terms: str = "") -> str:
    """One fiche as data: its facts, its best passage, and the asked field for a lookup."""
    lines = _fiche_facts(hit.fiche)
    if hit.passage and (passage := excerpt(hit, 700, terms=terms)):
        lines.append(f"Passage : {passage}")
    if lookup_field in Fiche.model_fields and lookup_field not in {"title", "centre", "departement"}:
        value = getattr(hit.fiche, lookup_field)
        value = "\n".join(value) if isinstance(value, list) else str(value or "")
        if value:
            label = FIELD_LABELS.get(lookup_field, lookup_field)
            lines.append(f"{label} (chiffres clés) : {field_summary(lookup_field, value)}")
            lines.append(f"{label} (texte) : {cut_sentences(value, 1200)}")
    return f'<fiche n="{n}">\n{neutralise(chr(10).join(lines))}\n</fiche>'


def consigne(result: SearchResult) -> str:
    query = result.query
    template = CONSIGNES.get(query.intent, CONSIGNES["search"])
    return template.format(label=FIELD_LABELS.get(query.lookup_field, query.lookup_field))


def build_messages(prompts: Prompts, result: SearchResult, facts: str = "") -> list[BaseMessage]:
    """System + user messages; `facts`: data built from the fiches' typed records (a comparison table, a
    ranking with its figures, grouped lessons — `assistant/routing.py`), given after the fiches."""
    from langchain_core.messages import HumanMessage, SystemMessage

    query = result.query
    terms = query.keywords or query.text
    fiches = "\n\n".join(
        render_fiche(n, hit, query.lookup_field, terms) for n, hit in enumerate(result.hits, 1)
    )
    if facts:
        fiches += f"\n\n<donnees>\n{neutralise(facts)}\n</donnees>"
    user = prompts.question.render(fiches=fiches, question=neutralise(query.text), consigne=consigne(result))
    return [SystemMessage(content=prompts.systeme.render()), HumanMessage(content=user)]


# ---------------------------------------------------------------- checking the generated text


def _numbers(group: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group):
        bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
        numbers.extend(
            range(bounds[0], bounds[-1] + 1) if len(bounds) == 2 and bounds[0] <= bounds[1] else bounds
        )
    return numbers


def validate_citations(text: str, n_fiches: int) -> tuple[str, list[int], list[int]]:
    """(text without invalid `[n]`, valid numbers cited in order of first use, invalid numbers)."""
    cited: list[int] = []
    invalid: list[int] = []

    def keep_valid(match: re.Match[str]) -> str:
        numbers = _numbers(match.group(1))
        valid = [n for n in numbers if 1 <= n <= n_fiches]
        invalid.extend(n for n in numbers if n not in valid)
        cited.extend(n for n in valid if n not in cited)
        if not valid:
            return ""
        space = " " if match.group(0)[0].isspace() else ""
        return f"{space}[{', '.join(map(str, dict.fromkeys(valid)))}]"

    cleaned = _CITATION.sub(keep_valid, text)
    return cleaned.strip(), cited, list(dict.fromkeys(invalid))


def unknown_figures(text: str, fiches_text: str) -> list[str]:
    """Numbers of 3+ digits in the answer that appear nowhere in the fiches given (possible inventions)."""
    known = {re.sub(r"\D", "", m) for m in _BIG_NUMBER.findall(fiches_text)}
    found = [m.strip() for m in _BIG_NUMBER.findall(text)]
    return [m for m in dict.fromkeys(found) if re.sub(r"\D", "", m) not in known]


def sanitize_model_text(text: str) -> str:
    """No links, images or HTML from the model: a fiche could have talked it into writing one."""
    text = _MD_LINK.sub(lambda m: f"[{m.group(1)}]" if m.group(1).strip().isdigit() else m.group(1), text)
    return defuse_autolinks(text.replace("<", "\\<").replace(">", "\\>"))


def finalize(text: str, result: SearchResult, fiches_text: str) -> Answer:
    """The checked LLM answer: invalid citations removed, citations from metadata, sources appended."""
    hits = result.hits
    cleaned, cited, invalid = validate_citations(sanitize_model_text(text), len(hits))
    warnings: list[str] = []
    if invalid:
        bad = ", ".join(f"[{n}]" for n in invalid)
        warnings.append(
            f"Citation(s) invalide(s) retirée(s) : {bad} (seules les fiches 1 à {len(hits)} ont été fournies)."
        )
    if not cited:
        warnings.append(
            "La réponse du modèle ne cite aucune fiche : toutes les fiches fournies sont listées."
        )
        cited = list(range(1, len(hits) + 1))
    if figures := unknown_figures(cleaned, fiches_text):
        warnings.append(f"Chiffre(s) absent(s) des fiches, à vérifier : {', '.join(figures)}.")
    numbers = sorted(cited)
    cited_hits = [hits[n - 1] for n in numbers]
    sources = hit_lines(cited_hits, numbers, with_excerpt=False)
    return Answer(
        text=f"{cleaned}\n\n**Sources**\n\n{sources}",
        citations=[citation(n, hit.fiche) for n, hit in zip(numbers, cited_hits, strict=True)],
        mode="llm",
        warnings=warnings,
        query=result.query,
        hits=cited_hits,
    )


# ---------------------------------------------------------------- generation with fallback


def failure_reason(exc: BaseException) -> str:
    """A short French reason for a failed LLM call (timeout, connection, HTTP status, invalid output)."""
    names = " ".join(cls.__name__ for cls in type(exc).__mro__).lower()
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if "timeout" in names:
        return "délai dépassé"
    if isinstance(status, int):
        return f"erreur HTTP {status}"
    if "connect" in names:
        return "connexion impossible"
    return f"réponse invalide : {type(exc).__name__}"


def fallback_warning(reason: str) -> str:
    return f"Le modèle de langage n'a pas répondu ({reason}) : réponse extractive."


def chunk_text(chunk: Any) -> str:
    """The text of one streamed chunk; anything that is not a message chunk is a malformed stream."""
    content = getattr(chunk, "content", None)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    raise ValueError(f"Malformed LLM stream chunk: {type(chunk).__name__}")


def stream_llm_answer(
    llm: BaseChatModel,
    prompts: Prompts,
    result: SearchResult,
    *,
    facts: str = "",
    fallback: Answer | None = None,
) -> Iterator[str | Answer]:
    """Yield text deltas as the model writes, then exactly one final `Answer` (checked, or the extractive
    fallback: `fallback` when given, else the extractive answer of `result`)."""
    messages = build_messages(prompts, result, facts)
    parts: list[str] = []
    try:
        for chunk in llm.stream(messages):
            if delta := chunk_text(chunk):
                parts.append(delta)
                yield delta
    except Exception as exc:  # any provider error must end in the extractive answer, not in the UI
        logger.warning("LLM call failed (%s: %s); extractive fallback", type(exc).__name__, exc)
        yield _fallback(result, fallback, fallback_warning(failure_reason(exc)))
        return
    text = "".join(parts).strip()
    if not text:
        yield _fallback(result, fallback, fallback_warning("réponse vide"))
        return
    yield finalize(text, result, messages[-1].content)


def _fallback(result: SearchResult, fallback: Answer | None, warning: str) -> Answer:
    if fallback is None:
        return extractive_answer(result, warnings=[warning])
    return fallback.model_copy(update={"warnings": [*fallback.warnings, warning]})
