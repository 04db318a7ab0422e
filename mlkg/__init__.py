"""mlkg: a knowledge graph of AWS machine-learning knowledge, built from cheat-sheet documents."""

__version__ = "0.1.0"
