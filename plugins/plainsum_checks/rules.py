"""The rules the built-in validators report: one table, so a user can look each one up
(``plainsum rules``, docs/rules.md) and switch it (``--select``/``--ignore``).

Each example is a short wrong text and ``reports`` what the rule says about it. An example
without a bracketed note is about the small two-arm trial of ``plainsum.testing`` (400
people; an infection within 30 days in 5 % of those who got the new cleanser, 10 % of those
who got the usual one), and tests/test_rules.py checks that it is reported; a note says
what the sheet of any other example gives.
"""

from __future__ import annotations

from plainsum.rules import Rule

RULES = (
    # facts.py: figures, their context, omissions
    Rule("unsupported-number", "error",
         "A figure the fact sheet does not give, or does not support in this form.",
         "7% of people who got the new cleanser got an infection within 30 days.",
         "The fact sheet has no figure 7%; for people who got the new cleanser, 30 days it "
         "gives 5%."),
    Rule("wrong-context", "error",
         "A figure of the sheet said of another group, time point or count.",
         "10% of people who got the new cleanser got an infection within 30 days.",
         "10% is the figure for people who got the usual cleanser, 30 days (control-rate), "
         "but here it is said of people who got the new cleanser, 30 days, where the fact "
         "sheet gives 5%."),
    Rule("missing-fact", "error",
         "A fact the text must state (claimed, key or all, by --require) is not there.",
         "Fewer people who got the new cleanser got an infection.",
         "The text does not state cohort: 400 (people in the trial)."),
    Rule("findings-not-listed", "error",
         "A text with more than a thousand findings of one rule: the rest are counted, not "
         "listed.",
         "(a text that repeats an unsupported figure thousands of times)",
         "1,234 more unsupported-number findings in this text are not listed."),
    # effects.py: effect measures, signs, hedges, background figures
    Rule("background-as-result", "error",
         "A background figure (from other studies or the population) said as a result of "
         "this study.",
         "In this study, 1 in 10 mothers got an infection. (10% is a background rate)",
         "10% is a background figure, not a result of this study."),
    Rule("relative-as-absolute", "error",
         "A relative change said as a share of people (\"30% fewer\" as \"30% of people\").",
         "30% of people got an infection. (the sheet: a 30% relative reduction)",
         "30% says a share of people, but the fact sheet gives a relative change: 30% lower."),
    Rule("ratio-as-percent", "error",
         "A ratio (risk, odds, hazard) turned into a percentage change the sheet does not "
         "give.",
         "The risk was 30% lower. (the sheet: a risk ratio of 0.70 and no relative change)",
         "30% turns a ratio into a percentage: the fact sheet gives a risk ratio of 0.70."),
    Rule("sign-flipped", "error",
         "A signed difference or change given with the other sign.",
         "Blood pressure rose by 5 mmHg. (the sheet: a difference of -5 mmHg)",
         "5 mmHg has the other sign: the fact sheet gives -5."),
    Rule("interval-changed", "error",
         "A confidence interval, a range or the study's period whose bounds are not the "
         "sheet's (\"between 2001 and 2015\" for 2011 to 2015).",
         "risk ratio 0.70 (95% CI 0.50 to 0.95) (the sheet: 0.55 to 0.90)",
         "0.50 to 0.95 is not the confidence interval the fact sheet gives: 0.55 to 0.90."),
    Rule("hedge-dropped", "warning",
         "A hedged figure (\"about\", \"up to\", \"at least\") said as an exact one.",
         "5% got an infection. (the sheet: about 5%)",
         "5%: the fact sheet says about 5%; the text drops the hedge."),
    Rule("hedge-reversed", "error",
         "A bound turned around (\"at least\" for \"up to\"), or a bound an exact figure "
         "does not meet (\"more than 5%\" for exactly 5%).",
         "At least 5% got an infection. (the sheet: up to 5%)",
         "The text says at least 5%, but the fact sheet says up to 5%."),
    # directions.py
    Rule("direction-flipped", "error",
         "A comparison or change said in the other direction (more for fewer, worse for "
         "better).",
         "More people who got the new cleanser got an infection: 5% against 10%.",
         "This sentence says \"More\", but the fact sheet says people who got the new "
         "cleanser had the lower figure (fewer-infections)."),
    # claims.py: what the study cannot carry
    Rule("causal-claim", "error",
         "Cause-and-effect wording for a study that shows a link (an error for an "
         "observational study, a warning where the design is not stated or in a quote).",
         "Vitamin D prevents bowel cancer. (an observational study)",
         "\"prevents\" says the exposure caused the outcome, but the study is observational: "
         "it shows a link, not a cause."),
    Rule("invented-difference", "error",
         "A difference between groups where the sheet found none.",
         "People who got the new cleanser had fewer infections. (the sheet: no difference)",
         "\"fewer\" says the groups differed, but the fact sheet found no difference between "
         "them. Say they did about the same."),
    # names.py: terms and names
    Rule("term-corrupted", "error",
         "A key term or the intervention garbled (a word swapped for a look-alike).",
         "Fewer people who got the germ-killing liquor got an infection within 30 days: 5% "
         "against 10%.",
         "\"germ-killing liquor\" looks like a garbled \"germ-killing liquid\" (antiseptic); "
         "use an accepted form such as \"germ-killing liquid\"."),
    Rule("name-altered", "error",
         "A protected name (a person, an organisation, a journal) misspelt.",
         "Dr Ana Perez said … (the sheet: Dr Ana Pérez)",
         "\"Perez\" looks like a misspelt \"Pérez\"; names must be given exactly."),
    Rule("term-missing", "warning",
         "A key term of the sheet is not named in the text.",
         "In a trial of 400 people, 5% of people who got the new cleanser got an infection "
         "within 30 days, against 10% of people who got the usual cleanser.",
         "The key term antiseptic is not named; use \"germ-killing liquid\"."),
    Rule("name-missing", "warning",
         "A person or the journal of the sheet (every organisation too, with --require all) "
         "is not named.",
         "A new study found fewer infections. (the sheet requires its journal's name)",
         "The Lancet is not named in the text."),
    # recall.py: the error types of machine translation and rewrites
    Rule("wrong-referent", "error",
         "A figure of the sheet said of a thing the sheet never counts (hospitals, studies, "
         "doses for its people).",
         "400 hospitals took part, and 5% of people who got the new cleanser got an "
         "infection within 30 days.",
         "400 is a figure of the fact sheet, but here it counts \"hospitals\", which the fact "
         "sheet never counts; it gives 400 for people in the trial."),
    Rule("term-swapped", "error",
         "The condition or intervention replaced by another real term (another drug or "
         "disease, a look-alike acronym).",
         "In a trial of 400 people, 5% of people who got chemotherapy got an infection "
         "within 30 days.",
         "\"chemotherapy\" stands where the fact sheet's antiseptic should be: the text "
         "never names antiseptic, and the fact sheet never mentions \"chemotherapy\"."),
    Rule("negation-changed", "error",
         "A negation added, moved or widened around a figure or finding (\"did not get\" "
         "for \"got\", \"no bleeding\" for \"no major bleeding\").",
         "5% of people who got the new cleanser did not get an infection within 30 days.",
         "5% is the figure for \"got an infection\", but here it is said with a negation "
         "(\"not get an infection\"), which turns it round."),
    # platform.py: social posts
    Rule("too-long", "error",
         "A post longer than its platform allows, counted the platform's way.",
         "(a 310-character post for Bluesky)",
         "The post is 310 long for Bluesky (counted as graphemes); the limit is 300."),
    Rule("hashtag-missing", "error",
         "A post without one of the sheet's required hashtags.",
         "Fewer infections with the new cleanser. (the sheet's hashtags: #Example)",
         "The post lacks the hashtag #Example."),
    # limitations.py
    Rule("limitation-missing", "error",
         "A limitation the output lists (or, in a text written elsewhere that states a "
         "figure, the sheet's key limitation) is not said; a warning for such a text.",
         "5% of people who got the new cleanser got an infection. (the output lists "
         "lim-small: The study was small.)",
         "The text does not state the limitation lim-small ('The study was small.'), which "
         "the output lists."),
    # cci.py
    Rule("cci-below-minimum", "error",
         "A summary whose Clear Communication Index is below the sheet's cci_min.",
         "(a summary that buries its main message, with cci_min: 90)",
         "Clear Communication Index 66.7 is below the sheet's minimum 90."),
    # roles.py: who a person or an organisation is, and what they said
    Rule("quote-altered", "error",
         "A word of the sheet's quote changed between quotation marks, in the language the "
         "quote was said in.",
         "“Our trial proves the cleanser works,” said Dr Ana Ruiz. (the sheet quotes her: "
         "“Our trial shows the cleanser works.”)",
         "'proves' in Ana Ruiz's quote, where the fact sheet quotes 'shows': the words between "
         "quotation marks are the speaker's own."),
    Rule("role-changed", "error",
         "A person given another role or organisation than the sheet's, or an organisation "
         "named as a funder the sheet does not list.",
         "The senior author, Dr Ana Ruiz, said the result was clear. (the sheet: Ana Ruiz is "
         "the first author)",
         "'senior author' for Ana Ruiz, whom the fact sheet gives as first author."),
    # overstated.py: a cure or a proof the study does not give; verdicts.py: a verdict,
    # a certainty or an everyone
    Rule("overstated", "error",
         "A result said as a cure (\"cures MS\", \"were cured\") where the fact sheet reports "
         "none, as proven by the study (\"proves\"), as a breakthrough, a guarantee or final "
         "(\"for good\"), or of everyone in a group (\"all people with MS\").",
         "The new cleanser cures wound infections.",
         "'cures' says the intervention cures; the fact sheet reports no cure. Say what was "
         "found (fewer infections)."),
    # design.py
    Rule("design-changed", "error",
         "The study's design said as another (\"a randomised trial\" for an observational "
         "study, \"controlled\" where the sheet says there was no control group).",
         "In this observational study of 400 people, 5% of people who got the new cleanser "
         "got an infection within 30 days.",
         "'observational' names a design the study did not have; the fact sheet gives it as "
         "randomized trial. Say the design the study had."),
    # safety.py
    Rule("safety-invented", "error",
         "A claim of safety, approval or deaths the fact sheet does not make (\"is safe\", "
         "\"no side effects\", \"approved\", \"no one died\").",
         "The new cleanser is safe: 5% of people who got it got an infection within 30 days.",
         "'is safe' says that it is safe; the fact sheet says nothing of the kind. Say only "
         "what the study found."),
    # population.py
    Rule("population-changed", "error",
         "A group of the sheet said as people of another sex, age or state (\"women with "
         "MS\", \"older people sent home early\") the sheet never speaks of.",
         "5% of pregnant people who got the new cleanser got an infection within 30 days.",
         "'pregnant people who got the new cleanser' says the result is of another "
         "population than the fact sheet's group; the fact sheet never speaks of such "
         "people. Say the group the study had."),
)
