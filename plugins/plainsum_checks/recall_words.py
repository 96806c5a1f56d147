"""Word lists for the error types real machine translation and rewrites make, by language.

Each list names a category of things, never a sheet's own words: a text's figure attached
to one of ``OTHER_REFERENTS`` counts a thing no health study of people counts as its
participants ("310 hospitals"); ``DISEASES`` and ``TREATMENTS`` are real terms a rewrite
puts in place of a sheet's condition or intervention; ``OWN``/``NOT_OWN`` say whose body
or cells something comes from. A sheet that does count hospitals, or names a second
drug, has those words in its own labels, and they are then not foreign to it.

Words are folded (lower case, no accents). A stem ending in ``*`` matches any word that
starts with it; German nouns also match as the last part of a compound.
A language pack may give its own lists under the same names (``other_referents``,
``diseases``, ``treatments``, ``own_words``, ``not_own_words``).
"""

from __future__ import annotations

OTHER_REFERENTS: dict[str, tuple[str, ...]] = {
    "en": ("hospital", "hospitals", "clinic", "clinics", "centre", "centres", "center",
           "centers", "universit*", "school", "schools", "institution*", "compan*",
           "study", "studies", "trial", "trials", "paper", "papers", "article", "articles",
           "journal", "journals", "country", "countries", "city", "cities", "town", "towns",
           "dose", "doses", "pill", "pills", "tablet", "tablets", "injection", "injections",
           "drug", "drugs", "medicine", "medicines", "doctor", "doctors", "physician*",
           "nurse", "nurses", "neurologist*", "surgeon*", "researcher*", "scientist*",
           "mice", "rat", "rats", "animal", "animals", "baby", "babies", "infant", "infants",
           "newborn", "newborns", "midwife", "midwives", "site", "sites"),
    "es": ("hospital", "hospitales", "clinica", "clinicas", "centro", "centros",
           "universidad*", "escuela*", "institucion*", "empresa*", "estudio", "estudios",
           "ensayo", "ensayos", "articulo", "articulos", "revista*", "pais", "paises",
           "ciudad", "ciudades", "dosis", "pastilla*", "comprimido*", "inyeccion*",
           "farmaco*", "medicamento*", "medico", "medicos", "medica", "medicas",
           "enfermer*", "neurolog*", "cirujano*", "investigador*", "cientifico*", "raton",
           "ratones", "rata", "ratas", "animal", "animales", "bebe", "bebes", "recien",
           "matrona*", "comadrona*", "sede", "sedes"),
    "fr": ("hopital", "hopitaux", "clinique", "cliniques", "centre", "centres",
           "universit*", "ecole*", "etablissement*", "entreprise*", "etude", "etudes",
           "essai", "essais", "article", "articles", "revue*", "pays", "ville", "villes",
           "dose", "doses", "comprime*", "pilule*", "injection*", "medicament*", "medecin",
           "medecins", "infirmier*", "neurologue*", "chirurgien*", "chercheur*",
           "scientifique*", "souris", "rat", "rats", "animal", "animaux", "bebe", "bebes",
           "nouveau-ne*", "nourrisson*", "sage-femme", "sages-femmes", "site", "sites"),
    "de": ("krankenhaus", "krankenhauser", "krankenhausern", "klinik", "kliniken",
           "zentrum", "zentren", "universitat*", "schule*", "einrichtung*", "firma",
           "firmen", "studie", "studien", "artikel", "land", "lander", "landern", "stadt",
           "stadte", "stadten", "dosis", "dosen", "tablette*", "pille*", "spritze*",
           "injektion*", "medikament*", "arzt", "arzte", "arzten", "arztin*", "pflegekraft*",
           "neurolog*", "chirurg*", "forscher*", "wissenschaftler*", "mause", "mausen",
           "ratte*", "tier", "tiere", "tieren", "baby", "babys", "neugeboren*", "saugling*",
           "hebamme*", "standort*"),
    "it": ("ospedale", "ospedali", "clinica", "cliniche", "centro", "centri", "universita",
           "scuola", "scuole", "istituzion*", "aziend*", "studio", "studi", "articolo",
           "articoli", "rivist*", "paese", "paesi", "citta", "dose", "dosi", "compress*",
           "pillol*", "iniezion*", "farmaco", "farmaci", "medicinal*", "medico", "medici",
           "infermier*", "neurolog*", "chirurg*", "ricercator*", "scienziat*", "topo", "topi",
           "ratto", "ratti", "animale", "animali", "neonat*", "lattant*", "ostetric*", "sede",
           "sedi"),
    "pt": ("hospital", "hospitais", "clinica", "clinicas", "centro", "centros",
           "universidade*", "escola*", "instituic*", "empresa*", "estudo", "estudos",
           "ensaio", "ensaios", "artigo", "artigos", "revista*", "pais", "paises", "cidade",
           "cidades", "dose", "doses", "comprimido*", "pilula*", "injec*", "inje*",
           "farmaco*", "medicamento*", "medico", "medicos", "medica", "medicas",
           "enfermeir*", "neurologista*", "cirurgi*", "investigador*", "cientista*", "rato",
           "ratos", "animal", "animais", "bebe", "bebes", "recem-nascido*", "parteira*"),
}

