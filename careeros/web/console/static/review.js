// Review: the queue of drafts, one at a time beside its contact, with edit, approve, reject,
// regenerate, bulk approval and keyboard shortcuts.
import { call } from "./api.js";
import { clear, errorText, field, getZone, h, toast, when, words, zonedToUtc } from "./ui.js";

const REASONS = [
  ["too_generic", "Too generic"],
  ["too_long", "Too long"],
  ["too_short", "Too short"],
  ["wrong_tone", "Wrong tone"],
  ["inaccurate", "Inaccurate"],
  ["wrong_contact", "Wrong contact (not drafted again)"],
  ["other", "Other"],
];
const SHORTCUTS = [
  ["j", "next draft"],
  ["k", "previous draft"],
  ["e", "edit"],
  ["a", "approve"],
  ["r", "reject"],
  ["g", "regenerate"],
  ["x", "select for bulk approval"],
];

let state = null;
let keyHandler = null;

export async function renderReview(main) {
  state = { drafts: [], total: 0, index: 0, selected: new Set(), contacts: new Map(), main };
  await load();
  if (keyHandler) document.removeEventListener("keydown", keyHandler);
  keyHandler = onKey;
  document.addEventListener("keydown", keyHandler);
}

async function load(keep) {
  const page = await call("list_pending", { query: { limit: 20, offset: 0 } });
  state.drafts = page.drafts;
  state.total = page.total;
  if (keep) {
    const at = state.drafts.findIndex((d) => d.id === keep);
    state.index = at >= 0 ? at : Math.min(state.index, Math.max(0, state.drafts.length - 1));
  } else state.index = Math.min(state.index, Math.max(0, state.drafts.length - 1));
  for (const id of [...state.selected]) if (!state.drafts.some((d) => d.id === id)) state.selected.delete(id);
  draw();
}

function current() {
  return state.drafts[state.index];
}

function draw() {
  const { main } = state;
  if (!document.body.contains(main) || !location.hash.startsWith("#/review") && location.hash) return;
  const list = h(
    "ol",
    { class: "queue", "aria-label": "Drafts awaiting review" },
    state.drafts.map((draft, i) =>
      h(
        "li",
        { class: i === state.index ? "current" : "" },
        h("input", {
          type: "checkbox",
          "aria-label": `Select the draft to ${draft.contact.name}`,
          checked: state.selected.has(draft.id),
          onchange: (e) => {
            if (e.target.checked) state.selected.add(draft.id);
            else state.selected.delete(draft.id);
            drawBulk();
          },
        }),
        h(
          "button",
          { type: "button", class: "link", "aria-current": i === state.index ? "true" : null, onclick: () => show(i) },
          h("strong", {}, draft.contact.name),
          h("span", { class: "muted" }, ` ${draft.contact.company || ""}`),
          draft.follow_up_step ? h("span", { class: "badge" }, `Follow-up ${draft.follow_up_step}`) : null,
          h("span", { class: "score" }, `Q ${draft.quality_score}`),
        ),
      ),
    ),
  );
  const help = h(
    "details",
    { class: "shortcuts", open: true },
    h("summary", {}, "Keyboard shortcuts"),
    h("dl", {}, SHORTCUTS.map(([key, what]) => [h("dt", {}, h("kbd", {}, key)), h("dd", {}, what)])),
  );
  const side = h(
    "aside",
    { class: "side", "aria-label": "Queue" },
    h("h2", {}, `Awaiting review (${state.total})`),
    h("div", { id: "bulk" }),
    state.drafts.length ? list : h("p", { class: "muted" }, "Nothing to review. New drafts arrive as the worker writes them."),
    state.total > state.drafts.length ? h("p", { class: "muted" }, `Showing the oldest ${state.drafts.length}.`) : null,
    help,
  );
  const detail = h("section", { id: "detail", class: "detail", "aria-label": "Draft" });
  clear(main, h("h1", { class: "visually-hidden" }, "Review drafts"), h("div", { class: "review" }, side, detail));
  drawBulk();
  drawDetail();
}

function drawBulk() {
  const box = document.getElementById("bulk");
  if (!box) return;
  const count = state.selected.size;
  clear(
    box,
    h(
      "div",
      { class: "row" },
      h("button", { type: "button", class: "link", onclick: selectAll }, state.selected.size ? "Clear selection" : "Select all"),
      h("button", { type: "button", class: "primary", disabled: !count, onclick: bulkApprove }, `Approve selected (${count})`),
    ),
    h("div", { id: "bulk-result", "aria-live": "polite" }),
  );
}

