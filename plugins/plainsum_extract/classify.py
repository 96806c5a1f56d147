"""Stage 2, classify: label each sentence before any number is read from it.

Labels: ``boilerplate`` (marked by :mod:`.repair`, everything after a closing "###", and
lines that are plainly about the institution, contacts, citations or distribution),
``quote`` (mostly inside a quotation), ``background`` (earlier studies, how common a
condition is, national statistics, costs, general facts stated in the present tense),
``result`` (a figure with result wording), ``methods`` (who took part, how the study was
done) and ``other``.

Later stages read figures only from :func:`study_sentences` (not boilerplate, not quotes);
a figure read from a background sentence, or from the background clause of a mixed
sentence, gets role ``background`` (:func:`role_for`) and is never the main fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .state import State
from .text import Sentence

LABELS = ("boilerplate", "quote", "background", "result", "methods", "other")

# A line that closes the release proper: what follows is about-us, contacts, references.
_END = re.compile(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|-?\s*end\s*-?|\*\s*\*\s*\*)\s*$", re.I)

# Sentences that are never study text wherever they stand.
_BOILER = re.compile(
    r"""(?ix)
    ^\W{0,3}(?:source|contact|contacts|media\s+contacts?|press\s+contacts?|e-?mail|phone|tel|
             fax|web(?:site)?|doi|citation|article|reference|journal\s+reference|paper|
             funding|disclosures?|editor['’]s\s+notes?|notes?\s+(?:to|for)\s+editors?|
             follow\s+us|related\s+links?|links?|image|photo|credit|multimedia|
             clinicaltrials\.gov|trial\s+registration)\b\s*(?::|-|–|$|\s+(?-i:[A-Z@(\d]))
    | ^\W{0,3}(?-i:SOURCE|CONTACTS?|MEDIA\s+CONTACTS?|PRESS\s+CONTACTS?)\s+\S
    | ^\W{0,3}about\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,8}\s*:?\s*$
    | ^\W{0,3}about\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.()-]+){0,10}?\s*:\s
    | ^\W{0,3}(?:for\s+more\s+information|to\s+learn\s+more|learn\s+more\s+at|
                visit\s+(?:us\s+)?at)\b
    | \bis\s+(?:one\s+of\s+)?(?:the|a)\s+(?:world['’]s|nation['’]s|country['’]s|region['’]s)?\s*
        (?:leading|largest|premier|foremost|top|oldest|only)\s+(?:[\w-]+\s+){0,4}?
        (?:cent(?:er|re)s?|institut\w*|providers?|organi[sz]ations?|universit\w*|hospitals?|
         compan\w*|schools?|health\s+systems?|networks?|societ\w*|associations?|academ\w*|
         non-?profits?|charit\w*|publishers?|developers?|manufacturers?|employers?|
         foundations?|systems?|colleges?|clinics?|firms?|groups?)\b
    | \b(?:founded|established)\s+in\s+1\d{3}\b
    | \bnon-?profit\s+(?:organi[sz]ation|health\s+system|academic\s+medical\s+cent)
    | ^\W{0,3}(?:https?://|www\.)\S+\s*$
    | \bdoi:\s*10\.\d
    | \b(?:\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s*\d{3}-\d{4}|\d{3}-\d{3}-\d{4})\b
    | ^\W{0,3}(?:vol(?:ume)?\.?|issue|pages?|pp\.)\s*\d
    """)

# Wording that says a statement is about earlier work or the world, not this study's result.
_EARLIER = re.compile(
    r"""(?ix)
    \b(?:previous|prior|earlier|past|other|older|former|many|several|some|separate),?\s+
      (?:(?!to\b)\w+,?\s+){0,2}?(?:studies|study|research|trials?|work|reports?|analys[ie]s|findings|
      surveys?|investigations?|pilots?|experiments?|evaluations?)\b
    | \b(?:studies|research|trials|evidence|data)\s+(?:\w+\s+){0,2}?(?:ha(?:ve|s)|had)\s+
      (?:\w+\s+)?(?:shown|found|suggested|reported|linked|demonstrated|indicated|revealed)\b
    | \b(?:ha(?:ve|s)|had)\s+(?:long\s+|previously\s+|already\s+|only\s+)?been\s+
      (?:shown|linked|associated|reported|found|known|suggested|demonstrated)\b
    | \b(?:research|studies|work|trials)\b[^.;]{0,60}?\b(?:ha(?:ve|s)|had)\s+(?:only\s+|long\s+|
      previously\s+|already\s+)?been\s+(?:conducted|done|carried\s+out|performed|underway)\b
    | \b(?:estimated|estimates|projected|predicted|projects|predicts)\s+that\b
    | \bit\s+is\s+(?:also\s+|widely\s+|generally\s+)?(?:reported|known|thought|believed|
      estimated)\s+that\b
    | \b(?:were|was|are|is)\s+(?:projected|predicted|forecast)\s+to\b
    | \bpreviously\s+(?:shown|reported|found|published|described|demonstrated)\b
    | \b(?:studies|trials|research)\b[^.;]{0,80}?\b(?:thus|so)\s+far\b
    | \b(?:ha(?:s|ve)|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:tested|studied|shown|proven|
      evaluated|examined)\b
    | \b(?:ha(?:s|ve)|had)\s+come\s+from\b
    | \bin\s+(?:a|an|their|our|his|her)\s+(?:earlier|previous|prior|past|(?:19|20)\d\d)\s+
      (?:\w+\s+){0,2}?(?:study|trial|paper|report|work)\b
    | \b(?:a|an)\s+(?:19|20)\d\d\s+(?:\w+\s+)?(?:study|trial|paper|report|analysis)\b
    | \b(?:a|an|the)\s+(?:19|20)\d\d\s+(?:[\w'’-]+\s+){0,3}?(?:[\w'’]+-)?(?:study|studies|
      trials?|paper|report|analys[ie]s|review|survey)\b
    | \b(?:most\s+recent|latest|last)\s+(?:(?:national|government|official)\s+(?:survey|
      figures|statistics|data|estimates?|census|audit)|survey|census)\b
    | \b(?:its|their|the)\s+original\s+(?:report|publication|paper|results|findings|analysis)\b
    | \b(?:evidence|research|data)\s+(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|remains?)\s+
      (?:still\s+)?(?:mixed|limited|conflicting|inconsistent|scarce|sparse|lacking)\b
    | \b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|paper|report|analysis)\s+(?:\w+\s+){0,4}?
      (?:published|released|presented)\s+(?:[\w-]+\s+){0,4}?in\s+(?:19|20)\d\d\b
    | \bfirst\s+reported\s+in\s+(?:19|20)\d\d\b
    # "An interim estimate released by the same team in August had put it at 41%": a
    # figure told before this release
    # "An earlier version of the test detected 74% of cancers in a smaller study"
    | \b(?:earlier|previous|older|prior)\s+versions?\s+of\b
    | \bin\s+(?:a|an)\s+(?:smaller|separate|different|another|pilot)\s+(?:\w+\s+)?(?:study|trial)\b
    | \b(?:interim|earlier|previous|preliminary|initial|first)\s+(?:\w+\s+)?estimates?\b
      [^.;]{0,80}?\b(?:released|published|reported|issued|presented)\b
    # "The US National Lung Screening Trial reported a 20% reduction ... in 2011": a study
    # that told its result in a past year is another study, whatever its name
    | \b(?<!this\s)(?<!our\s)(?:study|trial|survey|review|analysis|meta-analysis)\s+(?:\w+\s+)?
      (?:reported|published)\b[^.;]{0,90}?\bin\s+(?:19|20)\d\d\b(?!\s*(?:and|to|-|–)\s*\d)
    | \bet\s+al\b
    | \baccording\s+to\s+(?:the\s+)?(?:latest\s+|recent\s+|new\s+)?(?:CDC|WHO|NIH|NHS|FDA|
      Centers\s+for|World\s+Health|National|U\.?S\.?|American|Canadian|British|European|
      Census|estimates?|statistics|figures|data\s+from|government|(?-i:[A-Z])[\w'’]*\s+(?:\w+\s+){0,5}
      (?-i:Report|Survey|Statistics|Facts))
    | \b(?:lifetime|in\s+(?:their|a|his|her)\s+lifetimes?)\b
    | \b(?:the\s+)?(?-i:CDC|WHO|NIH|NHS|FDA|ONS)\s+(?:\w+\s+)?(?:reports?|reported|estimates?|
      estimated|says?|said)\s+that\b
    | \b(?:Centers\s+for\s+Disease\s+Control|World\s+Health\s+Organi[sz]ation|Census\s+Bureau)
      \b[^.;]{0,40}?\b(?:reports?|reported|estimates?|estimated|says?|said)\s+that\b
    | \b(?:have|has)\s+long\s+(?:known|suspected|believed|thought|recognized|recognised)\b
    | \bleading\s+cause\b
    | \b(?:it\s+is|are|is)\s+(?:estimated|expected|projected|predicted)\s+(?:that|to)\b
    | \b(?:cases|deaths)\s+(?:\w+\s+){0,2}?expected\b
    | \b(?:an\s+estimated|estimates?\s+(?:show|suggest|say))\b
    | \baffect(?:s|ing)?\s+(?:about\s+|an\s+estimated\s+|more\s+than\s+|nearly\s+|almost\s+|
      over\s+|roughly\s+|some\s+|up\s+to\s+)?(?:\d|one\s+in|one\s+out)
    """)

# Figures of a country, the world or a year: background unless the sentence is about the
# study ("participants in the US ..."), whatever its tense.
_NATIONAL = re.compile(
    r"""(?ix)
    \b(?:each|every)\s+year\b|\bannually\b|\bworldwide\b|\bnationwide\b|\bglobally\b|
    \b(?:in|across|throughout)\s+the\s+(?:United\s+States|U\.\s?S\.|US|UK|U\.K\.|United\s+Kingdom|
      world|country|nation|European\s+Union|EU)(?!\w)|
    \b(?:in|across|throughout)\s+(?:America|Europe|Canada|Australia|England|Britain|Germany|
      France|China|India|Japan|Africa|Asia)\b|
    \b(?:Americans|Canadians|Australians|Europeans|Britons)\b|
    ^\W*(?:in|by|as\s+of)\s+(?:19|20)\d\d\b|\bsince\s+(?:19|20)\d\d\b|
    \bin\s+(?:their|a|his|her)\s+lives\b|\bat\s+some\s+point\s+in\b|
    \b(?:ha(?:ve|s))\s+(?:\w+\s+)?(?:doubled|tripled|quadrupled|risen|increased|grown|fallen|
      declined|dropped|climbed|soared|surged|halved)\b[^.;]{0,60}?\b(?:since|over|in|during)\s+
      (?:the\s+)?(?:past|last|recent)\b|
    \bguidelines?\s+(?:\w+\s+)?(?:recommend|say|advise|suggest)|\b(?:is|are)\s+recommended\b|
    \b(?:rose|increased|climbed|jumped|grew|fell|dropped|declined|doubled|tripled|surged|soared)
    \b[^.;]{0,60}?\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d\b|
    \b(?:ha(?:ve|s)|had)\s+been\s+(?:steadily\s+)?(?:rising|increasing|falling|declining|growing|
      climbing|dropping)\b[^.;]{0,80}?\b(?:since|over\s+the\s+(?:past|last))\b|
    \bin\s+the\s+general\s+population\b|\b(?:the\s+)?national\s+(?:average|rate|figure|
    estimate)s?\b|^\W*nationally,
    """)

# Weaker signs of background: true of the world at large unless the sentence is about the
# study (see _STUDY) or tells what happened in it (see _PAST).
_GENERAL = re.compile(
    r"""(?ix)
    \b(?:most|second\s+most|third\s+most)\s+common\b|\bprevalen(?:ce|t)\b|
    \b(?:per|a)\s+year\b|
    \bcosts?\b|\$\s?\d|\b(?:million|billion)\b|\bone\s+in\s+(?:every\s+)?\w+\b|
    \bmore\s+common\s+in\b|\b(?:typically|usually|normally|generally|in\s+general)\b|
    \bannual\s+(?:rates?|incidence|costs?|number|deaths|cases)\b
    """)

# What ties a future or planned study to this one ("the new study will ...").
_OWN = re.compile(
    r"(?i)\b(?:this|the\s+(?:new|current|present))\s+(?:\w+\s+)?(?:study|trial|analysis)\b|"
    r"\b(?:we|the\s+researchers|the\s+team|the\s+authors)\s+(?:found|showed|report\w*)\b")

# Present-tense verbs of general statements ("affects", "are diagnosed", "have").
_PRESENT = re.compile(
    r"(?i)\b(?:is|are|affects?|has|have|occurs?|develops?|dies?|die|experiences?|experience|"
    r"suffers?|suffer|accounts?\s+for|make\s+up|makes\s+up|costs?|lives?\s+with|"
    r"gets?|get|takes?|take|uses?|use|needs?|need|undergoes|undergo|remains?|"
    r"account\s+for|live\s+with|ranges?|range|can|could|may|might|will|carr(?:y|ies)|smokes?|"
    r"drinks?|eats?|loses?|lose|says?|goes|go|spends?|miss|misses|skips?|visits?|"
    r"feels?|keeps?|stops?|works?|sees?|"
    # what people in general do: "40 percent of patients do not respond", "only 12 percent
    # receive it", "20 to 30 percent relapse", "fewer than half know they have it"
    # (words that are as often nouns, "lead author", "a report", "falls", are left out)
    r"do|does|responds?|respond|struggles?|struggle|helps?|help|receives?|receive|relapses?|"
    r"relapse|knows?|know|requires?|require|reaches?|reach|recovers?|recover|survives?|"
    r"survive|seeks?|seek|attends?|attend|lacks?|lack|relies|rely|depends?|depend|"
    r"continues?|continue|becomes?|become|fails?|fail|quits?|quit|happens?|happen|"
    r"kills?|kill|grows?|grow|wants?|want|chooses?|choose)\b")
# A verb in the past tense the word lists miss ("responded", "declined"): an -ed word that
# is not an adjective after an article or a form of "to be" ("an increased risk", "are
# diagnosed"), nor one of the participles that describe people or things in general.
_ED = re.compile(
    r"(?i)(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bno\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bget\s)(?<!\bgets\s)"
    r"(?<![\d%]\s)(?<!ly\s)"  # "460,000 registered nurses", "newly diagnosed": adjectives
    r"\b(?!(?:based|related|aged|estimated|expected|projected|approved|advanced|limited|"
    r"infected|affected|called|named|skilled|detailed|elevated|prolonged|repeated|"
    r"diagnosed|associated|linked|untreated|unrelated|undiagnosed|so-called|needed|"
    r"recommended|required|preferred|reduced|increased|combined|added|used|compared)\b)"
    r"[a-z]{3,}ed\b")

# The sentence is about this study (its people, groups, findings).
_STUDY = re.compile(
    r"""(?ix)
    \b(?:this|the|our|new|current|present)\s+(?:[\w-]+,?\s+){0,4}?(?:study|trial|analysis|
      research|findings?|results?|work|paper|cohort|sample)\b
    | \b(?:a|the)\s+(?:subgroup|sensitivity|secondary|stratified|pooled)\s+analys[ie]s\b
    | \bthe\s+(?:association|link|effect|benefit|reduction|increase|difference)s?\s+(?:was|were|
      remained|held|appeared|seemed)\b
    | \b(?:participants?|volunteers|respondents|enrollees|subjects)\b
    | \b(?:the\s+)?researchers\b|\bthe\s+team\b|\binvestigators\b|\bwe\b
    | (?<!age\s)\bgroup\b|\barms?\b|\bplacebo\b
    | \b(?:those|people|patients|women|men|children|adults|infants|mice|rats)\s+(?:who|that)\s+
      (?:\w+\s+){0,2}?(?:received|took|got|were|had|ate|drank|used|underwent|completed|
      reported|did|was|eat|take|drink|use|get|have|are|\w+ed)\b
    | \bcompared\s+(?:with|to)\b|\bversus\b|\bvs\b
    | \b(?:a|an)\s+(?:[\w-]+,?\s+){0,3}?(?:new|large|major|landmark|national|nationwide|
      international|first|big|long-term|multicenter|multicentre)\s+(?:[\w-]+,?\s+){0,3}?
      (?:study|trial|analysis|survey|review)\s+(?:\w+\s+){0,2}?(?:finds|found|shows|showed|
      suggests|suggested|reports|reported)\b
    | \b(?:a|an)\s+(?:[\w-]+,?\s+){0,4}?(?:study|trial|analysis|survey|review)\s+(?:\w+\s+){0,2}?
      (?:published|presented|appearing|led\s+by|by\s+researchers)\b
    | \baccording\s+to\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?(?:earlier|previous|prior|recent|
      separate|other|older)\b)(?:[\w-]+,?\s+){0,4}?(?:study|trial|analysis|survey|research|review|
      report\s+published)\b(?![^.;]{0,60}\bin\s+(?:19|20)\d\d\b)
    """)

# Finite past tense: what happened in the study ("were", "had", "dropped", "found").
_PAST = re.compile(
    r"(?i)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:was|were|had|did|found|showed|reduced|lowered|increased|decreased|improved|"
    r"declined|dropped|fell|rose|doubled|tripled|halved|cut|reported|developed|died|"
    r"achieved|gained|lost|scored|received|took|completed|needed|switched|saw|experienced|"
    r"underwent|remained|returned|recovered|responded|produced|showed|led)\b")

_RESULT = re.compile(
    r"(?i)(?:\d\s*%|\d\s*(?:percent|per\s+cent)\b|\b(?:found|showed|shows|reduced|lowered|"
    r"increased|decreased|improved|fewer|lower|higher|less\s+likely|more\s+likely|longer|"
    r"lost|gained|dropped|fell|rose|declined|doubled|tripled|halved|cut|"
    r"shorter|better|worse|compared\s+(?:with|to)|versus|vs\.?|risk|ratio|significant\w*)\b)")
_METHODS = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly|enrolled|recruited|were\s+assigned|took\s+part|"
    r"followed\s+(?:up|for)|included|involved|analy[sz]ed|surveyed|questionnaires?|"
    r"double[\s-]blind|placebo[\s-]controlled|cohort|participants?)\b")

# Talk of a study still to come ("should be confirmed by a randomized trial").
_FUTURE = re.compile(
    # the researchers' plans and hopes, not what people planned ("2.1 times as likely to
    # plan to quit" is a finding)
    r"(?i)\b(?:(?:researchers|team|we|they|authors|investigators|scientists|company|group|"
    r"he|she|lab)\s+(?:\w+\s+)?(?:plans?|planning|hopes?|wants?|intends?)\s+to|"
    r"(?:is|are|was|were)\s+planned|"
    r"(?:is|are|will\s+be)\s+needed|needs?\s+to\s+be|future|further\s+(?:studies|research|"
    r"trials?|testing)|larger\s+(?:studies|trials?)|next\s+step|underway|under\s+way|upcoming|"
    r"ongoing|(?:currently|now|is|are)\s+recruiting|to\s+be\s+tested|should\s+be\s+"
    r"(?:confirmed|tested|replicated|studied)|(?:has|have)\s+not\s+(?:yet\s+)?been|"
    r"never\s+been|yet\s+to)\b")

# Where a sentence splits into clauses that may differ in role.
_CLAUSE = re.compile(r";\s*|,?\s+(?:but|whereas|while|although|though)\s+|\.\s+|"
                     r",\s+(?:however|in\s+contrast|by\s+contrast|compared\s+with|"
                     r"compared\s+to|unlike)\b")


def classify(st: State) -> None:
    """Label every sentence (``st.kinds``, by start offset) and fix the study sentences.
    A section heading (:func:`section_of`) labels what stands under it up to the next
    heading: background under "Background" or "Context", boilerplate under "Funding" or
    "Notes to editors", whatever its sentences' own wording says."""
    ends = [e for _, e in st.quote_spans]
    body = {s.start for s in st.body}
    closed = False
    section: str | None = None
    for n, s in enumerate(st.all_sentences):
        if _END.match(s.text) and n >= 2:
            closed = True
        heading = is_heading(st.text, s) and n >= 1
        if heading:
            section = section_of(s.text)
        if s.start not in body or closed or _BOILER.search(s.text) or \
                (section == "boilerplate" and not heading):
            st.kinds[s.start] = "boilerplate"
        elif _quoted(st, s, ends):
            st.kinds[s.start] = "quote"
        elif section == "background" and not heading and not _this_study_lead(s.text):
            st.kinds[s.start] = "background"
            st.background_section.add(s.start)
        else:
            st.kinds[s.start] = label(s.text)
    _named_other_studies(st)
    st.study = [s for s in st.body if st.kinds[s.start] not in ("quote", "boilerplate")]


