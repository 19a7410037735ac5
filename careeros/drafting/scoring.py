"""Scores for a draft, from a rubric anyone can read here and in the API description.

quality_score (0–100): how well the message is written, whoever it is for
  length        25  70–110 words; 50–69 and 111–125 lose a little, outside 50–125 a lot
  one ask       20  exactly one question or request; two score 6; none or three+ score 0
  readability   15  average sentence ≤ 20 words, falling to 0 at 34; −3 when over a quarter of
                    the words are long (9+ letters)
  subject       10  3–7 words; 2 or 8 score 5; shouting, "!" or an empty phrase ("Quick
                    question", "Hello") score 0
  specificity   15  5 per concrete detail, up to 3: a quoted work, the company, a named skill or
                    tool, their role
  greeting       5  opens with "Hi/Hello/Dear <name>"
  sign-off       5  closes with a sign-off and a name
  about them     5  at least one "you/your" for every two "I/me/my"
  penalties         −10 per cliché ("I came across your profile", "I hope this finds you well",
                    …), −8 per spam word ("free", "guarantee", "act now", …), −5 for more than
                    one "!";
                    −8 per phrase of three or more words said twice, −6 per content word used
                    three times or more (stuffing);
                    −6 per grammar slip (an article that does not fit the next word, "a engineer";
                    a word doubled; a plural subject with "is");
                    −15 for an ask about the sender's target role as if it were the recipient's
                    (a peer is asked "what Senior Data Engineer work looks like");
                    −15 per sentence that links the sender to the recipient ("which is why",
                    "which is how I came to", "part of why") with nothing the two share in it;
                    −10 when the recipient's notes hold their own work (a talk, a project) and
                    the draft does not use it, −10 more when it names nothing specific at all;
                    −10 per sentence that could go to anyone ("I am looking for new
                    opportunities…", with no name, skill, topic or place in it)

personalization_score (0–100): how much of it could only have been written to this person
  first name in the greeting                          10
  their company named                                 15
  their role or team named                            15
  their own work (a talk, paper, project) referenced  35 (15 for a passing mention)
  a skill or background the sender shares with them   15
  their location                                      10
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careeros.drafting.facts import ContactFacts, SenderFacts, content_words, shared_skills

CLICHES = (
    "i came across your profile",
    "i hope this finds you well",
    "i hope this email finds you well",
    "i hope you are doing well",
    "i hope you're doing well",
    "i wanted to reach out",
    "i am reaching out",
    "pick your brain",
    "touch base",
    "to whom it may concern",
    "i know you're busy",
    "i know you are busy",
    "quick question",
    "circle back",
    "synergy",
    "win-win",
    "just checking in",
    "hope all is well",
    "just bumping",
    "bumping this",
    "haven't heard back",
    "have not heard back",
    "did you get a chance",
    "following up on my previous",
    "as per my last email",
)
SPAM_WORDS = (
    "free",
    "guarantee",
    "guaranteed",
    "act now",
    "urgent",
    "limited time",
    "click here",
    "100%",
    "risk-free",
    "winner",
    "cash",
    "$$$",
    "no obligation",
    "buy now",
    "exclusive deal",
)
EMPTY_SUBJECTS = (
    "quick question",
    "hello",
    "hi",
    "hey",
    "connecting",
    "introduction",
    "question",
    "hi there",
    "reaching out",
    "following up",
)
_REQUEST = re.compile(
    r"\b(would you|could you|can you|could we|can we|would it be|are you open|would you be open|"
    r"let me know|please (let|send|share|reply|connect|call)|i'd love to|i would love to|happy to chat|"
    r"might you)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon))\b[ ,]*([^\s,!\n]*)", re.IGNORECASE)
_SIGNOFF = re.compile(
    r"(best|thanks|thank you|cheers|regards|warm regards|kind regards|best regards|all the best|sincerely|"
    r"many thanks|with thanks)[,!.]?\s*\n+\s*\S+",
    re.IGNORECASE,
)


@dataclass
class Score:
    quality: int
    personalization: int
    details: dict = field(default_factory=dict)


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n{2,}", text.strip())
    return [p.strip() for p in parts if words(p)]


def body_sentences(body: str) -> list[str]:
    """The sentences of the message itself, without its greeting and sign-off lines."""
    blocks = [b for b in re.split(r"\n\s*\n", body.strip()) if b.strip()]
    if blocks and _GREETING.match(blocks[0]) and len(words(blocks[0])) <= 4:
        blocks = blocks[1:]
    if blocks and _SIGNOFF.search(blocks[-1]) and len(words(blocks[-1])) <= 6:
        blocks = blocks[:-1]
    return sentences("\n\n".join(blocks))


def count_asks(body: str) -> int:
    """Questions plus request sentences that are not questions."""
    asks = 0
    for sentence in body_sentences(body):
        if sentence.rstrip().endswith("?") or _REQUEST.search(sentence):
            asks += 1
    return asks


def _length_points(n: int) -> float:
    if 70 <= n <= 110:
        return 25
    if 50 <= n < 70:
        return 18 + (n - 50) * 7 / 20
    if 110 < n <= 125:
        return 25 - (n - 110) * 0.5
    if n < 50:
        return 18 * n / 50
    return max(0.0, 17.5 - (n - 125) * 0.1)


def _ask_points(asks: int) -> float:
    return {1: 20, 2: 6}.get(asks, 0)


def _readability_points(body: str) -> float:
    lengths = [len(words(s)) for s in body_sentences(body)]
    if not lengths:
        return 0
    average = sum(lengths) / len(lengths)
    points = 15 if average <= 20 else max(0.0, 15 * (34 - average) / 14)
    all_words = words(body)
    if all_words and sum(len(w) >= 9 for w in all_words) / len(all_words) > 0.25:
        points -= 3
    return max(0.0, points)


def _subject_points(subject: str) -> float:
    n = len(words(subject))
    letters = [c for c in subject if c.isalpha()]
    if "!" in subject or (len(letters) > 4 and all(c.isupper() for c in letters)):
        return 0
    if subject.strip().lower().rstrip("?.") in EMPTY_SUBJECTS:
        return 0
    if 3 <= n <= 7:
        return 10
    return 5 if n in (2, 8) else 0


def _specific_details(body: str, contact: ContactFacts, sender: SenderFacts | None) -> int:
    lowered = body.lower()
    details = 0
    if re.search(r"[\"“][^\"”]{6,}[\"”]", body):
        details += 1
    if contact.company and contact.company.lower() in lowered:
        details += 1
    skills = list(sender.skills) if sender else []
    if any(re.search(rf"(?<!\w){re.escape(s.lower())}(?!\w)", lowered) for s in skills):
        details += 1
    if contact.title and contact.title.lower() in lowered:
        details += 1
    return min(3, details)


def _you_focus_points(body: str) -> float:
    tokens = [w.lower() for w in words(body)]
    first = sum(t in {"i", "i'm", "i've", "i'd", "me", "my"} for t in tokens)
    second = sum(t in {"you", "your", "you're", "yours"} for t in tokens)
    return 5 if second * 2 >= first else 0


def _penalties(subject: str, body: str) -> tuple[int, list[str], list[str]]:
    text = f"{subject}\n{body}".lower()
    cliches = [c for c in CLICHES if c in text]
    spam = [w for w in SPAM_WORDS if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text)]
    shouting = 5 if text.count("!") > 1 else 0
    return 10 * len(cliches) + 8 * len(spam) + shouting, cliches, spam


_STOPWORDS = frozenset(
    """a an and the of on in at for to with from by about into is are was were be been it its as or but
    not no this that these those i me my you your we our they their he she his her would could should can
    may might will do does did have has had so if than then there here what how when where why which who
    just only also very more most much many some any each every other such own same""".split()
)
# Connectives that claim one of the sender's facts led to an interest in the recipient's (not the
# plain "which is why I'm writing"): such a claim needs something the two share.
_LINK = re.compile(
    r"\b(which is how i came to|is how i came to|part of why .{0,60}(interests|drew|draws)|"
    r"which led me to|is close to home|which explains my interest|that's how i came to|"
    r"which is why .{0,60}(interests|appeals))",
    re.I,
)
_GENERIC_PHRASES = re.compile(
    r"\b(new opportunities|interesting work|learn more about (it|you|your company)|"
    r"would like to connect|your company|great company|exciting (work|things)|in technology|"
    r"in the industry|reach out|touch base)\b",
    re.I,
)
_AN_SOUNDS = set("aefhilmnorsx")
_HIRING = re.compile(r"\b(hire|hires|hiring|opening|openings|candidates?|positions?|join|joining|roles)\b")
_CLAUSE_WORDS = frozenset(
    """how what where who way handles approaches runs builds does treats organises organizes uses makes
    sees works manages""".split()
)
_PREPOSITIONS = frozenset("of on in at for with about from by to into over under behind like as".split())


def _repeats(body: str, contact: ContactFacts) -> tuple[list[str], list[str]]:
    """Phrases said twice (overlapping three-word runs merged into one phrase) and content words
    used three times or more."""
    sentences = body_sentences(body)
    tokens = [w.lower() for w in words(" ".join(sentences))]
    names = content_words(f"{contact.name} {contact.company or ''}")
    positions: dict[tuple, list[int]] = {}
    for i in range(len(tokens) - 2):
        gram = tuple(tokens[i : i + 3])
        if all(t in _STOPWORDS for t in gram) or set(gram) <= names | _STOPWORDS:
            continue
        positions.setdefault(gram, []).append(i)
    repeated = sorted(positions[g][-1] for g in positions if len(positions[g]) > 1)
    phrases: list[str] = []
    start: int | None = None
    end = 0
    for i in repeated:  # consecutive repeated trigrams are one repeated phrase
        if start is not None and i <= end + 1:
            end = i
            continue
        if start is not None:
            phrases.append(" ".join(tokens[start : end + 3]))
        start = end = i
    if start is not None:
        phrases.append(" ".join(tokens[start : end + 3]))
    counts: dict[str, int] = {}
    for t in tokens:
        if len(t) >= 5 and t not in _STOPWORDS and t not in names:
            counts[t] = counts.get(t, 0) + 1
    stuffed = [t for t, n in counts.items() if n >= 3]
    return phrases, stuffed


def _grammar_slips(body: str) -> list[str]:
    slips = []
    for article, word in re.findall(r"\b(a|an)\s+([A-Za-z][\w-]*)", body):
        lowered = word.lower()
        acronym = word.isupper() and 1 < len(word) <= 5
        if acronym:
            vowel_sound = word[0].lower() in _AN_SOUNDS
        else:
            vowel_sound = (
                lowered[0] in "aeiou" and not lowered.startswith(("uni", "use", "usu", "eu", "one", "once"))
            ) or lowered.startswith(("hour", "honest", "honour", "honor", "heir"))
        if (article.lower() == "a") == vowel_sound:
            slips.append(f"{article} {word}")
    for first, second in re.findall(r"\b(\w+)\s+(\w+)\b", body):
        if first.lower() == second.lower() and first.lower() not in ("that", "had", "is"):
            slips.append(f"{first} {second}")
    for sentence in sentences(body):
        for match in re.finditer(r"\b(\w+s)\s+is\b", sentence):
            subject = match.group(1)
            lowered = subject.lower()
            if len(lowered) <= 4 or lowered.endswith(("ss", "us", "is", "ics", "ops", "ous", "sis")):
                continue
            before = sentence[: match.start()].split()[-6:]
            lead = [w.lower().strip(",;:—-") for w in before]
            # inside a phrase ("your side of data platforms is"), after a possessive, or a clause
            # ("how the team works is"): the plural is not what "is" agrees with
            if any(w in _PREPOSITIONS or w.endswith("'s") or w in _CLAUSE_WORDS for w in lead):
                continue
            if subject[:1].isupper() and sentence[: match.start()].strip():
                continue  # a name mid-sentence ("Epic Games is")
            slips.append(f"{subject} is")
    return slips


def _wrong_ask(body: str, contact: ContactFacts, sender: SenderFacts | None) -> bool:
    if sender is None:
        return False
    from careeros.drafting.facts import role_of

    kind = role_of(contact.title).kind
    title = (contact.title or "").lower()
    for sentence in body_sentences(body):
        if sentence.rstrip().endswith("?") or _REQUEST.search(sentence):
            lowered = sentence.lower()
            named = any(t.lower() in lowered and t.lower() not in title for t in sender.target_roles)
            # to someone who hires, the sender's target role is fair to ask about as hiring;
            # to anyone, it is wrong as if it were their own work
            about_hiring = kind in ("recruiter", "manager", "leader") and _HIRING.search(lowered)
            if named and not about_hiring:
                return True
    return False


def _ungrounded_links(body: str, contact: ContactFacts, sender: SenderFacts | None) -> int:
    shared = {s.lower() for s in (shared_skills(sender, contact) if sender else [])}
    places = {p.lower() for p in ((*sender.past_companies, *sender.schools) if sender else ()) if p}
    about = f"{contact.company or ''} {contact.notes or ''}".lower()
    shared |= {p for p in places if p in about}
    count = 0
    for sentence in body_sentences(body):
        if _LINK.search(sentence) and not any(s in sentence.lower() for s in shared):
            count += 1
    return count


def _empty_sentences(body: str, contact: ContactFacts, sender: SenderFacts | None) -> int:
    """Sentences that could go to anyone from anyone: no name, skill, topic or place in them,
    and the stock phrases of a mass mailing."""
    theirs = [contact.company or "", contact.title or "", contact.notes or "", contact.location or ""]
    mine = [*sender.skills, sender.current_company or "", sender.current_title or ""] if sender else []
    specific = content_words(" ".join([*theirs, *mine])) - _STOPWORDS
    count = 0
    for sentence in body_sentences(body)[:-1]:  # the ask is judged on its own
        if _GENERIC_PHRASES.search(sentence) and not (content_words(sentence) & specific):
            count += 1
    return count


def _hook_unused(body: str, contact: ContactFacts) -> bool:
    hooks = [h for h in contact.hooks() if h.kind != "note" or h.title]
    if not hooks:
        return False
    lowered = body.lower()
    return not any(x and x.lower() in lowered for h in hooks for x in (h.title, h.name, h.topic))


def personalization(body: str, contact: ContactFacts, sender: SenderFacts | None = None) -> tuple[int, dict]:
    lowered = body.lower()
    used: dict[str, int] = {}
    greeting = _GREETING.match(body)
    if greeting and contact.first_name and greeting.group(3).lower().strip(",") == contact.first_name.lower():
        used["first_name"] = 10
    if contact.company and contact.company.lower() in lowered:
        used["company"] = 15
    role_words = content_words(contact.title) - {"senior", "staff", "lead", "principal", "junior", "head"}
    if contact.title and (
        contact.title.lower() in lowered
        or (role_words and len(role_words & content_words(body)) >= max(1, len(role_words) // 2))
    ):
        used["role"] = 15
    best_hook = 0
    for hook in contact.hooks():
        if any(x and x.lower() in lowered for x in (hook.title, hook.name, hook.topic)):
            best_hook = 35  # named: its title, its name, or what it is about
            break
        overlap = content_words(hook.text) & content_words(body)
        overlap -= content_words(contact.company) | content_words(contact.title)
        if len(overlap) >= 4:
            best_hook = max(best_hook, 35)
        elif len(overlap) >= 2:
            best_hook = max(best_hook, 15)
    if best_hook:
        used["their_work"] = best_hook
    if sender is not None:
        shared = [s for s in shared_skills(sender, contact) if s.lower() in lowered]
        places = [
            p
            for p in (*sender.past_companies, *sender.schools)
            if p and p.lower() in lowered and p.lower() in f"{contact.company} {contact.notes}".lower()
        ]
        if shared or places:
            used["shared_background"] = 15
    if contact.location and contact.location.split(",")[0].strip().lower() in lowered:
        used["location"] = 10
    return min(100, sum(used.values())), used


def _follow_up_length_points(n: int) -> float:
    if 25 <= n <= 60:
        return 25
    if n < 25:
        return 25 * n / 25
    return max(0.0, 25 - (n - 60) * 1.5)


def score(
    subject: str,
    body: str,
    contact: ContactFacts,
    sender: SenderFacts | None = None,
    *,
    follow_up: bool = False,
) -> Score:
    """The rubric above; a follow-up is judged as one: 25–60 words is the right length, it need not
    repeat the specifics of the message it follows, and "just bumping this" costs like a cliché."""
    n_words = len(words(body))
    asks = count_asks(body)
    penalty, cliches, spam = _penalties(subject, body)
    parts = {
        "length": _follow_up_length_points(n_words) if follow_up else _length_points(n_words),
        "one_ask": _ask_points(asks),
        "readability": _readability_points(body),
        "subject": _subject_points(subject),
        "specificity": 5 * _specific_details(body, contact, sender),
        "greeting": 5 if _GREETING.match(body) else 0,
        "sign_off": 5 if _SIGNOFF.search(body.strip()[-80:]) else 0,
        "about_them": _you_focus_points(body),
    }
    phrases, stuffed = _repeats(body, contact)
    slips = _grammar_slips(body)
    wrong_ask = _wrong_ask(body, contact, sender)
    links = _ungrounded_links(body, contact, sender)
    hook_unused = _hook_unused(body, contact) and not follow_up
    generic = parts["specificity"] == 0 and not follow_up
    if follow_up:
        parts["specificity"] = max(parts["specificity"], 10)  # the first message carried the specifics
    empty = _empty_sentences(body, contact, sender)
    penalty += min(20, 10 * empty)
    penalty += (
        min(24, 8 * len(phrases)) + min(18, 6 * len(stuffed)) + min(18, 6 * len(slips))
        + (15 if wrong_ask else 0) + 15 * links + (10 if hook_unused else 0) + (10 if generic else 0)
    )  # fmt: skip
    quality = max(0, min(100, round(sum(parts.values()) - penalty)))
    personal, used = personalization(body, contact, sender)
    return Score(
        quality,
        personal,
        {
            "words": n_words,
            "asks": asks,
            "parts": {k: round(v, 1) for k, v in parts.items()},
            "cliches": cliches,
            "spam_words": spam,
            "repeated_phrases": phrases,
            "stuffed_words": stuffed,
            "grammar_slips": slips,
            "wrong_ask": wrong_ask,
            "ungrounded_links": links,
            "hook_unused": hook_unused,
            "empty_sentences": empty,
            "facts_used": used,
        },
    )


def reasons(result: Score, *, follow_up: bool = False) -> list[str]:
    """The rubric's verdict in words, for the person reviewing the draft: what earned points and
    what cost them, most telling first."""
    d = result.details
    parts = d.get("parts", {})
    out: list[str] = []
    n = d.get("words", 0)
    band = "25–60" if follow_up else "70–110"
    length_full = parts.get("length", 0) >= 25
    out.append(f"{n} words: {'the right length' if length_full else 'outside the best length'} ({band})")
    asks = d.get("asks", 0)
    out.append({0: "no clear ask", 1: "one clear ask"}.get(asks, f"{asks} asks: one is easier to answer"))
    used = d.get("facts_used") or {}
    named = [k.replace("_", " ") for k, v in used.items() if v]
    if named:
        out.append("personal: uses " + ", ".join(named))
    elif not follow_up:
        out.append("nothing in it is specific to this person")
    if parts.get("readability", 15) < 15:
        out.append("long sentences: shorter ones read faster")
    if parts.get("subject", 10) < 10:
        out.append("the subject is too long, too short or empty")
    for cliche in d.get("cliches", [])[:2]:
        out.append(f"cliché: “{cliche}”")
    for word in d.get("spam_words", [])[:2]:
        out.append(f"reads like a sales mail: “{word}”")
    for phrase in d.get("repeated_phrases", [])[:2]:
        out.append(f"says the same thing twice: “{phrase}”")
    for word in d.get("stuffed_words", [])[:2]:
        out.append(f"repeats “{word}” too often")
    for slip in d.get("grammar_slips", [])[:2]:
        out.append(f"grammar: “{slip}”")
    if d.get("wrong_ask"):
        out.append("the ask does not fit their role")
    if d.get("ungrounded_links"):
        out.append("links facts that neither the resume nor the contact supports")
    if d.get("hook_unused"):
        out.append("does not use the talk, post or project in their notes")
    if d.get("empty_sentences"):
        out.append("a sentence says nothing about them or the sender")
    return out
