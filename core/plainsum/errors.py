"""Errors the user can fix. The CLI turns each into one line on stderr and exit status 2."""

from __future__ import annotations


class PlainsumError(Exception):
    """Bad input or usage: a clear one-line message, never a traceback."""


class FactSheetError(PlainsumError):
    """A problem in a fact sheet, located as ``file:line:column: field.path: message``."""

    def __init__(self, file: str, line: int, column: int, path: str, message: str):
        self.file, self.line, self.column, self.path, self.message = (
            file, line, column, path, message)
        # a file name with a line break in it must not break the one-line form
        shown = file.replace("\r", "\\r").replace("\n", "\\n")
        super().__init__(f"{shown}:{line}:{column}: {path or '(top)'}: {message}")


class MissingTranslation(PlainsumError):
    """A generator needs wording that the fact sheet or language pack does not have."""

    def __init__(self, lang: str, items: list[str], sheet: str | None = None,
                 own: bool = False):
        """``sheet``: the fact sheet's file, when known, to name it and to give the very
        command that lists the missing items for a translator. ``own``: ``lang`` is the
        sheet's own language, whose wording a person writes into the sheet (there is
        nothing to translate it from)."""
        import shlex

        self.lang, self.items, self.sheet = lang, items, sheet
        where = f"{sheet}: " if sheet else ""
        command = "SHEET"
        if sheet and sheet not in ("-", "<stdin>"):  # "-f.yaml" as typed is an option
            command = shlex.quote(f"./{sheet}" if sheet.startswith("-") else sheet)
        how = (f"{lang} is the sheet's own language: write it into the fact sheet; `plainsum "
               f"lint {command}` checks it" if own else
               f"add it to the fact sheet or the {lang} language pack; `plainsum translate "
               f"export {command} --lang {lang} -o {lang}.po` lists it for a translator")
        super().__init__(f"{where}no {lang} wording for: {', '.join(items)} ({how})")