# "In the NELSON trial, CT screening cut deaths by 24%", "The Women's Health Initiative study
# found ...": a study called by its own name (an acronym, or two or more capitalised words)
# as the sentence's frame or subject
_NAMED_STUDY = re.compile(
    r"(?x)^\W*(?:(?i:in|from)\s+)?(?i:the)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,5}?)"
    r"(?i:trial|study|cohort|survey)s?\b(?P<after>\s*,|\s+(?:\w+\s+)?(?i:found|showed|shows|"
    r"reported|cut|reduced|lowered|halved|increased|raised))")
_OWN_STUDY = re.compile(r"(?i)\b(?:this|our|the\s+new|the\s+current|the\s+present|today|"
                        r"published\s+(?:today|this\s+week|on)|the\s+researchers|the\s+team)\b")


def _named_other_studies(st: State) -> None:
    """A sentence framed by another study's name ("In the NELSON trial, ...") tells that
    study's result, background: when the release names the study nowhere else (not in its
    title, lead, methods) and the sentence does not tie itself to the study released."""
    title = st.found.title[0] if st.found.title else ""
    for s in st.all_sentences:
        if st.kinds.get(s.start) not in ("result", "other", "methods"):
            continue
        m = _NAMED_STUDY.match(s.text)
        if m is None or _OWN_STUDY.search(s.text):
            continue
        name = " ".join(m.group("name").split())
        words = name.split()
        if not (len(words) >= 2 or re.fullmatch(r"[A-Z][A-Z0-9-]{2,}", name)):
            continue  # "the Danish study": one capitalised word may be the study released
        said = re.compile(rf"(?i)\b{re.escape(words[-1])}\b")
        if said.search(title) or any(
                said.search(o.text) for o in st.all_sentences
                if o is not s and st.kinds.get(o.start) != "background"):
            continue  # named again: the release's own study
        st.kinds[s.start] = "background"
        st.background_section.add(s.start)


