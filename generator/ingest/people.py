"""People named with a role: "đồng chí <Name>, <Role>, <Role>", "Bí thư Tỉnh ủy <Name>",
"các đồng chí: <Name>, <Role>; <Name>, <Role>". Rules, not a statistical tagger: a name
is 2-5 capitalised syllables and, where nothing else vouches for it, starts with a family name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Participant
from ..vietnamese import normalise
from .vocabulary import Vocabulary, load_vocabulary

# Words that say a name follows: "đồng chí", "các đồng chí", "ông", "bà".
_TRIGGERS_BY_FIRST = {"các": (("các", "đồng", "chí"),), "đồng": (("đồng", "chí"),), "ông": (("ông",),), "bà": (("bà",),)}
# A steering committee's name is a phrase of its own, ending at the unit it serves:
# "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh".
_STEERING_SPAN = 14
_CONNECTORS = frozenset({"và", "-", "–"})
# Organisation names with a comma inside, which must not end the role there.
_COMMA_NAMES = (
    ("Văn hóa, Thể thao", "Văn hóa\u2063 Thể thao"),
    ("Lao động - Thương binh", "Lao động\u2064 Thương binh"),
    ("phòng, chống", "phòng\u2063 chống"),
)
_ABBREVIATIONS = (
    (re.compile(r"\b(?:TW|TƯ|T\.Ư|T\.W)(?=\W|$)"), "Trung ương"),
    (re.compile(r"\bBTV\b"), "Ban Thường vụ"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bĐBQH\b"), "Đại biểu Quốc hội"),
    (re.compile(r"\bĐại biểu QH\b"), "Đại biểu Quốc hội"),
)
_TOKEN = re.compile(r"[\w\u2063\u2064]+|[^\w\s]")


@dataclass(frozen=True)
class Mention:
    name: str
    role: str
    offset: int
    """Position in the article, for the order of first mention."""


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha() or word in ("TW", "XII", "XIII")


def is_full_name(words: list[str], vocabulary: Vocabulary, vouched: bool = False) -> bool:
    """2-5 capitalised syllables; without a trigger word, the first a family name."""
    if not 2 <= len(words) <= 5 or not all(_is_capitalised(w) for w in words):
        return False
    if " ".join(words) in vocabulary.places or " ".join(words[:2]) in vocabulary.places:
        return False
    if words[0] in vocabulary.family_names:
        return True
    return vouched and words[0] not in vocabulary.not_name_starts


class _Scanner:
    """Walks one paragraph's tokens, collecting mentions."""

    def __init__(self, text: str, base_offset: int, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        for written, protected in _COMMA_NAMES:
            text = text.replace(written, protected)
        self.source = text
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.tokens = [(text[a:b], a + base_offset) for a, b in self.spans]
        self.words = [t for t, _ in self.tokens]
        self.lowered = [w.lower() for w in self.words]
        self.mentions: list[Mention] = []

    def lower(self, i: int) -> str:
        return self.lowered[i] if i < len(self.lowered) else ""

    def _matches(self, i: int, phrase: tuple[str, ...]) -> bool:
        return tuple(self.lowered[i:i + len(phrase)]) == phrase

    def text(self, start: int, end: int) -> str:
        """The words start..end as written (with their own spacing and punctuation)."""
        if end <= start:
            return ""
        written = self.source[self.spans[start][0]:self.spans[end - 1][1]]
        return written.replace("\u2063", ",").replace("\u2064", " -")

    def scan(self) -> list[Mention]:
        vocabulary = self.vocabulary
        openers = vocabulary.heads_by_first.keys() | vocabulary.role_prefixes | _TRIGGERS_BY_FIRST.keys()
        i = 0
        while i < len(self.words):
            if self.lowered[i] not in openers:
                i += 1
                continue
            trigger = self._trigger_at(i)
            if trigger:
                i = self._after_trigger(i, i + trigger)
            elif self._role_head_at(i) and self.words[i][:1].isupper():
                i = self._role_first(i) or i + 1
            else:
                i += 1
        return self.mentions

    def _trigger_at(self, i: int) -> int:
        for trigger in _TRIGGERS_BY_FIRST.get(self.lower(i), ()):
            if self._matches(i, trigger):
                return len(trigger)
        return 0

    def _role_head_at(self, i: int) -> int:
        """Length of the role head at i ('Phó Chủ tịch' -> 3), or 0."""
        start = i
        while self.lower(i) in self.vocabulary.role_prefixes:
            i += 1
        for head in self.vocabulary.heads_by_first.get(self.lower(i), ()):
            if self._matches(i, head):
                return i - start + len(head)
        return 0

    def _role_end(self, i: int) -> int:
        """Index just past one role segment starting at a role head at i."""
        head_end = i + self._role_head_at(i)
        admin, organisation, pairs = self.vocabulary.admin_units, self.vocabulary.organisation_words, self.vocabulary.word_pairs
        j = head_end
        while j < len(self.words):
            word, lower, previous = self.words[j], self.lower(j), self.words[j - 1]
            after_capital = j == head_end or _is_capitalised(previous) or _is_acronym(previous)
            if previous.lower() == "đạo" and self.lower(j - 2) == "chỉ":
                end = self._steering_name_end(j)
                if end:
                    j = end
                    continue
            if _is_capitalised(word) or _is_acronym(word) or "\u2063" in word or "\u2064" in word:
                j += 1
            elif lower in admin or (lower in organisation and after_capital) or (previous.lower(), lower) in pairs:
                j += 1
            elif word.isdigit() and previous.lower() in ("khóa", "khoá", "thứ"):
                j += 1
            elif (
                word in _CONNECTORS and j + 1 < len(self.words)
                and _is_capitalised(self.words[j + 1]) and not self._role_head_at(j + 1)
            ):
                j += 1
            else:
                break
        while j > i and (self.words[j - 1].lower() in _CONNECTORS or self.lower(j - 1) in ("và", "của")):
            j -= 1
        return j

    def _steering_name_end(self, j: int) -> int:
        """Past the administrative unit that ends a steering committee's name, or 0."""
        for k in range(j, min(j + _STEERING_SPAN, len(self.words))):
            word = self.lower(k)
            if word in (",", ";", ".", ":", "(", ")") or self._trigger_at(k):
                return 0
            if word in ("tỉnh", "huyện", "thành", "xã", "quận", "phường"):
                return k + (2 if word == "thành" and self.lower(k + 1) == "phố" else 1)
        return 0

    def _roles_from(self, i: int) -> tuple[str, int]:
        """Role segments separated by commas, as long as each opens with a role head."""
        segments = []
        while self._role_head_at(i):
            end = self._role_end(i)
            segments.append(self.text(i, end))
            if self.words[end:end + 1] == [","] and self._role_head_at(end + 1):
                i = end + 1
            else:
                i = end
                break
        return ", ".join(segments), i

    def _name_at(self, i: int, vouched: bool) -> int:
        """Length of a full name starting at i, or 0."""
        j = i
        while j < len(self.words) and j - i < 5 and _is_capitalised(self.words[j]) and not self._role_head_at(j):
            j += 1
        for end in range(j, i + 1, -1):
            if is_full_name(self.words[i:end], self.vocabulary, vouched):
                return end - i
        return 0

    def _after_trigger(self, trigger_start: int, i: int) -> int:
        plural = self.lower(trigger_start) == "các"
        if self.words[i:i + 1] == [":"]:
            i += 1
        if self._role_head_at(i):
            # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B" shares one role among names.
            role_end = self._role_end(i)
            if plural and self.words[role_end:role_end + 1] == [":"]:
                return self._shared_role_list(self.text(i, role_end), role_end + 1)
            return self._role_first(i) or i + 1
        while True:
            length = self._name_at(i, vouched=True)
            if not length:
                return i + 1 if i == trigger_start else i
            name_end = i + length
            role, after = "", name_end
            # "đồng chí A, Role" and "ông A - Role" (a dash is common before the role too)
            if self.words[name_end:name_end + 1] in ([","], ["-"], ["–"], ["—"]):
                role, after = self._roles_from(name_end + 1)
                if not role:
                    after = name_end
            self._add(i, name_end, role)
            # Lists: "Name, Role; Name, Role" or "đồng chí A và đồng chí B".
            if plural and self.words[after:after + 1] in ([";"], [","]) and self._name_at(after + 1, True):
                i = after + 1
                continue
            return after

    def _shared_role_list(self, role: str, i: int) -> int:
        while True:
            length = self._name_at(i, vouched=True)
            if not length:
                return i
            self._add(i, i + length, role)
            i += length
            if self.words[i:i + 1] in ([","], [";"]) or self.lower(i) == "và":
                i += 1
            else:
                return i

    def _role_first(self, role_start: int, before: str = "") -> int:
        """'Bí thư Tỉnh ủy Trần Sỹ Thanh': the name is the capitalised run at the end.
        A role with no name yet, then a comma, goes with the next one: 'Giám đốc Công an
        tỉnh, Đại tá Thân Văn Hải'. Roles after the name are his too: 'Đại tá A, Chỉ huy
        trưởng …'."""
        end = self._role_end(role_start)
        run_start = end
        while run_start > role_start and _is_capitalised(self.words[run_start - 1]):
            run_start -= 1
        first_allowed = max(run_start, role_start + self._role_head_at(role_start))
        candidates = [n for n in range(first_allowed, end - 1) if is_full_name(self.words[n:end], self.vocabulary, vouched=False)]
        if not candidates:
            if self.words[end:end + 1] == [","] and self._role_head_at(end + 1) and not before:
                return self._role_first(end + 1, before=self.text(role_start, end))
            return 0

        # Where the run holds a place and a name ("Lạng Sơn Hoàng Thị Oanh"), split after
        # a known place; failing that, prefer the usual three-syllable name.
        def preference(start: int) -> tuple[int, int]:
            place = normalise(self.text(run_start, start))
            known = start == run_start or place in self.vocabulary.places
            return (0 if known else 1, [3, 4, 2, 5].index(end - start))

        name_start = min(candidates, key=preference)
        roles = [r for r in (before, self.text(role_start, name_start)) if r]
        after = end
        if self.words[end:end + 1] == [","] and self._role_head_at(end + 1):
            more, after = self._roles_from(end + 1)
            roles.append(more)
        self._add(name_start, end, ", ".join(roles))
        return after

    def _add(self, start: int, end: int, role: str) -> None:
        self.mentions.append(Mention(normalise(self.text(start, end)), role, self.tokens[start][1]))


def expand_role(role: str) -> str:
    role = normalise(role)
    for pattern, expansion in _ABBREVIATIONS:
        role = pattern.sub(expansion, role)
    return role


def mentions_in(text: str, base_offset: int = 0, vocabulary: Vocabulary | None = None) -> list[Mention]:
    """Mentions in one paragraph of normalised text (see vietnamese.normalise)."""
    return _Scanner(text, base_offset, vocabulary or load_vocabulary()).scan()


def participants(blocks: list[tuple[str, bool]], vocabulary: Vocabulary | None = None) -> list[Participant]:
    """Every person named with a role, in order of first mention, from (text, is_caption)
    blocks in document order. The role is the fullest one the body gives; captions give
    roles only for people the body does not name."""
    first_seen: dict[str, int] = {}
    roles: dict[str, list[str]] = {}
    caption_roles: dict[str, list[str]] = {}
    offset = 0
    for text, is_caption in blocks:
        for mention in mentions_in(text, offset, vocabulary):
            first_seen.setdefault(mention.name, mention.offset)
            if mention.role:
                target = caption_roles if is_caption else roles
                target.setdefault(mention.name, []).append(expand_role(mention.role))
        offset += len(text) + 1
    people = []
    for name in sorted(first_seen, key=first_seen.__getitem__):
        options = roles.get(name) or caption_roles.get(name)
        if options:
            people.append(Participant(name, max(options, key=lambda r: (r.count(",") + 1, len(r)))))
    return people
