"""Interchange v1: read and write the one JSON document that holds a journal.

The rules are those of spec/interchange-v1.md, checked by hand (stdlib only)
because an import of 100,000 encounters must stay fast. A document that breaks
any rule is refused whole with `errors.Invalid`, whose message names the list,
the record's index, its id and the field, and never the person's words.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any, Final, TypeAlias

from peerjournal.core import signature
from peerjournal.core.limits import MAX_TEXT_CHARS, limit_of, too_long
from peerjournal.core.models import (
    RECORD_LISTS,
    Checkin,
    CheckinPart,
    Clinician,
    Consent,
    ConsentAttachment,
    Covers,
    Disclosure,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Reflection,
    SelfCheck,
    Setting,
    part_problem,
)
from peerjournal.errors import Invalid

FORMAT: Final = "peerjournal-interchange"
VERSION: Final = 1
MAX_ID_LENGTH: Final = 64
MAX_MINUTES: Final = 1440
MAX_PROBLEMS: Final = 5
_ECHO_LIMIT: Final = 40

Record: TypeAlias = (
    Profile | Person | Clinician | Encounter | Reflection | Goal | Consent | Referral | Checkin
    | Disclosure
)
JsonDict: TypeAlias = dict[str, Any]

# Strict shapes: ASCII digits only (\d would also take other scripts' digits),
# and nothing of the looser forms datetime.fromisoformat accepts (20240102, weeks).
_DATE_SHAPE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_SHAPE: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)
# A \uD800-\uDFFF escape can leave an unpaired surrogate, which no file can hold.
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F]")
_SHA256: Final = re.compile(r"[0-9a-f]{64}")
# Photos and scans of a consent signed on paper (docs/spec/extensions.md).
ATTACHMENT_TYPES: Final = ("application/pdf", "image/jpeg", "image/png")
MAX_ATTACHMENT_BYTES: Final = 20 * 1024 * 1024


class _Bad(Exception):
    """One field's problem, said without the field's name (the caller adds it)."""


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    convert: Callable[[Any], Any]
    required: bool = False
    refers_to: str | None = None  # the list a reference must name a record of


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for messages (never the value itself)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _echo(value: str) -> str:
    """A short, quoted copy of a value that is safe to show (a code, not words)."""
    if len(value) > _ECHO_LIMIT:
        value = value[:_ECHO_LIMIT] + "…"
    return repr(value)


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    raise _Bad(f"must be text (a JSON string), not {_json_type(value)}")


def _name(value: Any) -> str:
    if type(value) is str:
        if len(value) > limit_of("name"):
            raise _Bad(too_long("name", len(value)))
        return value
    raise _Bad(f"must be a name (a JSON string), not {_json_type(value)}")


def _date(value: Any) -> date:
    if type(value) is not str:
        raise _Bad(f"must be a date (a JSON string YYYY-MM-DD), not {_json_type(value)}")
    if len(value) != 10 or _DATE_SHAPE.fullmatch(value) is None:
        raise _Bad("must be a date in the form YYYY-MM-DD (the text given is not one)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad(
            "must be a real date in the form YYYY-MM-DD (the one given does not exist)"
        ) from None


def _datetime(value: Any) -> datetime:
    if type(value) is not str:
        raise _Bad(
            f"must be a date-time (a JSON string YYYY-MM-DDTHH:MM[:SS]), not {_json_type(value)}"
        )
    if _DATETIME_SHAPE.fullmatch(value) is None:
        raise _Bad(
            "must be a date-time in the form YYYY-MM-DDTHH:MM[:SS], an offset such as +02:00 "
            "may follow (the text given is not one)"
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(
            "must be a real date-time in the form YYYY-MM-DDTHH:MM[:SS] (the one given does "
            "not exist)"
        ) from None


def _minutes(value: Any) -> int:
    if type(value) is int and 0 <= value <= MAX_MINUTES:
        return value
    if type(value) is int or type(value) is float:
        shown = repr(value) if abs(value) < 1e15 else "a very large number"
        raise _Bad(f"must be a whole number from 0 to {MAX_MINUTES}, not {shown}")
    raise _Bad(f"must be a whole number from 0 to {MAX_MINUTES}, not {_json_type(value)}")


def _parts(value: Any) -> tuple[CheckinPart, ...]:
    """A check-in's parts: a non-empty list of {name, rating, in_their_words}."""
    if type(value) is not list:
        raise _Bad(f"must be a list (a JSON array) of parts of life, not {_json_type(value)}")
    if not value:
        raise _Bad("must hold at least one part of life")
    parts: list[CheckinPart] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(value):
        where = f"part [{index}]"
        if type(raw) is not dict:
            raise _Bad(f"{where}: must be an object with name and rating, not {_json_type(raw)}")
        name, rating, words = raw.get("name"), raw.get("rating"), raw.get("in_their_words")
        if name is not None and type(name) is not str:
            raise _Bad(f"{where}: name: must be text (a JSON string), not {_json_type(name)}")
        if type(rating) is not int and rating is not None:
            raise _Bad(
                f"{where}: rating: must be a whole number from 1 to 5, not {_json_type(rating)}"
            )
        if words is not None and type(words) is not str:
            raise _Bad(
                f"{where}: in_their_words: must be text (a JSON string) or null, "
                f"not {_json_type(words)}"
            )
        if words is not None and len(words) > limit_of("in_their_words"):
            raise _Bad(f"{where}: in_their_words: {too_long('in_their_words', len(words))}")
        problem = part_problem(name, rating)
        if problem is not None:
            raise _Bad(f"{where}: {problem}")
        assert type(name) is str and type(rating) is int  # part_problem checked both
        if not _is_unicode(name) or (words is not None and not _is_unicode(words)):
            raise _Bad(f"{where}: holds an unpaired surrogate (\\uD800-\\uDFFF), not Unicode")
        key = name.strip().casefold()
        if key in seen:
            raise _Bad(f"{where}: name: the same part of life as part [{seen[key]}]")
        seen[key] = index
        parts.append(CheckinPart(name=name, rating=rating, in_their_words=words))
    return tuple(parts)


