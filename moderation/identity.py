"""Identity groups: the words that name who identity-based abuse is aimed at.

Used to report an ``abuse`` subtype and by the abuse rules. A model cannot
learn subtypes well from the few corpora that label them, but the target of
an attack is almost always named.
"""

import re

# Group nouns and adjectives, by the subtype an attack on them falls under.
IDENTITY_TERMS = {
    "sexism": """women woman womens girls girl female females feminist feminists feminism wife wives
        ladies lady mothers housewife housewives whore whores slut sluts bitches""",
    "racism": """black blacks african africans negro negroes nigger niggers nigga niggas white whites
        asian asians chinese hispanic hispanics latino latinos race racial coon coons darkie
        paki pakis chink chinks gook gooks spic spics wetback wetbacks roma gypsies gypsy""",
    "homophobia": """gay gays lesbian lesbians homosexual homosexuals homo homos queer queers trans
        transgender transgenders bisexual bisexuals lgbt lgbtq fag fags faggot faggots dyke dykes
        tranny trannies""",
    "xenophobia": """immigrant immigrants migrant migrants refugee refugees foreigner foreigners
        arab arabs kurd kurds kurdish turk turks iranian iranians persian persians mexican mexicans
        syrian syrians afghan afghans pakistani pakistanis iraqi iraqis illegals aliens""",
    "religion": """muslim muslims moslem moslems islam islamic jew jews jewish judaism christian
        christians christianity hindu hindus sikh sikhs yazidi yazidis catholic catholics kike kikes
        shia shias shiite shiites sunni sunnis""",
    "disability": """disabled retard retards retarded autistic autism cripple cripples crippled
        handicapped deaf blind mentally spastic spastics spaz""",
}
# Groups the rules read only as written: respelling does not restore them
# (they are not among the words moderation.spelling corrects towards), as
# that would change the text the classifier is trained on -- and respell
# "israels" as "israeli". Respelling keeps every group's name whole: it
# would split "alawites" into "a law ites" and "ismailis" into "ismail is".
IDENTITY_AS_WRITTEN = {
    "racism": """latina latinas latinx""",
    "xenophobia": """traveller travellers romanian romanians bulgarian bulgarians albanian albanians
        somali somalis nigerian nigerians indians bangladeshi bangladeshis bengali bengalis palestinian palestinians
        israeli israelis eritrean eritreans seekers
        polish poles irish scots welsh brits lithuanians latvians russians ukrainians jamaicans
        vietnamese filipinos koreans japanese kosovans
        turkish turkmen turkmens turkoman turkomans armenian armenians assyrian assyrians chaldean chaldeans
        syriacs lebanese egyptian egyptians saudis yemeni yemenis sudanese libyan libyans jordanian jordanians bedouin
        bedouins azeri azeris
        circassians greeks hazara hazaras pashtuns uyghur uyghurs rohingya balochs baluch baluchis
        bosniak bosniaks bosnians serbs croats tibetans uighurs tigrayans chechens georgians berbers amazigh
        tamils sindhis baloch balochis germans italians spaniards swedes norwegians danes finns hungarians
        czechs slovaks estonians belarusians azerbaijanis ethiopians ghanaians kenyans ugandans congolese
        rwandans zimbabweans haitians cubans brazilians colombians venezuelans peruvians argentinians
        chileans thais cambodians indonesians malaysians tunisians algerians moroccans emiratis qataris
        kuwaitis omanis maori inuit aboriginals
        kikuyu kikuyus kalenjin kalenjins yoruba yorubas igbo igbos hausa hausas fulani fulanis zulu zulus
        xhosa xhosas tutsi tutsis hutu hutus amhara oromo oromos punjabis gujaratis biharis kashmiris
        sinhalese nepalis afrikaners""",
    "religion": """alevi alevis druze copts atheist atheists mandaean mandaeans zoroastrian zoroastrians
        kuffar kafir kafirs bahai bahais ezidi ezidis yezidi yezidis kakai kakais shabak alawite alawites alawi alawis ismaili ismailis catholics
        protestants mormons evangelicals buddhists ahmadis ahmadiyya jains""",
}


def _by_word(terms):
    return {word: subtype for subtype, words in terms.items() for word in words.split()}


RESPELLED_IDENTITY = _by_word(IDENTITY_TERMS)
IDENTITY = RESPELLED_IDENTITY | _by_word(IDENTITY_AS_WRITTEN)
# The terms above that are slurs or insults whatever the context: a comment
# using one is not merely naming a group.
SLURS = frozenset("""
    whore whores slut sluts bitches negro negroes nigger niggers nigga niggas coon coons darkie paki pakis
    chink chinks gook gooks spic spics wetback wetbacks homo homos fag fags faggot faggots dyke dykes
    tranny trannies kike kikes retard retards retarded cripple cripples spastic spastics spaz illegals
""".split())
_WORDS = re.compile(r"[a-z]+")


def abuse_subtype(normalised_text):
    """The subtype whose identity terms the text mentions most, or None."""
    counts = {}
    for word in _WORDS.findall(normalised_text):
        subtype = IDENTITY.get(word)
        if subtype:
            counts[subtype] = counts.get(subtype, 0) + 1
    return max(counts, key=counts.get) if counts else None


def without_groups(normalised_text):
    """The text with every identity term that is not a slur replaced by
    "people": what the classifier reads when it is asked whether a comment
    is abusive for what it says, not for whom it names."""
    return _WORDS.sub(_neutral_group_as_people, normalised_text)


def _neutral_group_as_people(match):
    word = match.group(0)
    return "people" if word in IDENTITY and word not in SLURS else word
