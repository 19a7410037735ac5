// The app-team journey, through the generated TypeScript client (build/clients/typescript).
//
//   npx tsc -p clients/typescript && node build/clients/typescript-journey/clients/typescript/journey.js BASE_URL EMAIL
//
// register → login → correct the profile → objectives → wait for drafts (from the corrected
// profile) → approve one with edits → reject one →
// bulk-approve → pause → status → resume → dashboard → refresh the token → a 404 and a 400,
// checking that the client surfaces the error envelope's `code`. Exits non-zero on any surprise.

import {
  AnalyticsApi,
  AuthApi,
  Configuration,
  DashboardPeriod,
  ErrorResponseFromJSON,
  MessagesApi,
  OnboardingApi,
  RejectionReason,
  ResponseError,
  SystemApi,
} from "../../build/clients/typescript/src";

const PASSWORD = "journey-password-123";
const MISSING = "msg_0000000000000000000000000z";

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`journey failed: ${what}`);
  }
}

async function errorOf(call: () => Promise<unknown>, status: number) {
  try {
    await call();
  } catch (error) {
    if (error instanceof ResponseError) {
      check(error.response.status === status, `expected ${status}, got ${error.response.status}`);
      return ErrorResponseFromJSON(await error.response.json()).error;
    }
    throw error;
  }
  throw new Error(`journey failed: expected a ${status}`);
}

async function main(base: string, email: string): Promise<void> {
  const anonymous = new Configuration({ basePath: base });
  const auth = new AuthApi(anonymous);
  const registered = await auth.register({ registerRequest: { email, password: PASSWORD, name: "Ts Journey" } });
  check(registered.data.user.email === email, "register answers the new user");
  const session = (await auth.login({ loginRequest: { email, password: PASSWORD } })).data.session;
  let config = new Configuration({ basePath: base, accessToken: session.token });

  const onboarding = new OnboardingApi(config);
  const corrected = await onboarding.correctProfile({
    profilePatch: { experience: [{ title: "Platform Engineer", company: "Quillfeather Robotics", end: "present" }] },
  });
  check(corrected.data.correctedFields.includes("experience"), "the correction is the person's");
  check((await onboarding.getProfile()).data.experience[0].company === "Quillfeather Robotics", "the profile keeps it");

  await onboarding.saveObjectives({
    objectivesInput: { targetRoles: ["Backend Engineer", "Platform Engineer"] },
  });
  let messages = new MessagesApi(config);
  const deadline = Date.now() + 90_000;
  let drafts = (await messages.listPending({ limit: 10 })).data.drafts;
  while (drafts.length < 3 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    drafts = (await messages.listPending({ limit: 10 })).data.drafts;
  }
  check(drafts.length >= 3, `drafts appear (got ${drafts.length})`);
  check(
    drafts.some((d) => d.message.body.includes("Quillfeather")),
    "drafts use the corrected profile",
  );

  const edits = { subject: "A question about your platform team", body: "Hi,\n\nEdited in the TypeScript journey.\n\nBest" };
  const approved = await messages.approveMessage({
    messageId: drafts[0].id,
    approveRequest: { schedule: "immediate", edits },
  });
  check(approved.data.message.status === "approved" && approved.data.message.scheduledAt !== null, "approve with edits");
  const shown = (await messages.getMessage({ messageId: drafts[0].id })).data;
  check(shown.message.subject === edits.subject && shown.edited, "the edits are what will be sent");
  const rejected = await messages.rejectMessage({
    messageId: drafts[1].id,
    rejectRequest: { reason: RejectionReason.TooGeneric, feedback: "More specific" },
  });
  check(rejected.data.status === "rejected", "reject with a reason");
  const bulk = (await messages.bulkApprove({ bulkApproveRequest: { messageIds: new Set([drafts[2].id, MISSING]) } })).data;
  check(bulk.approved === 1 && bulk.failed === 1 && bulk.failures[0].code === "NOT_FOUND", "bulk-approve");

  const system = new SystemApi(config);
  check((await system.pause()).data.status === "paused", "pause");
  check((await system.getStatus()).data.status === "paused", "status while paused");
  check((await system.resume()).data.status === "active", "resume");
  const dashboard = (await new AnalyticsApi(config).getDashboard({ period: DashboardPeriod.Week })).data;
  check(dashboard.messagesGenerated >= 3, "dashboard counts the drafts");

  const refreshed = (await auth.refreshToken({ refreshRequest: { refreshToken: session.refreshToken } })).data;
  check(refreshed.refreshToken !== session.refreshToken, "the refresh token rotates");
  config = new Configuration({ basePath: base, accessToken: refreshed.token });
  messages = new MessagesApi(config);

  const notFound = await errorOf(() => messages.getMessage({ messageId: MISSING }), 404);
  check(notFound.code === "NOT_FOUND", "404 code");
  const invalid = await errorOf(() => messages.listPending({ limit: 50 }), 400);
  check(invalid.code === "INVALID_REQUEST" && invalid.field === "limit", "400 code and field");
  console.log(
    JSON.stringify({ journey: "typescript", ok: true, drafts: drafts.length, not_found: notFound.code, invalid: invalid.code }),
  );
}

main(process.argv[2], process.argv[3]).catch((error) => {
  console.error(error);
  process.exit(1);
});
