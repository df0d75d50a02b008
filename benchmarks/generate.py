"""Realistic pasted articles for the scale benchmark: ``python benchmarks/generate.py N OUT``.

Writes ``OUT/raw/NNNNN_<hash>.txt``: N articles of about 650 words as a journalist pastes them
from a browser, mostly French, some English, from a dozen invented outlets with their own
layouts (rubric, title, standfirst, byline, date line, agency dateline, share buttons,
« Lire aussi », newsletter pitch, copyright).  Each article names 5 to 15 actors drawn from a
pool of a few hundred invented people, places and organisations (plus real common ones:
France, Syrie, ONU…), and dates events with relative and absolute expressions around its
publication date; publication dates spread over five years.  One article in fifty is a
second paste of an earlier one (same text, another file).

Everything is seeded: the same N gives the same files, and article i does not depend on N
(so ``article(N)`` is "one article more" for the benchmark).  The texts are this module's own
templates; nothing is copied from the project's fixtures.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

SEED = 20151113
DUPLICATE_EVERY = 50  # one article in fifty is pasted twice: 2 %
DUPLICATE_AT = 37  # … at this position in each run of fifty
FIRST_DAY = date(2012, 1, 1)
DAYS = 5 * 365  # publication dates: 2012 to 2016

# --- calendar words -------------------------------------------------------------------------

MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre")
MOIS_ABR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOMBRES = ("deux", "trois", "quatre", "cinq", "six", "dix", "quinze")
NUMBERS = ("two", "three", "four", "five", "six", "ten", "fifteen")

# --- the pool of actors ---------------------------------------------------------------------

PRENOMS_M = ("Arnaud", "Bertrand", "Cédric", "Damien", "Étienne", "Fabrice", "Gilles", "Hervé", "Jérôme", "Laurent",
             "Mathieu", "Nicolas", "Olivier", "Pascal", "Rémi", "Sébastien", "Thierry", "Yannick", "Benoît", "Alain",
             "Karim", "Youssef", "Mehdi", "Samir", "Dmitri", "Igor", "Stefan", "Lukas", "Tomasz", "Andrea")
PRENOMS_F = ("Agnès", "Béatrice", "Claire", "Delphine", "Élodie", "Florence", "Géraldine", "Hélène", "Isabelle",
             "Juliette", "Laure", "Mathilde", "Nathalie", "Océane", "Pauline", "Sandrine", "Valérie", "Sophie",
             "Amina", "Leïla", "Nadia", "Samira", "Irina", "Olga", "Katarzyna", "Giulia", "Ingrid", "Marta")
NOMS = ("Aubriot", "Barthès", "Castaing", "Delorme", "Esquirol", "Fontanel", "Garrigues", "Hamelin", "Jouvenel",
        "Kerbrat", "Lemaistre", "Marsac", "Noiret", "Oberlin", "Peyrac", "Quéméner", "Roussillon", "Sabatier",
        "Tissandier", "Vasseur", "Verdier", "Le Guennec", "de Villeneuve", "Dufresnoy", "Brossard", "Chabanel",
        "Lavergne", "Morvan", "Pélissier", "Rouquette", "Savignac", "Thévenot", "Valadier", "Benhamou", "Haddad",
        "Mansouri", "El Amrani", "Belkacem-Roy", "Ouali", "Petrov", "Sokolov", "Volkova", "Kowalczyk", "Novak",
        "Brenner", "Hofstetter", "Lindqvist", "Moretti", "Ferraro", "Osei", "Mbaye", "Diallo-Vernet", "Carvalho",
        "Okafor", "Hartley", "Whitcombe", "Ashdown", "Pemberton", "Kaczmarek", "Andersen")
FONCTIONS = (  # (French, English): a role a person holds; {masculine|feminine} where French agrees
    ("ministre de l'Intérieur", "interior minister"), ("ministre des Affaires étrangères", "foreign minister"),
    ("ministre de la Défense", "defence minister"), ("ministre de l'Économie", "economy minister"),
    ("secrétaire d'État au Numérique", "junior minister for digital affairs"),
    ("porte-parole du gouvernement", "government spokesperson"), ("député{|e} de la Gironde", "member of parliament"),
    ("{sénateur|sénatrice} du Finistère", "senator"), ("maire de {ville}", "mayor of {ville}"),
    ("président{|e} de la région", "head of the regional council"), ("préfet de police", "police prefect"),
    ("procureur de la République", "public prosecutor"), ("juge d'instruction", "investigating judge"),
    ("{directeur|directrice} de {org}", "director of {org}"), ("{chercheur|chercheuse} à {org}", "researcher at {org}"),
    ("porte-parole de {org}", "spokesperson for {org}"),
    ("secrétaire général{|e} de {org}", "secretary-general of {org}"),
    ("économiste en chef de {org}", "chief economist at {org}"), ("{avocat|avocate} de la famille", "family lawyer"),
    ("{envoyé|envoyée} spécial{|e} de l'ONU", "UN special envoy"),
    ("{ambassadeur|ambassadrice} de France à {ville}", "French ambassador in {ville}"),
    ("chef de la diplomatie", "top diplomat"), ("commissaire européen{|ne} au Commerce", "EU trade commissioner"),
    ("président{|e} du groupe {org}", "chairman of {org}"), ("syndicaliste", "union leader"),
    ("politologue", "political scientist"), ("{historien|historienne}", "historian"), ("général", "general"),
)
GENDERED = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
VILLES = (  # invented towns and cities: (French, English)
    ("Montcalvet", "Montcalvet"), ("Villedieu-sur-Aronde", "Villedieu-sur-Aronde"),
    ("Saint-Aubin-des-Landes", "Saint-Aubin-des-Landes"), ("Port-Ménez", "Port-Ménez"), ("Castelrieu", "Castelrieu"),
    ("Brévannes-le-Haut", "Brévannes-le-Haut"), ("La Roche-Sauveterre", "La Roche-Sauveterre"),
    ("Lunel-Vieil-sur-Mer", "Lunel-Vieil-sur-Mer"), ("Al-Qasra", "Al-Qasra"), ("Tell Harun", "Tell Harun"),
    ("Novoberezk", "Novoberezk"), ("Zelinograd", "Zelinograd"), ("Kafr Salim", "Kafr Salim"), ("Merovia", "Merovia"),
    ("Ostrava-Nord", "Ostrava-Nord"), ("Vallorbe-les-Bains", "Vallorbe-les-Bains"),
    ("Saint-Jory-de-Chalais", "Saint-Jory-de-Chalais"), ("Haut-Varenne", "Haut-Varenne"), ("Bordanges", "Bordanges"),
    ("Kerlouarn", "Kerlouarn"),
    # real cities
    ("Paris", "Paris"), ("Bruxelles", "Brussels"), ("Moscou", "Moscow"), ("Washington", "Washington"),
    ("Damas", "Damascus"), ("Berlin", "Berlin"), ("Londres", "London"), ("Genève", "Geneva"), ("Lyon", "Lyon"),
    ("Marseille", "Marseille"), ("Bordeaux", "Bordeaux"), ("Ankara", "Ankara"), ("Bagdad", "Baghdad"),
    ("Beyrouth", "Beirut"), ("Vienne", "Vienna"),
)
PAYS = (  # real countries: (French with its article, « en/au … », « de la/du … », English)
    ("la France", "en France", "de la France", "France"), ("la Syrie", "en Syrie", "de la Syrie", "Syria"),
    ("la Russie", "en Russie", "de la Russie", "Russia"), ("l'Irak", "en Irak", "de l'Irak", "Iraq"),
    ("la Turquie", "en Turquie", "de la Turquie", "Turkey"), ("l'Allemagne", "en Allemagne", "de l'Allemagne",
    "Germany"), ("la Belgique", "en Belgique", "de la Belgique", "Belgium"), ("le Liban", "au Liban", "du Liban",
    "Lebanon"), ("l'Iran", "en Iran", "de l'Iran", "Iran"), ("l'Ukraine", "en Ukraine", "de l'Ukraine", "Ukraine"),
    ("les États-Unis", "aux États-Unis", "des États-Unis", "the United States"),
    ("le Royaume-Uni", "au Royaume-Uni", "du Royaume-Uni", "Britain"),
)
DATELINE_CITIES = VILLES[20:28]
ORGS = (  # invented organisations: (French with its article, English)
    ("l'Observatoire européen des mobilités", "the European Mobility Observatory"),
    ("la Fédération nationale des transporteurs", "the National Hauliers' Federation"),
    ("l'Institut Delmas", "the Delmas Institute"), ("le groupe Vérane", "the Vérane group"),
    ("la Banque Orsini", "Orsini Bank"), ("le Syndicat unitaire des services publics", "the Public Services Union"),
    ("Terre Commune", "Terre Commune"), ("le Parti du renouveau démocratique", "the Democratic Renewal Party"),
    ("l'Alliance citoyenne", "the Citizens' Alliance"),
    ("le Centre d'études stratégiques de Lyon", "the Lyon Centre for Strategic Studies"),
    ("l'Agence régionale de santé", "the regional health agency"), ("la Mutuelle Horizon", "Horizon Mutual"),
    ("la Compagnie fluviale de l'Est", "the Eastern River Company"), ("la Fondation Aubrac", "the Aubrac Foundation"),
    ("le Comité de soutien aux déplacés", "the Committee for Displaced People"), ("Novatrans", "Novatrans"),
    ("le Front de libération du Nord", "the Northern Liberation Front"),
    ("les Brigades Al-Nour", "the Al-Nour Brigades"),
    ("le Conseil national de transition", "the National Transition Council"), ("Médecins de l'Aube", "Dawn Doctors"),
    ("la Coopérative laitière du Morvan", "the Morvan Dairy Cooperative"), ("Electra Énergies", "Electra Energy"),
    ("le Haut Conseil du numérique", "the High Council for Digital Affairs"),
    ("la Ligue des contribuables", "the Taxpayers' League"),
)
ORGS_REELLES = (  # real common ones: (French with its article, English)
    ("l'ONU", "the UN"), ("l'OTAN", "NATO"), ("l'Union européenne", "the European Union"),
    ("la Commission européenne", "the European Commission"), ("le FMI", "the IMF"), ("la Croix-Rouge", "the Red Cross"),
    ("l'Assemblée nationale", "the National Assembly"), ("le Sénat", "the Senate"),
    ("le Conseil de sécurité", "the Security Council"), ("la Banque centrale européenne", "the European Central Bank"),
    ("le Conseil constitutionnel", "the Constitutional Council"), ("l'État islamique", "Islamic State"),
)

TOPICS = {  # a story's subject, (French, English, feminine in French)
    "diplomatie": (("le processus de paix", "the peace process", False), ("le cessez-le-feu", "the ceasefire", False),
                   ("la conférence internationale", "the international conference", True),
                   ("le régime de sanctions", "the sanctions regime", False),
                   ("la résolution", "the resolution", True)),
    "économie": (("le plan de relance", "the stimulus plan", False), ("la réforme fiscale", "the tax reform", True),
                 ("le budget", "the budget", False), ("la fusion", "the merger", True),
                 ("le plan social", "the redundancy plan", False)),
    "justice": (("l'enquête", "the investigation", True), ("le procès", "the trial", False),
                ("la procédure", "the proceedings", True), ("l'instruction", "the judicial inquiry", True),
                ("le verdict", "the verdict", False)),
    "défense": (("la campagne de frappes", "the air campaign", True),
                ("l'opération militaire", "the military operation", True), ("le déploiement", "the deployment", False),
                ("la coalition", "the coalition", True),
                ("le partage du renseignement", "intelligence sharing", False)),
    "social": (("la grève", "the strike", True), ("la réforme des retraites", "the pension reform", True),
               ("le projet de loi", "the bill", False), ("la mobilisation", "the protest movement", True),
               ("la concertation", "the consultation", True)),
    "environnement": (("le projet de barrage", "the dam project", False), ("la pollution", "the pollution", True),
                      ("la sécheresse", "the drought", True), ("le plan climat", "the climate plan", False),
                      ("la centrale", "the power plant", True)),
}


@dataclass(frozen=True)
class Person:
    """An invented person: name, gender (for agreement) and a role in both languages."""

    first: str
    last: str
    female: bool
    role_fr: str
    role_en: str

    @property
    def name(self) -> str:
        """Full name."""
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Place:
    """A place and the forms French needs: « la France », « en France », « de la France »."""

    the: str
    at: str
    of: str
    en: str


@dataclass(frozen=True)
class Pool:
    """The actors every article draws from, people grouped by topic so that they recur across articles."""

    people: dict[str, list[Person]]
    places: list[Place]
    orgs: list[tuple[str, str]]
    journalists: list[str]


@cache
def pool() -> Pool:
    """The fixed pool of actors (300 people, 47 places, 36 organisations), from the seed."""
    rng = random.Random(SEED)
    places = [Place(fr, f"à {fr}", contract(f"de {fr}"), en) for fr, en in VILLES] + [Place(*p) for p in PAYS]
    orgs = list(ORGS) + list(ORGS_REELLES)
    seen: set[str] = set()
    people: dict[str, list[Person]] = {t: [] for t in TOPICS}
    topics = list(TOPICS)
    while sum(len(v) for v in people.values()) < 300:
        female = rng.random() < 0.45
        first = rng.choice(PRENOMS_F if female else PRENOMS_M)
        last = rng.choice(NOMS)
        if first + last in seen:
            continue
        seen.add(first + last)
        fr, en = rng.choice(FONCTIONS)
        fr = GENDERED.sub(r"\2" if female else r"\1", fr)
        ville, org = rng.choice(VILLES), rng.choice(ORGS)
        role_fr = contract(fr.format(ville=ville[0], org=org[0]))
        people[topics[len(seen) % len(topics)]].append(
            Person(first, last, female, role_fr, en.format(ville=ville[1], org=org[1])))
    journalists = []
    while len(journalists) < 80:
        name = f"{rng.choice(PRENOMS_F + PRENOMS_M)} {rng.choice(NOMS)}"
        if name not in seen:
            seen.add(name)
            journalists.append(name)
    return Pool(people, places, orgs, journalists)


# « de le » is « du », « que il » is « qu'il »: French contracts what the slots put side by side.
CONTRACTIONS = ((re.compile(r"\bde le\b"), "du"), (re.compile(r"\bde les\b"), "des"), (re.compile(r"\bà le\b"), "au"),
                (re.compile(r"\bà les\b"), "aux"), (re.compile(r"\bde ([AEIOUYÉÈaeiouyéè])"), r"d'\1"),
                (re.compile(r"\bque ([AEIOUYÉÈaeiouyéè])"), r"qu'\1"), (re.compile(r"\bDe le\b"), "Du"),
                (re.compile(r"\b([Ll])[ea] ([aeiouéè])"), r"\1'\2"))


def contract(text: str) -> str:
    """French text with its contractions made."""
    for pattern, repl in CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text


# --- sentences ------------------------------------------------------------------------------
# Slots: {P} a person's full name on first mention, {S} the surname after, {R} the role, {le}
# le/la, {il} il/elle, {e} "" / "e" (the person's gender), {e2} the same for the subject; {L}
# a place (« la France », « Paris »), {aL} « en France » / « à Paris », {dL} « de la France »,
# {L2} another place; {O} an organisation with its article; {X} what the story is about; {D}
# a date (relative or absolute); {Y} a year, {J} {M} a day and a month; {N} a number.

PHRASES_FR = (
    "{P}, {R}, a annoncé {D} que {X} serait examiné{e2} avant la fin du mois.",
    "« Nous ne céderons pas sur l'essentiel », a déclaré {S} {D}, devant la presse réunie {aL}.",
    "Selon {O}, {X} concerne désormais plus de {N} 000 personnes autour {dL}.",
    "{D}, {le} {R} s'est rendu{e} {aL} pour rencontrer les représentants de {O}.",
    "Interrogé{e} par nos soins, {S} dit ne pas croire à une issue rapide.",
    "{X} avait déjà été évoqué{e2} {D}, sans que {O} ne prenne position.",
    "Depuis {Y}, {O} réclame une clarification des règles, rappelle {P}.",
    "« C'est une étape importante, mais rien n'est réglé », estime {P}, {R}.",
    "{il} avait pourtant promis, {D}, de présenter un calendrier précis.",
    "La réunion prévue {D} {aL} a finalement été reportée.",
    "D'après un document consulté par notre rédaction, {N} millions d'euros seraient en jeu.",
    "{O} a publié {D} un communiqué dénonçant « une décision prise dans la précipitation ».",
    "{aL}, les habitants suivent le dossier avec inquiétude.",
    "Le sujet divise jusque dans les rangs de {O}, où plusieurs voix se sont élevées {D}.",
    "En {Y}, un projet comparable avait échoué faute de financement.",
    "Les premiers résultats sont attendus le {J} {M}, selon {S}.",
    "Dans un entretien accordé {D} à une radio locale, {P} a reconnu « des erreurs de méthode ».",
    "{S} doit être reçu{e} {aL} {F} par les responsables de {O}.",
    "« Il faut sortir de cette impasse », a plaidé {le} {R} {D}.",
    "Les discussions entre {O} et les autorités {dL} se poursuivent depuis {Y}.",
    "Une délégation de {O} est arrivée {D} {aL}, a-t-on appris de source diplomatique.",
    "Le texte prévoit notamment une enveloppe de {N} millions d'euros sur trois ans.",
    "{P} a démenti {D} toute divergence avec {O}.",
    "Le calendrier reste flou : aucune date n'a été fixée pour {X}.",
    "Plusieurs élus {dL} ont demandé {D} la suspension de {X}.",
    "La situation s'est tendue {D}, lorsque des manifestants se sont rassemblés devant le siège de {O}.",
    "Il y a {NB} jours, {S} assurait encore que {X} serait bouclé{e2} avant l'été.",
    "{O} estime que {X} coûtera au moins {N} millions d'euros d'ici à {Y2}.",
    "Le {J} {M} {Y}, {P} avait déjà signé un accord de principe avec {O}.",
    "« Nous attendons des actes, pas des promesses », résume un responsable de {O} sous couvert d'anonymat.",
    "Ce revirement intervient après des mois de tensions entre {L} et {L2}.",
    "{il} s'est dit{e} « prêt{e} à discuter avec tout le monde », y compris avec {O}.",
    "Selon un sondage publié {D}, {N} % des personnes interrogées désapprouvent {X}.",
    "Les experts de {O} jugent ces chiffres « largement sous-estimés ».",
    "L'opposition dénonce un « passage en force » et promet de saisir {O}.",
    "La décision sera rendue publique au plus tard {F}.",
    "{S} n'a pas souhaité répondre à nos questions.",
    "Au printemps {Y}, {O} avait déjà alerté sur les risques liés à {X}.",
    "Sur place, {aL}, la vie a repris son cours, mais les stigmates restent visibles.",
    "{P} se rendra {F} {aL2}, pour y rencontrer son homologue.",
    "Ce n'est pas la première fois que {O} se retrouve au cœur d'une telle polémique.",
    "Le dossier sera de nouveau sur la table {F}, {aL}.",
    "{D}, une source proche de {O} évoquait déjà « un accord a minima ».",
    "La veille, {S} avait reçu {aL} les représentants de {O}.",
    "Pour {P}, {R}, « la question n'est plus de savoir si, mais quand ».",
    "Les chiffres publiés {D} par {O} montrent une hausse de {N} % en un an.",
    "Le gouvernement a convoqué {D} l'ambassadeur {dL2}.",
    "L'affaire remonte au mois de {M} {Y}, lorsque {O} avait déposé plainte.",
    "En marge du sommet, {P} et {P2} ont eu un long échange {D}.",
    "« Je n'ai jamais dit cela », s'est défendu{e} {S}, interrogé{e} sur ses propos de {M}.",
    "Les syndicats de {O} menacent de durcir le mouvement si rien ne bouge d'ici au {J} {M}.",
    "Entre {Y} et {Y2}, le nombre de dossiers en souffrance a presque doublé.",
    "Un rapport parlementaire, rendu public {D}, pointe « un manque criant de coordination ».",
    "{S} affirme avoir prévenu {O} dès {Y}, courriers à l'appui.",
    "Les associations locales, elles, réclament une expertise indépendante.",
    "« On nous a menti pendant des mois », s'indigne une habitante croisée {aL}.",
    "Le parquet a ouvert {D} une enquête préliminaire, selon une source judiciaire.",
    "Rien ne dit que le calendrier annoncé {D} par {P} pourra être tenu.",
    "La presse locale {dL} évoque déjà un « fiasco annoncé ».",
    "À l'issue de la rencontre, aucun communiqué commun n'a été publié.",
    "{P}, qui connaît bien le dossier, juge la situation « préoccupante mais pas désespérée ».",
    "La prochaine échéance est fixée au {J} {M}, date à laquelle {O} doit rendre ses conclusions.",
)
PHRASES_EN = (
    "{P}, the {R}, said {D} that {X} would be reviewed before the end of the month.",
    "\"We will not give ground on the essentials,\" {S} told reporters in {L} {D}.",
    "According to {O}, {X} now affects more than {N},000 people around {L}.",
    "{D}, {S} travelled to {L} to meet representatives of {O}.",
    "Asked about the timetable, {S} said a quick outcome was unlikely.",
    "{X} had already been discussed {D}, without {O} taking a position.",
    "Since {Y}, {O} has been calling for clearer rules, {P} said.",
    "\"This is an important step, but nothing is settled,\" said {P}, the {R}.",
    "The meeting planned in {L} {D} was eventually postponed.",
    "A document seen by this newspaper puts the sums at stake at {N} million euros.",
    "{O} issued a statement {D} denouncing \"a rushed decision\".",
    "In {Y}, a similar plan collapsed for lack of funding.",
    "First results are expected on {J} {MEN}, according to {S}.",
    "In an interview {D}, {P} admitted \"mistakes of method\".",
    "Talks between {O} and the authorities in {L} have been going on since {Y}.",
    "A delegation from {O} arrived in {L} {D}, diplomatic sources said.",
    "{P} {D} denied any disagreement with {O}.",
    "The timetable remains unclear: no date has been set for {X}.",
    "{NBEN} days ago, {S} was still promising that {X} would be wrapped up before the summer.",
    "On {J} {MEN} {Y}, {P} had already signed an agreement in principle with {O}.",
    "\"We want action, not promises,\" said an official at {O} who asked not to be named.",
    "The reversal follows months of tension between {L} and {L2}.",
    "A poll published {D} found that {N} per cent of respondents disapproved of {X}.",
    "Experts at {O} called the figures \"vastly underestimated\".",
    "The decision will be made public by {J} {MEN} at the latest.",
    "{S} did not respond to requests for comment.",
    "Back in {Y}, {O} had already warned about the risks of {X}.",
    "{P} is due to travel to {L2} {F} to meet a counterpart.",
    "Figures released {D} by {O} show a {N} per cent rise over a year.",
    "The case goes back to {MEN} {Y}, when {O} filed a complaint.",
    "On the sidelines of the summit, {P} and {P2} held lengthy talks {D}.",
    "\"I never said that,\" {S} insisted when asked about remarks made in {MEN}.",
    "Local residents in {L} say they have been left in the dark.",
    "The opposition accused the government of \"ramming it through\" and vowed to take the matter to {O}.",
    "A parliamentary report released {D} pointed to \"a glaring lack of coordination\".",
    "{S} says {il2} warned {O} as early as {Y}, and has the letters to prove it.",
    "Prosecutors opened a preliminary investigation {D}, a judicial source said.",
    "There is no guarantee that the timetable announced {D} by {P} can be met.",
    "No joint statement was issued after the meeting.",
    "{P}, who knows the file well, described the situation as \"worrying but not hopeless\".",
    "The next deadline is {J} {MEN}, when {O} is due to report.",
    "Between {Y} and {Y2}, the backlog almost doubled.",
    "Unions at {O} have threatened to step up action if nothing changes by {J} {MEN}.",
    "Officials in {L2} have so far declined to comment.",
)
TITRES_FR = (
    "{S} : « {C} »", "{X} : {O} hausse le ton", "Ce que l'on sait de {X} {aL}", "{aL}, {X} relancé{e2}",
    "{O} et {L} : le bras de fer continue", "{X} : {P} sous pression", "Pourquoi {X} inquiète {O}",
    "{L} : {N} questions sur {X}", "{P} veut accélérer {X}", "{X}, un dossier qui embarrasse {O}",
    "{aL}, la colère monte contre {X}", "{P} : « {C} »",
)
TITRES_EN = (
    "{P} vows to press ahead with {X}", "{O} raises pressure over {X}", "What we know about {X} in {L}",
    "{X}: {L} and {O} at odds", "Why {X} worries {O}", "{S} under fire over {X}",
)
CITATIONS = ("Nous irons jusqu'au bout", "Rien n'est encore décidé", "Il est temps d'agir", "Nous avons été trahis",
             "Ce n'est qu'un début", "La porte reste ouverte")
INTERTITRES_FR = ("Un calendrier serré", "Des réactions contrastées", "Le précédent de {Y}", "Sur le terrain",
                  "Une facture salée", "Et maintenant ?", "La colère des élus", "Des négociations difficiles")
INTERTITRES_EN = ("A tight timetable", "Mixed reactions", "On the ground", "What comes next")


# --- outlets --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outlet:
    """An invented outlet: its name, language, date line shape, byline shape and furniture, in page order."""

    name: str
    lang: str
    layout: tuple[str, ...]  # parts, in the order the page shows them
    date_line: str  # a key of DATE_LINES
    byline: str  # a key of BYLINES
    rubrics: tuple[str, ...] = ()
    agency: str = ""  # an agency dateline opens the body: « PARIS (AFP) - »
    curly: bool = False  # typographic apostrophes


OUTLETS = (
    Outlet("Le Courrier du Centre", "fr", ("rubric", "title", "standfirst", "byline", "date", "share", "body",
           "read_also", "newsletter", "copyright"), "publie_slash", "par", ("Politique", "Société", "Monde")),
    Outlet("La Gazette de l'Estuaire", "fr", ("title", "date", "byline", "body", "read_also", "copyright"),
           "publie_long", "par_et", ("Actualité", "Région"), curly=True),
    Outlet("Horizons Hebdo", "fr", ("rubric", "title", "standfirst", "byline", "date", "reading", "body", "share",
           "newsletter"), "mis_a_jour", "par_role", ("International", "Économie", "Idées")),
    Outlet("Agence Centrale de Presse", "fr", ("title", "date", "body", "copyright"), "jour_mois", "none",
           agency="ACP"),
    Outlet("Le Quotidien du Littoral", "fr", ("title", "kicker_date", "byline", "share", "body", "read_also",
           "comments"), "point", "par", ("Faits divers", "Politique"), curly=True),
    Outlet("Libre Ouest", "fr", ("rubric", "title", "byline", "date", "body", "subscribe", "copyright"),
           "publie_iso", "signature", ("Monde", "France", "Économie")),
    Outlet("Le Journal des Deux Rives", "fr", ("title", "standfirst", "date", "byline", "body", "read_also",
           "read_also", "newsletter"), "jour_semaine", "correspondant", ("International",)),
    Outlet("Info Continu", "fr", ("title", "date", "share", "body", "copyright"), "publie_slash", "none",
           ("Direct", "Flash"), agency="AFP", curly=True),
    Outlet("Le Républicain des Vallées", "fr", ("rubric", "title", "byline", "date", "body", "share"),
           "publie_long", "par", ("Local", "Département")),
    Outlet("The Northern Ledger", "en", ("rubric", "title", "standfirst", "byline", "date", "share", "body",
           "read_more", "newsletter_en", "copyright_en"), "updated", "by", ("World", "Politics", "Business")),
    Outlet("Eastbridge Post", "en", ("title", "byline", "date", "body", "read_more", "copyright_en"), "us_time",
           "by", ("Europe", "Middle East")),
    Outlet("Capital Wire", "en", ("title", "date", "body", "copyright_en"), "published", "none", agency="Reuters"),
)
LANG_WEIGHTS = {"fr": 8.0, "en": 2.0}  # about 80 % French: each outlet's share of the pastes


def _when(d: datetime, lang: str) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if lang == "en" else f"{d.day} {MOIS[d.month - 1]} {d.year}"


DATE_LINES = {
    "publie_slash": lambda d: f"Publié le {d:%d/%m/%Y} à {d:%H}h{d:%M}",
    "publie_long": lambda d: (f"Publié le {JOURS[d.weekday()]} {_when(d, 'fr')} à {d:%H}h{d:%M}, "
                              f"mis à jour à {(d + timedelta(minutes=97)):%H}h{(d + timedelta(minutes=97)):%M}"),
    "mis_a_jour": lambda d: f"Mis à jour le {_when(d, 'fr')} à {d:%H:%M}",
    "jour_mois": lambda d: _when(d, "fr"),
    "point": lambda d: f"Le {d:%d.%m.%Y} à {d:%H:%M}",
    "publie_iso": lambda d: f"Publié le {d:%Y-%m-%d}",
    "jour_semaine": lambda d: f"{JOURS[d.weekday()].capitalize()} {_when(d, 'fr')}",
    "updated": lambda d: f"Updated {_when(d, 'en')}",
    "us_time": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M} "
                         f"{'PM' if d.hour >= 12 else 'AM'} ET",
    "published": lambda d: f"Published: {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}",
}
BYLINES = {
    "par": lambda a, rng: f"Par {a[0]}",
    "par_et": lambda a, rng: f"Par {a[0]} et {a[1]}",
    "par_role": lambda a, rng: f"Par {a[0]}, {rng.choice(('envoyée spéciale', 'correspondant', 'journaliste'))}",
    "signature": lambda a, rng: f"{a[0]} (avec AFP)",
    "correspondant": lambda a, rng: f"De notre correspondant à {rng.choice(('Bruxelles', 'Moscou', 'Beyrouth'))}, "
                                    f"{a[0]}",
    "by": lambda a, rng: f"By {a[0]}",
    "none": lambda a, rng: "",
}


# --- one article ----------------------------------------------------------------------------

@dataclass
class Story:
    """What one article is about and who it names, fixed before its sentences are written."""

    rng: random.Random
    lang: str
    published: datetime
    topic: str
    people: list[Person]
    places: list[Place]
    orgs: list[tuple[str, str]]
    mentioned: set[str] = field(default_factory=set)
    deck: list[str] = field(default_factory=list)  # sentences not used yet in this article


def relative_date(s: Story) -> str:
    """A date as the text says it: relative (« lundi », « il y a trois jours ») or absolute (« le 26 novembre »)."""
    rng, pub = s.rng, s.published.date()
    back = pub - timedelta(days=rng.randint(1, 40))
    wd = rng.randrange(7)
    if s.lang == "en":
        return rng.choice((f"on {DAYS_EN[wd]}", "yesterday", "last week", f"on {_when(back, 'en')}",
                           f"on {back.day} {MONTHS[back.month - 1]}", f"{rng.choice(NUMBERS)} days ago",
                           f"in {MONTHS[back.month - 1]}", "earlier this week", f"last {DAYS_EN[wd]}",
                           f"on {DAYS_EN[wd]} night", f"in late {MONTHS[back.month - 1]}"))
    return rng.choice((JOURS[wd], f"{JOURS[wd]} dernier", "hier", "avant-hier", f"{JOURS[wd]} soir",
                       "la semaine dernière", "ce week-end", f"le {back.day if back.day > 1 else '1er'} "
                       f"{MOIS[back.month - 1]}", f"le {back.day} {MOIS[back.month - 1]} {back.year}",
                       f"il y a {rng.choice(NOMBRES)} jours", "en début de semaine",
                       f"dans la nuit de {JOURS[wd]} à {JOURS[(wd + 1) % 7]}", "le mois dernier",
                       f"en {MOIS[back.month - 1]} dernier", f"{JOURS[wd]} matin", f"à la mi-{MOIS[back.month - 1]}"))


def future_date(s: Story) -> str:
    """A date still to come: « lundi prochain », « le 3 décembre », « dans quinze jours »."""
    rng = s.rng
    ahead = s.published.date() + timedelta(days=rng.randint(2, 60))
    wd = rng.randrange(7)
    if s.lang == "en":
        return rng.choice((f"next {DAYS_EN[wd]}", "next week", f"on {ahead.day} {MONTHS[ahead.month - 1]}",
                           f"in {rng.choice(NUMBERS)} weeks", f"in early {MONTHS[ahead.month - 1]}"))
    return rng.choice((f"{JOURS[wd]} prochain", "la semaine prochaine", f"le {ahead.day} {MOIS[ahead.month - 1]}",
                       f"dans {rng.choice(NOMBRES)} semaines", f"début {MOIS[ahead.month - 1]}", "demain",
                       f"d'ici au {ahead.day} {MOIS[ahead.month - 1]}"))


def slots(s: Story) -> dict[str, str]:
    """Values for every slot of a sentence: one person (and a second), places, an organisation, dates."""
    rng, en = s.rng, s.lang == "en"
    p, p2 = rng.sample(s.people, 2)
    topic = rng.choice(TOPICS[s.topic])
    here, there = rng.sample(s.places, 2)
    day = s.published.date() + timedelta(days=rng.randint(-60, 45))
    return {
        "P": p.name, "P2": p2.name, "S": p.last if p.name in s.mentioned else p.name,
        "R": p.role_en if en else p.role_fr, "le": "la" if p.female else "le",
        "il": ("She" if p.female else "He") if en else ("Elle" if p.female else "Il"),
        "il2": "she" if p.female else "he", "e": "e" if p.female else "", "e2": "e" if topic[2] else "",
        "L": here.en if en else here.the, "aL": here.at, "dL": here.of, "L2": there.en if en else there.the,
        "aL2": there.at, "dL2": there.of, "O": rng.choice(s.orgs)[en], "X": topic[en],
        "D": relative_date(s), "F": future_date(s),
        "Y": str(s.published.year - rng.randint(1, 4)), "Y2": str(s.published.year + rng.randint(1, 5)),
        "N": str(rng.choice((3, 7, 12, 18, 25, 40, 64, 120, 350))), "NB": rng.choice(NOMBRES),
        "NBEN": rng.choice(NUMBERS).capitalize(), "J": str(day.day) if en or day.day > 1 else "1er",
        "M": MOIS[day.month - 1], "MEN": MONTHS[day.month - 1], "C": rng.choice(CITATIONS),
    }


def fill(template: str, s: Story) -> str:
    """A template with its slots filled from the story's actors and dates."""
    values = slots(s)
    text = SLOT.sub(lambda m: values[m.group(1)], template)
    if "{P}" in template or "{S}" in template:  # named once in full: the surname is enough after
        s.mentioned.add(values["P"])
    text = text[0].upper() + text[1:]
    return text if s.lang == "en" else contract(text)


