package dev.rolebook.trail;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IPv4 and IPv6 literals and CIDR blocks, for the IpAddress condition operators. Never resolves names. */
final class Ip {
  private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private Ip() {}

  /** The address bytes of an IP literal; empty for anything else (host names are never looked up). */
  static Optional<byte[]> parse(String text) {
    if (!V4.matcher(text).matches() && !V6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code address} lies in {@code cidr} ("203.0.113.0/24", or one address); empty when either is malformed. */
  static Optional<Boolean> inBlock(String address, String cidr) {
    int slash = cidr.indexOf('/');
    Optional<byte[]> a = parse(address);
    Optional<byte[]> net = parse(slash < 0 ? cidr : cidr.substring(0, slash));
    if (a.isEmpty() || net.isEmpty()) {
      return Optional.empty();
    }
    if (a.get().length != net.get().length) {
      return Optional.of(false);
    }
    int bits = a.get().length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (prefix < 0 || prefix > bits) {
      return Optional.empty();
    }
    BigInteger mask = prefix == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
    return Optional.of(new BigInteger(1, a.get()).and(mask).equals(new BigInteger(1, net.get()).and(mask)));
  }
}
