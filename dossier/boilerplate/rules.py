"""Boilerplate rules: what a pasted page carries around its article.

Grouped by family; each rule has a name (family.rule) that reports, settings and
per-article exceptions use.  Patterns are regular expressions on the block's text
*folded*: lower case, no accents, straight quotes, one space between words.

  full:  the patterns together must cover most of the block (FULL_COVERAGE_DEFAULT): a
         real sentence that merely mentions comments or Facebook is longer than the phrase.
  start: the block starts with the pattern and has at most max_words words
         ("Lire aussi : <the title of another article>").

GENERIC holds the vocabulary of the signals that catch wordings no rule lists: a call to
action, a block that addresses the reader about the site, a label made only of site words.
Plain Python data, not YAML: tuples grouped by concept, compiled once per build.
"""

# A pattern that starts with an optional or variable-length part is anchored with "^": it
# describes a whole block anyway, and unanchored it is tried at every position of every
# paragraph (300 µs a paragraph for the consent notice alone).
FAMILIES: dict[str, dict[str, dict]] = {
    "comments": {
        "closed": {
            "full": (
                r"(?:ce|cet|le) (?:contenu|article|sujet|billet|fil) (?:n'est|est) (?:pas |plus |desormais )?(?:ouvert|ferme) aux (?:commentaires|reactions)",
                r"(?:les )?(?:commentaires|reactions) (?:sont |ont ete )?(?:fermes?|clos|desactives?|suspendus?)(?: pour cet article| sur cet article)?",
                r"(?:comments|commenting) (?:are|is|has been|have been) (?:now )?(?:closed|disabled|turned off)(?: (?:on|for) this (?:article|story|piece))?",
                r"this (?:article|story|discussion) is (?:now )?closed for comments",
            ),
        },
        "prompt": {
            "full": (
                r"^(?:(?:voir|afficher|lire|masquer|vos|nos|les) (?:les |tous les )?)?\d*\s*(?:commentaires?|reactions?)(?: \(\d+\))?\s*\d*",
                r"(?:ajouter|laisser|ecrire|poster|publier) un commentaire",
                r"(?:soyez|soyez le|etre le) premiers? a (?:commenter|reagir)",
                r"(?:commenter|reagir|reagissez)(?: cet article| a cet article)?",
                r"^(?:(?:show|view|see|hide|load|read) (?:all )?)?\d*\s*comments?(?: \(\d+\))?\s*\d*",
                r"(?:leave|add|post) a comment|join the (?:conversation|discussion|debate)",
                r"pour (?:commenter|reagir),? (?:vous devez etre connecte|connectez-vous|identifiez-vous)",
                r"(?:vous devez etre connecte|connectez-vous|identifiez-vous) pour (?:commenter|reagir|poster un commentaire)",
                r"(?:log|sign) in (?:to|or create an account to) (?:comment|join the conversation)",
                r"(?:les )?(?:commentaires|reactions) (?:des lecteurs|des internautes|de nos lecteurs|des abonnes)",
                r"(?:reader|readers') comments",
                r"(?:les )?(?:commentaires|reactions) (?:sont|seront) (?:moderes?|soumis a (?:la )?moderation|publies apres (?:validation|moderation))[^.]{0,60}",
                r"merci de (?:rester courtois|respecter (?:la charte|les regles|nos regles))[^.]{0,60}|(?:charte|regles) de (?:moderation|bonne conduite)[^.]{0,40}",
            ),
        },
    },
    "partner": {
        "labels": {
            "full": (
                r"contenus? (?:partenaires?|sponsorises?|proposes? par [^.]{2,40}|de marque|commercial)",
                r"(?:en partenariat avec|propose par|sponsorise par|presente par|avec le soutien de) [^.]{2,40}",
                r"publi-?(?:redactionnel|reportage|communique|information)",
                r"(?:partner|sponsored|paid|promoted|branded) (?:content|post|stories|links|by [^.]{2,40})",
                r"(?:sponsored|presented|brought to you|supported) by [^.]{2,40}",
                r"(?:recommande|recommended|sponsorise) par (?:outbrain|taboola|ligatus)|(?:by|par) (?:outbrain|taboola)",
                r"(?:nos partenaires|avec nos partenaires|nos offres partenaires|offres? (?:speciales?|partenaires?))",
                r"(?:vous aimerez aussi|vous pourriez aimer|a decouvrir aussi|you (?:may|might) also like)(?: \(?(?:sponsorise|sponsored)\)?)?",
            ),
        },
    },
    "ads": {
        "markers": {
            "full": (
                r"(?:publicite|pub|annonce|reclame|advertisement|advertising|advert|ad|sponsored)",
                r"(?:la )?publicite (?:se poursuit|continue) (?:ci-dessous|apres)|(?:article|story) continues? (?:below|after (?:the )?(?:advertisement|ad))",
                r"(?:fermer|close|skip|passer) (?:la )?(?:publicite|pub|ad|advertisement)",
                r"^(?:publicite|advertisement|ad|annonce)\s*[-:|]?\s*(?:continuer la lecture|la suite ci-dessous|scroll (?:down )?to continue(?: with content)?|continue reading below|story continues below)[^.]{0,30}$",
                r"^sponsorise[es]{0,2}$",
            ),
        },
    },
    "error_report": {
        "calls": {
            "full": (
                r"vous avez (?:repere|remarque|trouve|constate|vu) une (?:erreur|faute|coquille)[^.]{0,80}",
                r"(?:signaler|signalez|signalez-nous|signalez-la|signalez-le) (?:une|cette) (?:erreur|faute|coquille)[^.]{0,40}",
                r"une (?:erreur|coquille|faute) \?.{0,60}",
                r"(?:report|spotted|found|notice) (?:an|a) (?:error|mistake|typo)[^.]{0,60}",
                r"(?:si vous souhaitez|pour) (?:nous )?signaler une erreur[^.]{0,80}",
                r"signalez-le ici|signalez-la ici|let us know|contactez la redaction",
            ),
        },
    },
    "sharing": {
        "labels": {
            "full": (
                r"(?:(?:partager|partagez|share|tweeter|tweet|envoyer|send|email|e-mail|imprimer|print|copier le lien|copy link|pin|save|sauvegarder|enregistrer)(?: (?:cet article|this article|this story|par e-mail|par email|via email|by email|sur|on|via|le lien|link))?(?: (?:facebook|twitter|x|linkedin|whatsapp|messenger|pinterest|reddit|flipboard|bluesky|mastodon|threads|telegram|e-mail|email|mail))?\s*)+",
                r"(?:(?:facebook|twitter|x|linkedin|whatsapp|messenger|pinterest|reddit|flipboard|bluesky|mastodon|threads|telegram|e-mail|email|mail|imprimer|print|partager|share|copier le lien|copy link)\s*[|,/·•]?\s*)+",
                r"vous pouvez partager un article en cliquant sur les icones de partage[^.]{0,80}",
                # bookmarks, gifts and print buttons
                r"^(?:ajouter a (?:mes|vos) (?:favoris|selections?|listes?|articles)|sauvegarder|enregistrer|offrir|imprimer|print|save|bookmark|gift|copier|copy)(?: (?:l'article|cet article|la page|this (?:article|story|page)|article|story|page|le lien|link))?$",
                r"^(?:lien copie|link copied|copie dans le presse-papier|copied to clipboard)$",
                # a menu of short items between pipes: "Order Reprints | Today's Paper | Subscribe"
                r"^(?:[a-z'’ &-]{2,25}\s*\|\s*){1,8}[a-z'’ &-]{2,25}$",
                r"(?:suivez|suivez-nous|follow us|follow) (?:sur|on) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|les reseaux sociaux|social media)[^.]{0,60}",
            ),
        },
    },
    "related": {
        "leadins": {
            "start": (
                r"(?:a )?lire (?:aussi|egalement|ensuite|la suite)?\s*[:>-]",
                # « Lire aussi Notre dossier… » without a colon
                r"(?:a )?lire (?:aussi|egalement)\b",
                r"(?:lisez|voyez|regardez|ecoutez|decouvrez) (?:aussi|egalement)\b",
                r"(?:a )?(?:voir|regarder|ecouter|decouvrir) (?:aussi|egalement)\s*[:>-]?",
                r"(?:sur le meme sujet|dans la meme rubrique|notre dossier|nos articles sur|articles? lies?|en lien|en savoir plus|pour aller plus loin)\s*[:>-]?",
                r"(?:read|see|watch|listen) (?:more|also|next)\s*[:>-]?",
                r"(?:related(?: coverage| articles?| stories| content| topics)?|more on this (?:story|topic)|further reading|recommended(?: for you)?|you may (?:also )?be interested in)\s*[:>-]?",
                r"(?:mots-cles|mots cles|tags|themes|sujets|topics|keywords|related topics|categories)\s*:",
            ),
            "max_words": 30,
        },
        "headings": {
            "full": (
                # not "l'essentiel": explainers use it as a real subheading
                r"(?:les )?(?:plus lus|articles les plus lus|plus partages|plus commentes|a la une|en continu|dernieres (?:infos|actus|actualites)|le direct|en direct|nos (?:derniers )?articles|a ne pas manquer|les incontournables)",
                r"(?:articles? (?:en relation|lies|associes|similaires|recommandes)|a lire egalement|dans l'actualite|plus d'articles|autres articles|more articles|related articles|recommended articles)",
                r"(?:most (?:read|popular|viewed|shared)|trending|top stories|latest(?: news)?|more from [^.]{2,30}|more stories|editor's picks|don't miss|topics|tags|mots-cles|themes|sujets|rubriques)",
                r"^(?:notre selection|nos selections|selection de la redaction|le choix de la redaction|editor'?s? (?:picks|choice)|recommended for you|a decouvrir|les dernieres actualites|dernieres (?:nouvelles|depeches))$",
            ),
        },
    },
    "subscription": {
        "paywall": {
            "full": (
                r"(?:cet |l')?(?:article|contenu|content|story) (?:est )?(?:reserve|reservee|accessible|exclusif) (?:aux|a nos|pour les) (?:abonnes|membres|lecteurs abonnes)[^.]{0,80}",
                r"(?:reserve|reservee|reservees|reserves) aux abonnes|premium|abonnes|exclusif abonnes|reserved for subscribers|subscribers? only|for subscribers",
                r"il vous reste \d+\s?% (?:de cet article )?a (?:lire|decouvrir)[^.]{0,60}",
                r"la suite (?:de cet article )?est reservee aux abonnes[^.]{0,60}",
                r"pour lire la suite[^.]{0,80}",
                r"(?:vous souhaitez|envie de|pour) (?:lire|continuer a lire|decouvrir) la suite ?\??",
                r"(?:decouvrez|voir) (?:toutes )?nos offres[^.]{0,80}",
                r"cet article vous (?:a ete|est) offert[^.]{0,80}",
                r"pour lire tous nos articles[^.]{0,80}",
                r"(?:vous lisez|you are reading|you're reading) (?:un|an|this) (?:article|story) (?:en acces libre|gratuit|offert|for free|free)[^.]{0,60}",
                r"il vous reste \d+ articles? (?:gratuits?|a lire|offerts?)[^.]{0,60}|you have \d+ free (?:articles?|stories) (?:left|remaining)[^.]{0,60}",
                r"^(?:lire la suite|continuer (?:la )?lecture|read (?:the )?full (?:story|article)|continue reading)\W*$",
                r"(?:deja|vous etes deja) abonne(?:e)? ?\??\s*(?:se connecter|connectez-vous|identifiez-vous|connexion|je me connecte)?",
                r"(?:abonnez-vous|s'abonner|je m'abonne|subscribe(?: now)?|s'abonner a [^.]{2,30})(?: (?:des|a partir de|pour|from|for) [^.]{0,40})?",
                r"(?:offre|offer) (?:speciale|special|d'essai|decouverte|limitee|limited)[^.]{0,80}",
                r"\d+\s?(?:€|euros?|\$|£)(?: par mois| le premier mois| pour \d+ mois| per month| a month)?[^.]{0,40}",
                r"(?:already a subscriber|already subscribed|have an account) ?\??\s*(?:log in|sign in|login)?",
                r"you(?:'ve| have) (?:reached|read) (?:your|the) (?:limit|maximum)[^.]{0,80}",
                r"(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)[^.]{0,60}",
            ),
        },
    },
    "newsletter": {
        "signup": {
            "full": (
                r"(?:inscrivez-vous|abonnez-vous|s'inscrire|je m'inscris|recevez|recevoir|decouvrez)[^.]{0,60}(?:newsletter|lettre d'information|infolettre|alertes?|notifications?|courriel|e-mail|email|boite (?:mail|de reception))[^.]{0,80}",
                # a label ("Newsletter info", "La newsletter de la rédaction"): short, no full stop, at
                # the end of the block, so "La newsletter du ministère listait les cibles." stays
                r"(?:la |notre |nos )?(?:newsletters?|lettres? d'information|infolettres?)(?: [a-z0-9'&\- ]{0,30})?$",
                # "Ouest-France Newsletter", "The Guardian Today newsletter": a name then the word
                r"^[a-z0-9'&\- ]{2,40} (?:newsletters?|infolettre)$",
                r"(?:sign up|subscribe|register)(?: now)?(?: to| for)? (?:our |the )?(?:[a-z']+ )?(?:newsletter|daily briefing|briefing|email|alerts?)[^.]{0,80}",
                r"(?:get|receive) (?:the|our)[^.]{0,50}(?:in your inbox|newsletter|by email)[^.]{0,40}",
                r"(?:en vous inscrivant|en (?:cliquant|validant)[^.]{0,30}), vous acceptez[^.]{0,120}",
                r"(?:votre|your) (?:adresse )?(?:e-mail|email|courriel)(?: address)?",
                r"(?:by (?:signing up|subscribing)|privacy notice:)[^.]{0,160}",
                r"^(?:want|envie d'en savoir|vous voulez|you want) (?:more|plus)[^.?]{0,40}\?",
            ),
        },
    },
    "login": {
        "prompts": {
            "full": (
                r"(?:s'inscrire|je m'inscris|inscription|je m'abonne|se connecter|connexion|connectez-vous|identifiez-vous|s'identifier|deconnexion|mon compte|creer un compte|creez votre compte|log ?in|sign ?in|sign up|log out|my account|create (?:an|your) (?:free )?account|register)",
            ),
        },
    },
    "reading": {
        "time": {
            "full": (
                r"(?:temps de )?lecture\s*:?\s*\d+\s*(?:min|mn|minutes?)\.?",
                r"\d+\s*(?:min|mn|minutes?) (?:de lecture|read|reading)",
                r"(?:reading time|read time|lecture)\s*:?\s*\d+\s*(?:min|minutes?)",
                r"(?:ecouter|listen to) (?:cet article|this article|this story)[^.]{0,30}",
                r"^(?:ecouter|listen to) (?:l'article|the article)(?: \(?\d+ ?min\)?)?$",
            ),
        },
        "freshness": {
            "full": (
                r"^(?:updated|mis a jour|publie|published|posted|modifie)?\s*(?:il y a|depuis)?\s*\d+\s*(?:ans?|mois|semaines?|jours?|heures?|h|min|minutes?|years?|months?|weeks?|days?|hours?|mins?)(?: ago)?",
                r"^(?:derniere )?(?:mise a jour|mis a jour|updated|last updated|publie|published|posted|modifie|actualise)\s*:?\s*(?:il y a|depuis)?\s*\d+\s*(?:ans?|mois|semaines?|jours?|heures?|h|min|minutes?|years?|months?|weeks?|days?|hours?|mins?)(?: ago)?$",
            ),
        },
    },
    "legal": {
        "copyright": {
            "full": (
                r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[^.]{0,60}(?:tous droits reserves|all rights reserved)?\.?",
                r"(?:tous droits (?:de reproduction )?reserves|all rights reserved|toute reproduction (?:est )?interdite)[^.]{0,60}",
                r"(?:la |toute )?reproduction (?:totale ou partielle|partielle ou totale|ou representation)[^.]{0,160}(?:interdite|autorisation)[^.]{0,100}",
                r"(?:droits de reproduction et de diffusion reserves|usage strictement (?:personnel|prive))[^.]{0,80}",
                r"this material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?\.?",
                r"(?:reuse this content|our standards: the thomson reuters trust principles|thomson reuters trust principles)",
                # print-edition notices (NYT, Le Monde: « Cet article est paru dans l'édition du … »)
                r"^a version of this (?:article|story) appears in print on[^\n]{0,300}",
                r"^(?:cet article est paru|article paru|paru) dans (?:l'edition|le journal|le supplement|notre edition)[^.]{0,160}\.?",
                r"(?:conditions (?:generales )?d'utilisation|mentions legales|politique de confidentialite|terms (?:of use|and conditions)|privacy policy|cookie policy|gestion des cookies)",
            ),
        },
        "consent": {
            "full": (
                r"^[^.]{0,80}(?:vous n'avez pas accepte|you have not accepted|accepter les cookies|accept cookies|activer javascript|enable javascript|javascript (?:is )?(?:disabled|desactive))[^.]{0,120}",
                r"(?:nous utilisons des cookies|we use cookies|ce site utilise des cookies|this (?:site|website) uses cookies)[^.]{0,160}\.?|(?:accepter|refuser|gerer|parametrer) (?:les |mes |vos )?cookies|cookie (?:settings|preferences)|manage cookies",
            ),
        },
    },
    "agency": {
        "attribution": {
            "full": (
                # "Le Monde avec AFP", "(avec Reuters)": the converter keeps the agency in the metadata
                r"^\(?(?:[a-z0-9'. -]{2,40} )?avec (?:l')?(?:afp|reuters|belga|ats|ap|dpa|ansa|efe|agences?)(?: et (?:afp|reuters|belga|ats|ap|dpa|ansa|efe))?\)?\.?",
                r"\((?:with )?(?:afp|reuters|ap|associated press)\)",
            ),
        },
        "signoff": {
            "full": (
                # "Keystone-SDA/ts", "afp/ljb": an agency's name, then editors' codes
                r"^\(?(?:keystone-sda|keystone-ats|agence france-presse|associated press|reuters|belga|afp|ats|sda|dpa|ap|ansa|efe)(?:\s?/\s?[a-z]{1,5}){1,5}\)?$",
                r"^\(?(?:[a-z]{2,5}(?:-[a-z]{2,5})?\s?/\s?){1,6}[a-z]{2,5}(?:-[a-z]{2,5})?\)?",
                r"\((?:additional )?(?:reporting|writing|editing|compiled)(?: by)? [^)]{2,200}\)",
                r"(?:additional )?(?:reporting|writing) by [^.]{2,120}; (?:editing|writing) by [^.]{2,120}",
                r"^(?:additional )?(?:reporting|writing|editing|compiled|research|graphics?|video) (?:by|:) [^.;]{2,120}(?:; ?(?:editing|writing|reporting) by [^.;]{2,120})*\.?$",
                r"(?:associated press|ap|reuters|afp) (?:writers?|reporters?|correspondents?|journalists?) [^.]{2,160} contributed(?: to this (?:report|story|article))?\.?",
                r"^[^.]{2,80} contributed (?:reporting|to this (?:report|story))\.?",
                r"^(?:©|\(c\))?\s*(?:\d{4}\s*)?(?:afp|reuters|belga|ats|keystone-ats|dpa|ap|associated press|agence france-presse)(?:\s*\d{4})?",
            ),
        },
    },
    "appeal": {
        "donation": {
            "full": (
                r"since you're here\s*(?:…|\.\.\.)?",
                r"(?:…|\.\.\.)?\s*we have a small favou?r to ask[^?]{0,400}",
                # not "[a-z]+" after the verb: "Soutenir l'Ukraine est une priorite" is a sentence
                r"(?:support|soutenez|soutenir) (?:the guardian|us|our journalism|independent journalism|notre journalisme|la redaction|[a-z]+ (?:journalism|journalisme))(?: today| now| aujourd'hui)?",
                r"(?:make a (?:contribution|donation)|faire un don|donate|contribute)[^.]{0,60}",
                r"^(?:merci (?:de votre lecture|pour votre lecture|de nous lire|d'avoir lu cet article)|thanks? (?:you )?for reading)[^.]{0,60}$",
            ),
        },
    },
    "media": {
        "prompts": {
            "full": (
                r"(?:video|videos|podcast|diaporama|galerie|photos|infographie|audio|en images)",
                r"(?:regarder|voir|lancer|lire|play|watch) (?:la |the )?(?:video|diaporama|galerie|slideshow|gallery)[^.]{0,40}",
                r"(?:duree|duration)\s*:?\s*\d{1,2}:\d{2}",
                r"^\(?\d{1,2}\s?/\s?\d{1,2}\)?",
                r"media playback is (?:unsupported|not supported) on your device|votre navigateur ne (?:permet|prend|supporte) pas[^.]{0,80}",
            ),
        },
    },
}

