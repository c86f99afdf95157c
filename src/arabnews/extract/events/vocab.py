"""The word lists and reaches of the events stage's rules (read from ``resources/event_triggers.yaml``)."""

from __future__ import annotations

from ...lang.ar import fold, lookup_key
from ...lang.ar.words import relative_pronouns
from ..attribution.cues import past_forms
from ..numbers.lexicon import counted_classes
from .triggers import word_set, word_table

#: Battles lexemes that are a generic attack: a weapon word makes them an explosion, civilian targets
#: violence against civilians.
GENERIC_ATTACKS = word_set("generic_attacks")
#: Sub-event types of explosions, most specific first.
EXPLOSION_ORDER = ("suicide bomb", "chemical weapon", "grenade", "remote explosive/landmine/IED", "air/drone strike",
                   "shelling/artillery/missile attack")
EXPLOSIONS = "explosions/remote violence"
#: Triggers that are killings: their victims are fatalities.
KILLINGS = word_set("killings")
#: Units of the numbers stage that count people who can be arrested, abducted or killed.
_PERSON_UNITS = counted_classes().persons
#: Words of taking part after a protest (`participation_words`: "بمشاركة المئات") and the approximations a crowd's
#: count may open with ("بمشاركة نحو 200 شخص"; session 36).
_PARTICIPATION = word_set("participation_words")
_CROWD_APPROX = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
#: Battles words that, between protesters and police, are a riot.
CLASHES = word_set("clashes")
CLASH_SIDES = word_set("clash_sides")
#: Stems of a crowd that, as one side of a clash with the police, makes it a riot (session 48).
CLASH_CROWDS = tuple(sorted(word_set("clash_crowds")))
#: Riot nouns of skirmishes, events only between the police and a crowd or beside a protest (session 48, ev48b), and
#: how many tokens after them "بين" may stand ("صدامات أمس الجمعة 31 مارس 2017، بين الشرطة") and the sides reach.
SCUFFLES = word_set("scuffles")
#: Folded stems of a strike: a protest a skirmish is no part of (`strike_stems`).
STRIKE_STEMS = tuple(sorted(word_set("strike_stems")))
SCUFFLE_BETWEEN_REACH = 8
SCUFFLE_SIDES_REACH = 10
ROBBERY_ACTS = word_set("robbery_acts")
#: A robbery's person after "من" (a person noun or an owner: "من صاحب مصنع") and the verbs of waylaying whose object
#: pronoun before the act is the person robbed ("اعترضه مجهولون … وقاموا بسلب"), and how many words before (session 47).
ROBBED_OWNERS = word_set("robbed_owners")
ROBBERY_WAYLAY = word_set("robbery_waylay")
WAYLAY_REACH = 16
ROBBED_AFTER_REACH = 8
#: "إرهابي" after an attack noun: with no armed target named, the attack is on civilians.
TERROR_ADJECTIVES = word_set("terror_adjectives")
MILITARY_SITES = word_set("military_sites")
#: The plural nouns of the dead and wounded: uncounted, still casualties that make a weak trigger armed.
PLURAL_CASUALTIES = word_set("plural_casualties")
#: Battles nouns whose other side follows "مع" ("معارك مع تنظيم داعش").
CLASHES_WITH = word_set("clashes_with")
CLASH_INSTRUMENTS = word_set("clash_instruments")
SPOKESMAN_NOUNS = word_set("spokesman_nouns")
_TELL_COMPLEMENTIZERS = word_set("self_complementizers")
#: "By the fire of": the candidate after them is the actor ("برصاص الجيش").
FIRE_OF = word_set("fire_of")
#: The sub-event types of an attack on a thing, whose object is its target ("قصفت طائرتان قاعدة عسكرية").
_HITTING = frozenset({"armed clash", "air/drone strike", "shelling/artillery/missile attack",
                      "remote explosive/landmine/IED", "suicide bomb", "grenade", "attack", "mob violence",
                      "looting/property destruction"})
