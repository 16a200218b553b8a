"""A secret the system prompt holds, coming back out in the response, plainly or disguised.

``secrets_in(system_prompt)`` lists candidate secrets: values the prompt names as a password,
passcode, access code, secret word, key, token, PIN… (English and the common words in de, fr, es,
it, pt, nl); quoted strings the prompt guards ("never reveal", "only grant access if the user
says …"); API-key-shaped and random-looking tokens; a rare word the prompt tells the model to
guard. What the model is told to *say* ("respond with 'Access Granted'") is not a secret: it is
expected in responses.

``find_secret_leak(system_prompt, response)`` reads the response once into a *skeleton* (its
letters and digits, lower-cased, after ``normalize`` removed zero-width characters and folded
look-alike letters), remembering where every word starts. A secret is found when its skeleton
(or the skeleton reversed, rot13'd or leet-folded) appears there starting and ending on word
edges, in a plausible shape: one word; the secret's own words; one letter per word ("F L O W E R",
"f-l-o-w-e-r", one per line); or pieces split by line breaks or punctuation. Spelled-out letters
(NATO alphabet, "F as in Fox", letter names) and base64 / hex tokens are decoded first.

Costs are bounded: the response is cut at ``MAX_RESPONSE`` characters, a prompt yields at most
``MAX_CANDIDATES`` secrets, and every search moves forward from one word start to the next, so no
loop revisits text.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import functools
import re
from dataclasses import dataclass

from ..normalize import normalize
from .pii import Match
from .secrets import entropy, find_secrets

__all__ = ["Secret", "secrets_in", "find_secret_leak", "MAX_CANDIDATES", "MAX_RESPONSE"]

MAX_CANDIDATES = 20
MAX_RESPONSE = 200_000
_MAX_PROMPT = 100_000  # longer system prompts are read in their first 100 KB only
_MAX_QUOTES = 200  # quoted strings examined per prompt (a prompt of 500 quotes costs no more)
_MAX_DECODE = 2_000  # encoded-looking tokens decoded per response
_MAX_VALUE = 80


@dataclass(frozen=True)
class Secret:
    value: str  # as written in the system prompt; never shown
    source: str  # named | access_code | api_key | random | quoted | guarded_word
    name: str  # what the prompt calls it ("password", "Passwort", "openai api key"); safe to show


# --- what a prompt holds ----------------------------------------------------------------------

# Names that make the value after them a secret whatever it looks like.
_STRONG = (r"pass(?:word|code|phrase)|pass\s+phrase|access\s+code|secret\s+(?:word|code|key|phrase|number|token)"
           r"|code\s*word|magic\s+word|safe\s*word|pin(?:\s+code|\s+number)?|passwort|kennwort|zugangs(?:code|wort)"
           r"|geheim(?:wort|code|zahl|nummer)|codewort|zauberwort|losungswort|mot\s+de\s+passe"
           r"|code\s+(?:d['’]acc[eè]s|secret)|mot\s+(?:secret|magique)|phrase\s+secr[eè]te|contrase[ñn]a"
           r"|c[oó]digo\s+(?:de\s+acceso|de\s+acesso|secreto)|palabra\s+(?:secreta|m[aá]gica|clave)"
           r"|parola\s+(?:d['’]ordine|segreta|magica|chiave)|codice\s+(?:di\s+accesso|segreto)|senha"
           r"|palavra[\s-]+(?:passe|secreta|m[aá]gica)|wachtwoord|toegangscode|geheime?\s+(?:code|woord)"
           r"|codewoord|toverwoord")
# Names so common in ordinary prose ("the key is empathy") that the value must look like a code.
_WEAK = (r"secret|(?:api|access|auth|bearer)?[\s_-]?(?:key|token)|code|schl[üu]ssel|cl[eé]|jeton|clave|chiave"
         r"|chave|sleutel|geheimnis|segreto|secreto|segredo|geheim")
_QUOTED = re.compile(r"(?:\"([^\"\n]{1,80})\"|(?<!\w)'([^'\n]{1,80})'(?!\w)|[“„]([^”“\n]{1,80})[”“]"
                     r"|‘([^’\n]{1,80})’|«\s?([^»\n]{1,80}?)\s?»|`([^`\n]{1,80})`)")
_VALUE = rf"(?:{_QUOTED.pattern}|(?P<bare>[^\s\"'“”‘’«»`,;()\[\]{{}}<>]{{3,80}}))"
_LINK = (r"(?:\s+(?:for|to|of|für|pour|para|per|voor|van|du|de|del|di|do|da)\s+(?:[\w-]+\s+){0,3}?)?"
         r"\s*(?:\([^)\n]{0,30}\)\s*)?"
         r"(?:(?:is(?:\s+set\s+to|\s+always|\s+now)?|was|will\s+be|ist|lautet|est|es|è|é|será|sarà|wordt|reads)"
         r"\s*[:=-]?\s*|[:=]\s*|→\s*|->\s*|(?=[\"'“‘«`]))")
_NAMED = re.compile(rf"(?i)\b(?P<name>{_STRONG}|{_WEAK})\b{_LINK}{_VALUE}")
_USER = (r"user|they|someone|anyone|person|visitor|caller|benutzer|nutzer|utilisateur|usuario|utente|usu[aá]rio"
         r"|gebruiker")
_GIVES = (r"says?|types?|enters?|provides?|gives?|writes?|inputs?|sends?|utters?|sagt|eingibt|tippt|nennt|schreibt"
          r"|dit|tape|entre|saisit|fournit|[ée]crit|dice|escribe|introduce|proporciona|scrive|digita|inserisce"
          r"|fornisce|diz|escreve|fornece|zegt|typt|invoert|geeft|schrijft")
_ACCESS = re.compile(rf"(?i)\b(?:{_USER})\s+(?:\w+\s+){{0,2}}?(?:{_GIVES})\s+"
                     r"(?:(?:the|exactly|precisely|das|le|el|la|il|o|het|de)\s+)?"
                     rf"(?:(?:word|phrase|code|password|wort|mot|palabra|parola|palavra|woord)\s+)?{_VALUE}")
_NEG = (r"(?:never|not|n['’]t|no|nobody|no\s+one|nie|niemals|nicht|kein\w*|jamais|ne|nunca|mai|non|não|nooit|niet"
        r"|geen)")
# Verbs of disclosure, not of wording: "never say 'delve'" is a style rule, not a secret.
_DISCLOSE = (r"(?:reveal|disclos|divulg|tell|share|give|leak|expose|verr[aä]t"
             r"|preisgeb|nenn|sag(?:e|en|st|t)?\b|teil|weitergeb|r[ée]v[èée]l|dis\b|dit\b|partag|donn|revel|digas?\b"
             r"|compart|rivel|dir(?:e|lo|la)?\b|condivid|compartilh|onthul|vertel|deel\b|delen\b|zeg|geef)")
_SECRECY = (r"secret|confidential|private|hidden|classified|protect|guard|geheim|vertraulich|confidentiel"
            r"|secreto|confidencial|segreto|riservat|segredo|sigilos|vertrouwelijk")
_GUARD = re.compile(rf"(?i)\b{_NEG}\W+(?:\w+\W+){{0,4}}?{_DISCLOSE}|\b(?:{_SECRECY})"
                    rf"|\b(?:only|unless|if|when|wenn|nur|si|seulement|solo|se|apenas|alleen|als)\b"
                    rf".{{0,60}}?\b(?:{_USER})\b.{{0,25}}?\b(?:{_GIVES})\b")
# The next sentence guards the quote when it refers back to it: "'Zephyr' is the code. Never say it."
_BACKREF = re.compile(rf"(?i)^\W*(?:(?:{_NEG}|keep|halte|garde|mant[eé]n|tieni|houd)\W+(?:\w+\W+){{0,4}}?"
                      r"(?:it|this|that|them|es|ihn|sie|le|la|lo|les|het|dit|dat|isso|esto|questo)\b"
                      rf"|\W*(?:it|this|that)\s+(?:is|must\s+stay|stays)\s+(?:{_SECRECY}))")
# A quote after these words is what the model must say, unless a negation or the user comes first.
_SAY = re.compile(r"(?i)\b(?:say|respond|reply|answer|output|print|return|write|state|greet|begin|start|end|"
                  r"sag|antworte|r[ée]ponds?|r[ée]pondez|dis|dites|responde|responda|di|rispondi|diga|zeg|antwoord)"
                  r"\w*(?:\s+(?:with|only|exactly|back|just|simply|the\s+(?:phrase|words?|message|text)|by\s+saying"
                  r"|mit|avec|con|com|met|that))*\s*[:,-]?\s*$")
_SAY_BLOCKED = re.compile(rf"(?i)(?:\b{_NEG}\W+(?:\w+\W+){{0,3}}?|\b(?:{_USER})\s+(?:\w+\s+){{0,2}}?)$")
_GUARDED_WORD = re.compile(
    r"(?i)\b(?:reveal|disclose|divulge|tell|share|mention|leak|expose|give\s+away|verrate\w*"
    r"|nenne\w*|r[ée]v[èe]le\w*|divulgue\w*|revele\w*|reveles|rivela\w*|onthul\w*)\s+"
    r"(?:(?:the|this|that|our|your|a|an)\s+)?(?P<named>(?:(?:secret|code|magic|hidden)\s+)?"
    r"(?:word|term|name|phrase|codename|code\s+name|project(?:\s+name)?)\s+)?(?P<v>[\w-]{3,40})")
_WORD_RUN = re.compile(r"[^\s\"'“”‘’«»`,;()\[\]{}<>]{8,80}")
_VERSION = re.compile(r"(?i)^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$|^\d{4}-\d{2}-\d{2}")
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
# Words too frequent to be a secret, in prompts and answers alike (plus the expected replies).
_COMMON = frozenset("""
the a an and or but if then else when while of to in on at by for with from as into about over after before
is are was were be been being am do does did done have has had having can could will would shall should may
might must not no yes nor so too very just only also even still yet again ever never always often here there
this that these those it its i you he she we they me him her us them my your his our their mine yours what
which who whom whose why how where all any both each few more most other some such own same than one two
three four five six seven eight nine ten first last next new old good bad great small big long short high
low right left wrong true false correct incorrect please thanks thank hello hi hey welcome sorry okay ok sure
say said tell told give given ask asked answer reply respond response user users assistant system prompt
prompts instruction instructions rule rules guideline guidelines information info detail details data text
message messages question questions help helpful secret secrets password passwords passcode code codes key
keys token tokens pin word words phrase magic access granted denied deny grant allowed allow reveal disclose
share mention repeat confidential private hidden public internal sensitive case required provided known
unknown following below above value values name names number numbers letter letters thing things anything
something nothing everything anyone someone nobody everyone way time times day days year years people
person world life work part place company customer customers service support team product products account
accounts email phone address today tomorrow now later hidden safe secure security protected protect guard
sensitive strictly under circumstances reason reasons because therefore however although unless except
without within between among through during against mode role task tasks tool tools function functions api
request requests input output model models ai chatbot bot agent you're i'm don't can't won't cannot unable
story stories game games level levels try again attempt attempts wrong guess hint hints clue clues
der die das und ist nicht ein eine le la les et est pas un une el los las es y no il lo gli e non o os as
um uma de het een en niet
""".split())
_LEET = str.maketrans("0134579@$lLI", "oieastgasiii")


def _fold(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


@functools.lru_cache(maxsize=256)  # an application sends one system prompt with every request
def _candidates(system_prompt: str) -> tuple[Secret, ...]:
    text = system_prompt[:_MAX_PROMPT]
    lower = text.lower()
    said = {_fold(q) for q, start, _ in _quotes(text) if _told_to_say(text, start)}
    found: list[Secret] = []
    seen: set[str] = set()

    def add(value: str, source: str, name: str, check_elsewhere: bool = False) -> None:
        value = value.strip().rstrip(".!?:")
        fold = _fold(value)
        if len(found) >= MAX_CANDIDATES or fold in seen or fold in said or len(fold) < 3 or len(value) > _MAX_VALUE:
            return
        if fold in _COMMON or all(w in _COMMON for w in re.findall(r"\w+", value.lower())):
            return
        if check_elsewhere and _said_plainly(text, lower, value):
            return
        seen.add(fold)
        found.append(Secret(value, source, name))

    for m in _NAMED.finditer(text):
        value, quoted = _value(m)
        name = " ".join(m.group("name").lower().split())
        weak = re.fullmatch(rf"(?i){_WEAK}", m.group("name")) is not None
        if weak and not quoted and not _code_like(value):
            continue  # "the key is empathy"
        if not quoted and _told_to_say(text, m.start("bare")):
            continue
        add(value, "named", name)
    for m in _ACCESS.finditer(text):
        value, quoted = _value(m)
        if quoted or value.lower() not in _COMMON:
            add(value, "access_code", "access phrase")
    for m in find_secrets(text):
        add(text[m.start:m.end], "api_key", m.kind.replace("_", " "))
    for m in _WORD_RUN.finditer(text):
        token = m.group(0).rstrip(".!?:")
        if _random_looking(token):
            add(token, "random", "random-looking token")
    for value, start, end in _quotes(text):
        if len(value.split()) <= 6 and not _told_to_say(text, start) and _guarded(text, start, end):
            add(value, "quoted", "guarded quoted value", check_elsewhere=True)
    for m in _GUARDED_WORD.finditer(text):
        value = m.group("v")
        if (m.group("named") or value[:1].isupper() or any(c.isdigit() for c in value)) \
                and _guarded(text, m.start("v"), m.end("v")):
            add(value, "guarded_word", "guarded word", check_elsewhere=True)
    return tuple(found)


def secrets_in(system_prompt: str) -> list[Secret]:
    """Candidate secrets of a system prompt, strongest first, at most ``MAX_CANDIDATES``."""
    return list(_candidates(system_prompt)) if system_prompt else []


def _value(m: re.Match) -> tuple[str, bool]:
    quoted = next((g for g in m.groups()[-7:-1] if g is not None), None)  # the six quote styles
    return (quoted, True) if quoted is not None else (m.group("bare"), False)


def _quotes(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _QUOTED.finditer(text):
        if len(out) >= _MAX_QUOTES:
            break
        out.append((next(g for g in m.groups() if g is not None), m.start(), m.end()))
    return out


def _told_to_say(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    verb = _SAY.search(before)
    # "never say 'X'" guards X; "if the user says 'X'" makes X the access phrase.
    return verb is not None and _SAY_BLOCKED.search(before[:verb.start()]) is None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    head = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, head, start)]
    stop = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else head), (stop.end() if stop else len(text))


def _guarded(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` (or the next one, referring back) guard it?"""
    lo, hi = _sentence(text, start, end)
    outside = text[lo:start] + " … " + text[end:hi]
    return bool(_GUARD.search(outside) or _BACKREF.search(text[hi:hi + 120]))


