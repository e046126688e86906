package dev.rolebook.catalog;

import java.util.List;
import java.util.Map;

/**
 * Where a {@link Catalog} gets its data: the bundled snapshot or an unpacked package directory.
 * Services are loaded one at a time, when asked for, so a check that names a dozen services reads
 * a dozen.
 */
interface CatalogData {
  String source();

  /** ISO yyyy-mm-dd. */
  String date();

  /** Service prefixes, lower case, sorted. */
  List<String> prefixes();

  /** One service; {@code prefix} is one of {@link #prefixes()}. */
  Service load(String prefix);

  /** The global condition keys ({@code aws:…} and the few service keys AWS lists as global). */
  List<ConditionKey> globalKeys();

  /**
   * Condition-key prefixes a service defines that are not its own prefix, lower case (some may be
   * templates): {@code sts} defines {@code token.actions.githubusercontent.com:sub}, {@code ssm}
   * defines {@code ec2:SourceInstanceARN}. Keyed by the defining service's prefix.
   */
  Map<String, List<String>> foreignKeyPrefixes();
}
