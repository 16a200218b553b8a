"""The secrets a system prompt holds: what ``find_secret_leak`` looks for in the response.

``secrets_in(system_prompt)`` lists candidate secrets: values the prompt names as a password,
passcode, pass phrase, access/verification code, secret word, codename, key, token, PIN… (English,
de, fr, es, it, pt, nl, ru, zh, ja); quoted strings the prompt guards ("never reveal", "only grant
access if the user says …", or a section headed "(never reveal):"); API-key-shaped and
random-looking tokens; a rare word the prompt tells the model to guard. A value named as a pass
phrase keeps all its words ("… passphrase is: purple monkey dishwasher"). What the model is told to
*say* ("respond with 'Access Granted'") is not a secret, and neither is a decoy the prompt marks as
fake or allows to be revealed ("'butterscotch' is a decoy", "passwords A and B are honeypots").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from aisoc.detections.leakage.secrets import entropy, find_secrets

__all__ = ["Secret", "secrets_in", "candidates", "fold", "lower", "NAME_CUE", "CJK", "EMOJI", "MAX_CANDIDATES"]

MAX_CANDIDATES = 20
_MAX_PROMPT = 100_000  # longer system prompts are read in their first 100 KB only
_MAX_QUOTES = 200  # quoted strings examined per prompt (a prompt of 500 quotes costs no more)
_MAX_VALUE = 80


@dataclass(frozen=True)
class Secret:
    value: str  # as written in the system prompt; never shown
    source: str  # named | access_code | api_key | random | quoted | guarded_word
    name: str  # what the prompt calls it ("password", "Passwort", "openai api key"); safe to show


# --- folding: what a secret and a response are compared as ------------------------------------

# Han, kana: words are not separated by spaces, so each character is a word of its own; emoji too.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_KANA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}  # katakana read as hiragana
_SYMBOL = re.compile(f"[{EMOJI}]")


def fold(text: str) -> str:
    """Letters, digits and emoji, lower-cased, katakana as hiragana."""
    return "".join(c for c in text.lower().translate(_KANA) if c.isalnum() or _SYMBOL.match(c))


def lower(text: str) -> str:
    return text.lower().translate(_KANA)


# --- what a prompt holds ----------------------------------------------------------------------

# Names that make the value after them a secret whatever it looks like.
_STRONG = (
    r"pass(?:word|code|phrase)|pass\s+phrase|pw|pwd|access\s+code|code\s*name"
    r"|secret\s+(?:word|code|key|phrase|number|token)"
    r"|(?:verification|recognition|challenge|trigger|unlock|activation|authentication|security|recovery"
    r"|seed|safe|login|entry)\s+(?:word|phrase|code)"
    r"|code\s*word|magic\s+word|safe\s*word|pin(?:\s+code|\s+number)?|passwort|kennwort|zugangs(?:code|wort)"
    r"|geheim(?:wort|code|zahl|nummer)|codewort|zauberwort|losungswort|mot\s+de\s+passe"
    r"|code\s+(?:d['’]acc[eè]s|secret)|mot\s+(?:secret|magique)|phrase\s+secr[eè]te|contrase[ñn]a"
    r"|c[oó]digo\s+(?:de\s+acceso|de\s+acesso|secreto)|palabra\s+(?:secreta|m[aá]gica|clave)"
    r"|frase\s+(?:de\s+acceso|secreta|segreta|d['’]accesso)"
    r"|parola\s+(?:d['’]ordine|segreta|magica|chiave)|codice\s+(?:di\s+accesso|segreto)|senha"
    r"|palavra[\s-]+(?:passe|secreta|m[aá]gica)|wachtwoord|toegangscode|geheime?\s+(?:code|woord)"
    r"|codewoord|toverwoord|пароль|кодовое\s+слово|секретное\s+слово|код\s+доступа|парольная\s+фраза"
)
# Names written without spaces around them (Chinese, Japanese): no word edge to ask for.
_STRONG_CJK = r"密码|密碼|口令|暗号|暗號|パスワード|合言葉|合い言葉|暗証番号|秘密の言葉"
# Names so common in ordinary prose ("the key is empathy") that the value must look like a code.
_WEAK = (
    r"secret|(?:api|access|auth|bearer)?[\s_-]?(?:key|token)|code|schl[üu]ssel|cl[eé]|jeton|clave|chiave"
    r"|chave|sleutel|geheimnis|segreto|secreto|segredo|geheim|ключ|код"
)
_PHRASE_NAME = re.compile(r"(?i)phrase|frase|фраза")
_QUOTE_STYLES = (
    r"\"([^\"\n]{1,80})\"",
    r"(?<!\w)'([^'\n]{1,80})'(?!\w)",
    r"[“„]([^”“\n]{1,80})[”“]",
    r"‘([^’\n]{1,80})’",
    r"«\s?([^»\n]{1,80}?)\s?»",
    r"`([^`\n]{1,80})`",
    r"「([^」\n]{1,80})」",
    r"『([^』\n]{1,80})』",
)
_QUOTE_BODY = "|".join(s.replace("([", f"(?P<q{i}>[", 1) for i, s in enumerate(_QUOTE_STYLES))
_QUOTED = re.compile(_QUOTE_BODY)
_BARE = r"[^\s\"'“”‘’«»`,;()\[\]{}<>「」『』。、，：；！？]"
_VALUE = rf"(?:{_QUOTE_BODY}|(?P<bare>{_BARE}{{2,80}}))"
# "Password C: …", "La parola d'ordine segreta è …", "the codename for the H9 phone: …".
_LINK = (
    r"(?:(?-i:\s+(?P<label>[A-Z0-9])(?!\w))?"
    r"(?:\s+(?:secret[aeo]?|segret[aoie]|secr[eè]te|geheime?|real|actual|current))?"
    r"(?:\s+(?:for|to|of|für|pour|para|per|voor|van|du|de|del|di|do|da)(?:\s+[\w'’-]+){1,4}?)?"
    r"\s*(?:\([^)\n]{0,30}\)\s*)?"
    r"(?:(?:\b(?:is(?:\s+set\s+to|\s+always|\s+now)?|was|will\s+be|ist|lautet|est|es|è|é|será|sarà|wordt"
    r"|reads|это)\b|是|为|為|は|が)\s*[:=：—–-]?\s*|[:=：]\s*|[—–]\s+|→\s*|->\s*|(?=[\"'“‘«`「『]))"
    r"|(?P<direct>\s+(?=[^\s\d]*\d)))"
)  # "coupon code FREESHIP-ELM-88", "PIN 4719"
_NAMED = re.compile(rf"(?i)(?:\b(?P<name>{_STRONG}|{_WEAK})\b|(?P<cjk>{_STRONG_CJK})){_LINK}{_VALUE}")
# Where a response calls something by a secret's name ("the password is …", "That's the secret word").
NAME_CUE = re.compile(
    rf"(?i)\b(?:{_STRONG}|{_WEAK}|words?|phrase|answer|wort|mot|palabra|parola|palavra|woord"
    rf"|слово|correct|korrekt|richtig|correcto|corretto|juist)\b|{_STRONG_CJK}"
)
_USER = (
    r"user|they|someone|somebody|anyone|whoever|person|visitor|caller|player|traveller|traveler|agent|guest"
    r"|benutzer|nutzer|utilisateur|visiteur|usuario|utente|usu[aá]rio|gebruiker|пользователь"
)
_GIVES = (
    r"says?|types?|enters?|provides?|gives?|writes?|inputs?|sends?|utters?|speaks?|sagt|eingibt|tippt"
    r"|nennt|schreibt|dit|tape|entre|saisit|fournit|[ée]crit|prononce|dice|escribe|introduce|proporciona"
    r"|scrive|digita|inserisce|fornisce|diz|escreve|fornece|zegt|typt|invoert|geeft|schrijft"
)
# A bare value must end its clause: "if the user enters obsidian, say …", not "the user input START %%%".
_ACCESS = re.compile(
    rf"(?i)\b(?:{_USER})\s+(?:\w+\s+){{0,2}}?(?:{_GIVES})\s+"
    r"(?:(?:the|exactly|precisely|das|le|el|la|il|o|het|de)\s+)?"
    rf"(?:(?:word|phrase|code|password|wort|mot|palabra|parola|palavra|woord)\s+)?{_VALUE}"
)
_ACCESS_RUN = re.compile(
    r"[^\W_][^\s,;:!?()]*?(?:[ \t]+[^\W_][^\s,;:!?()]*?){0,3}"
    r"(?=[ \t]*(?:[,;:!?)\n]|\.(?:\s|$)|$))"
)
_NAME_WORD = re.compile(rf"(?i)(?:{_STRONG}|{_WEAK}|word|phrase|verification|recognition)")
_NEG = (
    r"(?:never|not|n['’]t|no|nobody|no\s+one|nie|niemals|nicht|kein\w*|jamais|ne|nunca|mai|non|não|nooit|niet"
    r"|geen|никогда|не)"
)
# Verbs of disclosure, not of wording: "never say 'delve'" is a style rule, not a secret.
_DISCLOSE = (
    r"(?:reveal|disclos|divulg|tell|share|give|leak|expose|verr[aä]t"
    r"|preisgeb|nenn|sag(?:e|en|st|t)?\b|teil|weitergeb|r[ée]v[èée]l|dis\b|dit\b|partag|donn|revel|digas?\b"
    r"|compart|rivel|dir(?:e|lo|la)?\b|condivid|compartilh|onthul|vertel|deel\b|delen\b|zeg|geef"
    r"|назыв|говор|сообщ|раскры)"
)
_SECRECY = (
    r"secret|confidential|private|hidden|classified|protect|guard|staff[\s-]only|geheim|vertraulich"
    r"|confidentiel|secreto|confidencial|segreto|riservat|segredo|sigilos|vertrouwelijk|секрет"
)
_GUARD = re.compile(
    rf"(?i)\b{_NEG}\W+(?:\w+\W+){{0,4}}?{_DISCLOSE}|\b(?:{_SECRECY})"
    rf"|\b(?:only|unless|if|when|wenn|nur|si|seulement|solo|se|apenas|alleen|als)\b"
    rf".{{0,60}}?\b(?:{_USER})\b.{{0,25}}?\b(?:{_GIVES})\b"
)
# The next sentence guards the quote when it refers back to it: "'Zephyr' is the code. Never say it."
_BACKREF = re.compile(
    rf"(?i)^\W*(?:(?:{_NEG}|keep|halte|garde|mant[eé]n|tieni|houd)\W+(?:\w+\W+){{0,4}}?"
    r"(?:it|this|that|them|es|ihn|sie|le|la|lo|les|het|dit|dat|isso|esto|questo)\b"
    rf"|\W*(?:it|this|that)\s+(?:is|must\s+stay|stays)\s+(?:{_SECRECY}))"
)
# A quote after these words is what the model must say, unless a negation or the user comes first.
_SAY = re.compile(
    r"(?i)\b(?:say|respond|reply|answer|output|print|return|write|state|greet|begin|start|end|"
    r"sag|antworte|r[ée]ponds?|r[ée]pondez|dis|dites|responde|responda|di|rispondi|diga|zeg|antwoord)"
    r"\w*(?:\s+(?:with|only|exactly|back|just|simply|the\s+(?:phrase|words?|message|text)|by\s+saying"
    r"|mit|avec|con|com|met|that))*\s*[:,-]?\s*$"
)
_SAY_BLOCKED = re.compile(rf"(?i)(?:\b{_NEG}\W+(?:\w+\W+){{0,3}}?|\b(?:{_USER})\s+(?:\w+\s+){{0,2}}?)$")
_GUARDED_WORD = re.compile(
    r"(?i)\b(?:reveal|disclose|divulge|tell|share|mention|leak|expose|give\s+away|verrate\w*"
    r"|nenne\w*|r[ée]v[èe]le\w*|divulgue\w*|revele\w*|reveles|rivela\w*|onthul\w*)\s+"
    r"(?:(?:the|this|that|our|your|a|an)\s+)?(?P<named>(?:(?:secret|code|magic|hidden)\s+)?"
    r"(?:word|term|name|phrase|codename|code\s+name|project(?:\s+name)?)\s+)?(?P<v>[\w-]{3,40})"
)
# A value the prompt marks as fake, or allows to be given away, is bait: saying it leaks nothing.
_DECOY = re.compile(
    r"(?i)\b(?:decoys?|honey\s*pots?|fake|dummy|bait|red\s+herring|opens\s+nothing|not\s+(?:the\s+)?"
    r"real|noise|k[öo]der|leurre|señuelo|esca|(?:may|can|are\s+allowed\s+to|free\s+to)\s+(?:\w+\s+)?"
    r"(?:reveal|share|give|tell|disclose))\b"
)
_CLAUSES = re.compile(r"[;—–\n]|\bbut\b|\bwhereas\b|\bwhile\b")
_PHRASE_RUN = re.compile(r"[^\W_][\w'’-]*(?:[ \t]+[^\W_][\w'’-]*){1,5}(?=[ \t]*(?:[.!?;,\n]|$))")
_WORD_RUN = re.compile(r"[^\s\"'“”‘’«»`,;()\[\]{}<>]{8,80}")
_VERSION = re.compile(r"(?i)^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$|^\d{4}-\d{2}-\d{2}")
_SENTENCE_END = re.compile(r"[.!?\n。！？](?:\s|$)|[。！？]")
# Words too frequent to be a secret, in prompts and answers alike (plus the expected replies).
_COMMON = frozenset(
    """
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
um uma de het een en niet que qui del della des du di da do se si ne
""".split()
)


@functools.lru_cache(maxsize=256)  # an application sends one system prompt with every request
def candidates(system_prompt: str) -> tuple[Secret, ...]:
    text = system_prompt[:_MAX_PROMPT]
    low = text.lower()
    quotes = _quotes(text)
    said = {fold(q) for q, start, _ in quotes if _told_to_say(text, start)}
    found: list[Secret] = []
    labels: dict[str, str] = {}  # fold → "A" for "Password A: …"
    seen: set[str] = set()

    def add(value: str, source: str, name: str, check_elsewhere: bool = False, label: str | None = None) -> None:
        value = value.strip().rstrip(".!?:。")
        folded = fold(value)
        short = len(folded) < (2 if re.search(f"[{CJK}{EMOJI}]", folded) else 3)
        if len(found) >= MAX_CANDIDATES or folded in seen or folded in said or short or len(value) > _MAX_VALUE:
            return
        words = re.findall(r"\w+", value.lower())
        if folded in _COMMON or (words and all(w in _COMMON for w in words)):
            return
        if check_elsewhere and _said_plainly(text, low, value):
            return
        seen.add(folded)
        found.append(Secret(value, source, name))
        if label:
            labels[folded] = label

    for key in find_secrets(text):  # first, so a key keeps its provider's name
        add(text[key.start : key.end], "api_key", key.kind.replace("_", " "))
    for m in _NAMED.finditer(text):
        value, quoted = _value(m)
        name = " ".join((m.group("name") or m.group("cjk")).lower().split())
        weak = m.group("name") is not None and re.fullmatch(rf"(?i){_WEAK}", m.group("name")) is not None
        if not quoted:
            if (weak or m.group("direct") is not None) and not _code_like(
                value, direct=m.group("direct") is not None, weak=weak
            ):
                continue  # "the key is empathy", "the password manager"
            if _told_to_say(text, m.start("bare")):
                continue
            if _PHRASE_NAME.search(name) and fold(value) not in _COMMON:
                run = _PHRASE_RUN.match(text, m.start("bare"))
                value = run.group(0) if run else value  # "purple monkey dishwasher", all of it
        add(value, "named", name, label=m.group("label"))
    for m in _ACCESS.finditer(text):
        value, quoted = _value(m)
        if not quoted:
            run = _ACCESS_RUN.match(text, m.start("bare"))  # "types orchid wombat." (not "input START %%%")
            value = run.group(0) if run else ""
            if not value or value.split()[0].lower() in _COMMON or any(_NAME_WORD.fullmatch(w) for w in value.split()):
                continue
        add(value, "access_code", "access phrase")
    for m in _WORD_RUN.finditer(text):
        token = m.group(0).rstrip(".!?:")
        if _random_looking(token):
            add(token, "random", "random-looking token")
    for value, start, end in quotes:
        if len(value.split()) <= 6 and not _told_to_say(text, start) and _guarded(text, start, end):
            add(value, "quoted", "guarded quoted value", check_elsewhere=True)
    for m in _GUARDED_WORD.finditer(text):
        value = m.group("v")
        if (m.group("named") or value[:1].isupper() or any(c.isdigit() for c in value)) and _guarded(
            text, m.start("v"), m.end("v")
        ):
            add(value, "guarded_word", "guarded word", check_elsewhere=True)
    bait = _decoys(text, labels)
    return tuple(s for s in found if fold(s.value) not in bait)


def secrets_in(system_prompt: str) -> list[Secret]:
    """Candidate secrets of a system prompt, strongest first, at most ``MAX_CANDIDATES``."""
    return list(candidates(system_prompt)) if system_prompt else []


def _value(m: re.Match[str]) -> tuple[str, bool]:
    quoted = next((q for i in range(len(_QUOTE_STYLES)) if (q := m.group(f"q{i}")) is not None), None)
    return (quoted, True) if quoted is not None else (m.group("bare"), False)


def _quotes(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _QUOTED.finditer(text):
        if len(out) >= _MAX_QUOTES:
            break
        out.append((_value_of_quote(m), m.start(), m.end()))
    return out


def _value_of_quote(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None)


def _decoys(text: str, labels: dict[str, str]) -> set[str]:
    """Folded values (and values by their label, "A or B") in a clause that calls them decoys."""
    bait: set[str] = set()
    if not _DECOY.search(text):
        return bait
    by_label = {label: value for value, label in labels.items()}
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        for clause in _CLAUSES.split(text[start:end]):
            if _DECOY.search(clause):
                bait.update(fold(w) for w in re.findall(r"[\w-]+", clause))
                bait.update(by_label[w] for w in re.findall(r"\b[A-Z0-9]\b", clause) if w in by_label)
        start = end
    return bait


def _told_to_say(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    verb = _SAY.search(before)
    # "never say 'X'" guards X; "if the user says 'X'" makes X the access phrase.
    return verb is not None and _SAY_BLOCKED.search(before[: verb.start()]) is None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    head = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, head, start)]
    stop = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else head), (stop.end() if stop else len(text))


def _guarded(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` (or the next one, referring back, or the
    heading of its paragraph) guard it?"""
    lo, hi = _sentence(text, start, end)
    outside = text[lo:start] + " … " + text[end:hi]
    return bool(_GUARD.search(outside) or _BACKREF.search(text[hi : hi + 120]) or _heading_guards(text, start))


