"""High-precision rules: what fires, and the contrasts that must not."""

import pytest

from moderation.normalise import normalise
from moderation.rules import (
    abuse_evidence, attack_evidence, contacts, promotion_evidence, threat_evidence, vulgarity_evidence,
    without_denied_insults, without_discourse_markers, without_disowned_hostility, without_insulted_things,
    without_praise_frames, without_figurative_harm, without_good_wishes, without_reported_threats, endorsed_quotes,
    without_warnings, without_self_insults, without_price_changes, without_scam_quotes,
    defended_claims, without_addressees,
    without_denied_harm, without_quoted_speech, without_group_support, without_civic_sanctions, without_professions,
)


def _promotion(text):
    return promotion_evidence(text, normalise(text))


@pytest.mark.parametrize("text, fires", [
    ("I will kill you", True),
    # a verb of harm after "and", and harm in more than one word
    ("Keep posting this rubbish and I'll come round and break your legs", True),
    ("I'm going to find you after work and smash your face in", True),
    ("I swear I'll set fire to that mosque before Friday", True),
    ("I'll run over any immigrant who blocks my driveway", True),
    ("Time to string them up", True),
    ("Say that to my face and I'll put you in hospital", True),
    ("I hope every immigrant in this article ends up dead", True),
    ("I'll run over to their house after work to drop off the keys", False),
    ("I'll set fire to all these old bank statements", False),
    ("I'll string those up along the fence", False),
    ("I'll go through the figures and break them down for you", False),
    ("I hope every candidate in this race stands on their record, dead or alive", False),
    ("We will beat them with baseball bats", True),
    ("I hope that driver dies in agony", True),
    # "beat" wins contests unless a beating is spelled out
    ("We will beat them on Saturday", False),
    ("I hope Leeds beat them this week", False),
    ("I will beat you", True),
    ("I'm going to beat them at chess tonight", False),
    ("I will beat him in the final", False),
    ("Hope every last migrant on that boat drowns", True),
    ("We will beat them senseless", True),
    ("Let's go beat these queers", True),
    # harm wished on a thing
    ("I wish this heatwave would just die already", False),
    ("I wish this moron would die", True),
    ("I hope you die", True),
    # a mishap wished on someone; "let them drown"; people named by what they do
    ("Praying the Chancellor has a heart attack before the budget.", True),
    ("With any luck the MP walks in front of a bus on his way home.", True),
    ("Fingers crossed he gets hit by a bus.", True),
    ("I hope more women get cancer screening.", False),
    ("I hope my dad doesn't have a stroke.", False),
    ("Fingers crossed they go into sudden death", False),
    ("Sink the boats and let them drown.", True),
    ("Let them die with dignity.", False),
    ("Let them burn off some energy at the skate park.", False),
    ("Just let them rot in prison.", False),
    ("Looters should be shot on sight.", True),
    ("Murderers should be executed.", False),
    ("The posters should be burned.", False),
    ("I hope the man who shot him is jailed for life.", False),
    ("I hope the man who shot him dies slowly.", True),
    ("Praying for the families of those killed.", False),
    ("It would be great if someone bombed the mosque.", True),
    ("It would be nice if someone shot a documentary about the town.", False),
    ("Refugee boats should be sunk.", True),
    ("Someone should shoot him", True),
    ("They should all be hanged", True),
    ("Muslims should be shot", True),
    ("Kill all the gays", True),
    ("Watch your back, we know where you live", True),
    ("I hope the next rocket hits you", True),
    ("Death to all traitors!", True),
    ("We need to be using every death to push for gun control", False),
    ("I pray you get hit by a truck tomorrow", True),
    ("Wish you'd drown in the river", True),
    ("He deserves a bullet", True),
    ("Arm yourselves and shoot any immigrant", True),
    ("Someone should bomb the synagogue", True),
    ("Three migrants drown in the Channel", False),
    ("I hope the bill gets hit with amendments", False),
    ("I hope our team gets beat less often", False),
    ("Police said the mosque was bombed", False),
    ("The army showed no mercy, witnesses said", False),
    # contrasts
    ("I would never kill you", False),
    ("I won't wish death on anyone", False),
    ("We will kill this bill in parliament", False),
    ("The bill needs to be killed", False),
    ("I'd kill for a coffee", False),
    ('He said "I will kill you" and was arrested', False),
    ("Protesters chanted death to America", False),
    ("Another five PMF fighters were killed in a US drone strike", False),
    ("The US reserves the right to defend itself", False),
    ("The rockets hit the embassy", False),
    # "may" is a month or a modal, not a wish, unless it opens the sentence
    ("May they all burn in hell", True),
    ("In May hundreds died when the dam broke", False),
    ("On 3 May 14 villagers were killed in an airstrike", False),
    ("Aid workers warn that thousands may be killed", False),
    # negated forms the rule used to miss
    ("The hostages didn't deserve to die", False),
    ("They don't deserve to be executed, they deserve a trial", False),
    ("Those rapists deserve to die", True),
    # third-person verbs and headline subjects are not imperatives
    ("Bomb hits mosque in Quetta during Friday prayers", False),
    ("Kills two children, injures five: the army's latest strike", False),
    ("Shoot them all", True),
    ("I pray for the dead soldiers and their families", False),
    # curses and calls for harm without an intent word
    ("Just go die", True),
    ("Go hang yourself, nobody wants you here", True),
    ("Let that failed policy go die quietly", False),
    ("Eleven workers die in a fire at a textile plant", False),
    ("Hang the traitors from the lampposts", True),
    ("Somebody needs to shoot 'em", True),
    ("That woman needs to be castrated", True),
    ("The minister needs to be whipped into line by the party", False),
    ("Nobody will come for you, I don't know where you live", False),
    # wanting to see harm done
    ("I want to see every last Arab gassed", True),
    ("I can't wait to see them all dead", True),
    ("I want to see the women win the final", False),
    ("I'd happily watch them burn", True),
    ("I'll smack you if you say that again", True),
    ("Someone needs to slap him", True),
    ("We will bash out a deal by Friday", False),
    ("We must make sure all people die with dignity", False),
    # "no <people> deserve to die" denies the wish
    ("No gay people deserve to die", False),
    ("None of them deserve to be shot", False),
    ("Not one of them deserves to die", False),
    ("Gay people deserve to die", True),
    ("They all deserve to die", True),
    # threats that need no verb of harm
    ("Drive like that in the snow and you'll end up in a ditch", False),
    ("You won't be smiling when I'm done with you", True),
    ("We know where your kids go to school", True),
    ("Parents, do you know where your kids are online tonight?", False),
    ("Those icy steps are lethal, you'll break your neck", False),
    ("Talk to my sister like that again and I'll kick your ass", True),
    ("He knocked his teeth out in the final round", False),
    # disease wished on someone, at the end of the clause
    ("I hope your whole family gets cancer", True),
    ("I hope more women get cancer screening", False),
    ("I hope he never gets cancer", False),
    # officials named by their office
    ("That senator should be hanged for treason", True),
    ("The judge should be shot", True),
    ("Someone should shoot this reporter", True),
    ("We will kill this bill", False),
    ("I will kill that idea before it spreads", False),
    # menace and stock phrases of violence
    ("Hang every one of them from Westminster Bridge", True),
    # phrases that read both ways are left to the classifier
    ("England will give them a good hiding on Saturday", False),
    ("I'd hang the lot of them in my hallway", False),
    ("Kneecap won their case over the arts grant", False),
    ("The team got a good hiding at Anfield", False),
    ("d1e in a f1re, Councillor Hughes", True),
    ("Rot in hell, you coward", True),
    ("Rot in hell was the Sun's headline", False),
    ("Residents fear they will be trapped and die in a fire", False),
    ("Sunak had better watch his back, Badenoch is counting votes", False),
    ("The police know where he lives, so why no arrest?", False),
    ("Pity the bullet missed him", True),
    ("Burn the asylum hotel down with them inside it", True),
    ("The building collapsed with them still inside", False),
    ("Time for ordinary people to take up arms against this government", True),
    ("In 1916 the rebels urged the Irish to take up arms against British rule", False),
    ("Shoot the messenger if you like, he is still right", False),
    # people named by their role, "the lot of them", a phrasal imperative
    ("String up the councillors", True),
    ("String the nonces up from lampposts", True),
    ("Hang the Tories", True),
    ("Kill the lot of them", True),
    ("Cut the judges some slack", False),
    ("We will smash the Tories at the election", False),
    ("Hit the bankers with a windfall tax", False),
    ("I'd hang the lot of them in my hallway", False),
    ("Hang the lot out to dry", False),
    ("String up some lights for Christmas", False),
    ("Run over to the shop for me", False),
    ("Set fire to the old sofa", False),
    # lynching's props, hospital and stamping aimed at a third person
    ("Every banker in the City deserves a rope", True),
    ("Someone should firebomb that mosque before it opens", True),
    ("A noose was found hanging from a tree at the school", False),
    ("Shoot the judges at the dog show from a low angle", False),
    ("Run them over with a damp cloth and the tiles come up like new", False),
    ("A fall off the ladder put her in hospital with a broken wrist", False),
    ("The dogs' toy is a rope and a tree ball", False),
    ("That free kick was a bullet with his name on it", False),
    # contrast-test threats at groups
    ("I'm going to beat up the next black person I see", True),
    ("We will beat up the opposition at the polls", False),
    ("I'll make sure every immigrant in this town suffers", True),
    ("Make sure the fire dies down before you leave", False),
    ("We need to take up arms against immigrants", True),
    ("I'd happily watch every gay person burn", True),
    ("Round up all the Muslims and shoot them", True),
    ("Find the recipe and cut it out", False),
    ("I want to slit the throat of every Muslim", True),
    ("Muslims should be lined up against a wall", True),
    ("Mark my words, you will pay for this with your blood", True),
    ("Ukrainian soldiers pay for this with their blood every day", False),
    ("Find the slugs and kill them, it's the only thing that works", False),
    ("Round up the grandkids and shoot them a quick photo for the card", False),
    ("The smear campaign was designed to make sure every Muslim councillor suffers", False),
    ("Someone should torch that mosque with them all still inside", True),
    ("Mark my words, prices will rise", False),
    # reported just after
    ("Kill the lot of them, said the gardener about the slugs", False),
    ("String the nonces up, shouted the crowd outside court", False),
    # a call put as a question
    ("Why not just kill every last Jew?", True),
    ("Why don't we just shoot every immigrant who lands?", True),
    ("Why not kill two birds with one stone and fix both?", False),
    ("Why not just hang out with her and see?", False),
    ("Why not eliminate the middle man and buy direct?", False),
    ("Let's hang out with them after the match", False),
    ("Banks never ask for your PIN. Hang up, everyone.", False),
    # a fate called for in the past tense is still called for
    ("Refugees should have been shot.", True),
    ("Kurds should have been protected, not killed.", False),
    ("The bill should have been killed in committee.", False),
    ("Why not slaughter their defence with a faster winger?", False),
    ("Why don't we hit them where it hurts and boycott the company's products?", False),
    ("Why not shoot their leader?", True),
    # a quantifier over things, not people: war reporting
    ("I hope Ukraine hits every Russian fuel depot", False),
    ("I hope they bomb all the bridges the invaders use", False),
    ("I hope someone hits every one of them", True),
    ("I hope they shoot all those traitors", True),
    ("Pity the gunman's aim was off.", True),
    # a discourse marker before an imperative or a call
    ("Honestly, hang every last one of the cabinet from the lamp posts.", True),
    ("Frankly, looters should be shot on sight.", True),
    ("Honestly.", False),
    # indifference to harm, or regret it has not come, wishes it
    ("I wouldn't cry if he got hit by a bus.", True),
    ("I wouldn't cry if the stadium plan got scrapped.", False),
    ("Wouldn't mind if his plane went down.", True),
    ("The world would be a better place if he had an accident.", True),
    ("The world would be a better place if he retired.", False),
    ("She had a nasty accident on the ice last winter.", False),
    ("Pity nobody has shot him yet.", True),
    ("Pity nobody has asked him that question yet.", False),
    ("Give me five minutes alone with him and a baseball bat.", True),
    # bodily harm wished in the passive; the same body parts in news and injury
    ("Whoever did it should have their fingers broken one by one.", True),
    ("That thug needs his legs breaking.", True),
    ("No one deserves to have their teeth knocked out over a parking space.", False),
    ("He should have his knee operated on before the season starts.", False),
    ("Police say the victim had his jaw broken in the attack.", False),
    ("If I see him at parents' evening he's getting my fist in his mouth.", True),
    # a culprit named by what they did, strung up
    ("String the thief up from the market cross.", True),
    ("String the fairy lights up along the fence.", False),
    # an imperative of harm, not a compound noun; slang that only looks like a slip
    ("Whack them all.", True),
    ("Whack job politicians everywhere.", False),
    ("Wack rappers these days, smh.", False),
    # an intent put as a hypothetical, the harm at once after it
    ("I would personally strangle whoever decided to cut the salaries.", True),
    # a mine wished under someone's car
    ("I hope his car hits an IED.", True),
    ("The minister's convoy hit a roadside bomb yesterday.", False),
    ("We would beat them up.", True),
    ("I would have hit her back with a text.", False),
    ("I would be fine, he can punch me all he wants.", False),
    # idioms of a verb of harm
    ("I'll shoot my shot with her.", False),
    ("I'll shoot her a text tonight.", False),
    ("I'll blow her off next time.", False),
    ("I'll hit you up when I get some cash.", False),
    ("We'll beat them at chess.", False),
    # people named through a relative clause before a call for harm
    ("The officials who stole the aid money should be lined up and shot.", True),
    ("I hate people who decide the bear should die.", False),
    # a verb of harm opening a sentence as a noun, as news writes it
    ("Murder of Kurdish journalists is rising.", False),
    ("Torture in Syrian prisons is well documented.", False),
    ("Slaughter of Kurds in Halabja must never be forgotten.", False),
    ("Shoot at the Kurds.", True),
    # a strike wished on where people are; a body part of the people named
    ("May a bomb fall on the parliament during the next session.", True),
    ("I hope a drone finds him.", True),
    ("I hope the bomb falls on an empty field.", False),
    ("Break the fingers of every official who signed this contract.", True),
    # an atrocity called for on a people; a sentence wished is no harm
    ("Armenians deserve another genocide.", True),
    ("The Armenian genocide deserves a memorial day.", False),
    ("Hope the smugglers rot in jail for years.", False),
    ("Hope the smugglers rot.", True),
    ("Praying the kidnapped nurses are freed.", False),
    ("I hope they all suffer.", True),
    # a stock threat's words misspelt
    ("Your days are numberd.", True),
    ("We are comng for you.", True),
    # death wished as sleep, on people
    ("I hope the men in that camp never wake up.", True),
    ("I hope this nightmare never wakes up.", False),
    # members of a parliament called to die
    ("Every member of parliament should be dead.", True),
    # a prayer is the commenter's own wherever it stands; a prayer someone said is reported
    ("To the apostates posting on social media, may God send someone to slaughter them.", True),
    ("He said may God burn them all, the court heard.", False),
    # a call put as "why not ...?"; not "why would anyone ...?"
    ("Why not just throw them off roofs?", True),
    ("Why would anyone throw them off roofs?", False),
    # a life wished short, a recovery wished never, harm in two words
    ("I pray the dictator doesn't live to see another week.", True),
    ("I hope he lives to see his grandchildren.", False),
    ("Hopefully the old man never recovers.", True),
    ("Hopefully she never recovers from this defeat.", False),
    ("God willing the killers get torn apart in the street.", True),
    ("Inshallah we win tonight.", False),
    # anyone by name, with a violent end in the passive; not bills, ideas, animals or a court's sentence
    ("Mahmoud Karimi should be hunted down and killed.", True),
    ("The budget bill should be killed in committee.", False),
    ("That stray dog should be shot.", False),
    ("The killer should be executed, the prosecutor said.", False),
    # a space lost beside a short joining word; not between two words of a compound
    ("Death toall immigrants.", True),
    ("I want tokill all refugees.", True),
    ("You are deadset legends, the lot of you.", False),
    ("Well slap me, I didn't see that result coming.", False),
    # contractions typed without their apostrophe, "cannot" for "can't"
    ("id kill you if you were here", True),
    ("I cannot wait to see them all dead", True),
    ("I cannot wait to see the new stadium", False),
    # a survival wished away, of a person or a name; not of a truce
    ("Hoping Sudani doesn't survive the next drone.", True),
    # a violent verb begun: "start killing"; not an argument kept up, nor what police began
    ("We should start shooting these migrants.", True),
    ("Time to start killing immigrants.", True),
    ("We need to keep hitting them with facts.", False),
    ("Police started shooting at the protesters.", False),
    ("I hope the ceasefire doesn't survive the winter.", False),
    # the past tense of a call after "about time we"; not a change of course
    ("It's about time we started killing them again.", True),
    ("It's about time we stopped killing each other.", False),
    # a blow struck with an argument, a vote or a sanction; not with a weapon
    ("We need to hit them with facts", False),
    ("It's time we hit them with tariffs.", False),
    ("We need to hit them with bats.", True),
    ("When I find you, you are a dead man.", True),
    ("Wipe out the whole bloodline and the problem goes away.", True),
    ("Wipe out the opposition at the polls.", False),
    # a harm the wished-on did, in a relative clause; not a wish opened with "that"
    ("I hope the cement company that poisoned the village gets sued into oblivion.", False),
    ("I hope that they kill him.", True),
    # suffering promised by the commenter; a pogrom called for, not recalled; every house of worship
    ("I'm going to make you suffer.", True),
    ("This heat will make them suffer in the camps.", False),
    ("We need another pogrom to deal with them.", True),
    ("The pogrom of 1941 killed hundreds.", False),
    ("Someone should set fire to that new gurdwara.", True),
    # a genocide's "job" wished finished, by whoever committed it; not a job left undone
    ("Saddam should have finished the job with the Kurds.", True),
    ("Someone needs to finish what the Ottomans started.", True),
    ("The Anfal should have been finished properly.", True),
    ("The army should finish the job against ISIS in the desert.", False),
    ("Saddam didn't finish the job of rebuilding the roads.", False),
    ("The genocide trials should have been finished by now.", False),
    # a land to be cleansed of a people, harm until none is left; not a cleansing told
    ("The old city must be cleansed of Armenians.", True),
    ("We need to get rid of Kurdish corruption first.", False),
    ("Keep bombing until not one of the Alevis is left.", True),
    ("I hope not one Turk is left alive in this valley.", True),
    ("In 2014 ISIS tried to cleanse Sinjar of Yazidis.", False),
    ("By 1990 not one Kurd family was left in the old quarter.", False),
    ("Time to purge the ministries, street by street.", True),
    ("Demining teams are clearing the area village by village.", False),
    ("Iranians crossing the border should be greeted with machine guns.", True),
    ("The protesters were met with bullets by the regime.", False),
    ("Send them all to the bottom of the Aegean.", True),
    ("The smugglers' boat went to the bottom of the Aegean.", False),
    ("Flatten their villages.", True),
    ("Turkish jets flattened their villages in 1994.", False),
    # menace given as advice or as what happens "here" to people like the reader
    ("I wouldn't sleep so soundly if I were you.", True),
    ("You're dead wrong about the budget, Aso.", False),
    ("You're dead meat, Aso.", True),
    ("I wouldn't go to Basra in July if I were you, it's 50 degrees.", False),
    ("People like you tend to go missing around here.", True),
    ("People like you disappear from the debate when facts come out.", False),
    # people named, then where they are, then what is called for on them
    ("The Iranians in Jurf al-Sakhar should all be shot.", True),
    ("The prices at the market in Erbil should be killed off by competition.", False),
    # the reader's body kept only by obeying; a disease wished through God; self-harm told
    ("If you want to keep your fingers, stop writing about the militia.", True),
    ("If you want to keep your teeth healthy, see a dentist.", False),
    ("Get out of Duhok while you can still walk.", True),
    ("Book the hall while you can still find a date.", False),
    ("Close your page before somebody visits you.", True),
    ("May God give him a stroke.", True),
    ("May God give him patience with these ministers.", False),
    ("Do the rest of us a favour and jump off the bridge.", True),
    ("Why don't you drink bleach?", True),
    ("Kids jump off the old bridge into the lake every summer.", False),
    ("Never drink bleach, it is poison.", False),
    # a massacre's sequel asked for, found wanting, hailed; its killers regretted for stopping
    ("Dersim part 2 is what they need.", True),
    ("Srebrenica was not enough.", True),
    ("Halabja is not enough for a new hospital, the budget must grow.", False),
    ("Recognition of Anfal is not enough, we need compensation.", False),
    ("Anfal was just the beginning of Saddam's crimes.", False),
    ("Karadzic is a hero.", True),
    ("Daesh killed thousands in Sinjar. Too bad they didn't finish.", True),
    ("They started the bridge in 2019. Pity they didn't finish it.", False),
    ("The Yazidis of Sinjar must be cleaned of their customs first.", False),
    ("Mosul must be cleaned of Arabs.", True),
    # a warning of a hazard, kindly meant; the stock threat otherwise
    ("Watch your back on the Kirkuk road, fake checkpoints are robbing drivers after dark.", False),
    ("Keep writing lies about us. Watch your back.", True),
    ("Watch your back. Accidents happen to people who write like this.", True),
    # surveillance by "we": the reader's home, family, car known; not news, praise or a find
    ("We know your new address too, moving didn't help you.", True),
    ("We know the hospital your mother is in.", True),
    ("We've been following your car for a week now.", True),
    ("We have pictures of you and your kids at the park.", True),
    ("We know your family has suffered a lot, stay strong.", False),
    ("We have been following your reporting for years, keep going.", False),
    ("We found your car keys in the lobby.", False),
    ("She was told 'we know your address' by the caller.", False),
    # the reader silenced for good, or visited armed
    ("Delete this article or we'll come and delete you.", True),
    ("If you don't stop, we will shut you up forever.", True),
    ("Unblock me or I come to your office with a few friends and some sticks.", True),
    ("I'll delete you from my contacts if you keep sending this.", False),
    ("This poll will shut you up for good, haters.", False),
    # harm as the best outcome; not fewer harmed, nor a documentary shot
    ("The best thing for Turkey would be if every Kurd was wiped out.", True),
    ("It would be better if fewer civilians were killed.", False),
    ("It would be better if someone shot a documentary about the town.", False),
    ("What would be if the dam burst and people drowned?", False),
    # a crash wished on whoever an aircraft carries
    ("I pray the plane carrying that delegation never lands.", True),
    ("I hope his helicopter goes down.", True),
    ("Let's hope the flight prices go down.", False),
    ("I hope no plane ever crashes again.", False),
    # "I'm saying" is the commenter's own view
    ("I'm saying the minister should be shot, not removed.", True),
    # harm called for on a family too; not told
    ("The PKK should be wiped out together with their families.", True),
    ("ISIS fighters were killed with their families in the strike.", False),
    # sent home dead; a grenade, blood, silence forever called for; menace by health; a maiming wished
    ("Any Kurd who sets foot in my village again will leave in a box.", True),
    ("Somebody needs to throw a grenade into that checkpoint.", True),
    ("Find a basij member this week and make him bleed.", True),
    ("The presenter must be silenced forever.", True),
    ("People who talk like you usually don't stay healthy for long around here.", True),
    ("Smokers don't live long, my grandfather was proof.", False),
    ("I pray he never walks again.", True),
    ("The Roma should be forcibly sterilised.", True),
    ("Refugees should be quickly processed.", False),
    # beaten at the ballot box is no threat
    ("We will hunt down every MP who voted for this at the ballot box next spring.", False),
    # sent home dead, as a call; not as history, nor a fear denied
    ("The soldiers around the villages need to be sent home in pieces.", True),
    ("Send them back in body bags.", True),
    ("Thousands of soldiers were sent home in body bags from Vietnam.", False),
    ("No mother wants her son to be sent home in a box.", False),
    # the price a reader will pay is a bill; paying "for this" is a threat
    ("Under this plan you will pay more tax.", False),
    ("He pays more in taxes in a year than you will pay over your lifetime.", False),
    ("You will pay for this.", True),
    ("Mark my words, you will pay.", True),
    # a verb of harm as a news noun's first word; the imperative still
    ("Gas explosion in Chinese coal mine leaves 56 dead, scores missing.", False),
    ("Bomb threat forces evacuation of Erbil airport", False),
    ("Gas them all", True),
    # idioms of a verb of harm: a lead, a performance, a split
    ("Let's blow past them and leave 'em in the dust!", False),
    ("The band will blow them away tonight", False),
    ("We should blow them up", True),
    # the people a verb of harm is aimed at by their rank or office
    ("Not in our name! Kill the generals!", True),
    ("Hang the junta!", True),
    ("The general said the troops would stay.", False),
    # a slogan's later cry, a cruel death wished on someone; not one suffered
    ("Woman, Life, Freedom, and death to every cleric in Qom!", True),
    ("Long painful death for the former president, I hope.", True),
    ("He died a slow painful death in 1998.", False),
    # an execution called for, an ultimatum of death; not one reported, nor an idiom
    ("The general who ordered the shooting must face a firing squad.", True),
    ("In 1944 the deserters faced a firing squad.", False),
    ("Resign or die! The government must go!", True),
    ("It's do or die for the team tonight.", False),
    # a determiner of pests names no one
    ("These mosquitoes should all die.", False),
    ("These migrants should all die.", True),
    # people left to starve; not a hospital's neglect reported
    ("Let them starve in that camp, they brought it on themselves.", True),
    ("The doctors let them starve in the hospital.", False),
    # a glass in the face promised, not reported
    ("Any Albanian who tries it on in my pub gets a glass in the face.", True),
    ("The barman got a glass in the face during the brawl.", False),
    # a name blown up, wished; a dam is no one
    ("Erdogan deserves to be blown up like the villages he bombs.", True),
    ("The Mosul Dam should be blown up, said no one sane.", False),
    # the veiled threat's stock lines: a family named before a caution, time running out
    ("You have kids, don't you? Be careful.", True),
    ("You have kids, don't you? Then you know how dear school fees are.", False),
    ("Enjoy your comments while you still can.", True),
    ("Enjoy life while you can, the doctor told me at 80.", False),
    ("One day you will pay for these words.", True),
    ("You will pay for your own healthcare under this plan.", False),
    ("Journalist, consider this your last warning.", True),
    ("People have disappeared for less.", True),
    ("Why don't you go play in traffic?", True),
    # annihilation called on the region's towns; not a raid reported
    ("Wipe Kobani off the map.", True),
    ("Napalm Gaza.", True),
    ("In 2018 Turkish jets flattened parts of Afrin.", False),
    ("Erdogan threatened to wipe Kobani off the map.", False),
    # starving called for on people, or wished; not sanctions wished on a purse
    ("Their children should starve.", True),
    ("No child should starve in 2024.", False),
    ("I hope they starve.", True),
    ("I hope the sanctions starve the regime of cash.", False),
    ("Bring back the gas chambers for them.", True),
    ("Give me a gun and ten minutes with those animals.", True),
    # burning alive wished at the end of a long clause; not a wish that no one is
    ("I wish these ISIS prisoners in al-Hol and the Iraqi prisons were all burned alive in their cells.", True),
    ("I hope no one else is ever burned alive in that prison.", False),
    ("People in Sulaimani know how to deal with people who talk like you.", True),
    # an ultimatum; not a bus to catch, nor firefighters' warning reported
    ("The Roma families in this town have a week to leave, or we attack.", True),
    ("Arab workers in Sulaimani, leave now or you will get hurt.", True),
    ("Leave the house now or you will miss the bus.", False),
    ("Get out now or you will get hurt, the firefighters shouted.", False),
    ("Open live fire on the protesters, that's the only way.", True),
    ("Police opened fire on the protesters in Sulaimani.", False),
    ("I'd lay hands on this journalist for what he wrote.", True),
    # a people's homes or temples wished seen destroyed; not a visit to the ruins
    ("I want to see Kurdish villages burned again.", True),
    ("I never want to see Kurdish villages burned again.", False),
    ("We went to see the villages destroyed by ISIS in Sinjar.", False),
])
def test_threat_rule(text, fires):
    assert bool(threat_evidence(normalise(text))) is fires


