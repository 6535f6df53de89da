"""Madoguchi (窓口): the My Number Card counter application of a municipal 市民課."""

__version__ = "0.1.0"
APP_NAME = "Madoguchi"
APP_ID = "madoguchi"
