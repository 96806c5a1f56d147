"""Numbers of a text's own logistics, which are no figures of a study.

A text about a study also says when and where its readers meet, call or listen: the date
and hour of a meeting, an e-mail's or a broadcast's header ("Fecha: martes, 14 de marzo,
08:12"), a leaflet's review dates ("Reviewed March 2024"), a telephone number without a
lead word ("Pharmacie du Marché — 02 00 00 00 00"), opening hours ("Mo–Fr 8–12 Uhr",
"das 8h às 20h"), a chapter's start in show notes ("28:20 Listener questions"), a clip's
running time ("RUNS: 1'40\""), the people present at a meeting ("Presenti: 14 soci").

The rule is general, in all six languages: a time of day is never a study's figure (the
sheet's only time of day is its embargo's, so a time stays judged in a sentence that says
embargo); a date is the study's only where the text says so, so a date without its year
and without a word of publication or study in its sentence, a date that stamps a header
or a time of day, and a date that a meeting's or a leaflet's word governs are the text's
own. Numbers in a telephone number's shape, opening hours, running times, attendance and
a fee after its noun ("la cotisation 2021 (15 €)") are the text's own wherever they
stand. Everything is read from the text's structure and closed-class words, never from a
test's text.

:func:`spans` gives the spans (read as :class:`.numbering.Address` markers: no figure);
:func:`judged_date` answers, for a date the sheet's check meets, whether it is the study's.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import regex

from .plain_regex import plain

_SP = r"[ \t\u00a0\u202f]"

# --- times of day --------------------------------------------------------------------

# a time of day: "08:12", "9:30", "[19:19]", "18 h 30", "6 h 00", "18h30", "14.30 Uhr",
# "7 pm", "4:00 PM", "7 p.m.", "9am"; a time code with seconds ("00:01:12,500")
_CLOCK = (rf"(?:[0-9]{{1,2}}:[0-5][0-9](?::[0-5][0-9](?:[,.][0-9]{{1,3}})?)?"
          rf"(?:{_SP}?(?:[ap]\.?m\.?|Uhr|h|horas?|heures?|ore)(?![\p{{L}}]))?"
          rf"|(?:[01]?[0-9]|2[0-4]){_SP}?[hH]{_SP}?[0-5][0-9](?![0-9])"
          rf"|(?:[01]?[0-9]|2[0-4])\.[0-5][0-9]{_SP}?(?:Uhr|uur|horas?|heures?)(?![\p{{L}}])"
          rf"|(?:0?[1-9]|1[0-2])(?:[.:][0-5][0-9])?{_SP}?[aApP]\.?[mM]\.?(?![\p{{L}}])"
          rf"|(?:[01]?[0-9]|2[0-4]){_SP}?(?:Uhr|uur)(?![\p{{L}}])"
          # an hour alone with "h" after the preposition of a time of day ("à 16 h", "às
          # 16h", "a las 16 h", "vers 9 h"): without one "24 h" may be a length of time
          rf"|(?<=(?<![\p{{L}}])(?:à|às|as|a{_SP}+las?|vers|hacia|sobre{_SP}+as|pelas|alle|um|om)"
          rf"{_SP}+)(?:[01]?[0-9]|2[0-4]){_SP}?[hH](?![\p{{L}}\p{{N}}])"
          # an hour and minutes with a stop between them, which a decimal also has: only
          # after the article or preposition of a time of day ("alle 14.05", "delle 9.30",
          # "a las 14.05", "às 14.05", "om 16.00"), or as a live blog's or a transcript's
          # stamp at a line's start or after a comma, with a colon or a dash after it
          # ("14.05: ...", "[09.30] ...", "Update 3, 14.05: ...")
          rf"|(?<=(?<![\p{{L}}])(?:alle|delle|dalle|verso{_SP}+le|a{_SP}+las|de{_SP}+las"
          rf"|desde{_SP}+las|hacia{_SP}+las|hasta{_SP}+las|às|das|pelas|om|tegen){_SP}+)"
          rf"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9])"
          rf"|(?<=(?:^|[\n\[(]|,){_SP}*)(?:[01][0-9]|2[0-3])\.[0-5][0-9]"
          rf"(?=\]|\)?(?::(?![0-9])|{_SP}+[–—|-]{_SP})))")
# an hour alone, as opening hours write it in a range: "8h", "20 h", "9", "17:30"
_HOUR = rf"(?:{_CLOCK}|(?:[01]?[0-9]|2[0-4])(?:{_SP}?h(?![\p{{L}}]))?)"
# a range of times: "8:30–19:00", "8–12 Uhr", "9am–5pm", "von 8 bis 12 Uhr"
_TO = (rf"(?:{_SP}?[–—-]{_SP}?|{_SP}+(?:to|until|till|bis|a|à|às|as|alle|al)"
       rf"{_SP}+)")
# (both open with "(?=[0-9])": a pattern that opens with a look-behind is tried at every
# place of a text, the look-ahead lets the regex module skip to the digits first; every
# match starts with a digit, so the matches are the same, 4-7 times faster on a long text)
_CLOCK_RANGE = regex.compile(
    rf"(?=[0-9])(?<![\p{{N}}.,:/])(?:{_CLOCK}{_TO}{_HOUR}|{_HOUR}{_TO}{_CLOCK})"
    rf"(?![\p{{N}}]|[.,][0-9])", regex.IGNORECASE)
_RANGE_REACH = 16  # characters around a time that a range holding it may take
_CLOCK_ONE = regex.compile(rf"(?=[0-9])(?<![\p{{N}}.,:/])(?:{_CLOCK})(?![\p{{N}}]|[.,][0-9])")
# a clock's quick hint: a colon between digits, "Uhr", am/pm, "h" after digits
_CLOCK_HINT = regex.compile(r"[0-9]:[0-9]|[0-9]\.[0-5][0-9]"
                            r"|[0-9][ \u00a0]?(?:Uhr|uur|[aApP]\.?[mM]\b|[hH])")
# hours with "h" at both ends, as a service's hours are written ("das 8h às 20h", "de 9 h
# à 17 h"): hours of the day only on a line that names days or a service, or in the
# Portuguese "das … às", whose articles are a time of day's; "de 6 h à 12 h" after a dose
# may be a length of time
_H_RANGE = regex.compile(
    rf"(?i)(?<![\p{{N}}.,:/])(?P<das>das{_SP}+)?((?:[01]?[0-9]|2[0-4]){_SP}?h(?:{_SP}?[0-5][0-9])?"
    rf"{_TO}(?:[01]?[0-9]|2[0-4]){_SP}?h(?:{_SP}?[0-5][0-9])?)(?![\p{{L}}\p{{N}}])")
# days of the week, whole ("lunes", "Montag", "weekdays", "dias úteis"), and their short
# forms in a range of days ("Mo–Fr", "lun.–ven.", "Mon-Fri")
_DAY = (r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?"
        r"|weekdays?|working\s+days|business\s+days|montags?|dienstags?|mittwochs?"
        r"|donnerstags?|freitags?|samstags?|sonntags?|werktags?|wochentags?|werktage[ns]?"
        r"|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|d[íi]as\s+(?:laborables"
        r"|[úu]teis|h[áa]biles|feriados)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        r"|jours\s+ouvr(?:é|ables)s|lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
        r"|domenica|giorni\s+feriali|feriali|segunda(?:-feira)?|terça(?:-feira)?"
        r"|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?)")
_DAY_SHORT = (r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lu|ma|me|je|ve|gi"
              r"|lun|mar|mer|mié|mie|jeu|jue|gio|ven|vie|sam|sáb|sab|dim|dom|seg|ter|qua"
              r"|qui|sex)\.?")
_DAYS = (rf"(?:{_DAY}(?:{_SP}?[–—-]{_SP}?{_DAY}|{_SP}+(?:a|al|à|au|bis|to|alla|ao)"
         rf"{_SP}+{_DAY})?|{_DAY_SHORT}{_SP}?[–—-]{_SP}?{_DAY_SHORT})")
_OPENING = regex.compile(
    rf"(?i)(?<![\p{{L}}]){_DAYS}[,:]?{_SP}+((?:(?:de|das|dalle|von|from|dès|des|dal){_SP}+)?"
    rf"(?:[01]?[0-9]|2[0-4])(?:[.:][0-5][0-9])?{_SP}?h?{_TO}"
    rf"(?:[01]?[0-9]|2[0-4])(?:[.:][0-5][0-9])?(?:{_SP}?(?:h|Uhr)(?![\p{{L}}]))?)"
    rf"(?![\p{{N}}]|[.,][0-9]|{_SP}*[%‰])")
# what every match of _OPENING holds (the pattern opens with a look-behind and is tried
# at every place of a text that has a range of numbers, as most studies' texts do): a
# whole day's name of _DAY, or two short ones set as a range ("Mo–Fr", "lun.-ven."),
# sought in the text case folded, with the standard library's re on a plain text (a
# text with any other character, or with the dotted or dotless i that the pattern takes
# for "i", always runs it)
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "weekday", "working", "business", "montag", "dienstag", "mittwoch",
              "donnerstag", "freitag", "samstag", "sonntag", "werktag", "wochentag", "lunes",
              "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "laborables",
              "úteis", "uteis", "hábiles", "habiles", "feriados", "lundi", "mardi",
              "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ouvr", "lunedì",
              "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "feriali",
              "segunda", "terça", "quarta", "quinta", "sexta")
_SHORT_DAY_RANGE = re.compile(rf"(?<![^\W\d_]){_DAY_SHORT}[ \t\u00a0\u202f]?[–—-]")


def _days_named(text: str) -> bool:
    """Whether ``text`` may hold a match of :data:`_OPENING` (False: it holds none)."""
    if not plain(text) or "\u0130" in text or "\u0131" in text:
        return True
    folded = text.casefold()
    return any(w in folded for w in _DAY_WORDS) or _SHORT_DAY_RANGE.search(folded) is not None


# a day of the month named with its weekday and nothing after it in its clause ("Próxima
# sesión: jueves 28.", "Next meeting: Thursday 28th.", "nächster Termin: Donnerstag, 28.",
# "prochaine séance : jeudi 28 ;"): a calendar day of the text's own, no figure; with a
# month after it the day is read as a date is
_WEEKDAY_DAY = regex.compile(
    rf"(?i)(?<![\p{{L}}]){_DAY}[,]?{_SP}+(?:the{_SP}+)?((?:[12]?[0-9]|3[01])"
    rf"(?:st|nd|rd|th|er|º|\.)?)(?=[ \t]*(?:[.,;:!?)]|$))", regex.MULTILINE)
_WEEKDAY_GATE = ("day", "tag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                 "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                 "dimanche", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                 "domenica", "feira", "segunda", "terça", "quarta", "quinta", "sexta",
                 "feriali", "úteis", "uteis", "hábiles", "habiles", "laborables", "ouvr")
# a line that names a service or its hours: days, opening, a telephone, appointments
_SERVICE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_DAY}|open|opening|hours|horario|horário|horaire|orari[oa]?"
    r"|aperto|aperta|abierto|aberto|ouvert|geöffnet|öffnungszeiten|sprechzeiten|sprechstunde"
    r"|atendimento|atención|accueil|permanence|marcações|citas|appointments?|rendez-vous"
    r"|phone|telefon\w*|tel\.|tél\.|teléfono|telefone|helpline|hotline|linha|línea"
    r"|ligne|linea|numero\s+verde)(?![\p{L}])")
# the hour a bulletin goes out, after its name: "JT 13 H", "le journal de 20 h", "TG delle
# 13", "Telediario de las 21 h", "edizione delle 19", "Nachrichten um 9 Uhr", "the 6 pm news"
_BULLETIN = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?:JT|TG|TJ){_SP}+(?P<hour>(?:[01]?[0-9]|2[0-4])"
    rf"(?:{_SP}?(?:[hH]|Uhr)(?:{_SP}?[0-5][0-9])?|:[0-5][0-9])?)"
    rf"|(?:JT|TG|TJ|journal|bulletin|[ée]dition|edizione|edici[óo]n|edi[çc][ãa]o"
    rf"|notiziario|telegiornale|telediario|informativo|notici[áa]rio|nachrichten|sendung"
    rf"|news|flash|boletim|bolet[íi]n|jornal){_SP}+(?:(?P<at>de|du|des|delle|dell['’]"
    rf"|de{_SP}+las|das|um|of|at|à){_SP}*)?(?P<hour2>(?:[01]?[0-9]|2[0-4])"
    rf"(?:{_SP}?(?:horas|heures|hours|ore|[hH]|Uhr)(?:{_SP}?[0-5][0-9])?|:[0-5][0-9])?))"
    rf"(?![\p{{L}}\p{{N}}]|[.,][0-9]|{_SP}*[%‰])")
# a service round the clock: "24 h/24", "24/7", "24 horas", "24 h sur 24", "24 ore su 24"
_ROUND_CLOCK = regex.compile(
    rf"(?<![\p{{N}}.,])24{_SP}?(?:h|heures|horas|ore|Std\.?|hrs?|hours)?{_SP}?(?:/|sur|su|de|von)"
    rf"{_SP}?(?:24|7)(?![\p{{N}}])|(?<![\p{{N}}.,/])24/7(?![\p{{N}}])", regex.IGNORECASE)
# "(24 horas)", "(24 h)" right after a telephone number: its hours
_ROUND_AFTER = regex.compile(rf"{_SP}*\(24{_SP}?(?:h|heures|horas|ore|Std\.?|hrs?|hours)\)",
                             regex.IGNORECASE)
# what makes a time of day the study's: its embargo (the sheet's one time of day), or its
# publication or release, which a text may state at the embargo's hour ("released at
# 10 a.m. ET", "Not for release until …", "Frei zur Veröffentlichung ab …", "Ne pas
# publier avant …"); a date in such a sentence is the study's too, time or not
_EMBARGO = regex.compile(r"(?i)embargo|sperrfrist")
_PUBLISHED = regex.compile(
    r"(?i)embargo|sperrfrist|(?<![\p{L}])(?:publi|pubblic|veröffentlich|erschien|erschein"
    r"|appear|apareci|aparec|paru|parut|parution|uscit|saiu|released?(?![\p{L}])"
    r"|releasing)")

# --- telephone numbers ---------------------------------------------------------------

# a number in a telephone number's shape: a trunk "0" or an international "+", then groups
# ("0800 123 45 67", "04 00 00 00 00", "035 123 4567", "+33 4 00 00 00 00"): no count
# is written with a leading zero in three groups
_PHONE_SHAPE = regex.compile(
    rf"(?<![\p{{N}}.,/])(?:\+[0-9]{{1,3}}|0[0-9]{{1,4}})(?:(?:{_SP}|[./-])[0-9]{{2,4}}){{2,5}}"
    r"(?![\p{N}]|[.,][0-9]|[ \t\u00a0]*[%‰])")
# or nine digits and more in groups that no count nor a row of counts is written in (a
# later group of four, or of two with a leading zero: "91 555 01 23", "21 000 0000");
# "900 123 456" is written as a count is, and is a telephone number only after its noun
_PHONE_GROUPS = regex.compile(
    rf"(?<![\p{{N}}.,/]|[0-9][ \t\u00a0])[1-9][0-9]{{1,2}}(?:(?:{_SP}|[./-])[0-9]{{2,4}}){{2,4}}"
    r"(?![\p{N}]|[.,][0-9]|[ \t\u00a0]*[%‰]|[ \t\u00a0][0-9])")
# digit groups after a telephone noun close before them and a colon: "Teléfono de la
# unidad de maternidad: 900 123 456", "Unser Gesundheitstelefon: 0800 ...", "Tel.: 030
# 1234567". The noun is a whole telephone word ("tell", "Drittel", "cautela" and the
# French "tel" hold none); "número"/"numero"/"numéro" only of a telephone ("número de
# teléfono", "numero verde"): "Número de infecciones: 25/572" is a count's
_PHONE_NOUN = regex.compile(
    r"(?i)(?<![\p{L}])(?:t[ée]l[ée](?:fon|fono|phone|ph|fone)\w*|\w*telefon\w*"
    r"|\w*phone\w*|hotline|helpline|fax|t[ée]l(?:\.|(?=[ \t\u00a0]*:))|tfno\.|\w*rufnummer"
    r"|n[úu]m[ée]ro[ \t\u00a0]+verde|linha[ \t\u00a0]+(?:de[ \t\u00a0]+apoio|verde|sa[úu]de\w*)"
    r"|l[íi]nea[ \t\u00a0]+(?:de[ \t\u00a0]+)?(?:atenci[óo]n|ayuda)"
    r"|ligne[ \t\u00a0]+(?:d['’][ée]coute|d['’]urgence|verte|t[ée]l[ée]phonique))(?![\p{L}])")
_PHONE_AFTER_COLON = regex.compile(
    rf":{_SP}*((?:\+[0-9]{{1,3}}{_SP}?)?[0-9]{{2,5}}(?:(?:{_SP}|[./-])[0-9]{{2,5}}){{1,5}})"
    r"(?![\p{N}]|[.,][0-9]|[ \t\u00a0]*[%‰])")
# how near before its colon a telephone noun stands, and what may not stand between them
_PHONE_NOUN_REACH = 60
_STOP_BETWEEN = regex.compile(r"[!?;]|\.[ \t\u00a0]+\p{Lu}")
# digits no telephone number is written as: a fraction or a month's year ("25/572",
# "01/1995-12/2019", no trunk "0" before the slash), a range of years ("1995-2019"), a
# count with a thousands separator ("190 250", "500.000", "1.234.567")
_NOT_PHONE = regex.compile(
    r"^(?:[1-9][0-9]*/|.*[0-9]/(?:19|20)[0-9]{2}(?![0-9]))"
    r"|(?<![0-9])(?:19|20)[0-9]{2}[ \t\u00a0]?[–-][ \t\u00a0]?(?:(?:19|20)[0-9]{2}|[0-9]{2})$"
    r"|^[1-9][0-9]{0,2}(?:[ \t\u00a0][0-9]{3}|(?:\.[0-9]{3})+)$")


# --- running times and attendance --------------------------------------------------

# a clip's running time in minutes and seconds: "1'40\"", "(durata 1'30\")", "1’20”"
_RUNNING = regex.compile(
    r"(?<![\p{N}.,])[0-9]{1,2}['’′](?:0[0-9]|[1-5][0-9])(?:[\"”″]|'')?(?![\p{N}])")
_RUN_LEAD = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:dur[ée]e|duration|dauer|l[äa]nge|laufzeit|durata|duraci[óo]n"
    rf"|dura[çc][ãa]o|runs|running\s+time|length){_SP}*:?{_SP}*"
    rf"(?:(?:ca\.|env\.|approx\.|circa){_SP}*)?"
    rf"([0-9]{{1,3}}(?:{_SP}?(?:min(?:utes?|uten|uti|utos)?|mn|Min)\.?"
    rf"(?:{_SP}?[0-9]{{1,2}}(?:{_SP}?(?:s|sec|seg|Sek)\.?)?)?"
    rf"|['’′][0-9]{{2}}(?:[\"”″]|'')?|:[0-5][0-9]))(?![\p{{L}}\p{{N}}])")
# the people present at a meeting, in its minutes: "Present: 14 members", "Presenti: 14
# soci", "Présents : 11 membres", "Anwesend: 9"
_PRESENT = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:present|pr[ée]sent(?:e|es|s)|presenti|presentes|anwesend"
    rf"|attendees|attendance|asistentes){_SP}*:{_SP}*([0-9]{{1,3}})(?![\p{{N}}]|[.,][0-9])")
# the time told in words, as a broadcast or the minutes tell it: "São 13 horas e 4
# minutos", "Son las 13 horas y 4 minutos", "Il est 13 heures 4", "Es ist 13 Uhr 4", "Sono
# le 13 e 4 minuti", "It's 1 o'clock"; the Italian minutes' "alle ore 19.10", "ore 9:30"
_TOLD = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?P<lead>são|é|son{_SP}+las|es{_SP}+la|sono{_SP}+le|è{_SP}+l['’]"
    rf"|il{_SP}+est|es{_SP}+ist|it{_SP}+is|it['’]s){_SP}+((?:2[0-4]|[01]?[0-9])(?![0-9])"
    rf"(?:{_SP}+(?:horas?|heures?|ore|Uhr|o['’]clock))?"
    rf"(?:(?:{_SP}+(?:e|y|et|und|and){_SP}+|{_SP}+)[0-5]?[0-9](?![0-9])(?:{_SP}+(?:minutos?"
    rf"|minutes?|minuti|minuto|Minuten?))?)?)|(?<![\p{{L}}])(?P<ore>ore{_SP}+(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]))"
    rf"(?![\p{{N}}]|[.,][0-9]|{_SP}*[%‰])")
_TOLD_GATE = ("são", "é ", "son las", "es la", "sono le", "è l", "il est", "es ist", "it is",
              "it's", "it’s", "ore ")
# a record's or an issue's number with its year: "Ata n.º 14/2018", "n. 7/2018", "Nr. 3/2021"
_NUMBERED_YEAR = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:n\.º|nº|n°|n\.|no\.|nr\.|núm\.|num\.){_SP}*([0-9]{{1,4}}/(?:19|20)[0-9]{{2}})"
    r"(?![\p{N}/]|[.,][0-9])")
# a month and year in figures that a leaflet's stamp or a card gives: "Stand: 07/2018",
# "Card 12/2018", "Version 03/2024"; a month with its leading zero anywhere ("07/2018"):
# no share is written so
_MONTH_YEAR = regex.compile(
    r"(?<![\p{N}.,/])(0[1-9]|1[0-2]|[1-9])/((?:19|20)[0-9]{2})(?![\p{N}/]|[.,][0-9])")
_STAMP_LEAD = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:stand|as\s+of|card|version|versione|versão|versión|edition"
    rf"|édition|edizione|edición|edição|ausgabe|updated|reviewed|aktualisiert|actualizado"
    rf"|mis\s+à\s+jour|aggiornato|atualizado|revisto|revisado|druck|printed|issued"
    rf"|leaflet|merkblatt|fiche|scheda|ficha|folleto|folheto){_SP}*[:.]?{_SP}*$")
# a fee of the text's own (a membership, a ticket, a course, parking), in money, right after
# its noun or its year: "la cotisation 2021 (15 €)", "membership fee: £20", "Eintritt 5 Euro"
_FEE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:cotisation|adh[ée]sion|inscription|fee|membership|subscription"
    rf"|ticket|admission|parking|mitgliedsbeitrag|jahresbeitrag|beitrag|eintritt|teilnahmegebühr"
    rf"|cuota|inscripci[óo]n|entrada|quota|iscrizione|biglietto|mensalidade|inscri[çc][ãa]o"
    rf"|bilhete|quotiza[çc][ãa]o)(?:{_SP}+(?:annuelle|annual|anual|annuale|(?P<year>(?:19|20)[0-9]{{2}})))?"
    rf"{_SP}*[:(]?{_SP}*(?P<fee>(?:[€$£]{_SP}?[0-9]{{1,4}}(?:[.,][0-9]{{2}})?|[0-9]{{1,4}}(?:[.,][0-9]{{2}})?"
    rf"{_SP}?(?:€|\$|£|euros?|EUR|dollars?|d[óo]lares|dollari|Euro)))(?![\p{{L}}\p{{N}}])")
# "une fois rentrée", "une fois que": a conjunction, no multiple
_ONCE = regex.compile(
    r"(?i)(?<![\p{L}])une\s+fois(?=\s+(?:que|qu['’]|rentr|sorti|arriv|à\s+la\s+maison|chez"
    r"|de\s+retour|install|termin|fini|pass|fait|opér|guéri|l[àa]|dehors))")

# --- dates ---------------------------------------------------------------------------

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|février|fevrier|mars|avril|juin|juillet|août|aout"
    r"|septembre|octobre|novembre|décembre|decembre|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|marco|maio"
    r"|junho|julho|setembro|outubro|dezembro")
_YEAR = r"(?:19|20)[0-9]{2}"
_DATE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}.,])(?:"
    rf"(?P<day>[0-3]?[0-9])(?:\.|º|°|er|st|nd|rd|th)?{_SP}+(?:(?:de|del|of){_SP}+)?"
    rf"(?P<month>{_MONTHS})\.?(?![\p{{L}}])(?:,?{_SP}+(?:(?:de|del){_SP}+)?(?P<year>{_YEAR}))?"
    rf"|(?P<month2>{_MONTHS})\.?{_SP}+(?:(?P<day2>[0-3]?[0-9])(?:st|nd|rd|th)?"
    rf"(?![\p{{N}}:])(?:,?{_SP}+(?P<year2>{_YEAR}))?|(?:(?:de|del){_SP}+)?(?P<year3>{_YEAR})))"
    rf"(?![\p{{L}}\p{{N}}])[.,]?")
# what every date of :data:`_DATE` holds, found from its digits (the pattern, case
# ignored, tries its months at every place): a day's last digit before its month, or the
# first digit of a day or year after one
_DATE_NEED = regex.compile(
    rf"(?i)[0-9](?:(?:\.|º|°|er|st|nd|rd|th)?{_SP}+(?:(?:de|del|of){_SP}+)?(?:{_MONTHS})"
    rf"|(?<=(?:{_MONTHS})\.?{_SP}+(?:(?:de|del){_SP}+)?[0-9]))")
# what may stand between a date and a time of day that stamps it: "14 de marzo, 08:12",
# "28 août à 6 h 00", "3 ottobre, 22:47", "9 March, 7 pm", "am 3. Juni um 14.30 Uhr"
# the last character before a position that no month's name nor the space before its day
# or year holds (searched backwards)
_NOT_MONTH_RUN = regex.compile(r"(?r)[^\p{L}. \t\u00a0\u202f]")
_STAMP_GAP = regex.compile(
    rf"{_SP}*,?{_SP}*(?:(?:at|à|a\s+las?|alle|às|as|um|ore|h\.){_SP}+)?")
# the words that say a date is the study's: its publication, release or embargo, its
# journal or press release, the study or its results
_STUDY_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:publi|pubblic|veröffentlich|erschien|erschein|appear|apareci"
    r"|aparec|paru|parut|parution|uscit|appars|saiu|release|embargo|sperrfrist|journal"
    r"|revista|revue|rivista|zeitschrift|online|stud(?:y|ie|ies|io|i)|estud|étude|etude"
    r"|trial|ensa[iy]o|essai|sperimentazion|paper|research|investiga|recherche|ricerca"
    r"|pesquisa|finding|result|resultad|résultat|risultat|ergebnis|press|prensa|presse"
    r"|stampa|imprensa|comunicad|communiqu|comunicat|announc|anunci|annonc|annunci"
    r"|report)")
# a date's header line ("Date:", "Fecha:", "Data:", "Datum:", "Sent:", "Envoyé :")
_HEADER = regex.compile(
    rf"(?im)^[ \t>*_]*(?:date|sent|fecha|enviado|data|inviato|datum|gesendet|envoy[ée]"
    rf"|quando|when|cuándo|quand|wann){_SP}*:")
# words that govern a date of the text's own events or its own paper, a few words before
# it: a meeting, a session, an appointment, a next one; a leaflet's review or update
_EVENT = regex.compile(
    r"(?i)(?<![\p{L}])(?:meetings?|sessions?|minutes|appointments?|webinars?|workshops?"
    r"|seminars?|conference|lectures?|deadline|due(?=[ \t\u00a0]+(?:date|on|by|for))|reviewed"
    r"|next[ \t\u00a0]+review|review[ \t\u00a0]+(?:date|due)|updated|revised|issued"
    r"|sitzung|treffen|termin|besprechung|konferenz|veranstaltung|sprechstunde|nächste[nrs]?"
    r"|stand|aktualisiert|überarbeitet|sesi[óo]n|reuni[óo]n|cita|consulta|encuentro"
    r"|jornada|taller|seminario|charla|pr[óo]xim[ao]|convocatoria|actualizad[oa]|revisad[oa]"
    r"|réunion|séance|commission|rendez-vous|consultation|atelier|séminaire|webinaire"
    r"|prochaine?|mis\s+à\s+jour|mise\s+à\s+jour|révisé|courrier|lettre"
    r"|incontro|riunione|seduta|sessione|appuntamento|visita|convegno|prossim[oa]"
    r"|aggiornat[oa]|reuni[ãa]o|sess[ãa]o|marca[çc][ãa]o|semin[áa]rio|atualizad[oa]"
    r"|revist[oa])(?![\p{L}])")
# what may stand between such a word and its date: "of the meeting held Tuesday 9 March",
# "Sesión del 9 de mayo", "réunion mensuelle du 14 mars", "Prossimo incontro: 12 marzo"
_EVENT_GAP = 48
# a day of the month said alone, as Portuguese says an appointment's ("na consulta de dia
# 12", "a reunião do dia 3"): the text's own only where an event's word governs it
_DAY_OF_MONTH = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:de|do){_SP}+(dia{_SP}+(?:[12]?[0-9]|3[01]))(?![\p{{N}}]|[.,][0-9]"
    rf"|{_SP}*(?:de{_SP}+)?(?:{_MONTHS})|{_SP}+(?:a|ao|até|e){_SP}+[0-9])")
_BREAK = regex.compile(r"[.!?;\n]")


# what a time of day's span may take in: never a length of time ("dure 2 h 30" is read
# as a time and is one, but "24 h" after "pendant" is no time of day)
_CLOCK_KINDS = frozenset({"clock", "number", "range", "marker"})
# and a lone time's: the numbers read in its shape, not the time itself
_SHAPE_KINDS = frozenset({"number", "range", "marker"})
_UNIT_KINDS = _SHAPE_KINDS | {"duration"}


class Span(NamedTuple):
    """A span of the text's own logistics: ``firm`` as :class:`.numbering.Address`;
    ``kinds``: the mentions it reads as no figure (None: any)."""

    start: int
    end: int
    firm: bool = False
    kinds: frozenset[str] | None = None


def spans(text: str) -> list[Span]:
    """The spans of ``text`` whose numbers are its own logistics, no figure of a study."""
    if _DIGIT.search(text) is None:
        return word_spans(text)
    out: list[Span] = []
    if _CLOCK_HINT.search(text) is not None and _CLOCK_GATE.search(text) is not None:
        out += _clocks(text)
    ranged = _RANGE_GATE.search(text) is not None
    if ranged:
        out += [Span(*m.span(1)) for m in _OPENING.finditer(text)] if _days_named(text) else []
    for m in _H_RANGE.finditer(text) if ranged and _H_GATE.search(text) else ():
        line = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if m.group("das") or _SERVICE.search(text, line, end if end >= 0 else len(text)):
            out.append(Span(*m.span(2)))
    if "24" in text:
        out += [Span(*m.span()) for m in _ROUND_CLOCK.finditer(text)]
    folded = text.casefold()
    # "İ" folds to "i̇" but matches "i" in the patterns: the folded word gates let it by
    dotted = "\u0130" in text
    if dotted or any(w in folded for w in _WEEKDAY_GATE):
        out += [Span(*m.span(1)) for m in _WEEKDAY_DAY.finditer(text)]
    bulletin = any(w in folded for w in _BULLETIN_GATE)
    for m in _BULLETIN.finditer(text) if bulletin else ():
        if m.group("hour"):
            out.append(Span(*m.span("hour")))
        elif m.group("at") or not m.group("hour2").isdigit():
            out.append(Span(*m.span("hour2")))
    phones: list[Span] = []
    if _PHONE_GATE.search(text) is not None:
        phones += [Span(*m.span(), True) for m in _PHONE_SHAPE.finditer(text)]
        for m in _PHONE_GROUPS.finditer(text):
            groups = regex.split(r"[ \t\u00a0./-]", m.group())
            if sum(map(len, groups)) >= 9 and any(
                    len(g) == 4 or (len(g) == 2 and g[0] == "0") for g in groups[1:]):
                phones.append(Span(*m.span(), True))
    for m in _PHONE_AFTER_COLON.finditer(text) if ":" in text else ():
        if _phone_after_noun(text, m.start(), m.group(1)):
            phones.append(Span(*m.span(1), True))
    out += phones
    for p in phones:
        after = _ROUND_AFTER.match(text, p.end)
        if after is not None:
            out.append(Span(p.end, after.end()))
    if _RUNNING_GATE.search(text) is not None:
        out += [Span(*m.span()) for m in _RUNNING.finditer(text)]
    if dotted or any(w in folded for w in _RUN_LEAD_GATE):
        out += [Span(*m.span(1)) for m in _RUN_LEAD.finditer(text)]
    if ":" in text and (dotted or any(w in folded for w in _PRESENT_GATE)):
        out += [Span(*m.span(1), True) for m in _PRESENT.finditer(text)]
    if any(w in folded for w in _TOLD_GATE):
        for m in _TOLD.finditer(text):
            if m.group(3):  # "ore 19.10"
                out.append(Span(*m.span(3)))
                continue
            said = text[m.start(2):m.end(2)].casefold()
            # "são 13 horas" may be a length ("a diferença são 13 horas"): with its minutes
            # only; the article-led leads ("son las", "sono le") and the clock's own units
            # ("Uhr", "heures" after "il est", "o'clock") tell the time alone
            if "minut" in said or (m.group("lead").casefold() not in ("são", "é") and regex.search(
                    r"hora|heure|ore|uhr|clock", said)):
                out.append(Span(*m.span(2)))
    slash_year = "/" in text and _SLASH_YEAR.search(text) is not None
    if slash_year:
        out += [Span(*m.span(1), True) for m in _NUMBERED_YEAR.finditer(text)]
    for m in _MONTH_YEAR.finditer(text) if slash_year else ():
        if m.group(1).startswith("0") or _STAMP_LEAD.search(
                text, max(0, m.start() - 40), m.start()) is not None:
            out.append(Span(m.start(), m.end(), True))
    for m in _FEE.finditer(text) if any(w in folded for w in _FEE_GATE) else ():
        # the fee, and the year it is for
        out += [Span(*m.span("fee"))] + ([Span(*m.span("year"))] if m.group("year") else [])
    out += word_spans(text)
    out += _dates(text)
    for m in _DAY_OF_MONTH.finditer(text) if _DIA_GATE.search(text) else ():
        if _governed(text, max(0, m.start() - _EVENT_GAP), m.start()):
            out.append(Span(*m.span(1)))
    return out


def _phone_after_noun(text: str, colon: int, digits: str) -> bool:
    """Whether ``digits`` after the colon at ``colon`` are a telephone number: a whole
    telephone noun close before the colon in the same sentence, and digits in a
    telephone number's shape (no fraction, range of years or count in thousands)."""
    if _NOT_PHONE.search(digits) is not None:
        return False
    line = text.rfind("\n", 0, colon) + 1
    for noun in _PHONE_NOUN.finditer(text, max(line, colon - _PHONE_NOUN_REACH), colon):
        if _STOP_BETWEEN.search(text, noun.end(), colon) is None:
            return True
    return False