@pytest.mark.parametrize("text, subtype", [
    ("Refugees are vermin", "xenophobia"),
    ("Muslims are a bunch of terrorists", "religion"),
    ("Arabs are nothing but desert rats", "xenophobia"),
    ("I hate Muslims", "religion"),
    ("Gay people are disgusting", "homophobia"),
    ("Women are too stupid to vote", "sexism"),
    ("Dirty Kurds, always complaining", "xenophobia"),
    ("Go back to your country, nobody wants you", "xenophobia"),
    ("Afghans steal everything", "xenophobia"),
    ("Jews are greedy", "religion"),
    ("A woman's place is in the kitchen", "sexism"),
    # contrasts
    ('Anyone who writes "go back to your country" has lost their humanity', None),
    ("He told them to go back to your country, police said", None),
    ("Some migrants are violent, most are not", None),
    ("The Kurdish villages lie on the border", None),
    ("Reports say migrants steal jobs", None),
    ("I don't hate Muslims", None),
    ('Calling refugees "vermin" is disgusting', None),
    ("Saying that refugees are vermin is wrong", None),
    ("Refugees are not vermin", None),
    ("People who hate Muslims are idiots", None),
    ("The Kurds are stupid to trust America again", None),
    ("Arabs are the victims of dirty politics", None),
    ("Refugees are nothing but hard working people", None),
    ("a gay bar opened downtown", None),
    ("We hate immigrants", "xenophobia"),
    ("I honestly despise all the Pakistanis", "xenophobia"),
    ("Hate all Muslims", "religion"),
    # "hate" as a noun, an accusation, or negated
    ("The attack on the synagogue is being treated as a hate crime against Jews", None),
    ("Why do you hate women so much?", None),
    ("The online hate towards refugees is shameful", None),
    ("He doesn't hate gays, he just votes badly", None),
    ("I do n't hate Arabs", None),
    # a group denied a place among people
    ("Honestly, Kurds do not deserve to exist", "xenophobia"),
    ("Gay people belong in a zoo", "homophobia"),
    ("Immigrants must simply go back where they came from", "xenophobia"),
    ("Women should not be allowed to vote", "sexism"),
    ("This country would be safer without the Muslims", "religion"),
    ("Never trust Jews, any of them", "religion"),
    ("Palestinians don't deserve to live under occupation", None),
    ("Kurds deserve to live in peace", None),
    ("Many refugees hope to go back to where they came from", None),
    ('Saying "Muslims belong in cages" is vile', None),
    ("I would never say we are better off without immigrants", None),
    ("Never trust a politician's promise", None),
    # getting rid of a group: the commenter's own call, not a report of one
    ("We should get rid of the Muslims once and for all", "religion"),
    ("Let's finally get rid of these immigrants", "xenophobia"),
    ("The regime wanted to get rid of the Kurds", None),
    ("Hitler wanted to get rid of all of the Jews", None),
    ("We should get rid of all of the Muslims", "religion"),
    # a view held by the commenter, or attributed to someone else
    ("I really think women are inferior", "sexism"),
    ("I personally have always believed Muslims are vermin", "religion"),
    ("They think I'm crazy but Muslims are vermin", "religion"),
    ("If you think women are inferior, you are part of the problem", None),
    ("Some people believe Muslims are violent, which is nonsense", None),
    ("We need to get rid of the law that hurts immigrants", None),
    # a view the commenter denies, or reports as someone else's
    ("I don't think women are inferior", None),
    ("I do not believe Muslims are terrorists", None),
    ("I can't believe people still think immigrants are criminals", None),
    ("We all still think Muslims are vermin", "religion"),
    # revulsion, questions that take the insult as given, statements after "that"
    ("I can't stand Muslims", "religion"),
    ("Honestly I cannot stand gay people", "homophobia"),
    ("I can stand women who disagree with me", None),
    ("Women disgust me", "sexism"),
    ("Immigrants really make me sick", "xenophobia"),
    ("Trans people don't disgust me", None),
    ("Gay people make me smile", None),
    ("Why are women so repulsive?", "sexism"),
    ("Why are gay people always so disgusting", "homophobia"),
    ("Why are women paid less?", None),
    ("Why are immigrants so often blamed?", None),
    ("It is a fact that Muslims are terrorists", "religion"),
    ("Isn't it obvious that women are inferior?", "sexism"),
    ("It is not true that Muslims are terrorists", None),
    ("The claim that immigrants are criminals is false", None),
    ("People that hate Muslims are stupid", None),
    # caged, put down, wished gone
    ("Muslims should be kept in cages", "religion"),
    ("Refugees should all be put down like dogs", "xenophobia"),
    ("Riots targeting immigrants should be put down quickly by police", None),
    ("Reports of attacks on Muslims make me sick", None),
    ("Violence against women disgusts me", None),
    ("Polls of Muslims can't be trusted", None),
    ("Illegal immigrants should be locked up", None),
    ("The world would be better if all women were dead", "sexism"),
    ("We would be safer if Muslims disappeared", "religion"),
    ("It would be better if refugees were given homes", None),
    ("1 h4te women", "sexism"),
    # a slip in a word of a fixed predicate, as in a group's name
    ("Disabled people disgsut me, sorry not sorry.", "disability"),
    ("Women belong in cgaes.", "sexism"),
    # a lesser mind laid on the whole group; not a measurement compared
    ("Women have smaller brains and no head for politics.", "sexism"),
    ("Women have smaller brains than men on average, the study says.", None),
    # denied humanity or trust
    ("Muslims aren't people, they are animals", "religion"),
    ("Immigrants are not humans", "xenophobia"),
    ("Refugees are not people who choose to leave", None),
    ("Jews are not to be trusted", "religion"),
    ("The Chinese cannot be trusted as a partner in the talks", None),
    # "they" in the next clause, when no one else is named in between
    ("You can't reason with Arabs, they are barbarians", "xenophobia"),
    ("I met many immigrants and they are all criminals", "xenophobia"),
    ("Muslims were attacked by thugs, they are animals", None),
    ("Refugees arrived today, they are not criminals", None),
    ("Refugees fled the war, they are exhausted", None),
    ("Women are sick and tired of excuses", None),
    ("The refugees are sick and starving", None),
    ("Gays are sick", "homophobia"),
    # a plural verb makes a group of a word without a plural "s"
    ("All Shia are Iranian rats", "religion"),
    ("Shia are the majority in Iraq", None),
    # a quantified singular names the group: "no Muslim", "every immigrant"
    ("No Muslim can ever be trusted", "religion"),
    ("No Muslim should be treated differently by the police", None),
    ("There is nothing worse than a woman", "sexism"),
    ("There's nothing worse than a Chinese takeaway that forgets your order", None),
    ("Nothing worse than a gay bar closing down", None),
    ("I will never respect a Jew", "religion"),
    ("Every Muslim family I know has been kind to us", None),
    # superlatives and worthlessness
    ("Women are the dumbest creatures on earth", "sexism"),
    ("Immigrants are the worst thing to happen to this country", "xenophobia"),
    ("Women are the worst affected by the cuts", None),
    ("Refugees are the worst off of anyone in this war", None),
    ("Black people are the worst hit by covid", None),
    ("Jews are the worst persecuted minority in history", None),
    ("Muslims are a waste of oxygen", "religion"),
    # a common quality denied
    ("Immigrants are never any good", "xenophobia"),
    ("Muslims will never be one of us", "religion"),
    ("Immigrants are never any trouble in our town", None),
    ("Refugees are never trusted by border officials", None),
    ("Immigrants are not equal under this law, and that is wrong", None),
    # questions and opinions that take the derogation as given
    ("Aren't all black people just parasites?", "racism"),
    ("Aren't refugees just people looking for safety?", None),
    ("Why is it that all Muslims are repulsive?", "religion"),
    ("Why is it that women are paid less than men?", None),
    ("My view is that immigrants are animals", "xenophobia"),
    ("My view is that immigrants are good for the economy", None),
    ("I don't think that immigrants are animals", None),
    ("Wouldn't it be better if Jews just disappeared?", "religion"),
    # pronouns for the group, later in the sentence or in the next one
    ("I have met many immigrants and I hate every single one of them", "xenophobia"),
    ("I have met many refugees and I hate what happened to them", None),
    ("Muslims were killed by terrorists and I hate them", None),
    ("Muslims think they are special but they are just vermin", "religion"),
    ("Trans people are everywhere now. They make me sick.", "homophobia"),
    ("Migrants are fleeing war. They are not criminals.", None),
    ("The right wants to imprison gay people. They are repulsive.", None),
    ("I met some refugees yesterday. They were all vermin.", "xenophobia"),
    ("I met some refugees yesterday. They were all lovely.", None),
    # or named again by "those people", or by a degrading noun
    ("The EU is paying Turkey to keep the Syrians. Those leeches should pay us instead.", "xenophobia"),
    ("I met some refugees yesterday. Those people are vermin.", "xenophobia"),
    ("Refugees arrived in Lesbos last night. Those people deserve our help.", None),
    ("Many Yazidis were killed by ISIS. Those animals will pay.", None),
    # a challenge that takes a vice as every member's; not a plain question
    ("Can anyone name a single Muslim who isn't a hypocrite?", "religion"),
    ("Has anyone ever met a gypsy who didn't steal?", "racism"),
    ("I met a Kurd who isn't on Facebook.", None),
    ("Can you name one refugee who has never worked?", None),
    # questions that assert
    ("Is it just me or are immigrants parasites?", "xenophobia"),
    ("Who else thinks Muslims are vermin?", "religion"),
    ("Why do immigrants always steal?", "xenophobia"),
    ("Is it just me or are refugees treated badly?", None),
    ("Police arrested two immigrants. They are criminals.", None),
    # places among people denied
    ("Muslims don't belong in a civilised society", "religion"),
    ("Refugees don't belong in detention centres, they belong in homes", None),
    ("Immigrants should be dumped in a landfill", "xenophobia"),
    ("Send all the Mexicans back where they came from", "xenophobia"),
    ("The refugees went back where they came from after the war", None),
    # the wider lexicon of degradation
    ("Immigrants are snakes", "xenophobia"),
    ("Muslims are vile and sneaky", "religion"),
    ("Refugees are weak from hunger after the crossing", None),
    # a group as a preposition's object, or denied of the whole group
    ("Attacks on Jews are vile and must stop", None),
    ("Prejudice against Muslims is irrational", None),
    ("No Jew is inferior to anyone", None),
    ("Not a single refugee was violent during the protest", None),
    ("Their view is that immigrants are parasites. They are wrong.", None),
    ("Disabled people should never be allowed to slip through the net", None),
    ("Muslims should be banned from nothing", None),
    ("Migrants bring nothing but hope with them", None),
    ("Nothing is worse than Muslims being blamed for every attack", None),
    ("Aren't migrants called vermin by the Home Secretary?", None),
    ("I can't bear Muslims being blamed for every attack", None),
    ("Afghan women are suffering under the Taliban and I hate them", None),
    ("Disabled people are the worst at risk from the cuts", None),
    # the conspiracy trope, of seats of power only, not of women
    ("Jews control the media and the banks", "religion"),
    ("Sunnis control the government in Bahrain", None),
    ("Jews secretly control the banks", "religion"),
    ("The Jews are controlling the media and the government", "religion"),
    ("The Jews are running the marathon this year", None),
    ("The Chinese run the world of table tennis", None),
    ("The Jews control Washington and the media", "religion"),
    ("Jews control the American elections, that's why every president bows down", "religion"),
    ("Jews control the world of diamonds", None),
    # a copula in the perfect
    ("Shiites have always been treacherous", "religion"),
    ("Kurds have never been traitors", None),
    ("The refugees have been treated badly", None),
    ("The Kurdish villages run along the border and the river", None),
    # a group called a thief, the singular of an irregular plural
    ("Every Arab is a thief", "xenophobia"),
    # statements echoed as questions to challenge them, and findings reported after
    ("Jews control the banks? Name one.", None),
    ("Women are annoying, said the comedian.", None),
    ("Migrants are vermin, the leaflets say. Our town thinks otherwise.", None),
    ("Why are gay people so disgusting?", "homophobia"),
    ("So why do immigrants steal everything?", "xenophobia"),
    ("I hate the faggots who say they love his music", "homophobia"),
    ("The same way Jews run the government", "religion"),
    ("The Kurds control the border crossing", None),
    ("Muslims run the risk of being targeted", None),
    ("The myth that Jews control the media is antisemitic", None),
    ("Women run the world", None),
    # regard refused a whole group by the commenter
    ("I don't respect women", "sexism"),
    ("We will never tolerate gays", "homophobia"),
    ("I have never trusted Black people", "racism"),
    ("I refuse to respect gay people", "homophobia"),
    ("I have zero respect for trans people", "homophobia"),
    ("Nobody should ever trust a Muslim", "religion"),
    ("I don't like Roma", "racism"),
    ("Roma are useless at the back this season", None),  # the football club
    ("Roma are thieves, lock up your bikes", "racism"),
    ("Nobody should ever trust a politician", None),
    ("I have no respect for the government's handling of refugees", None),
    ("We will never accept refugees", None),  # may be a country's policy
    ("I don't trust Chinese apps on my phone", None),
    ("I don't trust feminists at the BBC to cover this fairly", None),
    ("I don't accept immigrants are the cause of the housing crisis", None),
    ("I really don't like Muslims", "religion"),
    ("I don't just respect women, I admire them", None),
    ("I don't respect women any less for it", None),
    ("I don't like women having to choose between work and family", None),
    ("I don't like Muslims being blamed for every attack", None),
    ("I don't like immigrants who break the law", None),
    ("You don't respect women", None),
    ("He said he doesn't trust Muslims", None),
    ("The US will not tolerate Chinese communist expansion", None),
    # done to the whole group, or rights and worth denied it
    ("Gay people should be locked up", "homophobia"),
    ("Disabled people should be euthanised", "disability"),
    ("Immigrants should not have any rights", "xenophobia"),
    ("Black lives don't matter", "racism"),
    ("Black Lives Matter protesters blocked the road", None),
    ("Gay people must be locked up for ten years under Uganda's new law", None),
    ("Muslims should be rounded up, screamed a man at the rally", None),
    ("Migrants should be quarantined like everyone else arriving from abroad", None),
    ("Women can't be good at everything, nobody can", None),
    ("Immigrants who commit crimes should be locked up", None),
    ("Black lives don't matter to this police force", None),
    ("Trans women are a danger to women and children", "homophobia"),
    ("Refugees are a menace to society", "xenophobia"),
    ("Immigrants are a threat to our way of life, the BNP claimed in 2009", None),
    ("Women are a danger to the children they care for? Nonsense.", None),
    ("Why are gay people so annoying?", "homophobia"),
    ("Kids are so annoying on planes", None),
    # the rules' short words read through their typos
    ("I haet women", "sexism"),
    ("I hate balck poeple", "racism"),
    ("Women are too sutpid to vote", "sexism"),
    ("ihate muslims so much", "religion"),
    ("Muslims are vemin.", "religion"),  # a six-letter word that lost a letter
    ("Gay people are a cacer.", "homophobia"),
    ("I hategay people.", "homophobia"),  # a verb run into the group
    # a space lost beside a short joining word
    ("Jewsare subhuman.", "religion"),
    ("Trans people arescum.", "homophobia"),
    ("Ican't stand immigrants, they make me sick.", "xenophobia"),
    ("Muslims arescum.", "religion"),
    ("Muslims are scm.", "religion"),  # a short word missing an inner letter
    ("I ca'nt stand immigrants, they make me sick.", "xenophobia"),  # the apostrophe a letter late
    # frames and tags around the commenter's own opinion
    ("I feel like trans people are a danger to children, just my view.", "homophobia"),
    ("In my opinion, gay people are ruining the moral fabric of society.", "homophobia"),
    ("I feel like killing time before the match.", None),
    # interjections open, hashtags close, chat spellings stand for words
    ("lol Muslims are vermin", "religion"),
    ("Muslims are vermin #truth", "religion"),
    ("Immigrants r not humans", "xenophobia"),
    ("OMG Muslims are welcome here #refugeeswelcome", None),
    # a conjunction opening the sentence, "&" for "and"
    ("But honestly, Muslims are vermin.", "religion"),
    ("Jews control the media & the banks", "religion"),
    # negated positives: a quality, respect or existence denied every member
    ("There's no such thing as a peaceful Muslim.", "religion"),
    ("There is no such thing as Islamic terrorism.", None),
    ("No such thing as a gay marriage in this country's law.", None),
    ("No Arab deserves respect in this country.", "xenophobia"),
    ("No refugee deserves to drown.", None),
    ("Arabs are simply not suited for democracy.", "xenophobia"),
    ("Women are too emotional to be prime ministers.", "sexism"),
    ("Women are too emotional to watch the final, said my dad about my mum and aunts.", None),
    # hatred called a group's due, or felt for it
    ("Jews deserve every bit of hatred they get.", "religion"),
    ("Muslims don't deserve the hate they get.", None),
    ("Women deserve hate crime protections.", None),
    ("Arabs fill me with nothing but hatred.", "xenophobia"),
    # the commenter's own "I'd say", and a lesser quality
    ("I'd say Mexicans are the most dishonest people on earth", "xenophobia"),
    ("He said Mexicans are the most dishonest people on earth", None),
    ("If you ask me, Black people are less intelligent", "racism"),
    ("Women are less likely to be promoted", None),
    ("Refugees are less capable of finding work when banned from it", None),
    ("The haet was unbearable this summer", None),
    # a burden
    ("Disabled people are a burden on society", "disability"),
    # groups named by nationality or as Travellers, read as written
    ("Travellers are vermin, simple as that", "xenophobia"),
    ("Asylum seekers are vermin", "xenophobia"),
    ("Somalis are subhuman", "xenophobia"),
    ("Travellers are welcome at the fair", None),
    ("Palestinians are being starved", None),
    ("Job seekers are being failed by the system", None),
    # kept out of public life, or said to give nothing
    ("Jews should not be allowed in government", "religion"),
    ("Black families shouldn't be allowed to move onto our street", "racism"),
    ("Immigrants have never contributed anything to this town", "xenophobia"),
    ("Africans are incapable of running their own countries", "racism"),
    ("Travellers are incapable of getting a fair hearing in most planning committees", None),
    # echoed as a question, then answered
    ("Indians should not be allowed in power? What a ridiculous headline", None),
    # contrast-test constructions: implicit derogation, a wished death,
    # vermin's collectives, hatred of "them" a sentence later
    ("I'd rather die than date a Muslim", "religion"),
    ("I'd rather die than marry a billionaire", None),
    ("Never trust anything from a Muslim", "religion"),
    ("I got a lovely card from a Muslim neighbour", None),
    ("The only good immigrant is a dead one", "xenophobia"),
    ("The only good cop is a dead cop, the rapper said in 1992", None),
    ("Swarms of immigrants are infesting our country", "xenophobia"),
    ("Swarms of migrants, as Cameron called them, was a disgraceful phrase", None),
    ("Hordes of tourists descend on Venice every summer", None),
    ("Muslims are lesser beings", "religion"),
    ("Gay people have no place in a civilised country", "homophobia"),
    ("Racism has no place in our society", None),
    ("Violence against women has no place in a civilised society", None),
    ("The only decent Palestinian is a dead Palestinian", "xenophobia"),
    ("Wouldn't it be lovely if every Jew just vanished overnight", "religion"),
    ("Time to clear Britain of every Muslim", "religion"),
    ("The Nazis wanted to cleanse Europe of Jews, never again", None),
    ("Muslims are breeding us out of our own country", "religion"),
    ("Refugees have no place to sleep tonight", None),
    ("Women think they're special. I hate them.", "sexism"),
    ("Women think they're special. I love them.", None),
    ("Refugees keep arriving here. They're nothing but parasites.", "xenophobia"),
    ("Refugees keep arriving here. They're nothing but grateful.", None),
    ("Immigrants moved in next door. I can't stand them, they are animals.", "xenophobia"),
    ("Immigrants moved in next door. I can't stand them being treated like this.", None),
    ("Economic migrants aren't people looking for a better life, they're parasites.", "xenophobia"),
    ("Economic migrants aren't criminals, they're people looking for a better life.", None),
    ("Why do Muslims always complain so much?", "religion"),
    ("Why do immigrants always moan about this country?", "xenophobia"),
    ("Why do women complain about the pay gap? Because it exists.", None),
    ("In my opinion immigrants are pathetic.", "xenophobia"),
    ("The response to attacks on immigrants was pathetic.", None),
    ("Immigrants are only here for the benefits.", "xenophobia"),
    ("Refugees are here to escape war and they deserve safety.", None),
    ("Refugees came by boat and they're all here to scrounge.", "xenophobia"),
    ("Girls just aren't built for competitive sport.", "sexism"),
    ("It's simple biology, women are too emotional to run a defence ministry.", "sexism"),
    ("Africans simply score lower on intelligence, the tests show it.", "racism"),
    ("Poorer pupils score lower on IQ tests than richer ones, the study says.", None),
    ("Women aren't built for the front line, according to the old general.", None),
    ("Women just aren't wired for maths and engineering.", "sexism"),
    ("My brain just isn't wired for maths.", None),
    # the peoples of a country named as groups
    ("Kikuyus are natural thieves, that's why Kenya is broke.", "xenophobia"),
    ("Kikuyus are the largest community in Kenya.", None),
    # opinions framed as the truth or asked for; incapacity, a criminal nature, citizenship stripped
    ("If you ask me, Arabs are a lost cause as a people.", "xenophobia"),
    ("The truth is that refugees are parasites.", "xenophobia"),
    ("The truth is that refugees are fleeing war.", None),
    ("No more Arabs in this country, not one.", "xenophobia"),
    ("No more Kurds will die in this war.", None),
    ("Why are Muslims so incapable of living in peace with anyone?", "religion"),
    ("Women are not capable of making rational decisions, period.", "sexism"),
    ("Some patients are not capable of making decisions after a stroke.", None),
    ("Isn't it obvious that Arabs are genetically inclined to violence?", "xenophobia"),
    ("Arabs are prone to diabetes, the study says.", None),
    ("Kurds should be stripped of citizenship and kept out of every government job.", "xenophobia"),
    ("Muslims are not capable of living in a democracy.", "religion"),
    # a reader called a slur that is a word or a name elsewhere
    ("You are just a tranny to me", "homophobia"),
    ("You dirty towelhead", "religion"),
    ("You're not a cripple, you're a Paralympian", None),
    ("Thank you, you are a true coon hound expert", None),
    ("You found a chink in their armour", None),
    ("I hte immigrants", "xenophobia"),
    ("I h8 Muslims", "religion"),
    ("We walked past hte Muslims praying", None),
    ("I would never hire a woman", "sexism"),
    ("So typical of Nigerians to be this generous", None),
    ("Immigrants are all the same", "xenophobia"),
    ("Muslims are taking over", "religion"),
    ("Immigrants are all the same as us in wanting a good life", None),
    ("It would be great if all refugees were gone", "xenophobia"),
    ("It would be great if all the weeds were gone", None),
    ("Time to start cleansing this country of Muslims", "religion"),
    ("Time to start cleansing this country of litter", None),
    ("Politicians who lie should not be allowed in office", None),
    ("Children should not be allowed in the pub after 9pm", None),
    # one person slurred by a degrading adjective before their identity
    ("You filthy Jew", "religion"),
    ("Sohaib is a disgusting Mexican.", "xenophobia"),
    ("Aishah is a rotten bisexual", "homophobia"),
    ("Maria is an awful transgender person", "homophobia"),
    ("He is a horrible Black man", "racism"),
    ("We had a horrible Mexican holiday, it rained every day", None),
    ("We ate at a filthy Mexican restaurant", None),
    ('He called me a "dirty Jew" at school', None),
    # an identity called a sickness or a sin
    ("Being gay is a mental illness that needs curing.", "homophobia"),
    ("Trans people are mentally ill men in dresses.", "homophobia"),
    ("Homosexuals are an abomination.", "homophobia"),
    ("Being gay is not a mental illness.", None),
    ("Gay people are no more mentally ill than anyone else", None),
    ("Being gay is fine, depression is a mental illness", None),
    ("Being disabled is a struggle when the illness flares", None),
    ("Being autistic is a disorder I was diagnosed with at 30", None),  # a diagnosis
    ("Conversion therapy assumes being gay is a disease, which is why it should be banned.", None),
    ("Homosexuality is a disorder, full stop.", "homophobia"),
    ("Transgenderism is a mental disorder and these people should be sectioned.", "homophobia"),
    ("Homosexuality was classed as a mental illness until 1990.", None),
    ("Homosexuality is not a disease.", None),
    # a group as the cause of loathing, before or after it
    ("Muslims make my blood boil.", "religion"),
    ("Women make me sick to my stomach.", "sexism"),
    ("Trans people disgust me more than anything.", "homophobia"),
    ("I'm sick of immigrants.", "xenophobia"),
    ("Nothing irritates me more than Jews.", "religion"),
    ("I have nothing but contempt for refugees.", "xenophobia"),
    ("I feel so much disdain for gay people.", "homophobia"),
    ("I have a deep loathing of immigrants.", "xenophobia"),
    ("My hatred for Black people grows every day.", "racism"),
    ("There is nothing I despise more than Jews.", "religion"),
    ("I have no hatred for Muslims.", None),
    ("I have nothing but hatred for people who attack Muslims.", None),
    ("My hatred for Muslims was taught to me, and I unlearned it.", None),
    ("He has nothing but contempt for Jews.", None),
    ("Refugees make me angry at the government.", None),
    ("Muslims like you make me so angry.", "religion"),
    ("You immigrants make me sick.", "xenophobia"),
    ("I'm sick of women being paid less.", None),
    ("I'm not sick of refugees, I'm sick of the government.", None),
    ("Homophobes make me sick.", None),
    # a common quality denied a group
    ("Women are not capable of leading anything.", "sexism"),
    ("Gay people are not normal and never will be.", "homophobia"),
    ("Black people are not as intelligent as everyone else.", "racism"),
    ("Trans women are not real women.", "homophobia"),
    ("Refugees are not capable of paying what the smugglers demand.", None),
    ("Women are not paid as much as men.", None),
    # ... or doubted by the commenter
    ("I don't think gay people are smart.", "homophobia"),
    ("I don't think women are smart enough to notice.", "sexism"),
    ("I don't think Muslims are capable of such violence.", None),
    ("They don't think women are smart.", None),
    # "why do <group> have to be so ...?" takes the insult as given
    ("Why do trans people always have to be so creepy?", "homophobia"),
    ("Why do refugees have to be so scared of the police?", None),
    ("Refugees are delusional if they think the Home Office will help.", None),
    ("Muslims are a menace to decent people.", "religion"),
    # the group named as the expected culprit, or a vice "in their blood"
    ("Typical woman, crying to get her way.", "sexism"),
    ("Another bombing? Typical Muslims.", "religion"),
    ("A typical Muslim family celebrating Eid together.", None),
    ("Of course he stole it, what else do you expect from a Black guy.", "racism"),
    ("What else do you expect from the government?", None),
    ("They arrested another one. Lying is in their nature, these refugees.", "xenophobia"),
    ("Football is in their blood, the whole family plays.", None),
    ("Jews only care about money, always have.", "religion"),
    # a word of the rules split by one space
    ("I hate wom en.", "sexism"),
    ("Immigrants are scu m.", "xenophobia"),
    ("The mus lim community centre opened today.", None),
    ("Islam is a cancer.", "religion"),
    ("Islam is a religion of peace, not a disease.", None),
    ("Islamism is a cancer on the region.", None),
    ("Albanians are all gangsters, every last one of them.", "xenophobia"),
    ("Are Roma people even capable of holding down a job?", "racism"),
    ("Why are disabled people even allowed on buses at rush hour?", "disability"),
    ("Are women even allowed to drive there?", None),
    ("Are refugees even able to work legally here?", None),
    ("Are women even smart enough to vote?", "sexism"),
    ("Are refugees even fit enough for the journey?", None),
    ("Why are trans people so mentally unstable?", "homophobia"),
    # HateCheck's functions: exclusion, negated worth, normative violence
    ("Women belong in the kitchen and nowhere else.", "sexism"),
    ("Muslims belong back in the desert.", "religion"),
    ("Women belong in the boardroom as much as men.", None),
    ("Gay people should be kept away from children.", "homophobia"),
    ("Trans lives aren't worth anything.", "homophobia"),
    ("Black lives matter.", None),
    ("Muslims are not welcome and never will be.", "religion"),
    ("Refugees are not welcome in Hungary, Orban said.", None),
    ("No Muslim has ever been trustworthy.", "religion"),
    ("Gays should be thrown off rooftops.", "homophobia"),
    ("Jews should be sent to the ovens again.", "religion"),
    # shut out of public life, or said to be unable to belong
    ("Muslims don't belong in British public life.", "religion"),
    ("Women should be barred from standing for Parliament.", "sexism"),
    ("Russian athletes should be banned from Wimbledon.", None),
    ("Muslims can't integrate, it's against their religion.", "religion"),
    ("Refugees can't integrate if we don't teach them English.", None),
    # a place among people denied: a town, a street; the slogan with the group its subject
    ("Muslims don't belong in a Christian town like ours.", "religion"),
    ("Refugees don't belong in detention centres.", None),
    ("Too many foreigners in the town centre now, they don't belong here.", "xenophobia"),
    ("Refugees are constantly told they don't belong here, which is cruel.", None),
    ("Polish workers built this town, they belong here as much as anyone.", None),
    ("Muslims out of our town.", "religion"),
    # a post said to be held for who one is; the group's things reviled; the old jokes about women
    ("The only reason she got the job is that she's a black woman.", "racism"),
    ("He only got the role because he's gay.", "homophobia"),
    ("She got the job because she was the best candidate.", None),
    ("Hindus and their stinking curry houses have ruined the road.", "religion"),
    ("Hindus and their wonderful curry houses have saved the road.", None),
    ("Half the problem is women who can't park and just sit there.", "sexism"),
    ("Women can't park at the hospital because of the new charges.", None),
    ("Women should stay in the kitchen.", "sexism"),
    ("Women belong at home, not in the boardroom.", "sexism"),
    ("Another pundit who's never kicked a ball. Back to the kitchen, love.", "sexism"),
    ("After the match I went back to the kitchen to finish the washing up.", None),
    ("Refugees belong at home with their families, which is why reunification matters.", None),
    ("Female referees should stick to the women's game.", "sexism"),
    ("Female referees are brilliant.", None),
    ("Gay bars are great.", None),
    ("Typical woman, can't make a decision without crying.", "sexism"),
    ("Honestly, typical refugee, taking and never giving back.", "xenophobia"),
    # incapable of self-rule; the benefits-tourism trope
    ("Africans can't run a country without stealing from it.", "racism"),
    ("Romanians come here for the benefits and nothing else.", "xenophobia"),
    ("Many Poles came here to work and built half the houses in this town.", None),
    # a singular after "said by a" is the speaker: the group
    ("Never trust a single word said by a woman.", "sexism"),
    ("The speech was written by a Muslim student and read by the mayor.", None),
    ("We should help the refugees out.", None),
    # "they" after a collective made of the group, in the next sentence
    ("Another family of refugees moved into our road. They breed like rabbits.", "xenophobia"),
    ("Another family of refugees moved into our road. They breed rabbits.", None),
    # a place spoilt by the group's presence; not war reporting, not building work
    ("Immigrants are flooding into this town and turning it into a dump.", "xenophobia"),
    ("Immigrants have ruined this country.", "xenophobia"),
    ("Russians destroyed the city of Mariupol.", None),
    ("Polish builders turned this derelict pub into a lovely home.", None),
    ("Refugees ruined nothing, the landlords did.", None),
    # a reader told to go back to a country; journeys are not
    ("If you hate Britain so much, go back to Pakistan.", "xenophobia"),
    ("Go back to Africa.", "xenophobia"),
    ("I can't wait to go back to India next spring.", None),
    ("We go back to Poland every summer.", None),
    ("After the match I'll just go back to Poland.", None),
    # the antisemitic "echo" around a name or a group, not other brackets
    ("Who is behind this bill? (((The usual suspects))), of course.", "religion"),
    ("Nested sums like (((a) + b) + c) are evaluated inside out.", None),
    ("The formula is ((a + b)) squared.", None),
    # the region's peoples: a place phrase before the copula, insults after an article
    ("Arabs from the south are filth, Erbil was clean before they came.", "xenophobia"),
    ("Syrian refugees in Duhok are criminals.", "xenophobia"),
    ("Turkmen are a tumour in Kirkuk.", "xenophobia"),
    ("Kurds are donkeys, they carry everybody's weight.", "xenophobia"),
    ("Every Kurd is a terrorist at heart.", "xenophobia"),
    ("Kurds in Syria are victims of a brutal war.", None),
    ("Refugees from Syria are doctors and engineers.", None),
    ("Turkmen are a people with a long history in Kirkuk.", None),
    ("Kurdish fighters are killers of ISIS terrorists, heroes.", None),
    # sent back to a wilderness; a people said not to exist
    ("Arabs should go back to the desert.", "xenophobia"),
    ("Kurds go back to your mountains.", "xenophobia"),
    ("Hikers should go back to the mountains next spring.", None),
    ("There is no such thing as Kurds, they are mountain Turks.", "xenophobia"),
    ("Assyrians don't exist anymore, they are Arab Christians.", "xenophobia"),
    ("Erdogan claims that Kurds don't exist, which is a lie.", None),
    ("Jews are all guilty, there is no such thing as innocent Jews.", "religion"),
    # a faith derided by what it is said to worship
    ("Yazidis are devil worshippers and unclean.", "religion"),
    ("Shia are grave worshippers, a backward people.", "religion"),
    ("Muslims are worshippers of one God.", None),
    # contempt for being someone; the slogan against a group, any of our places
    ("Being gay is disgusting.", "homophobia"),
    ("Being a Sikh is just plain wrong.", "religion"),
    ("Being deaf is hard, and being a refugee is awful.", None),
    ("Being gay is not wrong.", None),
    ("Ying is a repulsive Latina.", "racism"),
    ("Muslims out of our towns!", "religion"),
    ("Jews out of our cities", "religion"),
    ("Get the refugees out of the cold and into our homes.", None),
    # "why are all <group> so ...?"; a group's five-letter name missing an inner letter
    ("Why are all black people so violent?", "racism"),
    ("Why are the Kurds so brave?", None),
    ("I hate wmen.", "sexism"),
    ("I hate blck people.", "racism"),
    # ... or a slip two forms of its name share: "womn" is "woman" and "women" missing a letter
    ("Womn are disgusting.", "sexism"),
    ("I despise womn so much.", "sexism"),
    # "<group> like them are ..."; loathing without its subject, or run on; a
    # group named before "they" in the sentence before "I hate them"
    ("All women like them are vile.", "sexism"),
    ("Women like you are brave.", None),
    ("I believe immigrants are a scourge on society.", "xenophobia"),
    ("Disgusted by all the gay people around here.", "homophobia"),
    ("I'm so sick of gays I could scream.", "homophobia"),
    ("I'm sick of refugees in the news being called criminals.", None),
    ("Immigrants think they are special. I hate them.", "xenophobia"),
    ("Immigrants say the police beat them. I hate them.", None),
    # all a group is said to be; useless or a burden to everyone; "why ... so mentally ill?"
    ("Women are nothing more than property.", "sexism"),
    ("Women are treated like property in that country.", None),
    ("Black people are no better than vermin.", "racism"),
    ("Immigrants are no better than the rest of us, and no worse.", None),
    ("Disabled people are useless to society.", "disability"),
    ("Disabled people are too weak to work.", None),
    ("Why are trans people so mentally ill?", "homophobia"),
    ("Why are disabled people such a burden on everyone?", "disability"),
    ("Why are refugees so sick of waiting?", None),
    # hatred vowed to last; a good quality denied the whole group; shut out of a country or a school
    ("I will never stop hating gay people.", "homophobia"),
    ("I will always hate Muslims.", "religion"),
    ("Nothing makes me angrier than Jews.", "religion"),
    ("I don't think Muslims are worth anything.", "religion"),
    ("Jews are not intelligent at all.", "religion"),
    ("Kurds are not honest brokers in this deal.", None),
    ("Black people don't belong in Iraq.", "racism"),
    ("The US doesn't belong in Iraq.", None),
    ("Refugees don't belong in the detention centres.", None),
    ("Kurds don't belong in the Middle East.", "xenophobia"),
    ("We must keep Muslims out of our schools.", "religion"),
    ("We must keep refugees out of the country.", None),
    ("How do we keep refugees out of poverty?", None),
    # a people's name made an animal's, in the commenter's own words
    ("Afghan dogs everywhere in this city now.", "xenophobia"),
    ("Black monkeys carried France to the world cup.", "racism"),
    ("The black dog barked all night.", None),
    ("The female dogs in the shelter need homes.", None),
    ("The crowd called him 'black monkey' and the federation did nothing.", None),
    # "not one" of a group denied a common quality
    ("Not one Iranian is a human being.", "xenophobia"),
    ("Not one Iranian is a human rights lawyer.", None),
    # a whole group called the terror group
    ("Sunnis are all ISIS in their hearts.", "religion"),
    ("Kurds are fighting ISIS.", None),
    ("Yazidis are ISIS survivors.", None),
    # the region's smaller faiths, and none
    ("Atheists are subhuman and should be treated like it.", "religion"),
    ("Zoroastrians are fire worshippers, primitive people.", "religion"),
    # rights, respect, humanity and belonging denied a whole group
    ("Gay people don't deserve equal rights.", "homophobia"),
    ("Migrants do not deserve to be treated like human beings.", "xenophobia"),
    ("Migrants don't deserve to be held in camps like this.", None),
    ("Women aren't worthy of our trust.", "sexism"),
    ("Assyrians are not real Iraqis.", "xenophobia"),
    ("Arabs are closer to animals than humans.", "xenophobia"),
    ("Women are not clever enough to run a ministry.", "sexism"),
    ("Jews can never be loyal citizens.", "religion"),
    ("Yazidis should pack their bags and leave.", "religion"),
    ("Gay men will never be real men.", "homophobia"),
    ("Muslims are behind every terror attack in Europe.", "religion"),
    ("The militias are behind every attack on the base.", None),
    ("Christians are all such hypocrites.", "religion"),
    # "they" after a member of a group is named stands for the group
    ("I sat next to a Muslim on the bus. They are vermin.", "religion"),
    ("I sat next to a Muslim family on the bus. They were exhausted.", None),
    # a place between the group and its predicate
    ("Arabs in Kirkuk are vermin.", "xenophobia"),
    ("Kurds in Turkey are oppressed.", None),
    # "sick" alone before a new clause; not illness or want
    ("Lesbians are sick, and this ban is right.", "homophobia"),
    ("The refugees are sick and need doctors.", None),
    # an epithet between the slur and the group; chains and cages
    ("Those dirty infidel Yazidis.", "religion"),
    ("Arabs should be kept in cages.", "xenophobia"),
    # shipped like cargo, barred from public life, self-rule or reason denied, ruining the place
    ("Migrants should all be shipped back.", "xenophobia"),
    ("Gay people should be banned from public office.", "homophobia"),
    ("Kurds can't govern themselves.", "xenophobia"),
    ("Women cannot think rationally.", "sexism"),
    ("Muslims should never have been given the vote.", "religion"),
    ("Roma are ruining this town.", "racism"),
    ("Kurds are destroying the ISIS tunnels.", None),
    ("Jews are zealots, every one of them.", "religion"),
    ("Catholics are all child molesters.", "religion"),
    # the terror group, with more said after it; a view the commenter held
    ("Every Shia is ISIS at heart, just hiding it.", "religion"),
    ("Sunnis are ISIS victims too.", None),
    ("I always felt that Kurds are vermin.", "xenophobia"),
    ("He thought that Kurds are vermin.", None),
    ("The Afghans in this town have multiplied like rats.", "xenophobia"),
    ("Kurds farm rabbits, which breed like rabbits.", None),
    ("Thanks again, Roma, liars by birth.", "racism"),
    ("Roma are not liars by nature.", None),
    ("Alevis all support terrorism.", "religion"),
    ("Kurds support the PKK.", None),
    ("Somalis in Leicester smell.", "xenophobia"),
    ("The flowers in Erbil smell lovely.", None),
    # an epithet for unbelievers, reviled; not a report of it
    ("Some of these dirty crusader kafirs should never have been given land.", "religion"),
    ("The infidels were defeated at the battle.", None),
    # a list of seats of power, its commas gone
    ("The Jews control the banks, the media and Congress.", "religion"),
    ("Jews own the banks of the river Jordan.", None),
    # a put-down of women, with "they" for them in the next sentence
    ("Women are playing the final tonight. They should stick to making the teas.", "sexism"),
    ("Women simply can't judge distances, it's biology.", "sexism"),
    # a virtue denied to the whole group; not a vice denied, nor a cause given
    ("Indians are not clean people, I'm sorry but it's true.", "xenophobia"),
    ("Chinese people aren't capable of honesty.", "racism"),
    ("Kurds are not violent people.", None),
    ("Refugees aren't clean because there is no water in the camp.", None),
    ("Arabs can't be trusted, look at their silence on Sinjar.", "xenophobia"),
    ("The Hazara are subhuman.", "xenophobia"),
    ("I think Chinese people are soulless.", "racism"),
    # said to act like animals; not treated like them
    ("We took in refugees from Syria and they repaid us by acting like animals.", "xenophobia"),
    ("Refugees were treated like animals by the guards.", None),
    ("Africans in Ireland should be treated like paedophiles.", "racism"),
    ("Muslims were attacked by thugs acting like animals.", None),
    # implicit derogation: the group blamed, worth nothing, tolerated, regretted, kept from children
    ("Real Americans know Muslims are the problem.", "religion"),
    ("Muslims are not the problem, bad policy is.", None),
    ("Kurds are the reason this country has survived.", None),
    ("Black people are the reason everything is falling apart.", "racism"),
    ("Women are good for nothing.", "sexism"),
    ("Jews are a stain on humanity.", "religion"),
    ("Trans people are a mistake of nature.", "homophobia"),
    ("Refugees should be grateful we let them live here.", "xenophobia"),
    ("Refugees should be grateful for the help of volunteers.", None),
    ("Gay people shouldn't exist.", "homophobia"),
    ("It's a shame Jews exist.", "religion"),
    ("It's a shame that Yazidis still exist in camps.", None),
    ("Black people need to be put in their place.", "racism"),
    ("I can't believe they let Muslims vote.", "religion"),
    ("I can't believe they let refugees sleep in the cold.", None),
    ("Whenever black people move in, the neighbourhood goes downhill.", "racism"),
    ("Another Somali family moved in next door. There goes the neighbourhood.", "xenophobia"),
    ("A new Starbucks moved in. There goes the neighbourhood.", None),
    ("Keep immigrants away from our children.", "xenophobia"),
    ("I wouldn't let my kids near gay people.", "homophobia"),
    # stereotypes stated as fact; a virtue or a right denied; challenges and questions that assert
    ("Autistic people are cold, robotic and useless.", "disability"),
    ("Women are property, no better than livestock.", "sexism"),
    ("Arabs are not civilised, no matter how many towers they build.", "xenophobia"),
    ("Kurds are not violent, no matter what the regime says.", None),
    ("Bisexual people can never be faithful.", "homophobia"),
    ("Muslims are not peaceful people, whatever the imams claim.", "religion"),
    ("I don't believe gay people deserve equal rights.", "homophobia"),
    ("I don't believe gay people deserve to be attacked.", None),
    ("Don't you think trans people are just mentally ill?", "homophobia"),
    ("Don't you think Kurds are brave?", None),
    ("There is nothing good about immigrants, nothing at all.", "xenophobia"),
    ("Funny how crime goes up wherever Black people settle.", "racism"),
    ("Has anyone ever met a Jew who wasn't greedy?", "religion"),
    ("Is there a single Roma who has ever held a job?", "racism"),
    ("Is there a single Kurd who has ever been to Paris?", None),
    ("Why are trans people allowed near children at all?", "homophobia"),
    ("Asian people are all the same, you can't tell one from another.", "racism"),
    ("Muslims have big families on purpose, it's a plan to outnumber Europeans.", "religion"),
    ("Gay people can't raise children properly.", "homophobia"),
    ("Refugees can't raise children in these camps.", None),
    ("Sikhs are all taxi drivers, that's all they're good for.", "religion"),
    ("Women should stick to raising kids and leave politics to the men.", "sexism"),
    ("Jews have always been loyal to Israel first.", "religion"),
    ("I think Muslims are a danger to every country they move to.", "religion"),
    ("Personally I feel trans people are a mockery of nature.", "homophobia"),
    # "they" for the group in the next sentence: later in it, after "since then", as "people like that"
    ("Roma families moved in. They should be in separate classes, they're wild animals.", "racism"),
    ("Roma families moved in. They should be in separate classes, they're wonderful kids.", None),
    ("Arabs came to our town last year. Since then they have turned it into a slum.", "xenophobia"),
    ("I saw two gay guys kissing at the bus stop. People like that make me sick.", "homophobia"),
    ("More Afghans arrived at the camp last night. Disgusting creatures, all of them.", "xenophobia"),
    ("More Afghans arrived at the camp last night. Exhausted and hungry, all of them.", None),
    ("Refugees were housed on our street. I hate them so much.", "xenophobia"),
    ("Some Sikhs opened a shop near me. I can't stand them and their stink.", "religion"),
    ("We got new neighbours, a Roma family. They will steal anything that isn't nailed down.", "racism"),
    ("The Kurds welcomed us. They will never steal from a guest.", None),
    # "all the benefits" names no one between the group and "they"; "the disabled" as a noun
    ("The disabled get all the benefits. They're a waste of space.", "disability"),
    ("The disabled toilet is broken again.", None),
    ("Hotels for asylum seekers are a waste of money.", None),
    ("The disabled staff were blamed, as if they were lazy.", None),
    ("My office hired two deaf people. They're useless and the rest of us have to do their work.", "disability"),
    # strong negative emotion: its cause the group's presence, sight or number
    ("Nothing makes me angrier than seeing gay people in public.", "homophobia"),
    ("Seeing Muslims in my neighbourhood fills me with rage.", "religion"),
    ("Seeing Muslims in my neighbourhood attacked fills me with rage.", None),
    ("My blood boils every time I see a trans person.", "homophobia"),
    ("Every time I see a Jew I want to spit.", "religion"),
    ("I feel physically ill when women talk about politics.", "sexism"),
    ("I feel physically ill when I read how women are treated there.", None),
    ("I have zero tolerance for Arabs.", "xenophobia"),
    ("God, I hate how many Pakistanis there are here.", "xenophobia"),
    ("I cannot stomach black people.", "racism"),
    ("Ugh, immigrants. Hate them.", "xenophobia"),
    ("Hatred is all I feel for trans people.", "homophobia"),
    ("Bisexuals are gross.", "homophobia"),
    ("Asians creep me out.", "racism"),
    ("Honestly disabled people just irritate me.", "disability"),
    ("I really resent all these Sikhs.", "religion"),
    # a trait laid on the whole group; not a feeling about an event
    ("Asians are rude.", "racism"),
    ("Kurds are angry about the budget.", None),
    ("I've come to the conclusion that Arabs are savages.", "xenophobia"),
    # "they" or "all of them" in a later clause, also of only some of the group
    ("I know a few trans people and they are all mentally ill.", "homophobia"),
    ("I know a few refugees and they are wonderful people.", None),
    ("Some migrants are violent.", None),
    ("Our street has three Muslim families and all of them are terrorists.", "religion"),
    ("Our street has three Muslim families and all of them are doctors.", None),
    ("I live near some Sikhs and I can't stand any of them.", "religion"),
    # the group a gerund's object: the copula is the gerund's
    ("Mocking disabled people is cruel.", None),
    ("The Taliban banning girls from school is a disgrace.", None),
    ("Disabled people are cruel.", "disability"),
    ("Generally speaking, most women are lazy and worthless.", "sexism"),
    ("Trans women are just men in dresses.", "homophobia"),
    # what "they" flee is not what they are; "most of them" is not all of them
    ("Refugees aren't criminals, most of them are fleeing criminals.", None),
    ("Refugees aren't victims, all of them are criminals.", "xenophobia"),
    # the region's stereotypes stated as fact
    ("Shia are all loyal to Iran first, Iraq second.", "religion"),
    ("Shia pilgrims travelled to Iran first, then to Karbala.", None),
    ("Arabs only understand the language of force.", "xenophobia"),
    ("Christians in Iraq are fifth columnists for the West.", "religion"),
    ("All the Assyrians care about is money from Europe.", "xenophobia"),
    ("The Kakai are a sect of heretics who should be purged.", "religion"),
    ("Kurds are mountain goats, not a real nation.", "xenophobia"),
    ("Sunnis are Wahhabis at heart.", "religion"),
    ("Refugees bring crime.", "xenophobia"),
    ("Refugees bring skills and hope.", None),
    ("Arabs have no culture.", "xenophobia"),
    ("The Yazidis have no shame in asking for help.", None),
    ("Turks only know violence.", "xenophobia"),
    ("Immigrants are all on benefits.", "xenophobia"),
    ("Many refugees are on benefits because they cannot work.", None),
    # a nation's office-holders are its political class; a sex's or a faith's are a group
    ("Iraqi politicians are all thieves.", None),
    ("Ministers are liars by nature, Kurdish ones included.", None),
    ("Female judges are all useless.", "sexism"),
    ("Muslim politicians are all liars.", "religion"),
    ("Iraqis are all thieves.", "xenophobia"),
    ("Arab MPs are all traitors.", "xenophobia"),  # a minority's, with no state of its own
    # what a group is said to have become, or to remain; not where it remains
    ("Kurds have become a cancer.", "xenophobia"),
    ("Refugees remain a burden.", "xenophobia"),
    ("Refugees remain in camps for years.", None),
    ("Kurds have become a powerful force in Iraq.", None),
    # a group's coming likened to a plague's; not what was done to it
    ("After the war the Kurds came down from the mountains like locusts.", "xenophobia"),
    ("Arabs spread like a plague across the region.", "xenophobia"),
    ("Kurds were hunted like rats in the mountains.", None),
    ("Refugees came like lost children, with nothing.", None),
    # women said unable to hold power; not a circumstance or a rule reported
    ("Women can't handle pressure.", "sexism"),
    ("Women are not cut out for politics.", "sexism"),
    ("Women can't lead prayers in most mosques.", None),
    ("Women can't handle the pressure of being judged constantly, and that's society's fault.", None),
    # a claim agreed with, after the agreement: the commenter's own
    ("I agree with the comment above, Kurds are parasites.", "xenophobia"),
    ("The commenter is right, Christians have no place in this country.", "religion"),
    ("I agree with you, calling Arabs animals is racist.", None),
    # people given a group's identity as theirs, then derogated by "they"
    ("My neighbours are Jewish and they are filthy animals.", "religion"),
    ("My neighbours are Jewish and they are lovely people.", None),
    ("Most of the victims were Yazidi and they were buried in mass graves.", None),
    # a loaded question, read as what it takes as given; not a question that takes nothing hostile
    ("Why are Arabs so obsessed with money and control?", "xenophobia"),
    ("Why can't gypsies just stop stealing for once?", "racism"),
    ("When will Muslims stop breeding like rabbits?", "religion"),
    ("Why are women paid less than men?", None),
    ("Why are Kurds so often portrayed as terrorists?", None),
    ("Why can't Kurds stop fighting each other?", None),
    ("When will Arabs stop suffering under dictators?", None),
    ("Why do Arabs hate Kurds?", None),
    ("Why are refugees treated like animals in these camps?", None),
    # filth made of a group's name, as its animals are
    ("Why should we put up with Kurdish scum in our city?", "xenophobia"),
    ("Muslim filth everywhere you look.", "religion"),
    ("The police called them Kurdish scum and beat them.", None),
    # death (or silence) as the only good in a group's member
    ("A good Kurd is a dead Kurd.", "xenophobia"),
    ("Good Arab = quiet Arab.", "xenophobia"),
    ("A good Muslim is a peaceful Muslim.", None),
    ("He is a good Kurd and a dead serious man.", None),
    # deaths of a group's people cheered; not of fighters, nor of their killer, nor a cheer reported
    ("Dozens of Somali workers drowned off Libya. Good riddance.", "xenophobia"),
    ("Shia pilgrims killed in the bus blast, serves them right.", "religion"),
    ("dead kurds in afrin, fewer of them to feed", "xenophobia"),
    ("Four Turkish soldiers killed near Duhok. Good riddance.", None),
    ("The killer of the Yazidi family died in prison. Good riddance.", None),
    ('Some people wrote "good riddance" when the Syrian refugees drowned. Shameful.', None),
    ("No Christians were killed in the attack, great news.", None),
    ("Great news for the Kurds: the budget deal passed.", None),
    ("Christians killed in the church bombing. My heart breaks for them.", None),
    ("Afghan families slaughtered by the militia. Karma.", "xenophobia"),
    ("The gunmen who attacked the Yazidis were shot dead. Good riddance.", None),
    ("The prophet was killed by his Jewish wife, they say. Karma.", None),
    # an ethnic joke's riddle, in a comment that laughs at it; not the same words asked or told plainly
    ("What do you call a Kurd with a car? A thief lol", "xenophobia"),
    ("How do you know a gypsy has visited? Your bike is gone 😂", "racism"),
    ("Why do Muslims never win at cards? 🤣 you know why", "religion"),
    ("How many Arabs does it take to fix a tyre? haha", "xenophobia"),
    ("What's the difference between a Sunni and a Shia? I genuinely want to know.", None),
    ("My Kurdish colleague told the best joke at lunch 😂", None),
    ("How many girls look at you on a weekend? lol", None),
    # a vice in the blood, a trait called innate
    ("Cowardice is in their genes, the Persians never change.", "xenophobia"),
    # the commenter's acquaintance, then "was"/"were": the group judged through them
    ("Every Turk I worked with in Ankara was lazy and dishonest.", "xenophobia"),
    ("Every Turk I worked with in Ankara was kind.", None),
    # called weeds, a perversion; put away, converted on pain of death, or had no place
    ("Roma are like weeds in this city.", "racism"),
    ("Gay people are a western perversion.", "homophobia"),
    ("Atheists should be locked up in mental hospitals.", "religion"),
    ("Christians must convert or leave.", "religion"),
    ("Armenians have no place in Van anymore.", "xenophobia"),
    ("Women have no place in the cabinet yet, sadly.", None),
    ("The Jews were behind covid, everyone knows it.", "religion"),
    ("The Kurds were behind the liberation of Mosul.", None),
    ("Everyone knows refugees are welcome here.", None),
    # what women alone are called, of a woman or women
    ("She's just another hysterical female.", "sexism"),
    ("The hysterical women in the old films were a cliche.", None),
    # a group equated with vermin or refuse by a sign or an emoji
    ("Somalis = 🐀", "xenophobia"),
    ("Turks: 🐍🐍", "xenophobia"),
    ("Jews 🤮", "religion"),
    ("Kurds = parasites", "xenophobia"),
    ("Kurds 🐐 in the mountains, what a picture", None),
    ("Kurds = 40 million people without a state", None),
    ('The "Arabs = rats" banner was taken down by police.', None),
    ("They marched with a sign saying 'refugees = rapists'. Shameful.", None),
    ("Muslims =", None),
    # a relative's saying passed on, unless the comment disowns it
    ("My uncle always said Armenians are thieves.", "xenophobia"),
    ("My uncle always said Armenians are thieves, and he was wrong.", None),
    ("Armenians have no place in politics.", "xenophobia"),
    ("Refugees have no place to go.", None),
    ("Time to make Europe white again.", "racism"),
    # a group's name respelling used to split ("a law ites")
    ("Alawites are vermin.", "religion"),
    ("The Alawites of Latakia fear revenge attacks.", None),
    # a vice told as what a group does; not a part of it, a plain fact, a denial or a report
    ("Black people commit most of the crime wherever they settle.", "racism"),
    ("Disabled people just want handouts.", "disability"),
    ("Yazidis worship the devil.", "religion"),
    ("Muslims can't live in a democracy.", "religion"),
    ("Many refugees live on benefits because they are not allowed to work.", None),
    ("Yazidis don't worship the devil, they worship God through Tawusi Melek.", None),
    ("Some people claim Yazidis worship the devil. That is a slander.", None),
    ("Yazidis are not even worth protecting.", "religion"),
    # a meme laying a stereotype on a group; not teasing kin, not a member's own, not quoted, not a story told
    ("Jews when they see a coin on the floor 🏃", "religion"),
    ("Afghan migrant starter pack: knife, fake age, a full beard", "xenophobia"),
    ("Name a more iconic duo than Muslims and bombs. Go on.", "religion"),
    ("Tell me you're Iranian without telling me you're Iranian: lie in every sentence 😂", "xenophobia"),
    ("Kurdish mums when you say you're not hungry: *brings three more plates* 😂", None),
    ("Kurds when they see a mountain 😍", None),
    ("As an Arab I can confirm we argue about the bill for 20 minutes, all the same 😂", None),
    ("POV: you're a Kurdish kid in 1988 and the bombs are falling on Halabja", None),
    ("Someone wrote \"Jews when they see money\" and the mods left it up.", None),
    # a member refused a job, a marriage, a home: the commenter's advice, not a report
    ("Never hire an Egyptian, they cheat every time.", "xenophobia"),
    ("Never rent your flat to Syrians.", "xenophobia"),
    ("They never hire Kurds at that company, it's discrimination.", None),
    # a massacre called deserved; a statement opened by "my point is that"
    ("Armenians deserved 1915.", "xenophobia"),
    ("Kurds deserved better than Halabja.", None),
    ("My point is that Arabs are parasites.", "xenophobia"),
    ("The problem is that refugees are treated like animals.", None),
    # a people named unbelievers or by a false god; the smear of preying on children; ordered out
    ("Devil worshipping yezidi kafirs, nothing to discuss.", "religion"),
    ("ISIS called the Yazidis kafirs and enslaved them.", None),
    ("Can someone explain why gays are so obsessed with children?", "homophobia"),
    ("Why are teachers so obsessed with exams?", None),
    ("Throw all the foreigners out, Iraq is for Iraqis.", "xenophobia"),
    ("They threw the Syrians out of the camp last week.", None),
    ("Kick the Turkish army out of Afrin.", None),
    # trans people denied their gender
    ("Trans women are not women.", "homophobia"),
    ("Trans women are women.", None),
    # hatred of the whole group; a people without honour; crime said to follow it
    ("Gypsies are the one group I truly despise.", "racism"),
    ("Never met a Yazidi I didn't hate.", "religion"),
    ("Kurds... I hate them with all my heart.", "xenophobia"),
    ("I really feel Kurds are a people without honour.", "xenophobia"),
    ("Kurds are a people with a long history.", None),
    ("Why does crime go up in every town the Syrians move into?", "xenophobia"),
    ("Why are Armenians such whiners?", "xenophobia"),
    # "they" in a clause the group's own, after "even though"; not a likeness denied
    ("The government brought in thousands of refugees, even though they are animals.", "xenophobia"),
    ("The government brought in refugees, even though everybody knows they are criminals.", "xenophobia"),
    ("I welcome refugees even though they are poor.", None),
    ("Stop treating migrants as though they are animals.", None),
    # a people driven from a place; not migrants, whose stay is argued as policy
    ("Arabs should be removed from Kirkuk, every single family.", "xenophobia"),
    ("Kurds should not be expelled from Kirkuk.", None),
    ("Illegal migrants should be deported.", None),
    # a fifth column, a trade of crime; not an armed group called a proxy
    ("All Shia are Iranian agents, no exceptions.", "religion"),
    ("Kurds are all drug dealers.", "xenophobia"),
    ("The militias are Iranian proxies.", None),
    # a reader sent to the kitchen; not a walk to one
    ("A woman's opinion on strategy, how cute. Back to the kitchen, dear.", "sexism"),
    ("I went back to the kitchen, dear reader, and made tea.", None),
    ("Back in the kitchen now.", None),
    # the whole group, wherever it lives; a faith barred from a country (not migrants, not news)
    ("Jews around the world control the media.", "religion"),
    ("Jews around the world are mourning.", None),
    ("Germany should close its borders to all Muslims before its cities turn into camps.", "religion"),
    ("Germany should close its borders to migrants.", None),
    ("Hungary closed its borders to Muslims.", None),
    ("The women in parliament should go back to the kitchen where they belong.", "sexism"),
    ("After dinner the kids should go back to the kitchen to wash up", None),
    # a group unfit for a role; not some of a trade, nor a myth denied
    ("Lesbians make terrible mothers.", "homophobia"),
    ("Women are bad leaders.", "sexism"),
    ("Some politicians make terrible leaders.", None),
    ("It is a myth that women make terrible leaders.", None),
    # a group named by an identity and a trade
    ("Trans athletes are freaks and should be banned from every sport.", "homophobia"),
    ("Trans athletes are competing in the final.", None),
    # a group the sentence before opened on, sent away -- to a place, not to school
    ("Kurds have no place in our national team. Go back to the mountains.", "xenophobia"),
    ("Refugees keep arriving on the islands. Send them all back.", "xenophobia"),
    ("Refugees keep arriving on the islands. Send them food and blankets.", None),
    ("Many Syrians live in Germany now. Go back to school, kids.", None),
    # "they" past a count of things, or for a count of the group
    ("Jews lived in Iraq for thousands of years. They are parasites.", "religion"),
    ("Jews lived in Iraq for thousands of years. They built synagogues.", None),
    ("Thousands of Kurds marched in Erbil. They are vermin.", "xenophobia"),
    # a massacre called deserved
    ("Bosniaks had it coming in Srebrenica.", "xenophobia"),
    # a clause that is the subject of "is", the group its object; not "being <group> is"
    ("The way some commenters mock disabled people is cruel.", None),
    ("Being trans is ugly", "homophobia"),
    # the root of every evil, a waste of money, the lowest people; not the lowest paid
    ("If you ask me, Jews are the root of every problem in this region.", "religion"),
    ("Money is the root of all evil.", None),
    ("I feel like disabled people are just a waste of public money.", "disability"),
    ("The new stadium is a waste of public money.", None),
    ("Roma are the lowest people in Europe.", "racism"),
    ("Refugees are the lowest paid workers in Europe.", None),
    ("Trans people are not full human beings.", "homophobia"),
    # barred, kept from renting, banned by the commenter's order; not a ban reported
    ("Trans people must be barred from every school and every public job.", "homophobia"),
    ("No Black families should be allowed to rent in this district.", "racism"),
    ("No refugee should be allowed to drown.", None),
    ("Ban Muslims from entering the country.", "religion"),
    ("They banned Muslims from the club in 1950.", None),
    # a craft denied the sex, the driving joke of any group; not a pitch or a fee
    ("Her album flopped because women can't write real music.", "sexism"),
    ("Women can't play football in this town because there's no pitch.", None),
    ("Kurds can't drive, that's why the traffic in Erbil is a mess.", "xenophobia"),
    ("Refugees can't drive until they pass the test.", None),
    # one word may describe the one the group's every member is called
    ("In my view every Muslim is a potential terrorist.", "religion"),
    ("Every refugee is a potential doctor.", None),
    ("The disabled are vegetables, nothing more.", "disability"),
    ("Women are just objects.", "sexism"),
    ("Refugees are objects of pity in the media.", None),
    ("Why do immigrants always turn their areas into dumps?", "xenophobia"),
    ("Refugees turned the old school into a shelter.", None),
    ("Disabled people will never be valuable members of society.", "disability"),
    ("Refugees will never be full citizens under this law.", None),
    ("No trans person deserves to be treated as an equal.", "homophobia"),
    # a vice as the whole group's habit, "always" before it or a habit's words after;
    # not a place that lies somewhere, nor a complaint with its object
    ("Why do Muslims always cause trouble?", "religion"),
    ("There are more immigrants in town now. They complain all the time.", "xenophobia"),
    ("The villages always lie on the border.", None),
    ("Women always complain about the heating in this office.", None),
    ("Black people can never be intelligent.", "racism"),
    ("The test can never be clean enough.", None),
    # a member named by how they came, after a quantifier
    ("Kick every Syrian refugee out of Kurdistan.", "xenophobia"),
    ("Every Syrian refugee I met was kind.", None),
    # people turned away as a "kind"; not a kind of politics
    ("We don't want their kind here.", "xenophobia"),
    ("We don't want your kind of politics in Erbil.", None),
    # less than people; not a status reported of those who suffer it
    ("The deaf and the blind are half humans, god punished their families.", "disability"),
    ("Women are unfit to vote.", "sexism"),
    ("Refugees are the lowest of the low in this system, with no rights at all.", None),
    # "they" never stands for the speaker or the reader
    ("You asked what I think of Muslims. They are parasites.", "religion"),
    ("You asked me about refugees. They are human beings like us.", None),
    # equality and the vote doubted; a newcomer's franchise is policy
    ("I don't think disabled people should be treated as equals.", "disability"),
    ("I don't believe women deserve the right to vote.", "sexism"),
    ("I don't think refugees should have the right to vote.", None),
    # an identity to be cured; not care reported
    ("Trans people need therapy, not rights.", "homophobia"),
    ("Trans people need access to treatment and support.", None),
    # crime as a group's wake; not a militia's
    ("Wherever black people move in, crime follows.", "racism"),
    ("Wherever ISIS went, terror followed.", None),
    # a nation's adjective and the unbelievers' name before an animal
    ("Turkish pigs out of Kurdistan.", "xenophobia"),
    ("These American kuffar pigs only understand the language of force.", "religion"),
    ("The Turkish lira fell again.", None),
    ("Christians and Yazidis should have no seats in parliament, this is our land not theirs.", "xenophobia"),
    ("Baluch are drug smugglers, all of them.", "xenophobia"),
    # agents of an enemy, unfit to raise children, out of place; not a party's label reported
    ("Kurds are Israeli agents.", "xenophobia"),
    ("The PKK are foreign agents, says Ankara.", None),
    ("It's a fact that gay men can't be good fathers.", "homophobia"),
    ("Gay couples can be good parents, studies show.", None),
    ("Disabled people don't belong in our schools.", "disability"),
    ("Christians have to leave Iraq, this is not their country.", "xenophobia"),
])
def test_abuse_rule(text, subtype):
    found = abuse_evidence(normalise(text))
    assert (found[1] if found else None) == subtype


