"""The site's policy as data: the categories a comment can be rejected for.

Every other module takes its category ids from here, so the API, the model
card, the CLI and the docs cannot drift apart.
"""

APPROVE = "approve"
REJECT = "reject"
DECISIONS = (APPROVE, REJECT)

#: Policy categories, in the order they are reported.
CATEGORIES = (
    "profanity",  # swearing
    "vulgarity",  # sexual or crude content
    "threat",  # threats of violence, wishing harm, incitement
    "personal_attack",  # insults aimed at a commenter, journalist or person
    "abuse",  # identity-based abuse (see SUBTYPES)
    "promotion",  # commercial or personal promotion
)

#: Subtypes of ``abuse``, reported when known.
SUBTYPES = ("sexism", "racism", "homophobia", "xenophobia", "religion", "disability")

CATEGORY_DESCRIPTIONS = {
    "profanity": "Profanity: swear words and obscene language.",
    "vulgarity": "Vulgarity: sexual or crude content.",
    "threat": "Threats: threatening, wishing or inciting violence or harm.",
    "personal_attack": "Personal attacks: insults aimed at another commenter, a journalist or a person.",
    "abuse": "Abuse: attacks on people for their sex, race, sexual orientation, origin, religion or disability.",
    "promotion": "Commercial or personal promotion: ads, offers, links, 'check out my channel', contact details.",
}