#: The sub-event types of an act on a person, whose object is its target ("القبض على عون حرس").
_TAKING = frozenset({"arrests", "attack", "abduction/forced disappearance", "sexual violence"})
#: Words after which the candidate is the target ("ضد", "استهدف").
TARGET_CUES = word_set("target_cues")
#: Accusations before an act: "المتهم بقتل", "بتهمة احتجاز" (a subset of the unasserted cues).
CHARGE_CUES = word_set("charge_cues")
#: What may stand between an accusation or a plan and the act it names, which then is that act (not an attempt).
DIRECT_FILLERS = word_set("direct_fillers")
#: One- and two-word openers of a legal charge besides the charge words ("من اجل", "بشبهه"; session 41).
CHARGE_OPENERS = word_set("charge_openers")
#: Words after a charged or planned act that tell it was done: the victim died, is a martyr, it was a crime.
DONE_CUES = word_set("done_cues")
#: Verbs of suffering (word beginnings): their subject is the victim ("تعرضت دورية لكمين").
SUFFER_VERBS = tuple(sorted(word_set("suffer_verbs")))
#: The verbs of suffering that end like a pronoun but have none ("تعرضها" has one; "تعرضتا" none).
SUFFER_FORMS = frozenset({"تعرضتا", "تعرضا", "يتعرضا"})
#: Verbs whose subject, before "ضحية", is the victim ("وقع مواطن ضحية اعتداء").
VICTIM_VERBS = word_set("victim_verbs")
#: How many tokens before its event a verb of suffering may be.
SUFFER_REACH = 14
#: Stems of protesters, looked for inside an actor's text ("المحتجين", "متظاهرون").
PROTESTER_STEMS = tuple(sorted(word_set("protester_stems")))
#: Words before a protester noun that make it no protest ("التقى ممثلين عن المحتجين").
PROTESTER_HEADS = word_set("protester_heads")
#: Words before a protester noun that make it a case in court ("تهمة قتل المتظاهرين").
PROTESTER_TRIALS = word_set("protester_trials")
#: Objects of a rioters' verb that make it a protester's own body ("أضرم النار في جسده"), no riot.
RIOT_SELF_OBJECTS = frozenset(lookup_key(w) for w in word_set("riot_self_objects"))
#: Definite attack nouns that name an attack told in a sentence before ("وأعلن التنظيم مسؤوليته عن الهجوم"),
#: unless a word after them makes it another one ("الهجوم الثاني"); the event types they may name.
ANAPHORIC_NOUNS = word_set("anaphoric_nouns")
#: Their plurals and duals ("الهجمات", "التفجيرين"): the attacks told before only after a demonstrative.
ANAPHORIC_PLURALS = word_set("anaphoric_plurals")
#: Verbs of committing a crime: between an arrest and a killing word, the one arrested did the killing (session 44).
COMMITTED_VERBS = word_set("committed_verbs")
ANOTHER_ATTACK = word_set("another_attack")
#: Definite nouns that retell an event of their kind told before ("القذائف", "الاشتباكات", "المسيرة"; session 30):
#: folded stem → the type, or for arrests the sub-event type, of the event they may name.
RESTATED_NOUNS: dict[str, str] = word_table("restated_nouns")
#: Arrest and killing nouns that, with an object pronoun, name the arrest or killing told before ("اعتقاله", "مقتله").
RESTATED_ARRESTS = word_set("restated_arrests")
RESTATED_KILLINGS = word_set("restated_killings")
OBJECT_PRONOUNS = word_set("object_pronouns")
#: Demonstratives before a definite event noun ("هذه المسيرة"): the event told before, whatever its sentence's day.
DEMONSTRATIVES = word_set("demonstratives")
#: Words right before a casualty noun that list the dead of an event told before ("بين القتلى ثلاثة أطفال").
AMONG_WORDS = word_set("among_words")
#: A demand or a call to stop violence in general ("يطالب بوقف فوري للاعتداءات"; see EventExtractor._demanded).
DEMAND_VERBS = word_set("demand_verbs")
HALT_NOUNS = word_set("halt_nouns")
#: "القبض عليه": the one taken as a pronoun after "على"; told as done only after one of ``pronoun_arrest_cues``.
TAKEN_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
PRONOUN_ARREST_CUES = word_set("pronoun_arrest_cues")
#: Depots among the words of finding: hit, not found, after a word of attack ("قصفت الطائرات مخزنا للصواريخ").
DEPOT_WORDS = frozenset({"مخزن", "مخزنا", "مخازن"})
#: Verbs of holding after a cache ("مخبأ يحتوي على", "مخزنا يضم"): the weapons after them are what was found.
CONTAINING_WORDS = word_set("containing_words")
#: Words right before a definite event noun that tell another round of it ("وتجددت الاشتباكات").
RENEWAL_WORDS = word_set("renewal_words")
#: Heads of the parts of a town ("حي", "مخيم", "شارع"): a place after them is within the town told before.
TOWN_PARTS = word_set("town_parts")
#: Words after an indefinite attack noun that make it another attack ("هجوم مماثل"): no merge with the first.
SIMILAR_ATTACK = word_set("similar_attack")
#: Words between a speaker and an event that make the speaker its actor ("أعلن التنظيم مسؤوليته عن الهجوم").
RESPONSIBILITY = word_set("responsibility")
#: Nouns of the doer heading an event ("منفذ الهجوم"): a subject before them acted on the doer, not in the event.
PERPETRATORS = word_set("perpetrator_nouns")
#: The doer of a crime an arrest takes, with the crime's victim after: the doer is the one taken ("قاتل طفلة").
#: The doer nouns of a crime alone, without the perpetrator nouns (session 48: "قاتل ياسين").
CRIME_DOERS = word_set("doer_nouns")
DOERS = CRIME_DOERS | PERPETRATORS
#: How many words after a doer's noun may name its crime and victim ("مرتكب جريمة قتل فتاة").
DOER_REACH = 3
OPERATIONS = word_set("operation_nouns")
SUSPECTS = word_set("suspect_nouns")
#: Words between an arrest and a count that tie the count to the crime the arrest is for.
CRIME_LINKS = word_set("crime_links")
#: Words before a protest's place: the name after them is no protester ("وقفة احتجاجية أمام وزارة التربية").
FRONT_OF = word_set("front_of")
#: Strikers named as the subject of a verb of striking (`striking_subjects`: "قصفت طائرة مسيرة منزلا"; session 31).
STRIKING_SUBJECTS = word_set("striking_subjects")
#: Buildings between those words and the name of the place ("أمام مقر وزارة التعليم العالي"; session 31).
FRONT_OF_BUILDINGS = word_set("front_of_buildings")
#: Words between an arrest and a later event that make the event the crime the arrest is for.
CHARGED_LINKS = word_set("charged_links")
#: How many words may stand between the one arrested and the crime told right after them ("رجلا مسلحا بسكين هاجم").
SUSPECT_REACH = 4
#: Words by which the state's forces act on a crime (custody, inquiry, pursuit; with the arrest triggers): a state body
#: before one of them is not the actor of the crime after it (session 26).
PURSUIT_WORDS = word_set("pursuit_words")
#: Verbs of doing that tie a crime's noun to the one arrested before them ("قاما بتحويل وجهة فتاة").
DEED_VERBS = word_set("deed_verbs")
#: Heads of a partitive subject before "من" and the doers ("قام مجموعة من المسلحين بالهجوم"; session 46).
DOER_PARTITIVES = word_set("doer_partitives")
#: Nouns of the dead, never a doer ("الهالك", "الضحية", "القتيل"; session 46).
DEAD_NOUNS = word_set("dead_nouns")
#: A raid's nouns and the outlaws whose raid is an attack, no arrest ("قام مسلحان بمداهمة منزل"; session 46).
RAID_NOUNS = word_set("raid_nouns")
RAID_DOERS = word_set("raid_doers")
#: Stormings of homes, shops, banks, schools … by no group nor state body: a robbery or an attack, no clash.
STORMINGS = word_set("storming_lexemes")
BREAK_IN_SITES = word_set("break_in_sites")
#: Doers of a storming who are no side: a crime wherever they break in ("اقتحام مجموعة من المنحرفين فضاء").
BREAK_IN_DOERS = word_set("break_in_doers")
THEFT_WORDS = word_set("theft_words")
OCCUPATION_STEMS = tuple(sorted(word_set("occupation_stems")))
#: Robbery words that are as often figurative ("السطو على رواية"): an event only with a site, a theft or robbers near
#: them (session 26, second wave), and robbers that make a weak storming of a site a robbery ("اقتحم لصوص صيدلية").
#: "ضبط": to catch as well as to seize and to regulate; an arrest only with a person named right after (session 26,
#: second wave: "ضبطت الأجهزة الأمنية عاطلا", not "ضبط المسؤولية الطبية", "ضبطه بعنوان كتاب").
SEIZING = frozenset({"ضبط"})
#: The police's words for bringing a gang down and the gangs and offenders they take (`takedown_lexemes`,
#: `takedown_objects`; folded): "الإطاحة بعصابة", "تفكيك خلية", "الكشف عن شبكة".
TAKEDOWNS = word_set("takedown_lexemes")
#: What one is suspended from after "عن" (`suspended_from`, folded): "إيقاف الموظف عن العمل" is no arrest.
SUSPENDED_FROM = word_set("suspended_from")
GANG_NOUNS = word_set("gang_nouns")
TAKEDOWN_OBJECTS = GANG_NOUNS | word_set("takedown_objects")
#: A part or a rank before the offender, not counted in the takedown's reach (`takedown_fillers`): "بأحد أكبر مروجي".
TAKEDOWN_FILLERS = word_set("takedown_fillers")
#: Nouns of a tie after "على" (`tie_nouns`, folded): "على اتصال بإرهابيين", "على علاقة بكتيبة عقبة بن نافع".
TIE_NOUNS = word_set("tie_nouns")
#: The plural arrest nouns that are also stoppages before what stops ("إيقافات العمل"; folded lexemes).
STOPPAGES = frozenset({"ايقافات", "توقيفات"})
#: The heads of the state's forces (`force_heads`, folded, without the article): who arrests, never who is arrested.
FORCE_HEADS = word_set("force_heads")
#: How far (words) from a protest its own date of a coming day may be ("الدخول في اعتصام مفتوح بداية من صبيحة يوم غد").
_COMING_DATE_REACH = 10
#: How many words before "تم إيقافه" may name the person the pronoun stands for.
_PRONOUN_PERSON_REACH = 12
#: Their singulars, an arrest with a pronoun after a passive auxiliary ("تم إيقافه"; folded lexemes).
STOPPAGES_SINGULAR = frozenset({"ايقاف", "توقيف"})
#: The takedown that tells of a gang (folded lexeme): its gang is indefinite.
TOLD_OF = "كشف عن"
#: How many words after a takedown verb its object may be ("أطاحت الوحدات الأمنية بالقصرين بعصابة").
_TAKEDOWN_REACH = 6
VICTIM_HEADS = word_set("victim_heads")
#: The staff of a service ("أعوان نفس المركز": the police officers of the station), no robbers.
STAFF_HEADS = word_set("staff_heads")
#: Words that end the search for the one caught: a place, a possession ("ضُبط في المنزل وبحوزة الإرهابيين").
_SEIZED_STOPS = frozenset({"في", "بحوزه", "وبحوزه", "بحوزته", "بحوزتهم", "داخل", "علي", "من", "مع"})
ASSASSINATIONS = frozenset({"اغتيال", "محاوله اغتيال", "اغتال", "اغتيل"})
ROBBERY_LEXEMES = word_set("robbery_lexemes")
ROBBER_NOUNS = word_set("robber_nouns")
ROBBERY_GENERIC = word_set("robbery_generic")
#: "إلى"/"على" before a robbery suffered, and how many words before it the verb of suffering may stand.
_TO_WORDS = frozenset({"الي", "علي"})
#: "أحد", "إحدى" (folded): the person noun after them is the one an arrest takes ("إيقاف أحد المهربين").
_ONE_OF = frozenset({"احد", "احدي"})
_SUFFER_REACH = 8
#: Objects of a political or literary "robbery" ("السطو على الحزب", "على رواية"): no event.
ROBBERY_METAPHORS = word_set("robbery_metaphors")
#: An attempt right before a robbery ("حاولوا السطو على المستودع"): property not taken, negated (session 27).
ATTEMPT_CUES = word_set("attempt_cues")
#: How many words before a robbery word a word of a trade or a record (`robbery_generic`) makes it none ("مختصة في
#: الإعتداءات على الأملاك والأشخاص والسّطو المسلح").
_GENERIC_REACH = 8
_OPERATIONS = frozenset({"عمليه", "عمليات", "لعمليه", "بعمليه", "لعمليات", "بعمليات", "وعمليه", "وعمليات"})
#: How many words after a storming may name the site broken into ("اقتحم اليوم الخميس شخص مجهول بنكا").
_BREAK_IN_REACH = 6
#: How many folded characters after a casualty word are read for its weapon ("قتل متظاهران برصاص مسلحين").
_WEAPON_LOOKAHEAD = 80
#: Verbs right before an official that make him the one a violent event hits (`official_hit_verbs`).
OFFICIAL_HIT_VERBS = word_set("official_hit_verbs")
#: "على", "ضد" right before a candidate after the trigger: its object, not its subject.
_AT_WHOM = frozenset({"علي", "ضد"})
_ABOUT = frozenset({"عن"})
_COMMAS = frozenset({"،", ","})
#: Quotes a claimed noun may stand in ('أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا', session 31).
_QUOTES = frozenset({'"', "«", "“", "”"})
#: The masdars of neutralising (`neutralise_lexemes`' nouns): a group announcing one did it ("أعلنت وزارة الدفاع
#: التركية تحييد 5 إرهابيين", "أعلن الجيش الجزائري القضاء على 3 إرهابيين", session 31).
NEUTRALISE_NOUNS = frozenset({"تحييد", "القضاء علي", "قضاء علي"})
_QUOTE_MARKS = frozenset({'"', "«", "»", "'", "“", "”"})
#: Unmanned aircraft named so (`unmanned_aircraft`) and the words of their use in an attack (`drone_cues`).
UNMANNED = word_set("unmanned_aircraft")
PROJECTILES = word_set("projectile_nouns")
SHOOTING_PLACES = word_set("shooting_places")
FIRING_POSITIONS = word_set("firing_positions")
OPERATION_LAUNCHES = word_set("operation_launches")
MILITARY_OPERATIONS = word_set("military_operations")
VIOLENT_PROTEST_ADVERBS = word_set("violent_protest_adverbs")
PROTEST_VERB_STEMS = word_set("protest_verb_stems")
WEAPON_DESTROYING = word_set("weapon_destroying")
DESTROYED_COUNTS = word_set("destroyed_counts")
DESTROYING_FORCES = word_set("destroying_forces")
IN_FLIGHT = word_set("in_flight")


