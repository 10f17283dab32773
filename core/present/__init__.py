"""The presentation layer: the only place display facts are made.

Every string a user reads (numbers, money, dates, labels, sentences) and every colour the
app and the brief draw come from here, so the app, the brief and the command line agree and
a translation touches one place. Qt-free; it may use the model, the model never uses it.
"""