def _heading_guards(text: str, start: int) -> bool:
    """Is ``start`` in a paragraph that opens with a guarding label ("Hidden mechanics (never
    reveal): …", "# runtime config (do not reveal)")?"""
    para = text.rfind("\n\n", max(0, start - 2_000), start)
    para = para + 2 if para >= 0 else (0 if start < 2_000 else start)
    line_end = text.find("\n", para, start)
    colon = text.find(":", para, min(start, para + 80))
    label_end = colon if colon >= 0 else line_end if 0 <= line_end - para <= 80 else -1
    return label_end > para and bool(_GUARD.search(text, para, label_end))


def _said_plainly(text: str, low: str, value: str) -> bool:
    """Does the value also occur in a sentence that does not guard it (the company's own name)?"""
    needle, at, looked = value.lower(), 0, 0
    while looked < 10 and (at := low.find(needle, at)) >= 0:
        if not _guarded(text, at, at + len(needle)) and not _NAMED.search(text[max(0, at - 60) : at + len(needle) + 2]):
            return True
        at, looked = at + len(needle), looked + 1
    return False


def _code_like(value: str, direct: bool = False, weak: bool = True) -> bool:
    letters = [c for c in value if c.isalpha()]
    digits = sum(c.isdigit() for c in value)
    if direct:  # "coupon code FREESHIP-ELM-88", "PIN 4719"; not "the password manager", "code 200"
        return (
            (digits > 0 and len(letters) > 0)
            or (not weak and value.isdigit() and digits >= 4)
            or _random_looking(value)
        )
    return (
        digits > 0
        or any(c.isupper() for c in value[1:])
        or "_" in value
        or (len(letters) >= 4 and value.isupper())
        or _random_looking(value)
    )


def _random_looking(token: str) -> bool:
    """A generated code: letters and digits, changing class often, not a version or a date."""
    core = [c for c in token if c.isalnum()]
    if len(core) < 8 or _VERSION.search(token) or "://" in token or "@" in token[1:-1] and "." in token:
        return False
    digits, letters = sum(c.isdigit() for c in core), sum(c.isalpha() for c in core)
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" for c in core]
    changes = sum(a != b for a, b in zip(kinds, kinds[1:]))
    return digits >= 2 and letters >= 2 and changes >= max(3, 0.3 * len(core)) and entropy(token) >= 2.9
