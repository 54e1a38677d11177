package org.microcred.badge.vc.verify;

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
		return org.microcred.platform.InternalAddresses.isInternal(address);
	}

}
