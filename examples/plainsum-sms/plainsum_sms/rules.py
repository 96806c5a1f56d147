"""The rule this plugin's validator reports, declared so ``plainsum rules`` lists it and
``--ignore sms`` can switch it off."""

from __future__ import annotations

from plainsum.rules import Rule

RULES = (
    Rule("sms-too-long", "warning",
         "An SMS alert that needs more than one segment, two with the key caveat (a "
         "warning), or more than three (an error).",
         "(a 200-character alert in GSM-7, whose one segment holds 160)",
         "The message needs 2 SMS segments (200 of 160 GSM-7 characters)."),
)
