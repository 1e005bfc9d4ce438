"""newsx: multilingual news extraction into comparable deal records."""

__version__ = "0.1.0"