GENERIC: dict = {
    # A block that starts with one of these and is short is a call to action, not news.
    # Whole words; English ones are two words long because "Share prices fell" or "Join
    # talks" open real sentences.
    "call_to_action": {
        "starts": (
            'abonnez-vous', 'inscrivez-vous', 'recevez', 'decouvrez', 'telechargez', 'suivez-nous', 'suivez toute', 'suivez notre', 'suivez l\'actualite', 'partagez',
            'cliquez', 'retrouvez', 'profitez', 'essayez', 'rejoignez', 'signalez-nous', 'soutenez-nous',
            'activez', 'connectez-vous', 'identifiez-vous', 'creez votre', 'installez', 'ne manquez',
            'sign up', 'subscribe to', 'subscribe now', 'follow us', 'download the', 'download our', 'click here',
            'tap here', 'get the app', 'get our', 'join us', 'join our', 'read more', 'watch now', 'listen now',
            'share this', 'support us', 'enable javascript', "don't miss",
        ),
        "max_words": 25,
    },
    # A block addressing the reader about the site itself ("Votre navigateur…", "Your subscription…").
    # Interview questions say "vous" too: the topics are the site's own business only, and a
    # block in the middle of the article needs two of them.
    "reader_address": {
        # "notre/our": the site speaking of itself ("notre application"); topics gate them
        "pronouns": (
            'vous', 'votre', 'vos', 'you', 'your', 'notre', 'nos', 'our', 'nous', 'we',
        ),
        "topics": (
            'abonn', 'inscri', 'connecte', 'newsletter', "lettre d'information", 'infolettre', 'cookie',
            'navigateur', 'javascript', 'subscri', 'sign in', 'sign up', 'log in', 'inbox', 'courriel',
            'notification', 'cet article', 'this article', 'ce contenu', 'this content', 'notre site', 'our site',
            'notre application', 'our app', 'lire la suite', 'nos offres', 'en illimite', 'premier mois',
            'ad blocker', 'bloqueur de publicit',
        ),
        "max_words": 35,
    },
    # Short blocks made only of site vocabulary (labels, buttons, menus), with at least one
    # word of the first list: "Le direct" is a label, "Le" alone is not evidence.
    "label_vocabulary": (
        'facebook', 'twitter', 'linkedin', 'whatsapp', 'messenger', 'pinterest', 'reddit', 'flipboard', 'bluesky',
        'mastodon', 'instagram', 'youtube', 'tiktok', 'telegram', 'e-mail', 'email', 'mail', 'imprimer', 'print',
        'partager', 'share', 'tweet', 'envoyer', 'copier', 'copy', 'lien', 'link', 'commentaires', 'comments',
        'commenter', 'reagir', 'publicite', 'advertisement', 'newsletter', 'abonnes', 'premium', 'menu', 'accueil',
        'rechercher', 'search', 'fermer', 'retour', 'suivant', 'precedent', 'connexion', 'login', 'follow', 'suivre', "s'abonner",
        'subscribe', 'video', 'podcast', 'direct', 'live',
    ),
    "label_filler": (
        'le', 'la', 'les', "l'", 'sur', 'on', 'via', 'par', 'by', 'cet', 'this', 'article', 'story', 'the', 'a',
        'un', 'une', 'en', 'to', 'de', 'du', 'des', 'et', 'and', 'x', 'plus', 'more', 'voir', 'see', 'page', 'top',
        'haut', 'home', 'back', 'next', 'previous', 'close', 'send', 'photo', 'photos', 'audio',
    ),
    "label_max_words": 6,
    # Blocks repeated in at least this many articles of the dossier, this short, at the
    # edge of the article (before its first or after its last paragraph), are site furniture.
    "repeat_min_articles": 2,
    "repeat_max_words": 12,
}
