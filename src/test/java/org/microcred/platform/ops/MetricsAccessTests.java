package org.microcred.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** A scraper with the configured token, or a platform administrator, reads the metrics; nobody else. */
class MetricsAccessTests {

	static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymous",
			List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

	@Test
	void theConfiguredTokenOpensTheMetricsAndNothingElseDoes() {
		MetricsAccess access = new MetricsAccess(new MetricsSettings("s3cret-scraper-token"), "ROLE_PLATFORM_ADMIN");

		assertThat(granted(access, "Bearer s3cret-scraper-token", ANONYMOUS)).isTrue();
		assertThat(granted(access, "Bearer s3cret-scraper-toke", ANONYMOUS)).isFalse();
		assertThat(granted(access, "s3cret-scraper-token", ANONYMOUS)).isFalse();
		assertThat(granted(access, null, ANONYMOUS)).isFalse();
	}

	@Test
	void withoutATokenOnlyAPlatformAdministratorGetsIn() {
		MetricsAccess access = new MetricsAccess(new MetricsSettings(""), "ROLE_PLATFORM_ADMIN");

		assertThat(granted(access, "Bearer ", ANONYMOUS)).as("an empty token is no token").isFalse();
		assertThat(granted(access, null, user("ROLE_TEACHER"))).isFalse();
		assertThat(granted(access, null, user("ROLE_PLATFORM_ADMIN"))).isTrue();
	}

	private static Authentication user(String role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of(new SimpleGrantedAuthority(role)));
	}

	private static boolean granted(MetricsAccess access, String authorization, Authentication who) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return access.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
	}

}