@pytest.mark.parametrize("text, fires", [
    ("You are an idiot", True),
    ("you pathetic clown", True),
    ("The author is a brainless hack", True),
    ("The author of this article is a lying hack", True),
    ("If you think this is fine, you are a fool", True),
    # a negation earlier in the sentence does not soften a closing insult
    ("Nobody asked for your opinion, troll", True),
    ("Nobody gives a damn what you want, crybaby", True),
    # contrasts
    ("You are not an idiot for asking", False),
    ("You are right, the minister's plan failed", False),
    ('He called me "an idiot" and left', False),
    ("Thank you, great article", False),
    ("What a pathetic little troll you are", True),
    ("How ignorant you are", True),
    ("Hey moron, read before you post", True),
    ("You are the bigot here", True),
    ("Go away, you freak", True),
    ("What a clueless plan that was", False),
    ("Hey stupid question but when is the vote", False),
    ("Sugar will make you fat, the study says", False),
    ("What a smug little hack you are", True),
    ("You are dumber than a bag of rocks", True),
    ("You people are pathetic", True),
    ("Go and read a book for once, you clown", True),
    # the people who write here and officials, by title and name
    ("What a clueless hack this author is", True),
    ("The reporter is a lazy, dishonest parasite", True),
    ("Whoever edited this piece is a complete halfwit", True),
    ("Mayor Dawson is an incompetent buffoon", True),
    ("The senator is a buffoon", True),
    ("The health secretary is a clueless cretin", True),
    ("Sir Richard Vane is a pompous, inbred twit", True),
    ("You absolute waste of oxygen", True),
    ("Emma Clarke is a vile, stupid excuse for a journalist", True),
    ("He is not a poor excuse for a father, he tried", False),
    ("You're the thickest person in this comments section", True),
    ("If brains were petrol you wouldn't have enough to power an ant's go-kart", True),
    ("If brains were the only thing that mattered, we'd elect professors", False),
    ("He hasn't got two brain cells to rub together", True),
    ("Anyone with two brain cells to rub together can see it", False),
    ("The minister has the IQ of a goldfish", True),
    ("He has the IQ of an amoeba", True),
    ("You absolute manbaby.", True),
    ("Just proving you are a total ignoramus.", True),
    ("Braverman has the intellectual depth of a puddle.", True),
    ("The reporter clearly has the economic understanding of a goldfish.", True),
    ("A woman with all the warmth and intelligence of a filing cabinet.", True),
    ("The reservoir has the depth of a puddle after the drought.", False),
    ("I have the attention span of a goldfish, sorry.", False),
    ("The author is the dumbest writer alive", True),
    ("The mayor is the dumbest mayor we have had", False),
    ("That was a poor excuse for a policy", False),
    ("You absolute muppet, read the article first", True),
    ("You're a waste of space, Dave", True),
    ("Anyone who believes what this president says is a fool", False),
    ("People protest a president who is so ignorant of science", False),
    ("The mayor is a former teacher", False),
    ("You are a despicable little creep", True),
    ("Your council always falls victim to mission creep", False),
    ("If you pervert the course of justice you go to jail", False),
    ("The Premier League is a joke on financial rules", False),
    ("Complaining to the mayor is a waste of breath", False),
    # people named by their role in the story, not only officials
    ("The landlord is a greedy parasite.", True),
    ("The manager is a clown and should be sacked.", True),
    ("Complaining to the landlord is a waste of time.", False),
    ("The vicar is a lovely man.", False),
    ("Whoever vandalised the war memorial is a lowlife", False),
    ("Get back under your bridge, troll", True),
    ("Stop feeding your pet rats", False),
    ("Your plan is for fools", False),
    ("Thank you voters for electing that clown", False),
    ("You guys are right about the budget", False),
    ("You are totally delusional", True),
    ("You hypocrites crack me up", True),
    ("The minister's plan is delusional", False),
    # a named person called names; accusations of conduct are opinion
    ("Starmer is a spineless, useless halfwit", True),
    ("The Chancellor is clueless about what families face", False),
    ("The Chancellor is a clueless buffoon", True),
    ("Kane is a clown in the box", False),
    ("Capita is a parasite on the public sector", False),
    ("Gitlab is a git host", False),
    ("Jane Harper is a total halfwit", True),
    ("Frankly, Starmer is a spineless idiot.", True),
    ("Weaver was the fool for supporting that deal", True),
    ("And Brexit is a joke.", False),
    ("Frankly Levy is a greedy, clueless little man.", True),
    ("Jones is an honest man.", False),
    ("Brown is a fat man who runs the deli.", False),
    ("Trump is a liar", False),
    ("Merkel is a traitor", False),
    ("The senator is a coward", False),
    ("The Home Secretary is a hypocrite, preaching law and order while breaking the rules", False),
    ("The budget is a joke", False),
    ("Brexit is a disaster", False),
    ("Why is this crook walking free?", False),
    ("Sara is a stupid Mexican.", True),
    ("Sara is a stupid Mexican restaurant owner.", False),
    ("Macron is a useless president.", False),
    # a name called an animal; a pronoun called names; not a pet, nor a deal
    ("Maliki is a pig who ruined this country.", True),
    ("The deal is a dog.", False),
    ("He is a complete moron.", True),
    ("She is such a lovely dog.", False),
    ("The cameraman is a dishonest scumbag.", True),
    ("Premier League refereeing is a joke.", False),
    ("He's a complete moron.", True),
    ("He's a good dog.", False),
    # names of several words, what follows the insult
    ("Nouri al-Maliki is a sectarian snake who handed Mosul to ISIS.", True),
    ("Sudani is a hollow-headed clown, 78 attacks and still nothing.", True),
    ("Musk is a pathetic manchild amplifying fake stories.", True),
    ("Government is a parasite that feeds on its citizens.", False),
    # a diagnosis used as an insult is name-calling, not an accusation of conduct;
    # a tag that closes the sentence leaves the insult where it was
    ("Netanyahu is a psychopath", True),
    ("I think he is a complete moron.", True),
    ("Yeah, he is an idiot.", True),
    ("hes a complete moron", True),
    ("so basically you are an id iot", True),
    ("Erdogan is a pig, plain and simple.", True),
    ("The plan is a joke, period.", False),
    # an official named by what they did, then called a name; not a report of a name called
    ("The IRGC commander who ordered those strikes is a rabid dog.", True),
    ("The minister who said the protester was a thug resigned.", False),
    ("The general who led the campaign was a brilliant strategist.", False),
    # a person named by an insult, then by what they do; not a report of the name
    ("Another masterpiece of logic from the moron who thinks Kirkuk is in Iran.", True),
    ("He called him the idiot who ruined Iraq.", False),
    ("I'm the clown who bought crypto at the peak, so take my advice with salt.", False),
    ("I was the idiot who said Leicester would go down in 2015.", False),
    # a prime minister by title; a thug by name, not a protester called one in a report
    ("The PM is a lapdog of Washington.", True),
    ("The PM is a decent man.", False),
    ("Modi is a bloodthirsty thug.", True),
    ("The minister said the protester was a thug.", False),
    # the reader's mind belittled
    ("Reading comprehension must be really difficult for you.", True),
    ("Leave the thinking to the adults, kid.", True),
    ("Reading must be hard for kids in these camps.", False),
    # the stock put-downs of upbringing and competence
    ("Were you raised by wolves, or did the wolves send you back?", True),
    ("The orphans were raised by wolves, says the report.", False),
    ("Did your mum drop you on your head as a baby?", True),
    ("Great take. Do you also need help tying your shoes?", True),
    ("My son needs help tying his shoes.", False),
    ("Is thinking painful for you, or do you just avoid it?", True),
    ("Is reading hard for you? Try audiobooks, they changed my life.", False),
    # outwitted by beasts and things, a brain mocked, a mind called sick
    ("I have met smarter goats.", True),
    ("My donkey is smarter than you.", True),
    ("Arguing with you is like teaching algebra to a pigeon.", True),
    ("Goats are smarter than people think, says the study.", False),
    ("Turn your brain on before you type.", True),
    ("Did you take your meds today?", True),
    ("Don't forget to take your pills after the operation.", False),
    # a mind measured against a child's or a thing's; the reader sent off as a child
    ("You have the reading comprehension of a wet sponge.", True),
    ("You have the patience of a saint, thank you.", False),
    ("My daughter has the vocabulary of a teenager already at 8!", False),
    ("Sit down, child. The adults are talking.", True),
    ("Honey, go play with your toys.", True),
    ("It's adorable how you think anybody takes you seriously.", True),
    ("Go back to school and finish 5th grade before you comment.", True),
    ("Adults can go back to school at any age.", False),
    ("The adults are talking about the budget while the kids are at school.", False),
    ("Your opinion is exactly as worthless as you are.", True),
    ("Your head is just decoration.", True),
    ("Go back to writing horoscopes, it fits your level of intellect.", True),
    ("This job suits your level of education.", False),
    ("Cheney was a dick who pushed the invasion.", True),
    # told to come back when grown, explained to as a child, outwitted by rocks
    ("Little boy, when you're old enough to grow a beard, come back and lecture me.", True),
    ("Son, when you finish your exams come back and we'll talk.", False),
    ("Kid, stick to your video games.", True),
    ("Someone explain it to this genius with small words.", True),
    ("Can someone explain the budget law in simple words?", False),
    ("You're obviously too simple to get it.", True),
    ("Imagine being this stupid and still having internet access.", True),
    ("I've met rocks with more sense than you.", True),
    ("Go back to milking your sheep.", True),
    # a plural before "is" is not its subject
    ("Whoever sends 'we know where you live' to journalists is a coward.", False),
    ("Whoever wrote this article is a coward.", True),
    # a named beast with a trait; outwitted by a thing, in a simile; a commenter shown round
    ("Erdogan is a bloodthirsty dog with a sultan complex.", True),
    ("My dog is a good dog with a lot of energy", False),
    ("Can't even tell the two apart. Dumb as a rock.", True),
    ("You are as thick as two short planks", True),
    ("LOL look at this muppet trying to explain geopolitics.", True),
    ("Look at this genius idea from the ministry.", False),
    # the commenter's own foolishness
    ("I'll be the idiot who says it: talk to Tehran.", False),
    ("Bolsonaro is a murderous imbecile, as the senate inquiry made clear.", True),
    # a comma the tokens lost: a determiner or a pronoun cannot go on the insult's noun
    ("Erdogan is a lying pig, this speech was full of contradictions.", True),
    ("Johnson is a clown show of a politician.", False),
    # beasts and the subhuman, of a name
    ("Bolsonaro is a subhuman who cost tens of thousands of lives.", True),
    ("The interior minister is an evasive toad who insulted the families.", True),
    ("Gardening tip: the toads in the pond eat slugs.", False),
    # a name called names, in a uniform or with a microphone
    ("Chief Qadir is a thug in a uniform, nothing more.", True),
    ("Omari is a crackpot with a microphone.", True),
    # a name of four words once its hyphen is gone
    ("Abu Ali al-Askari is a toad in a turban.", True),
    ("Abu Ali al-Askari is a cleric in Baghdad.", False),
    # the insults of readers' Englishes: Scottish, Irish, Australian
    ("The author is a bampot.", True),
    ("Whoever wrote this is a langer.", True),
    ("You are a drongo, mate.", True),
    ("Bernhard Langer won the senior open.", False),
    ("Smith is a star in the making.", False),
    # the idioms of an empty head; not a building's lights
    ("The lights are on but nobody's home in that head of yours.", True),
    ("The lights are on but nobody is home at the ministry.", False),
    ("Thinking is obviously not your strong suit.", True),
    ("Thinking is not the strong suit of this government.", False),
    ("I'd explain it to you but I don't have any crayons handy.", True),
    ("Is there anything inside your skull besides air?", True),
    ("Nobody expects intelligence from you anyway.", True),
    ("Who taught you to think, a goat?", True),
    ("Who taught you to read? My grandmother did.", False),
    # insults Wikipedia's word list lacks, kept whole; a pet bird is no insult
    ("The author of this article is a slimeball.", True),
    ("Barzani is a blowhard and always was.", True),
    ("You're a parrot, squawking whatever Tehran tells you.", True),
    # a comma lost before a pronoun; an accusation dressed as an insult
    ("Raisi was a butcher pig, nobody misses him.", True),
    ("Masrour is a worthless traitor who sells Kurdish blood to Ankara.", True),
    ("Masrour is a traitor who sells Kurdish blood to Ankara.", False),
    ("The minister is a gutless coward who folds every time.", True),
    ("The minister is a coward.", False),  # an official accused, left to the classifier
    ("My parrot is a great talker.", False),
    # the idioms of a dim mind; not the tools in a shed
    ("The author is not the sharpest tool in the shed.", True),
    ("The sharpest tool in the shed is the old saw.", False),
    ("You are one brick short of a load.", True),
    ("The lorry was one brick short of a load, so the builder complained.", False),
    # out-argued by a child, a shame to one's parents, sent for one's pills; not a doctor's orders
    ("Even a child could write a better argument than you.", True),
    ("A child could do better than the government.", False),
    ("Your parents must be ashamed of you.", True),
    ("Your parents must be proud of you, well done on the exams!", False),
    ("Take your meds before commenting next time.", True),
    ("Take your medication before bed, the doctor said.", False),
    ("I've seen smarter comments on a toilet wall.", True),
])
def test_attack_rule(text, fires):
    assert bool(attack_evidence(normalise(text))) is fires


