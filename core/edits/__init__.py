"""Pure edits: functions that return a changed copy of a workspace, scenario or document.

The app's Session and the command line apply the same edits; nothing here knows of Qt.
"""