# Headings of what a release tells besides its study: its background (what was known, how
# common a condition is, policy) and what closes it (funding, notes, links, statements)
_BACKGROUND_HEADING = re.compile(
    r"""(?ix)^\W*(?:(?:the\s+)?background|(?:policy\s+|clinical\s+|wider\s+)?context|
    why\s+(?:it|this|the\s+study|the\s+research)\s+matters|the\s+bigger\s+picture|
    (?:what|how\s+much)\s+(?:was\s+)?(?:already\s+)?known|
    what\s+(?:earlier|previous|prior|other)\s+(?:research|studies|work|trials)\b.*|
    (?:earlier|previous|prior|past|existing)\s+(?:figures|estimates|research|studies|evidence|
    work|trials)|
    about\s+(?!the\b|this\b|our\b)(?-i:[a-z])(?![\w'’ -]*\b(?:study|trial|research)\b)
    [\w'’ -]*)\W*$""")
_CLOSING_HEADING = re.compile(
    r"""(?ix)^\W*(?:funding|study\s+funding|funding\s+and\s+disclosures?|disclosures?|
    competing\s+interests|conflicts?\s+of\s+interest|notes?\s+(?:to|for)\s+editors?|
    editor['’]s\s+notes?|references?|related\s+(?:news|links|stories|articles|content|
    information)|additional\s+(?:resources|information)|further\s+(?:reading|information)|
    (?:cautions?\s+concerning\s+)?forward[\s-]+looking\s+statements?|
    media\s+(?:contacts?|enquiries|inquiries)|press\s+contacts?|contacts?)\W*$""")


