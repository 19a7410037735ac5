"""Generated people as JSON Resume documents (../shared/reference/jsonresume-schema.json), with
the variety real resumes have: 1–8 jobs (current ones "Present"), 0–3 degrees, skills as lists
with and without categories, names from many locales (accents, CJK), missing fields, companies
with apostrophes, ampersands and legal suffixes, titles with teams, phones in many notations.

Deterministic: `person(seed)` always gives the same resume. Nothing here is read by the parser.
"""

from __future__ import annotations

import random
from datetime import date

from faker import Faker

LOCALES = [
    ("en_US", 6, "US"),
    ("en_GB", 3, "GB"),
    ("de_DE", 2, "DE"),
    ("fr_FR", 2, "FR"),
    ("es_ES", 2, "ES"),
    ("it_IT", 1, "IT"),
    ("pt_BR", 1, "BR"),
    ("nl_NL", 1, "NL"),
    ("pl_PL", 1, "PL"),
    ("sv_SE", 1, "SE"),
    ("tr_TR", 1, "TR"),
    ("en_IN", 2, "IN"),
    ("ja_JP", 1, "JP"),
    ("zh_CN", 1, "CN"),
    ("ko_KR", 1, "KR"),
    ("vi_VN", 1, "VN"),
]

# Titles: a seniority, a role, and sometimes a team ("Senior Engineer, Payments Team").
SENIORITY = ["", "", "", "Senior ", "Staff ", "Lead ", "Principal ", "Junior ", "Associate "]
ROLES = [
    "Software Engineer",
    "Backend Developer",
    "Frontend Engineer",
    "Data Scientist",
    "Data Engineer",
    "Machine Learning Engineer",
    "Product Manager",
    "Product Designer",
    "UX Researcher",
    "DevOps Engineer",
    "Site Reliability Engineer",
    "Engineering Manager",
    "QA Analyst",
    "Business Analyst",
    "Marketing Manager",
    "Account Executive",
    "Research Scientist",
    "Security Engineer",
    "Mobile Developer",
    "Solutions Architect",
    "Technical Writer",
    "Financial Analyst",
    "Operations Manager",
    "Consultant",
    "Project Coordinator",
    "Full Stack Developer",
    "Cloud Architect",
    "Database Administrator",
    "Recruiter",
    "Customer Success Manager",
]
TEAMS = [
    "Payments",
    "Platform",
    "Growth",
    "Search",
    "Infrastructure",
    "Mobile",
    "Risk",
    "Core Data",
    "Identity",
]

COMPANY_SHAPES = [
    "{last} & {last2}",
    "{last}'s {thing}",
    "{last} {suffix}",
    "{city} {thing} {suffix}",
    "{word}{word2}",
    "{word} Labs",
    "{last}, {last2} & Co.",
    "The {word} Group",
    "{word} {thing}",
    "{last} {thing} GmbH",
    "{word} Systems Ltd.",
    "{last} & Sons",
    "{word}.io",
]
THINGS = [
    "Analytics",
    "Logistics",
    "Health",
    "Foods",
    "Robotics",
    "Capital",
    "Media",
    "Energy",
    "Software",
    "Bank",
]
SUFFIXES = ["Inc.", "LLC", "Ltd.", "GmbH", "S.A.", "AG", "Corp.", "plc", "B.V.", "Co."]
WORDS = [
    "Blue",
    "North",
    "Bright",
    "Quantum",
    "Cedar",
    "Nimbus",
    "Vertex",
    "Harbor",
    "Lumen",
    "Orbit",
    "Acme",
    "Zen",
]
WORDS2 = ["stack", "forge", "works", "wave", "leaf", "grid", "line", "path"]

SCHOOLS = [
    "University of {city}",
    "{city} Institute of Technology",
    "{city} State University",
    "Technical University of {city}",
    "Universidad de {city}",
    "Université de {city}",
    "Universität {city}",
    "{last} College",
    "{city} School of Economics",
    "Politecnico di {city}",
    "{city} University",
    "St. {last}'s College",
]
FAMOUS = [
    "Tsinghua University",
    "Seoul National University",
    "ETH Zürich",
    "Sorbonne Université",
    "IIT Bombay",
]
DEGREES = [
    ("Bachelor of Science", "B.S."),
    ("Bachelor of Arts", "B.A."),
    ("Bachelor of Engineering", "B.Eng."),
    ("Master of Science", "M.Sc."),
    ("Master of Business Administration", "MBA"),
    ("Master of Engineering", "M.Eng."),
    ("Doctor of Philosophy", "PhD"),
    ("Associate of Applied Science", "A.A.S."),
    ("Diploma", "Dipl."),
]
AREAS = [
    "Computer Science",
    "Mathematics",
    "Economics",
    "Electrical Engineering",
    "Physics",
    "Business Administration",
    "Statistics",
    "Information Systems",
    "Psychology",
    "Mechanical Engineering",
    "Data Science",
    "Graphic Design",
]