function selectAll() {
  if (state.selected.size) state.selected.clear();
  else state.drafts.forEach((d) => state.selected.add(d.id));
  draw();
}

async function bulkApprove() {
  const ids = [...state.selected];
  try {
    const result = await call("bulk_approve", { body: { message_ids: ids, schedule: "immediate" } });
    state.selected.clear();
    await load();
    const out = document.getElementById("bulk-result");
    clear(
      out,
      h("p", { class: "ok" }, `${result.approved} approved`),
      result.failures.length
        ? h("ul", { class: "failures" }, result.failures.map((f) => h("li", {}, `${f.message_id}: ${f.code} — ${f.message}`)))
        : null,
    );
    window.dispatchEvent(new Event("careeros:status"));
  } catch (error) {
    toast(errorText(error), "error");
  }
}

function show(i) {
  state.index = Math.max(0, Math.min(i, state.drafts.length - 1));
  draw();
  document.getElementById("draft-subject-view")?.focus();
}

async function contactOf(id) {
  if (!state.contacts.has(id)) {
    try {
      state.contacts.set(id, await call("get_contact", { params: { contact_id: id } }));
    } catch {
      state.contacts.set(id, null);
    }
  }
  return state.contacts.get(id);
}

async function drawDetail(editing = false) {
  const box = document.getElementById("detail");
  const draft = current();
  if (!box) return;
  if (!draft) {
    clear(box, h("p", { class: "muted" }, "Select a draft."));
    return;
  }
  const c = draft.contact;
  const notes = h("p", { class: "note" }, "…");
  const who = h(
    "div",
    { class: "contact card" },
    h("h2", {}, c.name),
    h("p", {}, [c.title, c.company].filter(Boolean).join(" · ") || "—"),
    c.linkedin_url ? h("p", {}, h("a", { href: c.linkedin_url, rel: "noopener noreferrer", target: "_blank" }, "LinkedIn profile")) : null,
    h("h3", {}, "What the draft is built on"),
    notes,
  );
  contactOf(c.id).then((full) => {
    notes.textContent = (full && full.notes) || "No notes on this contact: the draft works from their title and company.";
  });
  const scores = h(
    "div",
    { class: "scores" },
    h("span", { class: "pill" }, `Quality ${draft.quality_score}`),
    h("span", { class: "pill" }, `Personalisation ${draft.personalization_score}`),
    h("ul", { class: "reasons", "aria-label": "Why it scored so" }, (draft.score_reasons || []).map((r) => h("li", {}, r))),
  );
  const earlier = draft.follows ? h("div", { class: "earlier" }, h("p", { class: "muted" }, "Loading the message it follows…")) : null;
  if (earlier) {
    call("get_message", { params: { message_id: draft.follows } })
      .then((m) =>
        clear(
          earlier,
          h("h3", {}, `Earlier in this thread: “${m.message.subject}”, sent ${when(m.sent_at)}`),
          h("pre", { class: "body quoted" }, m.message.body),
        ),
      )
      .catch(() => clear(earlier, h("p", { class: "muted" }, "The message it follows could not be loaded.")));
  }

  const subject = h("input", { id: "edit-subject", type: "text", value: draft.message.subject, maxlength: 200 });
  const body = h("textarea", { id: "edit-body", rows: 12 });
  body.value = draft.message.body;
  const count = h("span", { id: "word-count", "aria-live": "polite" }, `${words(body.value)} words`);
  body.addEventListener("input", () => (count.textContent = `${words(body.value)} words`));
  const message = editing
    ? h(
        "div",
        { class: "editor" },
        field("Subject", subject),
        field("Body", body),
        h("p", { class: "muted" }, count, " — aim for 70–110 (a follow-up: up to 60)"),
      )
    : h(
        "article",
        { class: "message card" },
        h("h3", { id: "draft-subject-view", tabindex: "-1" }, draft.message.subject),
        h("pre", { class: "body" }, draft.message.body),
        h("p", { class: "muted" }, `${words(draft.message.body)} words · written ${when(draft.generated_at)}`),
      );

  const schedule = h(
    "select",
    { id: "schedule" },
    h("option", { value: "immediate" }, "As soon as allowed"),
    h("option", { value: "optimal" }, "In the next sending window"),
    h("option", { value: "at" }, "At a time I choose"),
  );
  const at = h("input", { id: "schedule-at", type: "datetime-local", hidden: true });
  const atField = field(`Send at (${getZone()})`, at);
  atField.hidden = true;
  schedule.addEventListener("change", () => {
    atField.hidden = at.hidden = schedule.value !== "at";
  });
  const reason = h("select", { id: "reject-reason" }, REASONS.map(([v, t]) => h("option", { value: v }, t)));
  const feedback = h("textarea", { id: "reject-feedback", rows: 3, maxlength: 1000, placeholder: "What should the next draft do differently?" });
  const again = h("input", { id: "regenerate-after", type: "checkbox", checked: true });

  const actions = h(
    "div",
    { class: "actions" },
    h(
      "fieldset",
      {},
      h("legend", {}, "Approve"),
      field("When", schedule),
      atField,
      h("div", { class: "row" },
        editing
          ? h("button", { type: "button", class: "primary", onclick: () => approve({ subject: subject.value, body: body.value }) }, "Save edits and approve")
          : h("button", { type: "button", class: "primary", id: "approve", onclick: () => approve() }, "Approve"),
        editing
          ? h("button", { type: "button", onclick: () => drawDetail(false) }, "Cancel edit")
          : h("button", { type: "button", id: "edit", onclick: () => drawDetail(true) }, "Edit"),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Reject"),
      field("Reason", reason),
      field("Feedback for the next draft", feedback),
      h("div", { class: "check" }, again, h("label", { for: "regenerate-after" }, "Write a new draft with this feedback")),
      h("div", { class: "row" },
        h("button", { type: "button", id: "reject", onclick: () => reject(reason.value, feedback.value, again.checked) }, "Reject"),
        h("button", { type: "button", id: "regenerate", onclick: () => regenerate(draft.id) }, "Regenerate without rejecting"),
      ),
    ),
  );

  async function approve(edits) {
    const chosen = { schedule: schedule.value };
    if (schedule.value === "at") {
      if (!at.value) return toast("Choose a time to send it", "error");
      chosen.schedule = zonedToUtc(at.value);
    }
    if (edits) {
      const changed = {};
      if (edits.subject !== draft.message.subject) changed.subject = edits.subject;
      if (edits.body !== draft.message.body) changed.body = edits.body;
      if (Object.keys(changed).length) chosen.edits = changed;
    }
    try {
      const result = await call("approve_message", { params: { message_id: draft.id }, body: chosen });
      toast(`Approved: it goes ${when(result.message.scheduled_at)}`);
      await load();
      window.dispatchEvent(new Event("careeros:status"));
    } catch (error) {
      toast(errorText(error), "error");
    }
  }

  async function reject(why, text, regenerateAfter) {
    const body = { reason: why };
    if (text.trim()) body.feedback = text.trim();
    try {
      await call("reject_message", { params: { message_id: draft.id }, body });
      toast("Rejected");
      if (regenerateAfter && why !== "wrong_contact") await regenerate(draft.id);
      else await load();
    } catch (error) {
      toast(errorText(error), "error");
    }
  }

  clear(
    box,
    // a follow-up sits beneath the message it follows, as in a mail client's thread
    h("div", { class: "detail-grid" }, h("div", {}, earlier, message, scores), h("div", {}, who, actions)),
  );
  if (editing) subject.focus();
}

async function regenerate(id) {
  try {
    const result = await call("regenerate_message", { params: { message_id: id } });
    toast("A new draft is being written…");
    await load();
    await waitFor(result.new_message_id);
  } catch (error) {
    toast(errorText(error), "error");
  }
}

// The new draft arrives without a reload: poll it until the worker has written it.
async function waitFor(id, tries = 60) {
  for (let i = 0; i < tries; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    let message;
    try {
      message = await call("get_message", { params: { message_id: id } });
    } catch {
      return;
    }
    if (message.status === "pending") {
      await load(id);
      toast("The new draft is here");
      return;
    }
    if (message.status !== "generating") {
      toast(`The new draft could not be written: ${message.failure_reason || message.status}`, "error");
      return;
    }
  }
}

function onKey(event) {
  if (!location.hash.startsWith("#/review") && location.hash) return;
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target instanceof HTMLElement && (target.closest("input, textarea, select") || target.isContentEditable)) return;
  const draft = current();
  switch (event.key) {
    case "j":
      show(state.index + 1);
      break;
    case "k":
      show(state.index - 1);
      break;
    case "e":
      if (draft) drawDetail(true);
      break;
    case "a":
      document.getElementById("approve")?.click();
      break;
    case "r":
      document.getElementById("reject-reason")?.focus();
      break;
    case "g":
      if (draft) regenerate(draft.id);
      break;
    case "x":
      if (draft) {
        if (state.selected.has(draft.id)) state.selected.delete(draft.id);
        else state.selected.add(draft.id);
        draw();
      }
      break;
    default:
      return;
  }
  event.preventDefault();
}