def is_heading(text: str, s: Sentence) -> bool:
    """Whether a sentence is a heading: a short line of its own, capitalised, with no
    figure and no closing punctuation."""
    line = s.text.strip()
    return (0 < len(line) <= 70 and len(line.split()) <= 8 and line[0].isupper()
            and not re.search(r"[\d.!?:;,\"”]\W*$|\d", line)
            and (s.start == 0 or text[s.start - 1] == "\n")
            and (s.end >= len(text) or text[s.end:s.end + 1] == "\n"))


def section_of(heading: str) -> str | None:
    """The label a heading gives what stands under it (None: the sentences' own)."""
    if _CLOSING_HEADING.match(heading):
        return "boilerplate"
    if _BACKGROUND_HEADING.match(heading):
        return "background"
    return None


def label(text: str) -> str:
    """The label of a sentence outside boilerplate and quotations, from its wording."""
    if _BOILER.search(text):
        return "boilerplate"
    if is_background(text):
        return "background"
    if re.search(r"\d", text) and _RESULT.search(text):
        return "result"
    if _METHODS.search(text):
        return "methods"
    return "other"


def methods_words(text: str) -> bool:
    """Whether a text tells how a study was done (randomised, enrolled, took part ...)."""
    return bool(_METHODS.search(text))


