package org.microcred.platform;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses inside the server's own networks (loopback, private, link-local, multicast, unique-local, unspecified,
 * carrier-grade NAT, reserved): the server must not be made to call them on someone else's behalf (SSRF), whether
 * to fetch a credential's documents or to deliver a webhook. Plain Java, shared by those callers.
 */
public final class InternalAddresses {

	private InternalAddresses() {
	}

	public static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isMulticastAddress() || address.isAnyLocalAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7 unique-local; ::ffff:0:0/96 mapped IPv4 is judged by its IPv4 part
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 100.64/10 carrier-grade NAT, 0/8 "this network", 198.18/15 benchmarking, 240/4 reserved
		return (first == 100 && second >= 64 && second < 128) || first == 0 || (first == 198 && (second & 0xfe) == 18)
				|| first >= 240;
	}

}
