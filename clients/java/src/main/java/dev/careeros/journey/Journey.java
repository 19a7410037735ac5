// The app-team journey, through the generated Java client (build/clients/java).
//
//   mvn -o -f clients/java/pom.xml test -Djourney.base=BASE_URL -Djourney.email=EMAIL
//
// (JourneyTest runs this class's main: Maven offline here has surefire but no exec plugin.)
//
// register → login → objectives → wait for drafts → approve one with edits → reject one →
// bulk-approve → pause → status → resume → dashboard → refresh the token → a 404 and a 400,
// checking that the client surfaces the error envelope's `code`. Exits non-zero on any surprise.
package dev.careeros.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeros.client.ApiClient;
import dev.careeros.client.ApiException;
import dev.careeros.client.api.AnalyticsApi;
import dev.careeros.client.api.AuthApi;
import dev.careeros.client.api.MessagesApi;
import dev.careeros.client.api.OnboardingApi;
import dev.careeros.client.api.SystemApi;
import dev.careeros.client.model.ApproveRequest;
import dev.careeros.client.model.ApprovedMessage;
import dev.careeros.client.model.BulkApproveRequest;
import dev.careeros.client.model.BulkApproveResult;
import dev.careeros.client.model.Dashboard;
import dev.careeros.client.model.DashboardPeriod;
import dev.careeros.client.model.Draft;
import dev.careeros.client.model.ErrorDetail;
import dev.careeros.client.model.ErrorResponse;
import dev.careeros.client.model.LoginRequest;
import dev.careeros.client.model.LoginResult;
import dev.careeros.client.model.Message;
import dev.careeros.client.model.MessageEdits;
import dev.careeros.client.model.MessageStatus;
import dev.careeros.client.model.ObjectivesInput;
import dev.careeros.client.model.OutreachStatus;
import dev.careeros.client.model.RefreshRequest;
import dev.careeros.client.model.RefreshResult;
import dev.careeros.client.model.RegisterRequest;
import dev.careeros.client.model.RejectRequest;
import dev.careeros.client.model.RejectionReason;
import dev.careeros.client.model.Session;
import java.util.LinkedHashSet;
import java.util.List;

public final class Journey {
  private static final String PASSWORD = "journey-password-123";
  private static final String MISSING = "msg_0000000000000000000000000z";

  private Journey() {}

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("journey failed: " + what);
    }
  }

  @FunctionalInterface
  private interface Call {
    Object run() throws ApiException;
  }

  /** The error envelope of a call that must fail with {@code status}, read from the ApiException. */
  private static ErrorDetail errorOf(ApiClient client, Call call, int status) throws Exception {
    try {
      call.run();
    } catch (ApiException error) {
      check(error.getCode() == status, "expected " + status + ", got " + error.getCode());
      ObjectMapper mapper = client.getObjectMapper();
      return mapper.readValue(error.getResponseBody(), ErrorResponse.class).getError();
    }
    throw new IllegalStateException("journey failed: expected a " + status);
  }

  private static ApiClient client(String base, String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base);
    if (token != null) {
      // The native library has no bearer-auth helper: every request gets the header here.
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String email = args[1];
    ApiClient anonymous = client(base, null);
    AuthApi auth = new AuthApi(anonymous);
    LoginResult registered =
        auth.register(new RegisterRequest().email(email).password(PASSWORD).name("Java Journey"), null).getData();
    check(email.equals(registered.getUser().getEmail()), "register answers the new user");
    Session session =
        auth.login(new LoginRequest().email(email).password(PASSWORD), null).getData().getSession();
    ApiClient signedIn = client(base, session.getToken());

    new OnboardingApi(signedIn)
        .saveObjectives(new ObjectivesInput().targetRoles(List.of("Backend Engineer", "Platform Engineer")), null);
    MessagesApi messages = new MessagesApi(signedIn);
    long deadline = System.nanoTime() + 90_000_000_000L;
    List<Draft> drafts = messages.listPending(10, null).getData().getDrafts();
    while (drafts.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      drafts = messages.listPending(10, null).getData().getDrafts();
    }
    check(drafts.size() >= 3, "drafts appear (got " + drafts.size() + ")");

    MessageEdits edits =
        new MessageEdits()
            .subject("A question about your platform team")
            .body("Hi,\n\nEdited in the Java journey.\n\nBest");
    // A retry with the same Idempotency-Key gets the first answer, not a 409.
    String key = java.util.UUID.randomUUID().toString();
    ApproveRequest approve = new ApproveRequest().schedule("immediate").edits(edits);
    ApprovedMessage approved =
        messages.approveMessage(drafts.get(0).getId(), key, approve).getData().getMessage();
    check(approved.getStatus() == MessageStatus.APPROVED && approved.getScheduledAt() != null, "approve with edits");
    ApprovedMessage retried =
        messages.approveMessage(drafts.get(0).getId(), key, approve).getData().getMessage();
    check(retried.getScheduledAt().equals(approved.getScheduledAt()), "a retry with the same key is replayed");
    Message shown = messages.getMessage(drafts.get(0).getId()).getData();
    check(
        edits.getSubject().equals(shown.getMessage().getSubject()) && Boolean.TRUE.equals(shown.getEdited()),
        "the edits are what will be sent");
    MessageStatus rejected =
        messages
            .rejectMessage(
                drafts.get(1).getId(),
                new RejectRequest().reason(RejectionReason.TOO_GENERIC).feedback("More specific"),
                null)
            .getData()
            .getStatus();
    check(rejected == MessageStatus.REJECTED, "reject with a reason");
    BulkApproveResult bulk =
        messages
            .bulkApprove(
                new BulkApproveRequest().messageIds(new LinkedHashSet<>(List.of(drafts.get(2).getId(), MISSING))),
                null)
            .getData();
    check(
        bulk.getApproved() == 1 && bulk.getFailed() == 1 && "NOT_FOUND".equals(bulk.getFailures().get(0).getCode()),
        "bulk-approve");

    SystemApi system = new SystemApi(signedIn);
    check(system.pause(null).getData().getSystemStatus() == OutreachStatus.PAUSED, "pause");
    check(system.getStatus().getData().getStatus() == OutreachStatus.PAUSED, "status while paused");
    check(system.resume(null).getData().getSystemStatus() == OutreachStatus.ACTIVE, "resume");
    Dashboard dashboard = new AnalyticsApi(signedIn).getDashboard(DashboardPeriod.WEEK).getData();
    check(dashboard.getMessagesGenerated() >= 3, "dashboard counts the drafts");

    RefreshResult refreshed =
        auth.refreshToken(new RefreshRequest().refreshToken(session.getRefreshToken()), null).getData();
    check(!refreshed.getRefreshToken().equals(session.getRefreshToken()), "the refresh token rotates");
    ApiClient renewed = client(base, refreshed.getToken());
    MessagesApi again = new MessagesApi(renewed);

    ErrorDetail notFound = errorOf(renewed, () -> again.getMessage(MISSING), 404);
    check("NOT_FOUND".equals(notFound.getCode()), "404 code");
    ErrorDetail invalid = errorOf(renewed, () -> again.listPending(50, null), 400);
    check("INVALID_REQUEST".equals(invalid.getCode()) && "limit".equals(invalid.getField()), "400 code and field");
    System.out.printf(
        "{\"journey\": \"java\", \"ok\": true, \"drafts\": %d, \"not_found\": \"%s\", \"invalid\": \"%s\"}%n",
        drafts.size(), notFound.getCode(), invalid.getCode());
  }
}