@lru_cache(maxsize=1024)  # asked of a sentence once per figure in it
def is_background(text: str) -> bool:
    """Whether a sentence (or clause) tells background rather than this study's results:
    earlier work and estimates always; national figures, yearly counts and costs, and
    general present-tense statements with a figure, when nothing ties them to the study.
    A reporting frame ("The researchers note that ...", "..., the authors said") is no
    tie: what they say is judged on its own."""
    said = _unframed(text)
    if said != text and re.search(r"\d|\b(?:half|third|quarter|twice)\b", said):
        return is_background(said)
    if _EARLIER.search(text):
        return not _this_study_lead(text)
    if _FUTURE.search(text) and not _OWN.search(text):
        return True  # a study still to come, or what is not yet known
    if _tied_to_study(text):
        return False
    if _NATIONAL.search(text):
        return True
    if _PAST.search(text):
        return False
    if _GENERAL.search(text):
        return True
    # a figure in the present tense, with nothing past and nothing of this study: "People
    # with X are two to three times more likely to develop Y", "40 percent of patients do
    # not respond"; a comparison keeps its result reading beside a past tense the lists
    # miss ("responded", "evaluated") or said of a definite thing ("The device is ...")
    return bool(re.search(r"\d|\b(?:half|third|quarter|most|majority|twice|double|triple)\b",
                          text) and _PRESENT.search(text)
                and not (_RESULT_WORDS.search(text)
                         and (_ED.search(text) or _DEFINITE.match(text))))


