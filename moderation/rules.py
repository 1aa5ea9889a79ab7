"""High-precision rules for what the corpora teach poorly.

The spam corpora are 2010s YouTube and SMS; a news site's promoters post
phone numbers, WhatsApp and Telegram handles and crypto offers. Direct
threats are rare in every corpus. These rules fire only on combinations
that are promotion or a threat in essentially any comment; everything else
is left to the classifier.

Each rule works on whitespace tokens or on regular expressions with a single
unambiguous loop, so the cost stays linear in the comment's length.
"""

import re
from dataclasses import dataclass

# --- promotion ---------------------------------------------------------------

# Phrases that are promotion on their own (matched on normalised text).
_PROMOTION_PHRASES = (
    "check out my", "check my channel", "subscribe to my", "sub to my", "subscribe my",
    "follow me on", "follow my page", "visit my", "my channel", "my youtube", "my website",
    "my shop", "my store", "my onlyfans", "dm me", "inbox me", "whatsapp me", "message me on",
    "contact me on", "contact me at", "text me on", "call now", "order now", "buy now",
    "work from home", "working from home and earn", "earn money", "make money online",
    "make money from home", "earn extra cash", "click here", "click the link", "link in bio",
    "link in my bio", "promo code", "discount code", "use my code", "use code", "free followers",
    "cheap followers", "buy followers", "investment opportunity", "guaranteed profit",
    "guaranteed returns", "per day from home", "a day from home", "a week from home",
    "limited offer", "special offer", "100% free", "free trial",
)
_PHRASE_WORDS = re.compile(r"[\w$%']+")
# Commercial words that turn a link or contact detail into promotion.
_COMMERCIAL_CUES = frozenset("""
    buy sell sale sales cheap cheapest discount discounts offer offers deal deals order orders
    price prices shop store earn earning earnings income profit profits money cash free win
    winner prize subscribe subscribers follow followers visit click call text whatsapp
    telegram dm contact hire loan loans bitcoin crypto forex invest investment trading
    casino bet betting promo coupon delivery wholesale
""".split())
_TLDS = frozenset("""
    com net org io co biz info xyz me ly tk ru shop store online site top club live app
    link click ws cc gg tv us uk de fr in pk ng ir iq tr
""".split())
_URL_PREFIXES = ("http://", "https://", "www.", "wa.me/", "t.me/", "bit.ly/", "tinyurl.com/")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.ASCII | re.IGNORECASE)
# A run of digits and phone punctuation; the class has no overlap with what
# follows it, so the engine never backtracks into it.
_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]*")
_HANDLE = re.compile(r"(?<!\w)@[a-z0-9_.]{3,30}", re.IGNORECASE)


def _is_link(token):
    token = token.lower().strip("()[]<>,;:!?\"'")
    if token.startswith(_URL_PREFIXES):
        return True
    host = token.split("/", 1)[0]
    if "." not in host or host.endswith("."):
        return False
    labels = host.split(".")
    return labels[-1] in _TLDS and all(label.isalnum() or "-" in label for label in labels) \
        and any(c.isalpha() for c in labels[0])


def _has_phone_number(text):
    for match in _DIGIT_RUN.finditer(text):
        digits = sum(c.isdigit() for c in match.group(0))
        if 9 <= digits <= 15:
            return True
    return False


def contact_signals(text):
    """Kinds of link or contact detail in the raw text: 'link', 'email',
    'phone', 'handle'."""
    found = []
    if any(_is_link(token) for token in text.split()):
        found.append("link")
    if _EMAIL.search(text):
        found.append("email")
    if _has_phone_number(text):
        found.append("phone")
    if _HANDLE.search(text):
        found.append("handle")
    return found


