"""Connexion's request validators, made to name the offending `field` in short, safe messages."""

from __future__ import annotations

import json
import typing as t

from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator, allow_nullable
from connexion.validators import (
    FormDataValidator,
    JSONRequestBodyValidator,
    JSONResponseBodyValidator,
    MultiPartFormDataValidator,
    ParameterValidator,
    TextResponseBodyValidator,
)
from email_validator import EmailNotValidError, validate_email
from jsonschema import Draft4Validator, FormatChecker, ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import extend

_MAX_SHOWN = 60

# jsonschema's own `email` check only looks for an "@"; addresses are checked for real RFC 5321
# syntax (ASCII, quoted local parts and address literals allowed), without any DNS lookup.
FORMATS = FormatChecker()


@FORMATS.checks("email", raises=(EmailNotValidError, ValueError))
def _is_email(value) -> bool:
    if not isinstance(value, str):
        return True
    checked = validate_email(
        value,
        check_deliverability=False,
        allow_smtputf8=False,
        allow_quoted_local=True,
        allow_domain_literal=True,
        globally_deliverable=False,
        test_environment=True,
    )
    if len(checked.local_part) > 64:
        raise ValueError("the local part is longer than 64 characters")
    return True


# Connexion honours `nullable` only beside `type` and `enum`; DESIGN.md's nullable references
# (`allOf: [$ref]` + `nullable: true`) need `allOf` taught the same. The spec now says
# `nullable: true` on the schema itself (the generators lose it through `allOf`, README), so this
# only keeps an `allOf` written the DESIGN.md way from failing valid nulls.
_NULLABLE_ALLOF = {"allOf": allow_nullable(Draft4Validator.VALIDATORS["allOf"])}
RequestSchemaValidator = extend(Draft4RequestValidator, _NULLABLE_ALLOF)
ResponseSchemaValidator = extend(Draft4ResponseValidator, _NULLABLE_ALLOF)


class FieldProblem(BadRequestProblem):
    def __init__(self, detail: str, field: str | None = None):
        super().__init__(detail=detail)
        self.field = field


def _shown(value: t.Any) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _dotted(parts) -> str:
    return ".".join(str(p) for p in parts)


def describe(error: ValidationError, prefix: str = "") -> tuple[str, str | None]:
    """A one-line message and the dotted field for a jsonschema error."""
    path = [*([prefix] if prefix else []), *error.absolute_path]
    field: str | None
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required" and isinstance(instance, dict):
        missing = next((p for p in expected if p not in instance), expected[0])
        field = _dotted([*path, missing])
        return f"{field} is required", field
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in allowed)
        field = _dotted([*path, extra[0]]) if extra else _dotted(path) or None
        return f"{field} is not a known field", field
    field = _dotted(path) or None
    name = field or "The body"
    messages = {
        "type": lambda: f"{name} must be of type {expected}",
        "minLength": lambda: f"{name} must be at least {expected} characters long",
        "maxLength": lambda: f"{name} must be at most {expected} characters long",
        "minimum": lambda: f"{name} must be at least {expected}",
        "maximum": lambda: f"{name} must be at most {expected}",
        "enum": lambda: f"{name} must be one of: {', '.join(map(str, expected))}",
        "pattern": lambda: f"{name} has the wrong form",
        "format": lambda: f"{name} is not a valid {expected}",
        "minItems": lambda: f"{name} must have at least {expected} items",
        "maxItems": lambda: f"{name} must have at most {expected} items",
        "uniqueItems": lambda: f"{name} must not repeat an item",
        "minProperties": lambda: f"{name} must set at least {expected} field(s)",
    }
    if kind in messages:
        return messages[kind](), field
    return f"{name}: {_shown(instance)} is not valid", field


class FieldParameterValidator(ParameterValidator):
    @staticmethod
    def validate_parameter(parameter_type, value, param, param_name=None):
        if value is None:
            if param.get("required"):
                return f"{param['name']} is required"
            return None
        schema = param.get("schema", param)
        error = best_match(Draft4Validator(schema, format_checker=FORMATS).iter_errors(value))
        if error is None:
            return None
        message, _ = describe(error, param["name"])
        return message

    def validate_request(self, request):
        if self.strict_validation:
            extra = self.validate_query_parameter_list(request, security_params=self.security_query_params)
            if extra:
                names = sorted(extra)
                raise FieldProblem(f"Unknown query parameter: {', '.join(names)}", names[0])
        checks = (
            ("query", self.validate_query_parameter),
            ("path", self.validate_path_parameter),
            ("header", self.validate_header_parameter),
            ("cookie", self.validate_cookie_parameter),
        )
        for location, check in checks:
            for param in self.parameters.get(location, []):
                error = check(param, request)
                if error:
                    raise FieldProblem(error, param["name"])


_ABSENT = object()  # no body at all, as opposed to a JSON `null`

