"""Scenario notes: labels for internal names, and pieces small enough to lay out linearly."""

from core.contract import Parties
from core.report.notes import CHUNK, note_paragraphs, pieces, with_labels
from core.report.styles import make_styles

PARTIES = Parties(lab="OpenAI", partner="Microsoft", partner_cloud="Azure")


def test_assumption_names_print_as_their_labels():
    text = with_labels("revenue_growth 130%: plan; price_partner $11B; my_own_word", PARTIES)
    assert text.startswith("Revenue growth 130%")
    assert "price_partner" not in text
    assert "my_own_word" in text  # only assumption names are replaced


def test_a_long_line_is_cut_at_spaces_into_bounded_pieces():
    line = " ".join(f"word{i}" for i in range(5000))
    parts = list(pieces(line))
    assert "".join(parts) == line
    assert all(len(part) <= CHUNK for part in parts)
    assert all(part.endswith(" ") for part in parts[:-1])


def test_a_line_without_spaces_is_cut_anyway():
    parts = list(pieces("x" * (3 * CHUNK + 5)))
    assert [len(p) for p in parts] == [CHUNK, CHUNK, CHUNK, 5]


def test_one_paragraph_per_line_or_piece():
    text = "one\ntwo\n" + "y " * CHUNK
    found = note_paragraphs(text, PARTIES, make_styles())
    assert len(found) == 2 + 2
