"""A second contact pool, held out from the drafter's development: other companies, other titles
and notes written in other ways than the demo directory's (careeros/demo/directory.py). The
drafting figures are reported on both pools; this one was never looked at while the drafter's
phrasings were written."""

from __future__ import annotations

import random

from careeros.drafting.facts import ContactFacts

COMPANIES = [
    "Kittl", "Pleo", "Tines", "Monzo", "Wise", "Ocado Technology", "Vercel", "Linear", "Supabase",
    "Grafana Labs", "Mollie", "Bolt", "Miro", "Contentful", "Sennder", "Trade Republic", "Doctolib",
    "Algolia", "Mistral AI", "Hugging Face", "Cohere", "Databricks", "Snowflake", "Confluent", "dbt Labs",
    "Celonis", "N26", "Revolut", "Qonto", "Pitch", "Framer", "Remote", "Deel", "Factorial", "Typeform",
]  # fmt: skip
FIRST = ["Ines", "Tomasz", "Amara", "Kenji", "Sofia", "Mateo", "Leila", "Oskar", "Priya", "Diego", "Hana",
         "Nikolai", "Zainab", "Björn", "Chiara", "Yusuf", "Aoife", "Rafael", "Mei", "Tobias"]  # fmt: skip
LAST = ["Okafor", "Lindqvist", "Moreau", "Takahashi", "Novak", "Haddad", "Brennan", "Kowalski", "Ferreira",
        "Nakamura", "Schulz", "Rossi", "Abebe", "Yilmaz", "Dubois", "Costa", "Iyer", "Jansen"]  # fmt: skip
TITLES = [
    "Analytics Engineer", "Senior Analytics Engineer", "Data Engineer II", "Lead Data Engineer",
    "Machine Learning Scientist", "Senior Applied Scientist", "MLOps Engineer", "Staff Data Engineer",
    "Engineering Manager, Data", "Head of Data", "Director of Machine Learning", "Technical Recruiter",
    "Senior Talent Partner", "Data Platform Lead", "Principal Engineer, Data Infrastructure",
    "Machine Learning Engineer", "Senior Data Scientist", "VP of Engineering",
]  # fmt: skip
SUBJECTS = [
    "streaming joins", "semantic layers", "data contracts", "vector search", "schema evolution",
    "LLM evaluation", "feature pipelines", "batch-to-streaming migrations", "query engines",
    "privacy-preserving analytics", "recommendation systems", "A/B testing platforms", "data mesh",
    "lineage tracking", "cost attribution for warehouses", "model distillation",
]  # fmt: skip
VENUES = ["Berlin Buzzwords", "Spark Summit", "dbt Coalesce", "PyData London", "Big Data LDN", "ODSC"]
PROJECTS = ["Ferrule", "Ostinato", "Tessellate", "Bramble", "Lodestar", "Cinder", "Wicket", "Sorrel"]


def _note(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS)
    form = rng.randrange(7)
    if form == 0:
        return f"Gave a keynote at {rng.choice(VENUES)} on {subject}."
    if form == 1:
        return f'Presented "{subject.capitalize()}: a field report" at {rng.choice(VENUES)}.'
    if form == 2:
        return f"Created {rng.choice(PROJECTS)}, a Python library for {subject}."
    if form == 3:
        return f'Published the article "Notes on {subject}" last spring.'
    if form == 4:
        return f"Hosts the podcast Data Hour, with episodes on {subject}."
    if form == 5:
        return f'Wrote "The case for {subject}", a widely shared essay.'
    return f"Leads the team that owns {subject}."


def other_pool(count: int = 120, seed: int = 2026, with_notes: float = 0.5) -> list[ContactFacts]:
    rng = random.Random(seed)
    pool, seen = [], set()
    while len(pool) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        company = rng.choice(COMPANIES)
        if (name, company) in seen:
            continue
        seen.add((name, company))
        pool.append(
            ContactFacts(
                name=name,
                title=rng.choice(TITLES),
                company=company,
                location=rng.choice(["Amsterdam", "Lisbon", "Dublin", "Warsaw", "Remote", "Stockholm"]),
                notes=_note(rng) if rng.random() < with_notes else None,
            )
        )
    return pool