def _said_plainly(text: str, lower: str, value: str) -> bool:
    """Does the value also occur in a sentence that does not guard it (the company's own name)?"""
    needle, at, looked = value.lower(), 0, 0
    while looked < 10 and (at := lower.find(needle, at)) >= 0:
        if not _guarded(text, at, at + len(needle)) and not _NAMED.search(text[max(0, at - 60):at + len(needle) + 2]):
            return True
        at, looked = at + len(needle), looked + 1
    return False


def _code_like(value: str) -> bool:
    letters = [c for c in value if c.isalpha()]
    return (any(c.isdigit() for c in value) or any(c.isupper() for c in value[1:]) or "_" in value
            or (len(letters) >= 4 and value.isupper()) or _random_looking(value))


def _random_looking(token: str) -> bool:
    """A generated code: letters and digits, changing class often, not a version or a date."""
    core = [c for c in token if c.isalnum()]
    if len(core) < 8 or _VERSION.search(token) or "://" in token or "@" in token[1:-1] and "." in token:
        return False
    digits, letters = sum(c.isdigit() for c in core), sum(c.isalpha() for c in core)
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" for c in core]
    changes = sum(a != b for a, b in zip(kinds, kinds[1:]))
    return digits >= 2 and letters >= 2 and changes >= max(3, 0.3 * len(core)) and entropy(token) >= 2.9