def word_spans(text: str) -> list[Span]:
    """Number words that are no number here: the French "une fois" of "une fois rentrée"
    (once home), a conjunction."""
    return [Span(*m.span()) for m in _ONCE.finditer(text)] if "fois" in text else []


_DIGIT = regex.compile(r"[0-9]")
# what each costlier pattern needs somewhere in the text (read first, to skip it): a
# range of small numbers, an hour with "h", a bulletin's or a fee's word (folded)
_RANGE_GATE = regex.compile(rf"(?i)[0-9](?:[.:][0-9]{{2}})?{_SP}?h?{_SP}?(?:[–—-]{_SP}?"
                            rf"|{_SP}+(?:to|until|till|bis|a|à|às|as|alle|al){_SP}+)[0-9]")
# what every time of _CLOCK_ONE holds: a colon before the minutes, an "h" before them,
# "Uhr", or am/pm after the hour's digit
_CLOCK_GATE = regex.compile(rf"[0-9](?::[0-5]|\.[0-5][0-9]|{_SP}?(?:[hH]{_SP}?[0-5][0-9]"
                            rf"|[hH](?![\p{{L}}\p{{N}}])|Uhr|uur|horas?|heures?|[aApP]\.?[mM]))")
_H_GATE = regex.compile(r"[0-9][ \t\u00a0\u202f]?[hH]")
_BULLETIN_GATE = ("jt", "tg", "tj", "journal", "bulletin", "dition", "dizione", "dición",
                  "dicion", "dição", "dicão", "diçao", "dicao",
                  "notiz", "telegiornale", "telediario", "informativo", "notici", "nachrichten",
                  "sendung", "news", "flash", "bolet", "jornal")
