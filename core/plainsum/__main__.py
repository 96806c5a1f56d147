"""``python -m plainsum``."""

from .cli import main

main()
