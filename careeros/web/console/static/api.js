// The console's only way to the server: the spec's operations, by operationId.
// tests/console/test_console.py checks every entry of OPERATIONS against openapi/careeros.yaml,
// and that no other file of the console calls fetch or XMLHttpRequest.

export const OPERATIONS = {
  login: ["POST", "/auth/login"],
  refresh_token: ["POST", "/auth/refresh"],
  logout: ["POST", "/auth/logout"],
  get_account: ["GET", "/account"],
  update_account: ["PATCH", "/account"],
  list_pending: ["GET", "/messages/pending"],
  list_messages: ["GET", "/messages"],
  get_message: ["GET", "/messages/{message_id}"],
  approve_message: ["POST", "/messages/{message_id}/approve"],
  reject_message: ["POST", "/messages/{message_id}/reject"],
  regenerate_message: ["POST", "/messages/{message_id}/regenerate"],
  bulk_approve: ["POST", "/messages/bulk-approve"],
  pause: ["POST", "/system/pause"],
  resume: ["POST", "/system/resume"],
  get_status: ["GET", "/system/status"],
  get_dashboard: ["GET", "/analytics/dashboard"],
  upload_resume: ["POST", "/onboarding/resume"],
  get_resume_status: ["GET", "/onboarding/resume/{upload_id}/status"],
  get_profile: ["GET", "/onboarding/profile"],
  correct_profile: ["PATCH", "/onboarding/profile"],
  save_objectives: ["POST", "/onboarding/objectives"],
  get_objectives: ["GET", "/onboarding/objectives"],
  simulate: ["POST", "/onboarding/simulate"],
  import_contacts: ["POST", "/contacts/import"],
  get_contact: ["GET", "/contacts/{contact_id}"],
  list_webhook_endpoints: ["GET", "/webhooks/endpoints"],
  create_webhook_endpoint: ["POST", "/webhooks/endpoints"],
  update_webhook_endpoint: ["PATCH", "/webhooks/endpoints/{endpoint_id}"],
  delete_webhook_endpoint: ["DELETE", "/webhooks/endpoints/{endpoint_id}"],
  test_webhook_endpoint: ["POST", "/webhooks/endpoints/{endpoint_id}/test"],
  list_webhook_deliveries: ["GET", "/webhooks/deliveries"],
  redeliver_webhook: ["POST", "/webhooks/deliveries/{delivery_id}/redeliver"],
};

// An answer in the error envelope, thrown: code, message, field, status.
export class ApiError extends Error {
  constructor(status, error) {
    super((error && error.message) || `HTTP ${status}`);
    this.status = status;
    this.code = (error && error.code) || "HTTP_ERROR";
    this.field = error && error.field;
  }
}

// The session: the access token lives in this module only (never in storage); the refresh
// token is kept in sessionStorage so a reload of this tab stays signed in, and nowhere else.
const KEY = "careeros.refresh";
let access = null;
let expiresAt = 0;
let refreshing = null;
let timer = null;
const listeners = new Set();

export function onSignedOut(fn) {
  listeners.add(fn);
}

function signedOut() {
  access = null;
  expiresAt = 0;
  clearTimeout(timer);
  sessionStorage.removeItem(KEY);
  listeners.forEach((fn) => fn());
}

function keep(session) {
  access = session.token;
  expiresAt = Date.parse(session.expires_at);
  sessionStorage.setItem(KEY, session.refresh_token);
  clearTimeout(timer);
  // refresh a minute before expiry (or at a third of the life left for short-lived tokens)
  const left = expiresAt - Date.now();
  const ahead = Math.min(60000, left / 3);
  timer = setTimeout(() => refresh().catch(() => {}), Math.max(1000, left - ahead));
}

export function hasSession() {
  return Boolean(sessionStorage.getItem(KEY));
}

export async function signIn(email, password) {
  const data = await call("login", { body: { email, password }, anonymous: true });
  keep(data.session);
  return data.user;
}

// One refresh at a time: the refresh token rotates, so two in parallel would look like theft.
export function refresh() {
  if (!refreshing) {
    const token = sessionStorage.getItem(KEY);
    if (!token) return Promise.reject(new ApiError(401, { code: "UNAUTHORIZED", message: "Signed out" }));
    refreshing = call("refresh_token", { body: { refresh_token: token }, anonymous: true })
      .then((data) => {
        keep(data);
        return data;
      })
      .catch((error) => {
        if (error.status === 401) signedOut();
        throw error;
      })
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

export async function signOut() {
  const token = sessionStorage.getItem(KEY);
  try {
    if (token) await call("logout", { body: { refresh_token: token } });
  } finally {
    signedOut();
  }
}

function url(operation, params = {}, query = {}) {
  const [, template] = OPERATIONS[operation];
  const path = template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function authorization() {
  if (!access || Date.now() > expiresAt - 5000) await refresh();
  return `Bearer ${access}`;
}

// Calls an operation; returns `data` of the envelope or throws ApiError.
export async function call(operation, { params, query, body, form, anonymous = false, retried = false } = {}) {
  if (!(operation in OPERATIONS)) throw new Error(`not an operation of the spec: ${operation}`);
  const [method] = OPERATIONS[operation];
  const headers = { Accept: "application/json" };
  if (!anonymous) headers.Authorization = await authorization();
  let payload;
  if (form) payload = form;
  else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const response = await fetch(url(operation, params, query), { method, headers, body: payload, credentials: "omit" });
  let envelope = null;
  try {
    envelope = await response.json();
  } catch {
    envelope = null;
  }
  if (response.status === 401 && !anonymous && !retried) {
    await refresh(); // the token died early (revoked session): one fresh try
    return call(operation, { params, query, body, form, anonymous, retried: true });
  }
  if (!response.ok || !envelope || envelope.success === false) {
    throw new ApiError(response.status, envelope && envelope.error);
  }
  return envelope.data;
}

// An upload with progress (fetch cannot report it): calls `progress(fraction)`.
export async function upload(operation, form, progress) {
  const [method] = OPERATIONS[operation];
  const auth = await authorization();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url(operation));
    xhr.setRequestHeader("Authorization", auth);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, { code: "NETWORK", message: "The upload did not reach the server" }));
    xhr.onload = () => {
      let envelope = null;
      try {
        envelope = JSON.parse(xhr.responseText);
      } catch {
        envelope = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && envelope && envelope.success) resolve(envelope.data);
      else reject(new ApiError(xhr.status, envelope && envelope.error));
    };
    xhr.send(form);
  });
}