# what the other patterns need: a telephone number's two digit groups after a digit
# (_PHONE_SHAPE, _PHONE_GROUPS), minutes after an apostrophe (_RUNNING), a running time's
# or attendance's lead word (folded), a year after a slash (_NUMBERED_YEAR, _MONTH_YEAR),
# "dia" before its day (_DAY_OF_MONTH)
_PHONE_GATE = regex.compile(rf"[0-9](?:{_SP}|[./-])[0-9]{{2,4}}(?:{_SP}|[./-])[0-9]")
_RUNNING_GATE = regex.compile(r"[0-9]['’′][0-9]")
_RUN_LEAD_GATE = ("dur", "dauer", "länge", "lange", "laufzeit", "runs", "running", "length")
_PRESENT_GATE = ("present", "présent", "anwesend", "attend", "asistentes")
_SLASH_YEAR = regex.compile(r"[0-9]/(?:19|20)[0-9]{2}")
_DIA_GATE = regex.compile(rf"(?i)dia{_SP}+[0-9]")
_FEE_GATE = ("cotis", "adh", "inscri", "fee", "member", "subscr", "ticket", "admission",
             "parking", "beitrag", "eintritt", "gebühr", "cuota", "entrada", "quota", "iscriz",
             "bigliet", "mensal", "bilhete", "quotiza")