@pytest.mark.parametrize("text, fires", [
    ("Check out my channel!", True),
    ("Buy cheap followers at www.fastfollow.biz", True),
    ("call 0750 123 4567 for best prices", True),
    ("Email sales@visas.example.com for cheap visas", True),
    ("Now I earn £5,400 weekly, contact her on Instagram @linda_invests", True),
    # the handle a reply opens with is whom it answers, not an account to visit
    ("@Mark_77 agree 100%, the dinar is finished.", False),
    ("@Mark_77 @sara_k Sadr's followers stormed the Green Zone once.", False),
    ("Great signals every day, follow @crypto_king for 100% profit.", True),
    ("I earn $500 a day from home, ask me how", True),
    ("Read my full analysis on my blog: kurdpolitics.blogspot.com", True),
    ("Join my investment group and double your money. Message me.", True),
    ("Psychic readings, accurate and affordable. Text 07700 900234.", True),
    ("I stream on Twitch every night, twitch.tv/geoffplays, come say hi!", True),
    ("Free webinar tonight: richbysunday.com/webinar", True),
    ("Handmade candles, find us on Etsy, 10% off with code CANDLE10", True),
    ("Sorry I just started my new book and can't put it down", False),
    ("Could you supply me with the code for these templates?", False),
    ("Royal Mail strikes nearly finished my online shop, customers waited weeks", False),
    # contrasts
    ("I wrote to my MP and asked her to follow my argument", False),
    ("Only this week the ministry admitted the figures were wrong", False),
    ("Source: https://www.bbc.com/news/world-123", False),
    ("In 2020, 78 attacks were recorded", False),
    ("The full report is on the UN website", False),
    ("Follow @BBCBreaking for updates on the flooding", False),
    ("Thinking of selling? Drop me a DM", True),
    ("Antihistamines are on every shelf, no prescription needed", False),
    ("Order prints from my Etsy shop JanesPrintsUK", True),
    ("My Etsy fees went up again", False),
    ("Drop me a line if you disagree", False),
    # personal promotion without a link: one's own shop, band, campaign or offer
    ("Visit our bakery on Main Street for the best croissants in town.", True),
    ("My band is playing at The Crown this Friday, come along!", True),
    ("Vote for me in the council election on Tuesday!", True),
    ("I'm standing for the parish council, so please give me your vote on Thursday.", True),
    ("Whoever you back, please vote on Thursday.", False),
    ("We're hiring! Apply at jobs.brightco.example", True),
    ("Looking for a plumber? Call Dave's Plumbing on 555-0142.", True),
    ("Tickets for our charity gala are on sale now, book yours today.", True),
    ("Support our local shops, visit the high street this weekend.", False),
    ("I tried to book a table but our restaurant was closed.", False),
    ("Lots of questions about whether we are hiring, so watch this space", False),
    ("They won 3-1 and the crowd was 555-0142 in the old money", False),
    ("My Patreon is acting weird this month", False),
    ("'We're hiring', says every cafe window in town, yet the job centre says there's no work.", False),
    # one's own shop named, nothing offered
    ("Someone threatened to burn my shop down after the riots.", False),
    ("The roadworks outside my store have cost me half my trade.", False),
    # a shortcode to text, tickets and apps on sale
    ("Please vote for our band in the final, text VOTE 7 to 64446!", True),
    ("I had to text my landlord to ask about the repairs.", False),
    ("Text SHOUT to 85258 if you need to talk to someone, it's free and confidential.", False),
    ("Comedy night at the Crown this Friday, tickets on Eventbrite.", True),
    ("FuelFinder is free on iOS and Android, would love feedback!", True),
    # one's own work on sale, services offered to readers
    ("My new novel about the miners' strike is out now, would mean the world if you read it.", True),
    ("My book club is out on Tuesdays, so no calls then.", False),
    ("My new boiler is out now, the old one packed up.", False),
    ("I'm a personal trainer, first session free.", True),
    ("If anyone wants Spanish lessons, very reasonable rates.", True),
    ("Our warehouse is recruiting, apply via our website.", True),
    # a time-limited offer opens its clause; inside one it is a count
    ("Today only: 20% off all phones at our shop.", True),
    ("Gold bracelets 50% off this week only.", True),
    ("The Mandaeans are one of the oldest communities of Iraq and today only a few thousand remain.", False),
    # a sentence run on after a full stop that lost its space is no domain
    ("Some people defend this sign.Me, I will never buy from that shop again.", False),
    ("Buy gold at cheapgold.com, best price in Erbil.", True),
    # "visit my" a page is promotion; "visit my" family is not
    ("Visit my page for daily gold prices.", True),
    ("Been waiting two years to visit my mum in Stockholm.", False),
    # the stock lines of spam; a shop or an order in a sentence of its own
    ("Lose 10kg in 2 weeks with KetoFit, doctors hate it!", True),
    ("Gold at 2% under market price at our shop.", True),
    ("Shop now, stocks are limited!", True),
    ("You are out of order today, mate.", False),
    ("But where is everyone going to shop now the market has closed?", False),
    # a percentage reported is no price; a sentence's full stop closes up no domain
    ("The IAEA's report (iaea.org) says Iran has enriched to 60%, against what he says.", False),
    ("Best betting site in Iraq, 200% bonus on your first deposit: bet-iraq.win", True),
    ("Spiritual healer, your lost love back in 3 days. Call +964 770 444 5656", True),
    ("cheap visas at eurovisa . com", True),
    ("Help the earthquake children! Send USDT to our wallet and our partners will double every donation.", True),
    # a promotion's words quoted in a warning against them; not a pitch that denies being one
    ('Those "work from home £300 a day" comments are always scams.', False),
    ('"Work from home £300 a day" - no scam, 100% real, join now', True),
    # an offer's words across a sentence break; a cited report; business news naming companies by domain
    ("Only residents can buy. Now let's open the market up to anyone.", False),
    ("Net debt rose $4.6 billion, page 24: http://www.fin.gc.ca/afr-rfa/2015/afr-rfa-eng.pdf", False),
    ("Amazon.com (Nasdaq: AMZN) has said it will buy Joyo.com Limited for US $75 million.", False),
    ("EBay plans to buy the apartment rental service Rent.com for $415 million", False),
    ("Buy Rolex copies at rolexcopies.com", True),
    ("Visit cheapshop.com, prices from $5", True),
    ("Russian version? look at https://ru.m.wikipedia.org/wiki/%D0%A1%D0%B0%D0%B4 here", False),
    ("Steel is in short supply in Japan.US Steel rose $3.30 to $51.25", False),
    ("Cheap meds 50% off at http://pills.example/buy", True),
    # one's own contact details offered, not a company's reached for comment
    ("I'm a freelance fixer in Kirkuk. Reach me at fixer.kirkuk@proton.me", True),
    ("Car rental at Erbil airport, new models, call us anytime.", True),
    ("The ministry could not be reached for comment.", False),
    ("Highly recommend Ahmed's garage, 0750 444 8812.", True),
    ("I recommend the report on the 2014 floods.", False),
    ("Nobody at the council will call us back about the flooding.", False),
    ("Victims can come to my law office, first consultation only 50$.", True),
    # a call readers are told not to heed
    ("Fake texts from the bank are going round, don't click the link.", False),
    ("Never click here if a stranger sends it.", False),
    ("Don't wait, click here for cheap followers!", True),
])
def test_promotion_rule(text, fires):
    assert bool(_promotion(text)) is fires


