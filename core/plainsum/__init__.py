"""plainsum: one reviewed fact sheet in, checked plain-language outputs out."""

__version__ = "0.1.0"