# diseases by a stem every language shares or by each language's name; acronyms as written
_DISEASES_ALL = ("parkinson*", "alzheimer*", "lupus", "huntington*", "crohn*", "diabet*",
                 "epilep*", "epiless*", "asthm*", "migrain*", "migran*", "psoria*", "arthrit*",
                 "artrit*", "myasthen*", "miasten*", "neuromyelit*", "neuromielit*",
                 "fibromyalg*", "fibromialg*", "leukem*", "leucem*", "leukam*", "leucemi*",
                 "lymphom*", "linfom*", "amyotroph*", "amiotrof*", "dement*", "demenc*",
                 "demenz*", "scleroderm*", "sclerodermi*", "esclerodermi*", "sklerodermi*",
                 "hepatit*", "tuberculos*", "tuberkulos*", "malaria", "pneumon*", "neumon*",
                 "polmonit*", "sepsi*", "cancer", "cancers", "cancro", "krebs", "tumor*",
                 "tumeur*", "tumour*", "tumore", "tumori", "covid*", "influenza", "grippe",
                 "gripe", "stroke", "strokes", "ictus", "schlaganfall*", "hypertens*",
                 "hipertens*", "ipertens*", "obesit*", "adipositas", "glaucom*", "glaukom*",
                 "fibros*", "fibrose*", "dystroph*", "distrofi*", "neuropath*", "neuropat*",
                 "cirrhos*", "cirros*", "zirrhos*", "anemi*", "anaemi*", "anami*",
                 "osteopor*", "infarct*", "infart*", "infarkt*",
                 "sarcoid*", "sarkoid*", "polyneur*", "polineur*", "poliomyel*", "poliomiel*",
                 "endometrit*", "cystit*", "cistit*", "zystit*", "mastit*",
                 "asma", "asmatic*", "arrhythm*", "arritm*", "aritm*", "rhythmusstor*",
                 "emphysem*", "enfisem*", "angioedem*", "angiooedem*", "herzinsuffizienz*")
DISEASES: dict[str, tuple[str, ...]] = {
    lang: _DISEASES_ALL for lang in ("en", "es", "fr", "de", "it", "pt")}
DISEASE_ACRONYMS = ("ALS", "ELA", "SLA", "COPD", "EPOC", "BPCO", "HIV", "VIH", "AIDS", "SIDA",
                    "ADHD", "TDAH", "NMO", "NMOSD", "CIDP", "PDCI", "SLE", "LES", "DVT", "TVP",
                    "TVT", "COVID", "AVC", "ACV", "AIT", "TIA")