def _own_forces(word: str) -> bool:
    """Is the folded ``word`` a side's forces with a pronoun ("قواتها", "طائراته", "مقاتلاتنا": `destroying_forces`)?"""
    return any(word.endswith(p) and word[:-len(p)] in DESTROYING_FORCES for p in ("هما", "هم", "ها", "ه", "نا"))
LAUNCHER_NOUNS = word_set("launcher_nouns")
#: How far before a weapon the verb that destroys it may be (see EventExtractor._destroyed_weapon).
DESTROY_REACH = 4
PROJECTILE_LAUNCH = word_set("projectile_launch")
#: Verbs a subject stands right before, their object two commas on ("أطلقت، ليلة الأحد، أربعة مقذوفات"; session 32).
_DEED_BEFORE_DATE = PROJECTILE_LAUNCH | word_set("own_deed_verbs")
PROJECTILE_FALL = word_set("projectile_fall")
#: How far before projectiles their verb of launching may be (see EventExtractor._projectiles_fired).
PROJECTILE_REACH = 10
DRONE_CUES = word_set("drone_cues")
SURVEILLANCE = word_set("surveillance_words")
#: Words before the fighting that won a territory ("بعد معارك مع", "إثر اشتباكات مع").
_FOUGHT_AFTER = frozenset({"بعد", "اثر", "عقب", "خلال"})
#: "في هجوم …" of a claim after an act, and "عنه"/"عنها" after the claim's "مسؤوليته" (see _claimed_again).
_IN_ATTACK = frozenset({"في", "وفي"})
_ABOUT_IT = frozenset({"عنه", "عنها", "عنهما", "عنهم"})
#: How many words may stand between a verb of announcing and the targeting it claims (its subject, "في بيان").
_CLAIM_REACH = 6
#: Words that end the search for a claim's verb: a report of another's deed ("أعلنت الوزارة أن …").
_NOT_CLAIMS = frozenset({"ان", "انه", "انها", "بان", "عن", "علي"})
#: "ثم": a verb after it shares the subject before ("اعتقلت الشرطة الرجل ثم أطلقت سراحه").
_THEN = frozenset({"ثم"})
#: A state body's own deeds beside an arrest: it keeps being their actor.
PURSUIT_OWN_DEEDS = word_set("pursuit_own_deeds")
#: Words of foiling: who foils an act is not its actor.
FOIL_CUES = word_set("foil_cues")
FOIL_NOUNS = word_set("foil_nouns")
#: How many words a foiling verb may stand before the act it foils, its subject and day between.
FOIL_REACH = 6
#: A building before a court's name: the court hit is its building.
BUILDINGS = word_set("court_buildings")
#: Courts and judges (word beginnings): never an event's actor.
COURT_HEADS = tuple(sorted(word_set("court_heads")))
#: Stems of the police in an actor's text: their ambush with no casualty nor weapon is a trap.
POLICE_STEMS = tuple(sorted(word_set("police_stems")))
#: Words after an assault that make it sexual violence.
SEXUAL_CUES = word_set("sexual_cues")
#: Killings by the state's forces no casualty word marks ("القضاء على 4 ارهابيين").
ELIMINATIONS = word_set("elimination_words")
#: Stems of the state's bodies in an actor's text: who foils an act.
STATE_STEMS = POLICE_STEMS + tuple(sorted(word_set("state_stems")))
#: An old event named by its anniversary, trial or case ("الذكرى الرابعة لاغتيال", "محاكمة المتهمين في اغتيال"):
#: the cue and the words that may stand between it and the trigger (see `recall_cues` in the resource).
RECALL_CUES = word_set("recall_cues")
RECALL_FILLERS = word_set("recall_fillers")
#: The most filler words between a recall cue and its trigger.
RECALL_REACH = 6
#: Who survives an act, written after the word, is its target ("نجا الوزير من محاولة اغتيال").
SURVIVE_WORDS = word_set("survive_words")
#: Who intercepts or repels a missile, a drone or an attack is not its actor ("اعترضت الدفاعات الجوية صاروخا").
INTERCEPT_WORDS = word_set("intercept_words")
AIR_DEFENCE = word_set("air_defence")
#: A base, an airport, airspace or airlines that "جوية"/"الطيران" describe, not a strike's means (session 28), and
#: the strike words (beginnings) that end the look back for one ("استهدف القاعدة بضربة جوية").
AIR_PLACES = word_set("air_places")
AIR_PLACE_BREAKS = tuple(sorted(word_set("air_place_breaks")))
#: How many words before "الجوية" its place may stand, its name between ("قاعدة الملك فهد الجوية").
_AIR_PLACE_REACH = 4
#: The adjectives a base or airspace takes, and the trade word airlines take (folded).
_AIR_ADJECTIVES = frozenset({"جوي", "جويه", "الجوي", "الجويه", "جويين", "الجويين"})
_AIR_TRADE_WORDS = frozenset({"طيران", "الطيران"})
#: Verbs of accusing: their subject is not the actor of the act after "بـ" (session 28), and how far the act may be.
ACCUSE_VERBS = word_set("accuse_verbs")
ACCUSE_WITH_OBJECT = word_set("accuse_verbs_with_object")
_ACCUSE_REACH = 16
#: Aircraft whose charge "مفخخة" is written after them: a drone strike, no roadside bomb ("بطائرة مسيرة مفخخة").
CHARGED_AIRCRAFT = word_set("charged_aircraft")
IED = "remote explosive/landmine/IED"
#: A lone suicide bomber as an attack's doer (`suicide_doers`, folded; session 36).
_SUICIDE_DOERS = word_set("suicide_doers")
SUICIDE = "suicide bomb"
#: Shooting down a drone or a missile is intercepting it ("أسقطت الدفاعات الجوية طائرة مسيرة"), not dropping a bomb.
DOWNING_WORDS = word_set("downing_words")
DOWNED_HEADS = word_set("downed_heads")
#: "17 حالة اغتصاب", "في حالة إيقاف": a statistic or a state, no event.
CASE_NOUNS = word_set("case_nouns")
#: Verbs of managing to do whose subject does the act after "من" in a later clause ("تمكنت الوحدات …، من إيقاف").
ENABLE_VERBS = word_set("enable_verbs")
#: "ألقت الوحدات …، …، القبض على": the verb whose subject is the arrest's actor, clauses before "القبض".
SEIZE_VERBS = word_set("seize_verbs")
#: How many words before the trigger the interception word may be.
INTERCEPT_REACH = 8
CALLED_OFF = word_set("called_off")
#: Verbs of killing right after the person an arrest takes, by their past forms → lemma ("ضبطت الأجهزة الأمنية
#: عاطلا قتل زوجته"), and the kin they take (session 27).
TAKEN_HARM = {form: lemma for lemma in word_set("taken_harm_verbs") for form in past_forms(lemma)}
#: The past forms of the verbs of harm but "قتل" (which the killing words read): with a person noun and a kin object
#: after them, a crime on kin ("طعن شاب شقيقه"; session 41, events.gating._kin_harm and the stage's sentence gate).
HARM_BUT_KILLING = {form: lemma for form, lemma in TAKEN_HARM.items() if fold(lemma) != "قتل"}
KIN_NOUNS = word_set("kin_nouns")
#: Pretences ("ادعى تعرضه لبراكاج"): unasserted too, and a few words before the sufferer's "تعرضه" (session 27).
PRETENCES = word_set("pretence_cues")
UNASSERTED_CUES = word_set("unasserted_cues") | PRETENCES
#: How many words before the sufferer's "تعرضه" a pretence may stand, its subject between.
_PRETENCE_REACH = 20
UNASSERTED_FILLERS = word_set("unasserted_fillers")
INTENT_VERBS = word_set("intent_verbs")
FUTURE_VERBS = word_set("future_verbs")
INTENT_INFINITIVES = word_set("intent_infinitives")
PLANNED_ADJECTIVES = word_set("planned_adjectives")
PROTEST_ADJECTIVES = word_set("protest_adjectives")
TARGET_SITES = word_set("target_sites")
OPPOSING = word_set("opposing_adjectives")
OWNER_LINKS = word_set("owner_links")
DECISION_CUES = word_set("decision_cues")
CALL_CUES = word_set("call_cues")
INJURING_DOERS = word_set("injuring_doers")
#: The numbers lexicon's categories of a cardinal word that counts people ("ثلاثة", "عشرة", "عشرين", "مئة").
_COUNT_CATEGORIES = frozenset({"one", "ten", "tens", "hundreds"})
PLAN_CUES = word_set("plan_cues")
PROTEST_ADVERBS = word_set("protest_adverbs")
COMING_DAYS = word_set("coming_days")
WARNINGS = word_set("warning_cues")
THREATS = word_set("threat_cues")
_ENTERING = frozenset({"الدخول", "للدخول", "بالدخول", "دخول"})
#: How many words a future verb or a verb of intent may stand before the act it announces.
_INTENT_REACH = 9
#: words between a call verb and the "إلى" of the protest called for ("دعا الاتحاد الجهوي للشغل منخرطيه إلى إضراب")
_CALL_REACH = 6
#: and farther, with no mark or other "إلى" between (session 35: the call's long subject and object, a date)
_FAR_CALL_REACH = 16
#: The endings of a plural of people ("المشجعين", "المحتجون", "الأهالي" is read by its own ending "ي").
_PLURAL_ENDINGS = ("ين", "ون", "ات", "الي", "اء")
SUSPECT_LINKS = word_set("suspect_links")
DOER_COPULAS = word_set("doer_copulas")
PREPOSITIONS = word_set("prepositions")
#: Riot triggers of thrown things: a riot only where people protest or gather ("رشق", "زجاجات حارقة").
RIOT_WEAPONS = word_set("riot_weapons")
#: The most plain words of one side of "بين X و Y" that no other layer names ("بين الغالبية الأويغورية المسلمة").
_SIDE_WORDS = 3
#: How many words an aside between a clash's two sides may have ("، المطالبين بالتنمية،"; session 48).
_ASIDE_WORDS = 8
#: Most words between a verb of exchange and the shooting it exchanges (the two sides named between).
_EXCHANGE_REACH = 10
#: The events of a protest, whose protester noun makes no other.
_PROTEST_TYPES = ("protests", "riots")
#: Sub-event types whose events their actor announces itself (a group's change, an agreement, a base, a
#: handover): the subject of a reporting verb before them stays a candidate actor.
SELF_ANNOUNCED = frozenset({"change to group/activity", "agreement", "headquarters or base established",
                            "non-violent transfer of territory"})