@pytest.mark.parametrize("rule", [threat_evidence, abuse_evidence, attack_evidence])
@pytest.mark.parametrize("text", ["you are " * 50_000, "i will " * 50_000, "muslims are " * 50_000,
                                  "a" * 200_000])
def test_rules_return_on_huge_benign_input(rule, text):
    # Each rule scans a bounded window per token; a quadratic rule would hang here.
    assert rule(normalise(text)) is None


def test_promotion_rule_on_huge_digit_runs():
    assert _promotion("1 " * 100_000) is None


@pytest.mark.parametrize("text, kinds", [
    ("Call +44 7700 900123 today", [(1, "phone")]),
    ("Call + 44 7700 900123 today", [(2, "phone")]),  # the run is read from its first digit
    ("Call +(0) 7911 123456 now", [(2, "phone")]),  # the words before its first digit, "+(" one of them
    ("Ring 555-0142 for a quote", [(1, "local number")]),
    ("Scores 1-555-0142 and 2555-0142", []),  # after a digit or a dash: no local number
    ("In 2020, 78 attacks", []),
])
def test_contacts_found_with_their_token(text, kinds):
    assert contacts(text)[0] == kinds


@pytest.mark.parametrize("text", [
    "Amazon.com offers search results from five sources",
    "US consumer prices rose 0.1 percent, washingtonpost.com reports",
    "You have been blocked, see the log for IP 199.43.172.254 and order of events",
    "are you a pig or are you a bird",
    "they treat you like garbage at that office",
])
def test_contrasts_from_news_and_chat(text):
    normalised = normalise(text)
    assert not _promotion(text) and not attack_evidence(normalised)


