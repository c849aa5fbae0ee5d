import pytest

from tutor.domains import Domain, load_outline
from tutor.errors import CorpusError, UnknownDomainError

from .conftest import CORPUS

EXPECTED = [
    ("supply-chains-strategy", "Supply Chains and Strategy"),
    ("sop", "Sales and Operations Planning"),
    ("demand", "Demand"),
    ("supply", "Supply"),
    ("detailed-schedules", "Detailed Schedules"),
    ("inventory", "Inventory"),
    ("distribution", "Distribution"),
    ("quality-tech-ci", "Quality, Technology, and Continuous Improvement"),
]


def test_enum_matches_the_shared_outline_table():
    assert [(d.value, d.display_name) for d in Domain] == EXPECTED
    assert [d.number for d in Domain] == list(range(1, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("sop", Domain.SOP), (" SOP ", Domain.SOP), ("Sales and Operations Planning", Domain.SOP),
     ("7", Domain.DISTRIBUTION), ("quality-tech-ci", Domain.QUALITY_TECH_CI)],
)
def test_parse_accepts_slugs_names_and_numbers(text, expected):
    assert Domain.parse(text) is expected


def test_unknown_domain_lists_the_valid_slugs():
    with pytest.raises(UnknownDomainError) as err:
        Domain.parse("logistics")
    for slug, _ in EXPECTED:
        assert slug in str(err.value)


def test_outline_has_subtopics_terms_and_calculations_for_every_domain():
    outline = load_outline(CORPUS / "outline.yaml")
    assert [d.slug for d in outline.domains] == list(Domain)
    for d in outline.domains:
        assert len(d.subtopics) >= 10
        assert len(d.key_terms) >= 30
        assert d.calculations
    assert outline.subtopics["supply/atp-ctp"][0] is Domain.SUPPLY
    acronyms = outline.acronyms()
    assert acronyms["ATP"] == {"available-to-promise"}
    assert acronyms["S&OP"] == {"sales and operations planning"}
    assert acronyms["EOQ"] == {"economic order quantity"}


def test_broken_outline_is_a_clear_error(tmp_path):
    path = tmp_path / "outline.yaml"
    path.write_text("domains:\n  - slug: sop\n")
    with pytest.raises(CorpusError, match="outline.yaml: not a valid outline"):
        load_outline(path)
    with pytest.raises(CorpusError, match="missing"):
        load_outline(tmp_path / "nope.yaml")