#: Trigger lexemes that are also the noun of a time of day ("فجر": blew up / dawn), and the words that make
#: them the noun before or after them.
TIME_NOUNS = word_set("time_nouns")
#: Adjectives that describe an event (folded, masculine, without the article; "ه" is added for the feminine).
EVENT_ADJECTIVES = frozenset(w + end for w in word_set("event_adjectives") for end in ("", "ه"))
TIME_BEFORE = word_set("time_before")
TIME_AFTER = word_set("time_after")
TIME_PARTS = word_set("time_parts")
#: Kinds of groups that are no armed context ("حركة النهضة": a party) for the weak lexemes of a political sense
#: ("انسحاب", "السيطرة على").
UNARMED_GROUP_KINDS = word_set("unarmed_group_kinds")
#: Registry ids of civil organizations (the UGTT and its structures), no armed context for any weak lexeme.
UNARMED_GROUPS = word_set("unarmed_groups")
POLITICAL_SENSES = word_set("political_senses")
LEFT_PROCESSES = word_set("left_processes")
POLITICAL_LEAVERS = word_set("political_leavers")
#: Verbs of undertaking and the verbal nouns after their على/إلى that are an attack by their subject ("أقدم شابان على
#: طعن شاب", "عمد ثلاثة أشخاص، إلى قتل جارهم").
UNDERTAKING_VERBS = word_set("undertaking_verbs")
#: A verb of doing or undertaking between the one arrested and a crime ties them ("أقدموا على اغتصاب طفل").
_DOING = DEED_VERBS | UNDERTAKING_VERBS
UNDERTAKEN_ACTS = word_set("undertaken_acts")
#: Verbs of doing on purpose whose object is a trigger noun ("تعمدت اختطاف تلميذ"; session 42).
DELIBERATE_VERBS = word_set("deliberate_verbs")
REFLEXIVES = word_set("reflexives")
#: How many tokens an undertaking verb may stand before the على/إلى of its act (its subject and a comma between).
_UNDERTAKING_REACH = 7
#: Quantifiers between a leaving lexeme and who leaves ("لانسحاب أغلب رموز المعارضة").
LEAVER_QUANTIFIERS = word_set("leaver_quantifiers")
#: Weak lexemes that need casualties or a weapon in their sentence, not only an armed actor ("حملة").
VIOLENT_ONLY = word_set("violent_only")
#: The verb of targeting: after another trigger it tells what that one hit ("تفجير استهدف سيارته").
TARGETING = frozenset({"استهدف"})
_TARGETING_STEMS = tuple(TARGETING)
#: The noun of targeting: a strike of its own unless another one right after names it ("استهدافهم في الضربة الجوية").
TARGETING_NOUNS = frozenset({"استهداف"})
#: Nouns a group announces of its own deed: who announces them right before did them ("أعلن الجيش السوداني، الثلاثاء،
#: استعادة السيطرة على جسر شمبات", "أعلنت قوات الدعم السريع السيطرة على مدينة ود مدني", session 31).
CLAIMED_NOUNS = TARGETING_NOUNS | frozenset({"استعاده السيطره", "استعادته السيطره", "استعادتها السيطره",
                                             "استعادتهم السيطره", "سيطره علي"}) | NEUTRALISE_NOUNS