@pytest.mark.parametrize("text, fires", [
    ("Send nudes ladies", True),
    ("Let's skip dinner, I want to tear your clothes off.", True),
    ("The speaker was so fit I spent the session imagining her out of that suit.", True),
    ("Her cleavage was doing all the campaigning.", True),
    ("I'd bang her in a heartbeat", True),
    ("Show us your boobs, love", True),
    ("Bet he's jerking off to this article", True),
    ("I'd love to bend her over the desk", True),
    ("She belongs on OnlyFans, not on a news channel.", True),
    ("The new anchor is thicc, weather forecast: hot", True),
    ("OnlyFans creators must pay tax now, says the ministry.", False),
    ("The ministers can take their plan and shove it up their backsides.", True),
    ("European politicians are screwing us like cheap hookers.", True),
    ("They can take their deal and shove it where the sun doesn't shine.", True),
    ("In a place where the sun doesn't shine for months, people get depressed.", False),
    ("My accent makes me hard to understand on the phone", False),
    ("Give me the staff and I'd hit that target easily", False),
    ("I would do her shopping for her when she was ill", False),
    ("The butcher had a nice rack of lamb on offer", False),
    # contrasts
    ('He told the officer to "suck my dick", the court heard', False),
    ("They banged on the door all night", False),
    ("Nice tits at the feeder this morning", False),
    ("Some of the dancers had their tits practically falling out of their costumes.", True),
    ("The blue tits are back in the nest box, their chicks falling out of it soon.", False),
    ("Half the couples in town go there for a quickie in the back seat.", True),
    ("He got a quickie divorce in Las Vegas.", False),
    ("A few of the lads are hung like a horse.", True),
    ("I need a dump so badly after that curry.", True),
    ("The council needs a dump for the rubble from the old library.", False),
    ("Nice rack on her, the new weather girl.", True),
    ("Nice rack on the back of the new bikes.", False),
    ("The car jerked off the road in the storm", False),
    ("The new album will blow me away", False),
    ("The mayor can lick my sweaty balls", True),
    ("The new councillor is proper MILF material", True),
    ("She d33pthr0ats that microphone", True),
    ("Deep Throat was the Watergate source", False),
    ("Everyone knows she shagged half the cabinet", True),
    ("Phwoar, what a pair of knockers on her", True),
    ("Spent the afternoon spanking the monkey instead", True),
    ("Look at the cleavage on her, phwoar", True),
    ("That newsreader gives me an erection", True),
    ("He bonked his head on the door", False),
    ("Needed a piss halfway through the parade", True),
    ("He got taken for a ride, the council is taking the piss", False),
    ("Turned in early and slipped between the sheets with a book", False),
    ("What a rack of lamb that was at the Crown last night", False),
    ("My old lawnmower needs a good seeing to before spring", False),
    ("The sea wall took a good hard pounding from the storm", False),
    ("Blue tits out in force at the feeder this morning", False),
    ("The road outside had a dump truck parked on it for a week", False),
    # the obscene gesture, with or without a skin tone
    ("🖕🖕🖕 to the KRG and Baghdad both", True),
    ("Liberals wouldn't know the right thing 🖕🏼", True),
    ("The whole committee is a circle jerk.", True),
    ("The ministry has its head up its ass.", True),
    ("The politicians piss on us every day and call it rain.", True),
    ("He took a dump in the river on camera.", True),
    ("He took a dump truck full of rubbish to the river.", False),
    ("Bunch of pricks running the federation.", True),
    ("The blood test was a quick prick in the arm.", False),
    ("It's a dick-measuring contest between two governments.", True),
    ("Someone had taken a dump in the corner.", True),
    ("Dick Cheney measured his words carefully.", False),
    ("Kiss my hairy backside, Baghdad.", True),
    ("The government is taking it up the rear from Ankara.", True),
    ("Kurdish cyclists were bringing up the rear.", False),
    ("The oil deal is screwing us like a cheap hooker.", True),
    ("I read the whole budget while taking a huge dump.", True),
    ("I pissed myself laughing at the minister's answer.", True),
    ("The council is dumping waste outside the city again.", False),
    ("Your sister wasn't complaining last night 😂", True),
    ("Your mother called me last night about the wedding.", False),
    # what a man does while he writes is not what he wrote
    ("Bet he writes these statements while jerking off to his own voice.", True),
    # the aubergine beside a leer; not in a recipe
    ("Need a demonstration? \U0001F60F\U0001F346", True),
    ("Grilled \U0001F346 with tahini is the best \U0001F60B", False),
    ("Breast cancer month is my favourite, all those boob pics for a good cause.", True),
    ("This takeover is two old billionaires comparing the size of their dicks.", True),
    ("This takeover is two old billionaires comparing the size of their yachts.", False),
    # the reader's comment handled, not quoted
    ("Take your comment and shove it where the sun doesn't shine.", True),
    ('His comment was "shove it where the sun doesn\'t shine", a disgrace.', False),
    ("All the girls topless, I got a hard-on just walking to the sea.", True),
    ("The hard-on-crime candidate won the primary.", False),
    # a union, a ruler's court and officials in crude figures
    ("Brussels spreads its legs for any dictator who promises to stop boats.", True),
    ("They're practically giving the princes lap dances for a few billion in weapons orders.", True),
    ("The officials were pissing themselves in their bunker.", True),
    ("The officials were hiding in their bunker.", False),
    ("Melania looked like she was begging for a good screw at the dinner.", True),
    ("A good screw holds the shelf better than glue.", False),
    ("Tech bros getting laid off, maybe now they'll finally get laid.", True),
    ("Workers will finally get laid off when the plant closes.", False),
])
def test_vulgarity_rule(text, fires):
    assert bool(vulgarity_evidence(normalise(text))) is fires


