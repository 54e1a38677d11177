package org.microcred.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/** Forwarded headers are believed from the configured proxies only, and then only as far as the chain is trusted. */
class TrustedProxyFilterTests {

	final TrustedProxyFilter filter = new TrustedProxyFilter(
			new ProxySettings(List.of("10.0.0.0/8", "2001:db8:ffff::/48")).ranges());

	@Test
	void fromAnyoneElseForwardedHeadersAreRemovedUnread() throws Exception {
		MockHttpServletRequest request = request("203.0.113.50");
		request.addHeader("X-Forwarded-For", "198.51.100.1");
		request.addHeader("X-Forwarded-Host", "evil.example");
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("Forwarded", "for=198.51.100.2;host=evil.example;proto=https");

		HttpServletRequest seen = pass(request);
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.50");
		assertThat(seen.getServerName()).isEqualTo("localhost");
		assertThat(seen.isSecure()).isFalse();
		assertThat(seen.getHeader("X-Forwarded-For")).isNull();
		assertThat(seen.getHeader("Forwarded")).isNull();
	}

	@Test
	void behindTrustedProxiesTheClientIsTheNearestUntrustedHop() throws Exception {
		MockHttpServletRequest request = request("10.0.0.1");
		// the client sent "6.6.6.6" itself; the proxies appended the address they saw, then their own
		request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.7, 10.0.0.2");
		request.addHeader("X-Forwarded-Host", "microcred.example.org");
		request.addHeader("X-Forwarded-Proto", "https");

		HttpServletRequest seen = pass(request);
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
		assertThat(seen.getServerName()).isEqualTo("microcred.example.org");
		assertThat(seen.isSecure()).isTrue();
	}

	@Test
	void theStandardForwardedHeaderIsReadToo() throws Exception {
		MockHttpServletRequest request = request("2001:db8:ffff::10");
		request.addHeader("Forwarded", "for=192.0.2.60, for=\"[2001:db8:1::7]:4711\";proto=https;host=example.org");

		HttpServletRequest seen = pass(request);
		assertThat(seen.getRemoteAddr()).isEqualTo("2001:db8:1:0:0:0:0:7");
		assertThat(seen.isSecure()).isTrue();
	}

	@Test
	void anUnreadableHopEndsWhatCanBeBelieved() throws Exception {
		MockHttpServletRequest request = request("10.0.0.1");
		request.addHeader("X-Forwarded-For", "203.0.113.7, unknown, 10.0.0.2");
		assertThat(pass(request).getRemoteAddr()).isEqualTo("10.0.0.2");
	}

	@Test
	void settingsNameAddressesOrRangesNeverHostNames() {
		assertThat(AddressRange.parse("192.168.1.10").contains(AddressRange.literal("192.168.1.10"))).isTrue();
		assertThat(AddressRange.parse("192.168.1.10").contains(AddressRange.literal("192.168.1.11"))).isFalse();
		assertThat(AddressRange.parse("172.16.0.0/12").contains(AddressRange.literal("172.31.255.1"))).isTrue();
		assertThat(AddressRange.parse("172.16.0.0/12").contains(AddressRange.literal("172.32.0.1"))).isFalse();
		assertThat(AddressRange.parse("::1").contains(AddressRange.literal("0:0:0:0:0:0:0:1"))).isTrue();
		assertThat(AddressRange.literal("999.1.1.1")).isNull();
		assertThat(AddressRange.literal("proxy.example.org")).isNull();
		for (String wrong : List.of("proxy.example.org", "10.0.0.0/33", "10.0.0.0/x", "")) {
			assertThatThrownBy(() -> AddressRange.parse(wrong)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Not an IP address");
		}
	}

	private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
		return seen.get();
	}

	private static MockHttpServletRequest request(String remote) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/teacher");
		request.setRemoteAddr(remote);
		request.setServerName("localhost");
		return request;
	}

}