# Skills, in categories; deliberately not the service's own taxonomy.
SKILLS = {
    "Languages": ["Python", "Go", "Rust", "TypeScript", "Java", "C++", "Kotlin", "Scala", "Ruby", "SQL", "R"],
    "Frontend": ["React", "Vue.js", "Svelte", "Next.js", "Tailwind CSS", "Redux", "Webpack"],
    "Backend": ["Django", "FastAPI", "Spring Boot", "Node.js", "gRPC", "GraphQL", "Express"],
    "Data": ["PostgreSQL", "Apache Kafka", "Snowflake", "dbt", "Airflow", "Spark", "BigQuery", "Pandas"],
    "Cloud": ["AWS", "Google Cloud", "Azure", "Terraform", "Kubernetes", "Docker", "Helm"],
    "ML": ["PyTorch", "TensorFlow", "scikit-learn", "XGBoost", "Hugging Face", "MLflow"],
    "Practices": ["Agile and Scrum", "Test-driven development", "Code review", "Incident response"],
    "Design": ["Figma", "Sketch", "User research", "Prototyping", "Design systems"],
    "Business": ["Stakeholder management", "Financial modeling", "Excel", "Salesforce", "Tableau"],
}
LEVELS = ["Expert", "Advanced", "Intermediate", "Proficient", None]


def _phone(rng: random.Random, country: str) -> str:
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    forms = {
        "US": [
            f"+1 ({rng.randrange(201, 989)}) {d(3)}-{d(4)}",
            f"({rng.randrange(201, 989)}) {d(3)}-{d(4)}",
            f"{rng.randrange(201, 989)}.{d(3)}.{d(4)}",
            f"{rng.randrange(201, 989)}\u2014{d(3)}\u2014{d(4)}",
            f"+1 {rng.randrange(201, 989)} {d(3)} {d(4)}",
        ],
        "GB": [f"+44 7{d(3)} {d(6)}", f"(+44) 7{d(9)}", f"07{d(3)} {d(6)}", f"+44 (0) 20 {d(4)} {d(4)}"],
        "DE": [f"+49 30 {d(4)} {d(4)}", f"+49 151 {d(8)}", f"0151 {d(8)}"],
        "FR": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "ES": [f"+34 6{d(2)} {d(3)} {d(3)}"],
        "IT": [f"+39 3{d(2)} {d(3)} {d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}"],
        "NL": [f"+31 6 {d(8)}"],
        "PL": [f"+48 5{d(2)} {d(3)} {d(3)}"],
        "SE": [f"+46 70 {d(3)} {d(2)} {d(2)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"],
        "IN": [f"+91 9{d(4)} {d(5)}", f"+91-9{d(9)}"],
        "JP": [f"+81 90-{d(4)}-{d(4)}"],
        "CN": [f"+86 13{d(1)} {d(4)} {d(4)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}"],
    }
    return rng.choice(forms[country])


def _company(rng: random.Random, fake: Faker, en: Faker) -> str:
    shape = rng.choice(COMPANY_SHAPES)
    return shape.format(
        last=en.last_name(),
        last2=en.last_name(),
        thing=rng.choice(THINGS),
        suffix=rng.choice(SUFFIXES),
        city=en.city().split()[0],
        word=rng.choice(WORDS),
        word2=rng.choice(WORDS2),
    )


def _school(rng: random.Random, en: Faker) -> str:
    if rng.random() < 0.12:
        return rng.choice(FAMOUS)
    return rng.choice(SCHOOLS).format(city=en.city().split()[0], last=en.last_name())


def _month(rng: random.Random, year: int) -> str:
    return f"{year}-{rng.randrange(1, 13):02d}-01"


