package dev.careeros.journey;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/**
 * The journey as a Maven test, so that `mvn --offline test` both compiles the generated client
 * and runs it: {@code mvn -o -f clients/java/pom.xml test -Djourney.base=URL -Djourney.email=ADDRESS}.
 */
class JourneyTest {
  @Test
  void walksTheWholeJourney() throws Exception {
    String base = System.getProperty("journey.base");
    String email = System.getProperty("journey.email");
    assertNotNull(base, "-Djourney.base=URL of a running CareerOS");
    assertNotNull(email, "-Djourney.email=an address not yet registered");
    Journey.main(new String[] {base, email});
  }
}