def promotion_evidence(text, normalised):
    """Why the comment is promotion, or None: a promotion phrase, or a link /
    contact detail together with a commercial word."""
    words = _PHRASE_WORDS.findall(normalised)
    padded = f" {' '.join(words)} "
    for phrase in _PROMOTION_PHRASES:
        if f" {phrase} " in padded:
            return f"phrase: {phrase}"
    signals = contact_signals(text)
    if not signals:
        return None
    cues = sorted(set(words) & _COMMERCIAL_CUES)
    if cues or "$" in text or "£" in text or "€" in text:
        return f"{'+'.join(signals)} with {cues[0] if cues else 'a price'}"
    return None


# --- threats -----------------------------------------------------------------

_INTENT = (
    ("i", "will"), ("i", "'ll"), ("i'll",), ("i", "am", "going", "to"), ("i'm", "going", "to"),
    ("im", "going", "to"), ("i'm", "gonna"), ("im", "gonna"), ("i", "gonna"), ("we", "will"),
    ("we'll",), ("we", "are", "going", "to"), ("we're", "going", "to"), ("we're", "gonna"),
    ("i", "want", "to"), ("i", "would", "love", "to"), ("i'd", "love", "to"), ("let's",),
    ("someone", "should"), ("somebody", "should"), ("someone", "needs", "to"),
    ("somebody", "needs", "to"), ("someone", "ought", "to"), ("we", "should"), ("we", "must"),
    ("you", "should", "be"), ("they", "should", "be"), ("he", "should", "be"),
    ("she", "should", "be"), ("should", "all", "be"), ("need", "to", "be"), ("needs", "to", "be"),
)
_WISH = (
    ("i", "hope", "you"), ("i", "hope", "he"), ("i", "hope", "she"), ("i", "hope", "they"),
    ("hope", "you"), ("i", "wish", "you"), ("you", "deserve", "to"), ("you", "will"),
    ("you'll",), ("deserve", "to"), ("deserves", "to"),
)
_HARM = frozenset("""
    kill killed murder murdered shoot shot stab stabbed hang hanged lynch lynched behead beheaded
    slaughter slaughtered strangle strangled choke torture tortured exterminate exterminated
    rape raped gas gassed burn burned die dies dead rot
""".split())
# What a wished-on person suffers ("I hope you die", "hope they get shot").
_SUFFERED = frozenset("""
    die dies dead rot rots burn burns killed shot hanged lynched beheaded gassed slaughtered
    tortured strangled raped murdered stabbed
""".split())
_TARGETS = frozenset("you u your ya him her them they he she all every everyone each".split())
_NEGATIONS = frozenset("not never no don't dont won't wont wouldn't wouldnt shouldn't shouldnt".split())
_WINDOW = 4


def _starts_at(tokens, i, pattern):
    return tuple(tokens[i:i + len(pattern)]) == pattern


def threat_evidence(normalised):
    """The threatening phrase, or None: an intent ("I will", "someone
    should") followed within a few words by physical harm aimed at a person
    ("kill you", "they should be shot"), or a wish ("I hope you") followed by
    harm suffered ("die", "get shot"), with no negation between."""
    tokens = re.findall(r"[a-z']+", normalised)
    for i, token in enumerate(tokens):
        if token not in _FIRST_WORDS:
            continue
        for pattern, is_wish in _TRIGGERS:
            if not _starts_at(tokens, i, pattern):
                continue
            window = tokens[i + len(pattern): i + len(pattern) + _WINDOW]
            for j, word in enumerate(window):
                if word in _NEGATIONS:
                    break
                if word in _HARM or word in _SUFFERED:
                    aimed = any(w in _TARGETS for w in window[j + 1: j + 3])
                    if is_wish and word in _SUFFERED:
                        aimed = True
                    elif not is_wish and word in _SUFFERED:
                        aimed = aimed or any(w in _TARGETS for w in pattern)
                    if aimed:
                        return " ".join(pattern + tuple(window[: j + 1]))
    return None


_TRIGGERS = tuple((p, False) for p in _INTENT) + tuple((p, True) for p in _WISH)
_FIRST_WORDS = frozenset(p[0] for p, _ in _TRIGGERS)