#: Verbs that announce a deed (`announce_verbs`): a group that announces a targeting right after claims it ("حزب الله
#: يعلن استهداف موقع للجيش الإسرائيلي", session 26, second wave).
ANNOUNCE_VERBS = word_set("announce_verbs")
#: Attack lexemes that are also verbal criticism ("هاجم الشابي الحكومة"), and the words that make them so.
VERBAL_ATTACKS = word_set("verbal_attacks")
QUANTITY_HEADS = word_set("quantity_heads")
#: Words of a cause right before a protest's noun ("بسبب تحركات احتجاجية"): the subject before is not its doer.
CAUSE_WORDS = word_set("cause_words")
#: Words of the cause of deaths right before a violent trigger ("مقتل 4 سيّاح … إثر انفجار حافلة"), and how many
#: words after the killing word the trigger may be (session 28, third wave).
DEATH_CAUSES = word_set("death_causes")
DEATH_CAUSE_FALLS = word_set("death_cause_falls")
#: Nouns of breaking up a gathering right before a protest's trigger ("فض اعتصام", "تفريق التجمع"): the side
#: before them intervenes in the protest, it is no protester (session 28, third wave).
DISPERSALS = word_set("dispersals")
#: Words that set a killing in a dispersal right after them (`during_words`, folded): "مذبحة خلال فض اعتصام".
DURING_WORDS = word_set("during_words")
#: A vehicle or its driver storming a place (`vehicle_nouns`) is no battle: an attack on civilians with a word of a
#: ramming or of terror (`ramming_words`) or casualties in its sentence, else no event (session 28, third wave).
VEHICLE_NOUNS = word_set("vehicle_nouns")
RAMMING_WORDS = word_set("ramming_words")
DEATH_CAUSE_REACH = 16
#: How many words after an attack lexeme its criticized object may stand ("هاجم وزير الخارجية الأمريكي أنتوني
#: بلينكن سياسات …": the subject's title and name first).
CRITICISM_REACH = 8
CRITICISM_CUES = word_set("criticism_cues")
#: Commas and quotation marks allowed between a reporting verb and its complement ("أعلن "حزب الله"، في بيان، أن").
QUOTE_MARKS = frozenset('،,"«»“”')
#: Nouns of a member of a group (`member_nouns`): the group of "مقتل قيادي في حزب الله" is the victims' side.
MEMBER_NOUNS = word_set("member_nouns")
#: Plural member nouns that name a group in a construct ("قادة جبهة النصرة", "عناصر حزب الله"; session 39).
CONSTRUCT_MEMBERS = word_set("member_construct_nouns")
#: Verbs of meeting one's death before "مصرعه/حتفه" ("لقي قيادي … مصرعه"; session 39).
MET_DEATH_VERBS = word_set("met_death_verbs")
#: Nouns of a warrant before an arrest noun ("مذكرة اعتقال"; session 39): no arrest made.
WARRANT_NOUNS = word_set("warrant_nouns")
#: Head nouns of a group's name its span leaves out ("قيادي في حركة حماس"; session 29, third wave).
GROUP_NAME_HEADS = word_set("group_name_heads")
#: A prosecutor's order of an arrest ("أذنت النيابة العمومية بإيقافه"; session 29, third wave).
ARREST_ORDERS = word_set("arrest_order_verbs")
_ORDER_REACH = 4
#: What a verbal attack is aimed at ("هاجم بلينكن سياسات الحكومة الروسية") and where it is said ("خلال مؤتمر صحفي").
CRITICIZED_OBJECTS = word_set("criticized_objects")
#: What one objects to in words after "احتج … على" (`objected_words`, folded): "احتج النواب على مداخلة عبو" is an
#: objection in a debate, no protest (session 29, fourth wave).
OBJECTED_WORDS = word_set("objected_words")
#: The march nouns, and the words after one that make it a career or a course (`career_words`, folded).
MARCHES = frozenset({"مسيره", "مسيرات"})
CAREER_WORDS = word_set("career_words")
#: Words of a protest's place (`protest_places`, folded): "احتج النواب أمام البرلمان على تصريحات …" is one.
PROTEST_PLACES = word_set("protest_places")
CRITICISM_SETTINGS = word_set("criticism_settings")
CRITICISM_SETTING_KINDS = word_set("criticism_setting_kinds")
#: Verbs with the event as their object pronoun ("هجوم شنه تنظيم داعش"): their subject after them is the actor;
#: and the verbs of "قام به" ("الهجوم الذي قام به مسلحون").
PERPETRATED = word_set("perpetration_verbs")
PERPETRATED_WITH_BI = word_set("perpetration_with_bi")


