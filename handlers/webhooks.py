"""Handlers for the `webhooks` tag: endpoints, the delivery log, redelivery and test pings."""

from careeros.settings import current as settings
from handlers import caller, ok
from webhooks import endpoints


def list_webhook_endpoints(limit=20, offset=0):
    return ok(endpoints.list_endpoints(caller(), limit, offset))


def create_webhook_endpoint(body):
    return ok(
        endpoints.create_endpoint(
            caller(),
            body["url"],
            body["events"],
            body.get("description", ""),
            allow_loopback=settings().webhooks_allow_loopback,
        ),
        201,
    )


def get_webhook_endpoint(endpoint_id):
    return ok(endpoints.get_endpoint(caller(), endpoint_id))


def update_webhook_endpoint(endpoint_id, body):
    return ok(
        endpoints.update_endpoint(
            caller(), endpoint_id, body, allow_loopback=settings().webhooks_allow_loopback
        )
    )


def delete_webhook_endpoint(endpoint_id):
    return ok(endpoints.delete_endpoint(caller(), endpoint_id))


def rotate_webhook_secret(endpoint_id):
    return ok(endpoints.rotate_secret(caller(), endpoint_id))


def test_webhook_endpoint(endpoint_id):
    return ok(endpoints.send_test(caller(), endpoint_id), 202)


def list_webhook_deliveries(endpoint_id=None, status=None, event=None, limit=20, offset=0):
    return ok(endpoints.list_deliveries(caller(), endpoint_id, status, event, limit, offset))


def get_webhook_delivery(delivery_id):
    return ok(endpoints.get_delivery(caller(), delivery_id))


def redeliver_webhook(delivery_id):
    return ok(endpoints.redeliver(caller(), delivery_id), 202)
