// Settings: the daily limit, time zone, sending window, gap and follow-ups; webhook endpoints
// with their delivery log and redelivery.
import { call } from "./api.js";
import { clear, errorText, field, h, report, setZone, toast, when } from "./ui.js";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const EVENTS = [
  "message.approved",
  "message.sent",
  "message.response_received",
  "message.rejected",
  "message.failed",
  "message.bounced",
];

export async function renderSettings(main) {
  const account = await call("get_account");
  const sending = h("section", { class: "card", "aria-labelledby": "sending-title" });
  const hooks = h("section", { class: "card", "aria-labelledby": "webhooks-title" });
  clear(main, h("h1", {}, "Settings"), h("div", { class: "stack" }, sending, hooks));
  drawSending(sending, account);
  await drawWebhooks(hooks);
}

function drawSending(box, account) {
  const st = account.settings;
  const limit = h("input", { id: "daily-limit", type: "number", min: 1, max: 500, value: st.daily_limit, required: true });
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [st.timezone];
  if (!zones.includes(st.timezone)) zones.unshift(st.timezone);
  const zone = h("select", { id: "timezone" }, zones.map((z) => h("option", { value: z, selected: z === st.timezone }, z)));
  const start = h("input", { id: "window-start", type: "time", value: st.sending_window.start, required: true });
  const end = h("input", { id: "window-end", type: "time", value: st.sending_window.end, required: true });
  const days = DAYS.map((d) => h("input", { id: `day-${d}`, type: "checkbox", checked: st.sending_window.days.includes(d) }));
  const gap = h("input", { id: "send-gap", type: "number", min: 0, max: 3600, value: st.send_gap_seconds, required: true });
  const followOn = h("input", { id: "follow-ups-enabled", type: "checkbox", checked: st.follow_ups.enabled });
  const followCount = h("input", { id: "follow-ups-count", type: "number", min: 0, max: 3, value: st.follow_ups.count });
  const followWaits = h("input", { id: "follow-ups-waits", type: "text", value: st.follow_ups.waits.join(", "), inputmode: "numeric" });
  const out = h("p", { "aria-live": "polite" });
  const save = async (event) => {
    event.preventDefault();
    const body = {
      daily_limit: Number(limit.value),
      timezone: zone.value,
      send_gap_seconds: Number(gap.value),
      sending_window: { days: DAYS.filter((_, i) => days[i].checked), start: start.value, end: end.value },
      follow_ups: {
        enabled: followOn.checked,
        count: Number(followCount.value),
        waits: followWaits.value.split(",").map((w) => Number(w.trim())).filter((w) => !Number.isNaN(w)),
      },
    };
    const saved = await report(out, () => call("update_account", { body }), "Saved: waiting mail is planned again under these settings.");
    if (saved) {
      setZone(saved.settings.timezone);
      window.dispatchEvent(new Event("careeros:status"));
    }
  };
  clear(
    box,
    h("h2", { id: "sending-title" }, "Sending"),
    h(
      "form",
      { onsubmit: save },
      field("Messages per day at most", limit),
      field("Time zone", zone),
      h(
        "fieldset",
        {},
        h("legend", {}, "Sending window"),
        h("div", { class: "days" }, DAYS.map((d, i) => h("span", { class: "check" }, days[i], h("label", { for: `day-${d}` }, d)))),
        field("From", start),
        field("Until", end),
      ),
      field("Seconds between two sends", gap),
      h(
        "fieldset",
        {},
        h("legend", {}, "Follow-ups"),
        h("div", { class: "check" }, followOn, h("label", { for: "follow-ups-enabled" }, "Draft follow-ups when nobody answers")),
        field("Follow-ups per thread (0–3)", followCount),
        field("Business days to wait before each (comma-separated)", followWaits),
      ),
      h("button", { type: "submit", class: "primary" }, "Save settings"),
    ),
    out,
  );
}

