"""A generated directory of realistic people: names, companies, titles, places and their work."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

FIRST_NAMES = [
    "Aaliyah",
    "Aarav",
    "Abigail",
    "Adebayo",
    "Aditi",
    "Ahmed",
    "Aiko",
    "Alejandro",
    "Alessandro",
    "Alexei",
    "Amara",
    "Amelia",
    "Ana",
    "Anders",
    "Ananya",
    "Andrea",
    "Anika",
    "Arjun",
    "Astrid",
    "Aylin",
    "Beatriz",
    "Benjamin",
    "Bilal",
    "Bongani",
    "Camila",
    "Carlos",
    "Chen",
    "Chiara",
    "Chidi",
    "Chloe",
    "Daniel",
    "Dariusz",
    "Deepa",
    "Diego",
    "Dmitri",
    "Efua",
    "Elena",
    "Elif",
    "Emeka",
    "Emily",
    "Emma",
    "Erik",
    "Esther",
    "Ethan",
    "Fatima",
    "Felipe",
    "Freya",
    "Gabriel",
    "Giulia",
    "Grace",
    "Hana",
    "Hannah",
    "Hiroshi",
    "Ibrahim",
    "Ingrid",
    "Isabela",
    "Ivan",
    "Jamal",
    "Javier",
    "Jia",
    "Jonas",
    "Joao",
    "Julia",
    "Kai",
    "Kamala",
    "Karin",
    "Kenji",
    "Khadija",
    "Kofi",
    "Lars",
    "Layla",
    "Leila",
    "Liam",
    "Lina",
    "Lucas",
    "Luis",
    "Mai",
    "Malik",
    "Marco",
    "Maria",
    "Mariam",
    "Mateo",
    "Maya",
    "Mei",
    "Mohammed",
    "Nadia",
    "Naomi",
    "Nikhil",
    "Nina",
    "Noah",
    "Olga",
    "Olivia",
    "Omar",
    "Oscar",
    "Priya",
    "Rafael",
    "Rahul",
    "Ravi",
    "Rosa",
    "Ruth",
    "Sakura",
    "Samir",
    "Sara",
    "Sebastian",
    "Shira",
    "Siddharth",
    "Sofia",
    "Sven",
    "Tariq",
    "Tomas",
    "Valentina",
    "Victor",
    "Wei",
    "Yara",
    "Yasmin",
    "Yusuf",
    "Zainab",
    "Zoe",
]

LAST_NAMES = [
    "Abbott",
    "Adeyemi",
    "Ahmed",
    "Alvarez",
    "Andersen",
    "Bauer",
    "Becker",
    "Bergstrom",
    "Brooks",
    "Castillo",
    "Chen",
    "Choi",
    "Cohen",
    "Costa",
    "Dang",
    "Das",
    "Delgado",
    "Dubois",
    "Edwards",
    "Eriksson",
    "Fernandes",
    "Fischer",
    "Fitzgerald",
    "Fujita",
    "Garcia",
    "Gonzalez",
    "Gupta",
    "Haddad",
    "Hansen",
    "Hartmann",
    "Hayes",
    "Hoang",
    "Horvat",
    "Hughes",
    "Ibrahim",
    "Iyer",
    "Jansen",
    "Johansson",
    "Kaplan",
    "Kapoor",
    "Kim",
    "Kowalski",
    "Kruger",
    "Kumar",
    "Laine",
    "Larsen",
    "Lee",
    "Lindqvist",
    "Lopez",
    "Mahmoud",
    "Malik",
    "Martin",
    "Meyer",
    "Mendes",
    "Moreau",
    "Morales",
    "Murphy",
    "Nakamura",
    "Nguyen",
    "Novak",
    "Nowak",
    "Okafor",
    "Okonkwo",
    "Olsen",
    "Ortiz",
    "Park",
    "Patel",
    "Pereira",
    "Petrov",
    "Quinn",
    "Ramos",
    "Rao",
    "Reyes",
    "Rossi",
    "Russo",
    "Sato",
    "Schmidt",
    "Schneider",
    "Shah",
    "Silva",
    "Singh",
    "Sokolov",
    "Suzuki",
    "Tanaka",
    "Tan",
    "Thompson",
    "Torres",
    "Tran",
    "Varga",
    "Vogel",
    "Wagner",
    "Walsh",
    "Wang",
    "Watanabe",
    "Weber",
    "Wong",
    "Wu",
    "Yamamoto",
    "Yilmaz",
    "Young",
    "Zhang",
    "Zhou",
    "Zielinski",
]

# (name, email domain, industry)
COMPANIES = [
    ("Stripe", "stripe.com", "payments"),
    ("Shopify", "shopify.com", "commerce"),
    ("Datadog", "datadoghq.com", "observability"),
    ("Snowflake", "snowflake.com", "data cloud"),
    ("Databricks", "databricks.com", "data and AI"),
    ("Airbnb", "airbnb.com", "travel"),
    ("Spotify", "spotify.com", "audio streaming"),
    ("Figma", "figma.com", "design tools"),
    ("Notion", "makenotion.com", "productivity"),
    ("Cloudflare", "cloudflare.com", "networking"),
    ("GitLab", "gitlab.com", "developer tools"),
    ("HashiCorp", "hashicorp.com", "infrastructure"),
    ("Elastic", "elastic.co", "search"),
    ("MongoDB", "mongodb.com", "databases"),
    ("Confluent", "confluent.io", "data streaming"),
    ("Twilio", "twilio.com", "communications"),
    ("Atlassian", "atlassian.com", "collaboration"),
    ("Canva", "canva.com", "design"),
    ("Klarna", "klarna.com", "payments"),
    ("Adyen", "adyen.com", "payments"),
    ("Zalando", "zalando.de", "fashion e-commerce"),
    ("Booking.com", "booking.com", "travel"),
    ("Delivery Hero", "deliveryhero.com", "food delivery"),
    ("N26", "n26.com", "banking"),
    ("Wise", "wise.com", "money transfer"),
    ("Monzo", "monzo.com", "banking"),
    ("Revolut", "revolut.com", "fintech"),
    ("DeepMind", "deepmind.com", "AI research"),
    ("Hugging Face", "huggingface.co", "machine learning"),
    ("Mistral AI", "mistral.ai", "AI models"),
    ("Anyscale", "anyscale.com", "distributed computing"),
    ("Weights & Biases", "wandb.com", "ML tooling"),
    ("dbt Labs", "getdbt.com", "analytics engineering"),
    ("Fivetran", "fivetran.com", "data integration"),
    ("Grafana Labs", "grafana.com", "observability"),
    ("Vercel", "vercel.com", "web platform"),
    ("Supabase", "supabase.io", "databases"),
    ("PlanetScale", "planetscale.com", "databases"),
    ("Rippling", "rippling.com", "HR software"),
    ("Plaid", "plaid.com", "fintech"),
    ("Instacart", "instacart.com", "grocery delivery"),
    ("DoorDash", "doordash.com", "delivery"),
    ("Lyft", "lyft.com", "mobility"),
    ("Pinterest", "pinterest.com", "social media"),
    ("Reddit", "reddit.com", "communities"),
    ("Duolingo", "duolingo.com", "education"),
    ("Coursera", "coursera.org", "education"),
    ("Zendesk", "zendesk.com", "customer service"),
    ("HubSpot", "hubspot.com", "marketing software"),
    ("Asana", "asana.com", "work management"),
    ("Miro", "miro.com", "collaboration"),
    ("Celonis", "celonis.com", "process mining"),
    ("SAP", "sap.com", "enterprise software"),
    ("Siemens Healthineers", "siemens-healthineers.com", "medtech"),
    ("Philips", "philips.com", "health technology"),
    ("ASML", "asml.com", "semiconductors"),
    ("Spotify Research", "spotify.com", "audio research"),
    ("Mozilla", "mozilla.org", "open web"),
    ("Red Hat", "redhat.com", "open source"),
    ("Canonical", "canonical.com", "open source"),
    ("Netflix", "netflix.com", "streaming"),
    ("Uber", "uber.com", "mobility"),
    ("Salesforce", "salesforce.com", "CRM"),
    ("Adobe", "adobe.com", "creative software"),
    ("Intuit", "intuit.com", "financial software"),
    ("Square", "squareup.com", "payments"),
    ("Robinhood", "robinhood.com", "brokerage"),
    ("Coinbase", "coinbase.com", "crypto"),
    ("Dropbox", "dropbox.com", "file storage"),
    ("Slack", "slack.com", "messaging"),
    ("Zoom", "zoom.us", "video"),
    ("Okta", "okta.com", "identity"),
    ("CrowdStrike", "crowdstrike.com", "security"),
    ("Palantir", "palantir.com", "analytics"),
    ("ServiceNow", "servicenow.com", "enterprise software"),
    ("Workday", "workday.com", "HR software"),
    ("Autodesk", "autodesk.com", "design software"),
    ("Unity", "unity.com", "game engines"),
    ("Roblox", "roblox.com", "gaming"),
    ("Epic Games", "epicgames.com", "gaming"),
    ("Etsy", "etsy.com", "marketplace"),
    ("eBay", "ebay.com", "marketplace"),
    ("Wayfair", "wayfair.com", "retail"),
    ("Peloton", "onepeloton.com", "fitness"),
    ("Tempus", "tempus.com", "health data"),
    ("Flatiron Health", "flatiron.com", "health data"),
    ("Benchling", "benchling.com", "biotech software"),
    ("Scale AI", "scale.com", "AI data"),
    ("Cohere", "cohere.com", "AI models"),
    ("Aleph Alpha", "aleph-alpha.com", "AI models"),
    ("Personio", "personio.com", "HR software"),
    ("Trade Republic", "traderepublic.com", "brokerage"),
    ("GetYourGuide", "getyourguide.com", "travel"),
    ("HelloFresh", "hellofresh.com", "meal kits"),
    ("SoundCloud", "soundcloud.com", "audio"),
    ("Contentful", "contentful.com", "content platform"),
    ("Pitch", "pitch.com", "presentations"),
    ("Mollie", "mollie.com", "payments"),
    ("Bunq", "bunq.com", "banking"),
    ("Mirakl", "mirakl.com", "marketplaces"),
    ("Doctolib", "doctolib.fr", "health"),
    ("Back Market", "backmarket.com", "refurbished electronics"),
    ("Bolt", "bolt.eu", "mobility"),
    ("Wolt", "wolt.com", "delivery"),
    ("Supercell", "supercell.com", "gaming"),
    ("Vinted", "vinted.com", "marketplace"),
    ("Glovo", "glovoapp.com", "delivery"),
    ("Cabify", "cabify.com", "mobility"),
    ("Farfetch", "farfetch.com", "fashion"),
    ("OutSystems", "outsystems.com", "low-code"),
    ("Skyscanner", "skyscanner.net", "travel"),
    ("Deliveroo", "deliveroo.co.uk", "delivery"),
    ("Ocado Technology", "ocado.com", "grocery tech"),
    ("Darktrace", "darktrace.com", "security"),
    ("Graphcore", "graphcore.ai", "AI chips"),
    ("Arm", "arm.com", "semiconductors"),
]

FUNCTIONS = {
    "data": (
        ["Data Engineer", "Analytics Engineer", "Data Platform Engineer", "Data Infrastructure Engineer"],
        ["Head of Data", "Data Engineering Manager", "Director of Data Platform"],
    ),
    "ml": (
        [
            "Machine Learning Engineer",
            "ML Engineer",
            "Applied Scientist",
            "Research Scientist",
            "MLOps Engineer",
        ],
        ["Head of Machine Learning", "ML Engineering Manager", "Director of AI"],
    ),
    "backend": (
        ["Software Engineer", "Backend Engineer", "Backend Developer"],
        ["Engineering Manager", "Director of Engineering"],
    ),
    "platform": (
        ["Platform Engineer", "Site Reliability Engineer", "Infrastructure Engineer", "DevOps Engineer"],
        ["Head of Platform", "SRE Manager"],
    ),
    "frontend": (
        ["Frontend Engineer", "Front-End Developer", "UI Engineer"],
        ["Frontend Engineering Manager"],
    ),
    "security": (["Security Engineer", "Application Security Engineer"], ["Head of Security", "CISO"]),
    "product": (["Product Manager", "Technical Product Manager"], ["Head of Product", "Director of Product"]),
    "talent": (
        ["Technical Recruiter", "Talent Acquisition Partner", "Technical Sourcer"],
        ["Head of Talent", "Recruiting Manager"],
    ),
}
FUNCTION_WEIGHTS = {
    "data": 18,
    "ml": 16,
    "backend": 22,
    "platform": 12,
    "frontend": 8,
    "security": 5,
    "product": 9,
    "talent": 10,
}
SENIORITY = ["", "", "", "Senior ", "Senior ", "Staff ", "Principal ", "Lead "]

LOCATIONS = [
    "San Francisco, CA",
    "New York, NY",
    "Seattle, WA",
    "Austin, TX",
    "Boston, MA",
    "Chicago, IL",
    "Denver, CO",
    "Toronto, Canada",
    "Vancouver, Canada",
    "London, United Kingdom",
    "Berlin, Germany",
    "Munich, Germany",
    "Amsterdam, Netherlands",
    "Paris, France",
    "Stockholm, Sweden",
    "Copenhagen, Denmark",
    "Dublin, Ireland",
    "Zurich, Switzerland",
    "Barcelona, Spain",
    "Lisbon, Portugal",
    "Warsaw, Poland",
    "Tel Aviv, Israel",
    "Bangalore, India",
    "Singapore",
    "Sydney, Australia",
    "Tokyo, Japan",
    "Remote",
    "Remote",
    "Remote",
]

TOPICS = {
    "data": [
        "streaming joins",
        "data contracts",
        "incremental models in dbt",
        "lakehouse table formats",
        "change data capture",
        "data quality checks",
        "Airflow at scale",
        "cost-aware Spark jobs",
    ],
    "ml": [
        "feature stores",
        "evaluating LLM applications",
        "model monitoring",
        "retrieval-augmented generation",
        "ranking with gradient-boosted trees",
        "offline reinforcement learning",
        "GPU scheduling for training",
        "small language models on device",
    ],
    "backend": [
        "idempotent APIs",
        "event sourcing",
        "zero-downtime migrations",
        "rate limiting at the edge",
        "Postgres under heavy write load",
        "Go services at scale",
        "contract testing",
    ],
    "platform": [
        "Kubernetes multi-tenancy",
        "SLOs that people use",
        "incident reviews",
        "Terraform at scale",
        "progressive delivery",
        "observability budgets",
    ],
    "frontend": [
        "design systems",
        "React server components",
        "accessibility audits",
        "web performance budgets",
    ],
    "security": ["supply-chain security", "threat modelling", "secrets management", "zero-trust networking"],
    "product": ["pricing experiments", "product discovery", "developer experience", "roadmaps without dates"],
    "talent": ["structured interviews", "inclusive hiring", "engineering career ladders"],
}
CONFERENCES = [
    "Data Council",
    "PyCon",
    "KubeCon",
    "QCon",
    "Strange Loop",
    "NeurIPS",
    "re:Invent",
    "Current",
    "FOSDEM",
    "SREcon",
    "React Summit",
    "Monktoberfest",
    "EuroPython",
    "MLOps World",
]
TITLE_FORMS = [
    "Lessons from {t}",
    "{T} without tears",
    "What we got wrong about {t}",
    "A practical guide to {t}",
    "{T} in production",
    "Rethinking {t}",
    "The hidden cost of {t}",
]
PROJECTS = [
    "Tidewater",
    "Lattice",
    "Quokka",
    "Fernwood",
    "Basalt",
    "Kestrel",
    "Marigold",
    "Driftwood",
    "Halyard",
    "Juniper",
    "Pollux",
    "Saltmarsh",
]


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    company: str
    email: str
    linkedin_url: str
    location: str
    notes: str | None
    function: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _title_case(text: str) -> str:
    return text[0].upper() + text[1:]


def _note(rng: random.Random, function: str) -> str:
    topic = rng.choice(TOPICS[function])
    title = rng.choice(TITLE_FORMS).format(t=topic, T=_title_case(topic))
    kind = rng.random()
    if kind < 0.4:
        return f'Spoke at {rng.choice(CONFERENCES)} about "{title}".'
    if kind < 0.6 and function in ("ml", "data", "security", "platform"):
        return f'Co-authored the paper "{title}".'
    if kind < 0.8:
        project = rng.choice(PROJECTS)
        return f"Maintains {project}, an open-source toolkit for {topic}."
    return f'Wrote the blog post "{title}".'


def reserved(domain: str) -> str:
    """'stripe.com' -> 'stripe.example': the company's name on a top-level domain reserved for
    examples (RFC 2606), which no mail server answers."""
    return domain.rsplit(".", 1)[0] + ".example"


def people(
    count: int, seed: int = 7, with_notes: float = 0.45, reserved_domains: bool = False
) -> Iterator[Person]:
    """`count` distinct people; the same seed always gives the same directory. With
    `reserved_domains`, their addresses are at reserved domains (`maya.chen@stripe.example`)."""
    rng = random.Random(seed)
    functions = list(FUNCTION_WEIGHTS)
    weights = [FUNCTION_WEIGHTS[f] for f in functions]
    seen: set[str] = set()
    produced = 0
    while produced < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company, domain, _industry = rng.choice(COMPANIES)
        if reserved_domains:
            domain = reserved(domain)
        function = rng.choices(functions, weights)[0]
        individual, managers = FUNCTIONS[function]
        title = (
            rng.choice(managers) if rng.random() < 0.15 else rng.choice(SENIORITY) + rng.choice(individual)
        )
        handle = f"{_slug(first)}.{_slug(last)}"
        email = f"{handle}@{domain}"
        if email in seen:
            email = f"{handle}{len(seen) % 97}@{domain}"
            if email in seen:
                continue
        seen.add(email)
        has_email = rng.random() < 0.92
        notes = _note(rng, function) if rng.random() < with_notes else None
        produced += 1
        yield Person(
            name=f"{first} {last}",
            title=title,
            company=company,
            email=email if has_email else "",
            linkedin_url=f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-{rng.randrange(16**6):06x}",
            location=rng.choice(LOCATIONS),
            notes=notes,
            function=function,
        )