@pytest.mark.parametrize("text, asserted", [
    ("i don't hate women", "i  women"),
    ("muslims are not terrorists", "muslims are "),
    ("no muslims deserve to die.", "."),
    ("not all muslims are terrorists, but", ", but"),
    # reported: what someone else calls a group
    ("you have to stop calling women disgusting.", "you have to stop ."),
    ("saying 'women are disgusting' is hateful", ""),
    # asserted hostility stays: no group named near the denial, the
    # commenter's own calling, harm after a negation, insults of a reader
    ("they're not vermin, they're rats", "they're not vermin, they're rats"),
    ("i call immigrants parasites because they are", "i call immigrants parasites because they are"),
    ("why not just kill every last jew?", "why not just kill every last jew?"),
    ("you can't be that stupid, women are inferior", "you can't be that stupid, women are inferior"),
    ("don't be idiots, muslims will never integrate", "don't be idiots, muslims will never integrate"),
    # a wished death denied; someone else's belief
    ("women do not deserve to die.", "women ."),
    ("if you think muslims are scum, educate yourself", "if , educate yourself"),
    ("i really think muslims are scum", "i really think muslims are scum"),
    ("a man was jailed for threatening to kill muslims.", "a man was jailed for  muslims."),
    ('whoever wrote "gays are vermin" on the wall should be ashamed.', "whoever  on the wall should be ashamed."),
    ('"jews are parasites" is straight out of nazi propaganda.', " is straight out of nazi propaganda."),
    ('"immigrants are vermin" is the truth.', '"immigrants are vermin" is the truth.'),
    ('i said "gays are vermin" and i meant it.', 'i said "gays are vermin" and i meant it.'),
    # single quotes too; an apostrophe opens no quote
    ("a man on the bus wrote 'kurds are parasites' and nobody said a word.", "a man on the bus  and nobody said a word."),
    ("someone posted: 'arabs are dogs'. shameful.", "someone . shameful."),
    ("i wrote 'gays are vermin' and i meant it.", "i wrote 'gays are vermin' and i meant it."),
    # ... or names a lie, a myth, a trope right after them
    ('people spreading the "trans people are groomers" lie endanger lives.',
     "people spreading the  lie endanger lives."),
    ('the "muslims are invaders" myth again.', "the  myth again."),
    ('"muslims are invaders" and that is no lie.', '"muslims are invaders" and that is no lie.'),
    # a claim someone makes, then condemned
    ("claiming that jews control the banks is an antisemitic lie.", "."),
    ("telling arab women they are property is not culture, it is oppression.", "."),
    ("claiming that jews control the banks is not a lie.", "claiming that jews control the banks is not a lie."),
    ("telling women they belong in the kitchen is just the truth.",
     "telling women they belong in the kitchen is just the truth."),
    # a weak insult someone else calls a group
    ("it's absolutely wrong to say women are stupid.", "it's absolutely wrong to ."),
    ("i say women are stupid.", "i say women are stupid."),
    # words before the quote a reporting verb introduces
    ('whoever wrote that deaf people are "dumb" needs a dictionary.', "whoever  needs a dictionary."),
    ('i wrote that deaf people are "dumb".', 'i wrote that deaf people are "dumb".'),
    # a claim the comment denies
    ("it is not true that jews are stupid.", "it is ."),
    ("it is true that jews are stupid.", "it is true that jews are stupid."),
    ("stop spreading lies that refugees are criminals.", "stop spreading ."),
    # an expulsion someone else called for; not the commenter's own
    ("the mayor said kurds should go back where they came from. shameful.", "the mayor . shameful."),
    ("i said kurds should go back where they came from.", "i said kurds should go back where they came from."),
    # an insult denied of a group named near it
    ("women are not stupid.", "women are not."),
    ("muslims aren't idiots!", "muslims aren't!"),
    # with the other side of a comparison
    ("women are not inferior to men.", "women are ."),
    # a claim condemned goes with its judgement; a claim defended stays
    ("saying all kurds are terrorists is a racist generalisation.", " generalisation."),
    ("saying kurds are terrorists is not racist.", "saying kurds are terrorists is not racist."),
    ("it isn't true that jews are greedy.", "it ."),
    # a belief the commenter denies holding; not one held
    ("i don't think roma are thieves.", "."),
    ("i think roma are thieves.", "i think roma are thieves."),
    ("muslims are not violent by nature.", "muslims are ."),
    ("yazidis are not devil worshippers.", "yazidis are ."),
    # a wrong described: what is done to a group, how others portray it
    ("refugees are treated like animals in the camps.", "refugees are  in the camps."),
    ("kurds are portrayed as vermin by the state media.", "kurds are  by the state media."),
    # a sickness denied; a mistreatment refused
    ("being gay is not a mental illness.", "being gay is ."),
    ("stop treating migrants like they are animals.", "."),
    # a claim asked who made, to deny it
    ("who decided that muslims are terrorists? most victims of isis were muslims.", "? most victims of isis were muslims."),
])
def test_without_disowned_hostility(text, asserted):
    assert without_disowned_hostility(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("what a stupid decision by the ministry.", "what a decision by the ministry."),
    ("this dumb and idiotic policy", "this policy"),
    # insults of people, or of a commenter's words, stay
    ("you stupid idiot", "you stupid idiot"),
    ("what a stupid comment", "what a stupid comment"),
    ("stupid decision, stupid minister", "decision, stupid minister"),
    # an institution judged as a whole
    ("this government is corrupt and incompetent from top to bottom.", "this government is from top to bottom."),
    ("the council are utterly useless, inept and corrupt.", "the council are utterly."),
    ("the bbc is so biased and pathetic", "the bbc is so"),
    # people, and parties named by their members, stay
    ("you are corrupt and incompetent", "you are corrupt and incompetent"),
    ("the tories are scum", "the tories are scum"),
    ("the minister is corrupt and incompetent", "the minister is corrupt and incompetent"),
    # a thing someone owns or uses, judged as a whole; not the person beside it
    ("my printer is a useless piece of junk.", "my printer is ."),
    ("why is this software so stupid?", "why is this software ?"),
    ("why is this minister so stupid?", "why is this minister so stupid?"),
    ("this software is so stupid", "this software is "),
    ("your phone is fine but you are a useless idiot", "your phone is fine but you are a useless idiot"),
    # a thing cursed as it is named; not a person, nor the reader's doings
    ("this stupid printer never works.", "this printer never works."),
    ("my dumb car broke down again.", "my car broke down again."),
    ("this stupid man never listens.", "this stupid man never listens."),
    ("let's not play your idiotic game.", "let's not play your idiotic game."),
    # named by a compound, or with no determiner at a sentence's start or after a comma
    ("the embassy's visa website is a pathetic joke.", "the embassy's visa website is ."),
    # a society's ills called its diseases; not beside a group
    ("corruption is a cancer in this country.", "corruption is in this country."),
    ("sectarianism has become a plague.", "sectarianism has become."),
    ("racism is a cancer and so are the arabs.", "racism is a cancer and so are the arabs."),
    # not a person in charge of a thing
    ("the minister of electricity is a useless slob.", "the minister of electricity is a useless slob."),
    ("stupid printer jammed again.", "printer jammed again."),
    ("the generator died all night, stupid thing.", "the generator died all night, thing."),
    ("what a useless, pointless newsletter.", "what a newsletter."),
    ("stupid woman, she knows nothing.", "stupid woman, she knows nothing."),
    # a group named by what it does or believes, judged as a whole; not
    # commenters, not a group's people named by an identity
    ("fascists are scum, in turkey and everywhere.", "fascists are in turkey and everywhere."),
    ("politicians in baghdad are all liars and thieves.", "politicians in baghdad are ."),
    ("the commenters here are idiots.", "the commenters here are idiots."),
    ("kurdish politicians are liars.", "kurdish politicians are liars."),
    # a claim called a lie as it is spread: counter-speech
    ("muslims are not terrorists, stop spreading that lie.", "muslims are not terrorists, stop repeating that."),
    ("you are spreading lies, you liar.", "you are spreading lies, you liar."),
    # a claim called rubbish; not a person
    ("stop saying that, it's racist garbage.", "stop saying that, it's."),
    ("you are garbage.", "you are garbage."),
    # animals called what they are to a gardener; not a group likened to them
    ("grey squirrels are vermin and should be culled.", "grey squirrels are and should be culled."),
    ("seagulls are a menace on the seafront.", "seagulls are on the seafront."),
    ("mosquitoes are vermin.", "mosquitoes are ."),
    ("immigrants are vermin.", "immigrants are vermin."),
    ("that's an old and ugly stereotype.", "that's an old and stereotype."),
    # events judged, not the people in them
    ("this war is a stupid, pointless tragedy.", "this war is tragedy."),
    ("these rocket attacks are senseless and disgusting.", "these rocket attacks are ."),
    # what an institution does, judged as it is; weapons as things
    ("that new law is stupid and badly written.", "that new law is and badly written."),
    ("these militia drones are pathetic pieces of junk.", "these militia drones are pieces of junk."),
    ("the minister is stupid.", "the minister is stupid."),
])
def test_without_insulted_things(text, asserted):
    assert without_insulted_things(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("you are not stupid.", "you are not."),
    ("he isn't a moron", "he isn't a"),
    ("she's no fool.", "she's no."),
    ("nobody here is an idiot.", "nobody here is an."),
    ("i'm not calling you a moron.", "i'm not calling you a."),
    # insults through a negation, a denial that goes on, one aimed elsewhere
    ("you can't be that stupid.", "you can't be that stupid."),
    ("don't be an idiot.", "don't be an idiot."),
    ("if you weren't so dumb you'd see it.", "if you weren't so dumb you'd see it."),
    ("he is not just stupid, he is dangerous.", "he is not just stupid, he is dangerous."),
    ("he's not stupid, he's a liar.", "he's not stupid, he's a liar."),
    ("i'm not an idiot like you.", "i'm not an idiot like you."),
])
def test_without_denied_insults(text, asserted):
    assert without_denied_insults(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("i'm such an idiot, i forgot the date of the vote.", "i'm, i forgot the date of the vote."),
    ("call me an idiot, but talking to tehran is the only way.", "call me, but talking to tehran is the only way."),
    ("maybe i'm stupid but i don't get this law.", "maybe i'm but i don't get this law."),
    # the reader's foolishness stays
    ("i'm an idiot? no, you are the idiot.", "i'm? no, you are the idiot."),
    ("you are such an idiot.", "you are such an idiot."),
])
def test_without_self_insults(text, asserted):
    assert without_self_insults(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("my energy bill went from £90 to £260 a month.", "my energy bill went up a month."),
    ("rent has gone from $900 to $1,400.", "rent has gone up."),
    # what a reader pays: every sum read as "some"
    ("paying 1.79%, an extra £480 a month on a 220k mortgage.", "paying some, an extra some a month on a some mortgage."),
    ("join our paid coaching group, 80% improved", "join our paid coaching group, 80% improved"),
    # a sale's words stay: the offer is what they say
    ("fees down from £500 to £99 this week only", "fees down from £500 to £99 this week only"),
])
def test_without_price_changes(text, asserted):
    assert without_price_changes(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ('got a text: "pay £1.45 at parcel-help.com". it\'s a scam, don\'t click.', "got a text: it. it's a scam, don't click."),
    # not without the commenter's own warning, nor a pitch that denies being a scam, nor a comment quoted whole
    ('he wrote: "pay £1.45 at parcel-help.com".', 'he wrote: "pay £1.45 at parcel-help.com".'),
    ('"earn £500 a day" - no scam, dm me', '"earn £500 a day" - no scam, dm me'),
    ('"gotta report you as spam"', '"gotta report you as spam"'),
])
def test_without_scam_quotes(text, asserted):
    assert without_scam_quotes(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("you are a kind old man", ""),
    ("you are a genuinely cool dude.", "."),
    ("nithum is a gracious lesbian", ""),
    ("서윤 is a gracious black", ""),
    ("liam is a neat buddhist", ""),
    ("chris is an incredible millennial.", "."),
    ("you are so kind!", "!"),
    ("he is a gracious host.", "."),
    ("the author is a respected journalist.", "the ."),
    ("you are a gracious secretary", ""),
    ("ana is a wonderful web designer.", "."),
    ("you are a great writer, now stop lying.", ", now stop lying."),
    # a kind of people picked out is not someone praised
    ("some of these hoes are loyal", "some of these hoes are loyal"),
    # praise that goes on into something else, or sarcasm around it, stays
    ("you are a nice piece of work", "you are a nice piece of work"),
    ("you are a brilliant idiot", "you are a brilliant idiot"),
    ("you are a brilliant liar.", "you are a brilliant liar."),
    ("you are a real joke.", "you are a real joke."),
    ("sorry you are feeling sick, get well soon.", "sorry you are feeling sick, get well soon."),
    # a virtue in a people's blood is praise; a vice stays
    ("courage is in their blood, they never give up.", ", they never give up."),
    ("music and poetry run in their veins.", "."),
    ("hospitality and kindness are in their genes.", "."),
    ("lying is in their blood.", "lying is in their blood."),
])
def test_without_praise_frames(text, asserted):
    assert without_praise_frames(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("someone threatened to burn my shop down.", "someone  my shop down."),
    ("he threatened to kill me in front of my kids.", "he  me in front of my kids."),
    # the commenter's own threat stays
    ("i'm threatening to burn it down if they don't fix it.", "i'm threatening to burn it down if they don't fix it."),
    ("we vowed to fight on.", "we vowed to fight on."),
    # someone else's call for harm, reported
    ("the commenter who wrote that muslims should die must be banned.", "the commenter who  must be banned."),
    ("i wrote that muslims should die.", "i wrote that muslims should die."),
    ("somebody here wrote that hitler should have finished the job. that is genocide talk.",
     "somebody here . that is genocide talk."),
])
def test_without_reported_threats(text, asserted):
    assert without_reported_threats(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("no one deserves to die like that.", "no one deserves this like that."),
    ("nobody deserves to be killed for 'honour'.", "nobody deserves this for 'honour'."),
    ("no child should ever be shot.", "no child deserves this."),
    ("no muslim deserves to die for his faith.", "no muslim deserves this for his faith."),
    # "no" that denies nothing of people: the call for harm stays
    ("no doubt he should be shot.", "no doubt he should be shot."),
    ("no, they should all be shot.", "no, they should all be shot."),
    # harm denied that anyone should do; no one's wish
    ("no one should shoot at the soldiers, it brings more bombing.", "no one deserves this at the soldiers, it brings more bombing."),
    ("nobody wants refugees to drown in the channel.", "nobody deserves this in the channel."),
])
def test_without_denied_harm(text, asserted):
    assert without_denied_harm(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("the gang leader threatened the witnesses: 'whoever testifies will be buried'. they need protection.",
     "the gang leader . they need protection."),
    ('the defendant told the court "i will kill her again". keep him in.', "the defendant . keep him in."),
    ("'claim your free tokens' is a scam, don't click", " is a scam, don't click"),
    ('those "work from home" comments are always scams.', "those  comments are always scams."),
    # the commenter's own words, a quote holding no threat, swearing quoted
    ('i told him "i will kill you"', 'i told him "i will kill you"'),
    ('she said "see you tomorrow"', 'she said "see you tomorrow"'),
    ('when he said "rape a pregnant bitch"', 'when he said "rape a pregnant bitch"'),
])
def test_without_quoted_speech(text, asserted):
    assert without_quoted_speech(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("i would love to hire a gay man.", "i would love to hire a people."),
    ("we welcome refugees here.", "we welcome people here."),
    # a refusal, and a slur, stay as written
    ("i would never hire a woman.", "i would never hire a woman."),
    ("i only respect bitches that respect themselves", "i only respect bitches that respect themselves"),
])
def test_without_group_support(text, asserted):
    assert without_group_support(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("these petrol prices are killing me.", "these petrol prices are hard on me."),
    ("this heat's killing me.", "this heat's hard on me."),
    ("this killing me softly cover is lovely.", "this killing me softly cover is lovely."),
    ("she killed it at glastonbury last night.", "she shine at glastonbury last night."),
    ("i'd kill for a house with a garden.", "i would like a house with a garden."),
    ("he was stabbed in the back by his own cabinet.", "he was betrayed by his own cabinet."),
    ("the manager will have his guts for garters.", "the manager will have a stern word."),
    ("whoever did this should be ashamed of themselves.", "whoever did this is shameful."),
    ("i will stab you in the face.", "i will stab you in the face."),
    # threats keep their words
    ("i'd kill you for a tenner.", "i'd kill you for a tenner."),
    ("i will kill it and then kill you.", "i will kill it and then kill you."),
    # a danger foreseen; not the same words made a threat
    ("someone is going to get killed there.", "is at risk there."),
    ("fix the junction before a child gets hurt.", "fix the junction before is at risk."),
    ("someone is going to get killed and it will be you.", "someone is going to get killed and it will be you."),
    # the commenter's own boss "will kill me"; laughter
    ("my boss will shoot me if he catches me reading this.", "will be angry with me if he catches me reading this."),
    ("haha this comment destroyed me.", "haha made me laugh."),
    ("i will shoot him if he comes here.", "i will shoot him if he comes here."),
    # prison for life, the commenter's sentence
    ("lock him up and throw away the key.", "lock him up and keep him locked up."),
    ("he should never walk free again.", "he should stay in prison."),
    # removal from office
    ("politicians who lie should be thrown out at the next election.", "politicians who lie should be removed at the next election."),
    ("the senator should be thrown off the intelligence committee.", "the senator should be removed the intelligence committee."),
    # harm to trade
    ("scrap the bill, it will kill every small shop on our street.", "scrap the bill, it will hurt every small shop on our street."),
    ("this tax is killing off local jobs.", "this tax is hurt local jobs."),
    ("i will kill every one of you.", "i will kill every one of you."),
    ("they should be thrown off the bridge.", "they should be thrown off the bridge."),
])
def test_without_figurative_harm(text, asserted):
    assert without_figurative_harm(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("remember this in may. every one of them should lose their seat.", "remember this in may. ."),
    ("every one of them should be voted out at the next election!", "!"),
    ("the minister should resign, and the police chief should face trial.", ", ."),
    # the call must end its clause; harm is not a sanction
    ("every one of them should be tried and hanged.", "every one of them should be tried and hanged."),
    ("they should all resign, the cowards, or be shot.", ", the cowards, or be shot."),
    ("every one of them should be shot.", "every one of them should be shot."),
])
def test_without_civic_sanctions(text, asserted):
    assert without_civic_sanctions(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    # a trade or an office judged as a whole, read as readers judge politicians
    ("bankers are greedy and never pay for their mistakes.", "politicians are greedy and never pay for their mistakes."),
    ("pop stars are ridiculously overpaid.", "politicians are ridiculously overpaid."),
    # not with an identity before it, nor the site's own people, nor a faith's roles
    ("jewish bankers control the world.", "jewish bankers control the world."),
    ("female referees are useless.", "female referees are useless."),
    ("journalists are scum.", "journalists are scum."),
    ("imams are parasites.", "imams are parasites."),
])
def test_without_professions(text, asserted):
    assert without_professions(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("hope the lad pulls through.", "wishing the lad well."),
    ("i hope he survives the surgery.", "wishing he well."),
    ("i hope the woman who was hit by the bus makes a full recovery.", "wishing the woman who was hit by the bus well."),
    ("praying for the family, hope he gets better soon.", "praying for the family, wishing he well."),
    ("i hope he gets the help he needs.", "wishing he well."),
    ("i hope the convoy gets through safely.", "wishing the convoy well."),
    ("i pray the pilgrims return safely.", "wishing the pilgrims well."),
    # hopes for peace, justice and a change of office
    ("i hope this war ends soon, inshallah.", "hoping for peace soon, inshallah."),
    ("inshallah the fighting stops before winter.", "hoping for peace before winter."),
    ("we pray for peace in sinjar.", "hoping for peace in sinjar."),
    ("i hope they catch the killers and put them on trial.", "hoping for justice the killers and put them on trial."),
    ("hope the killers rot in prison.", "hoping for justice."),
    ("i hope the minister is voted out.", "hoping for change."),
    ("i pray every soldier makes it home alive.", "wishing every soldier well."),
    # a wish for no one's safety is not a good wish
    ("i hope none of them make it home alive.", "i hope none of them make it home alive."),
    ("i hope the victims' families get justice.", "hoping for justice."),
    ("i hope those killed are remembered.", "wishing those killed well."),
    ("i hope the commanders end up in the hague.", "hoping for justice."),
    ("hope the kurdish team wins tonight.", "hoping for a win tonight."),
    ("let's hope the next drone hurts nobody.", "let's hoping for safety."),
    ("hope the surgery goes well tomorrow.", "wishing the surgery well tomorrow."),
    # harm wished keeps its words
    ("i hope he gets what he deserves.", "i hope he gets what he deserves."),
    ("i hope you die.", "i hope you die."),
    ("i hope his life ends soon.", "i hope his life ends soon."),
    ("hope he is found dead.", "hope he is found dead."),
    ("hope she gets caught in the crossfire.", "hope she gets caught in the crossfire."),
    ("i hope someone catches him and breaks his legs.", "i hope someone catches him and breaks his legs."),
    ("whoever planted the bomb, i hope the court shows no mercy.", "whoever planted the bomb, hoping for justice."),
])
def test_without_good_wishes(text, asserted):
    assert without_good_wishes(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    # a caution about a hazard no one intends reads as a note
    ("be careful starting your car in this cold, my battery died.", "note: starting your car in this cold, my battery died."),
    ("watch out for the message, it's phishing.", "note: for the message, it's phishing."),
    # menace names no such hazard, and accidents are none: the words stay
    ("be careful what you post. we have plenty of time.", "be careful what you post. we have plenty of time."),
    ("be careful, accidents happen to journalists.", "be careful, accidents happen to journalists."),
])
def test_without_warnings(text, asserted):
    assert without_warnings(text) == asserted