def person(seed: int, *, today: date = date(2026, 11, 1)) -> dict:
    """One JSON Resume document (with the legacy `company`/`website` keys older themes read)."""
    rng = random.Random(seed)
    locale, _, country = rng.choices(LOCALES, weights=[w for _, w, _ in LOCALES])[0]
    fake = Faker(locale)
    fake.seed_instance(seed)
    en = Faker("en_US")
    en.seed_instance(seed + 1)
    name = fake.name()
    # Faker sometimes prefixes titles ("Dr. ", "Prof.") or suffixes ("MD"): a resume would not.
    for prefix in (
        "Dr. ",
        "Prof. ",
        "Mr. ",
        "Mrs. ",
        "Ms. ",
        "Miss ",
        "Herr ",
        "Frau ",
        "pan ",
        "pani ",
        "Sr. ",
        "Sra. ",
    ):
        name = name.removeprefix(prefix)
    name = name.split(" MD")[0].split(" PhD")[0].split(" DDS")[0].split(" DVM")[0].strip()
    ascii_name = en.first_name() + "." + en.last_name()
    email = rng.choice(
        [
            f"{ascii_name.lower()}@example.com",
            f"{ascii_name.split('.')[0].lower()}{rng.randrange(10, 99)}@mail.example.org",
            f"{ascii_name.split('.')[1].lower()}.{ascii_name.split('.')[0][0].lower()}@example.net",
        ]
    )
    role = rng.choice(ROLES)
    jobs_count = rng.choices(range(1, 9), weights=[3, 5, 5, 4, 3, 2, 1, 1])[0]
    year = today.year - rng.randrange(0, 2)
    work = []
    current = rng.random() < 0.7
    for index in range(jobs_count):
        length = rng.randrange(1, 5)
        end_year = year
        start_year = end_year - length
        title = rng.choice(SENIORITY) + (role if rng.random() < 0.6 else rng.choice(ROLES))
        if rng.random() < 0.15:
            title += ", " + rng.choice(TEAMS) + " Team"
        company = _company(rng, fake, en)
        job = {
            "name": company,
            "company": company,
            "position": title.strip(),
            "startDate": _month(rng, start_year),
            "summary": rng.choice(
                [
                    f"Worked on {rng.choice(THINGS).lower()} systems used by {rng.randrange(2, 90)} teams.",
                    "Owned the roadmap for a core product area.",
                    "",
                ]
            ),
            "highlights": [
                rng.choice(
                    [
                        f"Reduced latency by {rng.randrange(10, 80)}% across the {rng.choice(TEAMS).lower()} stack",
                        f"Led a team of {rng.randrange(2, 12)} engineers",
                        "Introduced automated testing and continuous delivery",
                        f"Grew revenue from the {rng.choice(TEAMS).lower()} line",
                        "Mentored new hires and ran the interview loop",
                    ]
                )
                for _ in range(rng.randrange(0, 4))
            ],
        }
        if not (index == 0 and current):
            job["endDate"] = _month(rng, end_year)
        if rng.random() < 0.5:
            job["location"] = f"{en.city()}, {en.state_abbr()}" if country == "US" else fake.city()
        if rng.random() < 0.3:
            job["url"] = f"https://{company.split()[0].lower().strip(',.&')}.example.com"
            job["website"] = job["url"]
        work.append(job)
        year = start_year - rng.randrange(0, 2)
    education = []
    for index in range(rng.choices(range(4), weights=[1, 5, 3, 1])[0]):
        long_form, short_form = rng.choice(DEGREES)
        end = year - index * rng.randrange(2, 5)
        entry = {
            "institution": _school(rng, en),
            "studyType": long_form if rng.random() < 0.7 else short_form,
            "area": rng.choice(AREAS),
            "startDate": _month(rng, end - rng.randrange(2, 5)),
            "endDate": _month(rng, end),
        }
        if rng.random() < 0.3:
            entry["score"] = (
                f"{rng.randrange(30, 40) / 10:.1f}"
                if rng.random() < 0.5
                else f"{rng.randrange(30, 40) / 10:.1f}/4.0"
            )
            entry["gpa"] = entry["score"]
        education.append(entry)
    categories = rng.sample(sorted(SKILLS), rng.randrange(1, 5))
    skills = []
    for category in categories:
        keywords = rng.sample(SKILLS[category], rng.randrange(2, min(6, len(SKILLS[category])) + 1))
        skill = {"name": category, "keywords": keywords}
        level = rng.choice(LEVELS)
        if level:
            skill["level"] = level
        skills.append(skill)
    basics = {
        "name": name,
        "label": rng.choice(SENIORITY).strip() + " " + role if rng.random() < 0.8 else "",
        "email": email,
        "summary": f"{role} with {rng.randrange(2, 20)} years of experience.",
        "location": {"city": fake.city(), "countryCode": country},
        "profiles": [
            {
                "network": "LinkedIn",
                "username": ascii_name.lower(),
                "url": f"https://linkedin.com/in/{ascii_name.lower()}",
            }
        ],
    }
    basics["label"] = basics["label"].strip()
    if rng.random() < 0.92:
        basics["phone"] = _phone(rng, country)
    return {
        "basics": basics,
        "work": work,
        "education": education,
        "skills": skills,
        "meta": {"seed": seed, "locale": locale},
    }