#: Verbs of claiming an attack ("تبناها"): a few words after the trigger, their subject is its actor (session 27).
CLAIM_VERBS = word_set("claim_verbs")
#: How many words after the trigger a claim verb may stand (a perpetration verb: in its clause).
_LATE_CLAIM_REACH = 25
_BI_PRONOUNS = frozenset({"به", "بها", "بهما", "بهم"})
#: Auxiliaries of the passive ("تم إعدامه"), with their proclitics.
PASSIVE_AUXILIARIES = word_set("passive_auxiliaries")
#: The damma: in a past trigger written with it after its first letter ("قُتل", "اعتُقل", "أُعدم") the verb is passive.
_DAMMA = "\u064f"
#: Assaults on an abstract object ("الاعتداء على المال العام"), death sentences ("عقوبة الإعدام"), the slaughter of
#: animals ("إعدام الدواجن"): no events (see :meth:`EventExtractor._no_violence`).
ASSAULTS = word_set("assault_lexemes")
ABSTRACT_OBJECTS = word_set("abstract_objects")
BURNINGS = frozenset(lookup_key(w) for w in word_set("burning_lexemes"))  # (as the triggers fold them: "احرق")
BURNT_WASTE = word_set("burnt_waste")
#: "Alive" after a burning: a killing (session 47, ev47b).
BURNT_ALIVE = word_set("burnt_alive")
#: "To death" after a harm, as (first word, second word) pairs, folded (session 47, ev47b).
TO_DEATH = frozenset(tuple(w.split()) for w in word_set("to_death"))
TO_DEATH_REACH = 4
TO_DEATH_HARMS = word_set("to_death_harms")
#: The manner accusatives of a killing ("ذبحا", "خنقا"), no verb after a death word within MANNER_REACH words before.
KILLING_MANNERS = word_set("killing_manners")
MANNER_REACH = 4
#: Kin nouns whose genitive is a name (session 47, ev47b): "أرملة محمد البراهمي" names no doer.
KIN_OF_NAMES = word_set("kin_of_names")
#: Labels of a victim before a name ("الطفل ياسين", "الضحية"; session 48).
VICTIM_LABELS = word_set("victim_labels")
#: Abstract subjects of a habitual targeting (`abstract_threats`): "الخطر الإرهابي الذي يستهدف" is no act.
ABSTRACT_THREATS = word_set("abstract_threats")
EXECUTIONS = word_set("execution_lexemes")
#: Neutralising lexemes (`neutralise_lexemes`): a fight only with armed men or persons counted after them.
NEUTRALISING = word_set("neutralise_lexemes")
NEUTRALISE_WITH_ALA = word_set("neutralise_with_ala")
NEUTRALISED = word_set("neutralised_nouns")
SENTENCE_WORDS = word_set("sentence_words")
CARRIED_OUT = word_set("carried_out")
ANIMALS = word_set("animals")
SLAUGHTERS = word_set("slaughter_lexemes")
#: Relative pronouns (folded): a verb with an object pronoun after one has its antecedent as object (the shared
#: `relative_pronouns` of ar_words.yaml, session 41: the events list had its own).
RELATIVES = relative_pronouns()
#: Verbs of naming: the name after them glosses the noun before (folded, session 32).
NAMING_VERBS = word_set("naming_verbs")
#: Words of leading that make the noun after them the leader of the doers ("بقيادة أمير محلي"; folded, session 32).
LEADER_LINKS = word_set("leader_links")
#: Words that tie a later crime to the one arrested (an accusation, a relative pronoun, a suspect, a verb of doing).
_TIES = CHARGED_LINKS | RELATIVES | SUSPECTS | PERPETRATORS | _DOING
#: Takings of territory, and what their object must be to be territory ("تسيطر على مطار طرابلس"), after a quantifier.
TERRITORY_LEXEMES = word_set("territory_lexemes")
TERRITORY_NOUNS = word_set("territory_nouns")
TERRITORY_QUANTIFIERS = word_set("territory_quantifiers")
LOOTING = ("strategic developments", "looting/property destruction")
#: Seizures, and the stems of the non-state armed actors whose seizure of goods is looting ("مجموعة مسلحة").
SEIZURES = word_set("seizure_lexemes")
#: Materiel taken in battle and the words of fighting that make its seizure part of the battle (`spoils_nouns`,
#: `battle_cues`, session 31).
SPOILS = word_set("spoils_nouns")
BATTLE_CUES = word_set("battle_cues")
#: Crossings and fronts, territory in a sentence of armed actors or fighting (`crossing_nouns`, session 31).
CROSSINGS = word_set("crossing_nouns")
NON_STATE_STEMS = tuple(sorted(word_set("non_state_stems")))
#: Stems of an unknown doer ("مسلحون مجهولون") and the group kinds that are no state force: their shooting of
#: protesters is an attack on civilians, not excessive force (see :meth:`EventExtractor._force_against_protesters`).
UNKNOWN_STEMS = tuple(sorted(word_set("unknown_stems")))
NON_STATE_GROUP_KINDS = word_set("non_state_group_kinds")
#: Weapons named as things: made or tested ("صناعة قنابل يدوية") no event, found or seized ("العثور على 6 قذائف")
#: a disrupted weapons use.
WEAPON_LEXEMES = word_set("weapon_lexemes")
WEAPON_MAKING = word_set("weapon_making")
WEAPON_FINDING = word_set("weapon_finding")
#: Words after a weapon that make it a thing shown or tested, and the parade of a sentence (see :meth:`_parade`).
WEAPON_DISPLAY_AFTER = word_set("weapon_display_after")
PARADE_NOUNS = word_set("parade_nouns")
#: A show of force: a parade noun with one of these after it (`force_words`, folded): "استعراض من كوريا الشمالية للقوة".
FORCE_WORDS = word_set("force_words")
#: Military drills (`drill_nouns`, folded): "تمرينات تدمير الألغام", "بتدريبات على القتال".
DRILL_NOUNS = word_set("drill_nouns")
PARADE_ADJECTIVES = word_set("parade_adjectives")
#: Heads of a military unit or a weapon system (`unit_heads`, folded): "وحدة الصواريخ" names a unit, no event.
UNIT_HEADS = word_set("unit_heads")
DISPLAY_VERBS = word_set("display_verbs")
PARADE_ATTACK_WORDS = word_set("parade_attack_words")
AIMED_AT = word_set("aimed_at")
MISSILE_WORDS = word_set("missile_words")
MISSILE_TESTS = word_set("missile_tests")
#: Breaches of a truce: the agreement noun after them is no agreement (see :meth:`EventExtractor._breached`).
AGREEMENT_BREACHES = word_set("agreement_breaches")
#: Gear: the trigger noun right after it is no event ("معدات تفجير").
GEAR_NOUNS = word_set("gear_nouns")
#: Explosives countered (no event) or defused (disrupted), read before the weapon (see :meth:`_weapon_as_thing`).
WEAPON_COUNTERING = word_set("weapon_countering")
WEAPON_DEFUSING = word_set("weapon_defusing")
#: Attacks by no armed actor: on computers, by or on animals (see :meth:`EventExtractor._unarmed_attack`).
CYBER_WORDS = word_set("cyber_words")
CYBER_MEDIA = word_set("cyber_media")
ATTACKING_ANIMALS = word_set("attacking_animals")
#: A police or army dog is a means, no attacking animal ("بمساعدة الكلاب البوليسية", session 28).
WORKING_ANIMAL_WORDS = word_set("working_animal_words")
ANIMAL_HELPERS = word_set("animal_helpers")
ANIMAL_NAME_OPENERS = word_set("animal_name_openers")
#: Words right after an unvowelled past arrest verb that make it passive (see :meth:`EventExtractor._bare_passive`).
BARE_PASSIVE_NEXT = word_set("bare_passive_next")
#: Consequences told as possible or to come ("سيؤدي لانفجار", "قد يؤدي إلى انفجار"): no event.
HYPOTHETICAL_RESULTS = word_set("hypothetical_results")
MAY_RESULTS = word_set("may_results")
#: Explosions in a plant with no word of an attack: accidents (see :meth:`EventExtractor._industrial_accident`).
BLAST_LEXEMES = word_set("blast_lexemes")
INDUSTRIAL_SITES = word_set("industrial_sites")
ATTACK_EVIDENCE = word_set("attack_evidence")
#: A road or rail accident named in a document (session 45): an accident noun and its kind ("حادث مرور"), or a
#: collision noun and a vehicle ("اصطدام حافلة"); see :attr:`arabnews.extract.events.clues._TextBefore.road_accident`.
ROAD_ACCIDENT_HEADS = word_set("road_accident_heads")
ROAD_ACCIDENT_KINDS = word_set("road_accident_kinds")
COLLISION_NOUNS = word_set("collision_nouns")
ROAD_VEHICLES = word_set("road_vehicles")
CRIME_EVIDENCE = word_set("crime_evidence")
STATIONS = word_set("stations")
PLANT_WORDS = word_set("plant_words")
#: A depot is a site of accidents only with munitions after it ("انفجار مخزن ذخيرة"), as a station with power.
DEPOTS = word_set("depots")
MUNITIONS = word_set("munitions")
#: Amounts of weapons before "من" ("كميات من الذخيرة"), not counted among the words read before a weapon.
WEAPON_QUANTITIES = word_set("weapon_quantities")
DISRUPTED = ("strategic developments", "disrupted weapons use")
#: Shootings that, after a word of exchange, are a clash ("تبادل إطلاق نار بين دورية أمنية … ومهربين").
SHOOTINGS = word_set("shooting_lexemes")
EXCHANGES = word_set("exchange_words")
CLASH = ("battles", "armed clash")
#: Ambushes that, beside an arrest with no casualty or weapon, are a police trap.
TRAPS = word_set("traps")
#: Arrest nouns after a trap that make it a police trap ("كمين محكم مكّن من القبض على").
_ARREST_NOUNS = frozenset({"القبض", "ايقاف", "الايقاف", "ايقافه", "ايقافهم"})
#: How many words on each side of a weak trigger an accident word makes its casualties no sign of armed violence
#: (and, in a run of headlines, a word of opinion an attack lexeme criticism).
ACCIDENT_REACH = 10
#: In a run of headlines (:attr:`SentenceView.roundup`), how many tokens on each side of a trigger its
#: arguments may be.
ROUNDUP_REACH = 3