def _one_of(enum: type[StrEnum]) -> Callable[[Any], Any]:
    members: dict[str, StrEnum] = {member.value: member for member in enum}
    allowed = ", ".join(members)

    def convert(value: Any) -> StrEnum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise _Bad(f"must be one of {allowed} (the text given is none of them)")
        raise _Bad(f"must be one of {allowed} (a JSON string), not {_json_type(value)}")

    return convert


def _list_of(item: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A JSON list whose every item converts with `item`, as a tuple (no repeats)."""

    def convert(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Bad(f"must be a list (a JSON array), not {_json_type(value)}")
        items: list[Any] = []
        for number, entry in enumerate(value):
            try:
                converted = item(entry)
            except _Bad as bad:
                raise _Bad(f"item {number}: {bad}") from None
            if converted not in items:
                items.append(converted)
        return tuple(items)

    return convert


def _id(value: Any) -> str:
    if type(value) is str and 0 < len(value) <= MAX_ID_LENGTH:
        return value
    raise _Bad(
        f"must be a non-empty string of at most {MAX_ID_LENGTH} characters, "
        + (
            f"not {len(value)} characters long"
            if type(value) is str
            else f"not {_json_type(value)}"
        )
    )


_COVERS: Final = tuple(member.value for member in Covers)


def _covers(value: Any) -> tuple[str, ...]:
    if type(value) is not list:
        raise _Bad(f"must be a list of text (a JSON array), not {_json_type(value)}")
    for item in value:
        if type(item) is not str or item not in _COVERS:
            shown = _echo(item) if type(item) is str else _json_type(item)
            raise _Bad(f"{shown} is not one of {', '.join(_COVERS)}")
    # One order whatever the file's: the covers are a set.
    return tuple(code for code in _COVERS if code in value)


def _bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _Bad(f"must be true or false, not {_json_type(value)}")


def _blob(value: Any, media_types: AbstractSet[str], max_bytes: int) -> tuple[str, bytes]:
    """An embedded file: {"media_type", "sha256", "data" (base64)} -> (media type, bytes)."""
    if type(value) is not dict:
        raise _Bad(f"must be an object with media_type, sha256 and data, not {_json_type(value)}")
    media_type, digest, data = value.get("media_type"), value.get("sha256"), value.get("data")
    if type(media_type) is not str or media_type not in media_types:
        raise _Bad(f"media_type must be one of {', '.join(sorted(media_types))}")
    if type(digest) is not str or _SHA256.fullmatch(digest) is None:
        raise _Bad("sha256 must be 64 lowercase hexadecimal digits")
    if type(data) is not str or len(data) > (max_bytes * 4) // 3 + 8:
        raise _Bad(f"data must be base64 text of at most {max_bytes // 1_000_000} MB")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _Bad("data is not base64") from None
    if hashlib.sha256(raw).hexdigest() != digest:
        raise _Bad("data does not match its sha256")
    return media_type, raw


def _signature(value: Any) -> str:
    _, raw = _blob(value, {signature.MEDIA_TYPE}, 1_000_000)
    try:
        text = raw.decode("utf-8")
        signature.from_json(text)
    except (UnicodeDecodeError, Invalid):
        raise _Bad("data is not a signature PeerJournal drew") from None
    return text


def _attachment(value: Any, consent: Consent) -> ConsentAttachment:
    if type(value) is not dict:
        raise _Bad(f"must be an object, not {_json_type(value)}")
    record_id = _id(value.get("id"))
    added_on = _date(value.get("added_on"))
    name = value.get("name")
    if name is not None:
        name = _text(name)
    media_type, raw = _blob(value, set(ATTACHMENT_TYPES), MAX_ATTACHMENT_BYTES)
    return ConsentAttachment(
        id=record_id,
        consent_id=consent.id,
        person_id=consent.person_id,
        media_type=media_type,
        added_on=added_on,
        sha256=hashlib.sha256(raw).hexdigest(),
        data=raw,
        name=name,
    )


def attachment_object(attachment: ConsentAttachment) -> JsonDict:
    """An attachment as a consent's `attachments` list carries it."""
    return {
        "id": attachment.id,
        "name": attachment.name,
        "added_on": attachment.added_on.isoformat(),
        "media_type": attachment.media_type,
        "sha256": attachment.sha256,
        "data": base64.b64encode(attachment.data).decode("ascii"),
    }
def _sha256(value: Any) -> str:
    if type(value) is str and _SHA256.fullmatch(value) is not None:
        return value
    raise _Bad("must be a SHA-256 fingerprint: 64 lower-case hexadecimal digits")


def _req(name: str, convert: Callable[[Any], Any], refers_to: str | None = None) -> _Field:
    return _Field(name, convert, required=True, refers_to=refers_to)


def _opt(name: str, convert: Callable[[Any], Any], refers_to: str | None = None) -> _Field:
    return _Field(name, convert, required=False, refers_to=refers_to)


# The fields of each list, in the spec's order (which is also the order written).
_PROFILE_FIELDS: Final = (
    _req("name", _name),
    _opt("credentials", _text),
    _opt("organization", _text),
    _opt("address", _text),
    _opt("phone", _text),
    _opt("email", _text),
)
_FIELDS: Final[dict[str, tuple[_Field, ...]]] = {
    "people": (
        _req("id", _id),
        _req("preferred_name", _name),
        _opt("legal_name", _name),
        _opt("pronouns", _text),
        _opt("date_of_birth", _date),
        _opt("phone", _text),
        _opt("email", _text),
        _opt("address", _text),
        _opt("postal_code", _text),
        _opt("preferred_language", _text),
        _opt("notes", _text),
    ),
    "clinicians": (
        _req("id", _id),
        _req("name", _name),
        _opt("organization", _text),
        _opt("address", _text),
        _opt("phone", _text),
        _opt("fax", _text),
        _opt("email", _text),
        # Optional extension (docs/spec/extensions.md): how a letter addresses them.
        _opt("salutation", _text),
    ),
    "encounters": (
        _req("id", _id),
        _req("person_id", _text, "people"),
        _req("occurred_at", _datetime),
        _opt("duration_minutes", _minutes),
        _req("mode", _one_of(Mode)),
        _opt("setting", _one_of(Setting)),
        _opt("their_story", _text),
        _opt("what_they_want", _text),
        _opt("how_i_helped", _text),
        _opt("what_i_did", _text),
        _opt("follow_up_on", _date),
    ),
    "reflections": (
        _req("id", _id),
        _opt("encounter_id", _text, "encounters"),
        _req("written_at", _datetime),
        _opt("what_i_shared", _text),
        _opt("what_i_learned", _text),
        _opt("unique", _text),
        _opt("universal", _text),
        _opt("self_care", _text),
        _opt("learned_from_them", _text),
        _opt("why_i_shared", _text),
        _opt("self_check", _list_of(_one_of(SelfCheck))),
    ),
    "goals": (
        _req("id", _id),
        _req("person_id", _text, "people"),
        _req("in_their_words", _text),
        _req("set_on", _date),
        _req("status", _one_of(GoalStatus)),
        _opt("closed_on", _date),
    ),
    "consents": (
        _req("id", _id),
        _req("person_id", _text, "people"),
        _req("recipient_id", _text, "clinicians"),
        _req("purpose", _text),
        _req("information", _text),
        _req("signed_on", _date),
        _opt("expires_on", _date),
        _opt("expires_when", _text),
        _opt("revoked_on", _date),
        _opt("covers", _covers),
        # Optional extension (docs/spec/extensions.md): a signature drawn on screen.
        _opt("signature", _signature),
    ),
    "referrals": (
        _req("id", _id),
        _req("person_id", _text, "people"),
        _req("clinician_id", _text, "clinicians"),
        _opt("consent_id", _text, "consents"),
        _req("kind", _one_of(ReferralKind)),
        _req("reason_in_their_words", _text),
        _opt("request", _text),
        _req("created_on", _date),
        _req("status", _one_of(ReferralStatus)),
        _opt("status_on", _date),
        # Our optional extension (the spec allows them): shows in "Follow-ups due".
        _opt("follow_up_on", _date),
        # Optional extensions (docs/spec/extensions.md): the letter's optional sections.
        _opt("share_contact", _bool),
        _opt("to_know", _text),
        _opt("going_well", _text),
        _opt("how_i_will_help", _text),
    ),
    # The disclosure log. References are checked after reading (_check_disclosures):
    # an entry about a person since forgotten names a referral no longer anywhere.
    "disclosures": (
        _req("id", _id),
        _req("referral_id", _id),
        _req("recipient_id", _text, "clinicians"),
        _opt("person_id", _id),
        _req("disclosed_at", _datetime),
        _req("sha256", _sha256),
        _opt("override_reason", _text),
        # Our optional extension: the consent the letter relied on.
        _opt("consent_id", _text, "consents"),
    ),
    "checkins": (
        _req("id", _id),
        _req("person_id", _text, "people"),
        _req("taken_on", _date),
        _req("parts", _parts),
    ),
}
_CLASSES: Final[dict[str, type[Any]]] = {
    "profile": Profile,
    "people": Person,
    "clinicians": Clinician,
    "encounters": Encounter,
    "reflections": Reflection,
    "goals": Goal,
    "consents": Consent,
    "referrals": Referral,
    "checkins": Checkin,
    "disclosures": Disclosure,
}
_LIST_OF_CLASS: Final[dict[type[Any], str]] = {cls: name for name, cls in _CLASSES.items()}


def _fields_of(list_name: str) -> tuple[_Field, ...]:
    return _PROFILE_FIELDS if list_name == "profile" else _FIELDS[list_name]


_Layout: TypeAlias = tuple[tuple[str, Callable[[Any], Any], bool, str | None], ...]
_LAYOUT: Final[dict[str, _Layout]] = {
    name: tuple((f.name, f.convert, f.required, f.refers_to) for f in _fields_of(name))
    for name in _CLASSES
}


def _quoted_id(record_id: str) -> str:
    # JSON quoting keeps a message on one line whatever the id holds.
    return json.dumps(record_id, ensure_ascii=False)


class _Reader:
    """Reads one document, gathering up to MAX_PROBLEMS problems."""

    def __init__(self, existing: Mapping[str, AbstractSet[str]], check_surrogates: bool) -> None:
        self.existing = existing
        self.check_surrogates = check_surrogates
        self.problems: list[str] = []
        # Per list: each id of this file, and the index of the record that first used it.
        self.first_seen: dict[str, dict[str, int]] = {name: {} for name in RECORD_LISTS}

    def fail(self, message: str) -> None:
        self.problems.append(message)
        if len(self.problems) >= MAX_PROBLEMS:
            raise _Stop

    def record(self, list_name: str, raw: Any, index: int | None = None) -> Any:
        """One record built from `raw`, or None after reporting its problems.

        With an index, the record is one of a document's list: its id must be
        new, and its references must resolve."""
        if type(raw) is not dict:
            where = list_name if index is None else f"{list_name}[{index}]"
            self.fail(f"{where}: must be a record (a JSON object), not {_json_type(raw)}")
            return None
        values: dict[str, Any] = {}
        problems: list[str] = []
        record_id: str | None = None
        # The hot loop of an import: plain tuples, and no call for the common text case.
        for name, convert, required, refers_to in _LAYOUT[list_name]:
            value = raw.get(name)
            if value is None:
                if required:
                    problems.append(f"{name}: is required")
                continue
            if convert is _text and type(value) is str:
                if len(value) > MAX_TEXT_CHARS:
                    problems.append(f"{name}: {too_long(name, len(value))}")
                    continue
                converted = value
            else:
                try:
                    converted = convert(value)
                except _Bad as bad:
                    problems.append(f"{name}: {bad}")
                    continue
            if self.check_surrogates and type(converted) is str and not _is_unicode(converted):
                problems.append(
                    f"{name}: holds an unpaired surrogate (\\uD800-\\uDFFF), "
                    "which is not Unicode text"
                )
                continue
            if name == "id":
                record_id = converted
                if index is not None:
                    clash = self._claim_id(list_name, converted, index)
                    if clash:
                        problems.append(f"id: {clash}")
            elif refers_to is not None and index is not None:
                missing = self._missing_target(refers_to, converted)
                if missing:
                    problems.append(f"{name}: {missing}")
            values[name] = converted
        if problems:
            where = list_name if index is None else f"{list_name}[{index}]"
            if record_id is not None:
                where = f"{where} (id {_quoted_id(record_id)})"
            for problem in problems:
                self.fail(f"{where}: {problem}")
            return None
        return _CLASSES[list_name](**values)

    def _claim_id(self, list_name: str, record_id: str, index: int) -> str | None:
        seen = self.first_seen[list_name]
        earlier = seen.get(record_id)
        if earlier is not None:
            first = f"{list_name}[{earlier}]"
            return f"{_quoted_id(record_id)} is used twice in {list_name} (first at {first})"
        seen[record_id] = index
        if record_id in self.existing.get(list_name, ()):
            return f"{_quoted_id(record_id)} is already in the journal; ids must be new"
        return None

    def _missing_target(self, list_name: str, target_id: str) -> str | None:
        if target_id in self.first_seen[list_name] or target_id in self.existing.get(list_name, ()):
            return None
        # The value is not shown: it is no id of ours, so it may be anything (a name).
        return f"names no record in {list_name} (in this file or in the journal)"


class _Stop(Exception):
    """Enough problems gathered to refuse the document."""


def _is_unicode(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _NotJsonNumber(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotJsonNumber(f"{name} is not a JSON number")


def _decode(text: str | bytes) -> str:
    """The document as text: UTF-8 (a byte order mark is allowed), whole Unicode."""
    if isinstance(text, bytes | bytearray):
        try:
            decoded = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise Invalid(
                f"The file is not UTF-8 text (a byte at position {error.start} cannot be read)."
            ) from None
    else:
        decoded = text
        if not _is_unicode(decoded):
            raise Invalid("The text is not valid Unicode (it holds an unpaired surrogate).")
    if decoded.startswith("\ufeff"):  # a byte order mark some editors write
        decoded = decoded[1:]
    return decoded


def _load_json(text: str) -> Any:
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise Invalid(
            f"The file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    except _NotJsonNumber as error:
        raise Invalid(f"The file is not valid JSON: {error}.") from None
    except RecursionError:
        raise Invalid("The file is not valid JSON: it nests too deeply to read.") from None
    except ValueError:
        # Python refuses integers of thousands of digits.
        raise Invalid("The file is not valid JSON: a number in it is too long to read.") from None
    return document


def parse_document(
    text: str | bytes, existing: Mapping[str, AbstractSet[str]] | None = None
) -> JournalContents:
    """Read an interchange-v1 document into records.

    `existing` maps a list name ("people", ...) to the ids already in the
    vault: references may point there, and reusing one of them is an error.
    Raises `errors.Invalid` naming the first problems (up to five, one per
    line); nothing else escapes, whatever the input.
    """
    decoded = _decode(text)
    document = _load_json(decoded)
    # Only \\uD800-\\uDFFF escapes can leave a lone surrogate: check strings only then.
    check_surrogates = _SURROGATE_ESCAPE.search(decoded) is not None
    if type(document) is not dict:
        raise Invalid(
            "This is not a PeerJournal interchange file: its top level must be a JSON object,"
            f" not {_json_type(document)}."
        )
    if document.get("format") != FORMAT or type(document.get("format")) is not str:
        raise Invalid(f'This is not a PeerJournal interchange file: "format" must be "{FORMAT}".')
    version = document.get("version")
    if version is None:
        raise Invalid(f"version: is required (this PeerJournal reads version {VERSION}).")
    if type(version) is not int:
        raise Invalid(f"version: must be the whole number {VERSION}, not {_json_type(version)}.")
    if version != VERSION:
        shown = str(version) if abs(version) < 10**15 else "a very large number"
        raise Invalid(
            f"This file is interchange version {shown};"
            f" this PeerJournal reads version {VERSION} only."
        )

    reader = _Reader(existing or {}, check_surrogates)
    contents = JournalContents()
    try:
        raw_profile = document.get("profile")
        if raw_profile is not None:
            contents.profile = reader.record("profile", raw_profile)
        for list_name in RECORD_LISTS:
            records = _read_list(reader, list_name, document.get(list_name))
            setattr(contents, list_name, records)
        contents.attachments = _read_attachments(reader, document.get("consents"), contents)
        _check_disclosures(reader, contents)
    except _Stop:
        pass
    if reader.problems:
        raise Invalid("\n".join(reader.problems))
    return contents


def _check_disclosures(reader: _Reader, contents: JournalContents) -> None:
    """An entry that names its person names a referral and a person of this file or
    the journal; one without (the person was forgotten) names neither."""
    for index, entry in enumerate(contents.disclosures):
        if entry.person_id is None:
            continue
        for name, target, value in (("person_id", "people", entry.person_id),
                                    ("referral_id", "referrals", entry.referral_id)):
            missing = reader._missing_target(target, value)
            if missing:
                reader.fail(f"disclosures[{index}] (id {_quoted_id(entry.id)}): {name}: {missing}")


def _read_list(reader: _Reader, list_name: str, raw_list: Any) -> list[Any]:
    if raw_list is None:
        return []
    if type(raw_list) is not list:
        reader.fail(f"{list_name}: must be a list (a JSON array), not {_json_type(raw_list)}")
        return []
    records: list[Any] = []
    for index, raw in enumerate(raw_list):
        record = reader.record(list_name, raw, index)
        if record is not None:
            records.append(record)
    return records


def _read_attachments(
    reader: _Reader, raw_consents: Any, contents: JournalContents
) -> list[ConsentAttachment]:
    """The photos and scans nested in consents (`attachments`, an extension)."""
    if type(raw_consents) is not list:
        return []
    by_id = {consent.id: consent for consent in contents.consents}
    found: list[ConsentAttachment] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_consents):
        if type(raw) is not dict or raw.get("attachments") is None:
            continue
        record_id = raw.get("id")
        consent = by_id.get(record_id) if type(record_id) is str else None
        if consent is None:
            continue  # the consent's own problems are reported already
        where = f"consents[{index}] (id {_quoted_id(consent.id)}): attachments"
        listed = raw["attachments"]
        if type(listed) is not list:
            reader.fail(f"{where}: must be a list (a JSON array), not {_json_type(listed)}")
            continue
        for number, item in enumerate(listed):
            try:
                attachment = _attachment(item, consent)
            except _Bad as bad:
                reader.fail(f"{where}[{number}]: {bad}")
                continue
            if attachment.id in seen:
                reader.fail(f"{where}[{number}]: id: {_quoted_id(attachment.id)} is used twice")
                continue
            seen.add(attachment.id)
            found.append(attachment)
    return found


def record_from_dict(kind: str | type[Record], data: Mapping[str, Any]) -> Record:
    """One record from its interchange dict ("people", or the record class).

    Checks fields and types as `parse_document` does, but no references.
    Raises `errors.Invalid`.
    """
    list_name = kind if isinstance(kind, str) else _LIST_OF_CLASS.get(kind, "")
    if list_name not in _CLASSES:
        raise Invalid(f"{_echo(str(list_name))} is not a kind of record of interchange v1.")
    reader = _Reader({}, check_surrogates=True)
    try:
        record = reader.record(list_name, dict(data) if isinstance(data, Mapping) else data)
    except _Stop:
        record = None
    if reader.problems:
        raise Invalid("\n".join(reader.problems))
    assert record is not None
    return record  # type: ignore[no-any-return]


def record_to_dict(record: Record) -> JsonDict:
    """The interchange dict of one record: the spec's keys in its order,
    absent values as None, dates and date-times as ISO text."""
    names, getter, _ = _WRITERS[type(record)]
    return dict(zip(names, map(_plain, getter(record)), strict=True))


def _plain(value: Any) -> Any:
    if value is None or type(value) is str or type(value) is int or type(value) is bool:
        return value
    if isinstance(value, tuple):  # a list field: absent when empty
        return [_plain(item) for item in value] or None
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if type(value) is CheckinPart:  # one part of a check-in
        return _part_dict(value)
    raise TypeError(f"a record field holds a {type(value).__name__}")


def _part_dict(part: CheckinPart) -> JsonDict:
    return {"name": part.name, "rating": part.rating, "in_their_words": part.in_their_words}


def _json_of(value: Any) -> str:
    """One field value as JSON text, as json.dumps(ensure_ascii=False) writes it."""
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    plain = _plain(value)
    if type(plain) is str:
        return encode_basestring(plain)
    return json.dumps(plain, ensure_ascii=False)


def _writer(
    cls: type[Any],
) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], tuple[str, ...]]:
    names = tuple(f.name for f in _fields_of(_LIST_OF_CLASS[cls]))
    return names, attrgetter(*names), tuple(f'"{name}": ' for name in names)


# Per record class: its field names, a getter of all of them at once, the key prefixes.
_WRITERS: Final = {cls: _writer(cls) for cls in _CLASSES.values()}


def consent_to_dict(
    consent: Consent, attachments: list[ConsentAttachment] | None = None
) -> JsonDict:
    """A consent's interchange dict: its signature as an embedded file, and
    its attachments (photos, scans) when it has any (extensions)."""
    out = record_to_dict(consent)
    if consent.covers is not None:  # an empty list says "covers nothing", not "older"
        out["covers"] = list(consent.covers)
    if consent.signature is not None:
        out["signature"] = signature.interchange_object(consent.signature)
    if attachments:
        out["attachments"] = [attachment_object(a) for a in attachments]
    return out


def _attachments_by_consent(contents: JournalContents) -> dict[str, list[ConsentAttachment]]:
    grouped: dict[str, list[ConsentAttachment]] = {}
    for attachment in contents.attachments:
        grouped.setdefault(attachment.consent_id, []).append(attachment)
    return grouped


def document_dict(contents: JournalContents) -> JsonDict:
    """The whole document as plain JSON values (what `dump_document` writes)."""
    document: JsonDict = {"format": FORMAT, "version": VERSION}
    document["profile"] = None if contents.profile is None else record_to_dict(contents.profile)
    grouped = _attachments_by_consent(contents)
    for list_name in RECORD_LISTS:
        if list_name == "consents":
            document[list_name] = [consent_to_dict(c, grouped.get(c.id)) for c in contents.consents]
        else:
            document[list_name] = [record_to_dict(r) for r in getattr(contents, list_name)]
    return document


def dump_document(contents: JournalContents) -> str:
    """The journal as interchange-v1 JSON text.

    Deterministic: every field of the spec is written, in the spec's order,
    absent values as null; records in the order given. The text is exactly
    `json.dumps(document_dict(contents), ensure_ascii=False, indent=2)`,
    built by hand because the indenting encoder of the stdlib is slow.
    """
    parts: list[str] = [
        "{\n",
        f'  "format": {encode_basestring(FORMAT)},\n',
        f'  "version": {VERSION},\n',
        '  "profile": ',
    ]
    if contents.profile is None:
        parts.append("null")
    else:
        parts.append(_dump_record(contents.profile, "\n    ", "\n  }"))
    grouped = _attachments_by_consent(contents)
    for list_name in RECORD_LISTS:
        records = getattr(contents, list_name)
        parts.append(f',\n  "{list_name}": ')
        if not records:
            parts.append("[]")
            continue
        parts.append("[\n    ")
        if list_name == "consents":
            # Few, and with nested objects: the stdlib encoder, indented to its place.
            dumped = [
                json.dumps(
                    consent_to_dict(c, grouped.get(c.id)), ensure_ascii=False, indent=2
                ).replace("\n", "\n    ")
                for c in records
            ]
        else:
            dumped = [_dump_record(r, "\n      ", "\n    }") for r in records]
        parts.append(",\n    ".join(dumped))
        parts.append("\n  ]")
    parts.append("\n}")
    return "".join(parts)


def _dump_record(record: Any, line_start: str, closing: str) -> str:
    _, getter, prefixes = _WRITERS[type(record)]
    if type(record) is Checkin:
        return _dump_checkin(record, prefixes, getter, line_start, closing)
    fields = [key + _json_of(value) for key, value in zip(prefixes, getter(record), strict=True)]
    return "{" + line_start + ("," + line_start).join(fields) + closing


def _dump_checkin(
    record: Checkin,
    prefixes: tuple[str, ...],
    getter: Callable[[Any], tuple[Any, ...]],
    line_start: str,
    closing: str,
) -> str:
    """A check-in as json.dumps(indent=2) writes it at this depth: its parts nest."""
    fields = []
    for key, value in zip(prefixes, getter(record), strict=True):
        if type(value) is tuple:
            nested = json.dumps(_plain(value), ensure_ascii=False, indent=2)
            fields.append(key + nested.replace("\n", line_start))
        else:
            fields.append(key + _json_of(value))
    return "{" + line_start + ("," + line_start).join(fields) + closing