# drugs by their international names (every language writes them alike, with its own
# ending) and treatments by each language's word
_DRUGS = ("apixaban*", "rivaroxaban*", "dabigatran*", "edoxaban*", "warfarin*", "varfarin*",
          "heparin*", "heparin*", "eparin*", "enoxaparin*", "aspirin*", "clopidogrel*",
          "metformin*", "insulin*", "ibuprofen*", "paracetamol*", "amoxicil*", "penicil*",
          "cefazolin*", "povidon*", "chlorhexidin*", "clorhexidin*", "clorexidin*",
          "alemtuzumab*", "ocrelizumab*", "natalizumab*", "rituximab*", "interferon*",
          "fingolimod*", "cyclophosphamid*", "ciclofosfamid*", "methotrexat*", "metotrexat*",
          "prednison*", "prednisolon*", "cortison*", "statin", "statins", "estatina*",
          "statine*", "statina*", "atorvastatin*", "simvastatin*", "ivermectin*",
          "octenidin*", "hexetidin*", "triclosan*", "cetrimid*", "polyhexanid*",
          "polihexanid*", "cladribin*", "teriflunomid*", "fumarat*", "glatiramer*",
          "mitoxantron*", "ofatumumab*", "siponimod*", "ozanimod*", "acenocoumarol*",
          "acenocumarol*", "phenprocoumon*", "fenprocumon*", "fondaparinux*", "tinzaparin*",
          "dalteparin*", "marcumar*", "sintrom*",
          # antiseptics and antibiotics a rewrite may put in an antiseptic's place
          "chloroxylenol*", "cloroxilenol*", "chlorxylenol*", "hypochlorit*", "hipoclorit*",
          "ipoclorit*", "benzalkon*", "chloramphenicol*", "cloranfenicol*",
          "cloramfenicol*", "chloramphenikol*", "vancomycin*", "vancomicin*", "gentamicin*",
          "gentamycin*", "clindamycin*", "clindamicin*", "ciprofloxacin*", "ciprofloxacin*",
          "doxycyclin*", "doxiciclin*", "azithromycin*", "azitromicin*",
          # drugs whose names look like common ones, and other antiseptics
          "rivastigmin*", "rifaximin*", "ribavirin*", "chloroquin*", "cloroquin*",
          "chloramin*", "cloramin*", "iodoform*", "peroxid*", "perossid*", "peroxyd*",
          "wasserstoffperoxid*", "oxigenad*", "ossigenat*", "oxygenee")
_PROCEDURES = ("chemotherap*", "quimioterap*", "chimiotherap*", "chemioterap*",
               "radiotherap*", "radioterap*", "strahlentherap*", "immunotherap*",
               "inmunoterap*", "immuntherap*", "imunoterap*", "dialys*", "dialis*",
               "gentherap*", "plasmapheres*", "plasmaferes*", "ultrasound*", "ecograf*",
               "echograph*", "echographi*", "ultraschall*", "angioplast*",
               # imaging a rewrite may put in a scan's place ("resonancia magnética")
               "echocardiogra*", "ecocardiogra*", "echokardiogra*", "resonanc*",
               "risonanz*", "ressonanc*", "magnetresonanz*", "kernspin*", "mammogra*",
               "mamogra*", "mammogra*", "colonoscop*", "coloscop*", "koloskop*",
               # other operations and heart tests a rewrite may put in one's place
               "hysterectom*", "histerectom*", "isterectom*", "appendectom*",
               "apendicectom*", "appendicectom*", "apendectom*", "cholecystectom*",
               "colecistectom*", "scintigra*", "szintigra*", "cintigra*", "gammagraf*",
               "herzkatheter*", "cateterism*", "catheteris*", "catheteriz*",
               "coronarograph*", "coronarograf*", "colonograph*", "colonograf*",
               "kolonograph*")
# imaging and tests by their acronyms, as written
TREATMENT_ACRONYMS = ("MRI", "IRM", "RMN", "RM", "MRT", "PET", "SPECT", "ECG", "EKG")
TREATMENTS: dict[str, tuple[str, ...]] = {
    lang: _DRUGS + _PROCEDURES for lang in ("en", "es", "fr", "de", "it", "pt")}

# whose cells or body: a sheet that says "own" cannot be rewritten as someone else's
OWN: dict[str, tuple[str, ...]] = {
    "en": ("own", "autologous"), "es": ("propio", "propia", "propios", "propias", "autologo*"),
    "fr": ("propre", "propres", "autologue*"), "de": ("eigen*", "autolog*", "korpereigen*"),
    "it": ("proprio", "propria", "propri", "proprie", "autolog*"),
    "pt": ("proprio", "propria", "proprios", "proprias", "autolog*"),
}
NOT_OWN: dict[str, tuple[str, ...]] = {
    "en": ("donor", "donors", "donated", "allogeneic", "allogenic", "someone", "stranger*"),
    "es": ("donante*", "donado*", "donada*", "alogenico*", "ajeno*", "ajena*"),
    "fr": ("donneur*", "donneuse*", "allogenique*", "d'autrui", "autrui", "etranger*"),
    "de": ("spender*", "gespendet*", "allogen*", "fremd*"),
    "it": ("donator*", "donat*", "allogenic*", "altrui", "estrane*"),
    "pt": ("dador*", "doador*", "doado*", "doada*", "alogenic*", "alheio*", "alheia*"),
}