# JSON that is valid but that no operation needs, and that would cost us (or our storage) dearly:
# nesting deeper than any schema goes, integers longer than any bound, NaN and Infinity, and
# lone UTF-16 surrogates ("\ud800"), which no database or UTF-8 encoder can store.
MAX_DEPTH = 32
MAX_INTEGER_DIGITS = 40


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise FieldProblem(f"A number in the body has more than {MAX_INTEGER_DIGITS} digits")
    return int(text)


def _constant(name: str):
    raise FieldProblem(f"The body is not valid JSON: {name} is not a JSON number")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_json(value: t.Any) -> None:
    """Refuse depth beyond MAX_DEPTH and strings (keys included) holding lone surrogates, naming
    the field. Iterative, so that it cannot itself run out of stack."""
    stack: list[tuple[t.Any, tuple, int]] = [(value, (), 0)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise FieldProblem(f"The body is nested more than {MAX_DEPTH} levels deep", _dotted(path) or None)
        if isinstance(item, str):
            if _has_surrogate(item):
                field = _dotted(path) or None
                raise FieldProblem(
                    f"{field or 'The body'} contains an unpaired UTF-16 surrogate, which is not text",
                    field,
                )
        elif isinstance(item, dict):
            for key, child in item.items():
                if _has_surrogate(key):
                    raise FieldProblem(
                        "A field name in the body contains an unpaired UTF-16 surrogate",
                        _dotted(path) or None,
                    )
                stack.append((child, (*path, key), depth + 1))
        elif isinstance(item, list):
            stack.extend((child, (*path, index), depth + 1) for index, child in enumerate(item))


def loads(raw: bytes, encoding: str = "utf-8") -> t.Any:
    """Parse a JSON request body, or raise FieldProblem saying what is wrong with it."""
    try:
        value = json.loads(raw.decode(encoding), parse_int=_integer, parse_constant=_constant)
    except UnicodeDecodeError:
        raise FieldProblem(f"The body is not valid {encoding} text") from None
    except json.JSONDecodeError as exc:
        raise FieldProblem(
            f"The body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise FieldProblem(f"The body is nested more than {MAX_DEPTH} levels deep") from None
    except LookupError:
        raise FieldProblem(f"The body's charset {encoding!r} is not one we can read") from None
    check_json(value)
    return value


class FieldJSONBodyValidator(JSONRequestBodyValidator):
    @property
    def _validator(self):
        return RequestSchemaValidator(self._schema, format_checker=FORMATS)

    async def wrap_receive(self, receive, *, scope):
        # A body sent without Content-Type is read as JSON (the only type these operations take)
        # here, and the handler must read it the same way: say so in the headers it will see.
        if not any(name == b"content-type" for name, _ in scope["headers"]):
            scope = {**scope, "headers": [*scope["headers"], (b"content-type", b"application/json")]}
        return await super().wrap_receive(receive, scope=scope)

    async def _parse(self, stream, scope):
        raw = b"".join([chunk async for chunk in stream])
        if not raw.strip():
            return _ABSENT
        return loads(raw, self._encoding)

    def _validate(self, body):
        if body is _ABSENT:
            # An absent body is fine when the operation says it is optional.
            if self._required:
                raise FieldProblem("A JSON body is required")
            return None
        error = best_match(self._validator.iter_errors(body))
        if error is not None:
            message, field = describe(error)
            raise FieldProblem(message, field)
        return None


class FieldMultiPartValidator(MultiPartFormDataValidator):
    async def _parse(self, stream, scope):
        try:
            return await super()._parse(stream, scope)
        except FieldProblem:
            raise
        except Exception:  # python-multipart and Starlette raise several types on bad bodies
            raise FieldProblem(
                "The multipart body is malformed: check its boundary and the parts' headers"
            ) from None

    def _validate(self, body):
        if not isinstance(body, dict):
            raise FieldProblem("The form is not a set of named fields")
        errors = list(self._validator.iter_errors(body))
        # A missing part says more than a stray one (`file` missing, `other` sent instead).
        error = next((e for e in errors if e.validator == "required"), None) or best_match(errors)
        if error is not None:
            message, field = describe(error)
            raise FieldProblem(message, field)
        # A form marked `x-extra-fields: ignored` (a mail provider's post, with fields of its
        # own) is exempt from strictness; every other form refuses unknown fields.
        if self._strict_validation and self._schema.get("x-extra-fields") != "ignored":
            self._validate_params_strictly(body)
        return None


class FieldFormValidator(FormDataValidator):
    _validate = FieldMultiPartValidator._validate


class NullableAwareResponseValidator(JSONResponseBodyValidator):
    @property
    def validator(self):
        return ResponseSchemaValidator(self._schema, format_checker=FORMATS)


VALIDATOR_MAP = {
    "parameter": FieldParameterValidator,
    "body": MediaTypeDict(
        {
            "*/*json": FieldJSONBodyValidator,
            "application/x-www-form-urlencoded": FieldFormValidator,
            "multipart/form-data": FieldMultiPartValidator,
        }
    ),
    "response": MediaTypeDict(
        {
            "*/*json": NullableAwareResponseValidator,
            "text/plain": TextResponseBodyValidator,
        }
    ),
}