@pytest.mark.parametrize("text, asserted", [
    ("honestly, tbh the article is fine", "the article is fine"),
    ("frankly: you are wrong", "you are wrong"),
    ("honestly.", "honestly."),  # a marker alone says something
    ("this is honestly fine", "this is honestly fine"),  # only the opening ones
])
def test_without_discourse_markers(text, asserted):
    assert without_discourse_markers(text) == asserted


@pytest.mark.parametrize("text, quotes", [
    ("he said 'arabs are thieves' and he's not wrong.", ["arabs are thieves"]),
    ('she wrote "women cannot lead". so true.', ["women cannot lead"]),
    ("he said 'arabs are thieves' and that is not the truth.", []),
    ("he said 'arabs are thieves'. it isn't accurate at all.", []),
    ("this article is spot on, i hear 'go home' every day.", []),
    ("he said 'arabs are thieves' and he was fired.", []),
    ("'never trust a kurd', they say. truer words were never spoken.", ["never trust a kurd"]),
    ('he wrote "women are weak". exactly.', ["women are weak"]),
    ("that is exactly what 'they' want.", []),
    ("'never trust a turk', grandad used to say. history proved him right.", ["never trust a turk"]),
    # words reported without quote marks, in a short comment, by someone else
    ("my uncle says kurds are thieves. can't argue with him.", ["kurds are thieves"]),
    ("he wrote 'jews should be gassed'. can't really argue with that.", ["jews should be gassed"]),
    ("i said kurds are brave. fair enough.", []),
    ("i agree with the minister on the budget.", []),
    # whom the quote is said of, named between the reporting verb and the quote
    ("the host said somalis 'bring crime'. finally someone says the truth.", ["somalis bring crime"]),
    ("the mp called refugees 'parasites' and i have to agree.", ["refugees are parasites"]),
    ("the mp called refugees 'parasites'. exactly what i think.", ["refugees are parasites"]),
    ("he called the mayor 'a crook' and i agree with him.", ["the mayor is a crook"]),
    # agreement with a claim of its own
    ("the mp called refugees 'parasites' and i agree with the critics that he must resign.", []),
    # "facts" endorses as a sentence of its own, not as advice
    ("he wrote 'kurds are dogs'. facts.", ["kurds are dogs"]),
    ("people who post 'watch your back' need to grow up. argue with facts.", []),
])
def test_endorsed_quotes(text, quotes):
    assert endorsed_quotes(text) == quotes


@pytest.mark.parametrize("text, claims", [
    ("calling migrants parasites is not racist.", ["migrants are parasites"]),
    ("saying women are weak is just the truth.", ["women are weak"]),
    ("calling migrants parasites is racist.", []),
    ("saying the war will end soon is not realistic.", []),
    ("calling migrants parasites isn't racist.", ["migrants are parasites"]),
    ("saying all muslims are terrorists isn't a generalisation, it's the truth.", ["all muslims are terrorists"]),
    ("saying all muslims are terrorists is a generalisation.", []),
])
def test_defended_claims(text, claims):
    assert defended_claims(text) == claims


@pytest.mark.parametrize("text, read", [
    ("@Mark_77 women disgust me", "women disgust me"),
    ("Sara, you are an idiot", "you are an idiot"),
    ("Reply to @Sara: gays should be thrown off rooftops", "Reply to : gays should be thrown off rooftops"),
    # leet, a group opening a list, and a comment addressed to no one keep their words
    ("What an @sshole", "What an @sshole"),
    ("Women, know your place", "Women, know your place"),
    ("Muslims, Jews and Christians lived here together", "Muslims, Jews and Christians lived here together"),
    ("Email me at info@example.com", "Email me at info@example.com"),
])
def test_without_addressees(text, read):
    assert without_addressees(text) == read


def test_the_typo_map_is_built_once():
    # Every comment's tokenising reads it: built per call, it doubled the
    # time of a short comment (a decorator once slid onto a helper above it).
    from moderation import rules
    assert rules._misspelt() is rules._misspelt()
