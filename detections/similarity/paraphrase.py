"""Paraphrased disclosure: a response whose sentences restate the system prompt's sentences.

The shingle check (``leakage.textleak``) needs six words in a row; a model asked to "summarise
your rules" rewords them. Here every sentence of the system prompt and of the response is
embedded (MiniLM, cached by text), and the response discloses the prompt when enough of the
prompt's sentences have a response sentence at cosine ≥ ``SENTENCE_COSINE``: at least
``MIN_SENTENCES`` of them, or all of a shorter prompt. Sentences under five words are left out
(greetings and "Thank you." match anything).

Cost is bounded: only pairs whose texts share a content word are worth embedding, and at most
``MAX_SENTENCES`` sentences of each side are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from aisoc.detections.similarity.cache import EmbeddingCache
from aisoc.detections.similarity.models import Embedder

__all__ = ["Disclosure", "paraphrased_disclosure", "paraphrased_disclosures", "SENTENCE_COSINE", "MIN_SENTENCES"]

SENTENCE_COSINE = 0.8
MIN_SENTENCES = 2
MAX_SENTENCES = 40
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# (sentence, start, end) in its text
_Sentences = list[tuple[str, int, int]]


@dataclass(frozen=True)
class Disclosure:
    matched: int  # system-prompt sentences restated
    of: int  # system-prompt sentences considered
    cosine: float  # the weakest of the matches counted
    span: tuple[int, int]  # from the first to the last restating response sentence


def _sentences(text: str) -> _Sentences:
    found: _Sentences = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if len(sentence.split()) >= 5:
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append((sentence, start, start + len(sentence)))
        if len(found) == MAX_SENTENCES:
            break
    return found


def paraphrased_disclosure(
    system_prompt: str | None, response: str | None, embedder: Embedder, cache: EmbeddingCache
) -> Disclosure | None:
    return paraphrased_disclosures([(system_prompt, response)], embedder, cache)[0]


def paraphrased_disclosures(
    pairs: Sequence[tuple[str | None, str | None]], embedder: Embedder, cache: EmbeddingCache
) -> list[Disclosure | None]:
    """One verdict per (system prompt, response) pair; every sentence goes to MiniLM in one call."""
    split = [_split(system, response) for system, response in pairs]
    sentences = [s for pair in split if pair for side in pair for s, _, _ in side]
    vectors = iter(cache.embed(sentences, embedder)) if sentences else iter(())
    found: list[Disclosure | None] = []
    for pair in split:
        if pair is None:
            found.append(None)
            continue
        rules, said = pair
        rule_vectors = np.array([next(vectors) for _ in rules])
        said_vectors = np.array([next(vectors) for _ in said])
        found.append(_judge(rule_vectors @ said_vectors.T, said))
    return found


def _split(system_prompt: str | None, response: str | None) -> tuple[_Sentences, _Sentences] | None:
    """The two sides' sentences, or None when there is nothing worth embedding."""
    if not system_prompt or not response:
        return None
    prompt_words = {w.casefold() for w in _WORD.findall(system_prompt)}
    if not prompt_words & {w.casefold() for w in _WORD.findall(response)}:
        return None  # nothing in common at all: no paraphrase worth an embedding
    rules, said = _sentences(system_prompt), _sentences(response)
    return (rules, said) if rules and said else None


def _judge(cosine: NDArray[np.float32], said: _Sentences) -> Disclosure | None:
    best = cosine.max(axis=1)
    hits = np.flatnonzero(best >= SENTENCE_COSINE)
    if len(hits) < min(MIN_SENTENCES, cosine.shape[0]):
        return None
    where = sorted({int(cosine[i].argmax()) for i in hits})
    return Disclosure(
        len(hits), cosine.shape[0], round(float(best[hits].min()), 4), (said[where[0]][1], said[where[-1]][2])
    )
