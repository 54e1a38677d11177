package org.microcred.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IP address range in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}) or a single address. Addresses are
 * read as literals only: text from a request header never causes a DNS lookup.
 */
record AddressRange(byte[] network, int prefix) {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	/** @throws IllegalArgumentException naming the setting's value when it is not an address or a CIDR range */
	static AddressRange parse(String cidr) {
		String text = cidr.strip();
		int slash = text.indexOf('/');
		InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
		int bits = address == null ? 0 : address.getAddress().length * 8;
		int prefix = bits;
		if (address != null && slash >= 0) {
			String length = text.substring(slash + 1);
			prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
		}
		if (address == null || prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("Not an IP address or CIDR range: '" + cidr
					+ "' (write e.g. 10.0.0.0/8, 192.168.1.10 or fd00::/8)");
		}
		return new AddressRange(address.getAddress(), prefix);
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != network.length) {
			return false;
		}
		int full = prefix / 8;
		for (int i = 0; i < full; i++) {
			if (bytes[i] != network[i]) {
				return false;
			}
		}
		int rest = prefix % 8;
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return rest == 0 || (bytes[full] & mask) == (network[full] & mask);
	}

	/** The address written in {@code text}, or null when it is not an IPv4 or IPv6 literal. */
	static InetAddress literal(String text) {
		if (text == null) {
			return null;
		}
		try {
			var v4 = IPV4.matcher(text);
			if (v4.matches()) {
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int octet = Integer.parseInt(v4.group(i + 1));
					if (octet > 255) {
						return null;
					}
					bytes[i] = (byte) octet;
				}
				return InetAddress.getByAddress(bytes);
			}
			// with a colon in it, the JDK parses the text as an IPv6 literal and never asks DNS
			return IPV6.matcher(text).matches() ? InetAddress.getByName(text) : null;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