async function drawWebhooks(box) {
  const { endpoints } = await call("list_webhook_endpoints");
  const url = h("input", { id: "webhook-url", type: "url", placeholder: "https://hooks.example.com/careeros", required: true });
  const description = h("input", { id: "webhook-description", type: "text" });
  const events = EVENTS.map((e) => h("input", { id: `event-${e}`, type: "checkbox", checked: e !== "message.failed" && e !== "message.rejected" && e !== "message.bounced" }));
  const created = h("div", { "aria-live": "polite" });
  const log = h("div", { id: "deliveries" });
  const create = async (event) => {
    event.preventDefault();
    try {
      const endpoint = await call("create_webhook_endpoint", {
        body: { url: url.value.trim(), events: EVENTS.filter((_, i) => events[i].checked), description: description.value.trim() || undefined },
      });
      await drawWebhooks(box);
      toast("Endpoint added");
      box.querySelector("#webhook-secret")?.replaceWith(
        h("p", { id: "webhook-secret", class: "secret" }, "Signing secret (shown once): ", h("code", {}, endpoint.secret)),
      );
    } catch (error) {
      clear(created, h("p", { class: "error", role: "alert" }, errorText(error)));
    }
  };
  const act = async (fn, done) => {
    try {
      await fn();
      toast(done);
      await drawWebhooks(box);
    } catch (error) {
      toast(errorText(error), "error");
    }
  };
  clear(
    box,
    h("h2", { id: "webhooks-title" }, "Webhooks"),
    h("p", { id: "webhook-secret" }),
    endpoints.length
      ? h(
          "ul",
          { class: "endpoints" },
          endpoints.map((e) =>
            h(
              "li",
              { class: "card" },
              h("strong", {}, e.url),
              e.description ? h("span", { class: "muted" }, ` — ${e.description}`) : null,
              h("br"),
              h("small", {}, `${e.enabled ? "enabled" : `disabled${e.disabled_reason ? `: ${e.disabled_reason}` : ""}`} · ${e.events.join(", ")}`),
              h(
                "div",
                { class: "row" },
                h("button", { type: "button", onclick: () => act(() => call("update_webhook_endpoint", { params: { endpoint_id: e.id }, body: { enabled: !e.enabled } }), e.enabled ? "Disabled" : "Enabled") }, e.enabled ? "Disable" : "Enable"),
                h("button", { type: "button", onclick: () => act(() => call("test_webhook_endpoint", { params: { endpoint_id: e.id } }), "Ping queued") }, "Send a ping"),
                h("button", { type: "button", onclick: () => drawLog(log, e.id) }, "Deliveries"),
                h("button", { type: "button", class: "danger", onclick: () => act(() => call("delete_webhook_endpoint", { params: { endpoint_id: e.id } }), "Deleted") }, "Delete"),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No endpoints yet."),
    h(
      "form",
      { onsubmit: create },
      h("h3", {}, "Add an endpoint"),
      field("URL", url),
      field("Description", description),
      h("fieldset", {}, h("legend", {}, "Events"), EVENTS.map((e, i) => h("div", { class: "check" }, events[i], h("label", { for: `event-${e}` }, e)))),
      h("button", { type: "submit", class: "primary" }, "Add endpoint"),
    ),
    created,
    log,
  );
  if (endpoints.length) await drawLog(log);
}

async function drawLog(box, endpointId) {
  const page = await call("list_webhook_deliveries", { query: { endpoint_id: endpointId, limit: 20 } });
  const redeliver = async (id) => {
    try {
      await call("redeliver_webhook", { params: { delivery_id: id } });
      toast("Queued again");
      await drawLog(box, endpointId);
    } catch (error) {
      toast(errorText(error), "error");
    }
  };
  clear(
    box,
    h("h3", {}, "Delivery log"),
    page.deliveries.length
      ? h(
          "table",
          {},
          h("caption", { class: "visually-hidden" }, "Webhook deliveries"),
          h("thead", {}, h("tr", {}, ["Event", "Status", "Attempts", "Last answer", "When", ""].map((t) => h("th", { scope: "col" }, t)))),
          h(
            "tbody",
            {},
            page.deliveries.map((d) =>
              h(
                "tr",
                {},
                h("td", {}, d.event),
                h("td", {}, d.status),
                h("td", {}, String(d.attempts)),
                h("td", {}, d.last_status_code ? String(d.last_status_code) : d.last_error || "—"),
                h("td", {}, when(d.delivered_at || d.last_attempt_at || d.created_at)),
                h("td", {}, h("button", { type: "button", onclick: () => redeliver(d.id) }, "Redeliver")),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No deliveries yet."),
  );
}