_SAYERS = (r"(?:the\s+)?(?:study['’]s\s+)?(?:lead\s+|senior\s+|first\s+|co-?)?(?:researchers?|"
           r"authors?|team|investigators?|scientists?|experts?)")
_SAYING = (r"(?:note[sd]?|say|says|said|point(?:s|ed)?\s+out|explain(?:s|ed)?|write|writes|wrote|"
           r"add(?:s|ed)?|stress(?:es|ed)?|caution(?:s|ed)?|observe[sd]?|remind(?:s|ed)?)")
# "The researchers note that ...", "As the team points out, ...", "..., the authors said."
_FRAME_HEAD = re.compile(
    rf"(?i)^\W*(?:as\s+)?{_SAYERS}\s+(?:also\s+)?{_SAYING}\b(?:\s+that)?[\s,]*")
_FRAME_TAIL = re.compile(rf"(?i),\s*(?:{_SAYERS}\s+(?:also\s+)?{_SAYING}|said\s+{_SAYERS}|"
                         rf"(?:{_SAYERS}\s+)?said\s+[A-Z][^,]{{0,60}})\W*$")
# Ties to this study that hold whatever the tense; "compared with", "versus" tie only a
# sentence that tells something past ("People with X are twice as likely to die compared
# with those without it" is true in general).
_COMPARING = re.compile(r"(?i)\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\b")


def _unframed(text: str) -> str:
    """What a sentence says without its reporting frame ("The researchers note that")."""
    out = _FRAME_HEAD.sub("", text, count=1)
    out = _FRAME_TAIL.sub("", out, count=1)
    return out


def _tied_to_study(text: str) -> bool:
    """Whether a sentence speaks of this study (its people, groups, findings)."""
    for m in _STUDY.finditer(text):
        if not _COMPARING.fullmatch(m.group(0)):
            return True
        if _PAST.search(text) or _ED.search(text):
            return True
    return False


# A sentence about a definite thing ("The device is 3,000 times more accurate", "This
# scan is 40 percent more sensitive"): the study's own, not a general statement.
_DEFINITE = re.compile(r"(?i)\W*(?:the|this|these|its|our|their)\s")


_RESULT_WORDS = re.compile(
    r"(?i)\b(?:fewer|lower|higher|less|more|likely|reduc\w*|increas\w*|decreas\w*|"
    r"improv\w*|risk|ratio|odds|significant\w*|differen\w*|than)\b")


