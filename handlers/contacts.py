"""Handlers for the `contacts` tag: CSV import, browsing, do-not-contact."""

from careeros import contacts
from careeros.contacts import importer
from handlers import caller, ok, uploaded
from models.errors import PayloadTooLarge


def import_contacts(file=None):
    _, data = uploaded(file, importer.MAX_IMPORT_BYTES)
    if len(data) > importer.MAX_IMPORT_BYTES:
        raise PayloadTooLarge(
            f"The file is larger than {importer.MAX_IMPORT_BYTES // (1024 * 1024)} MB", field="file"
        )
    return ok(importer.import_csv(caller(), data))


def list_contacts(company=None, title=None, limit=20, offset=0):
    return ok(contacts.list_contacts(caller(), company, title, limit, offset))


def get_contact(contact_id):
    return ok(contacts.get_contact(caller(), contact_id))


def mark_do_not_contact(contact_id):
    return ok(contacts.do_not_contact(caller(), contact_id))
