package dev.rolebook.trail;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces one record to a {@link TrailEvent}, whatever form it came in: a JSON record (S3 log
 * files, lookup-events) or a CloudTrail Lake row. Both are read through {@link Source}, which
 * answers a field path ("userIdentity", "arn") with its text or "".
 */
final class EventFields {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  /** CloudTrail Lake prints timestamps the SQL way: "2026-03-01 10:15:00.000". */
  private static final DateTimeFormatter LAKE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

  private EventFields() {}

  /** A record's fields by path; "" for a missing field or a JSON null. */
  interface Source {
    String text(String... path);

    /** The {@code arn} of every element of the record's {@code resources} list. */
    List<String> resourceArns();
  }

  static TrailEvent of(Source s, String where) {
    String account = s.text("recipientAccountId");
    if (account.isEmpty()) {
      account = s.text("userIdentity", "accountId");
    }
    return new TrailEvent(
        where,
        time(s.text("eventTime")),
        s.text("eventSource"),
        s.text("eventName"),
        s.text("awsRegion"),
        s.text("sourceIPAddress"),
        s.text("userAgent"),
        account,
        s.text("userIdentity", "type"),
        s.text("userIdentity", "arn"),
        s.text("userIdentity", "sessionContext", "sessionIssuer", "arn"),
        s.text("eventType"),
        s.text("errorCode"),
        s.text("errorMessage"),
        s.text("vpcEndpointId"),
        new ArrayList<>(s.resourceArns()));
  }

  /** ISO-8601 UTC to the second, whichever form the time came in; "" when it cannot be read. */
  static String time(String raw) {
    if (raw.isEmpty()) {
      return "";
    }
    try {
      return OffsetDateTime.parse(raw).withOffsetSameInstant(ZoneOffset.UTC).format(ISO);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(raw, LAKE).format(ISO);
      } catch (DateTimeParseException e2) {
        return "";
      }
    }
  }
}
