"""The skills taxonomy and the matching component, on a real database of contacts."""

from __future__ import annotations

import pytest

from careeros import matching
from careeros.onboarding.taxonomy import load
from models import Contact, Objectives, db
from tests.conftest import register


def test_taxonomy_has_hundreds_of_skills_with_aliases():
    taxonomy = load()
    assert len(taxonomy.categories) >= 400
    assert taxonomy.lookup("ML") == "Machine Learning"
    assert taxonomy.lookup("k8s") == "Kubernetes"
    assert taxonomy.lookup("golang") == "Go"
    assert taxonomy.lookup("Postgres") == "PostgreSQL"


def test_taxonomy_reads_items_and_prose_but_not_everyday_words():
    taxonomy = load()
    assert taxonomy.normalise(
        ["Docker and Kubernetes", "SQL and NoSQL databases (MySQL, MongoDB)", "Go"]
    ) == ["Docker", "Kubernetes", "SQL", "NoSQL", "MySQL", "MongoDB", "Go"]
    prose = taxonomy.in_text("I go running and do research; built Spark jobs with k8s on GCP.")
    assert prose == ["Apache Spark", "Kubernetes", "Google Cloud Platform"]


@pytest.mark.parametrize(
    ("title", "normalised"),
    [
        ("Sr. ML Engineer", " machine learning engineer "),
        ("Engineer, Machine Learning", " machine learning engineer "),
        ("Staff Front-End Developer", " frontend engineer "),
        ("Software Development Engineer II", " software development engineer "),
        ("SWE", " software engineer "),
        ("", ""),
    ],
)
def test_titles_are_normalised_tolerantly(title, normalised):
    assert matching.normalize_title(title) == normalised


PEOPLE = [
    ("Ada", "Senior ML Engineer", "Stripe, Inc.", "Berlin, Germany", "ada@stripe.com", None),
    ("Ben", "Machine Learning Engineer", "Spotify", "Remote", "ben@spotify.com", "Spoke at PyCon"),
    ("Cy", "Engineer, Machine Learning", "Stripe", "San Francisco, CA", None, None),
    ("Di", "Data Scientist", "Stripe", "Berlin, Germany", "di@stripe.com", None),
    ("Ed", "Machine Learning Engineering Manager", "Stripe", "Berlin, Germany", "ed@stripe.com", None),
    ("Flo", "ML Engineer", "Acme Recruiting", "Berlin, Germany", "flo@acme.com", None),
    ("Gus", "ML Engineer", "Northwind", "Berlin, Germany", "gus@northwind.com", None),
    ("Hal", "ML Engineer", "Stripe", "Berlin, Germany", "hal@stripe.com", None),
]


@pytest.fixture()
def pool(client):
    user = register(client)
    with db.writing() as session:
        for name, title, company, location, email, notes in PEOPLE:
            session.add(
                matching.apply_normalized(
                    Contact(
                        user_id=user.id,
                        name=name,
                        title=title,
                        company=company,
                        location=location,
                        email=email,
                        notes=notes,
                    )
                )
            )
        session.flush()
        hal = next(c for c in session.query(Contact).filter_by(user_id=user.id, name="Hal"))
        hal.do_not_contact = True
    return user


def _names(user_id, **objectives):
    defaults = {
        "target_roles": [],
        "target_companies": [],
        "locations": [],
        "excluded_companies": [],
        "excluded_keywords": [],
    }
    criteria = matching.Criteria.from_objectives(Objectives(user_id=user_id, **{**defaults, **objectives}))
    with db.reading() as session:
        return sorted(m.name for m in matching.matches(session, criteria, user_id))


def test_roles_match_tolerantly_and_do_not_contact_never_matches(pool):
    assert _names(pool.id, target_roles=["Machine Learning Engineer"]) == ["Ada", "Ben", "Cy", "Flo", "Gus"]
    assert _names(pool.id, target_roles=["ML engineer", "data scientist"]) == [
        "Ada",
        "Ben",
        "Cy",
        "Di",
        "Flo",
        "Gus",
    ]


def test_companies_locations_remote_and_exclusions(pool):
    roles = ["ML Engineer"]
    assert _names(pool.id, target_roles=roles, target_companies=["stripe"]) == ["Ada", "Cy"]
    assert _names(pool.id, target_roles=roles, locations=["Berlin"]) == ["Ada", "Flo", "Gus"]
    assert _names(pool.id, target_roles=roles, locations=["Germany", "Remote"]) == [
        "Ada",
        "Ben",
        "Flo",
        "Gus",
    ]
    assert _names(
        pool.id, target_roles=roles, excluded_companies=["Northwind Ltd"], excluded_keywords=["recruit"]
    ) == ["Ada", "Ben", "Cy"]


def test_matches_are_ranked_by_fit_and_reachability(pool):
    criteria = matching.Criteria.from_objectives(
        Objectives(
            user_id=pool.id,
            target_roles=["ML Engineer"],
            target_companies=[],
            locations=[],
            excluded_companies=[],
            excluded_keywords=[],
        )
    )
    with db.reading() as session:
        best = matching.best(matching.matches(session, criteria, pool.id), 3)
    assert best[0].name == "Ben"  # exact title, email and notes
    assert best[-1].score >= 0
    assert all(best[i].score >= best[i + 1].score for i in range(len(best) - 1))


def test_a_user_never_matches_another_users_contacts(pool, client):
    stranger = register(client)
    assert _names(stranger.id, target_roles=["ML Engineer"]) == []


def test_the_like_fallback_for_many_titles_finds_the_same_people(pool, monkeypatch):
    # Pools with thousands of distinct matching titles are queried with LIKE instead of IN.
    objectives = {
        "target_roles": ["Machine Learning Engineer", "Data Scientist"],
        "locations": ["Berlin", "Remote"],
        "excluded_keywords": ["recruit"],
    }
    by_titles = _names(pool.id, **objectives)
    monkeypatch.setattr(matching, "MAX_TITLES_IN", 0)
    assert _names(pool.id, **objectives) == by_titles == ["Ada", "Ben", "Di", "Gus"]
