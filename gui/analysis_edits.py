"""Moved to core.edits; this old name keeps working until every importer uses the new one."""

from core.edits.analysis import *  # noqa: F403