def _this_study_lead(text: str) -> bool:
    """'In this study, unlike earlier ones, ...': the earlier-work wording is an aside."""
    return bool(re.match(r"(?i)\W*(?:in|for)\s+(?:this|the\s+(?:new|current|present))\s+"
                         r"(?:study|trial|analysis)\b", text)) and not re.search(
        r"(?i)\b(?:previous|prior|earlier)\s+(?:studies|study|research|trials?)\s+"
        r"(?:\w+\s+){0,2}?(?:found|showed|reported)", text)


def kind_of(st: State, s: Sentence) -> str:
    """The label :func:`classify` gave sentence ``s`` ("other" when it has none)."""
    return st.kinds.get(s.start, "other")


def role_for(st: State, s: Sentence, start: int, end: int) -> str:
    """The role (``result`` or ``background``) of a figure at ``[start, end)`` of ``s``
    (offsets within the sentence). A background sentence's figures are background unless
    the figure's own clause is about this study; in any other sentence a figure is
    background when its own clause is ("earlier trials found 30 %, but here 12 % ...")."""
    clause = clause_at(s.text, start, end)
    if s.start in st.background_section:
        return "background"  # under a "Background" heading: what was known, not found
    if hypothetical(s.text, start, end):
        return "background"  # what would be, or would have been: not what the study saw
    asides = _asides(s.text)
    if asides:
        # "..., a condition that affects 1 in 7 people": a general aside in a study's
        # sentence; its figure is background, the sentence's own figures are not
        for lo, hi in asides:
            if lo <= start and end <= hi:
                return "background" if is_background(s.text[lo:hi]) else "result"
        if st.cohort is not None and st.cohort[0].start == s.start and \
                st.cohort[1].start() <= start < st.cohort[1].end():
            return "result"  # who took part in this study, beside a general aside
    if kind_of(st, s) == "background":
        whole = is_background(s.text)
        if clause != s.text and not is_background(clause) and _STUDY.search(clause):
            return "result"
        return "background" if whole or is_background(clause) else "result"
    if clause != s.text and _strong_background(clause):
        return "background"
    return "result"


# An aside that describes something in general: a relative clause or an appositive with
# one ("psoriasis, which affects about 3 percent of adults", "migraine, a condition that
# affects 1 in 7 people", "in Norway, where about 10 percent of children have asthma",
# "a region where 40 percent of adults smoke"), up to the next comma or the end.
_ASIDE = re.compile(
    r"(?i)(?:,\s*(?:which|where|who)\b|\bwhere\b|,\s*(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:that|which)\b)[^,;()]*")


@lru_cache(maxsize=256)  # asked of a sentence once per figure in it
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the general asides of a sentence that are background (see :data:`_ASIDE`)."""
    return tuple((m.start(), m.end()) for m in _ASIDE.finditer(text)
                 if is_background(m.group(0).lstrip(", ")))


def without_asides(text: str) -> str:
    """A sentence without its general asides: what it says of the study itself."""
    asides = _asides(text)
    if not asides:
        return text
    return "".join(text[a:b] for a, b in _between(asides, len(text)))


def _between(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The parts of ``[0, n)`` outside the (sorted, disjoint) spans."""
    out, pos = [], 0
    for lo, hi in spans:
        out.append((pos, lo))
        pos = hi
    out.append((pos, n))
    return out


def general_statement(text: str) -> bool:
    """Whether a sentence without figures states what is generally so, in the present
    tense, not what this study found ("many tumours do not differ from healthy tissue on
    MRI"): a present-tense verb, no past tense, nothing that names this study."""
    return bool(_PRESENT_NEGATED.search(text) and not _PAST.search(text)
                and not _STUDY.search(text) and not _OWN.search(text))


_PRESENT_NEGATED = re.compile(r"(?i)\b(?:do|does)\s+not\b|\b(?:don|doesn)['’]t\b|"
                              r"\b(?:often|usually|typically|generally|many|most)\b[^.;]{0,60}?"
                              r"\b(?:are|is|do|does)\b")


# A condition ("if the rate is three times higher, ..."; "unless ...").
_IF = re.compile(r"(?i)\b(?:if|unless|suppose|supposing|should)\b(?![\s,]+(?:any|not|so)\b)")
# What would have been ("... may have been avoided", "would have saved 17,000 lives").
_COUNTERFACTUAL = re.compile(
    r"(?i)\b(?:would|could|might|may)\s+(?:not\s+)?have\s+(?:been\s+)?(?:avoided|prevented|"
    r"saved|averted|spared|had|died|developed|lived|gained|lost|been)\b"
    # "could have been due to chance": a caution about the result, not what might have been
    r"(?!\s+(?:due\s+to|down\s+to|by|a\s+matter\s+of)\s+chance\b)|"
    r"\bif\s+[^,;]{0,120}?\bhad\s+(?:not|never|been)\b")


