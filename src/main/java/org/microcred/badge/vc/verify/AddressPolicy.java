package org.microcred.badge.vc.verify;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.microcred.badge.vc.VerificationMessage;

/**
 * Refuses to fetch from addresses inside the server's own networks (loopback, private, link-local,
 * multicast, unique-local, unspecified), so a credential cannot make the verifier probe them. Every address
 * a name resolves to must be public.
 */
final class AddressPolicy {

	private final boolean allowLoopback;

	AddressPolicy(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	void check(String host) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.unknown-host",
					"The host {0} cannot be resolved.", host));
		}
		for (InetAddress address : addresses) {
			if (address.isLoopbackAddress() && this.allowLoopback) {
				continue;
			}
			if (isInternal(address)) {
				throw new FetchException(VerificationMessage.of("badge.verify.fetch.internal",
						"Refused to fetch from {0}: it resolves to the internal address {1}.", host,
						address.getHostAddress()));
			}
		}
	}

	boolean isLoopbackHost(String host) {
		if (!this.allowLoopback) {
			return false;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static boolean isInternal(InetAddress address) {
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