SLOT = re.compile(r"\{(\w+)\}")


def sentence(s: Story) -> str:
    """The next sentence: each template once per article until all have been used."""
    if not s.deck:
        s.deck = list(PHRASES_EN if s.lang == "en" else PHRASES_FR)
        s.rng.shuffle(s.deck)
    return fill(s.deck.pop(), s)


def story(i: int) -> Story:
    """The subject, language, date and actors of article i (its own seeded random stream)."""
    rng = random.Random(f"{SEED}:{i}")
    p = pool()
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    published = datetime.combine(FIRST_DAY + timedelta(days=rng.randrange(DAYS)), datetime.min.time()) + timedelta(
        minutes=rng.randint(6 * 60, 23 * 60))
    topic = rng.choice(list(TOPICS))
    n_actors = rng.randint(5, 15)  # the people, places and organisations the article names
    n_people = max(2, n_actors // 2)
    n_places = max(2, (n_actors - n_people) // 2)
    n_orgs = max(1, n_actors - n_people - n_places)
    return Story(rng, lang, published, topic, rng.sample(p.people[topic], n_people), rng.sample(p.places, n_places),
                 rng.sample(p.orgs, n_orgs))


def body(s: Story, words: int) -> list[str]:
    """Paragraphs of 2 to 5 sentences, with an intertitle now and then, until about `words` words."""
    inter = INTERTITRES_EN if s.lang == "en" else INTERTITRES_FR
    out: list[str] = []
    count = 0
    while count < words:
        if out and s.rng.random() < 0.15:
            out.append(fill(s.rng.choice(inter), s))
        para = " ".join(sentence(s) for _ in range(s.rng.randint(2, 5)))
        out.append(para)
        count += len(para.split())
    return out


def furniture(part: str, o: Outlet, s: Story) -> list[str]:
    """The lines of one part of the page other than the story: share buttons, « Lire aussi », copyright."""
    rng, year = s.rng, s.published.year
    other = fill(rng.choice(TITRES_EN if o.lang == "en" else TITRES_FR), s)
    table = {
        "rubric": [rng.choice(o.rubrics)] if o.rubrics else [],
        "share": rng.choice((["Partager", "Facebook", "Twitter", "E-mail"], ["Partager sur Facebook",
                             "Partager sur Twitter", "Envoyer par e-mail"], ["Share", "Tweet", "Email"]))
        if o.lang == "fr" else ["Share this article", "Facebook", "X", "LinkedIn"],
        "read_also": [f"Lire aussi : {other}"] if rng.random() < 0.7 else [f"À lire aussi\n{other}"],
        "read_more": [f"Read more: {other}"],
        "newsletter": ["Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous gratuitement à notre "
                       "newsletter."],
        "newsletter_en": ["Sign up for our morning briefing, delivered free to your inbox every weekday."],
        "copyright": [f"© {o.name} {year} - Tous droits réservés"],
        "copyright_en": [f"Copyright © {year} {o.name}. All rights reserved."],
        "reading": [f"{rng.randint(3, 7)} min de lecture"],
        "subscribe": ["Abonnez-vous à partir de 1 € le premier mois pour lire tous nos articles."],
        "comments": [f"Commentaires ({rng.randint(0, 80)})", "Réagir à cet article"],
    }
    return table[part]


def dateline(o: Outlet, s: Story) -> str:
    """An agency's dateline: « PARIS (AFP) - », "BEIRUT, Nov 18 (Reuters) - "."""
    city = s.rng.choice(DATELINE_CITIES)[s.lang == "en"].upper()
    if s.lang == "en":
        return f"{city}, {MONTHS[s.published.month - 1][:3]} {s.published.day} ({o.agency}) - "
    return f"{city} ({o.agency}) - "


def headline(s: Story) -> tuple[str, str]:
    """Title and standfirst of the story."""
    title = fill(s.rng.choice(TITRES_EN if s.lang == "en" else TITRES_FR), s)
    standfirst = sentence(s)
    return title, standfirst


@dataclass(frozen=True)
class Page:
    """One pasted article: its text, and what a reader would call its title and date line."""

    text: str
    title: str
    date_line: str
    lang: str
    published: datetime


def page(i: int) -> Page:
    """Article i as pasted from its outlet's page (never a duplicate)."""
    s = story(i)
    outlets = [o for o in OUTLETS if o.lang == s.lang]
    o = outlets[s.rng.randrange(len(outlets))]
    title, standfirst = headline(s)
    authors = s.rng.sample(pool().journalists, 2)
    lines: list[str] = []
    date_line = ""
    for part in o.layout:
        if part == "title":
            lines.append(title)
        elif part == "standfirst":
            lines.append(standfirst)
        elif part == "byline":
            lines += [b for b in [BYLINES[o.byline](authors, s.rng)] if b]
        elif part in ("date", "kicker_date"):
            stamp = DATE_LINES[o.date_line](s.published)
            date_line = f"{s.rng.choice(o.rubrics)} | {stamp}" if part == "kicker_date" else stamp
            lines.append(date_line)
        elif part == "body":
            paras = body(s, s.rng.randint(560, 700) - len(" ".join(lines).split()))
            if o.agency:
                paras[0] = f"{dateline(o, s)}{paras[0]}"
            lines += paras
        else:
            lines += furniture(part, o, s)
    text = "\n\n".join(lines) + "\n"
    if o.curly:
        text, title, date_line = (x.replace("'", "’") for x in (text, title, date_line))
    return Page(text, title, date_line, s.lang, s.published)


def article(i: int) -> str:
    """The text of article i as pasted (never a duplicate)."""
    return page(i).text


def edited(text: str) -> str:
    """The same article after the journalist corrected it: one paragraph added in its body."""
    paras = text.split("\n\n")
    at = min(len(paras) - 1, max(3, len(paras) // 3))
    paras.insert(at, "Précision : la réunion prévue le 12 mars à Montcalvet a été avancée au 9 mars, a indiqué "
                     "un porte-parole de la Fondation Aubrac, sans donner davantage de détails.")
    return "\n\n".join(paras)


def duplicate_of(i: int) -> int | None:
    """The earlier article that article i pastes again, or None: one in DUPLICATE_EVERY."""
    if i % DUPLICATE_EVERY != DUPLICATE_AT:
        return None
    return random.Random(f"{SEED}:dup:{i}").randrange(i)


def file_name(i: int, text: str) -> str:
    """A raw file's name: its number and a short digest, as the project's own raw/ files."""
    return f"{i:05d}_{hashlib.sha256(f'{i}:{text}'.encode()).hexdigest()[:16]}.txt"


def generate(n: int, out: Path) -> list[Path]:
    """Write N articles into OUT/raw/; returns their paths."""
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        j = duplicate_of(i)
        text = article(i if j is None else j)
        path = raw / file_name(i, text)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    """Command line: N and the output folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"generate: {len(paths)} articles, {words} words, in {args.out / 'raw'}")


if __name__ == "__main__":
    main()