# --- where it comes back out ------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")


class _View:
    """A text's skeleton (letters and digits, lower-cased) with where each word starts and ends."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skel: list[int] = []  # skeleton offset of each word
        pieces: list[str] = []
        size = 0
        for m in _TOKEN.finditer(text):
            piece = m.group(0).lower()
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.skel.append(size)
            pieces.append(piece)
            size += len(piece)
        self.skeleton = "".join(pieces)

    def find(self, form: str, words: tuple[int, ...]) -> tuple[int, int, str] | None:
        """(start, end, shape) of ``form`` on word edges in a plausible shape; each try starts at
        a later word than the last, so the search is linear in the text."""
        at = self.skeleton.find(form)
        while at >= 0:
            i = bisect.bisect_right(self.skel, at) - 1
            if self.skel[i] == at:
                found = self._shape(i, at + len(form), words)
                if found is not None and not (form.isdigit() and self._in_number(*found[:2])):
                    return found
            if i + 1 >= len(self.skel):
                return None
            at = self.skeleton.find(form, self.skel[i + 1])
        return None

    def _shape(self, i: int, end: int, words: tuple[int, ...]) -> tuple[int, int, str] | None:
        j = bisect.bisect_right(self.skel, end - 1) - 1
        if self.skel[j] + (self.ends[j] - self.starts[j]) != end:
            return None  # ends inside a word: "flower" in "flowerbed"
        if i == j:
            return self.starts[i], self.ends[j], "word"
        gaps = [self.text[self.ends[k]:self.starts[k + 1]] for k in range(i, j)]
        if any(len(g) > 8 for g in gaps):
            return None
        if all(self.ends[k] - self.starts[k] == 1 for k in range(i, j + 1)):
            shape = ("one letter per line" if all("\n" in g for g in gaps)
                     else "spaced letter by letter" if all(g.strip() == "" for g in gaps)
                     else "hyphenated letter by letter" if all(g.strip() == "-" for g in gaps)
                     else "letter by letter with punctuation between")
            return self.starts[i], self.ends[j], shape
        # Where the secret itself has a word break, any short gap will do; elsewhere only a line
        # break or punctuation without a space, so "butter fly" in prose is not "butterfly".
        breaks = {sum(words[:n]) for n in range(1, len(words))}
        at_break = [self.skel[k + 1] - self.skel[i] in breaks for k in range(i, j)]
        if all(at_break):
            return self.starts[i], self.ends[j], "words"
        # Digits split by punctuation are how numbers are written ("48.21 EUR"), not a disguise.
        split_ok = (lambda g: "\n" in g) if self.skeleton[self.skel[i]:end].isdigit() else \
            (lambda g: "\n" in g or (g and not any(c.isspace() for c in g)))
        if all(b or split_ok(g) for b, g in zip(at_break, gaps, strict=True)):
            return self.starts[i], self.ends[j], "split across lines" if any("\n" in g for g in gaps) \
                else "split by punctuation"
        return None


    def _in_number(self, start: int, end: int) -> bool:
        """Is the span one group of a longer number (a phone number, an amount)?"""
        return bool(_DIGIT_BEFORE.search(self.text, max(0, start - 2), start)
                    or _DIGIT_AFTER.match(self.text, end, end + 2))


_DIGIT_BEFORE = re.compile(r"\d[\s.,/-]?$")
_DIGIT_AFTER = re.compile(r"[\s.,/-]?\d")
_NATO = {w: w[0] for w in "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
                           "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray "
                           "x-ray yankee zulu".split()}
_DIGITS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGITS["niner"] = "9"
_NAMES = {"ay": "a", "bee": "b", "cee": "c", "see": "c", "dee": "d", "ee": "e", "eff": "f", "ef": "f", "gee": "g",
          "aitch": "h", "haitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m",
          "en": "n", "oh": "o", "pee": "p", "cue": "q", "ar": "r", "ess": "s", "tee": "t", "you": "u", "vee": "v",
          "double-u": "w", "doubleu": "w", "ex": "x", "wye": "y", "why": "y", "zed": "z", "zee": "z"}
_UNIT = re.compile(r"(?i)(?<![\w-])(?:(?P<letter>[a-z0-9])\s+(?:as\s+in|for|like|wie|comme|como|come|als\s+in)"
                   r"\s+[a-z]+|(?P<word>[a-z]+(?:-[a-z]+)?|[0-9]))(?![\w-])")
_GAP = re.compile(r"(?i)[\s,;:.\-–—/|()\"'*]*(?:(?:and|then|und|et|y|e|en)[\s,;:.\-–—]*)?")
_SPOKEN = "|".join(sorted({*_NATO, *_DIGITS, *_NAMES}, key=len, reverse=True))
# Worth parsing only where three spelled units follow each other (most responses have none).
_SPELL_HINT = re.compile(rf"(?i)(?<![\w-])(?:(?:{_SPOKEN}"
                         r"|[a-z0-9](?:\s+(?:as\s+in|for|like|wie|comme|como|come)\s+[a-z]+)?)"
                         rf"(?![\w-])[\s,;:.\-–—/|()\"'*]*(?:and\s+|then\s+)?){{3}}")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{4,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){3,}|(?<![0-9A-Za-z])(?:0x)?[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){2,}"
                  r"(?![0-9A-Za-z])")


@dataclass
class _Response:
    """Everything read from one response, built once and lazily."""

    original: str

    @functools.cached_property
    def normalized(self):
        return normalize(self.original)

    @functools.cached_property
    def view(self) -> _View:
        return _View(self.normalized.text)

    @functools.cached_property
    def leet(self) -> _View:
        return _View(self.normalized.text.translate(_LEET))

    @functools.cached_property
    def spelled(self) -> list[tuple[str, list[tuple[int, int]], str]]:
        return _spelled_runs(self.normalized.text) if _SPELL_HINT.search(self.normalized.text) else []

    @functools.cached_property
    def decoded(self) -> list[tuple[str, int, int, _View]]:
        return _decoded_tokens(self.original)


def find_secret_leak(system_prompt: str | None, response: str | None) -> Match | None:
    """The first candidate secret of ``system_prompt`` found in ``response``, with its span in
    the response and the transform in ``why`` (never the value)."""
    if not system_prompt or not response:
        return None
    secrets = _candidates(system_prompt)
    if not secrets:
        return None
    read = _Response(response[:MAX_RESPONSE])
    for secret in secrets:
        found = _find(secret, read)
        if found is not None:
            start, end, how, score = found
            return Match("system_prompt_secret", start, end, score,
                         f"the system prompt's {secret.name} reappears {how}")
    return None


def _find(secret: Secret, read: _Response) -> tuple[int, int, str, float] | None:
    fold = _fold(secret.value)
    words = tuple(len(_fold(w)) for w in _TOKEN.findall(secret.value))
    hit = read.view.find(fold, words)
    if hit is not None:
        start, end = read.normalized.original_span(hit[0], hit[1])
        return start, end, _describe(secret, read, hit, start, end), 0.95
    disguised = len(fold) >= 4 and any(c.isalpha() for c in fold)
    for form, how in ((fold[::-1], "reversed"), (codecs.encode(fold, "rot13"), "rot13-encoded")):
        if disguised and form != fold and form not in _COMMON:
            hit = read.view.find(form, words[::-1] if how == "reversed" else words)
            if hit is not None:
                return (*read.normalized.original_span(hit[0], hit[1]), how, 0.85)
    if disguised:
        hit = read.leet.find(fold.translate(_LEET), words)
        if hit is not None:
            start, end = read.normalized.original_span(hit[0], hit[1])
            leet_chars = sum(c in "0134579@$" for c in read.original[start:end])
            if leet_chars > sum(c in "0134579@$" for c in secret.value):
                return start, end, "in leetspeak", 0.85
    for letters, spans, how in read.spelled:
        at = letters.find(fold)
        if at >= 0:
            return spans[at][0], spans[at + len(fold) - 1][1], how, 0.9
    for encoding, start, end, view in read.decoded:
        if view.find(fold, words) is not None:
            return start, end, f"{encoding}-encoded", 0.9
    return None


def _describe(secret: Secret, read: _Response, hit: tuple[int, int, str], start: int, end: int) -> str:
    shown = read.original[start:end]
    if len(shown) > hit[1] - hit[0]:
        return "with invisible characters between its letters"
    if shown != read.normalized.text[hit[0]:hit[1]]:
        return "written with look-alike letters"
    if hit[2] in ("word", "words"):
        if shown == secret.value:
            return "verbatim"
        return "re-cased" if _fold(shown) == _fold(secret.value) and shown.lower() == secret.value.lower() \
            else "reformatted"
    return hit[2]


def _spelled_runs(text: str) -> list[tuple[str, list[tuple[int, int]], str]]:
    """Runs of spelled-out characters (NATO words, "F as in Fox", letter names, single letters),
    each as (letters, span of each letter, how it was spelled)."""
    runs: list[tuple[str, list[tuple[int, int]], str]] = []
    letters: list[str] = []
    spans: list[tuple[int, int]] = []
    kinds: set[str] = set()
    last = -1

    def close() -> None:
        if len(letters) >= 3:
            how = ("spelled with the NATO alphabet" if "nato" in kinds else
                   "spelled as 'X as in …'" if "as" in kinds else
                   "spelled with letter names" if "name" in kinds else
                   "spelled out as number words" if "digit" in kinds else "letter by letter")
            runs.append(("".join(letters), list(spans), how))
        letters.clear(), spans.clear(), kinds.clear()

    for m in _UNIT.finditer(text):
        word = (m.group("word") or "").lower()
        if m.group("letter"):
            char, kind = m.group("letter").lower(), "as"
        elif word in _NATO:
            char, kind = _NATO[word], "nato"
        elif word in _DIGITS:
            char, kind = _DIGITS[word], "digit"
        elif len(word) == 1:
            char, kind = word, "single"
        elif word in _NAMES:
            char, kind = _NAMES[word], "name"
        else:
            close()
            last = m.end()
            continue
        if last >= 0 and letters and _GAP.fullmatch(text, last, m.start()) is None:
            close()
        letters.append(char)
        spans.append(m.span())
        kinds.add(kind)
        last = m.end()
    close()
    return runs


def _decoded_tokens(text: str) -> list[tuple[str, int, int, _View]]:
    """Base64 and hex tokens that decode to mostly printable text, as views to search."""
    out: list[tuple[str, int, int, _View]] = []
    tried = 0
    for pattern, encoding in ((_HEX, "hex"), (_BASE64, "base64")):
        for m in pattern.finditer(text):
            token = m.group(0)
            if tried >= _MAX_DECODE:
                return out
            if encoding == "base64" and _plain_word(token):
                continue
            tried += 1
            plain = _decode(token, encoding)
            if plain is not None:
                out.append((encoding, m.start(), m.end(), _View(plain)))
    return out


def _plain_word(token: str) -> bool:
    """A word, a number or a hyphenated word: not worth decoding as base64."""
    letters = token.replace("-", "")
    return token.isdigit() or (letters.isalpha() and ("-" in token.strip("-") or token.islower()
                                                       or token.istitle() or token.isupper()))


def _decode(token: str, encoding: str) -> str | None:
    try:
        if encoding == "hex":
            data = bytes.fromhex(re.sub(r"\\x|0x|[ :]", "", token))
        else:
            body = token.rstrip("=").replace("-", "+").replace("_", "/")
            if len(body) % 4 == 1:
                return None
            data = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    plain = data.decode("utf-8", errors="replace")
    shown = sum(c.isprintable() for c in plain)
    return plain if plain and shown >= 0.9 * len(plain) else None