def hypothetical(text: str, start: int, end: int) -> bool:
    """Whether a figure at ``[start, end)`` of a sentence is what would be or would have
    been, not what the study saw: it stands in an "if" condition (between "if" and the
    comma that ends the condition: "if that rate is two to three times higher, those
    people ..."), or its clause tells a counterfactual ("if use had not dropped by 76
    percent, 17,000 deaths may have been avoided"). A figure in the main clause after a
    condition ("if a woman had X, there was a 60 percent chance ...") is not."""
    lo = max(0, start - 200)
    head = text[lo:start]
    cond = None
    for m in _IF.finditer(head):
        cond = m
    if cond is not None and not re.search(r"[,;:]|\bthen\b", head[cond.end():]):
        return True
    return bool(_COUNTERFACTUAL.search(clause_at(text, start, end)))


def _strong_background(clause: str) -> bool:
    """A clause that tells earlier work, a study still to come, or a country's, the
    world's or a year's figures, and says nothing of this study."""
    if _STUDY.search(clause):
        return False
    return bool(_EARLIER.search(clause) or _FUTURE.search(clause) or _NATIONAL.search(clause))


_COMMENTARY = re.compile(
    r"(?i)\b(?:in\s+(?:a|an|their|his|her|the)\s+(?:new\s+)?(?:commentary|editorial|perspective|"
    r"viewpoint|opinion\s+piece)\s+(?:published|appearing|that\s+appears|in\b)|"
    r"(?:wrote|published|authored|co-?authored)\s+(?:a|an|the)\s+(?:commentary|editorial|"
    r"perspective|viewpoint)\b|the\s+(?:commentary|editorial)\s+was\s+(?:co-?)?(?:authored|"
    r"written))")


def is_commentary(st: State) -> bool:
    """Whether the release's own publication is a commentary or an editorial ("In a
    commentary published in the current issue of ..."): the trials it discusses are other
    people's, so their figures are background, not results of the release's own study."""
    return any(_COMMENTARY.search(s.text) for s in st.body)


def reports_study(st: State) -> bool:
    """Whether the release reports a study of its own: some result or methods sentence
    (not background, not a quote) speaks of a study, trial, researchers or participants.
    A product or news release (an approval, a launch, a trial still recruiting) does not,
    and its draft has no main result to headline."""
    if st.cohort is not None:
        return True  # "N adults were enrolled": the release reports its own study
    if st.found.journal is not None and st.found.journal[1] != [0, 0]:
        return True  # "published in / appears in <journal>": a study of the release's own
    return any(st.kinds.get(s.start) in ("result", "methods", "other")
               and _STUDY_WORDS.search(s.text) and (_PAST.search(s.text) or _DONE.search(s.text))
               and not _FUTURE.search(s.text) and not re.search(r"(?i)\bwill\b", s.text)
               for s in study_sentences(st))


_STUDY_WORDS = re.compile(
    r"(?i)\b(?:study|studies|trial|research|researchers|scientists|investigators|participants|"
    r"team|authors|findings|(?:new|the)\s+data(?=\s+(?:show|showed|suggest|suggested|"
    r"reveal|revealed))|"
    r"volunteers|analysis|experiments?|cohort|randomi[sz]ed|enrolled|followed|mice|rats|"
    r"animals|cells|survey|surveys|poll|questionnaires?|respondents)\b")
_DONE = re.compile(
    r"(?i)\b(?:analy[sz]ed|studied|examined|looked|followed|tracked|compared|enrolled|recruited|"
    r"conducted|tested|measured|assessed|evaluated|published|treated|gave|given|injected|"
    r"discovered|identified|observed|shows?|finds|suggests?|reveals?|used|took|completed|"
    r"received|wore|ate|drank|underwent|participated|joined|quit|stopped|run|carried\s+out|"
    r"done|fielded|answered|responded)\b")


def about_other_study(text: str) -> bool:
    """Whether a sentence speaks of earlier, other or future studies rather than this one:
    its design words ("a randomized trial is needed") are not this study's design."""
    return bool(_EARLIER.search(text) or _FUTURE.search(text))


_REACH = 600


def clause_at(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds ``[start, end)``, cut at :data:`_REACH` characters
    either side (so a table read as one long sentence costs no more per figure)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    for m in _CLAUSE.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return text[lo:hi]


def study_sentences(st: State) -> list[Sentence]:
    """Body sentences outside quotations and boilerplate: where results are stated."""
    if st.study is None:
        classify(st)
    return st.study or []


def _quoted(st: State, s: Sentence, ends: list[int]) -> bool:
    """Whether at least 60% of a sentence lies inside quotations, sampled at every 7th
    character from its start: the samples in each quotation it overlaps are counted,
    not tested one by one."""
    inside = 0
    i = bisect_right(ends, s.start)
    while i < len(st.quote_spans) and st.quote_spans[i][0] < s.end:
        lo, hi = max(st.quote_spans[i][0], s.start), min(st.quote_spans[i][1], s.end)
        first = s.start - (s.start - lo) // 7 * 7  # the first sample at lo or after
        if first < hi:
            inside += (hi - 1 - first) // 7 + 1
        i += 1
    return inside * 7 >= (s.end - s.start) * 0.6
