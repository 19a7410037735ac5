"""Handlers for the `webhooks` tag: endpoints, the delivery log, redelivery and test pings."""

from careeros import integrations
from handlers import caller, ok


def list_webhook_endpoints(limit=20, offset=0):
    return ok(integrations.list_endpoints(caller(), limit, offset))


def create_webhook_endpoint(body):
    return ok(
        integrations.create_endpoint(caller(), body["url"], body["events"], body.get("description", "")), 201
    )


def get_webhook_endpoint(endpoint_id):
    return ok(integrations.get_endpoint(caller(), endpoint_id))


def update_webhook_endpoint(endpoint_id, body):
    return ok(integrations.update_endpoint(caller(), endpoint_id, body))


def delete_webhook_endpoint(endpoint_id):
    return ok(integrations.delete_endpoint(caller(), endpoint_id))


def rotate_webhook_secret(endpoint_id):
    return ok(integrations.rotate_secret(caller(), endpoint_id))


def test_webhook_endpoint(endpoint_id):
    return ok(integrations.send_test(caller(), endpoint_id), 202)


def list_webhook_deliveries(endpoint_id=None, status=None, event=None, limit=20, offset=0):
    return ok(integrations.list_deliveries(caller(), endpoint_id, status, event, limit, offset))


def get_webhook_delivery(delivery_id):
    return ok(integrations.get_delivery(caller(), delivery_id))


def redeliver_webhook(delivery_id):
    return ok(integrations.redeliver(caller(), delivery_id), 202)