def _clocks(text: str) -> list[Span]:
    """Times of day and their ranges, but those of a sentence that says embargo. A lone
    time keeps its kind (the sheet's check asks :func:`judged_clock` of it); only the
    numbers read in its shape ("28:20" as 28 and 20, "14.30 Uhr" as 14.3) are no
    figures here. A range of times is opening hours whatever it is read as."""
    ones = [m.span() for m in _CLOCK_ONE.finditer(text)]
    ranges: list[tuple[int, int]] = []
    for a, b in ones:  # a range holds a time: sought only around one (most digits are none)
        if ranges and a < ranges[-1][1]:
            continue
        hit = _CLOCK_RANGE.search(text, max(0, a - _RANGE_REACH), min(len(text),
                                                                       b + _RANGE_REACH))
        if hit is not None and hit.start() <= a and b <= hit.end():
            ranges.append(hit.span())
    lone = [(a, b) for a, b in ones if not any(x <= a and b <= y for x, y in ranges)]
    return [Span(a, b, False, _CLOCK_KINDS) for a, b in ranges if not _embargo(text, a, b)] + [
        Span(a, b, False, _UNIT_KINDS if _HOUR_UNIT.fullmatch(text, a, b) else _SHAPE_KINDS)
        for a, b in lone if not _embargo(text, a, b)]


