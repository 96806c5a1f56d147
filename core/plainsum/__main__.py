"""``python -m plainsum``."""

from .entry import main

main()
