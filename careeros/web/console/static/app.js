// The console: sign-in, the always-visible status bar, and the four screens behind hash routes.
import { call, hasSession, onSignedOut, refresh, signIn, signOut } from "./api.js";
import { clear, errorText, field, h, setZone, toast } from "./ui.js";
import { renderReview } from "./review.js";
import { renderOnboarding } from "./onboarding.js";
import { renderOutcomes } from "./outcomes.js";
import { renderSettings } from "./settings.js";

const main = document.getElementById("main");
const top = document.getElementById("top");
const SCREENS = {
  review: ["Review", renderReview],
  onboarding: ["Onboarding", renderOnboarding],
  outcomes: ["Outcomes", renderOutcomes],
  settings: ["Settings", renderSettings],
};
let statusTimer = null;
let paused = false;

function showSignIn(message) {
  top.hidden = true;
  clearInterval(statusTimer);
  const email = h("input", { type: "email", name: "email", autocomplete: "username", required: true });
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true });
  const problem = h("p", { class: "error", role: "alert" }, message || "");
  const form = h(
    "form",
    {
      class: "card signin",
      "aria-labelledby": "signin-title",
      onsubmit: async (event) => {
        event.preventDefault();
        problem.textContent = "";
        try {
          await signIn(email.value.trim(), password.value);
          password.value = "";
          await start();
        } catch (error) {
          problem.textContent = errorText(error);
        }
      },
    },
    h("h1", { id: "signin-title" }, "Sign in to CareerOS"),
    field("Email", email),
    field("Password", password),
    h("button", { type: "submit", class: "primary" }, "Sign in"),
    problem,
  );
  clear(main, form);
  document.title = "Sign in · CareerOS";
  email.focus();
}

async function refreshStatus() {
  try {
    const status = await call("get_status");
    paused = status.status === "paused";
    const state = document.getElementById("outreach-state");
    state.textContent = paused ? "Paused" : "Active";
    state.className = `pill ${paused ? "paused" : "active"}`;
    document.getElementById("sent-today").textContent =
      `Sent today: ${status.messages_sent_today} / ${status.daily_limit}`;
    const parts = Object.entries(status.health).map(([part, state]) => `${part.replace("_", " ")} ${state}`);
    const health = document.getElementById("health");
    const healthy = Object.values(status.health).every((s) => s === "healthy");
    health.textContent = healthy ? "All parts healthy" : parts.join(" · ");
    health.title = parts.join(" · ");
    health.className = `health ${healthy ? "ok" : "bad"}`;
    document.getElementById("pause-toggle").textContent = paused ? "Resume sending" : "Pause sending";
    return status;
  } catch (error) {
    if (error.status !== 401) document.getElementById("health").textContent = "Status unavailable";
    return null;
  }
}

async function togglePause() {
  try {
    await call(paused ? "resume" : "pause", { body: {} });
    toast(paused ? "Sending resumed" : "Sending paused: nothing leaves until you resume");
  } catch (error) {
    toast(errorText(error), "error");
  }
  await refreshStatus();
}

async function route() {
  if (top.hidden) return;
  const name = (location.hash.replace(/^#\//, "").split("/")[0] || "review").toLowerCase();
  const [title, render] = SCREENS[name] || SCREENS.review;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${title} · CareerOS`;
  clear(main, h("p", { class: "muted" }, "Loading…"));
  try {
    await render(main, { refreshStatus });
  } catch (error) {
    if (error.status === 401) return;
    clear(main, h("p", { class: "error", role: "alert" }, errorText(error)));
  }
  main.focus({ preventScroll: true });
}

async function start() {
  const account = await call("get_account");
  setZone(account.settings.timezone);
  top.hidden = false;
  await refreshStatus();
  clearInterval(statusTimer);
  statusTimer = setInterval(refreshStatus, 15000);
  if (!location.hash) location.hash = "#/review";
  else await route();
}

onSignedOut(() => showSignIn("You are signed out."));
window.addEventListener("hashchange", route);
document.getElementById("pause-toggle").addEventListener("click", togglePause);
document.getElementById("sign-out").addEventListener("click", async () => {
  try {
    await signOut();
  } catch {
    /* signed out locally either way */
  }
});
window.addEventListener("careeros:status", refreshStatus);

if (hasSession()) {
  refresh()
    .then(start)
    .catch(() => showSignIn());
} else {
  showSignIn();
}