# a time of day written as an hour and a word for hours ("16.00 uur", "16.00 horas", "à 16
# h"): its number, read as a length of time, is no figure either
_HOUR_UNIT = regex.compile(
    rf"(?:[01]?[0-9]|2[0-4])(?:\.[0-5][0-9])?{_SP}?(?:h|Uhr|uur|horas?|heures?)", regex.IGNORECASE)


def _sentence_says(pattern: Any, text: str, a: int, b: int) -> bool:
    """Whether ``pattern`` is found in the sentence of ``[a, b)``."""
    lo, hi = _sentence(text, a, b)
    return pattern.search(text, lo, hi) is not None


def judged_clock(text: str, m: Any) -> bool:
    """Whether the time of day ``m`` of ``text`` is one to judge against the sheet: only
    in a sentence that says embargo or publication (the sheet's one time of day is its
    embargo's); any other is the text's own (a meeting's hour, an e-mail's, a chat's, a
    broadcast's). A sentence of the study's publication or release ("released at 10 a.m.
    ET") states the embargo's time too."""
    return _sentence_says(_PUBLISHED, text, m.start, m.end)


def sentence_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around ``[a, b)`` as this module bounds it (a stop or a line break)."""
    return _sentence(text, a, b)


def _embargo(text: str, a: int, b: int) -> bool:
    """Whether the sentence of ``[a, b)`` (its line, between stops) says embargo: the
    numbers in a time's shape are judged there too ("Sperrfrist: …, 17 Uhr")."""
    return _sentence_says(_EMBARGO, text, a, b)


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around ``[a, b)``, bounded by a stop or a line break (a stop right
    after a digit, as in "20. Januar", is no stop)."""
    lo = a
    while lo > 0:
        hit = _last_break(text, max(0, lo - 200), lo)
        if hit is None:
            lo = max(0, lo - 200)
            if lo == 0:
                break
            continue
        lo = hit + 1
        break
    hi = b
    for m in _BREAK.finditer(text, b):
        if m.group() == "." and _no_stop(text, m.start()):
            continue
        hi = m.start()
        break
    else:
        hi = len(text)
    return lo, hi


def _last_break(text: str, lo: int, hi: int) -> int | None:
    last = None
    for m in _BREAK.finditer(text, lo, hi):
        if m.group() == "." and _no_stop(text, m.start()):
            continue
        last = m.start()
    return last


# a stop that ends an abbreviation, no sentence: "et al.", "u. a.", "et coll.", "z. B.",
# "p.m.", "Dr.", "ca." (a capital alone may end a sentence: "vitamin D.")
_ABBREV = regex.compile(
    r"(?:(?<![\p{L}])(?:\p{Ll}|(?<=(?<![\p{L}])\p{L}\.[ \t\u00a0]?)\p{Lu}"
    r"|(?i:al|coll|dr|prof|ca|vs|approx|resp|bzw|ggf|inkl|vgl|usw|ecc|cf)))$")


def _no_stop(text: str, at: int) -> bool:
    """Whether the "." at ``at`` is no sentence's end: after a digit ("20. Januar") or
    ending an abbreviation ("Inglese et al. on 20 January")."""
    if not at:
        return False
    if text[at - 1].isdigit():
        return True
    return _ABBREV.search(text, max(0, at - 8), at) is not None


def _dates(text: str) -> list[Span]:
    """Dates that are the text's own (:func:`own_date`), each with the time that stamps
    it."""
    out: list[Span] = []
    # _DATE's matches one by one as finditer gives them, each sought from where it can
    # start: every date holds a digit that _DATE_NEED finds, and the first such digit from
    # ``pos`` on is at or before the next date's; a date starts a digit before that digit
    # (its day) or where the run of letters, stops and spaces before it starts (a month's
    # name, "de"), no earlier. No such digit left: no date left
    pos = 0
    while (need := _DATE_NEED.search(text, pos)) is not None:
        before = _NOT_MONTH_RUN.search(text, pos, need.start())
        first = min(need.start() - 1, before.end() if before is not None else pos)
        m = _DATE.search(text, max(pos, first))
        if m is None:
            break
        pos = m.end()
        if not (m.group("day") or m.group("day2") or m.group("year3")):
            continue
        day = m.group("day") or m.group("day2")
        if day is not None and not 1 <= int(day) <= 31:
            continue
        year = m.group("year") or m.group("year2") or m.group("year3")
        end = m.end()
        stamp = _stamp(text, end)
        if own_date(text, m.start(), end, year is not None, stamp is not None):
            out.append(Span(m.start(), stamp if stamp is not None else end))
    return out


def _stamp(text: str, end: int) -> int | None:
    """Where a time of day that stamps the date ending at ``end`` ends, if one does."""
    gap = _STAMP_GAP.match(text, end)
    at = gap.end() if gap is not None else end
    hit = _CLOCK_ONE.match(text, at)
    return hit.end() if hit is not None else None


def own_date(text: str, start: int, end: int, year: bool, stamped: bool) -> bool:
    """Whether the date at ``[start, end)`` is the text's own: stamped with a time of day
    (a header, a byline, a meeting's hour), on a header line ("Fecha: …"), governed by a
    word of a meeting, an appointment or a leaflet's review a few words before it; or
    without its year, in a sentence with no word of the study's publication or the study
    itself. A sentence that says embargo keeps every date the study's."""
    lo, hi = _sentence(text, start, end)
    if _EMBARGO.search(text, lo, hi) is not None:
        return False
    if stamped:  # a header's or a meeting's, but a publication's time is the study's
        return _PUBLISHED.search(text, lo, hi) is None
    line = text.rfind("\n", 0, start) + 1
    header = _HEADER.match(text, line)
    if header is not None and header.end() <= start and "\n" not in text[header.end():start]:
        return True
    if _masthead(text, line, start, end):
        return True
    if _governed(text, max(lo, start - _EVENT_GAP), start):
        return True
    return not year and _STUDY_CUE.search(text, lo, hi) is None


# what parts a text's opening line into a masthead's or a dateline's fields: a dash set
# between spaces, a bar, a middle dot or bullet, brackets ("Apotheken-Post · Juli 2018 ·
# …", "ROMA, 15 giugno 2018 – Le persone …", "… trascrizione (21 gennaio 2021)")
_FIELD_SEP = regex.compile(r"[ \t\u00a0][–—-][ \t\u00a0]|[|·•()\[\]]")
_FIELD_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.º°/-]*")
# how many words besides its date a masthead's field may hold ("Noticiário das 13 horas,
# 5 de fevereiro de 2016", "Aula teórica de Cardiologia, 4.º ano, 15/10/2018"): a longer
# stretch is a sentence, whose date is judged as any
_FIELD_WORDS = 8


