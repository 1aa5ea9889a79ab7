"""Decision: combine the stages' findings into approve or reject.

Reject if the blocklist bans a term, a high-precision rule fires, or any
category's calibrated score reaches its threshold. Every reason is listed;
the comment's text is never echoed back, edited or masked.
"""

import math
import re
from dataclasses import asdict, dataclass, field

from .policy import APPROVE, CATEGORIES, REJECT

# Words that name the group an identity-based attack is aimed at; the first
# subtype with the most mentions is reported. A model cannot learn subtypes
# well from the few corpora that label them, but the target is usually named.
IDENTITY_TERMS = {
    "sexism": """women woman womens girls girl female females feminist feminists feminism wife wives
        ladies lady mothers housewife housewives whore whores slut sluts bitches""",
    "racism": """black blacks african africans negro negroes nigger niggers nigga niggas white whites
        asian asians chinese hispanic hispanics latino latinos race racial coon coons darkie
        paki pakis chink chinks gook gooks spic spics wetback wetbacks jungle monkey monkeys apes""",
    "homophobia": """gay gays lesbian lesbians homosexual homosexuals homo homos queer queers trans
        transgender transgenders bisexual lgbt lgbtq fag fags faggot faggots dyke dykes tranny trannies""",
    "xenophobia": """immigrant immigrants migrant migrants refugee refugees foreigner foreigners
        arab arabs kurd kurds turk turks iranian iranians persian persians mexican mexicans
        syrian syrians afghan afghans pakistani pakistanis illegals aliens country""",
    "religion": """muslim muslims moslem moslems islam islamic jew jews jewish judaism christian
        christians christianity hindu hindus sikh sikhs yazidi yazidis catholic catholics kike kikes""",
    "disability": """disabled retard retards retarded autistic autism cripple cripples crippled
        handicapped deaf blind mentally spastic spaz""",
}
_IDENTITY = {word: subtype for subtype, words in IDENTITY_TERMS.items() for word in words.split()}
_WORDS = re.compile(r"[a-z]+")


def abuse_subtype(normalised_text):
    """The subtype whose identity terms the text mentions most, or None."""
    counts = {}
    for word in _WORDS.findall(normalised_text):
        subtype = _IDENTITY.get(word)
        if subtype:
            counts[subtype] = counts.get(subtype, 0) + 1
    return max(counts, key=counts.get) if counts else None


@dataclass(frozen=True)
class Reason:
    """Why a comment is rejected.

    ``stage`` is ``blocklist``, ``rules`` or ``classifier``; ``evidence`` is
    the banned term matched, the rule's phrase, or the n-grams that drove a
    classifier score; ``score`` is the category's calibrated score."""

    category: str
    stage: str
    evidence: str | list
    subtype: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class Decision:
    """The answer for one comment."""

    decision: str
    reasons: tuple = ()
    scores: dict = field(default_factory=dict)
    confidence: float = 1.0
    review: bool = False
    model_version: str | None = None
    id: str | None = None

    @property
    def rejected(self):
        return self.decision == REJECT

    @property
    def categories(self):
        return [r.category for r in self.reasons]

    def to_dict(self):
        return {
            "id": self.id,
            "decision": self.decision,
            "reasons": [asdict(r) for r in self.reasons],
            "scores": dict(self.scores),
            "confidence": self.confidence,
            "review": self.review,
            "model_version": self.model_version,
        }


def _logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _classifier_reason(category, scores, explain, subtype):
    return Reason(category, "classifier", explain(category),
                  subtype=subtype if category == "abuse" else None,
                  score=round(float(scores[category]), 4))


def decide(hard_reasons, scores, thresholds, review_margin, explain, subtype=None):
    """Combine findings into ``(decision, reasons, confidence, review)``.

    ``hard_reasons`` come from the blocklist and rules; ``scores`` maps each
    head to its calibrated score; a category whose score reaches its
    threshold adds a classifier reason with ``explain(category)`` as
    evidence (and ``subtype`` when it is ``abuse``). ``review`` is set when a score lies within ``review_margin``
    (in log-odds) of its threshold: those are the comments a human should
    look at first."""
    reasons = list(hard_reasons)
    flagged = {r.category for r in reasons}
    for category in CATEGORIES:
        score = scores.get(category)
        if score is not None and score >= thresholds[category] and category not in flagged:
            reasons.append(_classifier_reason(category, scores, explain, subtype))
    # The "any" head can reject a comment no single category is sure of; it
    # names the category closest to its own threshold.
    if not reasons and "any" in scores and scores["any"] >= thresholds["any"]:
        category = max(CATEGORIES, key=lambda c: _logit(scores[c]) - _logit(thresholds[c]))
        reasons.append(_classifier_reason(category, scores, explain, subtype))
    near = [abs(_logit(s) - _logit(thresholds[h])) < review_margin for h, s in scores.items()]
    if reasons:
        if any(r.stage != "classifier" for r in reasons):
            confidence = 1.0
        else:
            confidence = max(scores.get(r.category, 0.0) for r in reasons)
            confidence = max(confidence, scores.get("any", 0.0))
        review = not any(r.stage != "classifier" for r in reasons) and any(near)
        return REJECT, tuple(reasons), round(confidence, 4), review
    confidence = 1.0 - max(scores.values(), default=0.0)
    return APPROVE, (), round(confidence, 4), any(near)
