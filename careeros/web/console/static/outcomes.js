// Outcomes: the dashboard as charts (messages per day, response rate over time, quality
// distribution) for a week, a month or all time, and the sent and replied messages.
import { call } from "./api.js";
import { clear, h, when } from "./ui.js";

const SVG = "http://www.w3.org/2000/svg";
const PERIODS = [
  ["week", "Week"],
  ["month", "Month"],
  ["all_time", "All time"],
];

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children.flat(Infinity)) if (child) el.append(child);
  return el;
}

function text(x, y, value, attrs = {}) {
  const el = s("text", { x, y, ...attrs });
  el.textContent = value;
  return el;
}

// Grouped bars: one group per category, one bar per series. A table beside it carries the
// same figures for screen readers and anyone who prefers numbers.
function bars(title, categories, series, { percent = false } = {}) {
  const width = 640;
  const height = 220;
  const pad = { left: 36, right: 8, top: 12, bottom: 36 };
  const max = Math.max(1, ...series.flatMap((x) => x.values));
  const inner = width - pad.left - pad.right;
  const group = inner / Math.max(1, categories.length);
  const bar = Math.max(2, (group * 0.8) / series.length);
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const every = Math.ceil(categories.length / 10);
  const svg = s(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, class: "chart" },
    s("line", { x1: pad.left, x2: width - pad.right, y1: y(0), y2: y(0), class: "axis" }),
    text(pad.left - 4, y(max) + 4, percent ? `${Math.round(max * 100)}%` : String(max), { "text-anchor": "end", class: "tick" }),
    text(pad.left - 4, y(0), "0", { "text-anchor": "end", class: "tick" }),
    categories.map((c, i) => [
      series.map((x, j) => {
        const v = x.values[i];
        const rect = s("rect", {
          x: pad.left + i * group + group * 0.1 + j * bar,
          y: y(v),
          width: bar - 1,
          height: Math.max(0, y(0) - y(v)),
          class: `series-${j}`,
        });
        rect.append(s("title"));
        rect.firstChild.textContent = `${c}: ${x.name} ${percent ? `${Math.round(v * 100)}%` : v}`;
        return rect;
      }),
      i % every === 0 ? text(pad.left + i * group + group / 2, height - 14, c, { "text-anchor": "middle", class: "tick" }) : null,
    ]),
  );
  const legend = h("ul", { class: "legend" }, series.map((x, j) => h("li", { class: `series-${j}` }, x.name)));
  const table = h(
    "table",
    { class: "visually-hidden" },
    h("caption", {}, title),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, ""), series.map((x) => h("th", { scope: "col" }, x.name)))),
    h("tbody", {}, categories.map((c, i) => h("tr", {}, h("th", { scope: "row" }, c), series.map((x) => h("td", {}, percent ? `${Math.round(x.values[i] * 100)}%` : String(x.values[i])))))),
  );
  return h("figure", { class: "card" }, h("figcaption", {}, title), svg, legend, table);
}

export async function renderOutcomes(main, _ctx, period = "week") {
  const dashboard = await call("get_dashboard", { query: { period } });
  const [sent, replied] = await Promise.all([
    call("list_messages", { query: { status: "sent", limit: 20 } }),
    call("list_messages", { query: { status: "replied", limit: 20 } }),
  ]);
  const days = dashboard.daily.map((d) => d.date.slice(5));
  // response rate over time: replies received to date over messages sent to date
  let sentSoFar = 0;
  let repliedSoFar = 0;
  const rate = dashboard.daily.map((d) => {
    sentSoFar += d.sent;
    repliedSoFar += d.replied;
    return sentSoFar ? repliedSoFar / sentSoFar : 0;
  });
  const picker = h(
    "div",
    { class: "row", role: "group", "aria-label": "Period" },
    PERIODS.map(([value, label]) =>
      h("button", { type: "button", "aria-pressed": String(value === period), onclick: () => renderOutcomes(main, _ctx, value) }, label),
    ),
  );
  const figure = (label, value) => h("div", { class: "figure" }, h("span", { class: "value" }, value), h("span", {}, label));
  const steps = dashboard.replies_by_step;
  const messages = (items, empty, withReply) =>
    items.length
      ? h(
          "ul",
          { class: "messages" },
          items.map((m) =>
            h(
              "li",
              { class: "card" },
              h("strong", {}, m.contact.name),
              ` — ${m.message.subject}`,
              m.follow_up_step ? h("span", { class: "badge" }, `Follow-up ${m.follow_up_step}`) : null,
              h("br"),
              h("small", { class: "muted" }, withReply ? `Replied ${when(m.replied_at)}` : `Sent ${when(m.sent_at)}`),
              withReply && m.response_preview ? h("blockquote", {}, m.response_preview) : null,
            ),
          ),
        )
      : h("p", { class: "muted" }, empty);
  clear(
    main,
    h("h1", {}, "Outcomes"),
    picker,
    h(
      "div",
      { class: "figures" },
      figure("drafts written", dashboard.messages_generated),
      figure("sent", dashboard.messages_sent),
      figure("replies", dashboard.messages_replied),
      figure("response rate", `${Math.round(dashboard.response_rate * 1000) / 10}%`),
      figure("average quality", dashboard.avg_quality_score ?? "—"),
      figure("contacts found", dashboard.contacts_discovered),
    ),
    h(
      "div",
      { class: "charts" },
      bars("Messages per day", days, [
        { name: "drafts", values: dashboard.daily.map((d) => d.generated) },
        { name: "sent", values: dashboard.daily.map((d) => d.sent) },
        { name: "replies", values: dashboard.daily.map((d) => d.replied) },
      ]),
      bars("Response rate over time", days, [{ name: "replies / sent to date", values: rate }], { percent: true }),
      bars(
        "Quality of drafts",
        dashboard.quality_distribution.map((b) => `${b.min}–${b.max}`),
        [{ name: "drafts", values: dashboard.quality_distribution.map((b) => b.count) }],
      ),
      bars("Replies by step", ["first", "follow-up 1", "follow-up 2", "follow-up 3"], [
        { name: "sent", values: Object.values(dashboard.sent_by_step) },
        { name: "replies", values: Object.values(steps) },
      ]),
    ),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "Replies"), messages(replied.messages, "No replies yet.", true)),
      h("section", {}, h("h2", {}, "Sent"), messages(sent.messages, "Nothing sent yet.", false)),
    ),
  );
}
