// Small DOM helpers: elements are built with textContent, never from HTML strings.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

let toastTimer = null;
export function toast(text, kind = "info") {
  const el = document.getElementById("toast");
  el.textContent = text;
  el.className = `show ${kind}`;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (el.className = ""), 5000);
}

export function errorText(error) {
  if (!error) return "Something went wrong";
  const where = error.field ? ` (${error.field})` : "";
  return `${error.message}${where}`;
}

// Dates in the account's time zone.
let zone = "UTC";
export function setZone(tz) {
  zone = tz || "UTC";
}
export function getZone() {
  return zone;
}
export function when(iso) {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(undefined, {
    timeZone: zone,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

// The UTC instant of a wall-clock time ("2026-12-01T09:30") in the account's time zone.
export function zonedToUtc(local) {
  const [date, time] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  let guess = Date.UTC(y, m - 1, d, hh, mm);
  for (let i = 0; i < 3; i++) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", {
        timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
        hour: "2-digit", minute: "2-digit",
      }).formatToParts(new Date(guess)).map((p) => [p.type, p.value]),
    );
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    const wanted = Date.UTC(y, m - 1, d, hh, mm);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function words(text) {
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) || []).length;
}

export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control, hint ? h("small", {}, hint) : null);
}

// Runs `action` and says in `out` how it went: `done` (or what it returns) on success, the
// error in words otherwise.
export async function report(out, action, done) {
  try {
    const result = await action();
    out.textContent = done;
    out.className = "ok";
    return result;
  } catch (error) {
    out.textContent = errorText(error);
    out.className = "error";
    return undefined;
  }
}