def _masthead(text: str, line: int, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` dates the text itself from its opening line: a
    blog's or a bulletin's title line, a wire story's dateline ("EDINBURGH, Aug. 25
    (Healthwire) - …", "Jan 24, 2021 — Thinking out loud", "Mi diario | 18 de junio de
    2018"), a magazine's issue ("n.º 57, outubro de 2018"). The date must stand in a short
    field of that line (between its separators) that says nothing of a study or its
    publication; a date in the study's words there ("Study published 20 January 2021") or
    in a sentence of the body stays judged."""
    if text[:line].strip():
        return False  # not the text's first line
    lo, hi = line, text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    for sep in _FIELD_SEP.finditer(text, line, hi):
        if sep.end() <= start:
            lo = sep.end()
        elif sep.start() >= end:
            hi = sep.start()
            break
    if not text[hi:].strip() and not text[:lo].strip():
        return False  # the field is the whole text: no masthead, its date is judged as any
    field = text[lo:start] + " " + text[end:hi]
    return (_STUDY_CUE.search(field) is None
            and len(_FIELD_WORD.findall(field)) <= _FIELD_WORDS)


def _governed(text: str, lo: int, start: int) -> bool:
    """Whether the last word before ``start`` (from ``lo``) that says whose a date is
    names an event or a leaflet's review, not the study: "Club de revistas — Sesión del
    9 de mayo" is the session's, "the study published on 20 January" the study's."""
    event = [m.end() for m in _EVENT.finditer(text, lo, start)]
    if not event:
        return False
    study = [m.end() for m in _STUDY_CUE.finditer(text, lo, start)]
    return not study or event[-1] > study[-1]


def judged_date(text: str, m: Any, publication_year: int | None) -> bool:
    """Whether the date mention ``m`` of ``text`` is one to judge against the sheet's
    publication date: the text's own dates are not (:func:`own_date`), nor a date with a
    year other than the publication's (a leaflet's "Next review March 2026", a blog's
    "posted 3 May 2024") unless its sentence says it is the study's."""
    date = getattr(m, "date", None) or (None, None, None)
    year = date[0]
    if own_date(text, m.start, m.end, year is not None, _stamp(text, m.end) is not None):
        return False
    if year is None or publication_year is None or year == publication_year:
        return True
    lo, hi = _sentence(text, m.start, m.end)
    return _STUDY_CUE.search(text, lo, hi) is not None