def matcher(words: tuple[str, ...], lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A list as (whole words, stems): stems from the entries ending in ``*``."""
    whole = frozenset(w for w in words if not w.endswith("*"))
    stems = tuple(w[:-1] for w in words if w.endswith("*"))
    return whole, stems


def matches(word: str, whole: frozenset[str], stems: tuple[str, ...],
            compounds: bool = False) -> bool:
    """Whether a folded word is on a list (a German compound by its last part)."""
    if word in whole or word.startswith(stems):
        return True
    if compounds and len(word) > 6:
        return any(word.endswith(w) and len(w) >= 4 for w in whole)
    return False

# words that narrow what a finding is about ("major bleeding", "no more than mild pain"):
# dropped around a negation, they widen it ("no bleeding", "no pain")
SCOPE: dict[str, tuple[str, ...]] = {
    "en": ("major", "serious", "severe", "mild", "moderate", "minor", "beyond",
           "significant", "important", "life-threatening", "fatal"),
    "es": ("grave", "graves", "mayor", "mayores", "severo*", "severa*", "leve", "leves",
           "moderad*", "importante*", "significativ*", "mortal*"),
    "fr": ("majeur*", "grave", "graves", "severe*", "leger*", "legere*", "modere*",
           "important*", "significati*", "mortel*"),
    "de": ("schwer*", "gross*", "leicht*", "massig*", "erheblich*", "bedeutend*",
           "lebensbedrohlich*", "todlich*"),
    "it": ("maggior*", "grave", "gravi", "sever*", "lieve", "lievi", "moderat*",
           "importan*", "significativ*", "mortal*"),
    "pt": ("major", "grave", "graves", "sever*", "ligeir*", "leve", "leves", "moderad*",
           "importante*", "significativ*", "mortal*", "maior*"),
}
# the words that say no one of a group had a finding ("no one", "none", "nadie")
NOBODY: dict[str, tuple[str, ...]] = {
    "en": ("none", "nobody", "no one", "not one", "not a single"),
    "es": ("ninguno", "ninguna", "nadie", "ni uno", "ni una"),
    "fr": ("aucun", "aucune", "personne", "nul", "nulle"),
    "de": ("keiner", "keine", "keinem", "keinen", "niemand", "kein"),
    "it": ("nessuno", "nessuna", "nessun"),
    "pt": ("nenhum", "nenhuma", "ninguem"),
}

# body sites and kinds that make one disease another ("breast cancer", "systemic
# sclerosis", "urinary infection"): a condition's form with one of them swapped in
ORGANS: dict[str, tuple[str, ...]] = {
    "en": ("breast", "lung", "lungs", "prostate", "skin", "liver", "kidney*", "pancrea*",
           "stomach", "bladder", "brain", "bone", "ovar*", "cervical", "thyroid", "urinary",
           "throat", "neck", "ear", "eye", "heart", "systemic", "lateral", "amyotrophic", "renal",
           "hepatic", "gastric", "bacterial", "viral", "fungal", "pulmonary", "coronary",
           "cerebral", "cardiac", "venous", "arterial", "urinary"),
    "es": ("mama", "pulmon*", "prostata", "piel", "higado", "rinon*", "pancrea*",
           "estomago", "vejiga", "cerebr*", "hueso*", "ovari*", "cuello", "tiroide*",
           "urinari*", "garganta", "oido", "ojo*", "corazon", "sistemic*", "lateral",
           "amiotrofic*", "renal", "hepatic*", "gastric*", "bacterian*", "viric*", "viral",
           "coronari*", "cardiac*", "venos*", "arterial*"),
    "fr": ("sein", "seins", "poumon*", "prostate", "peau", "foie", "rein", "reins",
           "pancrea*", "estomac", "vessie", "cerveau", "cerebral*", "os", "ovaire*", "col",
           "thyroide*", "urinaire*", "gorge", "cou", "oreille*", "oeil", "yeux", "coeur",
           "systemique*", "laterale*", "amyotrophique*", "renale*", "hepatique*",
           "gastrique*", "bacterien*", "virale*", "pulmonaire*", "coronaire*",
           "cardiaque*", "veineu*", "arteriel*"),
    "de": ("brust*", "lunge*", "prostata*", "haut*", "leber*", "niere*", "pankrea*",
           "magen*", "blase*", "gehirn*", "hirn*", "knochen*", "eierstock*",
           "gebarmutterhals*", "schilddruse*", "harnweg*", "hals*", "ohr*", "auge*", "herz*",
           "systemisch*", "lateral*", "amyotroph*", "bakteriell*", "viral*"),
    "it": ("seno", "mammell*", "polmon*", "prostata", "pelle", "fegato", "ren*", "pancrea*",
           "stomaco", "vescica", "cervell*", "oss*", "ovai*", "collo", "tiroide*",
           "urinari*", "gola", "orecchi*", "occhi*", "cuore", "sistemic*", "laterale",
           "amiotrofic*", "epatic*", "gastric*", "batteric*", "viral*", "coronaric*",
           "cardiac*", "cerebral*", "venos*", "arterios*"),
    "pt": ("mama", "pulm*", "prostata", "pele", "figado", "rim", "rins", "pancrea*",
           "estomago", "bexiga", "cerebr*", "osso*", "ovari*", "colo", "tiroide*",
           "urinari*", "garganta", "pescoco", "ouvido", "olho*", "coracao", "sistemic*", "lateral",
           "amiotrofic*", "renal", "hepatic*", "gastric*", "bacterian*", "viral",
           "coronari*", "cardiac*", "venos*", "arteria*"),
}

# free of a finding, before it ("free of infection", "libres de infección") or after it
# ("infection-free"), or glued to it ("infektionsfrei")
FREE: dict[str, tuple[str, ...]] = {
    "en": ("free", "spared"),
    "es": ("libre", "libres", "exento", "exenta", "exentos", "exentas"),
    "fr": ("exempt", "exempte", "exempts", "exemptes", "indemne", "indemnes"),
    "de": ("frei", "freie", "freien"),
    "it": ("esente", "esenti", "libero", "libera", "liberi", "libere"),
    "pt": ("livre", "livres", "isento", "isenta", "isentos", "isentas"),
}

# some of a group ("some", "a few", "einige"): a finding the sheet says of no one, said of
# some of them, has lost its negation
SOME: dict[str, tuple[str, ...]] = {
    "en": ("some", "few", "several", "many", "most"),
    "es": ("algunos", "algunas", "pocos", "pocas", "varios", "varias", "muchos", "muchas"),
    "fr": ("quelques", "certains", "certaines", "plusieurs", "beaucoup"),
    "de": ("einige", "einigen", "wenige", "wenigen", "mehrere", "mehreren", "viele",
           "vielen", "manche", "manchen"),
    "it": ("alcuni", "alcune", "pochi", "poche", "diversi", "diverse", "molti", "molte"),
    "pt": ("alguns", "algumas", "poucos", "poucas", "varios", "varias", "muitos", "muitas"),
}

# words that set two things apart in one sentence ("unlike cells from a donor, ... own")
CONTRAST: dict[str, tuple[str, ...]] = {
    "en": ("unlike", "instead", "rather", "whereas", "while"),
    "es": ("diferencia", "lugar", "vez", "mientras", "contrario"),
    "fr": ("contrairement", "lieu", "alors", "tandis", "difference"),
    "de": ("anders", "statt", "anstatt", "gegensatz", "wahrend", "wohingegen"),
    "it": ("differenza", "invece", "anziche", "mentre", "contrario"),
    "pt": ("diferenca", "vez", "inves", "enquanto", "contrario"),
}

# "even": what marks a finding as the surprising one beside the main result ("some even
# got better"), a cue that a sentence says the sheet's secondary finding
EVEN: dict[str, tuple[str, ...]] = {
    "en": ("even",), "es": ("incluso", "hasta"), "fr": ("meme",),
    "de": ("sogar",), "it": ("addirittura", "persino", "perfino"), "pt": ("ate", "mesmo"),
}
